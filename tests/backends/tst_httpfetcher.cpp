// HttpFetcher against a loopback server that fails in every way a backend can: late, never,
// hanging up, refusing, oversize, wrong type, bad certificates; and the promises to callers:
// callbacks are never synchronous, cancel and a dead context silence them, secrets stay out of texts.

#include "HttpFetcher.h"
#include "TestHttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using ic::FetchFailure;
using ic::HttpFetcher;
using ic::HttpResult;
using ic::SecretRef;
using ic::test::TestHttpServer;
using ic::test::TestRequest;
using ic::test::TestResponse;

Q_DECLARE_METATYPE(ic::test::TestResponse)

namespace {

const QString certsDir = QStringLiteral(IC_TEST_CERTS_DIR);

struct Outcome {
    int calls = 0;
    HttpResult result;
    Qt::HANDLE thread = nullptr;
};

HttpFetcher::Callback recordInto(const std::shared_ptr<Outcome> &outcome)
{
    return [outcome](const HttpResult &r) {
        ++outcome->calls;
        outcome->result = r;
        outcome->thread = QThread::currentThreadId();
    };
}

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

HttpFetcher::Request get(const QUrl &url, qint64 timeoutMs = 5000)
{
    HttpFetcher::Request r;
    r.url = url;
    r.settings.timeoutMs = timeoutMs;
    return r;
}

TestResponse json(const QByteArray &body, int status = 200)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    return r;
}

SecretRef envRef(const QString &name)
{
    SecretRef ref;
    ref.source = SecretRef::Source::Environment;
    ref.name = name;
    return ref;
}

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT

private slots:
    void faults_data();
    void faults();
    void refused();
    void oversizeAbortsDownload_data();
    void oversizeAbortsDownload();
    void tls_data();
    void tls();
    void basicAuthFromEnvironment_data();
    void basicAuthFromEnvironment();
    void missingEnvironmentVariable();
    void keychainFailureIsReported();
    void callbackNeverSynchronous_data();
    void callbackNeverSynchronous();
    void cancel();
    void cancelAll();
    void contextDestroyed();
    void fetcherDestroyedInFlight();
    void methodBodyAndHeaders();
    void redirects();
    void userInfoInUrlIsNotSent();
    void movedToThread();
};

void TestHttpFetcher::faults_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<qint64>("timeoutMs");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QList<int>>("acceptedStatus");
    QTest::addColumn<QList<QByteArray>>("acceptedTypes");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QString>("errorText"); // after "127.0.0.1:port: "
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");   // delivered body

    const QList<QByteArray> jsonOnly{"application/json"};
    TestResponse r;

    QTest::addRow("ok") << json("{\"a\":1}") << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                        << FetchFailure::None << QString() << 200 << QByteArray("{\"a\":1}");
    // The fetcher does not parse: malformed JSON is the caller's business.
    QTest::addRow("malformed json delivered") << json("{not json") << qint64(5000) << qint64(1024) << QList<int>{}
                                              << jsonOnly << FetchFailure::None << QString() << 200
                                              << QByteArray("{not json");
    r = json("slow");
    r.delayMs = 3000;
    QTest::addRow("timeout") << r << qint64(300) << qint64(1024) << QList<int>{} << jsonOnly << FetchFailure::Timeout
                             << u"timed out after 0.3 s"_s << 0 << QByteArray();
    r = TestResponse();
    r.neverAnswer = true;
    QTest::addRow("never answers") << r << qint64(400) << qint64(1024) << QList<int>{} << jsonOnly
                                   << FetchFailure::Timeout << u"timed out after 0.4 s"_s << 0 << QByteArray();
    QTest::addRow("500") << json("{\"error\":\"boom\"}", 500) << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                         << FetchFailure::HttpStatus << u"HTTP 500 Internal Server Error"_s << 500
                         << QByteArray("{\"error\":\"boom\"}");
    QTest::addRow("404") << json("{}", 404) << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                         << FetchFailure::HttpStatus << u"HTTP 404 Not Found"_s << 404 << QByteArray("{}");
    QTest::addRow("503 accepted") << json("{\"status\":\"fail\"}", 503) << qint64(5000) << qint64(1024)
                                  << QList<int>{200, 503} << jsonOnly << FetchFailure::None << QString() << 503
                                  << QByteArray("{\"status\":\"fail\"}");
    QTest::addRow("200 not accepted") << json("{}", 200) << qint64(5000) << qint64(1024) << QList<int>{204} << jsonOnly
                                      << FetchFailure::HttpStatus << u"HTTP 200 OK"_s << 200 << QByteArray("{}");
    r = TestResponse();
    r.hangUp = true;
    QTest::addRow("hang-up") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly << FetchFailure::Network
                             << u"closed the connection without answering"_s << 0 << QByteArray();
    r = json("<html>login</html>");
    r.contentType = "text/html; charset=utf-8";
    QTest::addRow("html instead of json") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                                          << FetchFailure::WrongContentType
                                          << u"expected application/json, got text/html"_s << 200
                                          << QByteArray("<html>login</html>");
    r = json("{}");
    r.contentType = "";
    QTest::addRow("no content type") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                                     << FetchFailure::WrongContentType
                                     << u"expected application/json, got no content type"_s << 200 << QByteArray("{}");
    r = json("{\"status\":\"pass\"}");
    r.contentType = "application/health+json";
    QTest::addRow("+json is json") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly << FetchFailure::None
                                   << QString() << 200 << QByteArray("{\"status\":\"pass\"}");
    r = json("anything");
    r.contentType = "text/html";
    QTest::addRow("any type when none expected") << r << qint64(5000) << qint64(1024) << QList<int>{}
                                                 << QList<QByteArray>{} << FetchFailure::None << QString() << 200
                                                 << QByteArray("anything");
    QTest::addRow("exactly the cap") << json(QByteArray(1024, 'a')) << qint64(5000) << qint64(1024) << QList<int>{}
                                     << jsonOnly << FetchFailure::None << QString() << 200 << QByteArray(1024, 'a');
    QTest::addRow("one over the cap") << json(QByteArray(1025, 'a')) << qint64(5000) << qint64(1024) << QList<int>{}
                                      << jsonOnly << FetchFailure::TooLarge << u"larger than the limit"_s << 0
                                      << QByteArray();
    r = TestResponse();
    r.repeatBodyBytes = 100'000;
    QTest::addRow("oversize with length") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                                          << FetchFailure::TooLarge << u"larger than the limit"_s << 0 << QByteArray();
    r.chunked = true;
    QTest::addRow("oversize chunked") << r << qint64(5000) << qint64(1024) << QList<int>{} << jsonOnly
                                      << FetchFailure::TooLarge << u"larger than the limit"_s << 0 << QByteArray();
}

void TestHttpFetcher::faults()
{
    QFETCH(TestResponse, response);
    QFETCH(qint64, timeoutMs);
    QFETCH(qint64, maxBytes);
    QFETCH(QList<int>, acceptedStatus);
    QFETCH(QList<QByteArray>, acceptedTypes);
    QFETCH(FetchFailure, failure);
    QFETCH(QString, errorText);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    TestHttpServer server;
    server.route("GET", "/x", response);
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/x?q=1"_s), timeoutMs);
    request.settings.maxResponseBytes = maxBytes;
    request.expect.acceptedStatus = acceptedStatus;
    request.expect.acceptedTypes = acceptedTypes;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QCOMPARE(fetcher.inFlight(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);

    const HttpResult &r = outcome->result;
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.ok(), failure == FetchFailure::None);
    if (failure == FetchFailure::None) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    } else {
        const QString expected = u"127.0.0.1:"_s + QString::number(server.port()) + u": "_s;
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
        QVERIFY2(r.error.contains(errorText), qPrintable(r.error));
        QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
    }
    if (failure != FetchFailure::TooLarge)
        QCOMPARE(r.status, status);
    QCOMPARE(r.body, body);
    QVERIFY(r.body.size() <= maxBytes);
    QVERIFY(r.elapsedMs >= 0);
    if (failure == FetchFailure::Timeout) {
        QVERIFY2(r.elapsedMs >= timeoutMs - 50, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(r.elapsedMs < timeoutMs + 2000, qPrintable(QString::number(r.elapsedMs)));
    }
    QVERIFY(server.hits("/x") >= 1);
    QCOMPARE(server.requests().constFirst().path, QByteArray("/x?q=1"));
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(fetcher.inFlight(), 0);
    QTest::qWait(50); // exactly once: nothing arrives later
    QCOMPARE(outcome->calls, 1);
}

void TestHttpFetcher::refused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    HttpFetcher fetcher;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(get(QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/health"_s)), nullptr,
                  recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->result.failure, FetchFailure::Refused);
    QCOMPARE(outcome->result.error, u"127.0.0.1:"_s + QString::number(port) + u": connection refused"_s);
    QCOMPARE(outcome->result.status, 0);
}

void TestHttpFetcher::oversizeAbortsDownload_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::addRow("content-length") << false;
    QTest::addRow("chunked") << true;
}

void TestHttpFetcher::oversizeAbortsDownload()
{
    QFETCH(bool, chunked);
    // Far more than the kernel's socket buffers can hold, so a client that keeps reading would
    // make the server write it all.
    constexpr qint64 total = 1024LL * 1024 * 1024;
    TestHttpServer server;
    TestResponse huge;
    huge.repeatBodyBytes = total;
    huge.chunked = chunked;
    server.route("GET", "/metrics", huge);
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/metrics"_s), 20000);
    request.settings.maxResponseBytes = 64 * 1024;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 20000);
    QCOMPARE(outcome->result.failure, FetchFailure::TooLarge);
    QVERIFY(outcome->result.body.isEmpty());
    // The client closed the connection: the server noticed before it had written the body.
    QTRY_COMPARE_WITH_TIMEOUT(server.abortedStreams(), 1, 10000);
    QVERIFY2(server.streamedBytes() < total / 8, qPrintable(QString::number(server.streamedBytes())));
}

void TestHttpFetcher::tls_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<FetchFailure>("failure");
    QTest::addColumn<QString>("errorText");
    QTest::addColumn<bool>("requestSent");

    QTest::addRow("no CA file: not trusted") << QString() << FetchFailure::Tls << u"TLS: "_s << false;
    QTest::addRow("the signing CA") << certsDir + u"/ca.pem"_s << FetchFailure::None << QString() << true;
    QTest::addRow("an unrelated CA") << certsDir + u"/other-ca.pem"_s << FetchFailure::Tls << u"TLS: "_s << false;
    QTest::addRow("missing CA file") << certsDir + u"/no-such-ca.pem"_s << FetchFailure::Tls
                                     << u"CA file '"_s + certsDir + u"/no-such-ca.pem' could not be read"_s << false;
    QTest::addRow("not a certificate") << certsDir + u"/README.md"_s << FetchFailure::Tls
                                       << u"holds no PEM or DER certificate"_s << false;
}

void TestHttpFetcher::tls()
{
    QFETCH(QString, caFile);
    QFETCH(FetchFailure, failure);
    QFETCH(QString, errorText);
    QFETCH(bool, requestSent);

    TestHttpServer server;
    QVERIFY(server.listenTls(certsDir + u"/server.pem"_s, certsDir + u"/server.key"_s));
    QVERIFY(server.url().scheme() == u"https");
    server.route("GET", "/api/v2/status", json("{\"cluster\":{}}"));
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/api/v2/status"_s));
    request.settings.caFile = caFile;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->result.failure, failure);
    QVERIFY2(outcome->result.error.contains(errorText), qPrintable(outcome->result.error));
    if (failure == FetchFailure::None)
        QCOMPARE(outcome->result.body, QByteArray("{\"cluster\":{}}"));
    else
        QVERIFY2(outcome->result.error.startsWith(u"127.0.0.1:"_s + QString::number(server.port()) + u": "_s),
                 qPrintable(outcome->result.error));
    QCOMPARE(server.hits("/api/v2/status"), requestSent ? 1 : 0);
}

void TestHttpFetcher::basicAuthFromEnvironment_data()
{
    QTest::addColumn<TestResponse>("response");
    QTest::addColumn<FetchFailure>("failure");

    QTest::addRow("200") << json("{}") << FetchFailure::None;
    QTest::addRow("401") << json("{}", 401) << FetchFailure::HttpStatus;
    QTest::addRow("500") << json("{}", 500) << FetchFailure::HttpStatus;
    TestResponse r;
    r.hangUp = true;
    QTest::addRow("hang-up") << r << FetchFailure::Network;
    r = TestResponse();
    r.neverAnswer = true;
    QTest::addRow("timeout") << r << FetchFailure::Timeout;
    r = json("<html/>");
    r.contentType = "text/html";
    QTest::addRow("wrong type") << r << FetchFailure::WrongContentType;
}

void TestHttpFetcher::basicAuthFromEnvironment()
{
    QFETCH(TestResponse, response);
    QFETCH(FetchFailure, failure);

    const QByteArray password = "s3cret-Pa55:w0rd";
    qputenv("IC_TEST_FETCH_PASSWORD", password);
    TestHttpServer server;
    server.route("POST", "/switchover", response);
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/switchover"_s), 500);
    request.method = "POST";
    request.body = "{\"leader\":\"pg1\"}";
    request.contentType = "application/json";
    request.expect.acceptedTypes = {"application/json"};
    request.username = u"admin"_s;
    request.password = envRef(u"IC_TEST_FETCH_PASSWORD"_s);
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    qunsetenv("IC_TEST_FETCH_PASSWORD");

    QCOMPARE(outcome->result.failure, failure);
    QVERIFY(server.requests().size() >= 1);
    const QByteArray credentials = "admin:" + password;
    QCOMPARE(server.requests().constFirst().headers.value("authorization"), "Basic " + credentials.toBase64());
    const QString error = outcome->result.error;
    QCOMPARE(error.isEmpty(), failure == FetchFailure::None);
    QVERIFY2(!error.contains(QString::fromLatin1(password)), qPrintable(error));
    QVERIFY2(!error.contains(QString::fromLatin1(credentials.toBase64())), qPrintable(error));
    QVERIFY2(!error.contains(u"authorization"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestHttpFetcher::missingEnvironmentVariable()
{
    qunsetenv("IC_TEST_FETCH_UNSET");
    TestHttpServer server;
    server.route("GET", "/cluster", json("{}"));
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/cluster"_s));
    request.username = u"admin"_s;
    request.password = envRef(u"IC_TEST_FETCH_UNSET"_s);
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QVERIFY(!outcome->result.ok());
    QVERIFY2(outcome->result.error.contains(u"environment variable IC_TEST_FETCH_UNSET is not set"_s),
             qPrintable(outcome->result.error));
    QTest::qWait(100);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(server.requests().size(), 0);

    QString error;
    QVERIFY(HttpFetcher::resolveSecret(request.password, &error).isEmpty());
    QVERIFY(error.contains(u"IC_TEST_FETCH_UNSET"_s));
    qputenv("IC_TEST_FETCH_SET", "value");
    error.clear();
    QCOMPARE(HttpFetcher::resolveSecret(envRef(u"IC_TEST_FETCH_SET"_s), &error), u"value"_s);
    QVERIFY(error.isEmpty());
    qunsetenv("IC_TEST_FETCH_SET");
}

void TestHttpFetcher::keychainFailureIsReported()
{
    // No such entry exists (and test machines have no keychain service): either way the
    // request fails with the entry named, and nothing reaches the server.
    TestHttpServer server;
    server.route("GET", "/cluster", json("{}"));
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/cluster"_s), 3000);
    request.username = u"admin"_s;
    request.password.source = SecretRef::Source::Keychain;
    request.password.name = u"ic-test-no-such-entry"_s;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY(!outcome->result.ok());
    QVERIFY2(outcome->result.error.contains(u"keychain entry 'ic-test-no-such-entry'"_s),
             qPrintable(outcome->result.error));
    QCOMPARE(server.requests().size(), 0);
}

void TestHttpFetcher::callbackNeverSynchronous_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("answer") << u"answer"_s;
    QTest::addRow("invalid url") << u"invalid url"_s;
    QTest::addRow("ftp url") << u"ftp url"_s;
    QTest::addRow("missing env") << u"missing env"_s;
    QTest::addRow("missing CA file") << u"missing CA file"_s;
}

void TestHttpFetcher::callbackNeverSynchronous()
{
    QFETCH(QString, kind);
    TestHttpServer server;
    server.route("GET", "/", json("{}"));
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/"_s));
    if (kind == u"invalid url")
        request.url = QUrl(u"http://"_s);
    else if (kind == u"ftp url")
        request.url = QUrl(u"ftp://127.0.0.1/"_s);
    else if (kind == u"missing env")
        request.password = envRef(u"IC_TEST_FETCH_UNSET"_s);
    else if (kind == u"missing CA file") {
        request.url.setScheme(u"https"_s);
        request.settings.caFile = u"/nonexistent/ca.pem"_s;
    }
    bool inside = true;
    bool calledInside = false;
    int calls = 0;
    fetcher.fetch(request, nullptr, [&](const HttpResult &) {
        ++calls;
        calledInside = inside;
    });
    inside = false;
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QVERIFY(!calledInside);
}

void TestHttpFetcher::cancel()
{
    TestHttpServer server;
    TestResponse slow = json("{}");
    slow.delayMs = 300;
    server.route("GET", "/slow", slow);
    HttpFetcher fetcher;
    auto outcome = std::make_shared<Outcome>();
    const quint64 id = fetcher.fetch(get(server.url(u"/slow"_s)), nullptr, recordInto(outcome));
    auto other = std::make_shared<Outcome>();
    fetcher.fetch(get(server.url(u"/slow"_s)), nullptr, recordInto(other));
    QTRY_COMPARE_WITH_TIMEOUT(server.hits("/slow"), 2, 5000);
    fetcher.cancel(id);
    QCOMPARE(fetcher.inFlight(), 1);
    fetcher.cancel(id); // twice is harmless
    QTRY_COMPARE_WITH_TIMEOUT(other->calls, 1, 5000);
    QTest::qWait(400);
    QCOMPARE(outcome->calls, 0);
    QVERIFY(other->result.ok());

    // Immediate failures are cancellable too: they are only queued.
    auto failing = std::make_shared<Outcome>();
    HttpFetcher::Request bad = get(server.url(u"/slow"_s));
    bad.password = envRef(u"IC_TEST_FETCH_UNSET"_s);
    fetcher.cancel(fetcher.fetch(bad, nullptr, recordInto(failing)));
    QTest::qWait(50);
    QCOMPARE(failing->calls, 0);
    QCOMPARE(fetcher.inFlight(), 0);
}

void TestHttpFetcher::cancelAll()
{
    TestHttpServer server;
    TestResponse slow = json("{}");
    slow.delayMs = 200;
    server.route("GET", "/slow", slow);
    HttpFetcher fetcher;
    int calls = 0;
    for (int i = 0; i < 5; ++i)
        fetcher.fetch(get(server.url(u"/slow"_s)), nullptr, [&calls](const HttpResult &) { ++calls; });
    QCOMPARE(fetcher.inFlight(), 5);
    fetcher.cancelAll();
    QCOMPARE(fetcher.inFlight(), 0);
    QTest::qWait(400);
    QCOMPARE(calls, 0);
    // Still usable afterwards.
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(get(server.url(u"/slow"_s)), nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QVERIFY(outcome->result.ok());
}

void TestHttpFetcher::contextDestroyed()
{
    TestHttpServer server;
    TestResponse slow = json("{}");
    slow.delayMs = 100;
    server.route("GET", "/slow", slow);
    HttpFetcher fetcher;
    int calls = 0;
    auto *context = new QObject;
    fetcher.fetch(get(server.url(u"/slow"_s)), context, [&calls](const HttpResult &) { ++calls; });
    HttpFetcher::Request bad = get(server.url(u"/slow"_s));
    bad.password = envRef(u"IC_TEST_FETCH_UNSET"_s);
    fetcher.fetch(bad, context, [&calls](const HttpResult &) { ++calls; });
    auto *living = new QObject;
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(get(server.url(u"/slow"_s)), living, recordInto(outcome));
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(fetcher.inFlight(), 0, 5000);
    QCOMPARE(calls, 0);
    delete living;
}

void TestHttpFetcher::fetcherDestroyedInFlight()
{
    TestHttpServer server;
    TestResponse slow = json("{}");
    slow.delayMs = 100;
    server.route("GET", "/slow", slow);
    int calls = 0;
    {
        HttpFetcher fetcher;
        fetcher.fetch(get(server.url(u"/slow"_s)), nullptr, [&calls](const HttpResult &) { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(server.hits("/slow"), 1, 5000);
        // Its failure is queued, not yet delivered, when the fetcher goes.
        HttpFetcher::Request bad = get(server.url(u"/slow"_s));
        bad.password = envRef(u"IC_TEST_FETCH_UNSET"_s);
        fetcher.fetch(bad, nullptr, [&calls](const HttpResult &) { ++calls; });
    }
    QTest::qWait(300);
    QCOMPARE(calls, 0);
}

void TestHttpFetcher::methodBodyAndHeaders()
{
    TestHttpServer server;
    server.route("PATCH", "/config", [](const TestRequest &request) {
        return json("{\"echo\":" + request.body + "}");
    });
    HttpFetcher fetcher;
    HttpFetcher::Request request = get(server.url(u"/config"_s));
    request.method = "PATCH";
    request.body = "{\"pause\":true}";
    request.contentType = "application/json";
    request.headers = {{"X-Incident", "INC-7"}};
    request.expect.acceptedTypes = {"application/json"};
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(request, nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error));
    QCOMPARE(outcome->result.body, QByteArray("{\"echo\":{\"pause\":true}}"));
    QCOMPARE(outcome->result.contentType, QByteArray("application/json"));
    const TestRequest seen = server.requests().constFirst();
    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.body, QByteArray("{\"pause\":true}"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(seen.headers.value("x-incident"), QByteArray("INC-7"));
    QVERIFY(!seen.headers.contains("authorization"));
}

void TestHttpFetcher::redirects()
{
    TestHttpServer server;
    TestHttpServer elsewhere;
    TestResponse toSame = json("");
    toSame.status = 302;
    toSame.headers = {{"Location", "/health/"}};
    server.route("GET", "/health", toSame);
    server.route("GET", "/health/", json("{\"status\":\"pass\"}"));
    TestResponse toOther = json("");
    toOther.status = 302;
    toOther.headers = {{"Location", elsewhere.url(u"/steal"_s).toEncoded()}};
    server.route("GET", "/away", toOther);
    elsewhere.route("GET", "/steal", json("{}"));

    HttpFetcher fetcher;
    auto same = std::make_shared<Outcome>();
    fetcher.fetch(get(server.url(u"/health"_s)), nullptr, recordInto(same));
    QTRY_COMPARE_WITH_TIMEOUT(same->calls, 1, 5000);
    QVERIFY2(same->result.ok(), qPrintable(same->result.error));
    QCOMPARE(same->result.body, QByteArray("{\"status\":\"pass\"}"));

    auto away = std::make_shared<Outcome>();
    HttpFetcher::Request request = get(server.url(u"/away"_s));
    request.username = u"admin"_s;
    qputenv("IC_TEST_FETCH_PASSWORD", "pw");
    request.password = envRef(u"IC_TEST_FETCH_PASSWORD"_s);
    fetcher.fetch(request, nullptr, recordInto(away));
    QTRY_COMPARE_WITH_TIMEOUT(away->calls, 1, 5000);
    qunsetenv("IC_TEST_FETCH_PASSWORD");
    QCOMPARE(away->result.failure, FetchFailure::HttpStatus);
    QVERIFY2(away->result.error.contains(u"HTTP 302"_s), qPrintable(away->result.error));
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestHttpFetcher::userInfoInUrlIsNotSent()
{
    TestHttpServer server;
    server.route("GET", "/x", json("{}", 500));
    HttpFetcher fetcher;
    QUrl url = server.url(u"/x"_s);
    url.setUserName(u"u"_s);
    url.setPassword(u"url-secret"_s);
    auto outcome = std::make_shared<Outcome>();
    fetcher.fetch(get(url), nullptr, recordInto(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 5000);
    QCOMPARE(outcome->result.failure, FetchFailure::HttpStatus);
    QVERIFY(!outcome->result.error.contains(u"url-secret"_s));
    QVERIFY(!server.requests().constFirst().headers.contains("authorization"));
}

void TestHttpFetcher::movedToThread()
{
    TestHttpServer server;
    server.route("GET", "/x", json("{\"a\":1}"));
    QThread worker;
    auto *fetcher = new HttpFetcher; // the network access manager does not exist yet
    fetcher->moveToThread(&worker);
    connect(&worker, &QThread::finished, fetcher, &QObject::deleteLater);
    worker.start();
    auto outcome = std::make_shared<Outcome>();
    auto finished = std::make_shared<QAtomicInt>(0);
    const QUrl url = server.url(u"/x"_s);
    QMetaObject::invokeMethod(fetcher, [fetcher, url, outcome, finished] {
        fetcher->fetch(get(url), nullptr, [outcome, finished](const HttpResult &r) {
            outcome->result = r;
            outcome->thread = QThread::currentThreadId();
            outcome->calls = 1;
            finished->storeRelease(1);
        });
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished->loadAcquire(), 1, 5000);
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error));
    QVERIFY(outcome->thread != QThread::currentThreadId());
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
