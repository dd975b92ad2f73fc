// The pure parsers of backend replies, on byte arrays: the exact shapes of Patroni 3.0.2,
// Prometheus 2.42 and Alertmanager 0.25 (see backends-recipe.md), DNS packets as RFC 1035 lays
// them out, and the malformed variants of each. A malformed input must give an error that names
// the problem and no half-filled value.

#include "BackendParsers.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using ic::FetchFailure;

namespace {

// "node1:leader:running:tl=2:lag=-:api=1|node2:…" — every field of every member in one line.
QString membersText(const ic::ClusterTopology &topology)
{
    QStringList parts;
    for (const ic::PatroniMember &m : topology.members) {
        parts.append(u"%1:%2:%3:%4:%5:tl=%6:lag=%7"_s.arg(m.name, m.role, m.state, m.host)
                         .arg(m.port)
                         .arg(m.timeline)
                         .arg(m.lagBytes ? QString::number(*m.lagBytes) : u"-"_s));
    }
    return parts.join(u'|');
}

QString numberText(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    return QString::number(value, 'g', 17);
}

// "{instance=a,job=b} 1435781451781=1,…; {…} …"
QString seriesText(const ic::PromResult &result)
{
    QStringList series;
    for (const ic::PromSeries &s : result.series) {
        QStringList labels;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            labels.append(it.key() + u'=' + it.value());
        QStringList points;
        for (const ic::PromPoint &p : s.points)
            points.append(QString::number(p.atMs) + u'=' + numberText(p.value));
        series.append(u"{%1} %2"_s.arg(labels.join(u','), points.join(u',')));
    }
    return series.join(u"; "_s);
}

QString alertText(const ic::AlertInfo &a)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(a.fingerprint, a.name, a.severity, a.service, a.summary, QString::number(a.startsAtMs),
                                              a.state, a.silencedBy.join(u','), a.generatorUrl);
}

// ---- DNS packets, byte by byte -------------------------------------------------------------

QByteArray u16(quint16 v)
{
    QByteArray b;
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
    return b;
}

QByteArray u32(quint32 v)
{
    return u16(quint16(v >> 16)) + u16(quint16(v & 0xffff));
}

// "www.example.com" → 3www7example3com0
QByteArray wireName(const char *dotted)
{
    QByteArray out;
    for (const QByteArray &label : QByteArray(dotted).split('.')) {
        if (label.isEmpty())
            continue;
        out.append(char(label.size()));
        out.append(label);
    }
    out.append('\0');
    return out;
}

// A compression pointer to `offset` (12 is the question's name).
QByteArray pointer(quint16 offset)
{
    return u16(quint16(0xC000 | offset));
}

QByteArray record(const QByteArray &owner, quint16 type, quint32 ttl, const QByteArray &rdata, quint16 recordClass = 1)
{
    return owner + u16(type) + u16(recordClass) + u32(ttl) + u16(quint16(rdata.size())) + rdata;
}

constexpr quint16 Id = 0x4a17;
constexpr quint16 ReplyOk = 0x8180; // QR, RD, RA, NOERROR

QByteArray reply(quint16 flags, const char *name, quint16 type, const QList<QByteArray> &answers, quint16 id = Id)
{
    QByteArray packet = u16(id) + u16(flags) + u16(1) + u16(quint16(answers.size())) + u16(0) + u16(0);
    packet += wireName(name) + u16(type) + u16(1);
    for (const QByteArray &a : answers)
        packet += a;
    return packet;
}

QByteArray ipv4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    QByteArray out;
    for (quint8 x : {a, b, c, d})
        out.append(char(x));
    return out;
}

} // namespace

class TestBackendParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patroniCluster_data();
    void patroniCluster();
    void patroniNode_data();
    void patroniNode();
    void prometheus_data();
    void prometheus();
    void alerts_data();
    void alerts();
    void rfc3339_data();
    void rfc3339();
    void silenceId_data();
    void silenceId();
    void alertmanagerErrorText_data();
    void alertmanagerErrorText();
    void dnsQueryName_data();
    void dnsQueryName();
    void dnsQueryBytes();
    void dnsReply_data();
    void dnsReply();
    void dnsNormalizedValue_data();
    void dnsNormalizedValue();
};

// ---- Patroni -------------------------------------------------------------------------------

void TestBackendParsers::patroniCluster_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");   // part of the message; empty: valid
    QTest::addColumn<QString>("leader");
    QTest::addColumn<int>("timeline");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<QString>("members");

    // Patroni 3.0.2 exactly as the test cluster of the recipe answers (members sorted by name).
    QTest::addRow("3.0.2 primary and streaming replica")
        << QByteArray(R"({"members": [{"name": "node1", "role": "leader", "state": "running", "api_url": "http://127.0.0.1:8008/patroni", "host": "127.0.0.1", "port": 5433, "timeline": 1}, {"name": "node2", "role": "replica", "state": "streaming", "api_url": "http://127.0.0.1:8009/patroni", "host": "127.0.0.1", "port": 5434, "timeline": 1, "lag": 0}]})")
        << QString() << u"node1"_s << 1 << false
        << u"node1:leader:running:127.0.0.1:5433:tl=1:lag=-|node2:replica:streaming:127.0.0.1:5434:tl=1:lag=0"_s;
    QTest::addRow("lag unknown, replica starting without timeline")
        << QByteArray(R"({"members": [{"name": "node1", "role": "leader", "state": "running", "api_url": "http://127.0.0.1:8008/patroni", "host": "127.0.0.1", "port": 5433, "timeline": 3}, {"name": "node2", "role": "replica", "state": "starting", "api_url": "http://127.0.0.1:8009/patroni", "host": "127.0.0.1", "port": 5434, "lag": "unknown"}]})")
        << QString() << u"node1"_s << 3 << false
        << u"node1:leader:running:127.0.0.1:5433:tl=3:lag=-|node2:replica:starting:127.0.0.1:5434:tl=0:lag=-"_s;
    QTest::addRow("sync standby, paused, scheduled switchover, big lag")
        << QByteArray(R"({"members": [{"name": "a", "role": "sync_standby", "state": "streaming", "api_url": "http://10.0.0.1:8008/patroni", "host": "10.0.0.1", "port": 5432, "timeline": 7, "lag": 123456789012, "tags": {"nofailover": false}}, {"name": "b", "role": "leader", "state": "running", "api_url": "http://10.0.0.2:8008/patroni", "host": "10.0.0.2", "port": 5432, "timeline": 7, "pending_restart": true}], "pause": true, "scheduled_switchover": {"at": "2023-05-01T12:00:00+00:00", "from": "b", "to": "a"}})")
        << QString() << u"b"_s << 7 << true
        << u"a:sync_standby:streaming:10.0.0.1:5432:tl=7:lag=123456789012|b:leader:running:10.0.0.2:5432:tl=7:lag=-"_s;
    QTest::addRow("standby cluster leader")
        << QByteArray(R"({"members": [{"name": "s1", "role": "standby_leader", "state": "running", "api_url": "http://h:8008/patroni", "timeline": 4}]})")
        << QString() << u"s1"_s << 4 << false << u"s1:standby_leader:running::0:tl=4:lag=-"_s;
    QTest::addRow("no leader during a failover")
        << QByteArray(R"({"members": [{"name": "node2", "role": "replica", "state": "running", "api_url": null, "lag": 16}]})")
        << QString() << QString() << 0 << false << u"node2:replica:running::0:tl=0:lag=16"_s;
    QTest::addRow("no members yet") << QByteArray(R"({"members": []})") << QString() << QString() << 0 << false << QString();

    const QString none;
    QTest::addRow("empty body") << QByteArray() << u"not JSON"_s << none << 0 << false << none;
    QTest::addRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"not JSON"_s << none << 0 << false << none;
    QTest::addRow("truncated JSON") << QByteArray(R"({"members": [{"name": "node1")") << u"not JSON"_s << none << 0 << false << none;
    QTest::addRow("array at the top") << QByteArray("[]") << u"not a JSON object"_s << none << 0 << false << none;
    QTest::addRow("members missing") << QByteArray(R"({"scope": "ci-cluster"})") << u"members is missing"_s << none << 0 << false << none;
    QTest::addRow("members not an array") << QByteArray(R"({"members": {"node1": {}}})") << u"members is not an array"_s << none << 0 << false << none;
    QTest::addRow("member not an object") << QByteArray(R"({"members": ["node1"]})") << u"members[0] is not an object"_s << none << 0 << false << none;
    QTest::addRow("name missing") << QByteArray(R"({"members": [{"role": "leader", "state": "running"}]})") << u"members[0].name is missing"_s << none << 0 << false << none;
    QTest::addRow("name empty") << QByteArray(R"({"members": [{"name": "", "role": "leader"}]})") << u"members[0].name is empty"_s << none << 0 << false << none;
    QTest::addRow("role a number") << QByteArray(R"({"members": [{"name": "n", "role": 1}]})") << u"members[0].role is not a string"_s << none << 0 << false << none;
    QTest::addRow("lag text") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": "12 MB"}]})") << u"members[0].lag is neither"_s << none << 0 << false << none;
    QTest::addRow("lag huge") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": 1e30}]})") << u"members[0].lag is out of range"_s << none << 0 << false << none;
    QTest::addRow("lag 2^63") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": 9223372036854775808}]})") << u"members[0].lag is out of range"_s << none << 0 << false << none;
    QTest::addRow("lag negative") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": -5}]})") << u"members[0].lag is out of range"_s << none << 0 << false << none;
    QTest::addRow("lag fraction") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": 1.5}]})") << u"members[0].lag is out of range"_s << none << 0 << false << none;
    QTest::addRow("lag boolean") << QByteArray(R"({"members": [{"name": "n", "role": "replica", "lag": true}]})") << u"members[0].lag is not a number"_s << none << 0 << false << none;
    QTest::addRow("timeline huge") << QByteArray(R"({"members": [{"name": "n", "role": "leader", "timeline": 99999999999}]})") << u"members[0].timeline is out of range"_s << none << 0 << false << none;
    QTest::addRow("port text") << QByteArray(R"({"members": [{"name": "n", "role": "leader", "port": "5432"}]})") << u"members[0].port is not a number"_s << none << 0 << false << none;
    QTest::addRow("pause text") << QByteArray(R"({"members": [], "pause": "yes"})") << u"pause is not true or false"_s << none << 0 << false << none;
    QTest::addRow("second member bad") << QByteArray(R"({"members": [{"name": "a", "role": "leader"}, {"name": "b", "role": "replica", "state": 3}]})") << u"members[1].state is not a string"_s << none << 0 << false << none;
    QTest::addRow("duplicate names") << QByteArray(R"({"members": [{"name": "a", "role": "leader"}, {"name": "a", "role": "replica"}]})") << u"listed twice"_s << none << 0 << false << none;
    QTest::addRow("two leaders") << QByteArray(R"({"members": [{"name": "a", "role": "leader"}, {"name": "b", "role": "leader"}]})") << u"more than one leader"_s << none << 0 << false << none;
}

void TestBackendParsers::patroniCluster()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, leader);
    QFETCH(int, timeline);
    QFETCH(bool, paused);
    QFETCH(QString, members);

    const ic::ClusterTopology topology = ic::parsePatroniCluster(body);
    if (!error.isEmpty()) {
        QVERIFY(!topology.ok);
        QCOMPARE(topology.failure, FetchFailure::Malformed);
        QVERIFY2(topology.error.contains(error), qPrintable(topology.error));
        QVERIFY(topology.members.isEmpty());
        QVERIFY(topology.leader.isEmpty());
        return;
    }
    QVERIFY2(topology.ok, qPrintable(topology.error));
    QCOMPARE(topology.failure, FetchFailure::None);
    QCOMPARE(topology.leader, leader);
    QCOMPARE(topology.timeline, timeline);
    QCOMPARE(topology.paused, paused);
    QCOMPARE(membersText(topology), members);
    QVERIFY(topology.primaryClaims.isEmpty()); // only /patroni fills it
}

void TestBackendParsers::patroniNode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("timeline");
    QTest::addColumn<bool>("claimsPrimary");
    QTest::addColumn<qint64>("location");  // -1: none
    QTest::addColumn<qint64>("replayed");  // -1: none

    QTest::addRow("3.0.2 primary")
        << QByteArray(R"({"state": "running", "postmaster_start_time": "2023-06-01 10:00:00.000000+00:00", "role": "master", "server_version": 150003, "xlog": {"location": 67109264}, "timeline": 1, "replication": [{"usename": "replicator", "application_name": "node2", "client_addr": "127.0.0.1", "state": "streaming", "sync_state": "async", "sync_priority": 0}], "dcs_last_seen": 1685613600, "database_system_identifier": "7240000000000000000", "patroni": {"version": "3.0.2", "scope": "ci-cluster"}})")
        << QString() << u"master"_s << u"running"_s << 1 << true << qint64(67109264) << qint64(-1);
    QTest::addRow("3.0.2 replica")
        << QByteArray(R"({"state": "running", "postmaster_start_time": "2023-06-01 10:00:02.000000+00:00", "role": "replica", "server_version": 150003, "xlog": {"received_location": 67109264, "replayed_location": 67109000, "replayed_timestamp": null, "paused": false}, "timeline": 1, "dcs_last_seen": 1685613600, "database_system_identifier": "7240000000000000000", "patroni": {"version": "3.0.2", "scope": "ci-cluster"}})")
        << QString() << u"replica"_s << u"running"_s << 1 << false << qint64(-1) << qint64(67109000);
    QTest::addRow("4.x primary")
        << QByteArray(R"({"state": "running", "role": "primary", "server_version": 160002, "xlog": {"location": 100}, "timeline": 9, "patroni": {"version": "4.0.4", "scope": "c", "name": "n1"}})")
        << QString() << u"primary"_s << u"running"_s << 9 << true << qint64(100) << qint64(-1);
    QTest::addRow("stopped, remembers master")
        << QByteArray(R"({"state": "stopped", "role": "master", "cluster_unlocked": true, "dcs_last_seen": 1685613600, "patroni": {"version": "3.0.2", "scope": "ci-cluster"}})")
        << QString() << u"master"_s << u"stopped"_s << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("standby leader")
        << QByteArray(R"({"state": "running", "role": "standby_leader", "xlog": {"received_location": 5, "replayed_location": 5, "replayed_timestamp": "2023-06-01 10:00:00+00:00", "paused": false}, "timeline": 2})")
        << QString() << u"standby_leader"_s << u"running"_s << 2 << false << qint64(-1) << qint64(5);
    QTest::addRow("uninitialized")
        << QByteArray(R"({"state": "starting", "role": "uninitialized", "timeline": null})")
        << QString() << u"uninitialized"_s << u"starting"_s << 0 << false << qint64(-1) << qint64(-1);

    const QString none;
    QTest::addRow("not JSON") << QByteArray("Service Unavailable") << u"not JSON"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("role missing") << QByteArray(R"({"state": "running"})") << u"role is missing"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("role a number") << QByteArray(R"({"state": "running", "role": 1})") << u"role is not a string"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("role empty") << QByteArray(R"({"state": "running", "role": ""})") << u"role is empty"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("xlog a number") << QByteArray(R"({"state": "running", "role": "master", "xlog": 5})") << u"xlog is not an object"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("location text") << QByteArray(R"({"state": "running", "role": "master", "xlog": {"location": "0/4000000"}})") << u"xlog.location is not a number"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("timeline text") << QByteArray(R"({"state": "running", "role": "master", "timeline": "1"})") << u"timeline is not a number"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
    QTest::addRow("location huge") << QByteArray(R"({"state": "running", "role": "master", "xlog": {"location": 1e300}})") << u"xlog.location is out of range"_s << none << none << 0 << false << qint64(-1) << qint64(-1);
}

void TestBackendParsers::patroniNode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ic::Parsed<ic::PatroniNodeStatus> node = ic::parsePatroniNode(body);
    if (!error.isEmpty()) {
        QVERIFY(!node.ok());
        QVERIFY2(node.error.contains(error), qPrintable(node.error));
        QVERIFY(node.value.role.isEmpty());
        QVERIFY(!node.value.claimsPrimary);
        return;
    }
    QVERIFY2(node.ok(), qPrintable(node.error));
    QTEST(node.value.role, "role");
    QTEST(node.value.state, "state");
    QTEST(node.value.timeline, "timeline");
    QTEST(node.value.claimsPrimary, "claimsPrimary");
    QTEST(node.value.location.value_or(-1), "location");
    QTEST(node.value.replayedLocation.value_or(-1), "replayed");
}

// ---- Prometheus ----------------------------------------------------------------------------

void TestBackendParsers::prometheus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QString>("resultType");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("error"); // part of the message
    QTest::addColumn<QStringList>("warnings");

    const QString none;
    QTest::addRow("vector")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"patroni_primary","instance":"127.0.0.1:8008","job":"patroni","scope":"ci-cluster"},"value":[1685613600.781,"1"]},{"metric":{"__name__":"patroni_primary","instance":"127.0.0.1:8009","job":"patroni","scope":"ci-cluster"},"value":[1685613600.781,"0"]}]}})")
        << true << FetchFailure::None << u"vector"_s
        << u"{__name__=patroni_primary,instance=127.0.0.1:8008,job=patroni,scope=ci-cluster} 1685613600781=1; {__name__=patroni_primary,instance=127.0.0.1:8009,job=patroni,scope=ci-cluster} 1685613600781=0"_s
        << none << none << QStringList();
    QTest::addRow("empty vector")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
        << true << FetchFailure::None << u"vector"_s << none << none << none << QStringList();
    QTest::addRow("NaN and infinities")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"1"},"value":[10,"NaN"]},{"metric":{"a":"2"},"value":[10,"+Inf"]},{"metric":{"a":"3"},"value":[10,"-Inf"]},{"metric":{"a":"4"},"value":[10,"1e+06"]}]}})")
        << true << FetchFailure::None << u"vector"_s
        << u"{a=1} 10000=NaN; {a=2} 10000=+Inf; {a=3} 10000=-Inf; {a=4} 10000=1000000"_s << none << none << QStringList();
    QTest::addRow("matrix of a range query")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"instance":"127.0.0.1:8009"},"values":[[1685613600,"0"],[1685613602,"1048576"],[1685613604,"2097152.5"]]}]}})")
        << true << FetchFailure::None << u"matrix"_s
        << u"{instance=127.0.0.1:8009} 1685613600000=0,1685613602000=1048576,1685613604000=2097152.5"_s << none << none << QStringList();
    QTest::addRow("scalar")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1685613600.5,"42"]}})")
        << true << FetchFailure::None << u"scalar"_s << u"{} 1685613600500=42"_s << none << none << QStringList();
    QTest::addRow("string")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1685613600,"hello"]}})")
        << true << FetchFailure::None << u"string"_s << none << none << none << QStringList();
    QTest::addRow("warnings")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":["PromQL info: metric might not be a counter"]})")
        << true << FetchFailure::None << u"vector"_s << none << none << none << QStringList{u"PromQL info: metric might not be a counter"_s};
    QTest::addRow("400 bad_data")
        << 400 << QByteArray(R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:8: parse error: unexpected <op:+>"})")
        << false << FetchFailure::None << none << none << u"bad_data"_s << u"parse error: unexpected <op:+>"_s << QStringList();
    QTest::addRow("422 execution")
        << 422 << QByteArray(R"({"status":"error","errorType":"execution","error":"vector cannot contain metrics with the same labelset"})")
        << false << FetchFailure::None << none << none << u"execution"_s << u"same labelset"_s << QStringList();
    QTest::addRow("503 timeout")
        << 503 << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
        << false << FetchFailure::None << none << none << u"timeout"_s << u"query timed out"_s << QStringList();
    QTest::addRow("500 with envelope")
        << 500 << QByteArray(R"({"status":"error","errorType":"internal","error":"something broke"})")
        << false << FetchFailure::HttpStatus << none << none << u"internal"_s << u"something broke"_s << QStringList();
    QTest::addRow("500 HTML") << 500 << QByteArray("<h1>Internal Server Error</h1>") << false << FetchFailure::HttpStatus << none << none << none << u"HTTP 500"_s << QStringList();
    QTest::addRow("404") << 404 << QByteArray("404 page not found\n") << false << FetchFailure::HttpStatus << none << none << none << u"HTTP 404"_s << QStringList();
    QTest::addRow("503 from a proxy, not an envelope") << 503 << QByteArray("upstream unavailable") << false << FetchFailure::Malformed << none << none << none << u"not JSON"_s << QStringList();
    QTest::addRow("not JSON") << 200 << QByteArray("up 1") << false << FetchFailure::Malformed << none << none << none << u"not JSON"_s << QStringList();
    QTest::addRow("no status") << 200 << QByteArray(R"({"data":{"resultType":"vector","result":[]}})") << false << FetchFailure::Malformed << none << none << none << u"status is missing"_s << QStringList();
    QTest::addRow("odd status") << 200 << QByteArray(R"({"status":"partial","data":{}})") << false << FetchFailure::Malformed << none << none << none << u"neither"_s << QStringList();
    QTest::addRow("success with 400") << 400 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << false << FetchFailure::Malformed << none << none << none << u"HTTP 400"_s << QStringList();
    QTest::addRow("error envelope without text") << 400 << QByteArray(R"({"status":"error","errorType":"bad_data"})") << false << FetchFailure::Malformed << none << none << none << u"error is missing"_s << QStringList();
    QTest::addRow("data missing") << 200 << QByteArray(R"({"status":"success"})") << false << FetchFailure::Malformed << none << none << none << u"data is missing"_s << QStringList();
    QTest::addRow("result missing") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})") << false << FetchFailure::Malformed << none << none << none << u"data.result is missing"_s << QStringList();
    QTest::addRow("unknown resultType") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"histogram","result":[]}})") << false << FetchFailure::Malformed << none << none << none << u"unknown resultType"_s << QStringList();
    QTest::addRow("value a number") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})") << false << FetchFailure::Malformed << none << none << none << u"value[1] is not a string"_s << QStringList();
    QTest::addRow("value not a sample") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"lots"]}]}})") << false << FetchFailure::Malformed << none << none << none << u"not a sample value"_s << QStringList();
    QTest::addRow("value not a pair") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1]}]}})") << false << FetchFailure::Malformed << none << none << none << u"not a [time, value] pair"_s << QStringList();
    QTest::addRow("value missing") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}})") << false << FetchFailure::Malformed << none << none << none << u"value is missing"_s << QStringList();
    QTest::addRow("time huge") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1e300,"1"]}]}})") << false << FetchFailure::Malformed << none << none << none << u"out of range"_s << QStringList();
    QTest::addRow("label a number") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"port":8008},"value":[1,"1"]}]}})") << false << FetchFailure::Malformed << none << none << none << u"metric.port is not a string"_s << QStringList();
    QTest::addRow("matrix point bad") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],["2","2"]]}]}})") << false << FetchFailure::Malformed << none << none << none << u"values[1][0] is not a number"_s << QStringList();
    QTest::addRow("matrix without values") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"value":[1,"1"]}]}})") << false << FetchFailure::Malformed << none << none << none << u"values is missing"_s << QStringList();
    QTest::addRow("warnings not strings") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":[1]})") << false << FetchFailure::Malformed << none << none << none << u"warnings[0] is not a string"_s << QStringList();
}

void TestBackendParsers::prometheus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(FetchFailure, failure);
    QFETCH(QString, error);

    const ic::PromResult result = ic::parsePrometheusEnvelope(status, body);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.failure, failure);
    QTEST(result.resultType, "resultType");
    QTEST(seriesText(result), "series");
    QTEST(result.errorType, "errorType");
    QVERIFY2(error.isEmpty() ? result.error.isEmpty() : result.error.contains(error), qPrintable(result.error));
    if (ok)
        QTEST(result.warnings, "warnings");
    else
        QVERIFY(result.series.isEmpty());
    if (QByteArray(QTest::currentDataTag()) == "string")
        QCOMPARE(result.text, u"hello"_s);
}

// ---- Alertmanager --------------------------------------------------------------------------

void TestBackendParsers::alerts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("alerts");

    // Alertmanager 0.25: an active alert and one silenced by a silence the console created.
    QTest::addRow("0.25 active and silenced")
        << QByteArray(R"([{"annotations":{"summary":"Replica lag above 1 MB"},"endsAt":"2023-06-01T10:15:00.000Z","fingerprint":"4bb0e5d5f0b1c2a3","receivers":[{"name":"console"}],"startsAt":"2023-06-01T10:10:12.345678901Z","status":{"inhibitedBy":[],"silencedBy":[],"state":"active"},"updatedAt":"2023-06-01T10:11:00.000Z","generatorURL":"http://127.0.0.1:9090/graph?g0.expr=lag","labels":{"alertname":"ReplicaLag","instance":"127.0.0.1:8009","job":"patroni","severity":"critical"}},)"
                      R"({"annotations":{"description":"node down"},"endsAt":"2023-06-01T10:15:00.000Z","fingerprint":"aa00","receivers":[{"name":"console"}],"startsAt":"2023-06-01T12:10:12+02:00","status":{"inhibitedBy":[],"silencedBy":["8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11"],"state":"suppressed"},"updatedAt":"2023-06-01T10:11:00.000Z","generatorURL":"","labels":{"alertname":"NodeDown","service":"orders-db"}}])")
        << QString()
        << QStringList{u"4bb0e5d5f0b1c2a3|ReplicaLag|critical|patroni|Replica lag above 1 MB|1685614212345|active||http://127.0.0.1:9090/graph?g0.expr=lag"_s,
                       u"aa00|NodeDown||orders-db|node down|1685614212000|suppressed|8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11|"_s};
    QTest::addRow("none") << QByteArray("[]") << QString() << QStringList();
    QTest::addRow("not JSON") << QByteArray("<html/>") << u"not JSON"_s << QStringList();
    QTest::addRow("object at the top") << QByteArray(R"({"alerts": []})") << u"not a JSON array"_s << QStringList();
    QTest::addRow("item not an object") << QByteArray(R"(["x"])") << u"[0] is not an object"_s << QStringList();
    QTest::addRow("labels missing") << QByteArray(R"([{"fingerprint":"f","startsAt":"2023-06-01T10:10:12Z","status":{"state":"active"}}])") << u"[0].labels is missing"_s << QStringList();
    QTest::addRow("label a number") << QByteArray(R"([{"fingerprint":"f","labels":{"a":1},"startsAt":"2023-06-01T10:10:12Z","status":{"state":"active"}}])") << u"[0].labels.a is not a string"_s << QStringList();
    QTest::addRow("startsAt not RFC 3339") << QByteArray(R"([{"fingerprint":"f","labels":{},"startsAt":"yesterday","status":{"state":"active"}}])") << u"[0].startsAt is not an RFC 3339 time"_s << QStringList();
    QTest::addRow("startsAt without zone") << QByteArray(R"([{"fingerprint":"f","labels":{},"startsAt":"2023-06-01T10:10:12","status":{"state":"active"}}])") << u"[0].startsAt is not an RFC 3339 time"_s << QStringList();
    QTest::addRow("status missing") << QByteArray(R"([{"fingerprint":"f","labels":{},"startsAt":"2023-06-01T10:10:12Z"}])") << u"[0].status is missing"_s << QStringList();
    QTest::addRow("silencedBy not a list") << QByteArray(R"([{"fingerprint":"f","labels":{},"startsAt":"2023-06-01T10:10:12Z","status":{"state":"active","silencedBy":"x"}}])") << u"[0].status.silencedBy is not an array"_s << QStringList();
    QTest::addRow("second alert bad") << QByteArray(R"([{"fingerprint":"f","labels":{},"startsAt":"2023-06-01T10:10:12Z","status":{"state":"active"}},{"labels":{},"startsAt":"2023-06-01T10:10:12Z","status":{"state":"active"}}])") << u"[1].fingerprint is missing"_s << QStringList();
}

void TestBackendParsers::alerts()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QStringList, alerts);
    const ic::Parsed<QList<ic::AlertInfo>> parsed = ic::parseAlerts(body);
    if (!error.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        QVERIFY(parsed.value.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QStringList texts;
    for (const ic::AlertInfo &a : parsed.value)
        texts.append(alertText(a));
    QCOMPARE(texts, alerts);
    if (!parsed.value.isEmpty())
        QCOMPARE(parsed.value.first().labels.value(u"instance"_s), u"127.0.0.1:8009"_s);
}

void TestBackendParsers::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid

    const qint64 base = 1685614212000; // 2023-06-01T10:10:12Z
    QTest::addRow("Z") << u"2023-06-01T10:10:12Z"_s << base;
    QTest::addRow("lower-case z and t") << u"2023-06-01t10:10:12z"_s << base;
    QTest::addRow("milliseconds") << u"2023-06-01T10:10:12.345Z"_s << base + 345;
    QTest::addRow("nanoseconds cut to ms") << u"2023-06-01T10:10:12.999999999Z"_s << base + 999;
    QTest::addRow("one digit") << u"2023-06-01T10:10:12.5Z"_s << base + 500;
    QTest::addRow("offset +02:00") << u"2023-06-01T12:10:12+02:00"_s << base;
    QTest::addRow("offset -05:30 with fraction") << u"2023-06-01T04:40:12.100-05:30"_s << base + 100;
    QTest::addRow("Go zero time") << u"0001-01-01T00:00:00Z"_s << qint64(-62135596800000);
    QTest::addRow("leap second") << u"2016-12-31T23:59:60Z"_s << qint64(1483228799000);
    QTest::addRow("no zone") << u"2023-06-01T10:10:12"_s << qint64(-1);
    QTest::addRow("date only") << u"2023-06-01"_s << qint64(-1);
    QTest::addRow("month 13") << u"2023-13-01T10:10:12Z"_s << qint64(-1);
    QTest::addRow("hour 25") << u"2023-06-01T25:10:12Z"_s << qint64(-1);
    QTest::addRow("offset 24h") << u"2023-06-01T10:10:12+24:00"_s << qint64(-1);
    QTest::addRow("empty") << QString() << qint64(-1);
    QTest::addRow("trailing text") << u"2023-06-01T10:10:12Z trailing"_s << qint64(-1);
}

void TestBackendParsers::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = ic::parseRfc3339Ms(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void TestBackendParsers::silenceId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");
    QTest::addRow("0.25 reply") << QByteArray(R"({"silenceID":"8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11"})") << u"8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11"_s << QString();
    QTest::addRow("missing") << QByteArray(R"({"id":"x"})") << QString() << u"silenceID is missing"_s;
    QTest::addRow("empty") << QByteArray(R"({"silenceID":""})") << QString() << u"silenceID is empty"_s;
    QTest::addRow("number") << QByteArray(R"({"silenceID":5})") << QString() << u"silenceID is not a string"_s;
    QTest::addRow("not JSON") << QByteArray("ok") << QString() << u"not JSON"_s;
}

void TestBackendParsers::silenceId()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QFETCH(QString, error);
    const ic::Parsed<QString> parsed = ic::parseSilenceId(body);
    QCOMPARE(parsed.value, id);
    QVERIFY2(error.isEmpty() ? parsed.ok() : parsed.error.contains(error), qPrintable(parsed.error));
}

void TestBackendParsers::alertmanagerErrorText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addRow("JSON string") << QByteArray("\"silence invalid: at least one matcher required\"\n") << u"silence invalid: at least one matcher required"_s;
    QTest::addRow("plain text") << QByteArray("silence 42 not found\n") << u"silence 42 not found"_s;
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("long") << QByteArray(400, 'a') << QString(300, u'a') + u'…';
}

void TestBackendParsers::alertmanagerErrorText()
{
    QFETCH(QByteArray, body);
    QTEST(ic::alertmanagerErrorText(body), "text");
}

// ---- DNS -----------------------------------------------------------------------------------

void TestBackendParsers::dnsQueryName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("queryName");
    QTest::addColumn<QString>("error");

    QTest::addRow("plain") << u"API.Example.com"_s << u"A"_s << u"api.example.com"_s << QString();
    QTest::addRow("trailing dot") << u"api.example.com."_s << u"A"_s << u"api.example.com"_s << QString();
    QTest::addRow("service name") << u"_sip._tcp.example.com"_s << u"SRV"_s << u"_sip._tcp.example.com"_s << QString();
    QTest::addRow("IDN") << u"bücher.example"_s << u"A"_s << u"xn--bcher-kva.example"_s << QString();
    QTest::addRow("PTR of IPv4") << u"192.0.2.10"_s << u"PTR"_s << u"10.2.0.192.in-addr.arpa"_s << QString();
    QTest::addRow("PTR of IPv6") << u"2001:db8::1"_s << u"ptr"_s
                                 << u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s << QString();
    QTest::addRow("an address for A stays a name") << u"192.0.2.10"_s << u"A"_s << u"192.0.2.10"_s << QString();
    QTest::addRow("empty") << QString() << u"A"_s << QString() << u"empty"_s;
    QTest::addRow("empty label") << u"a..example.com"_s << u"A"_s << QString() << u"empty label"_s;
    QTest::addRow("label of 64") << QString(64, u'a') + u".com"_s << u"A"_s << QString() << u"longer than 63"_s;
    QTest::addRow("name of 254") << (QString(62, u'a') + u'.').repeated(4) + u"ab"_s << u"A"_s << QString() << u"longer than 253"_s;
    QTest::addRow("space") << u"my host.example.com"_s << u"A"_s << QString() << u"space"_s;
}

void TestBackendParsers::dnsQueryName()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, error);
    const ic::Parsed<QString> parsed = ic::dnsQueryName(name, type);
    QTEST(parsed.value, "queryName");
    QVERIFY2(error.isEmpty() ? parsed.ok() : parsed.error.contains(error), qPrintable(parsed.error));
}

void TestBackendParsers::dnsQueryBytes()
{
    // RFC 1035 4.1: header (ID, RD, one question), QNAME as labels, QTYPE, QCLASS IN.
    const QByteArray expected = QByteArray::fromHex("beef" "0100" "0001" "0000" "0000" "0000"
                                                    "03617069" "076578616d706c65" "03636f6d" "00"
                                                    "001c" "0001");
    QCOMPARE(ic::buildDnsQuery(0xbeef, u"api.example.com"_s, ic::dnsTypeCode(u"AAAA")).toHex(), expected.toHex());
    QCOMPARE(ic::dnsTypeCode(u"srv"), quint16(33));
    QCOMPARE(ic::dnsTypeCode(u"ANY"), quint16(0));
}

void TestBackendParsers::dnsReply_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("ttl");        // -1: no answer records
    QTest::addColumn<QString>("error");  // part of the message

    const char *name = "api.example.com";
    const QByteArray q = pointer(12); // the question's name
    QTest::addRow("two A records, smallest TTL")
        << reply(ReplyOk, name, 1, {record(q, 1, 300, ipv4(192, 0, 2, 20)), record(q, 1, 60, ipv4(192, 0, 2, 10))})
        << u"A"_s << QStringList{u"192.0.2.10"_s, u"192.0.2.20"_s} << 60 << QString();
    QTest::addRow("A behind a CNAME chain")
        << reply(ReplyOk, name, 1, {record(q, 5, 30, wireName("lb.example.net")), record(wireName("lb.example.net"), 1, 300, ipv4(198, 51, 100, 7))})
        << u"A"_s << QStringList{u"198.51.100.7"_s} << 30 << QString();
    QTest::addRow("CNAME compressed into the question")
        << reply(ReplyOk, name, 5, {record(q, 5, 120, QByteArray("\x02lb", 3) + pointer(16))})
        << u"CNAME"_s << QStringList{u"lb.example.com"_s} << 120 << QString();
    QTest::addRow("AAAA")
        << reply(ReplyOk, name, 28, {record(q, 28, 3600, QByteArray::fromHex("20010db8000000000000000000000001"))})
        << u"AAAA"_s << QStringList{u"2001:db8::1"_s} << 3600 << QString();
    QTest::addRow("MX with pointers")
        << reply(ReplyOk, name, 15, {record(q, 15, 300, u16(10) + QByteArray("\x04mail", 5) + pointer(16)), record(q, 15, 200, u16(20) + pointer(12))})
        << u"MX"_s << QStringList{u"10 mail.example.com"_s, u"20 api.example.com"_s} << 200 << QString();
    QTest::addRow("SRV")
        << reply(ReplyOk, name, 33, {record(q, 33, 86400, u16(10) + u16(5) + u16(5060) + wireName("SIP.Example.com"))})
        << u"SRV"_s << QStringList{u"10 5 5060 sip.example.com"_s} << 86400 << QString();
    QTest::addRow("TXT of two strings")
        << reply(ReplyOk, name, 16, {record(q, 16, 5, QByteArray("\x07v=spf1 ", 8) + QByteArray("\x04-all", 5))})
        << u"TXT"_s << QStringList{u"v=spf1 -all"_s} << 5 << QString();
    QTest::addRow("NS and PTR names")
        << reply(ReplyOk, name, 2, {record(q, 2, 7, wireName("ns1.example.com")), record(q, 2, 8, wireName("ns2.example.com"))})
        << u"NS"_s << QStringList{u"ns1.example.com"_s, u"ns2.example.com"_s} << 7 << QString();
    QTest::addRow("NODATA") << reply(ReplyOk, name, 1, {}) << u"A"_s << QStringList() << -1 << QString();
    QTest::addRow("TTL with the top bit is zero")
        << reply(ReplyOk, name, 1, {record(q, 1, 0x80000010u, ipv4(192, 0, 2, 1))}) << u"A"_s << QStringList{u"192.0.2.1"_s} << 0 << QString();
    QTest::addRow("other class ignored")
        << reply(ReplyOk, name, 1, {record(q, 1, 50, ipv4(192, 0, 2, 1)), record(q, 1, 40, ipv4(10, 0, 0, 1), 3)})
        << u"A"_s << QStringList{u"192.0.2.1"_s} << 40 << QString();

    const QStringList none;
    QTest::addRow("NXDOMAIN") << reply(0x8183, name, 1, {}) << u"A"_s << none << -1 << u"NXDOMAIN"_s;
    QTest::addRow("SERVFAIL") << reply(0x8182, name, 1, {}) << u"A"_s << none << -1 << u"SERVFAIL"_s;
    QTest::addRow("REFUSED") << reply(0x8185, name, 1, {}) << u"A"_s << none << -1 << u"REFUSED"_s;
    QTest::addRow("truncated") << reply(0x8380, name, 1, {record(q, 1, 60, ipv4(192, 0, 2, 1))}) << u"A"_s << none << -1 << u"answer truncated"_s;
    QTest::addRow("wrong ID") << reply(ReplyOk, name, 1, {}, 0x1111) << u"A"_s << none << -1 << u"not the ID of the query"_s;
    QTest::addRow("a query, not a reply") << reply(0x0100, name, 1, {}) << u"A"_s << none << -1 << u"not a reply"_s;
    QTest::addRow("shorter than a header") << QByteArray::fromHex("4a178180") << u"A"_s << none << -1 << u"shorter than a header"_s;
    QTest::addRow("another question") << reply(ReplyOk, "www.example.com", 1, {}) << u"A"_s << none << -1 << u"another question"_s;
    QTest::addRow("another type") << reply(ReplyOk, name, 28, {}) << u"A"_s << none << -1 << u"another question"_s;
    QTest::addRow("pointer to itself")
        << reply(ReplyOk, name, 1, {record(pointer(33), 1, 60, ipv4(192, 0, 2, 1))}) << u"A"_s << none << -1 << u"does not point backwards"_s;
    QByteArray loop = reply(ReplyOk, name, 1, {});
    // An answer whose owner is "x" followed by a pointer back to that same "x": a loop.
    loop[7] = 1;
    loop += QByteArray("\x01x", 2) + pointer(quint16(loop.size())) + u16(1) + u16(1) + u32(60) + u16(4) + ipv4(1, 2, 3, 4);
    QTest::addRow("pointer loop") << loop << u"A"_s << none << -1 << u"does not point backwards"_s;
    QTest::addRow("label type 01")
        << reply(ReplyOk, name, 1, {record(QByteArray("\x40", 1), 1, 60, ipv4(192, 0, 2, 1))}) << u"A"_s << none << -1 << u"unsupported label type"_s;
    QByteArray longRecord = reply(ReplyOk, name, 1, {record(q, 1, 60, ipv4(192, 0, 2, 1))});
    longRecord.chop(2);
    QTest::addRow("record past the end") << longRecord << u"A"_s << none << -1 << u"past the end"_s;
    QByteArray missingAnswer = reply(ReplyOk, name, 1, {});
    missingAnswer[7] = 2;
    QTest::addRow("answer count too high") << missingAnswer << u"A"_s << none << -1 << u"past the end"_s;
    QTest::addRow("A of five bytes")
        << reply(ReplyOk, name, 1, {record(q, 1, 60, ipv4(192, 0, 2, 1) + '\0')}) << u"A"_s << none << -1 << u"wrong length"_s;
    QTest::addRow("CNAME running out of its record")
        << reply(ReplyOk, name, 5, {record(q, 5, 60, QByteArray("\x02lb", 3)) + wireName("x")}) << u"CNAME"_s << none << -1 << u"past the end of its record"_s;
    QTest::addRow("TXT string past its record")
        << reply(ReplyOk, name, 16, {record(q, 16, 60, QByteArray("\x09short", 6))}) << u"TXT"_s << none << -1 << u"wrong length"_s;
}

void TestBackendParsers::dnsReply()
{
    QFETCH(QByteArray, packet);
    QFETCH(QString, type);
    QFETCH(int, ttl);
    QFETCH(QString, error);
    const ic::Parsed<ic::DnsReply> parsed = ic::parseDnsReply(packet, Id, u"api.example.com"_s, ic::dnsTypeCode(type));
    if (!error.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        QVERIFY(parsed.value.values.isEmpty());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QTEST(parsed.value.values, "values");
    QCOMPARE(parsed.value.ttlSeconds ? int(*parsed.value.ttlSeconds) : -1, ttl);
}

void TestBackendParsers::dnsNormalizedValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("normalized");
    QTest::addRow("A") << u"A"_s << u" 192.0.2.10 "_s << u"192.0.2.10"_s;
    QTest::addRow("AAAA long form") << u"AAAA"_s << u"2001:DB8:0:0:0:0:0:1"_s << u"2001:db8::1"_s;
    QTest::addRow("CNAME with dot and case") << u"CNAME"_s << u"LB.Example.NET."_s << u"lb.example.net"_s;
    QTest::addRow("CNAME IDN") << u"CNAME"_s << u"bücher.example."_s << u"xn--bcher-kva.example"_s;
    QTest::addRow("MX") << u"MX"_s << u"10   Mail.Example.com."_s << u"10 mail.example.com"_s;
    QTest::addRow("SRV") << u"SRV"_s << u"10 5 5060 SIP.example.com."_s << u"10 5 5060 sip.example.com"_s;
    QTest::addRow("TXT kept") << u"TXT"_s << u"v=spf1 -all"_s << u"v=spf1 -all"_s;
    QTest::addRow("not an address kept") << u"A"_s << u"nonsense"_s << u"nonsense"_s;
}

void TestBackendParsers::dnsNormalizedValue()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QTEST(ic::normalizedDnsValue(type, value), "normalized");
}

QTEST_GUILESS_MAIN(TestBackendParsers)
#include "tst_backendparsers.moc"
