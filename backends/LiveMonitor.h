#pragma once

#include "BackendsConfig.h"
#include "Incident.h" // LiveRecorder.h keeps a QPointer<Incident>
#include "LiveRecorder.h"
#include "LiveTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace ic {

class AlertsModel;
class DnsModel;
class HealthModel;
class Incident;
class LiveWorker;
class PromPanelModel;
class ReplicationModel;

// Live monitoring of one workspace: every backend client of backends.yaml polls in one worker
// thread (the GUI thread never waits on the network); their results come back here, on the
// thread this object lives in, as values through queued signals, and feed the models the
// dashboards and the service graph show, and the recorder that writes state changes and
// downsampled samples into the open incident file.
class LiveMonitor : public QObject
{
    Q_OBJECT

public:
    using SilenceDone = std::function<void(bool ok, const QString &silenceIdOrError)>;

    explicit LiveMonitor(QObject *parent = nullptr);
    ~LiveMonitor() override;

    // Replaces what is watched; the models keep the history of checks that stay. Running
    // monitors restart with the new configuration.
    void setConfig(const BackendsConfig &config);
    const BackendsConfig &config() const { return m_config; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Where state changes and samples are written; nullptr: nowhere (the models still show all).
    void setIncident(Incident *incident);
    // The span the Prometheus panels ask for (range queries), e.g. the last hour or since the
    // incident started; at most PromPanelModel::HistorySpanMs.
    void setPanelSpanMs(qint64 spanMs);
    qint64 panelSpanMs() const { return m_panelSpanMs; }

    HealthModel *healthModel() const { return m_health; }
    ReplicationModel *replicationModel() const { return m_replication; }
    AlertsModel *alertsModel() const { return m_alerts; }
    PromPanelModel *panelModel() const { return m_panels; }
    DnsModel *dnsModel() const { return m_dns; }
    LiveRecorder *recorder() const { return m_recorder; }

    // Alertmanager silences. On success the silence_changed event is recorded with `request.createdBy`
    // as actor and `role` (the incident role of who asked). `done` runs later on this thread.
    void createSilence(const SilenceRequest &request, const QString &role, SilenceDone done);
    void expireSilence(const QString &silenceId, const QString &actor, const QString &role, SilenceDone done);

Q_SIGNALS:
    void healthObserved(const ic::HealthObservation &observation);
    void topologyRead(const ic::ClusterTopology &topology);
    void alertsRead(const QList<ic::AlertInfo> &alerts, bool ok, const QString &error);
    void dnsAnswered(const ic::DnsAnswer &answer);
    void panelRead(int panel, const ic::PromResult &result);

private:
    static constexpr qint64 HealthSliceMs = 4;
    void applyQueuedHealth();
    void onPanelRead(int panel, const ic::PromResult &result, qint64 atMs);
    void onAlertsRead(const QList<ic::AlertInfo> &alerts, bool ok, const QString &error);

    BackendsConfig m_config;
    QThread m_thread;
    QTimer m_drainTimer;
    QList<HealthObservation> m_queuedHealth;
    LiveWorker *m_worker = nullptr;     // lives in m_thread
    HealthModel *m_health;
    ReplicationModel *m_replication;
    AlertsModel *m_alerts;
    PromPanelModel *m_panels;
    DnsModel *m_dns;
    LiveRecorder *m_recorder;
    qint64 m_panelSpanMs = 60 * 60 * 1000;
    bool m_running = false;
    quint64 m_nextSilenceCall = 1;
    QHash<quint64, SilenceDone> m_silenceCalls;
    QHash<quint64, std::pair<SilenceRequest, QString>> m_silenceRequests; // call → (request, role)
    struct ExpireCall {
        QString silenceId;
        QString actor;
        QString role;
    };
    QHash<quint64, ExpireCall> m_expireCalls;
};

} // namespace ic
