// Blast radius, root causes and startup order on small graphs checked by hand, and on a generated
// 10,000-service graph against slow, obviously correct reference implementations.

#include "GraphAlgorithms.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A small graph in one line, whitespace-separated:
//   "a>b"            a depends on b (hard)
//   "a~b"            a depends on b (soft)
//   "a:t1:s5:r15"    a has tier 1, startup time 5 min, RTO 15 min (units: ms, s, m, h; default m)
//   "a"              a exists
// Services are created in order of first mention, so their catalog order is not their id order.
std::optional<qint64> minutesOrUnit(const QString &text)
{
    static const QRegularExpression re(u"^(\\d+)(ms|s|m|h)?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 value = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == u"ms")
        return value;
    if (unit == u"s")
        return value * 1000;
    if (unit == u"h")
        return value * 3'600'000;
    return value * 60'000;
}

ic::ServiceCatalog makeCatalog(const QString &spec)
{
    QList<ic::Service> services;
    auto service = [&services](const QString &id) -> ic::Service & {
        for (ic::Service &s : services) {
            if (s.id == id)
                return s;
        }
        ic::Service s;
        s.id = id;
        s.name = id;
        s.kind = u"service"_s;
        services.append(s);
        return services.last();
    };
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype edge = token.indexOf(QRegularExpression(u"[>~]"_s));
        if (edge > 0) {
            const QString from = token.left(edge);
            const QString to = token.mid(edge + 1);
            service(to);
            service(from).dependsOn.append({to, token.at(edge) == u'~', {}});
            continue;
        }
        const QStringList parts = token.split(u':');
        ic::Service &s = service(parts.first());
        for (const QString &attribute : parts.mid(1)) {
            const QString value = attribute.mid(1);
            switch (attribute.at(0).unicode()) {
            case 't': s.tier = value.toInt(); break;
            case 's': s.startupMs = minutesOrUnit(value); break;
            case 'r': s.rtoMs = minutesOrUnit(value); break;
            default: qFatal("bad attribute %s", qPrintable(attribute));
            }
            if ((attribute.at(0) == u's' && !s.startupMs) || (attribute.at(0) == u'r' && !s.rtoMs))
                qFatal("bad duration %s", qPrintable(attribute));
        }
    }
    return ic::ServiceCatalog(services);
}

QStringList list(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

// "a,b|c|d": layers or cycles, for comparing nested lists in one QCOMPARE.
QString joined(const QList<QStringList> &lists)
{
    QStringList parts;
    for (const QStringList &l : lists)
        parts.append(l.join(u','));
    return parts.join(u'|');
}

constexpr qint64 Minute = 60'000;

} // namespace

class TestGraphAlgorithms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blastRadius_data();
    void blastRadius();
    void blastRadiusDoesNotDependOnInputOrder();

    void rootCauses_data();
    void rootCauses();

    void startupOrder_data();
    void startupOrder();
    void brokenEdgeReasons_data();
    void brokenEdgeReasons();
    void rtoViolations_data();
    void rtoViolations();

    void generatedGraph();
};

// --- blast radius ----------------------------------------------------------------------------

void TestGraphAlgorithms::blastRadius_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("failedIds");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("hard");
    QTest::addColumn<QStringList>("soft");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<int>("highestTier");     // -1: none
    QTest::addColumn<qint64>("tightestRto");  // -1: none
    QTest::addColumn<QString>("tightestRtoService");

    QTest::addRow("empty catalog") << u""_s << list("a") << list("") << list("") << list("") << list("a") << -1
                                   << qint64(-1) << u""_s;
    QTest::addRow("no failed service") << u"b>a"_s << list("") << list("") << list("") << list("") << list("") << -1
                                       << qint64(-1) << u""_s;
    QTest::addRow("leaf fails: nothing depends on it")
        << u"b>a a:t2:r10"_s << list("b") << list("b") << list("") << list("") << list("") << -1 << qint64(-1) << u""_s;
    QTest::addRow("chain, sorted by tier then id")
        << u"c>b b>a a:t3 b:t2 c:t1"_s << list("a") << list("a") << list("c,b") << list("") << list("") << 1
        << qint64(-1) << u""_s;
    QTest::addRow("untiered services last") << u"c>a b>a d>a b:t2"_s << list("a") << list("a") << list("b,c,d")
                                            << list("") << list("") << 2 << qint64(-1) << u""_s;
    QTest::addRow("soft edge makes the rest of the chain soft")
        << u"d>c c>b b~a"_s << list("a") << list("a") << list("") << list("b,c,d") << list("") << -1 << qint64(-1)
        << u""_s;
    QTest::addRow("soft edge in the middle")
        << u"e>d d~c c>b b>a"_s << list("a") << list("a") << list("b,c") << list("d,e") << list("") << -1 << qint64(-1)
        << u""_s;
    QTest::addRow("diamond") << u"d>b d>c b>a c>a"_s << list("a") << list("a") << list("b,c,d") << list("")
                             << list("") << -1 << qint64(-1) << u""_s;
    QTest::addRow("diamond with soft edges on both sides")
        << u"d>b d~c b~a c>a"_s << list("a") << list("a") << list("c") << list("b,d") << list("") << -1 << qint64(-1)
        << u""_s;
    QTest::addRow("reachable softly and hard is hard")
        << u"d~a d>b b>a"_s << list("a") << list("a") << list("b,d") << list("") << list("") << -1 << qint64(-1)
        << u""_s;
    QTest::addRow("hard path found after the soft one")
        << u"x~a x>y y>z z>a"_s << list("a") << list("a") << list("x,y,z") << list("") << list("") << -1
        << qint64(-1) << u""_s;
    QTest::addRow("two failed, overlapping radii")
        << u"c>a c~b d~b e>d"_s << list("b,a") << list("a,b") << list("c") << list("d,e") << list("") << -1
        << qint64(-1) << u""_s;
    QTest::addRow("a failed service is not counted as affected")
        << u"b>a c>b"_s << list("a,b") << list("a,b") << list("c") << list("") << list("") << -1 << qint64(-1) << u""_s;
    QTest::addRow("duplicates and unknown ids")
        << u"b>a"_s << list("nope,a,zzz,a,nope") << list("a") << list("b") << list("") << list("nope,zzz") << -1
        << qint64(-1) << u""_s;
    QTest::addRow("only unknown ids") << u"b>a"_s << list("x") << list("") << list("") << list("") << list("x") << -1
                                      << qint64(-1) << u""_s;
    QTest::addRow("id case matters") << u"b>a"_s << list("A") << list("") << list("") << list("") << list("A") << -1
                                     << qint64(-1) << u""_s;
    QTest::addRow("cycle") << u"a>b b>a c>a"_s << list("b") << list("b") << list("a,c") << list("") << list("") << -1
                           << qint64(-1) << u""_s;
    QTest::addRow("unrelated services stay out")
        << u"b>a d>c"_s << list("a") << list("a") << list("b") << list("") << list("") << -1 << qint64(-1) << u""_s;
    QTest::addRow("tier and RTO include the failed service")
        << u"b>a a:t0:r5 b:t2:r60"_s << list("a") << list("a") << list("b") << list("") << list("") << 0
        << qint64(5 * Minute) << u"a"_s;
    QTest::addRow("tightest RTO among the affected")
        << u"b>a c~b a:t2:r60 b:t2:r30 c:t1:r15"_s << list("a") << list("a") << list("b") << list("c") << list("") << 1
        << qint64(15 * Minute) << u"c"_s;
    QTest::addRow("equal RTOs: the first id")
        << u"y>a x>a y:r10 x:r10"_s << list("a") << list("a") << list("x,y") << list("") << list("") << -1
        << qint64(10 * Minute) << u"x"_s;
}

void TestGraphAlgorithms::blastRadius()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, failedIds);
    const ic::BlastRadius r = ic::blastRadius(makeCatalog(graph), failedIds);
    QTEST(r.failed, "failed");
    QTEST(r.hard, "hard");
    QTEST(r.soft, "soft");
    QTEST(r.unknownIds, "unknown");
    QTEST(r.highestTier.value_or(-1), "highestTier");
    QTEST(r.tightestRtoMs.value_or(-1), "tightestRto");
    QTEST(r.tightestRtoService, "tightestRtoService");
}

void TestGraphAlgorithms::blastRadiusDoesNotDependOnInputOrder()
{
    // The same graph with the services created in a different order.
    const ic::ServiceCatalog one = makeCatalog(u"e>d d~c c>b b>a f>a f~e g:t0"_s);
    const ic::ServiceCatalog two = makeCatalog(u"g:t0 f~e f>a b>a c>b d~c e>d"_s);
    const ic::BlastRadius r1 = ic::blastRadius(one, {u"a"_s});
    const ic::BlastRadius r2 = ic::blastRadius(two, {u"a"_s});
    QCOMPARE(r1.hard, r2.hard);
    QCOMPARE(r1.soft, r2.soft);
    QCOMPARE(r1.hard, list("b,c,f"));
    QCOMPARE(r1.soft, list("d,e"));
}

// --- root causes -----------------------------------------------------------------------------

void TestGraphAlgorithms::rootCauses_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("unhealthy");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QStringList>("unknown");

    QTest::addRow("empty") << u"b>a"_s << list("") << list("") << list("");
    QTest::addRow("chain: the bottom") << u"c>b b>a"_s << list("c,b,a") << list("a") << list("");
    QTest::addRow("chain: the lowest unhealthy") << u"c>b b>a"_s << list("c,b") << list("b") << list("");
    QTest::addRow("a healthy service in between") << u"c>b b>a"_s << list("a,c") << list("a,c") << list("");
    QTest::addRow("a soft dependency counts") << u"b~a"_s << list("a,b") << list("a") << list("");
    QTest::addRow("independent failures, by tier then id")
        << u"b>a d>c e a:t2 c:t1"_s << list("e,b,d,a,c") << list("c,a,e") << list("");
    QTest::addRow("diamond") << u"d>b d>c b>a c>a"_s << list("d,c,b") << list("b,c") << list("");
    QTest::addRow("unknown ids are reported and ignored")
        << u"b>a"_s << list("b,ghost,a,ghost") << list("a") << list("ghost");
    QTest::addRow("unhealthy cycle: its members together")
        << u"a>b b~a c>a"_s << list("c,b,a") << list("a,b") << list("");
    QTest::addRow("unhealthy cycle below an unhealthy service")
        << u"a>b b>a b>x"_s << list("a,b,x") << list("x") << list("");
    QTest::addRow("cycle with a healthy member") << u"a>b b>c c>a"_s << list("a,b") << list("b") << list("");
    QTest::addRow("depending on itself") << u"a>a b>a"_s << list("a,b") << list("a") << list("");
}

void TestGraphAlgorithms::rootCauses()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, unhealthy);
    const ic::RootCauses r = ic::rootCauses(makeCatalog(graph), unhealthy);
    QTEST(r.candidates, "candidates");
    QTEST(r.unknownIds, "unknown");
}

// --- startup order ---------------------------------------------------------------------------

void TestGraphAlgorithms::startupOrder_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("cycles");
    QTest::addColumn<QStringList>("broken"); // "from>to" or "from~to"
    QTest::addColumn<QStringList>("criticalPath");
    QTest::addColumn<qint64>("criticalMs");

    QTest::addRow("empty") << u""_s << u""_s << u""_s << list("") << list("") << qint64(0);
    QTest::addRow("one service") << u"a:s3"_s << u"a"_s << u""_s << list("") << list("a") << 3 * Minute;
    QTest::addRow("chain") << u"c>b b>a a:s5 b:s2 c:s1"_s << u"a|b|c"_s << u""_s << list("") << list("a,b,c")
                           << 8 * Minute;
    QTest::addRow("diamond") << u"d>b d>c b>a c>a a:s1 b:s5 c:s2 d:s1"_s << u"a|b,c|d"_s << u""_s << list("")
                             << list("a,b,d") << 7 * Minute;
    QTest::addRow("layers by longest path") << u"c>a c>b b>a"_s << u"a|b|c"_s << u""_s << list("") << list("a,b,c")
                                            << qint64(0);
    QTest::addRow("parallel roots sorted by id") << u"z y x w>z w>x"_s << u"x,y,z|w"_s << u""_s << list("")
                                                 << list("x,w") << qint64(0);
    QTest::addRow("soft edges order the start too")
        << u"b~a a:s10 b:s1"_s << u"a|b"_s << u""_s << list("") << list("a,b") << 11 * Minute;
    QTest::addRow("critical path: time beats length")
        << u"d>c c>b d>a a:s20 b:s1 c:s1 d:s1"_s << u"a,b|c|d"_s << u""_s << list("") << list("a,d") << 21 * Minute;
    QTest::addRow("critical path: equal time, longer chain")
        << u"d>c c>b d>a a:s2 b:s1 c:s1"_s << u"a,b|c|d"_s << u""_s << list("") << list("b,c,d") << 2 * Minute;
    QTest::addRow("milliseconds add up") << u"b>a a:s1500ms b:s500ms"_s << u"a|b"_s << u""_s << list("")
                                         << list("a,b") << qint64(2000);

    // Cycles: the ids around the cycle, starting with the first by id; each is broken once.
    QTest::addRow("2-cycle broken at its soft edge")
        << u"a>b b~a"_s << u"b|a"_s << u"a,b"_s << list("b~a") << list("b,a") << qint64(0);
    QTest::addRow("2-cycle soft edge wins over tiers")
        << u"a~b b>a a:t0 b:t3"_s << u"a|b"_s << u"a,b"_s << list("a~b") << list("a,b")
        << qint64(0);
    QTest::addRow("2-cycle, hard only: the least critical dependency")
        << u"a>b b>a a:t1 b:t3"_s << u"a|b"_s << u"a,b"_s << list("a>b") << list("a,b") << qint64(0);
    QTest::addRow("2-cycle, hard only, other way round")
        << u"a>b b>a a:t3 b:t1"_s << u"b|a"_s << u"a,b"_s << list("b>a") << list("b,a") << qint64(0);
    QTest::addRow("3-cycle, hard only")
        << u"a>b b>c c>a a:t0 b:t2 c:t1"_s << u"a|c|b"_s << u"a,b,c"_s << list("a>b") << list("a,c,b") << qint64(0);
    QTest::addRow("3-cycle written backwards")
        << u"c>b b>a a>c a:t0 b:t2 c:t1"_s << u"c|a|b"_s << u"a,c,b"_s << list("c>b") << list("c,a,b") << qint64(0);
    QTest::addRow("3-cycle with a soft edge")
        << u"a>b b~c c>a a:t3 b:t0 c:t0"_s << u"b|a|c"_s << u"a,b,c"_s << list("b~c") << list("b,a,c") << qint64(0);
    QTest::addRow("3-cycle with two soft edges: the less critical")
        << u"a~b b~c c>a a:t0 b:t1 c:t2"_s << u"b|a|c"_s << u"a,b,c"_s
        << list("b~c") << list("b,a,c") << qint64(0);
    QTest::addRow("3-cycle without tiers: the first edge")
        << u"a>b b>c c>a"_s << u"a|c|b"_s << u"a,b,c"_s << list("a>b")
        << list("a,c,b") << qint64(0);
    QTest::addRow("untiered counts as least critical")
        << u"a>b b>a a:t3"_s << u"a|b"_s << u"a,b"_s << list("a>b") << list("a,b") << qint64(0);
    QTest::addRow("depends on itself") << u"a>a b>a"_s << u"a|b"_s << u"a"_s << list("a>a") << list("a,b")
                                       << qint64(0);
    QTest::addRow("two separate cycles")
        << u"d~c c>d b~a a>b"_s << u"b,d|a,c"_s << u"a,b|c,d"_s
        << list("b~a,d~c") << list("b,a") << qint64(0);
    QTest::addRow("two cycles through one service")
        << u"a>b b>a a>c c~a"_s << u"c|a|b"_s << u"a,b|a,c"_s
        << list("a>b,c~a") << list("c,a,b") << qint64(0);
    QTest::addRow("cycle feeds the rest")
        << u"a>b b~a c>a c>b d>c a:s1 b:s2 c:s3 d:s4"_s << u"b|a|c|d"_s << u"a,b"_s << list("b~a")
        << list("b,a,c,d") << 10 * Minute;
}

void TestGraphAlgorithms::startupOrder()
{
    QFETCH(QString, graph);
    const ic::StartupOrder r = ic::startupOrder(makeCatalog(graph));
    QTEST(joined(r.layers), "layers");
    QTEST(joined(r.cycles), "cycles");
    QStringList broken;
    for (const auto &edge : r.brokenEdges) {
        broken.append(edge.from + (edge.soft ? u'~' : u'>') + edge.to);
        QVERIFY(!edge.reason.isEmpty());
    }
    QTEST(broken, "broken");
    QTEST(r.criticalPath, "criticalPath");
    QTEST(r.criticalPathMs, "criticalMs");
    QCOMPARE(r.cycles.size(), r.brokenEdges.size());
}

void TestGraphAlgorithms::brokenEdgeReasons_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("reason");

    QTest::addRow("soft") << u"orders-api>notifications notifications~orders-api"_s
                          << u"notifications → orders-api is a soft dependency: notifications starts without it and catches up"_s;
    QTest::addRow("hard, by tier")
        << u"orders-api>notifications notifications>orders-api orders-api:t1 notifications:t3"_s
        << u"orders-api → notifications: no dependency in this cycle is soft, and notifications is its least critical "
           u"service (tier 3), so orders-api starts without it and stays degraded until notifications is up"_s;
    QTest::addRow("hard, no tier")
        << u"a>b b>a a:t1"_s
        << u"a → b: no dependency in this cycle is soft, and b has no tier, so it counts as the least critical; "
           u"a starts without it and stays degraded until b is up"_s;
    QTest::addRow("itself") << u"a>a"_s << u"a depends on itself: that dependency is ignored for the start order"_s;
}

void TestGraphAlgorithms::brokenEdgeReasons()
{
    QFETCH(QString, graph);
    const ic::StartupOrder r = ic::startupOrder(makeCatalog(graph));
    QCOMPARE(r.brokenEdges.size(), 1);
    QTEST(r.brokenEdges.first().reason, "reason");
}

void TestGraphAlgorithms::rtoViolations_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("chains"); // per violation: "id,id,…=ms"

    QTest::addRow("none without RTOs") << u"b>a a:s100 b:s100"_s << QStringList() << QStringList();
    QTest::addRow("met exactly") << u"b>a a:s5 b:s5:r10"_s << QStringList() << QStringList();
    QTest::addRow("dependency chain too long")
        << u"orders-api>orders-db orders-db>storage orders-api>cache storage:s10 orders-db:s10:r30 orders-api:t1:s2:r15 cache:s1"_s
        << QStringList{u"orders-api cannot meet its 15 m RTO: its dependency chain needs 22 m"_s}
        << QStringList{u"storage,orders-db,orders-api=%1"_s.arg(22 * Minute)};
    QTest::addRow("its own startup is too slow")
        << u"a:r1:s2"_s << QStringList{u"a cannot meet its 1 m RTO: it needs 2 m to start"_s}
        << QStringList{u"a=%1"_s.arg(2 * Minute)};
    QTest::addRow("hours and minutes")
        << u"b>a a:s100 b:s20:r90"_s << QStringList{u"b cannot meet its 1 h 30 m RTO: its dependency chain needs 2 h"_s}
        << QStringList{u"a,b=%1"_s.arg(120 * Minute)};
    QTest::addRow("seconds and milliseconds")
        << u"b>a a:s61s b:s500ms:r30s"_s
        << QStringList{u"b cannot meet its 30 s RTO: its dependency chain needs 1 m 1 s 500 ms"_s}
        << QStringList{u"a,b=61500"_s};
    QTest::addRow("days") << u"a:s1500m:r1h"_s
                          << QStringList{u"a cannot meet its 1 h RTO: it needs 1 d 1 h to start"_s}
                          << QStringList{u"a=%1"_s.arg(1500 * Minute)};
    QTest::addRow("soft dependencies do not count against the RTO")
        << u"b~a a:s60 b:s1:r5"_s << QStringList() << QStringList();
    QTest::addRow("the longest hard chain, not the longest chain")
        << u"c~a c>b a:s60 b:s10 c:s1:r5"_s << QStringList{u"c cannot meet its 5 m RTO: its dependency chain needs 11 m"_s}
        << QStringList{u"b,c=%1"_s.arg(11 * Minute)};
    QTest::addRow("sorted by tier then id; a broken edge does not count")
        << u"x>a y>a a~y a:s10:r1 x:t2:r1 y:t1:s1:r1"_s
        << QStringList{u"y cannot meet its 1 m RTO: its dependency chain needs 11 m"_s,
                       u"x cannot meet its 1 m RTO: its dependency chain needs 10 m"_s,
                       u"a cannot meet its 1 m RTO: it needs 10 m to start"_s}
        << QStringList{u"a,y=%1"_s.arg(11 * Minute), u"a,x=%1"_s.arg(10 * Minute), u"a=%1"_s.arg(10 * Minute)};
}

void TestGraphAlgorithms::rtoViolations()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, chains);
    const ic::StartupOrder r = ic::startupOrder(makeCatalog(graph));
    QStringList gotMessages;
    QStringList gotChains;
    for (const auto &v : r.rtoViolations) {
        gotMessages.append(v.message);
        gotChains.append(u"%1=%2"_s.arg(v.chain.join(u','), QString::number(v.chainMs)));
        QCOMPARE(v.chain.last(), v.service);
        QVERIFY(v.chainMs > v.rtoMs);
    }
    QCOMPARE(gotMessages, messages);
    QCOMPARE(gotChains, chains);
}

// --- a generated 10,000-service graph against reference implementations ------------------------

namespace {

struct Generated {
    ic::ServiceCatalog catalog;
    int cycleEdges = 0;
};

// Services in shuffled order; mostly dependencies on "lower" services, plus some back edges
// that close cycles; about a third soft; tiers, RTOs and startup times random, some missing.
Generated generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(u"svc-%1"_s.arg(i, 5, 10, QChar(u'0')));
    QList<ic::Service> services;
    Generated generated;
    for (int i = 0; i < count; ++i) {
        ic::Service s;
        s.id = ids.at(i);
        s.name = s.id;
        if (random.bounded(10) > 0)
            s.tier = random.bounded(4);
        if (random.bounded(10) > 1)
            s.rtoMs = (1 + random.bounded(120)) * Minute;
        if (random.bounded(10) > 0)
            s.startupMs = random.bounded(600) * 1000;
        const int dependencies = i == 0 ? 0 : random.bounded(5);
        for (int d = 0; d < dependencies; ++d)
            s.dependsOn.append({ids.at(random.bounded(i)), random.bounded(3) == 0, {}});
        services.append(s);
    }
    // Close cycles of two and three services: an edge back from a dependency (or a dependency's
    // dependency) to the service.
    while (generated.cycleEdges < 40) {
        const ic::Service &s = services.at(random.bounded(count));
        if (s.dependsOn.isEmpty())
            continue;
        ic::Service *back = &services[ids.indexOf(s.dependsOn.at(random.bounded(s.dependsOn.size())).target)];
        if (random.bounded(2) == 0 && !back->dependsOn.isEmpty())
            back = &services[ids.indexOf(back->dependsOn.at(random.bounded(back->dependsOn.size())).target)];
        back->dependsOn.append({s.id, random.bounded(3) == 0, {}});
        ++generated.cycleEdges;
    }
    // Shuffle: catalog order must not matter.
    for (qsizetype i = services.size() - 1; i > 0; --i)
        services.swapItemsAt(i, random.bounded(i + 1));
    generated.catalog = ic::ServiceCatalog(services);
    return generated;
}

// Fixed point over the forward edges: keep marking dependents until nothing changes.
ic::BlastRadius referenceBlastRadius(const ic::ServiceCatalog &catalog, const QStringList &failedIds)
{
    QSet<QString> failed;
    for (const QString &id : failedIds) {
        if (catalog.contains(id))
            failed.insert(id);
    }
    QSet<QString> hard = failed;
    QSet<QString> any = failed;
    for (bool changed = true; changed;) {
        changed = false;
        for (const ic::Service &s : catalog.services()) {
            for (const ic::Dependency &d : s.dependsOn) {
                if (!d.soft && hard.contains(d.target) && !hard.contains(s.id)) {
                    hard.insert(s.id);
                    changed = true;
                }
                if (any.contains(d.target) && !any.contains(s.id)) {
                    any.insert(s.id);
                    changed = true;
                }
            }
        }
    }
    ic::BlastRadius r;
    auto sorted = [&catalog](QSet<QString> set) {
        QStringList ids(set.begin(), set.end());
        std::sort(ids.begin(), ids.end(), [&catalog](const QString &a, const QString &b) {
            const int ta = catalog.find(a)->tier.value_or(99);
            const int tb = catalog.find(b)->tier.value_or(99);
            return ta != tb ? ta < tb : a < b;
        });
        return ids;
    };
    r.failed = QStringList(failed.begin(), failed.end());
    r.failed.sort();
    r.hard = sorted(hard - failed);
    r.soft = sorted(any - hard);
    for (const QString &id : any) {
        const ic::Service *s = catalog.find(id);
        if (s->tier)
            r.highestTier = std::min(s->tier.value(), r.highestTier.value_or(99));
        if (s->rtoMs && (!r.tightestRtoMs || *s->rtoMs < *r.tightestRtoMs
                         || (*s->rtoMs == *r.tightestRtoMs && id < r.tightestRtoService))) {
            r.tightestRtoMs = s->rtoMs;
            r.tightestRtoService = id;
        }
    }
    return r;
}

// Which unhealthy services reach which over unhealthy services, by depth-first search from each.
QStringList referenceRootCauses(const ic::ServiceCatalog &catalog, const QStringList &unhealthyIds)
{
    QSet<QString> unhealthy;
    for (const QString &id : unhealthyIds) {
        if (catalog.contains(id))
            unhealthy.insert(id);
    }
    auto reach = [&](const QString &from) {
        QSet<QString> seen;
        QStringList stack{from};
        while (!stack.isEmpty()) {
            const QString id = stack.takeLast();
            for (const ic::Dependency &d : catalog.find(id)->dependsOn) {
                if (unhealthy.contains(d.target) && !seen.contains(d.target)) {
                    seen.insert(d.target);
                    stack.append(d.target);
                }
            }
        }
        return seen;
    };
    QHash<QString, QSet<QString>> reaches;
    for (const QString &id : unhealthy)
        reaches.insert(id, reach(id));
    // A service is a candidate when each unhealthy dependency of it, or of anything in its
    // cycle, leads back into that cycle.
    QStringList candidates;
    for (const QString &id : unhealthy) {
        QSet<QString> group{id};
        for (const QString &other : reaches.value(id)) {
            if (reaches.value(other).contains(id))
                group.insert(other);
        }
        bool candidate = true;
        for (const QString &member : group) {
            for (const ic::Dependency &d : catalog.find(member)->dependsOn) {
                if (unhealthy.contains(d.target) && !group.contains(d.target))
                    candidate = false;
            }
        }
        if (candidate)
            candidates.append(id);
    }
    std::sort(candidates.begin(), candidates.end(), [&catalog](const QString &a, const QString &b) {
        const int ta = catalog.find(a)->tier.value_or(99);
        const int tb = catalog.find(b)->tier.value_or(99);
        return ta != tb ? ta < tb : a < b;
    });
    return candidates;
}

} // namespace

void TestGraphAlgorithms::generatedGraph()
{
    const Generated generated = generate(10'000, 20261123);
    const ic::ServiceCatalog &catalog = generated.catalog;
    QVERIFY(generated.cycleEdges > 0);
    QRandomGenerator random(7);

    // Blast radius: single failures at every depth, and sets of failures.
    QList<QStringList> inputs;
    for (const int i : {0, 1, 5, 50, 500, 5000, 9999})
        inputs.append({u"svc-%1"_s.arg(i, 5, 10, QChar(u'0'))});
    for (int n = 0; n < 5; ++n) {
        QStringList set{u"not-a-service"_s};
        for (int k = 0; k < 20; ++k)
            set.append(catalog.services().at(random.bounded(int(catalog.size()))).id);
        inputs.append(set);
    }
    qint64 slowestNs = 0;
    qsizetype largest = 0;
    for (const QStringList &input : inputs) {
        QElapsedTimer timer;
        timer.start();
        const ic::BlastRadius got = ic::blastRadius(catalog, input);
        slowestNs = std::max(slowestNs, timer.nsecsElapsed());
        const ic::BlastRadius want = referenceBlastRadius(catalog, input);
        QCOMPARE(got.failed, want.failed);
        QCOMPARE(got.hard, want.hard);
        QCOMPARE(got.soft, want.soft);
        QCOMPARE(got.highestTier, want.highestTier);
        QCOMPARE(got.tightestRtoMs, want.tightestRtoMs);
        QCOMPARE(got.tightestRtoService, want.tightestRtoService);
        QCOMPARE(got.unknownIds, input.contains(u"not-a-service"_s) ? QStringList{u"not-a-service"_s} : QStringList());
        largest = std::max(largest, got.hard.size() + got.soft.size());
    }
    QVERIFY2(largest > 1000, "the generated graph should have large blast radii");
    qInfo("blast radius over %lld services: largest %lld affected, slowest %.3f ms (this build)",
          qlonglong(catalog.size()), qlonglong(largest), double(slowestNs) / 1e6);

    // Root causes: random unhealthy sets, and the blast radius of a failure (as monitoring sees it).
    for (int n = 0; n < 5; ++n) {
        QStringList unhealthy;
        for (int k = 0; k < 300; ++k)
            unhealthy.append(catalog.services().at(random.bounded(int(catalog.size()))).id);
        QCOMPARE(ic::rootCauses(catalog, unhealthy).candidates, referenceRootCauses(catalog, unhealthy));
    }
    {
        const ic::BlastRadius radius = ic::blastRadius(catalog, {u"svc-00040"_s, u"svc-00041"_s});
        const QStringList unhealthy = radius.failed + radius.hard;
        QCOMPARE(ic::rootCauses(catalog, unhealthy).candidates, referenceRootCauses(catalog, unhealthy));
    }

    // Startup order: check every property the result promises.
    const ic::StartupOrder order = ic::startupOrder(catalog);
    QVERIFY(!order.cycles.isEmpty());
    QCOMPARE(order.cycles.size(), order.brokenEdges.size());
    QSet<std::pair<QString, QString>> broken;
    for (qsizetype c = 0; c < order.cycles.size(); ++c) {
        const QStringList &cycle = order.cycles.at(c);
        const auto &edge = order.brokenEdges.at(c);
        broken.insert({edge.from, edge.to});
        // The cycle is real: each member depends on the next one, the last on the first.
        bool anySoft = false;
        bool brokenOnCycle = false;
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            const QString &from = cycle.at(i);
            const QString &to = cycle.at((i + 1) % cycle.size());
            const ic::Service *s = catalog.find(from);
            QVERIFY(s);
            bool hardEdge = false;
            bool softEdge = false;
            for (const ic::Dependency &d : s->dependsOn) {
                if (d.target == to)
                    (d.soft ? softEdge : hardEdge) = true;
            }
            QVERIFY2(hardEdge || softEdge, qPrintable(u"%1 does not depend on %2"_s.arg(from, to)));
            const bool soft = softEdge && !hardEdge;
            anySoft = anySoft || soft;
            if (from == edge.from && to == edge.to) {
                brokenOnCycle = true;
                QCOMPARE(edge.soft, soft);
            }
        }
        QVERIFY(brokenOnCycle);
        if (anySoft)
            QVERIFY2(edge.soft, qPrintable(cycle.join(u' ')));
        QVERIFY(cycle.first() == *std::min_element(cycle.begin(), cycle.end()));
    }

    // Every service in exactly one layer, which is one more than the deepest of its remaining
    // dependencies; layers sorted.
    QHash<QString, int> layerOf;
    for (qsizetype l = 0; l < order.layers.size(); ++l) {
        const QStringList &layer = order.layers.at(l);
        QVERIFY(!layer.isEmpty());
        QVERIFY(std::is_sorted(layer.begin(), layer.end()));
        for (const QString &id : layer) {
            QVERIFY2(!layerOf.contains(id), qPrintable(id));
            layerOf.insert(id, int(l));
        }
    }
    QCOMPARE(layerOf.size(), catalog.size());
    auto remaining = [&broken](const ic::Service &s) {
        QList<ic::Dependency> deps;
        for (const ic::Dependency &d : s.dependsOn) {
            if (!broken.contains({s.id, d.target}))
                deps.append(d);
        }
        return deps;
    };
    for (const ic::Service &s : catalog.services()) {
        int expected = 0;
        for (const ic::Dependency &d : remaining(s))
            expected = std::max(expected, layerOf.value(d.target) + 1);
        QCOMPARE(layerOf.value(s.id), expected);
    }

    // Longest chains by fixed point, once with every remaining edge, once with hard ones only.
    auto finishTimes = [&](bool hardOnly) {
        QHash<QString, qint64> finish;
        for (bool changed = true; changed;) {
            changed = false;
            for (const ic::Service &s : catalog.services()) {
                qint64 before = 0;
                for (const ic::Dependency &d : remaining(s)) {
                    if (!hardOnly || !d.soft)
                        before = std::max(before, finish.value(d.target));
                }
                const qint64 value = before + s.startupMs.value_or(0);
                if (finish.value(s.id, -1) != value) {
                    finish.insert(s.id, value);
                    changed = true;
                }
            }
        }
        return finish;
    };
    const QHash<QString, qint64> all = finishTimes(false);
    QCOMPARE(order.criticalPathMs, *std::max_element(all.cbegin(), all.cend()));
    qint64 sum = 0;
    for (qsizetype i = 0; i < order.criticalPath.size(); ++i) {
        const ic::Service *s = catalog.find(order.criticalPath.at(i));
        QVERIFY(s);
        sum += s->startupMs.value_or(0);
        if (i > 0) {
            const auto deps = remaining(*s);
            QVERIFY(std::any_of(deps.begin(), deps.end(),
                                [&](const ic::Dependency &d) { return d.target == order.criticalPath.at(i - 1); }));
        }
    }
    QCOMPARE(sum, order.criticalPathMs);
    QVERIFY(remaining(*catalog.find(order.criticalPath.first())).isEmpty() || sum == 0);

    const QHash<QString, qint64> hard = finishTimes(true);
    QStringList late;
    for (const ic::Service &s : catalog.services()) {
        if (s.rtoMs && hard.value(s.id) > *s.rtoMs)
            late.append(s.id);
    }
    QStringList reported;
    for (const auto &v : order.rtoViolations) {
        reported.append(v.service);
        QCOMPARE(v.chainMs, hard.value(v.service));
        QCOMPARE(v.rtoMs, *catalog.find(v.service)->rtoMs);
    }
    QVERIFY(!late.isEmpty());
    std::sort(late.begin(), late.end(), [&catalog](const QString &a, const QString &b) {
        const int ta = catalog.find(a)->tier.value_or(99);
        const int tb = catalog.find(b)->tier.value_or(99);
        return ta != tb ? ta < tb : a < b;
    });
    QCOMPARE(reported, late);
}

QTEST_GUILESS_MAIN(TestGraphAlgorithms)
#include "tst_graphalgorithms.moc"
