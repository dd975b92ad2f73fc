#pragma once

// A loopback HTTP/1.1 server for the backend clients' tests that misbehaves on purpose: it answers
// late, hangs up, never answers, or streams more than any client should accept. Written on a raw
// QTcpServer (not QHttpServer) because the faults are exactly what a well-behaved server library
// would not let us produce. Runs in the thread that created it; keep-alive connections are served
// one request at a time, in order, as HTTP/1.1 without pipelining expects.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace ic::test {

struct TestResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;            // wait before answering (timeouts)
    bool hangUp = false;        // close the connection without any answer
    bool neverAnswer = false;   // keep the connection open, never answer
    qint64 repeatBodyBytes = 0; // >0: stream this many bytes of 'x' as body (oversize), chunked or with length
    bool chunked = false;       // with repeatBodyBytes: Transfer-Encoding: chunked instead of Content-Length
};

struct TestRequest {
    QByteArray method;
    QByteArray path; // with query
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case keys
};

class TestHttpServer : public QObject
{
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    // Listens on 127.0.0.1, on a port the system picks.
    explicit TestHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        start(new QTcpServer(this));
    }

    // Restarts as an HTTPS server (new port) with this certificate and RSA or EC key (PEM).
    bool listenTls(const QString &certFile, const QString &keyFile)
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
        QFile keyIn(keyFile);
        if (certs.isEmpty() || !keyIn.open(QIODevice::ReadOnly))
            return false;
        const QByteArray keyPem = keyIn.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (key.isNull())
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(certs);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *server = new QSslServer(this);
        server->setSslConfiguration(config);
        // A client that refuses our certificate aborts the handshake; that is the test passing,
        // not a server problem, so there is nothing to report.
        m_tls = true;
        return start(server);
    }

    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    // http(s)://127.0.0.1:port/pathAndQuery
    QUrl url(const QString &pathAndQuery = {}) const
    {
        QString text = (m_tls ? QStringLiteral("https://127.0.0.1:") : QStringLiteral("http://127.0.0.1:"))
            + QString::number(port());
        if (!pathAndQuery.isEmpty() && !pathAndQuery.startsWith(QLatin1Char('/')))
            text += QLatin1Char('/');
        text += pathAndQuery;
        return QUrl(text);
    }

    void route(const QByteArray &method, const QByteArray &path, const TestResponse &response)
    {
        m_routes.insert(method + ' ' + path, [response](const TestRequest &) { return response; });
    }

    // `path` without query; the handler sees the query in TestRequest::path.
    void route(const QByteArray &method, const QByteArray &path, Handler handler)
    {
        m_routes.insert(method + ' ' + path, std::move(handler));
    }

    QList<TestRequest> requests() const { return m_requests; }

    // Requests whose path (query ignored) is `path`.
    int hits(const QByteArray &path) const
    {
        int n = 0;
        for (const TestRequest &r : m_requests) {
            if (pathOf(r.path) == path)
                ++n;
        }
        return n;
    }

    // Connections accepted so far (after the TLS handshake for HTTPS).
    int connections() const { return m_connections; }
    // Body bytes of repeatBodyBytes responses handed to the socket, all responses together.
    qint64 streamedBytes() const { return m_streamedBytes; }
    // repeatBodyBytes responses the client cut off (closed the connection) before the end.
    int abortedStreams() const { return m_abortedStreams; }

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;      // answering (or refusing to answer) the current request
        bool streaming = false; // inside a repeatBodyBytes body
        qint64 remaining = 0;
        bool chunked = false;
        bool closeAfter = false;
        QMetaObject::Connection writer;
    };

    static QByteArray pathOf(const QByteArray &target)
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }

    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 204: return "No Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 307: return "Temporary Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "Status";
        }
    }

    bool start(QTcpServer *server)
    {
        delete m_server;
        m_server = server;
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                serve(socket);
        });
        return server->listen(QHostAddress::LocalHost, 0);
    }

    void serve(QTcpSocket *socket)
    {
        ++m_connections;
        auto state = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] {
            state->buffer += socket->readAll();
            next(socket, state);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, state] {
            if (state->streaming) {
                state->streaming = false;
                ++m_abortedStreams;
            }
            QObject::disconnect(state->writer);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            state->buffer += socket->readAll();
            next(socket, state);
        }
    }

    // Parses and answers the next complete request in the buffer, if any and if idle.
    void next(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        if (state->busy)
            return;
        const qsizetype headEnd = state->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = state->buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        TestRequest request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length", "0").toLongLong();
        if (state->buffer.size() < headEnd + 4 + length)
            return;
        request.body = state->buffer.mid(headEnd + 4, length);
        state->buffer.remove(0, headEnd + 4 + length);
        state->closeAfter = request.headers.value("connection").toLower() == "close";
        m_requests.append(request);

        const auto handler = m_routes.constFind(request.method + ' ' + pathOf(request.path));
        TestResponse response;
        if (handler == m_routes.constEnd()) {
            response.status = 404;
            response.contentType = "text/plain";
            response.body = "not found\n";
        } else {
            response = (*handler)(request);
        }

        state->busy = true;
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, socket, [this, socket, state, response] { answer(socket, state, response); });
        } else {
            answer(socket, state, response);
        }
    }

    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &state, const TestResponse &response)
    {
        if (response.neverAnswer)
            return; // stays busy: later requests on this connection are never answered either
        if (response.hangUp) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.repeatBodyBytes > 0 && response.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: "
                + QByteArray::number(response.repeatBodyBytes > 0 ? response.repeatBodyBytes : response.body.size()) + "\r\n";
        if (state->closeAfter)
            head += "Connection: close\r\n";
        head += "\r\n";
        socket->write(head);

        if (response.repeatBodyBytes > 0) {
            state->streaming = true;
            state->remaining = response.repeatBodyBytes;
            state->chunked = response.chunked;
            state->writer = connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, state] { stream(socket, state); });
            stream(socket, state);
            return;
        }
        socket->write(response.body);
        done(socket, state);
    }

    // Feeds a long body a piece at a time, as the client reads it, so that a client that stops
    // reading is noticed (the stream stops early) instead of everything sitting in our buffer.
    void stream(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        constexpr qint64 piece = 64 * 1024;
        while (state->streaming && state->remaining > 0 && socket->bytesToWrite() < 4 * piece) {
            const qint64 n = qMin(piece, state->remaining);
            const QByteArray data(n, 'x');
            if (state->chunked)
                socket->write(QByteArray::number(n, 16) + "\r\n" + data + "\r\n");
            else
                socket->write(data);
            state->remaining -= n;
            m_streamedBytes += n;
        }
        if (state->streaming && state->remaining == 0) {
            state->streaming = false;
            QObject::disconnect(state->writer);
            if (state->chunked)
                socket->write("0\r\n\r\n");
            done(socket, state);
        }
    }

    void done(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        state->busy = false;
        if (state->closeAfter) {
            socket->disconnectFromHost();
            return;
        }
        next(socket, state);
    }

    QPointer<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<TestRequest> m_requests;
    int m_connections = 0;
    qint64 m_streamedBytes = 0;
    int m_abortedStreams = 0;
};

} // namespace ic::test
