// What a health answer means in each format (a table of answers), and the prober's schedule
// against a loopback server: intervals, no pile-up behind a slow endpoint, runOnce, a worker
// thread, and a thousand checks on one timer.

#include "HealthProbe.h"
#include "TestHttpServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using ic::FetchFailure;
using ic::HealthCheck;
using ic::HealthFormat;
using ic::HealthObservation;
using ic::HealthProber;
using ic::HttpResult;
using ic::ProbeOutcome;
using ic::test::TestHttpServer;
using ic::test::TestRequest;
using ic::test::TestResponse;

namespace {

// An answer as the fetcher hands it to the prober (which accepts any content type and leaves
// non-2xx to be judged).
HttpResult answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResult r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    r.elapsedMs = 12;
    if (status < 200 || status > 299) {
        r.failure = FetchFailure::HttpStatus;
        r.error = u"127.0.0.1:8080: HTTP "_s + QString::number(status);
    }
    return r;
}

HttpResult transport(FetchFailure failure, const QString &reason)
{
    HttpResult r;
    r.failure = failure;
    r.error = u"127.0.0.1:8080: "_s + reason;
    r.elapsedMs = 2000;
    return r;
}

HealthCheck check(const QString &name, const QUrl &url, qint64 intervalMs, HealthFormat format = HealthFormat::Status)
{
    HealthCheck c;
    c.name = name;
    c.service = name;
    c.url = url;
    c.intervalMs = intervalMs;
    c.format = format;
    c.http.timeoutMs = 5000;
    return c;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Arrival times of requests at a route, on a clock the test starts.
struct Arrivals {
    QElapsedTimer clock;
    QList<qint64> at;
};

} // namespace

class TestHealthProbe : public QObject
{
    Q_OBJECT

private slots:
    void interpret_data();
    void interpret();
    void transportFailureKeepsReason();
    void probeUrlAndRequest();
    void intervals();
    void differentIntervals();
    void noOverlapForSlowEndpoint();
    void runOnce();
    void runOnceWithoutChecks();
    void probeNow();
    void setChecksAndStop();
    void worksInThread();
    void thousandChecksOneTimer();
};

void TestHealthProbe::interpret_data()
{
    QTest::addColumn<HealthFormat>("format");
    QTest::addColumn<HttpResult>("result");
    QTest::addColumn<ProbeOutcome>("outcome");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QStringList>("failingChecks");
    QTest::addColumn<QString>("detail"); // contained in the detail

    const QByteArray ietf = "application/health+json";
    const QByteArray json = "application/json";
    const QByteArray actuator = "application/vnd.spring-boot.actuator.v3+json";
    const QByteArray text = "text/plain";
    const QByteArray html = "text/html";

    // Status: the code alone.
    QTest::addRow("status 200") << HealthFormat::Status << answer(200, html, "<html/>") << ProbeOutcome::Pass
                                << FetchFailure::None << QStringList() << u"HTTP 200"_s;
    QTest::addRow("status 204") << HealthFormat::Status << answer(204, "", "") << ProbeOutcome::Pass
                                << FetchFailure::None << QStringList() << u"HTTP 204"_s;
    QTest::addRow("status 301") << HealthFormat::Status << answer(301, html, "") << ProbeOutcome::Fail
                                << FetchFailure::None << QStringList() << u"HTTP 301"_s;
    QTest::addRow("status 404") << HealthFormat::Status << answer(404, text, "no") << ProbeOutcome::Fail
                                << FetchFailure::None << QStringList() << u"HTTP 404"_s;
    QTest::addRow("status 429") << HealthFormat::Status << answer(429, text, "") << ProbeOutcome::Fail
                                << FetchFailure::None << QStringList() << u"HTTP 429"_s;
    QTest::addRow("status 500") << HealthFormat::Status << answer(500, json, "{}") << ProbeOutcome::Fail
                                << FetchFailure::None << QStringList() << u"HTTP 500"_s;
    QTest::addRow("status 503") << HealthFormat::Status << answer(503, html, "") << ProbeOutcome::Fail
                                << FetchFailure::None << QStringList() << u"HTTP 503"_s;

    // Transport failures: unknown in every format.
    const QList<std::tuple<FetchFailure, QString>> failures{
        {FetchFailure::Timeout, u"timed out after 2 s"_s},
        {FetchFailure::Refused, u"connection refused"_s},
        {FetchFailure::Tls, u"TLS: The certificate is self-signed, and untrusted"_s},
        {FetchFailure::TooLarge, u"the answer is larger than the limit of 4.00 MiB"_s},
        {FetchFailure::Network, u"closed the connection without answering"_s},
    };
    for (HealthFormat format : {HealthFormat::Status, HealthFormat::HealthJson, HealthFormat::Actuator,
                                HealthFormat::Kubernetes, HealthFormat::Auto}) {
        for (const auto &[failure, reason] : failures) {
            QTest::addRow("%s %s", qPrintable(ic::healthFormatName(format)), qPrintable(ic::fetchFailureName(failure)))
                << format << transport(failure, reason) << ProbeOutcome::Unknown << failure << QStringList() << reason;
        }
    }

    // IETF health+json, every status word.
    for (const char *word : {"pass", "ok", "up", "PASS"}) {
        QTest::addRow("ietf %s", word) << HealthFormat::HealthJson
                                       << answer(200, ietf, "{\"status\":\"" + QByteArray(word) + "\"}")
                                       << ProbeOutcome::Pass << FetchFailure::None << QStringList()
                                       << QString::fromLatin1(word);
    }
    QTest::addRow("ietf warn") << HealthFormat::HealthJson << answer(200, ietf, "{\"status\":\"warn\",\"output\":\"disk 85 %\"}")
                               << ProbeOutcome::Warn << FetchFailure::None << QStringList() << u"warn: disk 85 %"_s;
    for (const char *word : {"fail", "error", "down"}) {
        QTest::addRow("ietf %s", word) << HealthFormat::HealthJson
                                       << answer(503, ietf, "{\"status\":\"" + QByteArray(word) + "\"}")
                                       << ProbeOutcome::Fail << FetchFailure::None << QStringList()
                                       << QString::fromLatin1(word);
    }
    const QByteArray withChecks = R"({"status":"warn","version":"1","checks":{
        "db:responseTime":[{"componentId":"pg","status":"pass","observedValue":3}],
        "cache:connections":[{"status":"warn","output":"slow answers"}],
        "disk:utilization":[{"componentId":"sda","status":"fail","output":"95 % used"}],
        "queue":[{"componentId":"q1","status":"pass"},{"componentId":"q2","status":"down"}]}})";
    const QStringList listed{u"cache:connections: slow answers"_s, u"disk:utilization: 95 % used"_s, u"queue (q2): down"_s};
    QTest::addRow("ietf checks listed") << HealthFormat::HealthJson << answer(200, ietf, withChecks) << ProbeOutcome::Warn
                                        << FetchFailure::None << listed << u"cache:connections: slow answers"_s;
    QTest::addRow("ietf 503 explains itself")
        << HealthFormat::HealthJson
        << answer(503, ietf, R"({"status":"fail","checks":{"db":[{"status":"fail","output":"connection refused"}]}})")
        << ProbeOutcome::Fail << FetchFailure::None << QStringList{u"db: connection refused"_s}
        << u"fail: db: connection refused"_s;
    QTest::addRow("ietf 503 but says pass") << HealthFormat::HealthJson << answer(503, ietf, "{\"status\":\"pass\"}")
                                            << ProbeOutcome::Fail << FetchFailure::None << QStringList()
                                            << u"HTTP 503 although the answer says pass"_s;
    QTest::addRow("ietf as application/json") << HealthFormat::HealthJson << answer(200, json, "{\"status\":\"pass\"}")
                                              << ProbeOutcome::Pass << FetchFailure::None << QStringList() << u"pass"_s;
    QTest::addRow("ietf html") << HealthFormat::HealthJson << answer(200, html, "<html>login</html>")
                               << ProbeOutcome::Unknown << FetchFailure::WrongContentType << QStringList()
                               << u"expected application/health+json, got text/html"_s;
    QTest::addRow("ietf 502 html from a proxy") << HealthFormat::HealthJson << answer(502, html, "<html>bad gateway</html>")
                                                << ProbeOutcome::Unknown << FetchFailure::WrongContentType << QStringList()
                                                << u"got text/html"_s;
    QTest::addRow("ietf malformed") << HealthFormat::HealthJson << answer(200, ietf, "{\"status\":\"pass\"")
                                    << ProbeOutcome::Unknown << FetchFailure::Malformed << QStringList()
                                    << u"not valid JSON"_s;
    QTest::addRow("ietf array") << HealthFormat::HealthJson << answer(200, ietf, "[]") << ProbeOutcome::Unknown
                                << FetchFailure::Malformed << QStringList() << u"expected a JSON object"_s;
    QTest::addRow("ietf no status") << HealthFormat::HealthJson << answer(200, ietf, "{\"version\":\"1\"}")
                                    << ProbeOutcome::Unknown << FetchFailure::Malformed << QStringList()
                                    << u"no \"status\""_s;
    QTest::addRow("ietf unknown word") << HealthFormat::HealthJson << answer(200, ietf, "{\"status\":\"great\"}")
                                       << ProbeOutcome::Unknown << FetchFailure::Malformed << QStringList()
                                       << u"unknown health status \"great\""_s;

    // Spring Boot actuator.
    QTest::addRow("actuator UP") << HealthFormat::Actuator << answer(200, actuator, "{\"status\":\"UP\"}")
                                 << ProbeOutcome::Pass << FetchFailure::None << QStringList() << u"UP"_s;
    const QByteArray down = R"({"status":"DOWN","components":{
        "db":{"status":"DOWN","details":{"error":"org.postgresql.util.PSQLException: Connection refused"}},
        "diskSpace":{"status":"UP","details":{"total":1,"free":1}},
        "ping":{"status":"UP"}}})";
    QTest::addRow("actuator DOWN with components")
        << HealthFormat::Actuator << answer(503, actuator, down) << ProbeOutcome::Fail << FetchFailure::None
        << QStringList{u"db: DOWN, org.postgresql.util.PSQLException: Connection refused"_s} << u"DOWN: db: DOWN"_s;
    QTest::addRow("actuator OUT_OF_SERVICE") << HealthFormat::Actuator << answer(503, json, "{\"status\":\"OUT_OF_SERVICE\"}")
                                             << ProbeOutcome::Fail << FetchFailure::None << QStringList()
                                             << u"OUT_OF_SERVICE"_s;
    QTest::addRow("actuator UNKNOWN") << HealthFormat::Actuator << answer(200, actuator, "{\"status\":\"UNKNOWN\"}")
                                      << ProbeOutcome::Unknown << FetchFailure::None << QStringList() << u"UNKNOWN"_s;
    const QByteArray nested = R"({"status":"UP","components":{"db":{"status":"UP","components":{
        "primary":{"status":"UP"},"replica":{"status":"DOWN"}}},"ping":{"status":"UP"}}})";
    QTest::addRow("actuator nested components") << HealthFormat::Actuator << answer(200, actuator, nested)
                                                << ProbeOutcome::Pass << FetchFailure::None
                                                << QStringList{u"db/replica: DOWN"_s} << u"UP: db/replica: DOWN"_s;
    const QByteArray boot20 = R"({"status":"DOWN","details":{"redis":{"status":"DOWN"},"db":{"status":"UP","details":{"database":"PostgreSQL"}}}})";
    QTest::addRow("actuator Boot 2.0 details") << HealthFormat::Actuator << answer(503, json, boot20)
                                               << ProbeOutcome::Fail << FetchFailure::None
                                               << QStringList{u"redis: DOWN"_s} << u"DOWN: redis: DOWN"_s;
    QTest::addRow("actuator html") << HealthFormat::Actuator << answer(200, html, "<html/>") << ProbeOutcome::Unknown
                                   << FetchFailure::WrongContentType << QStringList() << u"got text/html"_s;
    QTest::addRow("actuator malformed") << HealthFormat::Actuator << answer(200, actuator, "{\"status\":")
                                        << ProbeOutcome::Unknown << FetchFailure::Malformed << QStringList()
                                        << u"not valid JSON"_s;

    // Kubernetes.
    QTest::addRow("k8s ok") << HealthFormat::Kubernetes << answer(200, text, "ok") << ProbeOutcome::Pass
                            << FetchFailure::None << QStringList() << u"ok"_s;
    QTest::addRow("k8s verbose pass")
        << HealthFormat::Kubernetes << answer(200, text, "[+]ping ok\n[+]log ok\n[+]etcd ok\nlivez check passed\n")
        << ProbeOutcome::Pass << FetchFailure::None << QStringList() << u"ok"_s;
    QTest::addRow("k8s verbose fail")
        << HealthFormat::Kubernetes
        << answer(500, text, "[+]ping ok\n[-]etcd failed: reason withheld\n[+]poststarthook/start-informers ok\n"
                             "[-]poststarthook/rbac failed: not finished\nlivez check failed\n")
        << ProbeOutcome::Fail << FetchFailure::None
        << QStringList{u"etcd: reason withheld"_s, u"poststarthook/rbac: not finished"_s}
        << u"HTTP 500: etcd: reason withheld"_s;
    QTest::addRow("k8s 503 without list") << HealthFormat::Kubernetes << answer(503, text, "not ready\n")
                                          << ProbeOutcome::Fail << FetchFailure::None << QStringList()
                                          << u"HTTP 503: not ready"_s;
    QTest::addRow("k8s html") << HealthFormat::Kubernetes << answer(200, html, "<html/>") << ProbeOutcome::Unknown
                              << FetchFailure::WrongContentType << QStringList() << u"expected text/plain, got text/html"_s;
    QTest::addRow("k8s garbage") << HealthFormat::Kubernetes << answer(200, text, "Welcome!") << ProbeOutcome::Unknown
                                 << FetchFailure::Malformed << QStringList() << u"expected \"ok\""_s;

    // Auto-detection.
    QTest::addRow("auto health+json") << HealthFormat::Auto << answer(503, ietf, "{\"status\":\"fail\",\"output\":\"db\"}")
                                      << ProbeOutcome::Fail << FetchFailure::None << QStringList() << u"fail: db"_s;
    QTest::addRow("auto actuator type") << HealthFormat::Auto << answer(200, actuator, "{\"status\":\"UNKNOWN\"}")
                                        << ProbeOutcome::Unknown << FetchFailure::None << QStringList() << u"UNKNOWN"_s;
    QTest::addRow("auto json UP") << HealthFormat::Auto << answer(200, json, "{\"status\":\"UP\"}") << ProbeOutcome::Pass
                                  << FetchFailure::None << QStringList() << u"UP"_s;
    QTest::addRow("auto json DOWN") << HealthFormat::Auto << answer(503, json, down) << ProbeOutcome::Fail
                                    << FetchFailure::None
                                    << QStringList{u"db: DOWN, org.postgresql.util.PSQLException: Connection refused"_s}
                                    << u"DOWN"_s;
    QTest::addRow("auto json warn") << HealthFormat::Auto << answer(200, json, "{\"status\":\"warn\"}")
                                    << ProbeOutcome::Warn << FetchFailure::None << QStringList() << u"warn"_s;
    QTest::addRow("auto text ok") << HealthFormat::Auto << answer(200, text, "ok\n") << ProbeOutcome::Pass
                                  << FetchFailure::None << QStringList() << u"ok"_s;
    QTest::addRow("auto k8s fail") << HealthFormat::Auto << answer(500, text, "[+]ping ok\n[-]etcd failed: timeout\n")
                                   << ProbeOutcome::Fail << FetchFailure::None << QStringList{u"etcd: timeout"_s}
                                   << u"etcd: timeout"_s;
    QTest::addRow("auto html 200") << HealthFormat::Auto << answer(200, html, "<html/>") << ProbeOutcome::Pass
                                   << FetchFailure::None << QStringList() << u"HTTP 200"_s;
    QTest::addRow("auto json other 500") << HealthFormat::Auto << answer(500, json, "{\"error\":\"x\"}")
                                         << ProbeOutcome::Fail << FetchFailure::None << QStringList() << u"HTTP 500"_s;
    QTest::addRow("auto malformed json 200") << HealthFormat::Auto << answer(200, json, "{oops") << ProbeOutcome::Pass
                                             << FetchFailure::None << QStringList() << u"HTTP 200"_s;
    QTest::addRow("auto plain text other") << HealthFormat::Auto << answer(503, text, "maintenance")
                                           << ProbeOutcome::Fail << FetchFailure::None << QStringList() << u"HTTP 503"_s;
}

void TestHealthProbe::interpret()
{
    QFETCH(HealthFormat, format);
    QFETCH(HttpResult, result);
    QFETCH(ProbeOutcome, outcome);
    QFETCH(FetchFailure, failure);
    QFETCH(QStringList, failingChecks);
    QFETCH(QString, detail);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HealthObservation o = ic::interpretHealthResponse(format, result, u"payments"_s, u"http://127.0.0.1:8080/health"_s);
    QCOMPARE(o.service, u"payments"_s);
    QCOMPARE(o.url, u"http://127.0.0.1:8080/health"_s);
    QVERIFY(o.atMs >= before && o.atMs <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(ic::probeOutcomeName(o.outcome), ic::probeOutcomeName(outcome));
    QCOMPARE(ic::fetchFailureName(o.failure), ic::fetchFailureName(failure));
    QCOMPARE(o.failingChecks, failingChecks);
    QVERIFY2(o.detail.contains(detail), qPrintable(o.detail));
    QVERIFY(!o.detail.contains(u'\n'));
    QVERIFY(o.detail.size() <= 200);
    QCOMPARE(o.httpStatus, result.status);
    QCOMPARE(o.latencyMs, result.status > 0 ? result.elapsedMs : -1);
    if (failure != FetchFailure::None)
        QCOMPARE(o.outcome, ProbeOutcome::Unknown);
}

void TestHealthProbe::transportFailureKeepsReason()
{
    // The host is the observation's URL already; the detail is the reason alone, and long texts
    // are cut to one short line.
    HealthObservation o = ic::interpretHealthResponse(HealthFormat::Status,
                                                      transport(FetchFailure::Timeout, u"timed out after 2 s"_s), {}, {});
    QCOMPARE(o.detail, u"timed out after 2 s"_s);
    HttpResult v6 = transport(FetchFailure::Refused, u"connection refused"_s);
    v6.error = u"[::1]:8080: connection refused"_s;
    QCOMPARE(ic::interpretHealthResponse(HealthFormat::Auto, v6, {}, {}).detail, u"connection refused"_s);
    const HttpResult longOne = answer(503, "text/plain", QByteArray(1000, 'z'));
    o = ic::interpretHealthResponse(HealthFormat::Kubernetes, longOne, {}, {});
    QCOMPARE(o.outcome, ProbeOutcome::Fail);
    QCOMPARE(o.detail.size(), 200);
    QVERIFY(o.detail.endsWith(u'…'));
}

void TestHealthProbe::probeUrlAndRequest()
{
    HealthCheck c = check(u"api"_s, QUrl(u"https://api.internal:6443/readyz"_s), 1000, HealthFormat::Kubernetes);
    QCOMPARE(ic::healthProbeUrl(c), QUrl(u"https://api.internal:6443/readyz?verbose"_s));
    c.url = QUrl(u"https://api.internal:6443/readyz?exclude=etcd"_s);
    QCOMPARE(ic::healthProbeUrl(c), c.url);
    c.format = HealthFormat::HealthJson;
    c.url = QUrl(u"http://svc/health"_s);
    QCOMPARE(ic::healthProbeUrl(c), c.url);

    c.http.timeoutMs = 1234;
    c.http.caFile = u"/etc/ca.pem"_s;
    const ic::HttpFetcher::Request request = ic::healthRequest(c);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.settings.timeoutMs, qint64(1234));
    QCOMPARE(request.settings.caFile, u"/etc/ca.pem"_s);
    QVERIFY(request.expect.acceptedTypes.isEmpty());
    QCOMPARE(request.headers.size(), 1);
    QCOMPARE(request.headers.constFirst().first, QByteArray("Accept"));
    QVERIFY(request.headers.constFirst().second.startsWith("application/health+json"));
}

void TestHealthProbe::intervals()
{
    TestHttpServer server;
    auto arrivals = std::make_shared<Arrivals>();
    server.route("GET", "/h", [arrivals](const TestRequest &) {
        arrivals->at.append(arrivals->clock.elapsed());
        return TestResponse{};
    });
    HealthProber prober;
    QList<HealthObservation> seen;
    connect(&prober, &HealthProber::observed, this, [&seen](const HealthObservation &o) { seen.append(o); });
    prober.setChecks({check(u"a"_s, server.url(u"/h"_s), 200)});
    arrivals->clock.start();
    prober.start();
    QVERIFY(prober.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(arrivals->at.size() >= 6, 5000);
    prober.stop();
    QVERIFY(!prober.isRunning());

    QVERIFY2(arrivals->at.first() < 150, qPrintable(QString::number(arrivals->at.first())));
    // The k-th probe is due k intervals after start, each -10 % at worst; a late timer does not
    // push the later ones back (so two single gaps may be shorter), nor may any go out early.
    for (int k = 1; k < 6; ++k)
        QVERIFY2(arrivals->at[k] >= k * 180, qPrintable(QString::number(arrivals->at[k])));
    const qint64 mean = (arrivals->at[5] - arrivals->at[0]) / 5;
    QVERIFY2(mean >= 170 && mean <= 300, qPrintable(QString::number(mean)));
    QVERIFY(seen.size() >= 5);
    QCOMPARE(seen.first().outcome, ProbeOutcome::Pass);
    QCOMPARE(seen.first().service, u"a"_s);
    QCOMPARE(seen.first().url, server.url(u"/h"_s).toString());
    QCOMPARE(seen.first().httpStatus, 200);
    QVERIFY(seen.first().latencyMs >= 0);

    const int hits = server.hits("/h");
    QTest::qWait(500);
    QCOMPARE(server.hits("/h"), hits);
}

void TestHealthProbe::differentIntervals()
{
    TestHttpServer server;
    server.route("GET", "/fast", TestResponse{});
    server.route("GET", "/slow", TestResponse{});
    HealthProber prober;
    prober.setChecks({check(u"fast"_s, server.url(u"/fast"_s), 100), check(u"slow"_s, server.url(u"/slow"_s), 400)});
    prober.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.hits("/slow") >= 4, 5000); // at 0, ~400, ~800, ~1200 ms
    prober.stop();
    const int fast = server.hits("/fast");
    QVERIFY2(fast >= 9 && fast <= 17, qPrintable(QString::number(fast)));
    QCOMPARE(prober.skippedTicks(), 0);
}

void TestHealthProbe::noOverlapForSlowEndpoint()
{
    TestHttpServer server;
    auto arrivals = std::make_shared<Arrivals>();
    arrivals->clock.start();
    server.route("GET", "/slow", [arrivals](const TestRequest &) {
        arrivals->at.append(arrivals->clock.elapsed());
        TestResponse r;
        r.delayMs = 600;
        return r;
    });
    HealthProber prober;
    int observations = 0;
    int maxInFlight = 0;
    connect(&prober, &HealthProber::observed, this, [&observations] { ++observations; });
    prober.setChecks({check(u"slow"_s, server.url(u"/slow"_s), 100)});
    prober.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1700) {
        maxInFlight = std::max(maxInFlight, prober.probesInFlight());
        QTest::qWait(20);
    }
    prober.stop();
    QCOMPARE(maxInFlight, 1);
    QVERIFY2(arrivals->at.size() >= 2 && arrivals->at.size() <= 3, qPrintable(QString::number(arrivals->at.size())));
    for (int i = 1; i < arrivals->at.size(); ++i)
        QVERIFY2(arrivals->at[i] - arrivals->at[i - 1] >= 590, qPrintable(QString::number(arrivals->at[i] - arrivals->at[i - 1])));
    QVERIFY2(prober.skippedTicks(u"slow"_s) >= 8, qPrintable(QString::number(prober.skippedTicks(u"slow"_s))));
    QCOMPARE(prober.skippedTicks(u"slow"_s), prober.skippedTicks());
    QVERIFY(observations >= 2);
}

void TestHealthProbe::runOnce()
{
    TestHttpServer server;
    server.route("GET", "/ok", TestResponse{});
    TestResponse failing;
    failing.status = 503;
    failing.contentType = "application/health+json";
    failing.body = R"({"status":"fail","checks":{"db":[{"status":"fail","output":"down"}]}})";
    server.route("GET", "/fail", failing);
    TestResponse never;
    never.neverAnswer = true;
    server.route("GET", "/never", never);
    const quint16 refusedPort = closedPort();

    HealthCheck hanging = check(u"hanging"_s, server.url(u"/never"_s), 1000);
    hanging.http.timeoutMs = 300;
    HealthProber prober;
    prober.setChecks({check(u"ok"_s, server.url(u"/ok"_s), 1000),
                      check(u"fail"_s, server.url(u"/fail"_s), 1000, HealthFormat::HealthJson),
                      check(u"refused"_s, QUrl(u"http://127.0.0.1:"_s + QString::number(refusedPort) + u"/h"_s), 1000),
                      hanging});
    QStringList order;
    QHash<QString, HealthObservation> byService;
    connect(&prober, &HealthProber::observed, this, [&](const HealthObservation &o) {
        order.append(o.service);
        byService.insert(o.service, o);
    });
    connect(&prober, &HealthProber::finished, this, [&order] { order.append(u"finished"_s); });
    prober.runOnce();
    QVERIFY(order.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(order.contains(u"finished"_s), 5000);
    QCOMPARE(order.size(), 5);
    QCOMPARE(order.last(), u"finished"_s);
    QCOMPARE(byService.value(u"ok"_s).outcome, ProbeOutcome::Pass);
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        QCOMPARE(it->check, it.key()); // observations name their check (the helper names checks after services)
    QCOMPARE(byService.value(u"fail"_s).outcome, ProbeOutcome::Fail);
    QCOMPARE(byService.value(u"fail"_s).failingChecks, QStringList{u"db: down"_s});
    QCOMPARE(byService.value(u"refused"_s).outcome, ProbeOutcome::Unknown);
    QCOMPARE(byService.value(u"refused"_s).failure, FetchFailure::Refused);
    QCOMPARE(byService.value(u"hanging"_s).failure, FetchFailure::Timeout);
    QTest::qWait(300);
    QCOMPARE(order.size(), 5); // once means once: no schedule
    QCOMPARE(server.hits("/ok"), 1);
    QCOMPARE(server.hits("/fail"), 1);
}

void TestHealthProbe::runOnceWithoutChecks()
{
    HealthProber prober;
    QSignalSpy finished(&prober, &HealthProber::finished);
    prober.runOnce();
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(finished.size(), 1);
}

void TestHealthProbe::probeNow()
{
    TestHttpServer server;
    TestResponse slow;
    slow.delayMs = 200;
    server.route("GET", "/h", slow);
    HealthProber prober;
    QSignalSpy observed(&prober, &HealthProber::observed);
    prober.setChecks({check(u"a"_s, server.url(u"/h"_s), 60000)});
    QVERIFY(!prober.probeNow(u"nope"_s));
    QVERIFY(prober.probeNow(u"a"_s));
    QVERIFY(!prober.probeNow(u"a"_s)); // in flight
    QTRY_COMPARE(observed.size(), 1);
    QVERIFY(prober.probeNow(u"a"_s));
    QTRY_COMPARE(observed.size(), 2);
    QCOMPARE(server.hits("/h"), 2);
    QVERIFY(!prober.isRunning());
}

void TestHealthProbe::setChecksAndStop()
{
    TestHttpServer server;
    server.route("GET", "/a", TestResponse{});
    server.route("GET", "/b", TestResponse{});
    HealthProber prober;
    QStringList services;
    connect(&prober, &HealthProber::observed, this, [&services](const HealthObservation &o) { services.append(o.service); });
    prober.setChecks({check(u"a"_s, server.url(u"/a"_s), 100)});
    prober.start();
    QTRY_VERIFY(server.hits("/a") >= 2);
    prober.setChecks({check(u"b"_s, server.url(u"/b"_s), 100)});
    QCOMPARE(prober.checks().size(), 1);
    QCOMPARE(prober.checks().constFirst().name, u"b"_s);
    const int aHits = server.hits("/a");
    QTRY_VERIFY(server.hits("/b") >= 2);
    QVERIFY(server.hits("/a") <= aHits + 1); // at most the one already in flight
    services.clear();
    QTRY_VERIFY(!services.isEmpty());
    QVERIFY(!services.contains(u"a"_s));
    prober.stop();
    const int bHits = server.hits("/b");
    QTest::qWait(350);
    QCOMPARE(server.hits("/b"), bHits);
    // Restartable.
    prober.start();
    QTRY_VERIFY(server.hits("/b") > bHits);
    prober.stop();
}

void TestHealthProbe::worksInThread()
{
    TestHttpServer server; // answers from the main thread
    server.route("GET", "/h", TestResponse{});
    QThread worker;
    auto *prober = new HealthProber; // no timer, no fetcher yet: made in the worker at start()
    prober->moveToThread(&worker);
    connect(&worker, &QThread::finished, prober, &QObject::deleteLater);
    worker.start();

    QList<Qt::HANDLE> threads;
    QList<HealthObservation> seen;
    connect(prober, &HealthProber::observed, this, [&](const HealthObservation &o) {
        threads.append(QThread::currentThreadId());
        seen.append(o);
    });
    const QList<HealthCheck> checks{check(u"a"_s, server.url(u"/h"_s), 100)};
    QMetaObject::invokeMethod(prober, [prober, checks] {
        prober->setChecks(checks);
        prober->start();
    });
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 5000);
    QMetaObject::invokeMethod(prober, &HealthProber::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
    for (Qt::HANDLE t : std::as_const(threads))
        QCOMPARE(t, QThread::currentThreadId());
    QCOMPARE(seen.first().outcome, ProbeOutcome::Pass);
}

void TestHealthProbe::thousandChecksOneTimer()
{
    constexpr int count = 1000;
    TestHttpServer server;
    auto arrivals = std::make_shared<Arrivals>();
    arrivals->clock.start();
    server.route("GET", "/h", [arrivals](const TestRequest &) {
        arrivals->at.append(arrivals->clock.elapsed());
        return TestResponse{};
    });
    QList<HealthCheck> checks;
    for (int i = 0; i < count; ++i)
        checks.append(check(u"svc-"_s + QString::number(i), server.url(u"/h?n="_s + QString::number(i)), 1000));
    HealthProber prober;
    QHash<QString, int> perUrl;
    int notPassing = 0;
    connect(&prober, &HealthProber::observed, this, [&perUrl, &notPassing](const HealthObservation &o) {
        if (o.outcome != ProbeOutcome::Pass)
            ++notPassing;
        ++perUrl[o.url];
    });
    prober.setChecks(checks);
    const qint64 started = arrivals->clock.elapsed();
    prober.start();
    QCOMPARE(prober.msUntilNextProbe(u"svc-0"_s), 0); // first probe at once
    QTRY_VERIFY(prober.msUntilNextProbe(u"svc-0"_s) > 0); // the first round went out
    // Each next probe is a second later ±10 % (less the time this test took to look), and they
    // are spread over that window rather than due in the same millisecond.
    QSet<qint64> dueTimes;
    for (const HealthCheck &c : std::as_const(checks)) {
        const qint64 next = prober.msUntilNextProbe(c.name);
        QVERIFY2(next >= 500 && next <= 1100, qPrintable(QString::number(next)));
        dueTimes.insert(next);
    }
    QVERIFY2(dueTimes.size() >= 100, qPrintable(QString::number(dueTimes.size())));
    // Every check probed at least twice: at once and about a second later.
    QTRY_VERIFY_WITH_TIMEOUT(perUrl.size() == count
                                 && std::all_of(perUrl.cbegin(), perUrl.cend(), [](int n) { return n >= 2; }),
                             15000);
    prober.stop();
    QCOMPARE(notPassing, 0);
    QCOMPARE(prober.findChildren<QTimer *>(Qt::FindDirectChildrenOnly).size(), 1);
    // The second round arrived spread out, not before its time.
    QSet<qint64> buckets;
    for (qint64 at : std::as_const(arrivals->at)) {
        if (at - started >= 850)
            buckets.insert(at / 10);
    }
    QVERIFY2(buckets.size() >= 10, qPrintable(QString::number(buckets.size())));
    QCOMPARE(prober.msUntilNextProbe(u"svc-0"_s), -1); // stopped
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "tst_healthprobe.moc"
