// The readiness verdict of `incidentctl readiness`: which observations make a workspace ready.

#include "Readiness.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

ServiceCatalog catalog()
{
    auto service = [](const char *id, std::optional<int> tier) {
        Service s;
        s.id = QString::fromLatin1(id);
        s.name = s.id;
        s.kind = u"service"_s;
        s.tier = tier;
        return s;
    };
    return ServiceCatalog({service("orders-db", 0), service("checkout", 1), service("search", 2),
                           service("payments", 0), service("docs", std::nullopt)});
}

BackendsConfig config()
{
    BackendsConfig c;
    PatroniCluster cluster;
    cluster.service = u"orders-db"_s;
    cluster.maxLagBytes = 1048576;
    c.patroni.append(cluster);
    HealthCheck checkout;
    checkout.name = checkout.service = u"checkout"_s;
    HealthCheck search;
    search.name = search.service = u"search"_s;
    c.health = {checkout, search};
    DnsCheck dns;
    dns.name = u"api.example.com"_s;
    dns.expect = {u"192.0.2.10"_s};
    dns.resolvers = {DnsResolver{u"127.0.0.1"_s, 5353}};
    c.dns.append(dns);
    return c;
}

HealthObservation probe(const char *check, ProbeOutcome outcome)
{
    HealthObservation o;
    o.check = QString::fromLatin1(check);
    o.service = o.check;
    o.outcome = outcome;
    o.latencyMs = 4;
    o.detail = outcome == ProbeOutcome::Pass ? u"HTTP 200"_s : u"HTTP 503"_s;
    return o;
}

PatroniMember member(const char *name, const char *role, const char *state, std::optional<qint64> lag)
{
    PatroniMember m;
    m.name = QString::fromLatin1(name);
    m.role = QString::fromLatin1(role);
    m.state = QString::fromLatin1(state);
    m.lagBytes = lag;
    return m;
}

ClusterTopology topology(std::optional<qint64> replicaLag, const char *replicaState = "streaming")
{
    ClusterTopology t;
    t.service = u"orders-db"_s;
    t.ok = true;
    t.leader = u"node1"_s;
    t.members = {member("node1", "leader", "running", std::nullopt), member("node2", "replica", replicaState, replicaLag)};
    t.primaryClaims = {u"node1"_s};
    return t;
}

DnsAnswer dnsAnswer(const char *value)
{
    DnsAnswer a;
    a.name = u"api.example.com"_s;
    a.type = u"A"_s;
    a.resolver = u"127.0.0.1:5353"_s;
    a.ok = true;
    a.values = {QString::fromLatin1(value)};
    a.ttlSeconds = 300;
    a.matchesExpected = a.values == QStringList{u"192.0.2.10"_s};
    return a;
}

const ReadinessReport::Check *findCheck(const ReadinessReport &report, const QString &kind, const QString &name)
{
    for (const auto &c : report.checks) {
        if (c.kind == kind && c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void splitBrainAndNoLeaderFail();
    void uncoveredCriticalServicesAreListed();
    void nothingConfiguredIsNotReady();
    void jsonShape();
};

void TestReadiness::verdict_data()
{
    QTest::addColumn<int>("checkout");
    QTest::addColumn<int>("search");
    QTest::addColumn<QVariant>("lag");
    QTest::addColumn<QString>("replicaState");
    QTest::addColumn<QString>("dnsValue");
    QTest::addColumn<bool>("ready");

    const QVariant within = QVariant::fromValue<qint64>(1048576); // exactly max_lag is within
    const QVariant over = QVariant::fromValue<qint64>(1048577);
    const auto pass = int(ProbeOutcome::Pass);
    const auto fail = int(ProbeOutcome::Fail);
    QTest::addRow("all good") << pass << pass << within << u"streaming"_s << u"192.0.2.10"_s << true;
    QTest::addRow("tier-2 service failing does not count") << pass << fail << within << u"streaming"_s << u"192.0.2.10"_s << true;
    QTest::addRow("tier-1 service failing") << fail << pass << within << u"streaming"_s << u"192.0.2.10"_s << false;
    QTest::addRow("tier-1 degraded is not healthy") << int(ProbeOutcome::Warn) << pass << within << u"streaming"_s
                                                    << u"192.0.2.10"_s << false;
    QTest::addRow("tier-1 unknown is not healthy") << int(ProbeOutcome::Unknown) << pass << within << u"streaming"_s
                                                   << u"192.0.2.10"_s << false;
    QTest::addRow("replica over RPO") << pass << pass << over << u"streaming"_s << u"192.0.2.10"_s << false;
    QTest::addRow("replica lag unknown") << pass << pass << QVariant() << u"streaming"_s << u"192.0.2.10"_s << false;
    QTest::addRow("replica stopped") << pass << pass << within << u"stopped"_s << u"192.0.2.10"_s << false;
    QTest::addRow("dns without a service does not count") << pass << pass << within << u"streaming"_s << u"192.0.2.99"_s
                                                          << true;
}

void TestReadiness::verdict()
{
    QFETCH(int, checkout);
    QFETCH(int, search);
    QFETCH(QVariant, lag);
    QFETCH(QString, replicaState);
    QFETCH(QString, dnsValue);
    QFETCH(bool, ready);

    const std::optional<qint64> replicaLag = lag.isValid() ? std::optional<qint64>(lag.value<qint64>()) : std::nullopt;
    const ReadinessReport report = Readiness::evaluate(
        catalog(), config(), {probe("checkout", ProbeOutcome(checkout)), probe("search", ProbeOutcome(search))},
        {topology(replicaLag, replicaState.toLatin1().constData())}, {dnsAnswer(dnsValue.toLatin1().constData())});
    QCOMPARE(report.ready, ready);
    QCOMPARE(report.reasons.isEmpty(), ready);
    QCOMPARE(report.checks.size(), 4);
    const auto *dns = findCheck(report, u"dns"_s, u"api.example.com A @127.0.0.1:5353"_s);
    QVERIFY(dns);
    QCOMPARE(dns->status, dnsValue == "192.0.2.10"_L1 ? ReadinessReport::Status::Pass : ReadinessReport::Status::Fail);
    if (dns->status == ReadinessReport::Status::Fail)
        QVERIFY2(dns->detail.contains(u"300"_s), qPrintable(dns->detail)); // how long clients may cache the old answer
}

void TestReadiness::splitBrainAndNoLeaderFail()
{
    ClusterTopology split = topology(0);
    split.primaryClaims = {u"node1"_s, u"node2"_s};
    ReadinessReport report = Readiness::evaluate(catalog(), config(), {probe("checkout", ProbeOutcome::Pass)}, {split}, {});
    QVERIFY(!report.ready);
    const auto *replication = findCheck(report, u"replication"_s, u"orders-db"_s);
    QVERIFY(replication);
    QCOMPARE(replication->status, ReadinessReport::Status::Fail);
    QVERIFY2(replication->detail.contains(u"node1, node2"_s), qPrintable(replication->detail));

    ClusterTopology leaderless = topology(0);
    leaderless.leader.clear();
    leaderless.members[0].role = u"replica"_s;
    report = Readiness::evaluate(catalog(), config(), {probe("checkout", ProbeOutcome::Pass)}, {leaderless}, {});
    QVERIFY(!report.ready);

    ClusterTopology unreadable;
    unreadable.service = u"orders-db"_s;
    unreadable.error = u"127.0.0.1:8008: connection refused"_s;
    report = Readiness::evaluate(catalog(), config(), {probe("checkout", ProbeOutcome::Pass)}, {unreadable}, {});
    QVERIFY(!report.ready);
    QCOMPARE(report.replication.size(), 1);
    QVERIFY(!report.replication[0].reachable);
    QCOMPARE(report.replication[0].error, unreadable.error);
}

void TestReadiness::uncoveredCriticalServicesAreListed()
{
    const ReadinessReport report = Readiness::evaluate(catalog(), config(), {probe("checkout", ProbeOutcome::Pass)},
                                                       {topology(0)}, {dnsAnswer("192.0.2.10")});
    QVERIFY(report.ready);
    QCOMPARE(report.uncovered, QStringList{u"payments"_s});
}

void TestReadiness::nothingConfiguredIsNotReady()
{
    const ReadinessReport report = Readiness::evaluate(catalog(), BackendsConfig{}, {}, {}, {});
    QVERIFY(!report.ready);
    QCOMPARE(report.reasons.size(), 1);
}

void TestReadiness::jsonShape()
{
    const ReadinessReport report = Readiness::evaluate(catalog(), config(), {probe("checkout", ProbeOutcome::Pass)},
                                                       {topology(2048)}, {});
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"ready"_s).toBool(), report.ready);
    const QJsonArray checks = json.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), report.checks.size());
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        for (const char *key : {"name", "service", "kind", "status", "detail"})
            QVERIFY2(c.contains(QLatin1StringView(key)), key);
        QVERIFY(QStringList({u"pass"_s, u"warn"_s, u"fail"_s, u"unknown"_s}).contains(c.value(u"status"_s).toString()));
    }
    const QJsonArray replication = json.value(u"replication"_s).toArray();
    QCOMPARE(replication.size(), 1);
    const QJsonObject cluster = replication[0].toObject();
    QCOMPARE(cluster.value(u"cluster"_s).toString(), u"orders-db"_s);
    QCOMPARE(cluster.value(u"leader"_s).toString(), u"node1"_s);
    const QJsonArray members = cluster.value(u"members"_s).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0].toObject().value(u"lag_bytes"_s).type(), QJsonValue::Null); // the leader has no lag
    QCOMPARE(members[1].toObject().value(u"lag_bytes"_s).toInteger(), 2048);
    QCOMPARE(members[1].toObject().value(u"role"_s).toString(), u"replica"_s);
    QCOMPARE(members[1].toObject().value(u"state"_s).toString(), u"streaming"_s);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
