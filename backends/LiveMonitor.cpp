#include "LiveMonitor.h"

#include "AlertmanagerClient.h"
#include "AlertsModel.h"
#include "DnsChecker.h"
#include "DnsModel.h"
#include "HealthModel.h"
#include "HealthProbe.h"
#include "HttpFetcher.h"
#include "Incident.h"
#include "PatroniClient.h"
#include "PromPanelModel.h"
#include "PrometheusClient.h"
#include "ReplicationModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ic {

// The clients, all in the worker thread: created there (their timers belong to that thread),
// destroyed there. Talks to LiveMonitor only through queued signals and invokeMethod.
class LiveWorker : public QObject
{
    Q_OBJECT

public:
    explicit LiveWorker(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void configure(const BackendsConfig &config)
    {
        teardown();
        m_config = config;
        m_fetcher = new HttpFetcher(this);
        m_prober = new HealthProber(this);
        connect(m_prober, &HealthProber::observed, this, &LiveWorker::healthObserved);
        m_prober->setChecks(config.health);
        for (const PatroniCluster &cluster : config.patroni) {
            auto *client = new PatroniClient(cluster, m_fetcher, this);
            connect(client, &PatroniClient::topologyRead, this, &LiveWorker::topologyRead);
            m_patroni.append(client);
        }
        if (config.alertmanager) {
            m_alertmanager = new AlertmanagerClient(*config.alertmanager, m_fetcher, this);
            connect(m_alertmanager, &AlertmanagerClient::alertsRead, this, &LiveWorker::alertsRead);
        }
        if (config.prometheus) {
            m_prometheus = new PrometheusClient(*config.prometheus, m_fetcher, this);
            m_panelTimer = new QTimer(this);
            connect(m_panelTimer, &QTimer::timeout, this, &LiveWorker::pollPanels);
        }
        for (const DnsCheck &check : config.dns) {
            auto *checker = new DnsChecker(check, this);
            connect(checker, &DnsChecker::answered, this, &LiveWorker::dnsAnswered);
            m_dns.append(checker);
        }
    }

    void start()
    {
        if (m_prober)
            m_prober->start();
        for (PatroniClient *client : std::as_const(m_patroni))
            client->start();
        if (m_alertmanager)
            m_alertmanager->start();
        if (m_panelTimer) {
            m_panelTimer->start(int(std::clamp<qint64>(m_config.prometheus->intervalMs, 1000, 3600 * 1000)));
            pollPanels();
        }
        for (DnsChecker *checker : std::as_const(m_dns))
            checker->start();
    }

    void stop()
    {
        if (m_prober)
            m_prober->stop();
        for (PatroniClient *client : std::as_const(m_patroni))
            client->stop();
        if (m_alertmanager)
            m_alertmanager->stop();
        if (m_panelTimer)
            m_panelTimer->stop();
        for (DnsChecker *checker : std::as_const(m_dns))
            checker->stop();
        if (m_fetcher)
            m_fetcher->cancelAll();
        m_panelsInFlight = 0;
    }

    void setPanelSpan(qint64 spanMs)
    {
        m_panelSpanMs = spanMs;
        if (m_panelTimer && m_panelTimer->isActive())
            pollPanels();
    }

    void createSilence(quint64 call, const SilenceRequest &request)
    {
        if (!m_alertmanager) {
            Q_EMIT silenceCreated(call, false, {}, tr("no Alertmanager is configured in backends.yaml"));
            return;
        }
        QList<AlertmanagerClient::Matcher> matchers;
        for (const SilenceMatcher &m : request.matchers)
            matchers.append({m.name, m.value, m.isRegex, m.isEqual});
        m_alertmanager->createSilence(matchers, request.startsAt, request.endsAt, request.createdBy, request.comment,
                                      this, [this, call](bool ok, const QString &id, const QString &error) {
                                          Q_EMIT silenceCreated(call, ok, id, error);
                                          if (ok)
                                              m_alertmanager->fetchAlerts();
                                      });
    }

    void expireSilence(quint64 call, const QString &silenceId)
    {
        if (!m_alertmanager) {
            Q_EMIT silenceExpired(call, false, tr("no Alertmanager is configured in backends.yaml"));
            return;
        }
        m_alertmanager->expireSilence(silenceId, this, [this, call](bool ok, const QString &error) {
            Q_EMIT silenceExpired(call, ok, error);
            if (ok)
                m_alertmanager->fetchAlerts();
        });
    }

Q_SIGNALS:
    void healthObserved(const ic::HealthObservation &observation);
    void topologyRead(const ic::ClusterTopology &topology);
    void alertsRead(const QList<ic::AlertInfo> &alerts, bool ok, const QString &error);
    void dnsAnswered(const ic::DnsAnswer &answer);
    void panelRead(int panel, const ic::PromResult &result, qint64 atMs);
    void silenceCreated(quint64 call, bool ok, const QString &silenceId, const QString &error);
    void silenceExpired(quint64 call, bool ok, const QString &error);

private:
    // One range query per panel over the chosen span, about 240 points each; a round that is
    // still running when the next tick comes is not doubled.
    void pollPanels()
    {
        if (!m_prometheus || m_panelsInFlight > 0)
            return;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const QDateTime start = end.addMSecs(-m_panelSpanMs);
        const qint64 stepMs = std::max<qint64>(1000, m_panelSpanMs / 240);
        const QList<PrometheusPanel> &panels = m_config.prometheus->panels;
        for (int i = 0; i < panels.size(); ++i) {
            ++m_panelsInFlight;
            m_prometheus->rangeQuery(panels[i].query, start, end, stepMs, this, [this, i](const PromResult &result) {
                --m_panelsInFlight;
                Q_EMIT panelRead(i, result, QDateTime::currentMSecsSinceEpoch());
            });
        }
    }

    void teardown()
    {
        stop();
        delete m_prober;
        m_prober = nullptr;
        qDeleteAll(m_patroni);
        m_patroni.clear();
        delete m_alertmanager;
        m_alertmanager = nullptr;
        delete m_prometheus;
        m_prometheus = nullptr;
        delete m_panelTimer;
        m_panelTimer = nullptr;
        qDeleteAll(m_dns);
        m_dns.clear();
        delete m_fetcher; // after the clients that share it
        m_fetcher = nullptr;
    }

    BackendsConfig m_config;
    HttpFetcher *m_fetcher = nullptr;
    HealthProber *m_prober = nullptr;
    QList<PatroniClient *> m_patroni;
    AlertmanagerClient *m_alertmanager = nullptr;
    PrometheusClient *m_prometheus = nullptr;
    QTimer *m_panelTimer = nullptr;
    QList<DnsChecker *> m_dns;
    qint64 m_panelSpanMs = 60 * 60 * 1000;
    int m_panelsInFlight = 0;
};

LiveMonitor::LiveMonitor(QObject *parent)
    : QObject(parent)
    , m_health(new HealthModel(this))
    , m_replication(new ReplicationModel(this))
    , m_alerts(new AlertsModel(this))
    , m_panels(new PromPanelModel(this))
    , m_dns(new DnsModel(this))
    , m_recorder(new LiveRecorder(nullptr, this))
{
    qRegisterMetaType<ic::HealthObservation>();
    qRegisterMetaType<ic::ClusterTopology>();
    qRegisterMetaType<ic::PromResult>();
    qRegisterMetaType<ic::AlertInfo>();
    qRegisterMetaType<ic::DnsAnswer>();
    qRegisterMetaType<QList<ic::AlertInfo>>();

    m_recorder->attach(m_health);
    m_recorder->attach(m_replication);
    m_recorder->attach(m_alerts);
    m_recorder->attach(m_panels);

    m_thread.setObjectName(u"live-backends"_s);
    m_worker = new LiveWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Answers arrive in bursts (many replies complete in one wake-up of the network thread);
    // applied at once, a burst of a few hundred would hold the GUI thread for tens of
    // milliseconds. They are queued here and applied in slices of a few milliseconds, with the
    // event loop running in between.
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &LiveMonitor::applyQueuedHealth);
    connect(m_worker, &LiveWorker::healthObserved, this, [this](const HealthObservation &o) {
        m_queuedHealth.append(o);
        if (!m_drainTimer.isActive())
            m_drainTimer.start();
    });
    connect(m_worker, &LiveWorker::topologyRead, this, [this](const ClusterTopology &t) {
        m_replication->observe(t);
        Q_EMIT topologyRead(t);
    });
    connect(m_worker, &LiveWorker::alertsRead, this, &LiveMonitor::onAlertsRead);
    connect(m_worker, &LiveWorker::dnsAnswered, this, [this](const DnsAnswer &a) {
        m_dns->observe(a);
        Q_EMIT dnsAnswered(a);
    });
    connect(m_worker, &LiveWorker::panelRead, this, &LiveMonitor::onPanelRead);
    connect(m_worker, &LiveWorker::silenceCreated, this,
            [this](quint64 call, bool ok, const QString &id, const QString &error) {
                const SilenceDone done = m_silenceCalls.take(call);
                const auto [request, role] = m_silenceRequests.take(call);
                if (ok) {
                    m_recorder->recordSilence(LiveRecorder::SilenceAction::Created, id, request.matchers, request.comment,
                                              request.endsAt.toMSecsSinceEpoch(), request.createdBy, role);
                }
                if (done)
                    done(ok, ok ? id : error);
            });
    connect(m_worker, &LiveWorker::silenceExpired, this, [this](quint64 call, bool ok, const QString &error) {
        const SilenceDone done = m_silenceCalls.take(call);
        const ExpireCall expire = m_expireCalls.take(call);
        if (ok) {
            m_recorder->recordSilence(LiveRecorder::SilenceAction::Expired, expire.silenceId, {}, {}, std::nullopt,
                                      expire.actor, expire.role);
        }
        if (done)
            done(ok, ok ? expire.silenceId : error);
    });
    m_thread.start();
}

LiveMonitor::~LiveMonitor()
{
    // Stop the clients in their thread, then end it; the worker is deleted there.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->configure({}); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_recorder->flush();
}

void LiveMonitor::setConfig(const BackendsConfig &config)
{
    m_config = config;
    m_health->setChecks(config.health);
    m_health->setMaintenanceWindows(config.maintenance);
    m_replication->setClusters(config.patroni);
    m_panels->setPanels(config.prometheus ? config.prometheus->panels : QList<PrometheusPanel>{});
    m_dns->setChecks(config.dns);
    if (!config.alertmanager)
        m_alerts->setAlerts({}, QDateTime::currentMSecsSinceEpoch());
    const bool wasRunning = m_running;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, config, wasRunning] {
        w->configure(config);
        if (wasRunning)
            w->start();
    });
}

void LiveMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

void LiveMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
}

void LiveMonitor::setIncident(Incident *incident)
{
    m_recorder->setIncident(incident);
}

void LiveMonitor::setPanelSpanMs(qint64 spanMs)
{
    spanMs = std::clamp<qint64>(spanMs, 60 * 1000, PromPanelModel::HistorySpanMs);
    if (spanMs == m_panelSpanMs)
        return;
    m_panelSpanMs = spanMs;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, spanMs] { w->setPanelSpan(spanMs); });
}

void LiveMonitor::createSilence(const SilenceRequest &request, const QString &role, SilenceDone done)
{
    const quint64 call = m_nextSilenceCall++;
    m_silenceCalls.insert(call, std::move(done));
    m_silenceRequests.insert(call, {request, role});
    QMetaObject::invokeMethod(m_worker, [w = m_worker, call, request] { w->createSilence(call, request); });
}

void LiveMonitor::expireSilence(const QString &silenceId, const QString &actor, const QString &role, SilenceDone done)
{
    const quint64 call = m_nextSilenceCall++;
    m_silenceCalls.insert(call, std::move(done));
    m_expireCalls.insert(call, {silenceId, actor, role});
    QMetaObject::invokeMethod(m_worker, [w = m_worker, call, silenceId] { w->expireSilence(call, silenceId); });
}

void LiveMonitor::applyQueuedHealth()
{
    QElapsedTimer slice;
    slice.start();
    qsizetype applied = 0;
    while (applied < m_queuedHealth.size() && slice.elapsed() < HealthSliceMs) {
        const HealthObservation &o = m_queuedHealth.at(applied++);
        m_health->observe(o);
        Q_EMIT healthObserved(o);
    }
    m_queuedHealth.remove(0, applied);
    if (!m_queuedHealth.isEmpty())
        m_drainTimer.start(1); // a real timer: other timers and input get their turn first
}

void LiveMonitor::onPanelRead(int panel, const PromResult &result, qint64 atMs)
{
    if (panel < 0 || panel >= m_panels->rowCount())
        return; // a result for a configuration that was replaced meanwhile
    if (result.ok)
        m_panels->setRangeResult(panel, result, atMs);
    else
        m_panels->setError(panel, result.error);
    Q_EMIT panelRead(panel, result);
}

void LiveMonitor::onAlertsRead(const QList<AlertInfo> &alerts, bool ok, const QString &error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (ok)
        m_alerts->setAlerts(alerts, now);
    else
        m_alerts->setUnreachable(error, now);
    Q_EMIT alertsRead(alerts, ok, error);
}

} // namespace ic

#include "LiveMonitor.moc"
