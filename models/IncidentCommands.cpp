#include "IncidentCommands.h"

namespace ic {

AddNoteCommand::AddNoteCommand(Incident *incident, QString text, QString actor, QString role)
    : m_incident(incident), m_text(std::move(text)), m_actor(std::move(actor)), m_role(std::move(role))
{
    setText(tr("Add note"));
}

void AddNoteCommand::redo()
{
    Event stored;
    if (auto e = m_incident->append({m_actor, m_role, eventKindName(EventKind::Note),
                                     QJsonObject{{QStringLiteral("text"), m_text.trimmed()}}, std::nullopt},
                                    &stored)) {
        m_error = e.message;
        setObsolete(true);
        return;
    }
    m_noteSeq = stored.seq;
}

void AddNoteCommand::undo()
{
    if (auto e = m_incident->correct(m_noteSeq, QString::fromLatin1(correction::UndoReason), {}, m_actor, m_role)) {
        m_error = e.message;
        setObsolete(true);
    }
}

ChangeStatusCommand::ChangeStatusCommand(Incident *incident, IncidentStatus to, QString actor, QString role)
    : m_incident(incident), m_to(to), m_actor(std::move(actor)), m_role(std::move(role))
{
    setText(tr("Set status to %1").arg(statusDisplayName(to)));
}

void ChangeStatusCommand::redo()
{
    Event stored;
    if (auto e = m_incident->changeStatus(m_to, m_actor, m_role, &stored)) {
        m_error = e.message;
        setObsolete(true);
        return;
    }
    m_changeSeq = stored.seq;
}

void ChangeStatusCommand::undo()
{
    if (auto e = m_incident->correct(m_changeSeq, QString::fromLatin1(correction::UndoReason), {}, m_actor, m_role)) {
        m_error = e.message;
        setObsolete(true);
    }
}

MarkServiceCommand::MarkServiceCommand(Incident *incident, QString service, bool failed, QString actor, QString role,
                                       QString reason)
    : m_incident(incident), m_service(std::move(service)), m_failed(failed), m_actor(std::move(actor)), m_role(std::move(role)),
      m_reason(std::move(reason).trimmed())
{
    setText(failed ? tr("Mark %1 failed").arg(m_service) : tr("Clear the failure mark of %1").arg(m_service));
}

void MarkServiceCommand::redo()
{
    Event stored;
    QJsonObject payload{{QStringLiteral("service"), m_service}, {QStringLiteral("failed"), m_failed}};
    if (!m_reason.isEmpty())
        payload.insert(QStringLiteral("reason"), m_reason);
    if (auto e = m_incident->append({m_actor, m_role, eventKindName(EventKind::ServiceMarked), payload, std::nullopt},
                                    &stored)) {
        m_error = e.message;
        setObsolete(true);
        return;
    }
    m_markSeq = stored.seq;
}

void MarkServiceCommand::undo()
{
    if (auto e = m_incident->correct(m_markSeq, QString::fromLatin1(correction::UndoReason), {}, m_actor, m_role)) {
        m_error = e.message;
        setObsolete(true);
    }
}

} // namespace ic
