// Live monitoring against the real stack of scripts/backends-up: two Patroni nodes over
// PostgreSQL 15, etcd, Prometheus and Alertmanager on loopback (docs/testing-backends.md).

#include "AlertmanagerClient.h"
#include "AlertsModel.h"
#include "BackendsConfig.h"
#include "CatalogLoader.h"
#include "HttpFetcher.h"
#include "Incident.h"
#include "LiveMonitor.h"
#include "PatroniClient.h"
#include "PrometheusClient.h"
#include "ReplicationModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

const QString StackDir = QString::fromUtf8(IC_BACKENDS_DIR);
const QString Scripts = QString::fromUtf8(IC_STACK_SCRIPTS_DIR);

// The stack's env file: `export NAME=VALUE` lines (never quoted).
QHash<QString, QString> readStackEnv()
{
    QHash<QString, QString> env;
    QFile file(StackDir + u"/env"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return env;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u"export "_s))
            continue;
        line = line.mid(7);
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

// Runs a stack script; its stdout trimmed, or a failure with its stderr.
QString runScript(const QString &script, const QStringList &args, int timeoutMs = 90000, bool *ok = nullptr)
{
    QProcess process;
    process.start(Scripts + u'/' + script, args);
    const bool finished = process.waitForFinished(timeoutMs);
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    if (!success)
        qWarning("%s %s failed: %s", qPrintable(script), qPrintable(args.join(u' ')),
                 process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QList<Event> eventsOfKind(const QString &path, const QString &kind)
{
    TimelineStore store;
    QList<Event> events;
    if (store.open(path, TimelineStore::Mode::ReadOnly))
        return events;
    store.forEach({kind}, [&events](const Event &e) {
        events.append(e);
        return true;
    });
    return events;
}

} // namespace

class TestLiveBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void topologyFromPatroni();
    void realLagBreachesRpoAndIsRecorded();
    void switchoverIsSeenWithinOnePoll();
    void alertFiresAndIsSilenced();
    void readinessCommand();

private:
    PatroniCluster cluster() const { return m_config.patroni.constFirst(); }
    void declareIncident(Incident &incident, const QString &name);

    QHash<QString, QString> m_env;
    ServiceCatalog m_catalog;
    BackendsConfig m_config;
    QTemporaryDir m_dir;
    QString m_lagPid;
};

void TestLiveBackends::initTestCase()
{
    m_env = readStackEnv();
    QVERIFY2(!m_env.value(u"PATRONI_PASSWORD"_s).isEmpty(), qPrintable(u"no stack env in "_s + StackDir));
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        qputenv(it.key().toLocal8Bit().constData(), it.value().toLocal8Bit());

    const QString workspace = m_env.value(u"IC_BACKENDS_WORKSPACE"_s);
    const CatalogLoader::Result catalog = CatalogLoader::load(workspace);
    QVERIFY2(catalog.ok(), catalog.errors.isEmpty() ? "" : qPrintable(catalog.errors.first().toString()));
    m_catalog = catalog.catalog;
    const BackendsConfigLoader::Result backends = BackendsConfigLoader::load(workspace, m_catalog);
    QVERIFY2(backends.ok(), backends.errors.isEmpty() ? "" : qPrintable(backends.errors.first().toString()));
    m_config = backends.config;
    QCOMPARE(m_config.patroni.size(), 1);
    QVERIFY(m_config.prometheus);
    QVERIFY(m_config.alertmanager);
    QVERIFY(m_dir.isValid());

    bool ok = false;
    runScript(u"switchover.sh"_s, {u"--ensure"_s, u"node1"_s}, 90000, &ok);
    QVERIFY(ok);
}

void TestLiveBackends::cleanup()
{
    if (!m_lagPid.isEmpty()) {
        runScript(u"make-lag.sh"_s, {u"stop"_s, m_lagPid});
        m_lagPid.clear();
    }
}

void TestLiveBackends::declareIncident(Incident &incident, const QString &name)
{
    Incident::Declaration declaration;
    declaration.title = u"Integration: "_s + name;
    declaration.commander = u"ci"_s;
    declaration.severity = Severity::Sev2;
    const TimelineStore::Error error = incident.declare(m_dir.filePath(name + u".incident"_s), declaration);
    QVERIFY2(!error, qPrintable(error.message));
}

void TestLiveBackends::topologyFromPatroni()
{
    PatroniClient client(cluster());
    QSignalSpy read(&client, &PatroniClient::topologyRead);
    client.poll();
    QVERIFY(read.wait(10000));
    const auto topology = read.first().first().value<ClusterTopology>();
    QVERIFY2(topology.ok, qPrintable(topology.error));
    QCOMPARE(topology.service, u"orders-db"_s);
    QCOMPARE(topology.leader, u"node1"_s);
    QCOMPARE(topology.members.size(), 2);
    QVERIFY(!topology.splitBrain());
    QCOMPARE(topology.primaryClaims, QStringList{u"node1"_s});
    QVERIFY(topology.timeline >= 1);
    for (const PatroniMember &m : topology.members) {
        QVERIFY(m.apiReachable);
        if (m.name == "node1"_L1) {
            QCOMPARE(m.role, u"leader"_s);
            QVERIFY(!m.lagBytes);
        } else {
            QCOMPARE(m.name, u"node2"_s);
            QCOMPARE(m.role, u"replica"_s);
            QVERIFY2(m.state == "running"_L1 || m.state == "streaming"_L1, qPrintable(m.state));
            QVERIFY(m.lagBytes.has_value());
        }
    }
}

// Lag made for real (the replica's walreceiver stopped while the primary writes) is seen by the
// monitor, crosses max_lag (1MB), becomes an rpo_breached event and samples in the incident file;
// Prometheus sees the same lag; when the walreceiver continues, rpo_recovered follows.
void TestLiveBackends::realLagBreachesRpoAndIsRecorded()
{
    Incident incident;
    declareIncident(incident, u"lag"_s);
    LiveMonitor monitor;
    BackendsConfig config = m_config;
    config.patroni[0].intervalMs = 1000;
    monitor.setConfig(config);
    monitor.setIncident(&incident);
    monitor.recorder()->setFlushIntervalMs(500);
    QSignalSpy changes(monitor.replicationModel(), &ReplicationModel::replicationChanged);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.replicationModel()->leader(u"orders-db"_s).isEmpty(), 15000);

    bool ok = false;
    m_lagPid = runScript(u"make-lag.sh"_s, {u"start"_s, u"8"_s}, 120000, &ok);
    QVERIFY(ok);
    auto breached = [&changes] {
        for (const QList<QVariant> &signal : changes) {
            if (signal.first().value<ReplicationChange>().kind == ReplicationChangeKind::RpoBreached)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(breached(), 20000);

    // The same lag through PromQL, with the stack's recording rule.
    PrometheusClient prometheus(*m_config.prometheus);
    std::optional<double> promLag;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 && !(promLag && *promLag > 1048576)) {
        bool answered = false;
        prometheus.instantQuery(u"max(patroni:replica_lag_bytes)"_s, {}, this, [&](const PromResult &r) {
            answered = true;
            if (r.ok && !r.series.isEmpty() && !r.series.first().points.isEmpty())
                promLag = r.series.first().points.first().value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        if (!(promLag && *promLag > 1048576))
            QTest::qWait(500);
    }
    QVERIFY2(promLag && *promLag > 1048576, qPrintable(u"PromQL lag: %1"_s.arg(promLag ? *promLag : -1)));

    runScript(u"make-lag.sh"_s, {u"stop"_s, m_lagPid}, 30000, &ok);
    QVERIFY(ok);
    m_lagPid.clear();
    auto recovered = [&changes] {
        for (const QList<QVariant> &signal : changes) {
            if (signal.first().value<ReplicationChange>().kind == ReplicationChangeKind::RpoRecovered)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(recovered(), 30000);
    monitor.stop();
    QVERIFY(monitor.recorder()->flush());

    const QList<Event> events = eventsOfKind(incident.path(), u"replication_changed"_s);
    QStringList kinds;
    qint64 breachLag = 0;
    for (const Event &e : events) {
        const QJsonObject p = e.payloadObject();
        kinds.append(p.value(u"change"_s).toString());
        if (p.value(u"change"_s).toString() == "rpo_breached"_L1) {
            QCOMPARE(p.value(u"cluster"_s).toString(), u"orders-db"_s);
            QCOMPARE(p.value(u"member"_s).toString(), u"node2"_s);
            QCOMPARE(p.value(u"max_lag_bytes"_s).toInteger(), 1048576);
            breachLag = p.value(u"lag_bytes"_s).toInteger();
        }
    }
    QVERIFY2(kinds.contains(u"rpo_breached"_s) && kinds.contains(u"rpo_recovered"_s), qPrintable(kinds.join(u','))); 
    QVERIFY(breachLag > 1048576);
    QVERIFY(kinds.indexOf(u"rpo_breached"_s) < kinds.lastIndexOf(u"rpo_recovered"_s));

    TimelineStore store;
    QVERIFY(!store.open(incident.path(), TimelineStore::Mode::ReadOnly));
    QList<Sample> samples;
    QVERIFY(!store.samples(u"replication/orders-db/node2/lag_bytes"_s, 0, std::numeric_limits<qint64>::max(), &samples));
    QVERIFY2(samples.size() >= 2, qPrintable(QString::number(samples.size())));
    const auto maxSample = std::max_element(samples.cbegin(), samples.cend(),
                                            [](const Sample &a, const Sample &b) { return a.value < b.value; });
    QVERIFY2(maxSample->value > 1048576, qPrintable(QString::number(maxSample->value)));
    QVERIFY(store.verify().ok);
}

// A switchover through Patroni's API (PatroniClient, Basic auth from ${env:PATRONI_PASSWORD}) is
// seen by the monitor as leader_changed within one poll interval of Patroni reporting it done.
void TestLiveBackends::switchoverIsSeenWithinOnePoll()
{
    Incident incident;
    declareIncident(incident, u"switchover"_s);
    LiveMonitor monitor;
    BackendsConfig config = m_config;
    const qint64 interval = 2000;
    config.patroni[0].intervalMs = interval;
    monitor.setConfig(config);
    monitor.setIncident(&incident);
    QSignalSpy changes(monitor.replicationModel(), &ReplicationModel::replicationChanged);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.replicationModel()->leader(u"orders-db"_s), u"node1"_s, 15000);

    PatroniClient writer(config.patroni[0]);
    QSignalSpy done(&writer, &PatroniClient::switchoverDone);
    writer.switchover(u"node1"_s, u"node2"_s);
    QVERIFY(done.wait(90000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QElapsedTimer sinceDone;
    sinceDone.start();
    auto leaderChangedTo = [&changes](const QString &to) {
        for (const QList<QVariant> &signal : changes) {
            const auto c = signal.first().value<ReplicationChange>();
            if (c.kind == ReplicationChangeKind::LeaderChanged && c.to == to)
                return true;
        }
        return false;
    };
    // Patroni has switched when it answers; /cluster (written once per loop_wait) and our poll
    // each take up to one interval more.
    QTRY_VERIFY_WITH_TIMEOUT(leaderChangedTo(u"node2"_s), int(2 * interval + 1000));
    qInfo("leader change seen %lld ms after Patroni confirmed the switchover", sinceDone.elapsed());
    monitor.stop();
    QVERIFY(monitor.recorder()->flush());

    bool found = false;
    for (const Event &e : eventsOfKind(incident.path(), u"replication_changed"_s)) {
        const QJsonObject p = e.payloadObject();
        if (p.value(u"change"_s).toString() == "leader_changed"_L1 && p.value(u"to"_s).toString() == "node2"_L1) {
            QCOMPARE(p.value(u"from"_s).toString(), u"node1"_s);
            found = true;
        }
    }
    QVERIFY(found);

    bool ok = false;
    runScript(u"switchover.sh"_s, {u"--ensure"_s, u"node1"_s}, 120000, &ok);
    QVERIFY(ok);
}

// An alert posted to Alertmanager is seen (alert_changed firing), silenced from the console
// (silence_changed created; Alertmanager lists it suppressed by that silence), and the silence expired.
void TestLiveBackends::alertFiresAndIsSilenced()
{
    Incident incident;
    declareIncident(incident, u"alerts"_s);
    LiveMonitor monitor;
    BackendsConfig config = m_config;
    config.alertmanager->intervalMs = 1000;
    config.patroni.clear();
    monitor.setConfig(config);
    monitor.setIncident(&incident);
    QSignalSpy fired(monitor.alertsModel(), &AlertsModel::alertFired);
    monitor.start();

    const QString alertName = u"IntegrationTestAlert%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    HttpFetcher fetcher;
    HttpFetcher::Request post;
    post.url = m_config.alertmanager->url.resolved(QUrl(u"/api/v2/alerts"_s));
    post.method = "POST";
    post.contentType = "application/json";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    post.body = QJsonDocument(QJsonArray{QJsonObject{
                                  {u"labels"_s, QJsonObject{{u"alertname"_s, alertName},
                                                            {u"service"_s, u"orders-db"_s},
                                                            {u"severity"_s, u"critical"_s}}},
                                  {u"annotations"_s, QJsonObject{{u"summary"_s, u"posted by tst_livebackends"_s}}},
                                  {u"startsAt"_s, now.toString(Qt::ISODateWithMs)},
                                  {u"endsAt"_s, now.addSecs(600).toString(Qt::ISODateWithMs)}}})
                    .toJson(QJsonDocument::Compact);
    bool posted = false;
    fetcher.fetch(post, this, [&posted](const HttpResult &r) { posted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(posted, 10000);

    auto firedNamed = [&] {
        for (const QList<QVariant> &signal : fired) {
            if (signal.first().value<AlertInfo>().name == alertName)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firedNamed(), 15000);

    SilenceRequest request;
    request.matchers = {{u"alertname"_s, alertName, false, true}};
    request.startsAt = QDateTime::currentDateTimeUtc();
    request.endsAt = request.startsAt.addSecs(900);
    request.createdBy = u"ci-commander"_s;
    request.comment = u"failover in progress"_s;
    QString silenceId;
    bool created = false;
    monitor.createSilence(request, u"commander"_s, [&](bool ok, const QString &idOrError) {
        created = true;
        QVERIFY2(ok, qPrintable(idOrError));
        silenceId = idOrError;
    });
    QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
    QVERIFY(!silenceId.isEmpty());

    // Alertmanager itself now lists the alert as suppressed by that silence.
    AlertmanagerClient reader(*m_config.alertmanager);
    bool silenced = false;
    QElapsedTimer waited;
    waited.start();
    while (!silenced && waited.elapsed() < 15000) {
        QSignalSpy read(&reader, &AlertmanagerClient::alertsRead);
        reader.fetchAlerts();
        QVERIFY(read.wait(10000));
        for (const AlertInfo &a : read.first().first().value<QList<AlertInfo>>()) {
            if (a.name == alertName && a.silencedBy.contains(silenceId) && a.state == "suppressed"_L1)
                silenced = true;
        }
        if (!silenced)
            QTest::qWait(300);
    }
    QVERIFY(silenced);

    bool expired = false;
    monitor.expireSilence(silenceId, u"ci-commander"_s, u"commander"_s, [&](bool ok, const QString &message) {
        expired = true;
        QVERIFY2(ok, qPrintable(message));
    });
    QTRY_VERIFY_WITH_TIMEOUT(expired, 10000);
    monitor.stop();
    QVERIFY(monitor.recorder()->flush());

    bool firedEvent = false;
    for (const Event &e : eventsOfKind(incident.path(), u"alert_changed"_s)) {
        const QJsonObject p = e.payloadObject();
        if (p.value(u"alertname"_s).toString() == alertName && p.value(u"state"_s).toString() == "firing"_L1) {
            QCOMPARE(p.value(u"service"_s).toString(), u"orders-db"_s);
            QCOMPARE(p.value(u"severity"_s).toString(), u"critical"_s);
            firedEvent = true;
        }
    }
    QVERIFY(firedEvent);
    QStringList actions;
    for (const Event &e : eventsOfKind(incident.path(), u"silence_changed"_s)) {
        const QJsonObject p = e.payloadObject();
        QCOMPARE(p.value(u"silence_id"_s).toString(), silenceId);
        QCOMPARE(e.actor, u"ci-commander"_s);
        actions.append(p.value(u"action"_s).toString());
        if (p.value(u"action"_s).toString() == "created"_L1) {
            const QJsonArray matchers = p.value(u"matchers"_s).toArray();
            QCOMPARE(matchers.size(), 1);
            QCOMPARE(matchers[0].toObject().value(u"value"_s).toString(), alertName);
        }
    }
    QCOMPARE(actions, (QStringList{u"created"_s, u"expired"_s}));
}

// `incidentctl readiness` against the stack: ready while the replica keeps up, not ready (exit 1,
// the replica over its RPO in the JSON) while it lags.
void TestLiveBackends::readinessCommand()
{
    const QString incidentctl = QString::fromUtf8(IC_INCIDENTCTL);
    const QString workspace = m_env.value(u"IC_BACKENDS_WORKSPACE"_s);
    auto run = [&](int *exitCode) {
        QProcess p;
        p.start(incidentctl, {u"readiness"_s, workspace, u"--json"_s});
        if (!p.waitForFinished(60000))
            return QJsonObject();
        *exitCode = p.exitCode();
        const QByteArray out = p.readAllStandardOutput();
        // Never a secret on any output.
        const QByteArray err = p.readAllStandardError();
        const QByteArray password = m_env.value(u"PATRONI_PASSWORD"_s).toUtf8();
        if (out.contains(password) || err.contains(password))
            return QJsonObject{{u"leak"_s, true}};
        return QJsonDocument::fromJson(out).object();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int code = -1;
            const QJsonObject r = run(&code);
            return code == 0 && r.value(u"ready"_s).toBool();
        }(),
        30000);

    bool ok = false;
    m_lagPid = runScript(u"make-lag.sh"_s, {u"start"_s, u"8"_s}, 120000, &ok);
    QVERIFY(ok);
    QJsonObject lagging;
    int code = -1;
    QElapsedTimer waited;
    waited.start();
    do {
        lagging = run(&code);
    } while (code == 0 && waited.elapsed() < 20000 && (QTest::qWait(500), true));
    QVERIFY(!lagging.contains(u"leak"_s));
    QCOMPARE(code, 1);
    QCOMPARE(lagging.value(u"ready"_s).toBool(), false);
    const QJsonArray replication = lagging.value(u"replication"_s).toArray();
    QCOMPARE(replication.size(), 1);
    const QJsonObject cluster = replication[0].toObject();
    QCOMPARE(cluster.value(u"cluster"_s).toString(), u"orders-db"_s);
    QCOMPARE(cluster.value(u"leader"_s).toString(), u"node1"_s);
    bool replicaOver = false;
    for (const QJsonValue &m : cluster.value(u"members"_s).toArray()) {
        if (m.toObject().value(u"role"_s).toString() == "replica"_L1)
            replicaOver = m.toObject().value(u"lag_bytes"_s).toDouble() > 1048576;
    }
    QVERIFY(replicaOver);
}

QTEST_GUILESS_MAIN(TestLiveBackends)
#include "tst_livebackends.moc"
