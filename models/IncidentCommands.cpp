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

} // namespace ic
