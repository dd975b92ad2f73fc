// The Patroni, Prometheus and Alertmanager clients against TestHttpServer (loopback servers that
// play the real APIs' exact shapes, or fail on purpose), and the DNS checker against a fake
// DNS responder on a loopback UDP port. No test needs a real server.

#include "AlertmanagerClient.h"
#include "BackendParsers.h"
#include "DnsChecker.h"
#include "HttpFetcher.h"
#include "PatroniClient.h"
#include "PrometheusClient.h"
#include "TestHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using ic::AlertmanagerClient;
using ic::ClusterTopology;
using ic::FetchFailure;
using ic::PatroniClient;
using ic::PrometheusClient;
using ic::PromResult;
using ic::test::TestHttpServer;
using ic::test::TestRequest;
using ic::test::TestResponse;

Q_DECLARE_METATYPE(ic::test::TestResponse)

namespace {

// A port where nothing listens: bound once, then closed.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl closedUrl()
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
}

TestResponse json(const QByteArray &body, int status = 200)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    return r;
}

TestResponse text(const QByteArray &body, int status)
{
    TestResponse r;
    r.status = status;
    r.contentType = "text/html";
    r.body = body;
    return r;
}

ic::SecretRef envRef(const QString &name)
{
    ic::SecretRef ref;
    ref.source = ic::SecretRef::Source::Environment;
    ref.name = name;
    return ref;
}

// ---- Patroni 3.0.2 payloads ----------------------------------------------------------------

struct MemberSpec {
    QString name;
    QString role;   // leader | replica | sync_standby
    QString state;
    QUrl api;       // the member's REST base
    QJsonValue lag = QJsonValue::Undefined;
};

QByteArray clusterBody(const QList<MemberSpec> &members)
{
    QJsonArray array;
    for (const MemberSpec &m : members) {
        QJsonObject o{{u"name"_s, m.name}, {u"role"_s, m.role}, {u"state"_s, m.state},
                      {u"api_url"_s, m.api.toString() + u"/patroni"_s}, {u"host"_s, u"127.0.0.1"_s},
                      {u"port"_s, 5433}, {u"timeline"_s, 1}};
        if (!m.lag.isUndefined())
            o.insert(u"lag"_s, m.lag);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{u"members"_s, array}}).toJson(QJsonDocument::Compact);
}

// /patroni of a member as 3.0.2 writes it.
QByteArray nodeBody(const QString &role, const QString &state = u"running"_s)
{
    QJsonObject o{{u"state"_s, state}, {u"role"_s, role}, {u"server_version"_s, 150003}, {u"timeline"_s, 1},
                  {u"patroni"_s, QJsonObject{{u"version"_s, u"3.0.2"_s}, {u"scope"_s, u"ci-cluster"_s}}}};
    if (role == "master"_L1)
        o.insert(u"xlog"_s, QJsonObject{{u"location"_s, 67109264}});
    else
        o.insert(u"xlog"_s, QJsonObject{{u"received_location"_s, 67109264}, {u"replayed_location"_s, 67109264},
                                       {u"replayed_timestamp"_s, QJsonValue::Null}, {u"paused"_s, false}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ic::PatroniCluster patroniCluster(const QList<QUrl> &members, qint64 timeoutMs = 3000)
{
    ic::PatroniCluster cluster;
    cluster.service = u"orders-db"_s;
    cluster.members = members;
    cluster.username = u"patroniapi"_s;
    cluster.password = envRef(u"IC_TEST_PATRONI_PASSWORD"_s);
    cluster.http.timeoutMs = timeoutMs;
    cluster.intervalMs = 100;
    return cluster;
}

// One read of `client`, waited for.
ClusterTopology readOnce(PatroniClient &client, bool *ok)
{
    QSignalSpy spy(&client, &PatroniClient::topologyRead);
    client.poll();
    *ok = spy.wait(10000) && spy.size() == 1;
    return *ok ? spy.takeFirst().at(0).value<ClusterTopology>() : ClusterTopology();
}

const ic::PatroniMember *memberNamed(const ClusterTopology &topology, const QString &name)
{
    for (const ic::PatroniMember &m : topology.members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QString hostPort(const QUrl &url)
{
    return u"127.0.0.1:%1"_s.arg(url.port());
}

// ---- Prometheus / Alertmanager -------------------------------------------------------------

const QByteArray VectorBody = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"instance":"127.0.0.1:8009","job":"patroni"},"value":[1685613600.781,"1048576"]}]}})";

struct PromOutcome {
    int calls = 0;
    PromResult result;
};

PrometheusClient::Callback recordInto(const std::shared_ptr<PromOutcome> &outcome)
{
    return [outcome](const PromResult &r) {
        ++outcome->calls;
        outcome->result = r;
    };
}

QUrlQuery formOf(const TestRequest &request)
{
    // Form encoding writes a space as '+'; ours never does, so '+' here would be a bug.
    return QUrlQuery(QString::fromLatin1(request.body));
}

const QByteArray AlertsBody =
    R"([{"annotations":{"summary":"Replica lag above 1 MB"},"endsAt":"2023-06-01T10:15:00.000Z","fingerprint":"4bb0e5d5f0b1c2a3","receivers":[{"name":"console"}],"startsAt":"2023-06-01T10:10:12.345Z","status":{"inhibitedBy":[],"silencedBy":[],"state":"active"},"updatedAt":"2023-06-01T10:11:00.000Z","generatorURL":"http://127.0.0.1:9090/graph","labels":{"alertname":"ReplicaLag","job":"patroni","severity":"critical"}},)"
    R"({"annotations":{},"endsAt":"2023-06-01T10:15:00.000Z","fingerprint":"aa00","receivers":[{"name":"console"}],"startsAt":"2023-06-01T10:00:00Z","status":{"inhibitedBy":[],"silencedBy":["8e5f0cd3"],"state":"suppressed"},"updatedAt":"2023-06-01T10:11:00.000Z","generatorURL":"","labels":{"alertname":"NodeDown","service":"orders-db"}}])";

// ---- A fake DNS responder ------------------------------------------------------------------

QByteArray be16(quint16 v)
{
    QByteArray b;
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
    return b;
}

QByteArray be32(quint32 v)
{
    return be16(quint16(v >> 16)) + be16(quint16(v & 0xffff));
}

// An answer record whose owner is the question's name (a compression pointer to offset 12).
QByteArray answerRecord(quint16 type, quint32 ttl, const QByteArray &rdata)
{
    return be16(0xC00C) + be16(type) + be16(1) + be32(ttl) + be16(quint16(rdata.size())) + rdata;
}

QByteArray ipv4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    QByteArray out;
    for (quint8 x : {a, b, c, d})
        out.append(char(x));
    return out;
}

// The reply to `query` (its ID and question echoed) with these flags and answer records.
QByteArray replyTo(const QByteArray &query, quint16 flags, const QList<QByteArray> &answers)
{
    QByteArray packet = query.left(2) + be16(flags) + be16(1) + be16(quint16(answers.size())) + be16(0) + be16(0);
    packet += query.mid(12);
    for (const QByteArray &a : answers)
        packet += a;
    return packet;
}

// Answers every query on a loopback UDP port with what `reply` makes of it (empty: stays silent).
class FakeDnsResponder : public QObject
{
public:
    using Reply = std::function<QByteArray(const QByteArray &query)>;

    explicit FakeDnsResponder(Reply reply)
        : m_reply(std::move(reply))
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                m_queries.append(query.data());
                const QByteArray answer = m_reply(query.data());
                if (!answer.isEmpty())
                    m_socket.writeDatagram(query.makeReply(answer));
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    QList<QByteArray> queries() const { return m_queries; }

private:
    Reply m_reply;
    QUdpSocket m_socket;
    QList<QByteArray> m_queries;
};

quint16 closedUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

ic::DnsCheck dnsCheck(const QString &type, const QStringList &expect, const QList<quint16> &ports)
{
    ic::DnsCheck check;
    check.name = u"api.example.com"_s;
    check.type = type;
    check.expect = expect;
    for (quint16 port : ports) {
        ic::DnsResolver resolver;
        resolver.address = u"127.0.0.1"_s;
        resolver.port = port;
        check.resolvers.append(resolver);
    }
    check.intervalMs = 5000;
    return check;
}

using DnsReplyMaker = std::function<QByteArray(const QByteArray &)>;

} // namespace

Q_DECLARE_METATYPE(DnsReplyMaker)

class TestBackendClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void patroniFirstMemberRefused();
    void patroniRemembersTheMemberThatAnswered();
    void patroniPrimaryClaims_data();
    void patroniPrimaryClaims();
    void patroniMemberDown();
    void patroniMemberAbsentFromCluster();
    void patroniAllMembersDown();
    void patroniClusterFaults_data();
    void patroniClusterFaults();
    void patroniPollingDoesNotOverlap();
    void patroniStopDropsThePollInFlight();
    void patroniSwitchover_data();
    void patroniSwitchover();
    void patroniSwitchoverSkipsARefusingMember();

    void prometheusInstantQuery();
    void prometheusRangeQuery();
    void prometheusFaults_data();
    void prometheusFaults();
    void prometheusCancelAndContext();

    void alertmanagerAlerts();
    void alertmanagerAlertsFaults_data();
    void alertmanagerAlertsFaults();
    void alertmanagerPolling();
    void alertmanagerCreateSilence();
    void alertmanagerSilenceRefused();
    void alertmanagerExpireSilence_data();
    void alertmanagerExpireSilence();

    void dnsAnswers_data();
    void dnsAnswers();
    void dnsSilentResolverTimesOutAfterARetry();
    void dnsRefused();
    void dnsTwoResolvers();
    void dnsInvalidNameForTheSystemResolver();
};

void TestBackendClients::initTestCase()
{
    qputenv("IC_TEST_PATRONI_PASSWORD", "s3cret:with colon");
}

// ---- Patroni -------------------------------------------------------------------------------

void TestBackendClients::patroniFirstMemberRefused()
{
    const QUrl down = closedUrl();
    TestHttpServer node2;
    node2.route("GET", "/cluster",
                json(clusterBody({{u"node1"_s, u"replica"_s, u"stopped"_s, down, u"unknown"_s},
                                  {u"node2"_s, u"leader"_s, u"running"_s, node2.url()}})));
    node2.route("GET", "/patroni", json(nodeBody(u"master"_s)));

    PatroniClient client(patroniCluster({down, node2.url()}));
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY2(topology.ok, qPrintable(topology.error));
    QCOMPARE(topology.service, u"orders-db"_s);
    QCOMPARE(topology.sourceMember, node2.url().toString());
    QCOMPARE(topology.leader, u"node2"_s);
    QCOMPARE(topology.timeline, 1);
    QCOMPARE(topology.members.size(), 2);
    QVERIFY(topology.atMs > 0);

    const ic::PatroniMember *node1 = memberNamed(topology, u"node1"_s);
    QVERIFY(node1);
    QVERIFY(!node1->apiReachable);
    QVERIFY2(node1->apiError.contains(u"refused"_s), qPrintable(node1->apiError));
    QVERIFY(!node1->lagBytes);
    const ic::PatroniMember *leader = memberNamed(topology, u"node2"_s);
    QVERIFY(leader->apiReachable);
    QVERIFY(leader->claimsPrimary);
    QCOMPARE(topology.primaryClaims, QStringList{u"node2"_s});
    QVERIFY(!topology.splitBrain());
    QCOMPARE(node2.hits("/cluster"), 1);
    QCOMPARE(node2.hits("/patroni"), 1);
}

void TestBackendClients::patroniRemembersTheMemberThatAnswered()
{
    TestHttpServer node1;
    TestHttpServer node2;
    node1.route("GET", "/cluster", text("boom", 500));
    node1.route("GET", "/patroni", json(nodeBody(u"replica"_s)));
    node2.route("GET", "/cluster",
                json(clusterBody({{u"node1"_s, u"replica"_s, u"streaming"_s, node1.url(), 0},
                                  {u"node2"_s, u"leader"_s, u"running"_s, node2.url()}})));
    node2.route("GET", "/patroni", json(nodeBody(u"master"_s)));

    PatroniClient client(patroniCluster({node1.url(), node2.url()}));
    for (int poll = 1; poll <= 3; ++poll) {
        bool read = false;
        const ClusterTopology topology = readOnce(client, &read);
        QVERIFY(read);
        QVERIFY2(topology.ok, qPrintable(topology.error));
        QCOMPARE(topology.sourceMember, node2.url().toString());
        QCOMPARE(memberNamed(topology, u"node1"_s)->lagBytes, std::optional<qint64>(0));
        // Only the first poll asked node1 for /cluster; every poll asks everyone for /patroni.
        QCOMPARE(node1.hits("/cluster"), 1);
        QCOMPARE(node2.hits("/cluster"), poll);
        QCOMPARE(node1.hits("/patroni"), poll);
        QCOMPARE(node2.hits("/patroni"), poll);
    }
}

void TestBackendClients::patroniPrimaryClaims_data()
{
    QTest::addColumn<QString>("role1");
    QTest::addColumn<QString>("state1");
    QTest::addColumn<QString>("role2");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<bool>("splitBrain");

    QTest::addRow("healthy") << u"master"_s << u"running"_s << u"replica"_s << QStringList{u"node1"_s} << false;
    QTest::addRow("split brain") << u"master"_s << u"running"_s << u"master"_s << QStringList{u"node1"_s, u"node2"_s} << true;
    QTest::addRow("split brain, Patroni 4 wording") << u"primary"_s << u"running"_s << u"master"_s << QStringList{u"node1"_s, u"node2"_s} << true;
    QTest::addRow("stopped old primary is no claim") << u"master"_s << u"stopped"_s << u"master"_s << QStringList{u"node2"_s} << false;
    QTest::addRow("nobody claims") << u"replica"_s << u"running"_s << u"replica"_s << QStringList() << false;
}

void TestBackendClients::patroniPrimaryClaims()
{
    QFETCH(QString, role1);
    QFETCH(QString, state1);
    QFETCH(QString, role2);
    QFETCH(QStringList, claims);
    QFETCH(bool, splitBrain);

    TestHttpServer node1;
    TestHttpServer node2;
    const QByteArray cluster = clusterBody({{u"node1"_s, u"leader"_s, u"running"_s, node1.url()},
                                            {u"node2"_s, u"replica"_s, u"streaming"_s, node2.url(), 0}});
    node1.route("GET", "/cluster", json(cluster));
    node1.route("GET", "/patroni", json(nodeBody(role1, state1)));
    node2.route("GET", "/patroni", json(nodeBody(role2)));

    PatroniClient client(patroniCluster({node1.url(), node2.url()}));
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY2(topology.ok, qPrintable(topology.error));
    QCOMPARE(topology.primaryClaims, claims);
    QCOMPARE(topology.splitBrain(), splitBrain);
    // /cluster's view of the roles is kept; the claims are each member's own view.
    QCOMPARE(memberNamed(topology, u"node2"_s)->role, u"replica"_s);
    QCOMPARE(node2.hits("/cluster"), 0);
}

void TestBackendClients::patroniMemberDown()
{
    TestHttpServer node1;
    TestHttpServer node2;
    node1.route("GET", "/cluster",
                json(clusterBody({{u"node1"_s, u"leader"_s, u"running"_s, node1.url()},
                                  {u"node2"_s, u"replica"_s, u"streaming"_s, node2.url(), 2048}})));
    node1.route("GET", "/patroni", json(nodeBody(u"master"_s)));
    TestResponse silent;
    silent.neverAnswer = true;
    node2.route("GET", "/patroni", silent);

    PatroniClient client(patroniCluster({node1.url(), node2.url()}, 400));
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY2(topology.ok, qPrintable(topology.error));
    const ic::PatroniMember *node2Member = memberNamed(topology, u"node2"_s);
    QVERIFY(!node2Member->apiReachable);
    QVERIFY2(node2Member->apiError.contains(u"timed out"_s), qPrintable(node2Member->apiError));
    QCOMPARE(node2Member->lagBytes, std::optional<qint64>(2048));
    QVERIFY(memberNamed(topology, u"node1"_s)->apiReachable);
    QCOMPARE(topology.primaryClaims, QStringList{u"node1"_s});

    // A /patroni that is not JSON is as unreadable as a silent one.
    node2.route("GET", "/patroni", text("<html>proxy error</html>", 200));
    const ClusterTopology second = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY(!memberNamed(second, u"node2"_s)->apiReachable);
    QVERIFY2(memberNamed(second, u"node2"_s)->apiError.contains(u"expected application/json"_s),
             qPrintable(memberNamed(second, u"node2"_s)->apiError));
}

void TestBackendClients::patroniMemberAbsentFromCluster()
{
    // node3 is configured but the DCS no longer lists it, and it still runs as a primary:
    // exactly the split brain /cluster alone cannot show.
    TestHttpServer node1;
    TestHttpServer node2;
    TestHttpServer node3;
    node1.route("GET", "/cluster",
                json(clusterBody({{u"node1"_s, u"leader"_s, u"running"_s, node1.url()},
                                  {u"node2"_s, u"replica"_s, u"streaming"_s, node2.url(), 0}})));
    node1.route("GET", "/patroni", json(nodeBody(u"master"_s)));
    node2.route("GET", "/patroni", json(nodeBody(u"replica"_s)));
    node3.route("GET", "/patroni", json(nodeBody(u"master"_s)));
    const QUrl down = closedUrl();

    PatroniClient client(patroniCluster({node1.url(), node2.url(), node3.url(), down}));
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY2(topology.ok, qPrintable(topology.error));
    QCOMPARE(topology.members.size(), 4);
    const ic::PatroniMember *stray = memberNamed(topology, hostPort(node3.url()));
    QVERIFY(stray);
    QVERIFY(!stray->inCluster);
    QVERIFY(stray->apiReachable);
    QCOMPARE(stray->role, u"master"_s);
    QCOMPARE(topology.primaryClaims, (QStringList{u"node1"_s, hostPort(node3.url())}));
    QVERIFY(topology.splitBrain());
    const ic::PatroniMember *gone = memberNamed(topology, hostPort(down));
    QVERIFY(gone);
    QVERIFY(!gone->inCluster);
    QVERIFY(!gone->apiReachable);
    QVERIFY2(gone->apiError.contains(u"refused"_s), qPrintable(gone->apiError));
    QVERIFY(memberNamed(topology, u"node2"_s)->inCluster);
}

void TestBackendClients::patroniAllMembersDown()
{
    TestHttpServer garbage;
    garbage.route("GET", "/cluster", json("{\"members\": 5}"));
    garbage.route("GET", "/patroni", json(nodeBody(u"replica"_s)));
    const QUrl down = closedUrl();

    PatroniClient client(patroniCluster({down, garbage.url()}));
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY(!topology.ok);
    QCOMPARE(topology.failure, FetchFailure::Refused); // the first member's reason
    QVERIFY2(topology.error.contains(hostPort(down) + u": connection refused"_s), qPrintable(topology.error));
    QVERIFY2(topology.error.contains(hostPort(garbage.url()) + u": invalid Patroni /cluster reply: members is not an array"_s),
             qPrintable(topology.error));
    QVERIFY(topology.leader.isEmpty());
    // Both members are still reported: one unreachable, one answering /patroni as a replica.
    QCOMPARE(topology.members.size(), 2);
    QVERIFY(!memberNamed(topology, hostPort(down))->apiReachable);
    QVERIFY(memberNamed(topology, hostPort(garbage.url()))->apiReachable);
    QCOMPARE(memberNamed(topology, hostPort(garbage.url()))->role, u"replica"_s);
    QVERIFY(topology.primaryClaims.isEmpty());

    PatroniClient nobody(patroniCluster({closedUrl(), closedUrl()}));
    const ClusterTopology none = readOnce(nobody, &read);
    QVERIFY(read);
    QVERIFY(!none.ok);
    QCOMPARE(none.failure, FetchFailure::Refused);
    QCOMPARE(none.error.count(u"connection refused"_s), 2);
    QCOMPARE(none.members.size(), 2);
    for (const ic::PatroniMember &m : none.members)
        QVERIFY(!m.apiReachable);
}

void TestBackendClients::patroniClusterFaults_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QString>("error");

    TestResponse r = json("{}");
    r.delayMs = 2000;
    QTest::addRow("timeout") << r << FetchFailure::Timeout << u"timed out"_s;
    QTest::addRow("500") << text("Internal Server Error", 500) << FetchFailure::HttpStatus << u"HTTP 500"_s;
    QTest::addRow("malformed JSON") << json("{\"members\": [") << FetchFailure::Malformed << u"not JSON"_s;
    QTest::addRow("wrong content type") << text(clusterBody({}), 200) << FetchFailure::WrongContentType << u"expected application/json"_s;
    r = TestResponse();
    r.hangUp = true;
    QTest::addRow("hang-up") << r << FetchFailure::Network << u"closed the connection"_s;
    r = TestResponse();
    r.repeatBodyBytes = 200'000;
    QTest::addRow("oversize") << r << FetchFailure::TooLarge << u"larger than the limit"_s;
}

void TestBackendClients::patroniClusterFaults()
{
    QFETCH(TestResponse, response);
    QFETCH(FetchFailure, failure);
    QFETCH(QString, error);

    TestHttpServer node;
    node.route("GET", "/cluster", response);
    node.route("GET", "/patroni", json(nodeBody(u"master"_s)));
    ic::PatroniCluster cluster = patroniCluster({node.url()}, 400);
    cluster.http.maxResponseBytes = 64 * 1024;
    PatroniClient client(cluster);
    bool read = false;
    const ClusterTopology topology = readOnce(client, &read);
    QVERIFY(read);
    QVERIFY(!topology.ok);
    QCOMPARE(topology.failure, failure);
    QVERIFY2(topology.error.contains(error), qPrintable(topology.error));
    QVERIFY(topology.leader.isEmpty());
}

void TestBackendClients::patroniPollingDoesNotOverlap()
{
    TestHttpServer node;
    TestResponse slowCluster = json(clusterBody({{u"node1"_s, u"leader"_s, u"running"_s, {}}}));
    slowCluster.delayMs = 250;
    node.route("GET", "/cluster", [&node, slowCluster](const TestRequest &) {
        TestResponse r = slowCluster;
        r.body = clusterBody({{u"node1"_s, u"leader"_s, u"running"_s, node.url()}});
        return r;
    });
    node.route("GET", "/patroni", json(nodeBody(u"master"_s)));

    PatroniClient client(patroniCluster({node.url()})); // interval 100 ms, each poll ≥ 250 ms
    QSignalSpy spy(&client, &PatroniClient::topologyRead);
    client.start();
    QVERIFY(client.isActive());
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 10000);
    client.stop();
    QVERIFY(!client.isActive());
    QVERIFY(!client.isPolling());
    const int reads = int(spy.size());
    // One /cluster request per read (plus the one stop() dropped, if any): polls that overlapped
    // would have sent about 2.5 requests per read at this interval.
    QVERIFY2(node.hits("/cluster") == reads || node.hits("/cluster") == reads + 1,
             qPrintable(u"%1 requests, %2 reads"_s.arg(node.hits("/cluster")).arg(reads)));
    QTest::qWait(400);
    QCOMPARE(spy.size(), reads);
}

void TestBackendClients::patroniStopDropsThePollInFlight()
{
    TestHttpServer node;
    TestResponse slow = json(clusterBody({}));
    slow.delayMs = 200;
    node.route("GET", "/cluster", slow);
    PatroniClient client(patroniCluster({node.url()}));
    QSignalSpy spy(&client, &PatroniClient::topologyRead);
    client.poll();
    QVERIFY(client.isPolling());
    client.poll(); // ignored: one at a time
    QTRY_COMPARE(node.hits("/cluster"), 1);
    client.stop();
    QTest::qWait(400);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(node.hits("/cluster"), 1);
}

void TestBackendClients::patroniSwitchover_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QDateTime>("scheduledAt");
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("expectedBody");

    QTest::addRow("200")
        << u"node2"_s << QDateTime() << text("Successfully switched over to \"node2\"", 200) << true
        << u"Successfully switched over to \"node2\""_s << QByteArray(R"({"candidate":"node2","leader":"node1"})");
    QTest::addRow("202 scheduled")
        << QString() << QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC) << text("Switchover scheduled", 202) << true
        << u"Switchover scheduled"_s << QByteArray(R"({"leader":"node1","scheduled_at":"2030-01-02T03:04:05Z"})");
    QTest::addRow("412 leader does not match")
        << u"node2"_s << QDateTime() << text("leader name does not match", 412) << false
        << u"refused the switchover (HTTP 412): leader name does not match"_s << QByteArray(R"({"candidate":"node2","leader":"node1"})");
    QTest::addRow("401 no auth")
        << u"node2"_s << QDateTime() << text("no auth header received", 401) << false
        << u"(HTTP 401): no auth header received"_s << QByteArray(R"({"candidate":"node2","leader":"node1"})");
    QTest::addRow("503 failed")
        << u"node2"_s << QDateTime() << text("Switchover failed", 503) << false
        << u"(HTTP 503): Switchover failed"_s << QByteArray(R"({"candidate":"node2","leader":"node1"})");
}

void TestBackendClients::patroniSwitchover()
{
    QFETCH(QString, candidate);
    QFETCH(QDateTime, scheduledAt);
    QFETCH(TestResponse, response);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QFETCH(QByteArray, expectedBody);

    TestHttpServer node;
    node.route("POST", "/switchover", response);
    PatroniClient client(patroniCluster({node.url()}));
    QSignalSpy done(&client, &PatroniClient::switchoverDone);
    client.switchover(u"node1"_s, candidate, scheduledAt);
    QVERIFY(client.isSwitchingOver());
    QCOMPARE(done.size(), 0);
    QVERIFY(done.wait(10000));
    QVERIFY(!client.isSwitchingOver());
    QCOMPARE(done.first().at(0).toBool(), ok);
    QVERIFY2(done.first().at(1).toString().contains(message), qPrintable(done.first().at(1).toString()));

    QCOMPARE(node.requests().size(), 1);
    const TestRequest request = node.requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/switchover"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("authorization"), "Basic " + QByteArray("patroniapi:s3cret:with colon").toBase64());
    // Compared as JSON: key order is not part of the contract.
    QCOMPARE(QJsonDocument::fromJson(request.body), QJsonDocument::fromJson(expectedBody));
}

void TestBackendClients::patroniSwitchoverSkipsARefusingMember()
{
    TestHttpServer node2;
    node2.route("POST", "/switchover", text("Successfully switched over to \"node1\"", 200));
    const QUrl down = closedUrl();
    PatroniClient client(patroniCluster({down, node2.url()}));
    QSignalSpy done(&client, &PatroniClient::switchoverDone);
    client.switchover(u"node2"_s, u"node1"_s);
    client.switchover(u"node2"_s, u"node1"_s); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY(done.at(0).at(1).toString().contains(u"already in progress"_s));
    QCOMPARE(done.at(1).at(0).toBool(), true);
    QCOMPARE(node2.hits("/switchover"), 1);

    PatroniClient nobody(patroniCluster({closedUrl()}));
    QSignalSpy failed(&nobody, &PatroniClient::switchoverDone);
    nobody.switchover(u"node1"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toBool(), false);
    QVERIFY2(failed.first().at(1).toString().contains(u"connection refused"_s), qPrintable(failed.first().at(1).toString()));
}

// ---- Prometheus ----------------------------------------------------------------------------

void TestBackendClients::prometheusInstantQuery()
{
    TestHttpServer server;
    server.route("POST", "/prom/api/v1/query", json(VectorBody));
    ic::PrometheusConfig config;
    config.url = server.url(u"/prom/"_s);
    config.http.timeoutMs = 5000;
    PrometheusClient client(config);

    // A '+', '&', '=' and a newline must all survive form encoding.
    const QString query = u"sum(rate(x{job=\"a&b\"}[1m])) + on(instance)\n  y == 1"_s;
    auto outcome = std::make_shared<PromOutcome>();
    client.instantQuery(query, QDateTime::fromMSecsSinceEpoch(1685613600781, Qt::UTC), this, recordInto(outcome));
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result.ok, qPrintable(outcome->result.error));
    QCOMPARE(outcome->result.resultType, u"vector"_s);
    QCOMPARE(outcome->result.series.size(), 1);
    QCOMPARE(outcome->result.series.first().labels.value(u"instance"_s), u"127.0.0.1:8009"_s);
    QCOMPARE(outcome->result.series.first().points.first().value, 1048576.0);
    QCOMPARE(outcome->result.series.first().points.first().atMs, qint64(1685613600781));

    const TestRequest request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!request.body.contains(' '));
    QVERIFY(!request.body.contains("+ on"));
    const QUrlQuery form = formOf(request);
    QCOMPARE(form.queryItemValue(u"query"_s, QUrl::FullyDecoded), query);
    QCOMPARE(form.queryItemValue(u"time"_s), u"1685613600.781"_s);
    QCOMPARE(form.queryItemValue(u"timeout"_s), u"4.000"_s);
}

void TestBackendClients::prometheusRangeQuery()
{
    TestHttpServer server;
    server.route("POST", "/api/v1/query_range",
                 json(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"instance":"a"},"values":[[1685613600,"0"],[1685613615,"NaN"]]}]}})"));
    ic::PrometheusConfig config;
    config.url = server.url();
    PrometheusClient client(config);
    auto outcome = std::make_shared<PromOutcome>();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1685613600000, Qt::UTC);
    client.rangeQuery(u"patroni_xlog_location"_s, start, start.addSecs(300), 15000, this, recordInto(outcome));
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result.ok, qPrintable(outcome->result.error));
    QCOMPARE(outcome->result.resultType, u"matrix"_s);
    QCOMPARE(outcome->result.series.first().points.size(), 2);
    QVERIFY(std::isnan(outcome->result.series.first().points.at(1).value));

    const QUrlQuery form = formOf(server.requests().constFirst());
    QCOMPARE(form.queryItemValue(u"query"_s), u"patroni_xlog_location"_s);
    QCOMPARE(form.queryItemValue(u"start"_s), u"1685613600.000"_s);
    QCOMPARE(form.queryItemValue(u"end"_s), u"1685613900.000"_s);
    QCOMPARE(form.queryItemValue(u"step"_s), u"15.000"_s);
}

void TestBackendClients::prometheusFaults_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("error");

    QTest::addRow("400 bad_data") << json(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})", 400)
                                  << FetchFailure::None << u"bad_data"_s << u"parse error: unexpected end of input"_s;
    QTest::addRow("422 execution") << json(R"({"status":"error","errorType":"execution","error":"many-to-many matching not allowed"})", 422)
                                   << FetchFailure::None << u"execution"_s << u"many-to-many matching not allowed"_s;
    QTest::addRow("503 timeout") << json(R"({"status":"error","errorType":"timeout","error":"query timed out in query execution"})", 503)
                                 << FetchFailure::None << u"timeout"_s << u"query timed out"_s;
    QTest::addRow("500 HTML") << text("<h1>oops</h1>", 500) << FetchFailure::HttpStatus << QString() << u"HTTP 500"_s;
    QTest::addRow("500 envelope") << json(R"({"status":"error","errorType":"internal","error":"storage broke"})", 500)
                                  << FetchFailure::HttpStatus << u"internal"_s << u"storage broke"_s;
    TestResponse r = json(VectorBody);
    r.delayMs = 2000;
    QTest::addRow("timeout") << r << FetchFailure::Timeout << QString() << u"timed out"_s;
    QTest::addRow("malformed") << json(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << FetchFailure::Malformed
                               << QString() << u"data.result is not an array"_s;
    QTest::addRow("not JSON") << json("pong") << FetchFailure::Malformed << QString() << u"not JSON"_s;
    r = json(VectorBody);
    r.contentType = "text/plain; version=0.0.4";
    QTest::addRow("wrong content type") << r << FetchFailure::WrongContentType << QString() << u"expected application/json, got text/plain"_s;
    r = TestResponse();
    r.repeatBodyBytes = 300'000;
    QTest::addRow("oversize") << r << FetchFailure::TooLarge << QString() << u"larger than the limit"_s;
    r = TestResponse();
    r.hangUp = true;
    QTest::addRow("hang-up") << r << FetchFailure::Network << QString() << u"closed the connection"_s;
}

void TestBackendClients::prometheusFaults()
{
    QFETCH(TestResponse, response);
    QFETCH(FetchFailure, failure);
    QFETCH(QString, errorType);
    QFETCH(QString, error);

    TestHttpServer server;
    server.route("POST", "/api/v1/query", response);
    ic::PrometheusConfig config;
    config.url = server.url();
    config.http.timeoutMs = 500;
    config.http.maxResponseBytes = 100'000;
    PrometheusClient client(config);
    auto outcome = std::make_shared<PromOutcome>();
    client.instantQuery(u"up"_s, {}, this, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY(!outcome->result.ok);
    QCOMPARE(outcome->result.failure, failure);
    QCOMPARE(outcome->result.errorType, errorType);
    QVERIFY2(outcome->result.error.contains(error), qPrintable(outcome->result.error));
    QVERIFY(outcome->result.series.isEmpty());
    QVERIFY(!formOf(server.requests().constFirst()).hasQueryItem(u"time"_s));
}

void TestBackendClients::prometheusCancelAndContext()
{
    TestHttpServer server;
    TestResponse slow = json(VectorBody);
    slow.delayMs = 150;
    server.route("POST", "/api/v1/query", slow);
    ic::PrometheusConfig config;
    config.url = server.url();
    ic::HttpFetcher fetcher; // shared by two clients
    PrometheusClient client(config, &fetcher);
    PrometheusClient other(config, &fetcher);

    auto cancelled = std::make_shared<PromOutcome>();
    client.cancel(client.instantQuery(u"up"_s, {}, this, recordInto(cancelled)));
    auto orphan = std::make_shared<PromOutcome>();
    auto context = std::make_unique<QObject>();
    other.instantQuery(u"up"_s, {}, context.get(), recordInto(orphan));
    context.reset();
    auto answered = std::make_shared<PromOutcome>();
    other.instantQuery(u"up"_s, {}, this, recordInto(answered));
    QTRY_COMPARE(answered->calls, 1);
    QTest::qWait(300);
    QCOMPARE(cancelled->calls, 0);
    QCOMPARE(orphan->calls, 0);
    QVERIFY(answered->result.ok);
}

// ---- Alertmanager --------------------------------------------------------------------------

void TestBackendClients::alertmanagerAlerts()
{
    TestHttpServer server;
    server.route("GET", "/api/v2/alerts", json(AlertsBody));
    ic::AlertmanagerConfig config;
    config.url = server.url();
    AlertmanagerClient client(config);
    QSignalSpy spy(&client, &AlertmanagerClient::alertsRead);
    client.fetchAlerts();
    QVERIFY(client.isFetching());
    client.fetchAlerts(); // ignored while one runs
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    QVERIFY2(spy.first().at(1).toBool(), qPrintable(spy.first().at(2).toString()));
    const QList<ic::AlertInfo> alerts = spy.first().at(0).value<QList<ic::AlertInfo>>();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).name, u"ReplicaLag"_s);
    QCOMPARE(alerts.at(0).severity, u"critical"_s);
    QCOMPARE(alerts.at(0).startsAtMs, qint64(1685614212345));
    QCOMPARE(alerts.at(1).silencedBy, QStringList{u"8e5f0cd3"_s});
    QCOMPARE(alerts.at(1).state, u"suppressed"_s);

    QCOMPARE(server.requests().size(), 1);
    const QByteArray path = server.requests().constFirst().path;
    const QUrlQuery query(QUrl(QString::fromLatin1(path)));
    QCOMPARE(query.queryItemValue(u"active"_s), u"true"_s);
    QCOMPARE(query.queryItemValue(u"silenced"_s), u"true"_s);
    QCOMPARE(query.queryItemValue(u"inhibited"_s), u"true"_s);
    // Alertmanager itself has no auth: nothing is sent unless a username is configured.
    QVERIFY(!server.requests().constFirst().headers.contains("authorization"));
}

void TestBackendClients::alertmanagerAlertsFaults_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<QString>("error");
    QTest::addRow("500") << text("boom", 500) << u"HTTP 500"_s;
    QTest::addRow("malformed") << json(R"([{"labels":{}}])") << u"[0].fingerprint is missing"_s;
    QTest::addRow("object") << json(R"({"data":[]})") << u"not a JSON array"_s;
    TestResponse r = json("[]");
    r.delayMs = 2000;
    QTest::addRow("timeout") << r << u"timed out"_s;
}

void TestBackendClients::alertmanagerAlertsFaults()
{
    QFETCH(TestResponse, response);
    QFETCH(QString, error);
    TestHttpServer server;
    server.route("GET", "/api/v2/alerts", response);
    ic::AlertmanagerConfig config;
    config.url = server.url();
    config.http.timeoutMs = 400;
    AlertmanagerClient client(config);
    QSignalSpy spy(&client, &AlertmanagerClient::alertsRead);
    client.fetchAlerts();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().at(1).toBool(), false);
    QVERIFY(spy.first().at(0).value<QList<ic::AlertInfo>>().isEmpty());
    QVERIFY2(spy.first().at(2).toString().contains(error), qPrintable(spy.first().at(2).toString()));
}

void TestBackendClients::alertmanagerPolling()
{
    TestHttpServer server;
    server.route("GET", "/api/v2/alerts", json("[]"));
    ic::AlertmanagerConfig config;
    config.url = server.url();
    config.intervalMs = 100;
    AlertmanagerClient client(config);
    QSignalSpy spy(&client, &AlertmanagerClient::alertsRead);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 10000);
    client.stop();
    const int reads = int(spy.size());
    QTest::qWait(300);
    QCOMPARE(spy.size(), reads);
    const int hits = server.hits("/api/v2/alerts");
    QVERIFY2(hits == reads || hits == reads + 1, qPrintable(u"%1 requests, %2 reads"_s.arg(hits).arg(reads)));
}

void TestBackendClients::alertmanagerCreateSilence()
{
    TestHttpServer server;
    server.route("POST", "/api/v2/silences", json(R"({"silenceID":"8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11"})"));
    ic::AlertmanagerConfig config;
    config.url = server.url();
    config.username = u"console"_s;
    config.password = envRef(u"IC_TEST_PATRONI_PASSWORD"_s);
    AlertmanagerClient client(config);

    int calls = 0;
    bool ok = false;
    QString id;
    QString error;
    const QDateTime start(QDate(2023, 6, 1), QTime(10, 0), Qt::UTC);
    client.createSilence({{u"alertname"_s, u"ReplicaLag"_s, false, true}, {u"instance"_s, u"127\\.0\\.0\\.1:.*"_s, true, false}},
                         start, start.addSecs(3600), u"alice"_s, u"failover drill"_s, this,
                         [&](bool o, const QString &i, const QString &e) {
                             ++calls;
                             ok = o;
                             id = i;
                             error = e;
                         });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(id, u"8e5f0cd3-1c0a-4f9a-9d52-2f1c0f5e1a11"_s);

    const TestRequest request = server.requests().constFirst();
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("authorization"), "Basic " + QByteArray("console:s3cret:with colon").toBase64());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.keys(), (QStringList{u"comment"_s, u"createdBy"_s, u"endsAt"_s, u"matchers"_s, u"startsAt"_s}));
    QCOMPARE(body.value(u"startsAt"_s).toString(), u"2023-06-01T10:00:00.000Z"_s);
    QCOMPARE(body.value(u"endsAt"_s).toString(), u"2023-06-01T11:00:00.000Z"_s);
    QCOMPARE(body.value(u"createdBy"_s).toString(), u"alice"_s);
    QCOMPARE(body.value(u"comment"_s).toString(), u"failover drill"_s);
    const QJsonArray matchers = body.value(u"matchers"_s).toArray();
    QCOMPARE(matchers.size(), 2);
    QCOMPARE(matchers.at(0).toObject(), (QJsonObject{{u"name"_s, u"alertname"_s}, {u"value"_s, u"ReplicaLag"_s}, {u"isRegex"_s, false}, {u"isEqual"_s, true}}));
    QCOMPARE(matchers.at(1).toObject(), (QJsonObject{{u"name"_s, u"instance"_s}, {u"value"_s, u"127\\.0\\.0\\.1:.*"_s}, {u"isRegex"_s, true}, {u"isEqual"_s, false}}));
}

void TestBackendClients::alertmanagerSilenceRefused()
{
    TestHttpServer server;
    // Alertmanager 0.25 writes its errors as a JSON string.
    server.route("POST", "/api/v2/silences", json("\"silence invalid: at least one matcher required\"", 400));
    ic::AlertmanagerConfig config;
    config.url = server.url();
    AlertmanagerClient client(config);
    int calls = 0;
    bool ok = true;
    QString error;
    client.createSilence({}, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addSecs(60), u"alice"_s, u"x"_s, this,
                         [&](bool o, const QString &, const QString &e) {
                             ++calls;
                             ok = o;
                             error = e;
                         });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!ok);
    QCOMPARE(error, u"Alertmanager answered HTTP 400: silence invalid: at least one matcher required"_s);
    QVERIFY(!server.requests().constFirst().headers.contains("authorization"));
}

void TestBackendClients::alertmanagerExpireSilence_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::addRow("200") << json("") << true << QString();
    QTest::addRow("404") << json("\"silence 8e5f0cd3 not found\"", 404) << false << u"HTTP 404: silence 8e5f0cd3 not found"_s;
    QTest::addRow("500 already expired") << json("\"silence 8e5f0cd3 already expired\"", 500) << false << u"already expired"_s;
}

void TestBackendClients::alertmanagerExpireSilence()
{
    QFETCH(TestResponse, response);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    TestHttpServer server;
    server.route("DELETE", "/api/v2/silence/8e5f0cd3", response);
    ic::AlertmanagerConfig config;
    config.url = server.url();
    AlertmanagerClient client(config);
    int calls = 0;
    bool done = !ok;
    QString message;
    client.expireSilence(u"8e5f0cd3"_s, this, [&](bool o, const QString &e) {
        ++calls;
        done = o;
        message = e;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(done, ok);
    QVERIFY2(error.isEmpty() ? message.isEmpty() : message.contains(error), qPrintable(message));
    QCOMPARE(server.requests().constFirst().method, QByteArray("DELETE"));
    QCOMPARE(server.requests().constFirst().path, QByteArray("/api/v2/silence/8e5f0cd3"));
}

// ---- DNS -----------------------------------------------------------------------------------

void TestBackendClients::dnsAnswers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<DnsReplyMaker>("reply");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("error");

    const DnsReplyMaker twoAddresses = [](const QByteArray &q) {
        return replyTo(q, 0x8180, {answerRecord(1, 300, ipv4(192, 0, 2, 20)), answerRecord(1, 42, ipv4(192, 0, 2, 10))});
    };
    QTest::addRow("A, expected in another order") << u"A"_s << QStringList{u"192.0.2.20"_s, u"192.0.2.10"_s} << twoAddresses << true
                                                  << QStringList{u"192.0.2.10"_s, u"192.0.2.20"_s} << 42 << true << QString();
    QTest::addRow("A, nothing expected") << u"A"_s << QStringList() << twoAddresses << true
                                         << QStringList{u"192.0.2.10"_s, u"192.0.2.20"_s} << 42 << true << QString();
    QTest::addRow("A, not yet cut over") << u"A"_s << QStringList{u"198.51.100.7"_s} << twoAddresses << true
                                         << QStringList{u"192.0.2.10"_s, u"192.0.2.20"_s} << 42 << false << QString();
    QTest::addRow("CNAME with compression") << u"CNAME"_s << QStringList{u"LB.example.com."_s}
                                            << DnsReplyMaker([](const QByteArray &q) {
                                                   // "lb" + a pointer to "example.com" inside the question (offset 16).
                                                   return replyTo(q, 0x8180, {answerRecord(5, 600, QByteArray("\x02lb", 3) + be16(0xC010))});
                                               })
                                            << true << QStringList{u"lb.example.com"_s} << 600 << true << QString();
    QTest::addRow("NXDOMAIN") << u"A"_s << QStringList() << DnsReplyMaker([](const QByteArray &q) { return replyTo(q, 0x8183, {}); })
                              << false << QStringList() << 0 << false << u"NXDOMAIN"_s;
    QTest::addRow("SERVFAIL") << u"A"_s << QStringList() << DnsReplyMaker([](const QByteArray &q) { return replyTo(q, 0x8182, {}); })
                              << false << QStringList() << 0 << false << u"SERVFAIL"_s;
    QTest::addRow("truncated") << u"TXT"_s << QStringList()
                               << DnsReplyMaker([](const QByteArray &q) { return replyTo(q, 0x8380, {}); })
                               << false << QStringList() << 0 << false << u"answer truncated"_s;
    QTest::addRow("garbage") << u"A"_s << QStringList() << DnsReplyMaker([](const QByteArray &) { return QByteArray("\x01\x02\x03", 3); })
                             << false << QStringList() << 0 << false << u"malformed DNS reply"_s;
    QTest::addRow("pointer loop") << u"A"_s << QStringList()
                                  << DnsReplyMaker([](const QByteArray &q) {
                                         QByteArray packet = replyTo(q, 0x8180, {});
                                         packet[7] = 1;
                                         const quint16 self = quint16(packet.size());
                                         return packet + be16(0xC000 | self) + be16(1) + be16(1) + be32(1) + be16(4) + ipv4(1, 2, 3, 4);
                                     })
                                  << false << QStringList() << 0 << false << u"compression pointer"_s;
    QTest::addRow("wrong ID") << u"A"_s << QStringList()
                              << DnsReplyMaker([](const QByteArray &q) {
                                     QByteArray packet = replyTo(q, 0x8180, {});
                                     packet[0] = char(~packet[0]);
                                     return packet;
                                 })
                              << false << QStringList() << 0 << false << u"not the ID of the query"_s;
}

void TestBackendClients::dnsAnswers()
{
    QFETCH(QString, type);
    QFETCH(QStringList, expect);
    QFETCH(DnsReplyMaker, reply);
    QFETCH(bool, ok);
    QFETCH(int, ttl);
    QFETCH(bool, matches);
    QFETCH(QString, error);

    FakeDnsResponder responder(reply);
    ic::DnsChecker checker(dnsCheck(type, expect, {responder.port()}));
    QSignalSpy spy(&checker, &ic::DnsChecker::answered);
    checker.query();
    QCOMPARE(spy.size(), 0);
    QVERIFY(checker.isQuerying());
    QVERIFY(spy.wait(5000));
    QVERIFY(!checker.isQuerying());
    const ic::DnsAnswer answer = spy.first().at(0).value<ic::DnsAnswer>();
    QCOMPARE(answer.name, u"api.example.com"_s);
    QCOMPARE(answer.type, type);
    QCOMPARE(answer.resolver, u"127.0.0.1:%1"_s.arg(responder.port()));
    QVERIFY(answer.atMs > 0);
    QCOMPARE(answer.ok, ok);
    QTEST(answer.values, "values");
    QCOMPARE(int(answer.ttlSeconds), ttl);
    QCOMPARE(answer.matchesExpected, matches);
    QVERIFY2(error.isEmpty() ? answer.error.isEmpty() : answer.error.contains(error), qPrintable(answer.error));

    // The query the responder saw: one question for the name, of the type, recursion desired.
    QCOMPARE(responder.queries().size(), 1);
    const QByteArray query = responder.queries().constFirst();
    QCOMPARE(query.mid(2, 4), QByteArray::fromHex("01000001"));
    QVERIFY(query.contains(QByteArray("\x03" "api" "\x07" "example" "\x03" "com" "\x00", 17)));
    QCOMPARE(quint16((quint8(query.at(query.size() - 4)) << 8) | quint8(query.at(query.size() - 3))), ic::dnsTypeCode(type));
}

void TestBackendClients::dnsSilentResolverTimesOutAfterARetry()
{
    FakeDnsResponder silent([](const QByteArray &) { return QByteArray(); });
    ic::DnsChecker checker(dnsCheck(u"A"_s, {}, {silent.port()}));
    checker.setTimeoutMs(400);
    QSignalSpy spy(&checker, &ic::DnsChecker::answered);
    checker.query();
    QVERIFY(spy.wait(5000));
    const ic::DnsAnswer answer = spy.first().at(0).value<ic::DnsAnswer>();
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(u"no answer"_s), qPrintable(answer.error));
    // Sent once more halfway, with the same ID.
    QCOMPARE(silent.queries().size(), 2);
    QCOMPARE(silent.queries().at(0), silent.queries().at(1));
}

void TestBackendClients::dnsRefused()
{
    ic::DnsChecker checker(dnsCheck(u"A"_s, {}, {closedUdpPort()}));
    checker.setTimeoutMs(3000);
    QSignalSpy spy(&checker, &ic::DnsChecker::answered);
    checker.query();
    QVERIFY(spy.wait(5000));
    const ic::DnsAnswer answer = spy.first().at(0).value<ic::DnsAnswer>();
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(u"refused"_s), qPrintable(answer.error));
}

void TestBackendClients::dnsTwoResolvers()
{
    FakeDnsResponder newAnswer([](const QByteArray &q) { return replyTo(q, 0x8180, {answerRecord(1, 30, ipv4(198, 51, 100, 7))}); });
    FakeDnsResponder oldAnswer([](const QByteArray &q) { return replyTo(q, 0x8180, {answerRecord(1, 3000, ipv4(192, 0, 2, 10))}); });
    ic::DnsChecker checker(dnsCheck(u"A"_s, {u"198.51.100.7"_s}, {newAnswer.port(), oldAnswer.port()}));
    QSignalSpy spy(&checker, &ic::DnsChecker::answered);
    checker.start();
    QTRY_COMPARE(spy.size(), 2);
    checker.stop();
    QHash<QString, ic::DnsAnswer> byResolver;
    for (const QList<QVariant> &args : spy) {
        const ic::DnsAnswer a = args.at(0).value<ic::DnsAnswer>();
        byResolver.insert(a.resolver, a);
    }
    const ic::DnsAnswer fresh = byResolver.value(u"127.0.0.1:%1"_s.arg(newAnswer.port()));
    const ic::DnsAnswer stale = byResolver.value(u"127.0.0.1:%1"_s.arg(oldAnswer.port()));
    QVERIFY(fresh.ok && stale.ok);
    QVERIFY(fresh.matchesExpected);
    QVERIFY(!stale.matchesExpected);
    QCOMPARE(stale.ttlSeconds, quint32(3000));
    QCOMPARE(stale.values, QStringList{u"192.0.2.10"_s});
}

void TestBackendClients::dnsInvalidNameForTheSystemResolver()
{
    ic::DnsCheck check;
    check.name = u"bad..example.com"_s;
    check.type = u"A"_s;
    ic::DnsChecker checker(check);
    QCOMPARE(checker.resolvers().size(), 1);
    QSignalSpy spy(&checker, &ic::DnsChecker::answered);
    checker.query();
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(2000));
    const ic::DnsAnswer answer = spy.first().at(0).value<ic::DnsAnswer>();
    QCOMPARE(answer.resolver, u"system"_s);
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains(u"empty label"_s), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestBackendClients)
#include "tst_backendclients.moc"
