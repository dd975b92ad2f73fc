#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace ic {

// What one HTTP exchange gave: the answer, or why there is none. Built on the thread of the
// HttpFetcher, handed to the callback by value.
struct HttpResult {
    FetchFailure failure = FetchFailure::None;
    QString error;          // translated, one line, names the URL's host: "127.0.0.1:8008: timed out after 2 s"
    int status = 0;         // HTTP status, 0 when there was none
    QByteArray contentType; // lower-case media type without parameters ("application/json")
    QByteArray body;        // at most HttpSettings::maxResponseBytes
    qint64 elapsedMs = 0;
    bool ok() const { return failure == FetchFailure::None; }
};

// What a caller accepts. A status outside `acceptedStatus` (empty: 200–299) is FetchFailure::HttpStatus
// but the body is still delivered (health endpoints explain a 503 in the body).
// A content type outside `acceptedTypes` (empty: any) is WrongContentType.
struct HttpExpectation {
    QList<int> acceptedStatus;
    QList<QByteArray> acceptedTypes; // e.g. {"application/json"}; "+json" suffix types match "application/json"
};

// Asynchronous HTTP for every backend client: one QNetworkAccessManager, per-request timeout
// (setTransferTimeout), a response-size cap enforced while reading (the download is aborted
// past it), TLS verification always on (a custom CA file adds to the system CAs; an invalid
// certificate is an error), Basic auth from a SecretRef resolved at call time and never logged.
// Lives in (and must be used from) one thread; the callbacks run on that thread. The network
// access manager is made on the first fetch(), so the fetcher may be moved to a worker thread
// before that.
//
// HttpSettings::timeoutMs bounds the whole exchange from fetch() to the last byte (keychain read
// included), not only a silence: a server dripping a byte a second still times out.
// Requests send "Accept" with Request::expect.acceptedTypes unless Request::headers sets one.
//
// Redirects are followed only within the same origin (scheme, host and port; at most 3): a
// health endpoint or Prometheus behind a path prefix may redirect to a trailing slash, but a
// redirect elsewhere would carry the Authorization header to a host nobody configured. A
// redirect that is not followed is FetchFailure::HttpStatus with the 3xx status.
// HTTP/2 is off: every backend here speaks HTTP/1.1, and one broken h2 connection would take
// all requests to that host with it.
// HttpSettings::verifyTls is not consulted: an https URL is always verified (the config loader
// refuses `tls_verify: false` for https, and plain http has nothing to verify).
// User info in a URL ("http://user:pw@host") is dropped, never sent: credentials come from
// Request::username/password only, so that a URL can be shown and logged safely.
class HttpFetcher : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpFetcher(QObject *parent = nullptr);
    ~HttpFetcher() override;

    struct Request {
        QUrl url;
        QByteArray method = "GET";    // GET | POST | DELETE | PUT | PATCH
        QByteArray body;              // for POST/PUT/PATCH
        QByteArray contentType;       // of the body
        HttpSettings settings;
        HttpExpectation expect;
        QString username;             // Basic auth when set
        SecretRef password;
        QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (Accept, …)
    };

    // Starts the request; `done` runs exactly once, later (never inside this call), unless
    // `context` is destroyed first. Returns an id for cancel().
    quint64 fetch(const Request &request, QObject *context, Callback done);
    void cancel(quint64 id); // `done` will not run
    void cancelAll();
    // Requests whose callback has not run yet (including those waiting for the keychain).
    int inFlight() const { return int(m_byId.size()); }

    // Resolves an environment reference synchronously. Keychain references are read
    // asynchronously inside fetch() (QtKeychain's job) before the request goes out; when the
    // build has no QtKeychain or the keychain cannot be reached the request fails with that reason.
    // Empty + `error` on failure. Values are never logged or stored.
    static QString resolveSecret(const SecretRef &ref, QString *error);

private:
    struct Pending;
    void finish(QNetworkReply *reply);
    QSslConfiguration sslConfiguration(const HttpSettings &settings, QString *error);
    void send(quint64 id, const QString &password);
    void fail(quint64 id, FetchFailure failure, const QString &error);
    void failLater(quint64 id, FetchFailure failure, const QString &error);
    void deliver(quint64 id, HttpResult result);
    void timedOut(quint64 id);
    void readKeychain(quint64 id);

    QNetworkAccessManager *m_network = nullptr;
    QHash<QNetworkReply *, Pending *> m_pending; // requests on the wire
    QHash<quint64, Pending *> m_byId;            // every request not yet answered; owns them
    quint64 m_nextId = 1;
    QList<QSslCertificate> m_systemCas;          // read once: the system bundle is large
    bool m_systemCasLoaded = false;
};

} // namespace ic
