// The live-monitoring models: the health hysteresis (HealthTracker) table by table, and the
// health, replication, alerts and Prometheus panel models under QAbstractItemModelTester, fed
// sequences of observations, with the change signals a timeline records. Also the event kinds
// they produce (validation, summaries).

#include "AlertsModel.h"
#include "Event.h"
#include "HealthModel.h"
#include "HealthTracker.h"
#include "PromPanelModel.h"
#include "ReplicationModel.h"
#include "SampleRing.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ic::ServiceHealth;
using Reading = ic::HealthTracker::Reading;
using Change = ic::ReplicationChange::Kind;
using Rpo = ic::ReplicationModel::Rpo;

Q_DECLARE_METATYPE(ic::ServiceHealth)

namespace {

constexpr qint64 T0 = 1700000000000;
constexpr qint64 OneMiB = 1024 * 1024;

// One letter per state: U unknown, H healthy, G degraded, D down.
QChar stateLetter(ServiceHealth health)
{
    switch (health) {
    case ServiceHealth::Healthy: return u'H';
    case ServiceHealth::Degraded: return u'G';
    case ServiceHealth::Down: return u'D';
    case ServiceHealth::Unknown: break;
    }
    return u'U';
}

Reading readingOf(QChar letter)
{
    switch (letter.unicode()) {
    case 'p': return Reading::Pass;
    case 'w': return Reading::Warn;
    case 'f': return Reading::Fail;
    default: return Reading::Unreadable;
    }
}

ic::HealthCheck check(const QString &name, const QString &service, int downAfter = 3, int upAfter = 2)
{
    ic::HealthCheck c;
    c.name = name;
    c.service = service;
    c.url = QUrl(u"http://127.0.0.1:8080/"_s + name);
    c.downAfter = downAfter;
    c.upAfter = upAfter;
    return c;
}

ic::HealthObservation observation(const QString &check, const QString &service, qint64 atMs, ic::ProbeOutcome outcome,
                                  qint64 latencyMs = 12, const QString &detail = {})
{
    ic::HealthObservation o;
    o.check = check;
    o.service = service;
    o.url = u"http://127.0.0.1:8080/"_s + check;
    o.atMs = atMs;
    o.outcome = outcome;
    o.latencyMs = latencyMs;
    o.httpStatus = outcome == ic::ProbeOutcome::Fail ? 503 : 200;
    o.detail = detail;
    return o;
}

ic::PatroniMember member(const QString &name, const QString &role, const QString &state, std::optional<qint64> lag,
                         int timeline = 1)
{
    ic::PatroniMember m;
    m.name = name;
    m.role = role;
    m.state = state;
    m.timeline = timeline;
    m.lagBytes = lag;
    m.apiUrl = u"http://127.0.0.1:%1"_s.arg(name == u"node1" ? 8008 : 8009);
    return m;
}

// A healthy two-node cluster read at `atMs`, node2 lagging by `lag`.
ic::ClusterTopology topology(qint64 atMs, std::optional<qint64> lag = 0, const QString &leader = u"node1"_s)
{
    ic::ClusterTopology t;
    t.service = u"orders-db"_s;
    t.atMs = atMs;
    t.ok = true;
    t.leader = leader;
    t.timeline = 1;
    const QString replica = leader == u"node1" ? u"node2"_s : u"node1"_s;
    t.members = {member(leader, u"leader"_s, u"running"_s, std::nullopt), member(replica, u"replica"_s, u"streaming"_s, lag)};
    if (leader != u"node1") // members as /cluster lists them: sorted by name
        std::swap(t.members[0], t.members[1]);
    t.primaryClaims = {leader};
    return t;
}

ic::PatroniCluster cluster(const QString &service = u"orders-db"_s, qint64 maxLag = OneMiB)
{
    ic::PatroniCluster c;
    c.service = service;
    c.members = {QUrl(u"http://127.0.0.1:8008"_s), QUrl(u"http://127.0.0.1:8009"_s)};
    c.maxLagBytes = maxLag;
    return c;
}

QList<ic::ReplicationChange> changesOf(const QSignalSpy &spy)
{
    QList<ic::ReplicationChange> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<ic::ReplicationChange>());
    return out;
}

// "rpo_breached:node2 member_down:node1" in emission order.
QString changesText(const QSignalSpy &spy)
{
    QStringList parts;
    for (const ic::ReplicationChange &c : changesOf(spy))
        parts << ic::replicationChangeKindName(c.kind) + (c.member.isEmpty() ? QString() : u':' + c.member);
    return parts.join(u' ');
}

ic::AlertInfo alert(const QString &fingerprint, const QString &name, qint64 startsAtMs = T0)
{
    ic::AlertInfo a;
    a.fingerprint = fingerprint;
    a.name = name;
    a.severity = u"critical"_s;
    a.service = u"orders-db"_s;
    a.summary = u"Replica lag over 1 MB"_s;
    a.labels = {{u"alertname"_s, name}, {u"severity"_s, u"critical"_s}};
    a.startsAtMs = startsAtMs;
    a.state = u"active"_s;
    return a;
}

QStringList fingerprints(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<ic::AlertInfo>().fingerprint;
    return out;
}

ic::PromSeries promSeries(const QString &instance, const QList<std::pair<qint64, double>> &points)
{
    ic::PromSeries s;
    s.labels = {{u"__name__"_s, u"lag"_s}, {u"instance"_s, instance}};
    for (const auto &[at, value] : points)
        s.points.append({at, value});
    return s;
}

ic::PromResult promResult(const QList<ic::PromSeries> &series, const QString &type = u"matrix"_s)
{
    ic::PromResult r;
    r.ok = true;
    r.resultType = type;
    r.series = series;
    return r;
}

QString pointsText(const QList<ic::SamplePoint> &points)
{
    QStringList parts;
    for (const ic::SamplePoint &p : points)
        parts << u"%1:%2"_s.arg(p.atMs).arg(p.value);
    return parts.join(u' ');
}

} // namespace

class LiveModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ic::ReplicationChange>();
        qRegisterMetaType<ic::AlertInfo>();
        qRegisterMetaType<ic::HealthObservation>();
        qRegisterMetaType<ic::ClusterTopology>();
        qRegisterMetaType<ic::PromResult>();
        qRegisterMetaType<ic::ServiceHealth>();
    }

    // --- SampleRing -----------------------------------------------------------------------

    void sampleRingKeepsTheNewestInOrder()
    {
        ic::SampleRing ring(3);
        QVERIFY(ring.isEmpty());
        QVERIFY(!ring.last());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(ring.append(i * 10, i));
        QCOMPARE(ring.size(), 3);
        QCOMPARE(pointsText(ring.points()), u"30:3 40:4 50:5"_s);
        QCOMPARE(pointsText(ring.points(40)), u"40:4 50:5"_s);
        QCOMPARE(pointsText(ring.points(41)), u"50:5"_s);
        QCOMPARE(pointsText(ring.points(51)), QString());
        QCOMPARE(ring.last()->value, 5.0);
        QVERIFY(!ring.append(45, 9)); // older than the newest: dropped
        QCOMPARE(pointsText(ring.points()), u"30:3 40:4 50:5"_s);
        QVERIFY(ring.append(50, 6)); // the same moment: the value is replaced
        QCOMPARE(pointsText(ring.points()), u"30:3 40:4 50:6"_s);
        ring.clear();
        QVERIFY(ring.isEmpty());
    }

    void sampleRingMergesWithinItsSpacing_data()
    {
        QTest::addColumn<int>("merge");
        QTest::addColumn<QString>("expected");
        // 1900 and 1950 fall in the bucket opened at 1000; 2000 opens the next one.
        QTest::addRow("last") << int(ic::SampleRing::Merge::Last) << u"1950:3 2000:4 3500:2"_s;
        QTest::addRow("max") << int(ic::SampleRing::Merge::Max) << u"1950:9 2000:4 3500:2"_s;
    }

    void sampleRingMergesWithinItsSpacing()
    {
        QFETCH(int, merge);
        QFETCH(QString, expected);
        ic::SampleRing ring(10, 1000, ic::SampleRing::Merge(merge));
        for (const auto &[at, value] : QList<std::pair<qint64, double>>{{1000, 1}, {1900, 9}, {1950, 3}, {2000, 4}, {3500, 2}})
            QVERIFY(ring.append(at, value));
        QCOMPARE(pointsText(ring.points()), expected);
    }

    // --- HealthTracker --------------------------------------------------------------------

    void healthTrackerStates_data()
    {
        QTest::addColumn<int>("downAfter");
        QTest::addColumn<int>("upAfter");
        QTest::addColumn<QString>("readings"); // p pass, w warn, f fail, u unreadable
        QTest::addColumn<QString>("states");   // after each reading: U H G D

        QTest::addRow("first pass is healthy at once") << 3 << 2 << u"p"_s << u"H"_s;
        QTest::addRow("first warn is degraded at once") << 3 << 2 << u"w"_s << u"G"_s;
        QTest::addRow("down after three failures") << 3 << 2 << u"pfff"_s << u"HHHD"_s;
        QTest::addRow("a pass between failures resets") << 3 << 2 << u"pffpffp"_s << u"HHHHHHH"_s;
        QTest::addRow("failing at startup stays unknown") << 3 << 2 << u"fff"_s << u"UUD"_s;
        QTest::addRow("recovery needs two passes") << 3 << 2 << u"fffpp"_s << u"UUDDH"_s;
        QTest::addRow("recovery interrupted starts over") << 3 << 2 << u"fffpfpp"_s << u"UUDDDDH"_s;
        QTest::addRow("recovery through warn is degraded") << 3 << 2 << u"fffww"_s << u"UUDDG"_s;
        QTest::addRow("recovery ending in pass is healthy") << 3 << 2 << u"fffwp"_s << u"UUDDH"_s;
        QTest::addRow("warn from healthy at once") << 3 << 2 << u"pw"_s << u"HG"_s;
        QTest::addRow("back from degraded needs two passes") << 3 << 2 << u"pwpp"_s << u"HGGH"_s;
        QTest::addRow("warn and pass alternating stays degraded") << 3 << 2 << u"pwpwpw"_s << u"HGGGGG"_s;
        QTest::addRow("degraded goes down after three failures") << 3 << 2 << u"wfff"_s << u"GGGD"_s;
        QTest::addRow("three unreadable answers are unknown") << 3 << 2 << u"puuu"_s << u"HHHU"_s;
        QTest::addRow("mixed bad answers are unknown, not down") << 3 << 2 << u"pfuf"_s << u"HHHU"_s;
        QTest::addRow("mixed then three failures is down") << 3 << 2 << u"pfufff"_s << u"HHHUUD"_s;
        QTest::addRow("unknown after healthy is left at once") << 3 << 2 << u"puuup"_s << u"HHHUH"_s;
        QTest::addRow("down stays down on one unreadable") << 3 << 2 << u"fffuf"_s << u"UUDDD"_s;
        QTest::addRow("down becomes unknown after three unreadable") << 3 << 2 << u"fffuuu"_s << u"UUDDDU"_s;
        QTest::addRow("unknown after down needs two passes") << 3 << 2 << u"fffuuupp"_s << u"UUDDDUUH"_s;
        QTest::addRow("unreadable at startup stays unknown") << 3 << 2 << u"uuup"_s << u"UUUH"_s;
        QTest::addRow("down_after 1, up_after 1") << 1 << 1 << u"pfpwf"_s << u"HDHGD"_s;
        QTest::addRow("up_after 3") << 2 << 3 << u"ffppfppp"_s << u"UDDDDDDH"_s;
        QTest::addRow("zero thresholds act as 1") << 0 << 0 << u"fp"_s << u"DH"_s;
    }

    void healthTrackerStates()
    {
        QFETCH(int, downAfter);
        QFETCH(int, upAfter);
        QFETCH(QString, readings);
        QFETCH(QString, states);
        ic::HealthTracker tracker(downAfter, upAfter);
        QCOMPARE(tracker.state(), ServiceHealth::Unknown);
        QVERIFY(!tracker.hasBeenRead());
        QString got;
        ServiceHealth before = tracker.state();
        for (const QChar letter : readings) {
            const bool changed = tracker.apply(readingOf(letter), u"reason"_s);
            QCOMPARE(changed, tracker.state() != before);
            before = tracker.state();
            got += stateLetter(tracker.state());
        }
        QCOMPARE(got, states);
    }

    void healthTrackerCountsAndDetail()
    {
        ic::HealthTracker tracker(3, 2);
        QCOMPARE(tracker.detail(), u"not checked yet"_s);
        tracker.apply(Reading::Pass);
        QCOMPARE(tracker.detail(), QString());
        tracker.apply(Reading::Fail, u"HTTP 503"_s);
        QCOMPARE(tracker.failStreak(), 1);
        QCOMPARE(tracker.detail(), u"failing 1/3: HTTP 503"_s);
        tracker.apply(Reading::Fail, u"timed out after 2 s"_s);
        QCOMPARE(tracker.detail(), u"failing 2/3: timed out after 2 s"_s);
        QCOMPARE(tracker.state(), ServiceHealth::Healthy);
        tracker.apply(Reading::Fail, u"connection refused"_s);
        QCOMPARE(tracker.state(), ServiceHealth::Down);
        QCOMPARE(tracker.detail(), u"connection refused"_s);
        tracker.apply(Reading::Pass);
        QCOMPARE(tracker.okStreak(), 1);
        QCOMPARE(tracker.failStreak(), 0);
        QCOMPARE(tracker.detail(), u"recovering 1/2"_s);
        tracker.apply(Reading::Unreadable, u"malformed JSON"_s);
        QCOMPARE(tracker.detail(), u"cannot read 1/3: malformed JSON"_s);
        QCOMPARE(tracker.badStreak(), 1);
        QCOMPARE(tracker.okStreak(), 0);
        QCOMPARE(tracker.lastKnownState(), ServiceHealth::Down);
    }

    void healthReadingsFromObservations_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("reading");
        using O = ic::ProbeOutcome;
        using F = ic::FetchFailure;
        QTest::addRow("pass") << int(O::Pass) << int(F::None) << 200 << u"pass"_s;
        QTest::addRow("warn") << int(O::Warn) << int(F::None) << 200 << u"warn"_s;
        QTest::addRow("fail 503") << int(O::Fail) << int(F::None) << 503 << u"fail"_s;
        QTest::addRow("timeout") << int(O::Unknown) << int(F::Timeout) << 0 << u"fail"_s;
        QTest::addRow("refused") << int(O::Unknown) << int(F::Refused) << 0 << u"fail"_s;
        QTest::addRow("network") << int(O::Unknown) << int(F::Network) << 0 << u"fail"_s;
        QTest::addRow("http 500") << int(O::Unknown) << int(F::HttpStatus) << 500 << u"fail"_s;
        QTest::addRow("http 404") << int(O::Unknown) << int(F::HttpStatus) << 404 << u"unreadable"_s;
        QTest::addRow("tls") << int(O::Unknown) << int(F::Tls) << 0 << u"unreadable"_s;
        QTest::addRow("too large") << int(O::Unknown) << int(F::TooLarge) << 200 << u"unreadable"_s;
        QTest::addRow("wrong content type") << int(O::Unknown) << int(F::WrongContentType) << 200 << u"unreadable"_s;
        QTest::addRow("malformed") << int(O::Unknown) << int(F::Malformed) << 200 << u"unreadable"_s;
        QTest::addRow("undecided") << int(O::Unknown) << int(F::None) << 200 << u"unreadable"_s;
    }

    void healthReadingsFromObservations()
    {
        QFETCH(int, outcome);
        QFETCH(int, failure);
        QFETCH(int, httpStatus);
        QFETCH(QString, reading);
        ic::HealthObservation o;
        o.outcome = ic::ProbeOutcome(outcome);
        o.failure = ic::FetchFailure(failure);
        o.httpStatus = httpStatus;
        QCOMPARE(ic::HealthTracker::readingName(ic::HealthTracker::classify(o)), reading);
    }

    // --- HealthModel ----------------------------------------------------------------------

    void healthModelFollowsObservations()
    {
        ic::HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChecks({check(u"checkout-live"_s, u"checkout"_s), check(u"checkout-ready"_s, u"checkout"_s),
                         check(u"orders-api"_s, u"orders-api"_s, 1, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ic::HealthModel::ColumnCount));
        QCOMPARE(model.services(), (QStringList{u"checkout"_s, u"orders-api"_s}));
        QCOMPARE(model.serviceHealth(u"checkout"_s), ServiceHealth::Unknown);
        QCOMPARE(model.index(0, ic::HealthModel::StateColumn).data().toString(), u"Unknown"_s);
        // Services by their catalog name; the id in the tooltip and in ServiceRole.
        QCOMPARE(model.index(0, ic::HealthModel::ServiceColumn).data().toString(), u"checkout"_s);
        model.setServiceNames({{u"checkout"_s, u"Checkout"_s}});
        QCOMPARE(model.index(0, ic::HealthModel::ServiceColumn).data().toString(), u"Checkout"_s);
        QCOMPARE(model.index(0, ic::HealthModel::ServiceColumn).data(Qt::ToolTipRole).toString(), u"checkout"_s);
        QCOMPARE(model.index(0, 0).data(ic::HealthModel::ServiceRole).toString(), u"checkout"_s);
        QCOMPARE(model.index(2, ic::HealthModel::ServiceColumn).data().toString(), u"orders-api"_s); // no name given

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy healthChanged(&model, &ic::HealthModel::healthChanged);
        QSignalSpy serviceChanged(&model, &ic::HealthModel::serviceHealthChanged);
        QSignalSpy observed(&model, &ic::HealthModel::observed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        using O = ic::ProbeOutcome;
        QVERIFY(model.observe(observation(u"checkout-ready"_s, u"checkout"_s, T0, O::Pass, 40)));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
        QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(), model.index(1, ic::HealthModel::ColumnCount - 1));
        QCOMPARE(healthChanged.size(), 1);
        QCOMPARE(healthChanged.at(0).at(0).toString(), u"checkout"_s);
        QCOMPARE(healthChanged.at(0).at(1).toString(), u"checkout-ready"_s);
        QCOMPARE(healthChanged.at(0).at(2).value<ServiceHealth>(), ServiceHealth::Unknown);
        QCOMPARE(healthChanged.at(0).at(3).value<ServiceHealth>(), ServiceHealth::Healthy);
        QCOMPARE(healthChanged.at(0).at(5).toLongLong(), T0);
        QCOMPARE(healthChanged.at(0).at(6).toBool(), false);
        // The other check of checkout is not read yet: the service is not known to be healthy.
        QCOMPARE(model.serviceHealth(u"checkout"_s), ServiceHealth::Unknown);
        QCOMPARE(serviceChanged.size(), 0);
        QCOMPARE(observed.size(), 1);

        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 10, O::Pass, 20)));
        QCOMPARE(model.serviceHealth(u"checkout"_s), ServiceHealth::Healthy);
        QCOMPARE(serviceChanged.size(), 1);
        QCOMPARE(serviceChanged.at(0).at(0).toString(), u"checkout"_s);
        QCOMPARE(serviceChanged.at(0).at(1).value<ServiceHealth>(), ServiceHealth::Healthy);

        // Two failures: still healthy, counting; the third makes the check and the service Down.
        healthChanged.clear();
        serviceChanged.clear();
        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 5000, O::Fail, 5, u"HTTP 503"_s)));
        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 10000, O::Fail, 5, u"HTTP 503"_s)));
        const QModelIndex live = model.index(0, 0);
        QCOMPARE(live.data(ic::HealthModel::StateRole).toInt(), int(ServiceHealth::Healthy));
        QCOMPARE(live.data(ic::HealthModel::FailStreakRole).toInt(), 2);
        QCOMPARE(live.data(ic::HealthModel::DetailRole).toString(), u"failing 2/3: HTTP 503"_s);
        QCOMPARE(model.index(0, ic::HealthModel::LastErrorColumn).data().toString(), u"HTTP 503"_s);
        QCOMPARE(healthChanged.size(), 0);
        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 15000, O::Fail, 5, u"HTTP 503"_s)));
        QCOMPARE(healthChanged.size(), 1);
        QCOMPARE(healthChanged.at(0).at(3).value<ServiceHealth>(), ServiceHealth::Down);
        QCOMPARE(healthChanged.at(0).at(4).toString(), u"HTTP 503"_s);
        QCOMPARE(model.serviceHealth(u"checkout"_s), ServiceHealth::Down);
        QCOMPARE(model.serviceDetail(u"checkout"_s), u"checkout-live: HTTP 503"_s);
        QCOMPARE(serviceChanged.size(), 1);
        QCOMPARE(serviceChanged.at(0).at(1).value<ServiceHealth>(), ServiceHealth::Down);
        QCOMPARE(model.index(0, ic::HealthModel::StateColumn).data().toString(), u"Down"_s);

        // Recovery takes up_after passes; the last error stays visible.
        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 20000, O::Pass, 30)));
        QCOMPARE(model.state(u"checkout-live"_s), ServiceHealth::Down);
        QVERIFY(model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 25000, O::Pass, 25)));
        QCOMPARE(model.state(u"checkout-live"_s), ServiceHealth::Healthy);
        QCOMPARE(model.serviceHealth(u"checkout"_s), ServiceHealth::Healthy);
        QCOMPARE(live.data(ic::HealthModel::LastErrorRole).toString(), u"HTTP 503"_s);
        QCOMPARE(live.data(ic::HealthModel::LastErrorAtMsRole).toLongLong(), T0 + 15000);
        QCOMPARE(live.data(ic::HealthModel::LatencyMsRole).toLongLong(), 25);
        QCOMPARE(model.index(0, ic::HealthModel::LatencyColumn).data().toString(), u"25 ms"_s);

        // Latency history: every answer, with its time.
        const auto ring = live.data(ic::HealthModel::LatencyHistoryRole).value<ic::SampleRing>();
        QCOMPARE(ring.size(), 6);
        QCOMPARE(ring.points(T0 + 20000).size(), 2);
        QCOMPARE(ring.last()->value, 25.0);

        // A late result is dropped; an unknown check is ignored.
        dataChanged.clear();
        QVERIFY(!model.observe(observation(u"checkout-live"_s, u"checkout"_s, T0 + 1, O::Fail)));
        QVERIFY(!model.observe(observation(u"nope"_s, u"checkout"_s, T0 + 30000, O::Fail)));
        QCOMPARE(dataChanged.size(), 0);

        // Without a check name, service and URL find the row.
        ic::HealthObservation anonymous = observation(u"orders-api"_s, u"orders-api"_s, T0 + 30000, O::Warn);
        anonymous.check.clear();
        QCOMPARE(model.checkFor(anonymous), u"orders-api"_s);
        QVERIFY(model.observe(anonymous));
        QCOMPARE(model.serviceHealth(u"orders-api"_s), ServiceHealth::Degraded);
        QCOMPARE(reset.size(), 0);
    }

    void healthModelServiceIsTheWorstCheck_data()
    {
        QTest::addColumn<QString>("states"); // the tracked states of checkout's two checks
        QTest::addColumn<int>("service");
        QTest::addRow("healthy + healthy") << u"HH"_s << int(ServiceHealth::Healthy);
        QTest::addRow("healthy + unknown") << u"HU"_s << int(ServiceHealth::Unknown);
        QTest::addRow("degraded + unknown") << u"GU"_s << int(ServiceHealth::Degraded);
        QTest::addRow("down + degraded") << u"DG"_s << int(ServiceHealth::Down);
        QTest::addRow("healthy + down") << u"HD"_s << int(ServiceHealth::Down);
        QTest::addRow("unknown + unknown") << u"UU"_s << int(ServiceHealth::Unknown);
    }

    void healthModelServiceIsTheWorstCheck()
    {
        QFETCH(QString, states);
        QFETCH(int, service);
        ic::HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChecks({check(u"a"_s, u"checkout"_s, 1, 1), check(u"b"_s, u"checkout"_s, 1, 1)});
        for (int i = 0; i < 2; ++i) {
            const QString name = i == 0 ? u"a"_s : u"b"_s;
            switch (states.at(i).unicode()) {
            case 'H': model.observe(observation(name, u"checkout"_s, T0, ic::ProbeOutcome::Pass)); break;
            case 'G': model.observe(observation(name, u"checkout"_s, T0, ic::ProbeOutcome::Warn)); break;
            case 'D': model.observe(observation(name, u"checkout"_s, T0, ic::ProbeOutcome::Fail)); break;
            default: break;
            }
            QCOMPARE(stateLetter(model.state(name)), states.at(i));
        }
        QCOMPARE(int(model.serviceHealth(u"checkout"_s)), service);
        QCOMPARE(model.serviceHealth(u"no-such-service"_s), ServiceHealth::Unknown);
    }

    void healthModelMaintenance()
    {
        ic::HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChecks({check(u"checkout"_s, u"checkout"_s, 1, 1)});
        ic::MaintenanceWindow window;
        window.service = u"checkout"_s;
        window.startMs = T0 + 1000;
        window.endMs = T0 + 60000;
        window.reason = u"database upgrade"_s;
        model.setMaintenanceWindows({window});
        QSignalSpy healthChanged(&model, &ic::HealthModel::healthChanged);

        model.observe(observation(u"checkout"_s, u"checkout"_s, T0, ic::ProbeOutcome::Pass));
        QCOMPARE(healthChanged.at(0).at(6).toBool(), false);
        QVERIFY(!model.index(0, 0).data(ic::HealthModel::InMaintenanceRole).toBool());

        model.observe(observation(u"checkout"_s, u"checkout"_s, T0 + 1000, ic::ProbeOutcome::Fail));
        QCOMPARE(healthChanged.size(), 2);
        QCOMPARE(healthChanged.at(1).at(3).value<ServiceHealth>(), ServiceHealth::Down);
        QCOMPARE(healthChanged.at(1).at(6).toBool(), true); // data kept, flagged as expected
        QVERIFY(model.index(0, 0).data(ic::HealthModel::InMaintenanceRole).toBool());
        QCOMPARE(model.index(0, 0).data(ic::HealthModel::MaintenanceReasonRole).toString(), u"database upgrade"_s);
        QCOMPARE(model.index(0, ic::HealthModel::StateColumn).data().toString(), u"Down (maintenance)"_s);

        model.observe(observation(u"checkout"_s, u"checkout"_s, T0 + 60000, ic::ProbeOutcome::Pass));
        QCOMPARE(healthChanged.at(2).at(6).toBool(), false); // the window ends before 60000
    }

    void healthModelKeepsStateAcrossSetChecks()
    {
        ic::HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChecks({check(u"a"_s, u"checkout"_s, 1, 1), check(u"b"_s, u"search"_s, 1, 1)});
        model.observe(observation(u"a"_s, u"checkout"_s, T0, ic::ProbeOutcome::Fail));
        model.observe(observation(u"b"_s, u"search"_s, T0, ic::ProbeOutcome::Pass));
        QSignalSpy serviceChanged(&model, &ic::HealthModel::serviceHealthChanged);
        model.setChecks({check(u"a"_s, u"checkout"_s, 1, 1), check(u"c"_s, u"mail"_s)});
        QCOMPARE(model.state(u"a"_s), ServiceHealth::Down);
        QCOMPARE(model.latencyHistory(u"a"_s).size(), 1);
        QCOMPARE(model.state(u"c"_s), ServiceHealth::Unknown);
        // search lost its only check: no longer known.
        QCOMPARE(serviceChanged.size(), 1);
        QCOMPARE(serviceChanged.at(0).at(0).toString(), u"search"_s);
        QCOMPARE(serviceChanged.at(0).at(1).value<ServiceHealth>(), ServiceHealth::Unknown);
    }

    // --- ReplicationModel -----------------------------------------------------------------

    void replicationBaselineReportsNothingWhenHealthy()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster()});
        QSignalSpy changes(&model, &ic::ReplicationModel::replicationChanged);
        QSignalSpy observed(&model, &ic::ReplicationModel::topologyObserved);
        QVERIFY(model.observe(topology(T0, 4096)));
        QCOMPARE(changesText(changes), QString());
        QCOMPARE(observed.size(), 1);

        const QModelIndex c = model.clusterIndex(u"orders-db"_s);
        QCOMPARE(model.rowCount(c), 2);
        QCOMPARE(c.data(ic::ReplicationModel::LeaderRole).toString(), u"node1"_s);
        QVERIFY(c.data(ic::ReplicationModel::ReachableRole).toBool());
        QCOMPARE(c.data(ic::ReplicationModel::LagBytesRole).toLongLong(), 4096);
        QCOMPARE(c.data(ic::ReplicationModel::RpoRole).toInt(), int(Rpo::Within));
        const QModelIndex node1 = model.memberIndex(u"orders-db"_s, u"node1"_s);
        const QModelIndex node2 = model.memberIndex(u"orders-db"_s, u"node2"_s);
        QCOMPARE(node1.parent(), c);
        QVERIFY(node1.data(ic::ReplicationModel::IsLeaderRole).toBool());
        QCOMPARE(node1.data(ic::ReplicationModel::RpoRole).toInt(), int(Rpo::NotApplicable));
        QVERIFY(!node1.data(ic::ReplicationModel::LagBytesRole).isValid());
        QCOMPARE(node2.data(ic::ReplicationModel::PatroniRoleRole).toString(), u"replica"_s);
        QCOMPARE(node2.siblingAtColumn(ic::ReplicationModel::RoleColumn).data().toString(), u"Replica"_s);
        QCOMPARE(node2.siblingAtColumn(ic::ReplicationModel::StateColumn).data().toString(), u"streaming"_s);
        QCOMPARE(node2.data(ic::ReplicationModel::MaxLagBytesRole).toLongLong(), OneMiB);
        QCOMPARE(node2.siblingAtColumn(ic::ReplicationModel::RpoColumn).data().toString(), u"Within"_s);
    }

    void replicationBaselineReportsProblemsPresent()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster()});
        QSignalSpy changes(&model, &ic::ReplicationModel::replicationChanged);
        ic::ClusterTopology t = topology(T0, 5 * OneMiB);
        t.leader.clear();
        t.members.append(member(u"node3"_s, u"replica"_s, u"stopped"_s, std::nullopt));
        t.primaryClaims = {u"node1"_s, u"node2"_s};
        QVERIFY(model.observe(t));
        QCOMPARE(changesText(changes), u"no_leader split_brain rpo_breached:node2 member_down:node3"_s);
        const auto list = changesOf(changes);
        QCOMPARE(list.at(1).members, (QStringList{u"node1"_s, u"node2"_s}));
        QCOMPARE(list.at(2).lagBytes, std::optional<qint64>(5 * OneMiB));
        QCOMPARE(list.at(2).maxLagBytes, OneMiB);
        QCOMPARE(list.at(2).atMs, T0);
        QCOMPARE(list.at(3).to, u"stopped"_s);
        for (const auto &change : list)
            QCOMPARE(change.cluster, u"orders-db"_s);
    }

    void replicationRpoBoundary_data()
    {
        QTest::addColumn<qint64>("lag");
        QTest::addColumn<int>("rpo");
        QTest::addColumn<QString>("changes");
        QTest::addRow("one byte under") << OneMiB - 1 << int(Rpo::Within) << QString();
        QTest::addRow("exactly max_lag is within") << OneMiB << int(Rpo::Within) << QString();
        QTest::addRow("one byte over breaches") << OneMiB + 1 << int(Rpo::Breached) << u"rpo_breached:node2"_s;
    }

    void replicationRpoBoundary()
    {
        QFETCH(qint64, lag);
        QFETCH(int, rpo);
        QFETCH(QString, changes);
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster()});
        QVERIFY(model.observe(topology(T0, 0)));
        QSignalSpy spy(&model, &ic::ReplicationModel::replicationChanged);
        QVERIFY(model.observe(topology(T0 + 2000, lag)));
        QCOMPARE(changesText(spy), changes);
        QCOMPARE(int(model.rpo(u"orders-db"_s, u"node2"_s)), rpo);
        if (!changes.isEmpty())
            QCOMPARE(changesOf(spy).at(0).lagBytes, std::optional<qint64>(lag));
    }

    void replicationSequence()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster(), cluster(u"billing-db"_s)});
        QSignalSpy spy(&model, &ic::ReplicationModel::replicationChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        auto step = [&](const ic::ClusterTopology &t) {
            spy.clear();
            model.observe(t);
            return changesText(spy);
        };
        qint64 at = T0;
        QCOMPARE(step(topology(at += 2000, 0)), QString());
        QCOMPARE(inserted.size(), 1); // two members under orders-db, in one insertion

        // Breach and recovery.
        QCOMPARE(step(topology(at += 2000, 3 * OneMiB)), u"rpo_breached:node2"_s);
        QCOMPARE(step(topology(at += 2000, 4 * OneMiB)), QString()); // still breached: no repeat
        // Lag unknown: not a breach, not a recovery; shown as unknown.
        QCOMPARE(step(topology(at += 2000, std::nullopt)), QString());
        QCOMPARE(model.rpo(u"orders-db"_s, u"node2"_s), Rpo::Unknown);
        QCOMPARE(model.memberIndex(u"orders-db"_s, u"node2"_s, ic::ReplicationModel::LagColumn).data().toString(),
                 u"unknown"_s);
        QCOMPARE(step(topology(at += 2000, 512)), u"rpo_recovered:node2"_s);
        QCOMPARE(changesOf(spy).at(0).lagBytes, std::optional<qint64>(512));

        // A member stops, and comes back.
        ic::ClusterTopology stopped = topology(at += 2000, std::nullopt);
        stopped.members[1].state = u"stopped"_s;
        QCOMPARE(step(stopped), u"member_down:node2"_s);
        QCOMPARE(changesOf(spy).at(0).from, u"streaming"_s);
        QCOMPARE(changesOf(spy).at(0).to, u"stopped"_s);
        QCOMPARE(step(topology(at += 2000, 0)), u"member_up:node2"_s);

        // The leader crashes: /cluster (from the survivor) still lists it running until its
        // leader key expires, but its own REST API refuses: it is down now, not in 20 s.
        ic::ClusterTopology crashed = topology(at += 2000, 0);
        crashed.members[0].apiReachable = false;
        crashed.members[0].apiError = u"127.0.0.1:8008: connection refused"_s;
        QCOMPARE(step(crashed), u"member_down:node1"_s);
        QVERIFY2(changesOf(spy).at(0).detail.contains(u"connection refused"_s), qPrintable(changesOf(spy).at(0).detail));
        QVERIFY(!model.memberIndex(u"orders-db"_s, u"node1"_s).data(ic::ReplicationModel::UpRole).toBool());
        QCOMPARE(step(topology(at += 2000, 0)), u"member_up:node1"_s);

        // A member leaves /cluster: kept as a row, down; it returns.
        ic::ClusterTopology gone = topology(at += 2000);
        gone.members.removeLast();
        QCOMPARE(step(gone), u"member_down:node2"_s);
        QVERIFY(!changesOf(spy).at(0).detail.isEmpty());
        QCOMPARE(model.rowCount(model.clusterIndex(u"orders-db"_s)), 2);
        const QModelIndex node2 = model.memberIndex(u"orders-db"_s, u"node2"_s);
        QVERIFY(!node2.data(ic::ReplicationModel::InClusterRole).toBool());
        QCOMPARE(node2.siblingAtColumn(ic::ReplicationModel::StateColumn).data().toString(), u"not in the cluster"_s);
        QCOMPARE(step(topology(at += 2000, 0)), u"member_up:node2"_s);

        // Switchover: node2 leads on timeline 2.
        ic::ClusterTopology switched = topology(at += 2000, 0, u"node2"_s);
        switched.timeline = 2;
        QCOMPARE(step(switched), u"leader_changed"_s);
        QCOMPARE(changesOf(spy).at(0).from, u"node1"_s);
        QCOMPARE(changesOf(spy).at(0).to, u"node2"_s);
        QCOMPARE(changesOf(spy).at(0).timeline, 2);
        QVERIFY(model.memberIndex(u"orders-db"_s, u"node2"_s).data(ic::ReplicationModel::IsLeaderRole).toBool());

        // Split brain and its end.
        ic::ClusterTopology split = topology(at += 2000, 0, u"node2"_s);
        split.primaryClaims = {u"node1"_s, u"node2"_s};
        QCOMPARE(step(split), u"split_brain"_s);
        QVERIFY(model.hasSplitBrain(u"orders-db"_s));
        QCOMPARE(model.clusterIndex(u"orders-db"_s, ic::ReplicationModel::StateColumn).data().toString(), u"Split brain"_s);
        QCOMPARE(step(split), QString());
        QCOMPARE(step(topology(at += 2000, 0, u"node2"_s)), u"split_brain_resolved"_s);

        // Unreachable: reported once, the topology kept; reachable again.
        ic::ClusterTopology down;
        down.service = u"orders-db"_s;
        down.atMs = at += 2000;
        down.error = u"connection refused"_s;
        QCOMPARE(step(down), u"cluster_unreachable"_s);
        QCOMPARE(changesOf(spy).at(0).detail, u"connection refused"_s);
        down.atMs = at += 2000;
        QCOMPARE(step(down), QString());
        QCOMPARE(model.leader(u"orders-db"_s), u"node2"_s);
        QVERIFY(!model.isReachable(u"orders-db"_s));
        QCOMPARE(model.rowCount(model.clusterIndex(u"orders-db"_s)), 2);
        QCOMPARE(step(topology(at += 2000, 0, u"node2"_s)), u"cluster_reachable"_s);

        // The leader is lost.
        ic::ClusterTopology leaderless = topology(at += 2000, std::nullopt, u"node2"_s);
        leaderless.leader.clear();
        leaderless.members[1].role = u"replica"_s;
        leaderless.members[1].state = u"stopped"_s;
        leaderless.primaryClaims.clear();
        QCOMPARE(step(leaderless), u"no_leader member_down:node2"_s);
        QCOMPARE(changesOf(spy).at(0).from, u"node2"_s);

        // A new leader after none: from is empty.
        QCOMPARE(step(topology(at += 2000, 0)), u"leader_changed member_up:node2"_s);
        QCOMPARE(changesOf(spy).at(0).from, QString());
        QCOMPARE(changesOf(spy).at(0).to, u"node1"_s);

        // A late read is dropped; unknown clusters are ignored.
        QVERIFY(!model.observe(topology(T0, 0)));
        ic::ClusterTopology other = topology(at += 2000, 0);
        other.service = u"not-configured"_s;
        QVERIFY(!model.observe(other));
        QCOMPARE(model.rowCount(model.clusterIndex(u"billing-db"_s)), 0);
    }

    void replicationBreachedReplicaPromotedRecovers()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster()});
        QSignalSpy spy(&model, &ic::ReplicationModel::replicationChanged);
        model.observe(topology(T0, 2 * OneMiB));
        QCOMPARE(changesText(spy), u"rpo_breached:node2"_s);
        spy.clear();
        ic::ClusterTopology failover = topology(T0 + 2000, std::nullopt, u"node2"_s);
        failover.members[0].state = u"stopped"_s; // node1, the old leader, is gone
        failover.members[0].role = u"replica"_s;
        failover.timeline = 2;
        model.observe(failover);
        QCOMPARE(changesText(spy), u"leader_changed member_down:node1 rpo_recovered:node2"_s);
        QVERIFY(!changesOf(spy).at(2).lagBytes);
    }

    void replicationFirstReadUnreachable()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClusters({cluster()});
        QSignalSpy spy(&model, &ic::ReplicationModel::replicationChanged);
        ic::ClusterTopology down;
        down.service = u"orders-db"_s;
        down.atMs = T0;
        down.error = u"timed out"_s;
        QVERIFY(model.observe(down));
        QCOMPARE(changesText(spy), u"cluster_unreachable"_s);
        QVERIFY(model.clusterIndex(u"orders-db"_s).data(ic::ReplicationModel::ObservedRole).toBool());
        spy.clear();
        // The first topology is still the baseline: no leader "change".
        QVERIFY(model.observe(topology(T0 + 2000)));
        QCOMPARE(changesText(spy), u"cluster_reachable"_s);
    }

    void replicationLagHistory()
    {
        ic::ReplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ic::PatroniCluster c = cluster();
        c.intervalMs = 2000;
        model.setClusters({c});
        for (int i = 0; i < 10; ++i)
            model.observe(topology(T0 + i * 2000, i == 5 ? std::nullopt : std::optional<qint64>(i * 100)));
        const auto ring = model.memberIndex(u"orders-db"_s, u"node2"_s)
                              .data(ic::ReplicationModel::LagHistoryRole)
                              .value<ic::SampleRing>();
        QCOMPARE(ring.size(), 9); // the unknown lag is a gap, not a zero
        QCOMPARE(ring.points(T0 + 8000).size(), 5); // 8, 12, 14, 16 and 18 s
        QCOMPARE(ring.last()->atMs, T0 + 18000);
        QCOMPARE(ring.last()->value, 900.0);
        QVERIFY(model.lagHistory(u"orders-db"_s, u"node1"_s).isEmpty());
        // A reset keeps the history of a cluster whose configuration did not change.
        model.setClusters({c});
        QCOMPARE(model.lagHistory(u"orders-db"_s, u"node2"_s).size(), 9);

        // Polled every 500 ms: 2 s buckets, each keeping its largest lag.
        c.intervalMs = 500;
        c.maxLagBytes = 2 * OneMiB; // a changed configuration starts over
        model.setClusters({c});
        QVERIFY(model.lagHistory(u"orders-db"_s, u"node2"_s).isEmpty());
        const QList<qint64> lags = {100, 900, 300, 200, 50, 60, 70, 80};
        for (int i = 0; i < lags.size(); ++i)
            model.observe(topology(T0 + 100000 + i * 500, lags.at(i)));
        QCOMPARE(pointsText(model.lagHistory(u"orders-db"_s, u"node2"_s).points()),
                 u"%1:900 %2:80"_s.arg(T0 + 101500).arg(T0 + 103500));
    }

    // --- AlertsModel ----------------------------------------------------------------------

    void alertsFireAndResolveByFingerprint()
    {
        ic::AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy fired(&model, &ic::AlertsModel::alertFired);
        QSignalSpy resolved(&model, &ic::AlertsModel::alertResolved);
        QSignalSpy stale(&model, &ic::AlertsModel::staleChanged);

        QVERIFY(model.setAlerts({alert(u"a1"_s, u"HighLag"_s, T0 + 5), alert(u"b2"_s, u"CheckoutDown"_s, T0)}, T0 + 10));
        QCOMPARE(fingerprints(fired), (QStringList{u"b2"_s, u"a1"_s})); // oldest first
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ic::AlertsModel::AlertColumn).data().toString(), u"CheckoutDown"_s);
        QCOMPARE(model.index(0, ic::AlertsModel::StateColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, 0).data(ic::AlertsModel::FingerprintRole).toString(), u"b2"_s);
        QCOMPARE(model.index(0, 0).data(ic::AlertsModel::LabelsRole).toMap().value(u"severity"_s).toString(),
                 u"critical"_s);
        QCOMPARE(model.index(0, 0).data(ic::AlertsModel::FirstSeenMsRole).toLongLong(), T0 + 10);

        // b2 resolved, c3 new; a1 unchanged.
        fired.clear();
        QVERIFY(model.setAlerts({alert(u"a1"_s, u"HighLag"_s, T0 + 5), alert(u"c3"_s, u"DiskFull"_s)}, T0 + 20));
        QCOMPARE(fingerprints(resolved), QStringList{u"b2"_s});
        QCOMPARE(resolved.at(0).at(0).value<ic::AlertInfo>().name, u"CheckoutDown"_s);
        QCOMPARE(fingerprints(fired), QStringList{u"c3"_s});
        QCOMPARE(model.rowCount(), 2);

        // A failed poll: nothing resolves, the list stays, marked stale.
        fired.clear();
        resolved.clear();
        model.setUnreachable(u"connection refused"_s, T0 + 30);
        QVERIFY(model.isStale());
        QCOMPARE(model.staleReason(), u"connection refused"_s);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(resolved.isEmpty());
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"connection refused"_s));

        // Back: silenced a1 changes in place; the stale mark goes.
        ic::AlertInfo silenced = alert(u"a1"_s, u"HighLag"_s, T0 + 5);
        silenced.state = u"suppressed"_s;
        silenced.silencedBy = {u"s-1"_s};
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setAlerts({silenced, alert(u"c3"_s, u"DiskFull"_s)}, T0 + 40));
        QVERIFY(!model.isStale());
        QVERIFY(fired.isEmpty());
        QVERIFY(resolved.isEmpty());
        const int row = model.rowOf(u"a1"_s);
        QCOMPARE(model.index(row, ic::AlertsModel::StateColumn).data().toString(), u"Silenced"_s);
        QVERIFY(model.index(row, 0).data(ic::AlertsModel::SilencedRole).toBool());
        QVERIFY(!dataChanged.isEmpty());

        // A late poll is dropped; an empty poll resolves all.
        QVERIFY(!model.setAlerts({}, T0 + 35));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setAlerts({}, T0 + 50));
        QCOMPARE(fingerprints(resolved), (QStringList{u"a1"_s, u"c3"_s}));
        QCOMPARE(model.rowCount(), 0);
    }

    void alertsDuplicateFingerprintsCountOnce()
    {
        ic::AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy fired(&model, &ic::AlertsModel::alertFired);
        model.setAlerts({alert(u"a"_s, u"X"_s), alert(u"a"_s, u"Y"_s), alert(QString(), u"Z"_s)}, T0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(model.alert(0).name, u"X"_s);
    }

    // --- PromPanelModel -------------------------------------------------------------------

    void promPanelsKeepSeriesHistory()
    {
        ic::PromPanelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ic::PrometheusPanel lag;
        lag.title = u"Replica lag"_s;
        lag.query = u"pg_replication_lag_bytes"_s;
        lag.unit = u"bytes"_s;
        lag.threshold = double(OneMiB);
        ic::PrometheusPanel rate;
        rate.title = u"Requests"_s;
        rate.query = u"sum(rate(http_requests_total[1m]))"_s;
        model.setPanels({lag, rate});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex panel = model.index(0);
        QCOMPARE(panel.data().toString(), u"Replica lag"_s);
        QCOMPARE(panel.data(ic::PromPanelModel::ThresholdRole).toDouble(), double(OneMiB));
        QVERIFY(!model.index(1).data(ic::PromPanelModel::ThresholdRole).isValid());
        QVERIFY(!panel.data(ic::PromPanelModel::LastValueRole).isValid());

        QSignalSpy stored(&model, &ic::PromPanelModel::resultStored);
        QVERIFY(model.setRangeResult(0, promResult({promSeries(u"node2"_s, {{T0, 10}, {T0 + 2000, 20}, {T0 + 4000, 30}}),
                                                    promSeries(u"node1"_s, {{T0, 0}, {T0 + 4000, 0}})})));
        QCOMPARE(stored.size(), 1);
        auto series = panel.data(ic::PromPanelModel::SeriesRole).value<QList<ic::PanelSeries>>();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).label, u"instance=\"node1\""_s); // sorted by label, __name__ left out
        QCOMPARE(series.at(1).points.size(), 3);
        QCOMPARE(panel.data(ic::PromPanelModel::LastValueRole).toDouble(), 30.0);
        QVERIFY(!panel.data(ic::PromPanelModel::BreachedRole).toBool());

        // A repeated range query overlapping the history replaces from its first point on;
        // an instant result appends.
        QVERIFY(model.setRangeResult(0, promResult({promSeries(u"node2"_s, {{T0 + 2000, 21}, {T0 + 6000, 2 * OneMiB}})})));
        QVERIFY(model.setRangeResult(0, promResult({promSeries(u"node2"_s, {{T0 + 8000, 3 * OneMiB}})}, u"vector"_s),
                                     T0 + 8000));
        series = model.series(0);
        QCOMPARE(series.at(1).points.size(), 4);
        QCOMPARE(series.at(1).points.at(1).value, 21.0);
        QCOMPARE(series.at(1).points.last().atMs, T0 + 8000);
        QCOMPARE(series.at(0).points.size(), 2); // node1 kept although absent from the last results
        QVERIFY(panel.data(ic::PromPanelModel::BreachedRole).toBool());

        // Errors keep the history.
        model.setError(0, u"Prometheus: 503 timeout"_s);
        QCOMPARE(panel.data(ic::PromPanelModel::ErrorRole).toString(), u"Prometheus: 503 timeout"_s);
        QCOMPARE(model.series(0).size(), 2);
        ic::PromResult failed;
        failed.error = u"bad_data: parse error"_s;
        QVERIFY(!model.setRangeResult(0, failed));
        QCOMPARE(panel.data(ic::PromPanelModel::ErrorRole).toString(), u"bad_data: parse error"_s);
        QVERIFY(model.setRangeResult(0, promResult({promSeries(u"node2"_s, {{T0 + 10000, 5}})}), T0 + 10000));
        QCOMPARE(panel.data(ic::PromPanelModel::ErrorRole).toString(), QString());
        // Late results are dropped.
        QVERIFY(!model.setRangeResult(0, promResult({promSeries(u"node2"_s, {{T0 + 9000, 5}})}), T0 + 9000));
        QCOMPARE(stored.size(), 4);

        // A scalar without labels is named after the panel.
        ic::PromSeries scalar;
        scalar.points = {{T0, 42}};
        QVERIFY(model.setRangeResult(1, promResult({scalar}, u"scalar"_s), T0));
        QCOMPARE(model.series(1).at(0).label, u"Requests"_s);
        // A string result cannot be charted.
        ic::PromResult text = promResult({}, u"string"_s);
        text.text = u"hello"_s;
        QVERIFY(!model.setRangeResult(1, text, T0 + 1));
        QVERIFY(!model.index(1).data(ic::PromPanelModel::ErrorRole).toString().isEmpty());
    }

    void promPanelsAreBounded()
    {
        ic::PromPanelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ic::PrometheusPanel panel;
        panel.title = u"many"_s;
        panel.query = u"up"_s;
        model.setPanels({panel});
        QList<ic::PromSeries> many;
        for (int s = 0; s < ic::PromPanelModel::MaxSeriesPerPanel + 5; ++s) {
            QList<std::pair<qint64, double>> points;
            for (int i = 0; i < ic::PromPanelModel::MaxPointsPerSeries + 100; ++i)
                points.append({T0 + i * 1000, double(i)});
            many.append(promSeries(u"n%1"_s.arg(s, 3, 10, QChar(u'0')), points));
        }
        QVERIFY(model.setRangeResult(0, promResult(many)));
        const auto series = model.series(0);
        QCOMPARE(series.size(), ic::PromPanelModel::MaxSeriesPerPanel);
        QCOMPARE(model.index(0).data(ic::PromPanelModel::DroppedSeriesRole).toInt(), 5);
        QCOMPARE(series.at(0).points.size(), ic::PromPanelModel::MaxPointsPerSeries);
        QCOMPARE(series.at(0).points.last().atMs, T0 + (ic::PromPanelModel::MaxPointsPerSeries + 99) * 1000);
        // Two hours after, an old series disappears.
        QVERIFY(model.setRangeResult(0, promResult({promSeries(u"late"_s, {{T0 + 5 * 3600 * 1000, 1}})})));
        QCOMPARE(model.series(0).size(), 1);
        QCOMPARE(model.series(0).at(0).label, u"instance=\"late\""_s);
    }

    // --- event kinds ----------------------------------------------------------------------

    void liveEventKindsAreKnown()
    {
        for (const char *name : {"health_changed", "replication_changed", "alert_changed", "silence_changed"}) {
            const QString kind = QString::fromLatin1(name);
            QVERIFY(ic::allEventKindNames().contains(kind));
            QVERIFY(ic::eventKindFromName(kind));
            QCOMPARE(ic::eventKindName(*ic::eventKindFromName(kind)), kind);
            QVERIFY(ic::eventKindDisplayName(kind) != kind);
        }
        for (int k = 0; k <= int(Change::ClusterReachable); ++k) {
            const QString name = ic::replicationChangeKindName(Change(k));
            QCOMPARE(ic::replicationChangeKindFromName(name), std::optional<Change>(Change(k)));
        }
        QVERIFY(!ic::replicationChangeKindFromName(u"leader_change"_s));
    }

    void liveEventValidation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<bool>("valid");
        const QJsonObject matcher{{u"name"_s, u"alertname"_s}, {u"value"_s, u"HighLag"_s}, {u"is_regex"_s, false},
                                  {u"is_equal"_s, true}};
        QTest::addRow("health ok") << u"health_changed"_s
                                   << QJsonObject{{u"service"_s, u"checkout"_s}, {u"check"_s, u"live"_s},
                                                  {u"from"_s, u"healthy"_s}, {u"to"_s, u"down"_s},
                                                  {u"maintenance"_s, false}}
                                   << true;
        QTest::addRow("health bad state") << u"health_changed"_s
                                          << QJsonObject{{u"service"_s, u"checkout"_s}, {u"from"_s, u"healthy"_s},
                                                         {u"to"_s, u"broken"_s}}
                                          << false;
        QTest::addRow("health no service") << u"health_changed"_s
                                           << QJsonObject{{u"from"_s, u"healthy"_s}, {u"to"_s, u"down"_s}} << false;
        QTest::addRow("health maintenance not bool")
            << u"health_changed"_s
            << QJsonObject{{u"service"_s, u"c"_s}, {u"from"_s, u"healthy"_s}, {u"to"_s, u"down"_s}, {u"maintenance"_s, u"yes"_s}}
            << false;
        QTest::addRow("replication ok") << u"replication_changed"_s
                                        << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"rpo_breached"_s}}
                                        << true;
        QTest::addRow("replication unknown change")
            << u"replication_changed"_s << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"exploded"_s}} << false;
        QTest::addRow("replication no cluster") << u"replication_changed"_s
                                                << QJsonObject{{u"change"_s, u"no_leader"_s}} << false;
        QTest::addRow("alert ok") << u"alert_changed"_s
                                  << QJsonObject{{u"fingerprint"_s, u"abc"_s}, {u"alertname"_s, u"HighLag"_s},
                                                 {u"state"_s, u"firing"_s}}
                                  << true;
        QTest::addRow("alert bad state") << u"alert_changed"_s
                                         << QJsonObject{{u"fingerprint"_s, u"abc"_s}, {u"alertname"_s, u"HighLag"_s},
                                                        {u"state"_s, u"active"_s}}
                                         << false;
        QTest::addRow("alert no fingerprint") << u"alert_changed"_s
                                              << QJsonObject{{u"alertname"_s, u"HighLag"_s}, {u"state"_s, u"resolved"_s}}
                                              << false;
        QTest::addRow("silence created") << u"silence_changed"_s
                                         << QJsonObject{{u"action"_s, u"created"_s}, {u"silence_id"_s, u"s1"_s},
                                                        {u"matchers"_s, QJsonArray{matcher}}}
                                         << true;
        QTest::addRow("silence expired without matchers")
            << u"silence_changed"_s
            << QJsonObject{{u"action"_s, u"expired"_s}, {u"silence_id"_s, u"s1"_s}, {u"matchers"_s, QJsonArray{}}} << true;
        QTest::addRow("silence created without matchers")
            << u"silence_changed"_s
            << QJsonObject{{u"action"_s, u"created"_s}, {u"silence_id"_s, u"s1"_s}, {u"matchers"_s, QJsonArray{}}} << false;
        QTest::addRow("silence bad matcher")
            << u"silence_changed"_s
            << QJsonObject{{u"action"_s, u"created"_s}, {u"silence_id"_s, u"s1"_s},
                           {u"matchers"_s, QJsonArray{QJsonObject{{u"name"_s, u"alertname"_s}}}}}
            << false;
        QTest::addRow("silence no id") << u"silence_changed"_s
                                       << QJsonObject{{u"action"_s, u"created"_s}, {u"matchers"_s, QJsonArray{matcher}}}
                                       << false;
        QTest::addRow("silence bad action") << u"silence_changed"_s
                                            << QJsonObject{{u"action"_s, u"deleted"_s}, {u"silence_id"_s, u"s1"_s},
                                                           {u"matchers"_s, QJsonArray{matcher}}}
                                            << false;
    }

    void liveEventValidation()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(bool, valid);
        const QString reason = ic::validateEvent({u"console"_s, u"monitor"_s, kind, payload, std::nullopt});
        QCOMPARE(reason.isEmpty(), valid);
    }

    void liveEventSummaries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("summary");
        QTest::addRow("health") << u"health_changed"_s
                                << QJsonObject{{u"service"_s, u"checkout"_s}, {u"check"_s, u"checkout-live"_s},
                                               {u"from"_s, u"healthy"_s}, {u"to"_s, u"down"_s},
                                               {u"detail"_s, u"HTTP 503"_s}, {u"maintenance"_s, true}}
                                << u"checkout (checkout-live): healthy → down — HTTP 503 (in maintenance)"_s;
        QTest::addRow("health check named like the service")
            << u"health_changed"_s
            << QJsonObject{{u"service"_s, u"checkout"_s}, {u"check"_s, u"checkout"_s}, {u"from"_s, u"down"_s},
                           {u"to"_s, u"healthy"_s}, {u"maintenance"_s, false}}
            << u"checkout: down → healthy"_s;
        QTest::addRow("leader") << u"replication_changed"_s
                                << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"leader_changed"_s},
                                               {u"from"_s, u"node1"_s}, {u"to"_s, u"node2"_s}, {u"timeline"_s, 3}}
                                << u"orders-db: leader node1 → node2 (timeline 3)"_s;
        QTest::addRow("breach") << u"replication_changed"_s
                                << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"rpo_breached"_s},
                                               {u"member"_s, u"node2"_s}, {u"lag_bytes"_s, 3 * OneMiB},
                                               {u"max_lag_bytes"_s, OneMiB}}
                                << u"orders-db: node2 lags 3.0 MB, over the RPO limit of 1.0 MB"_s;
        QTest::addRow("split brain") << u"replication_changed"_s
                                     << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"split_brain"_s},
                                                    {u"members"_s, QJsonArray{u"node1"_s, u"node2"_s}}}
                                     << u"orders-db: split brain: node1, node2 each claim to be the primary"_s;
        QTest::addRow("member down") << u"replication_changed"_s
                                     << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"member_down"_s},
                                                    {u"member"_s, u"node2"_s}, {u"from"_s, u"streaming"_s},
                                                    {u"to"_s, u"stopped"_s}}
                                     << u"orders-db: member node2 down (stopped)"_s;
        QTest::addRow("unreachable") << u"replication_changed"_s
                                     << QJsonObject{{u"cluster"_s, u"orders-db"_s}, {u"change"_s, u"cluster_unreachable"_s},
                                                    {u"detail"_s, u"connection refused"_s}}
                                     << u"orders-db: Patroni cannot be read — connection refused"_s;
        QTest::addRow("alert firing") << u"alert_changed"_s
                                      << QJsonObject{{u"fingerprint"_s, u"f"_s}, {u"alertname"_s, u"HighLag"_s},
                                                     {u"state"_s, u"firing"_s}, {u"severity"_s, u"critical"_s},
                                                     {u"service"_s, u"orders-db"_s}, {u"summary"_s, u"lag over 1 MB"_s}}
                                      << u"Alert firing: HighLag (critical, orders-db) — lag over 1 MB"_s;
        QTest::addRow("alert resolved") << u"alert_changed"_s
                                        << QJsonObject{{u"fingerprint"_s, u"f"_s}, {u"alertname"_s, u"HighLag"_s},
                                                       {u"state"_s, u"resolved"_s}}
                                        << u"Alert resolved: HighLag"_s;
        QTest::addRow("silence created")
            << u"silence_changed"_s
            << QJsonObject{{u"action"_s, u"created"_s}, {u"silence_id"_s, u"s1"_s},
                           {u"matchers"_s, QJsonArray{QJsonObject{{u"name"_s, u"alertname"_s}, {u"value"_s, u"HighLag"_s},
                                                                  {u"is_regex"_s, false}, {u"is_equal"_s, true}},
                                                      QJsonObject{{u"name"_s, u"service"_s}, {u"value"_s, u"orders.*"_s},
                                                                  {u"is_regex"_s, true}, {u"is_equal"_s, true}}}},
                           {u"comment"_s, u"failover in progress"_s}, {u"ends_at"_s, u"2023-11-14T23:13:20.000Z"_s}}
            << u"Silence created: alertname=HighLag, service=~orders.*, until 2023-11-14 23:13 UTC — failover in progress"_s;
        QTest::addRow("silence expired") << u"silence_changed"_s
                                         << QJsonObject{{u"action"_s, u"expired"_s}, {u"silence_id"_s, u"s1"_s},
                                                        {u"matchers"_s, QJsonArray{}}}
                                         << u"Silence expired: s1"_s;
    }

    void liveEventSummaries()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, summary);
        QVERIFY(ic::validateEvent({u"console"_s, u"monitor"_s, kind, payload, std::nullopt}).isEmpty());
        ic::Event e;
        e.kind = kind;
        e.payload = ic::chain::canonicalJson(payload);
        QCOMPARE(ic::eventSummary(e), summary);
    }
};

QTEST_GUILESS_MAIN(LiveModelsTest)
#include "tst_livemodels.moc"
