#pragma once

#include "Event.h"
#include "Incident.h" // complete for QPointer<Incident>
#include "LiveTypes.h"
#include "ReplicationModel.h"
#include "TimelineStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

namespace ic {

class AlertsModel;
class HealthModel;
class PromPanelModel;

// Writes what live monitoring sees into the open incident file, on the GUI thread:
//   - events, for state changes only: health_changed (with maintenance true inside a
//     maintenance window), replication_changed, alert_changed, and silence_changed when the
//     user creates or expires a silence. Attributed to MonitorActor/MonitorRole, except
//     silences (the person who acted). Changes that arrive in the same pass of the event loop
//     are written in one transaction right after it;
//   - samples, downsampled: per series at most one sample per sampleInterval (the last value
//     of each bucket of that length), plus always the sample at a state change (a health
//     state change, an RPO breach or recovery) and the value just before it. Samples are
//     written in one transaction every flushInterval, and by flush() and the destructor.
//
// Without an incident, or with one open read-only, nothing is recorded (isRecording() false,
// notRecordingReason() says why); the models still show everything. A failed write emits
// recordFailed() and keeps what was not written for the next try, bounded by
// MaxPendingEvents / MaxPendingSamples (the oldest samples go first).
//
// Call flush() before closing the incident: what is pending when it closes is dropped, since it
// belongs to that file.
class LiveRecorder : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool recording READ isRecording NOTIFY recordingChanged)

public:
    enum class SilenceAction { Created, Expired };

    static constexpr qint64 DefaultSampleIntervalMs = 5000;
    static constexpr qint64 DefaultFlushIntervalMs = 10000;
    static constexpr int MaxPendingEvents = 10000;
    static constexpr int MaxPendingSamples = 200000;
    // Samples per transaction in periodic writes (flush() writes everything at once).
    static constexpr int SamplesPerWrite = 500;

    explicit LiveRecorder(Incident *incident, QObject *parent = nullptr);
    ~LiveRecorder() override;

    void setIncident(Incident *incident);
    Incident *incident() const { return m_incident; }
    bool isRecording() const;
    // Translated; empty while recording.
    QString notRecordingReason() const;

    void setSampleIntervalMs(qint64 ms);
    qint64 sampleIntervalMs() const { return m_sampleIntervalMs; }
    void setFlushIntervalMs(qint64 ms);
    qint64 flushIntervalMs() const { return m_flushIntervalMs; }

    // Connects the model's change signals (events) and observation signals (samples).
    // The models must outlive the recorder or be destroyed with it.
    void attach(HealthModel *model);
    void attach(ReplicationModel *model);
    void attach(AlertsModel *model);
    void attach(PromPanelModel *model);

    int pendingEvents() const { return int(m_events.size()); }
    // Queued plus the open buckets.
    int pendingSamples() const;
    qint64 droppedSamples() const { return m_droppedSamples; }

    // Series names (docs/incident-file-format.md).
    static QString healthLatencySeries(const QString &check);
    static QString healthStateSeries(const QString &check);
    static QString lagSeries(const QString &cluster, const QString &member);
    static QString promSeries(const QString &panelTitle, const QString &seriesLabel);

public Q_SLOTS:
    // Samples: latency and (with a HealthModel attached) the check's state after the observation.
    void recordHealth(const ic::HealthObservation &observation);
    // Samples: the lag of every replica with a known lag.
    void recordTopology(const ic::ClusterTopology &topology);
    // Samples: every point of every series (points not newer than the series' newest are skipped).
    void recordPromResult(const QString &panelTitle, const ic::PromResult &result);

    void recordHealthChange(const QString &service, const QString &check, ic::ServiceHealth from, ic::ServiceHealth to,
                            const QString &detail, qint64 atMs, bool maintenance);
    void recordReplicationChange(const ic::ReplicationChange &change);
    void recordAlertFired(const ic::AlertInfo &alert);
    void recordAlertResolved(const ic::AlertInfo &alert);
    // The user created or expired a silence. `actor` empty: defaultActorName().
    void recordSilence(ic::LiveRecorder::SilenceAction action, const QString &silenceId,
                       const QList<ic::SilenceMatcher> &matchers, const QString &comment = {},
                       std::optional<qint64> endsAtMs = std::nullopt, const QString &actor = {},
                       const QString &role = {});

    // Writes everything pending, the open buckets included. True when nothing is left.
    bool flush();

Q_SIGNALS:
    void recordingChanged(bool recording);
    void recordFailed(const QString &message);
    // After each successful write.
    void written(int events, int samples);

private:
    struct SeriesState {
        std::optional<Sample> open; // the last value of the current bucket, not yet queued
        qint64 lastAtMs = 0;
        bool seen = false;
    };
    void queueEvent(NewEvent event);
    void addSample(const QString &series, qint64 atMs, double value, bool pin);
    void enqueue(const Sample &sample);
    void closeBuckets(qint64 beforeMs);
    bool writeEvents();
    bool writeSamples(bool everything);
    bool writeQueuedSamples(qsizetype most);
    void onTimer();
    void updateRecording();
    void dropPending();
    qint64 bucketOf(qint64 atMs) const;

    QPointer<Incident> m_incident;
    QPointer<HealthModel> m_healthModel;
    QMetaObject::Connection m_openedConnection, m_closedConnection, m_destroyedConnection;
    bool m_recording = false;
    qint64 m_sampleIntervalMs = DefaultSampleIntervalMs;
    qint64 m_flushIntervalMs = DefaultFlushIntervalMs;
    QTimer m_flushTimer;
    QTimer m_sliceTimer;
    QTimer m_eventTimer;
    QList<NewEvent> m_events;
    QList<Sample> m_queue;
    QHash<QString, SeriesState> m_series;
    QHash<QString, ServiceHealth> m_lastHealthState; // per check, to pin the sample at a change
    qint64 m_droppedSamples = 0;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::SilenceMatcher)
