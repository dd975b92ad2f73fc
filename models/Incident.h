#pragma once

#include "IncidentState.h"
#include "TimelineStore.h"

#include <QObject>

#include <memory>

namespace ic {

// An open incident: its file and its folded state. The one place that turns a user's intent
// (declare, change status, add a note, correct) into validated events; both executables use it.
class Incident : public QObject
{
    Q_OBJECT

public:
    struct Declaration {
        QString title;
        Severity severity = Severity::Sev3;
        QString commander;
        bool exercise = false;
    };

    explicit Incident(QObject *parent = nullptr);
    ~Incident() override;

    // Creates the file and appends the `declared` event.
    TimelineStore::Error declare(const QString &path, const Declaration &declaration);
    TimelineStore::Error open(const QString &path, TimelineStore::Mode mode);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    const IncidentState &state() const { return m_state; }
    TimelineStore *store() const { return m_store.get(); }

    TimelineStore::Error changeStatus(IncidentStatus to, const QString &actor, const QString &role = {},
                                      Event *stored = nullptr);
    TimelineStore::Error addNote(const QString &text, const QString &actor, const QString &role = {});
    // Appends a correction pointing at `seq`. `replacementText` may be empty (a retraction).
    TimelineStore::Error correct(qint64 seq, const QString &reason, const QString &replacementText,
                                 const QString &actor, const QString &role = {});
    // Any validated event (used by the CLI's `log` for the kinds it accepts).
    TimelineStore::Error append(const NewEvent &event, Event *stored = nullptr);
    // Several events in one transaction, all or none (live monitoring after a burst of changes).
    TimelineStore::Error appendBatch(const QList<NewEvent> &events);
    // Live samples (TimelineStore::appendSamples); refused when nothing is open or the file is
    // read-only. Failures are returned, not signalled: the caller (LiveRecorder) reports them.
    TimelineStore::Error appendSamples(const QList<Sample> &samples);

    // Re-reads events other programs appended since the last look; emits eventsAppended.
    void refresh();

Q_SIGNALS:
    void opened();
    void closed();
    void eventsAppended(qint64 lastSeq);
    void stateChanged();
    // Any append that failed, with its translated reason (for a banner; callers also get the Error).
    void appendFailed(const QString &message);

private:
    TimelineStore::Error loadState();
    void applyNewEvents();

    std::unique_ptr<TimelineStore> m_store;
    IncidentState m_state;
};

} // namespace ic
