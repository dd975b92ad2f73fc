#include "HttpFetcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <climits>

#ifdef IC_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// The service name under which the console's secrets are kept in the system keychain.
const QString keychainService = u"incident-console"_s;

QString hostAndPort(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    return host + u':' + QString::number(url.port(defaultPort));
}

// "application/json; charset=utf-8" → "application/json"
QByteArray mediaType(const QByteArray &header)
{
    const qsizetype semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.left(semicolon)).trimmed().toLower();
}

bool typeAccepted(const QByteArray &type, const QList<QByteArray> &accepted)
{
    if (accepted.isEmpty())
        return true;
    for (const QByteArray &want : accepted) {
        const QByteArray w = want.toLower();
        if (type == w)
            return true;
        // application/health+json, application/vnd.spring-boot.actuator.v3+json are JSON.
        if (w == "application/json" && type.startsWith("application/") && type.endsWith("+json"))
            return true;
        if (w.endsWith("/*") && type.startsWith(w.chopped(1)))
            return true;
    }
    return false;
}

bool statusAccepted(int status, const QList<int> &accepted)
{
    return accepted.isEmpty() ? status >= 200 && status <= 299 : accepted.contains(status);
}

// QNetworkReply's errors that only restate the HTTP status; the status itself is judged instead.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError
            && error != QNetworkReply::ContentReSendError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.simplified();
}

// QTimer and setTransferTimeout take int milliseconds.
int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 1, INT_MAX));
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 4);
}

} // namespace

struct HttpFetcher::Pending {
    quint64 id = 0;
    Request request;
    QString where; // host:port, the prefix of every error text
    QSslConfiguration ssl;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QElapsedTimer clock;
    QTimer *deadline = nullptr;
    QNetworkReply *reply = nullptr;
    QByteArray body;
    QString sslError;
    bool tooLarge = false;
    bool timedOut = false;

    ~Pending()
    {
        // May be running inside the deadline's own timeout signal.
        if (deadline) {
            deadline->stop();
            deadline->deleteLater();
        }
    }
};

HttpFetcher::HttpFetcher(QObject *parent)
    : QObject(parent)
{
}

HttpFetcher::~HttpFetcher()
{
    const QList<QNetworkReply *> replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    qDeleteAll(m_byId);
    m_byId.clear();
}

QString HttpFetcher::resolveSecret(const SecretRef &ref, QString *error)
{
    switch (ref.source) {
    case SecretRef::Source::None:
        return {};
    case SecretRef::Source::Environment: {
        if (!qEnvironmentVariableIsSet(ref.name.toLocal8Bit().constData())) {
            if (error)
                *error = tr("environment variable %1 is not set").arg(ref.name);
            return {};
        }
        const QString value = qEnvironmentVariable(ref.name.toLocal8Bit().constData());
        if (value.isEmpty() && error)
            *error = tr("environment variable %1 is empty").arg(ref.name);
        return value;
    }
    case SecretRef::Source::Keychain:
        if (error)
            *error = tr("keychain entry '%1' can only be read asynchronously").arg(ref.name);
        return {};
    }
    return {};
}

quint64 HttpFetcher::fetch(const Request &request, QObject *context, Callback done)
{
    auto *p = new Pending;
    p->id = m_nextId++;
    p->request = request;
    // Credentials come from username/password only; user info in a URL would end up in texts.
    p->request.url.setUserInfo({});
    p->where = hostAndPort(p->request.url);
    p->context = context;
    p->hasContext = context != nullptr;
    p->done = std::move(done);
    p->clock.start();
    m_byId.insert(p->id, p);
    const quint64 id = p->id;

    // A hard deadline besides the transfer timeout: the latter restarts with every byte, so a
    // server dripping one byte a second would never time out; it also bounds the keychain wait.
    p->deadline = new QTimer(this);
    p->deadline->setSingleShot(true);
    connect(p->deadline, &QTimer::timeout, this, [this, id] { timedOut(id); });
    p->deadline->start(timerMs(request.settings.timeoutMs));

    const QUrl &url = p->request.url;
    const bool https = url.scheme() == "https"_L1;
    if (!url.isValid() || (!https && url.scheme() != "http"_L1) || url.host().isEmpty()) {
        failLater(id, FetchFailure::Network,
                  tr("'%1' is not an http or https URL").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        return id;
    }
    if (https) {
        QString error;
        p->ssl = sslConfiguration(request.settings, &error);
        if (!error.isEmpty()) {
            failLater(id, FetchFailure::Tls, tr("%1: %2").arg(p->where, error));
            return id;
        }
    }

    if (request.password.source == SecretRef::Source::Keychain) {
        readKeychain(id);
        return id;
    }
    QString password;
    if (request.password.source == SecretRef::Source::Environment) {
        QString error;
        password = resolveSecret(request.password, &error);
        if (!error.isEmpty()) {
            failLater(id, FetchFailure::Network, tr("%1: %2").arg(p->where, error));
            return id;
        }
    }
    send(id, password);
    return id;
}

void HttpFetcher::readKeychain(quint64 id)
{
    Pending *p = m_byId.value(id);
    const QString name = p->request.password.name;
#ifdef IC_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, id, name](QKeychain::Job *finished) {
        Pending *p = m_byId.value(id);
        if (!p)
            return; // cancelled or timed out meanwhile
        if (finished->error() != QKeychain::NoError) {
            // QtKeychain's own texts are often just "Unknown error"; say what the code means.
            QString reason;
            switch (finished->error()) {
            case QKeychain::EntryNotFound: reason = tr("there is no such entry"); break;
            case QKeychain::AccessDeniedByUser:
            case QKeychain::AccessDenied: reason = tr("access was denied"); break;
            case QKeychain::NoBackendAvailable: reason = tr("no keychain service is available"); break;
            default: reason = oneLine(finished->errorString()); break;
            }
            fail(id, FetchFailure::Network, tr("%1: keychain entry '%2' could not be read: %3").arg(p->where, name, reason));
            return;
        }
        send(id, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    // Queued: without a keychain service the job can finish inside start(), and the callback
    // must never run inside fetch().
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
#else
    failLater(id, FetchFailure::Network,
              tr("%1: keychain entry '%2' could not be read: this build has no keychain support").arg(p->where, name));
#endif
}

void HttpFetcher::send(quint64 id, const QString &password)
{
    Pending *p = m_byId.value(id);
    if (!p)
        return;
    const Request &r = p->request;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);

    QNetworkRequest request(r.url);
    request.setTransferTimeout(timerMs(r.settings.timeoutMs));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    if (r.url.scheme() == "https"_L1)
        request.setSslConfiguration(p->ssl);
    if (!r.expect.acceptedTypes.isEmpty())
        request.setRawHeader("Accept", r.expect.acceptedTypes.join(", "));
    if (!r.contentType.isEmpty())
        request.setRawHeader("Content-Type", r.contentType);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.username.isEmpty() || r.password.isSet())
        request.setRawHeader("Authorization", "Basic " + QString(r.username + u':' + password).toUtf8().toBase64());

    QNetworkReply *reply = r.method == "GET" ? m_network->get(request)
                                             : m_network->sendCustomRequest(request, r.method, r.body);
    p->reply = reply;
    m_pending.insert(reply, p);
    const qint64 cap = r.settings.maxResponseBytes;

    // Refuse a declared oversize body before reading any of it.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        Pending *p = m_pending.value(reply);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (p && length.isValid() && length.toLongLong() > cap) {
            p->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, cap] {
        Pending *p = m_pending.value(reply);
        if (!p || p->tooLarge)
            return;
        p->body += reply->read(cap + 1 - p->body.size());
        if (p->body.size() > cap) {
            p->tooLarge = true;
            reply->abort();
        }
    });
    // Counts what arrived even if it was not read yet (and before decompression).
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, cap](qint64 received) {
        Pending *p = m_pending.value(reply);
        if (p && !p->tooLarge && received > cap) {
            p->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        Pending *p = m_pending.value(reply);
        if (p && p->sslError.isEmpty() && !errors.isEmpty())
            p->sslError = errors.constFirst().errorString();
        // Not ignored: the handshake fails and finished() reports it.
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpFetcher::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    Pending *p = m_pending.take(reply);
    if (!p)
        return;
    p->reply = nullptr;
    const Request &r = p->request;
    const qint64 cap = r.settings.maxResponseBytes;

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = mediaType(reply->rawHeader("Content-Type"));
    if (!p->tooLarge && reply->isOpen()) {
        p->body += reply->read(cap + 1 - p->body.size());
        if (p->body.size() > cap || reply->bytesAvailable() > 0)
            p->tooLarge = true;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const QString &where = p->where;
    if (p->tooLarge) {
        result.failure = FetchFailure::TooLarge;
        result.error = tr("%1: the answer is larger than the limit of %2")
                           .arg(where, QLocale().formattedDataSize(cap));
    } else if (p->timedOut || error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError) {
        // Our own aborts (size, cancel) are flagged or never get here; any other cancel is
        // setTransferTimeout's.
        result.failure = FetchFailure::Timeout;
        result.error = tr("%1: timed out after %2 s").arg(where, seconds(r.settings.timeoutMs));
    } else if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError) {
        result.failure = FetchFailure::HttpStatus;
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString to = target.isValid() ? r.url.resolved(target).toDisplayString(QUrl::RemoveUserInfo)
                                            : QString::fromUtf8(reply->rawHeader("Location"));
        result.error = error == QNetworkReply::TooManyRedirectsError
            ? tr("%1: too many redirects").arg(where)
            : tr("%1: HTTP %2 redirect to %3 not followed (only redirects to the same host and port are)")
                  .arg(where, QString::number(result.status), to);
    } else if (result.status > 0 && (error == QNetworkReply::NoError || isHttpStatusError(error))) {
        result.body = p->body;
        if (!statusAccepted(result.status, r.expect.acceptedStatus)) {
            result.failure = FetchFailure::HttpStatus;
            const QString reason = oneLine(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            result.error = tr("%1: HTTP %2 %3").arg(where, QString::number(result.status), reason).trimmed();
        } else if (!typeAccepted(result.contentType, r.expect.acceptedTypes)) {
            result.failure = FetchFailure::WrongContentType;
            QStringList wanted;
            for (const QByteArray &t : r.expect.acceptedTypes)
                wanted.append(QString::fromLatin1(t));
            result.error = tr("%1: expected %2, got %3")
                               .arg(where, wanted.join(tr(" or ")),
                                    result.contentType.isEmpty() ? tr("no content type")
                                                                 : QString::fromLatin1(result.contentType));
        }
    } else {
        const bool answered = result.status > 0;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            result.failure = FetchFailure::Refused;
            result.error = tr("%1: connection refused").arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            result.failure = FetchFailure::Refused;
            result.error = tr("%1: host not found").arg(where);
            break;
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            // Qt reports an unreachable host or network this way.
            result.failure = FetchFailure::Refused;
            result.error = tr("%1: cannot connect: %2").arg(where, oneLine(reply->errorString()));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.failure = FetchFailure::Tls;
            result.error = tr("%1: TLS: %2")
                               .arg(where, oneLine(p->sslError.isEmpty() ? reply->errorString() : p->sslError));
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.failure = FetchFailure::Network;
            result.error = answered ? tr("%1: closed the connection before the answer was complete").arg(where)
                                    : tr("%1: closed the connection without answering").arg(where);
            break;
        default:
            result.failure = FetchFailure::Network;
            result.error = tr("%1: %2").arg(where, oneLine(reply->errorString()));
            break;
        }
    }
    deliver(p->id, std::move(result));
}

void HttpFetcher::timedOut(quint64 id)
{
    Pending *p = m_byId.value(id);
    if (!p)
        return;
    if (p->reply) {
        p->timedOut = true;
        p->reply->abort(); // finished() → finish() → deliver()
        return;
    }
    // Still waiting for the keychain.
    fail(id, FetchFailure::Timeout,
         tr("%1: timed out after %2 s reading keychain entry '%3'")
             .arg(p->where, seconds(p->request.settings.timeoutMs), p->request.password.name));
}

void HttpFetcher::fail(quint64 id, FetchFailure failure, const QString &error)
{
    HttpResult result;
    result.failure = failure;
    result.error = error;
    deliver(id, std::move(result));
}

void HttpFetcher::failLater(quint64 id, FetchFailure failure, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, id, failure, error] { fail(id, failure, error); }, Qt::QueuedConnection);
}

void HttpFetcher::deliver(quint64 id, HttpResult result)
{
    Pending *p = m_byId.take(id);
    if (!p)
        return; // cancelled
    if (p->reply)
        m_pending.remove(p->reply);
    result.elapsedMs = p->clock.elapsed();
    const Callback done = std::move(p->done);
    const bool wanted = !p->hasContext || p->context;
    delete p;
    // Last: the callback may fetch again or cancel others.
    if (wanted && done)
        done(result);
}

void HttpFetcher::cancel(quint64 id)
{
    Pending *p = m_byId.take(id);
    if (!p)
        return;
    if (QNetworkReply *reply = p->reply) {
        m_pending.remove(reply);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    delete p;
}

void HttpFetcher::cancelAll()
{
    const QList<quint64> ids = m_byId.keys();
    for (quint64 id : ids)
        cancel(id);
}

QSslConfiguration HttpFetcher::sslConfiguration(const HttpSettings &settings, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (settings.caFile.isEmpty())
        return config;
    QFile file(settings.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("CA file '%1' could not be read: %2").arg(settings.caFile, file.errorString());
        return config;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = tr("CA file '%1' holds no PEM or DER certificate").arg(settings.caFile);
        return config;
    }
    // Setting CAs switches off Qt's on-demand loading of the system ones; add those back.
    if (!m_systemCasLoaded) {
        m_systemCas = QSslConfiguration::systemCaCertificates();
        m_systemCasLoaded = true;
    }
    config.setCaCertificates(m_systemCas + certificates);
    return config;
}

} // namespace ic
