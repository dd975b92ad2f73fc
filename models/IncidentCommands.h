#pragma once

#include "Incident.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ic {

// User edits as undo commands. The timeline is append-only, so "undo" never removes anything:
// it appends a correction event that points at the event it takes back, and "redo" appends the
// edit again. A command whose append fails keeps the reason in errorMessage(), which the caller
// shows, and marks itself obsolete so the stack drops it.
class AddNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)
public:
    AddNoteCommand(Incident *incident, QString text, QString actor, QString role);
    void redo() override;
    void undo() override;
    qint64 noteSeq() const { return m_noteSeq; }
    QString errorMessage() const { return m_error; }

private:
    Incident *m_incident;
    QString m_text, m_actor, m_role;
    qint64 m_noteSeq = 0;
    QString m_error;
};

class ChangeStatusCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStatusCommand)
public:
    ChangeStatusCommand(Incident *incident, IncidentStatus to, QString actor, QString role);
    void redo() override;
    void undo() override;
    QString errorMessage() const { return m_error; }

private:
    Incident *m_incident;
    IncidentStatus m_to;
    QString m_actor, m_role;
    qint64 m_changeSeq = 0;
    QString m_error;
};

// Marks a service failed by hand, or clears the mark; undo takes the mark back with a correction.
// `reason` (optional) goes into the event's payload.
class MarkServiceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkServiceCommand)
public:
    MarkServiceCommand(Incident *incident, QString service, bool failed, QString actor, QString role,
                       QString reason = {});
    void redo() override;
    void undo() override;
    QString errorMessage() const { return m_error; }

private:
    Incident *m_incident;
    QString m_service;
    bool m_failed;
    QString m_actor, m_role, m_reason;
    qint64 m_markSeq = 0;
    QString m_error;
};

} // namespace ic
