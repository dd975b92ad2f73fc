#include "DnsChecker.h"

#include "BackendParsers.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr qint64 DefaultTimeoutMs = 2000;

std::optional<QDnsLookup::Type> lookupType(QStringView type)
{
    switch (dnsTypeCode(type)) {
    case 1: return QDnsLookup::A;
    case 2: return QDnsLookup::NS;
    case 5: return QDnsLookup::CNAME;
    case 12: return QDnsLookup::PTR;
    case 15: return QDnsLookup::MX;
    case 16: return QDnsLookup::TXT;
    case 28: return QDnsLookup::AAAA;
    case 33: return QDnsLookup::SRV;
    default: return std::nullopt;
    }
}

} // namespace

// One open query to one resolver. A QObject so that its socket/lookup and timers go away with
// it, later (deleteLater), never inside one of their own signals.
class DnsChecker::Pending : public QObject
{
public:
    using QObject::QObject;

    QDnsLookup *lookup = nullptr;
    QUdpSocket *socket = nullptr;
    QTimer timeout;
    QTimer resend;
    QByteArray packet;
    QString queryName;
    quint16 id = 0;
    quint16 typeCode = 0;
    bool sent = false;
};

DnsChecker::DnsChecker(DnsCheck check, QObject *parent)
    : QObject(parent)
    , m_check(std::move(check))
    , m_timer(this)
{
    m_resolvers = m_check.resolvers;
    if (m_resolvers.isEmpty())
        m_resolvers.append(DnsResolver{});
    m_pending.resize(m_resolvers.size(), nullptr);
    for (const QString &value : std::as_const(m_check.expect))
        m_expected.append(normalizedDnsValue(m_check.type, value));
    m_expected.sort();
    m_expected.removeDuplicates();
    m_timeoutMs = m_check.intervalMs > 0 ? std::min(DefaultTimeoutMs, m_check.intervalMs) : DefaultTimeoutMs;
    m_timer.setInterval(int(std::clamp<qint64>(m_check.intervalMs, 100, 24 * 3600 * 1000)));
    connect(&m_timer, &QTimer::timeout, this, &DnsChecker::query);
}

DnsChecker::~DnsChecker()
{
    stop();
}

void DnsChecker::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = std::max<qint64>(1, timeoutMs);
}

bool DnsChecker::isQuerying() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](Pending *p) { return p != nullptr; });
}

void DnsChecker::start()
{
    m_timer.start();
    query();
}

void DnsChecker::stop()
{
    m_timer.stop();
    for (Pending *&pending : m_pending) {
        if (!pending)
            continue;
        if (pending->lookup) {
            pending->lookup->disconnect(pending);
            pending->lookup->abort();
        }
        pending->deleteLater();
        pending = nullptr;
    }
}

void DnsChecker::query()
{
    const Parsed<QString> name = dnsQueryName(m_check.name, m_check.type);
    const bool knownType = dnsTypeCode(m_check.type) != 0;
    for (int resolver = 0; resolver < m_resolvers.size(); ++resolver) {
        if (m_pending[resolver])
            continue;
        QString problem;
        if (!knownType)
            problem = tr("unsupported record type %1").arg(m_check.type);
        else if (!name.ok())
            problem = name.error;
        else if (!m_resolvers[resolver].address.isEmpty() && QHostAddress(m_resolvers[resolver].address).isNull())
            problem = tr("%1 is not an IP address").arg(m_resolvers[resolver].address);
        if (!problem.isEmpty()) {
            // Reported like any answer: later, never inside query().
            auto *pending = new Pending(this);
            m_pending[resolver] = pending;
            const DnsAnswer answer = failed(resolver, problem);
            QMetaObject::invokeMethod(
                pending, [this, resolver, pending, answer] { finish(resolver, pending, answer); }, Qt::QueuedConnection);
            continue;
        }
        if (m_resolvers[resolver].address.isEmpty())
            askSystem(resolver, name.value);
        else
            askUdp(resolver, name.value);
    }
}

void DnsChecker::askSystem(int resolver, const QString &queryName)
{
    auto *pending = new Pending(this);
    m_pending[resolver] = pending;
    const QDnsLookup::Type type = *lookupType(m_check.type);
    pending->lookup = new QDnsLookup(type, queryName, pending);
    QDnsLookup *lookup = pending->lookup;
    connect(lookup, &QDnsLookup::finished, pending, [this, resolver, pending, lookup] {
        if (lookup->error() == QDnsLookup::OperationCancelledError)
            return;
        if (lookup->error() != QDnsLookup::NoError) {
            const QString reason = lookup->error() == QDnsLookup::NotFoundError
                ? tr("the name does not exist or has no %1 records (%2)").arg(m_check.type, lookup->errorString())
                : lookup->errorString();
            finish(resolver, pending, failed(resolver, reason));
            return;
        }
        QStringList values;
        std::optional<quint32> ttl;
        auto seen = [&ttl](quint32 recordTtl) { ttl = ttl ? std::min(*ttl, recordTtl) : recordTtl; };
        const quint16 code = dnsTypeCode(m_check.type);
        for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords()) {
            seen(r.timeToLive());
            if ((code == 1 && r.value().protocol() == QAbstractSocket::IPv4Protocol)
                || (code == 28 && r.value().protocol() == QAbstractSocket::IPv6Protocol))
                values.append(r.value().toString());
        }
        for (const QDnsDomainNameRecord &r : lookup->canonicalNameRecords()) {
            seen(r.timeToLive());
            if (code == 5)
                values.append(r.value());
        }
        for (const QDnsDomainNameRecord &r : lookup->nameServerRecords()) {
            seen(r.timeToLive());
            values.append(r.value());
        }
        for (const QDnsDomainNameRecord &r : lookup->pointerRecords()) {
            seen(r.timeToLive());
            values.append(r.value());
        }
        for (const QDnsMailExchangeRecord &r : lookup->mailExchangeRecords()) {
            seen(r.timeToLive());
            values.append(u"%1 %2"_s.arg(r.preference()).arg(r.exchange()));
        }
        for (const QDnsServiceRecord &r : lookup->serviceRecords()) {
            seen(r.timeToLive());
            values.append(u"%1 %2 %3 %4"_s.arg(r.priority()).arg(r.weight()).arg(r.port()).arg(r.target()));
        }
        for (const QDnsTextRecord &r : lookup->textRecords()) {
            seen(r.timeToLive());
            values.append(QString::fromUtf8(r.values().join()));
        }
        for (QString &value : values)
            value = normalizedDnsValue(m_check.type, value);
        finish(resolver, pending, succeeded(resolver, values, ttl));
    });
    pending->timeout.setSingleShot(true);
    connect(&pending->timeout, &QTimer::timeout, pending, [this, resolver, pending, lookup] {
        lookup->disconnect(pending);
        lookup->abort();
        finish(resolver, pending, failed(resolver, tr("no answer within %1 ms").arg(m_timeoutMs)));
    });
    pending->timeout.start(int(m_timeoutMs));
    lookup->lookup();
}

void DnsChecker::askUdp(int resolver, const QString &queryName)
{
    const DnsResolver &where = m_resolvers[resolver];
    auto *pending = new Pending(this);
    m_pending[resolver] = pending;
    pending->queryName = queryName;
    pending->typeCode = dnsTypeCode(m_check.type);
    pending->id = quint16(QRandomGenerator::global()->bounded(0x10000));
    pending->packet = buildDnsQuery(pending->id, queryName, pending->typeCode);
    pending->socket = new QUdpSocket(pending);
    QUdpSocket *socket = pending->socket;

    auto send = [pending] {
        if (pending->socket->state() != QAbstractSocket::ConnectedState)
            return;
        pending->sent = true;
        pending->socket->write(pending->packet);
    };
    connect(socket, &QUdpSocket::connected, pending, [pending, send] {
        if (!pending->sent)
            send();
    });
    connect(socket, &QUdpSocket::readyRead, pending, [this, resolver, pending] { readDatagrams(resolver, pending); });
    connect(socket, &QUdpSocket::errorOccurred, pending, [this, resolver, pending, socket](QAbstractSocket::SocketError error) {
        if (m_pending.value(resolver) != pending)
            return;
        const QString reason = error == QAbstractSocket::ConnectionRefusedError
            ? tr("%1 refused the query (no DNS server listens there)").arg(m_resolvers[resolver].text())
            : tr("%1: %2").arg(m_resolvers[resolver].text(), socket->errorString());
        finish(resolver, pending, failed(resolver, reason));
    });

    pending->timeout.setSingleShot(true);
    connect(&pending->timeout, &QTimer::timeout, pending, [this, resolver, pending] {
        finish(resolver, pending, failed(resolver, tr("no answer from %1 within %2 ms").arg(m_resolvers[resolver].text()).arg(m_timeoutMs)));
    });
    // UDP may lose the query or the answer: ask once more halfway through the timeout.
    pending->resend.setSingleShot(true);
    connect(&pending->resend, &QTimer::timeout, pending, send);
    pending->timeout.start(int(m_timeoutMs));
    pending->resend.start(int(std::max<qint64>(1, m_timeoutMs / 2)));

    socket->connectToHost(QHostAddress(where.address), where.port);
    if (!pending->sent)
        send();
}

void DnsChecker::readDatagrams(int resolver, Pending *pending)
{
    QUdpSocket *socket = pending->socket;
    if (!socket->hasPendingDatagrams()) {
        // Readable without a datagram: the kernel holds an error for the connected socket, which
        // for UDP is the ICMP "port unreachable" of a resolver address where nothing listens.
        // Qt 6.4 signals it only this way (readyRead, then a failed read, no errorOccurred).
        if (!socket->receiveDatagram().isValid()) {
            finish(resolver, pending,
                   failed(resolver, tr("%1 refused the query (no DNS server listens there)").arg(m_resolvers[resolver].text())));
        }
        return;
    }
    while (m_pending.value(resolver) == pending && socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        if (!datagram.isValid())
            return;
        const Parsed<DnsReply> reply = parseDnsReply(datagram.data(), pending->id, pending->queryName, pending->typeCode);
        if (!reply.ok()) {
            finish(resolver, pending, failed(resolver, reply.error));
            return;
        }
        finish(resolver, pending, succeeded(resolver, reply.value.values, reply.value.ttlSeconds));
    }
}

void DnsChecker::finish(int resolver, Pending *pending, DnsAnswer answer)
{
    if (m_pending.value(resolver) != pending)
        return;
    m_pending[resolver] = nullptr;
    pending->timeout.stop();
    pending->resend.stop();
    pending->deleteLater();
    Q_EMIT answered(answer);
}

DnsAnswer DnsChecker::failed(int resolver, const QString &error) const
{
    DnsAnswer answer;
    answer.name = m_check.name;
    answer.type = m_check.type;
    answer.resolver = m_resolvers[resolver].text();
    answer.atMs = QDateTime::currentMSecsSinceEpoch();
    answer.ok = false;
    answer.error = error;
    return answer;
}

DnsAnswer DnsChecker::succeeded(int resolver, QStringList values, std::optional<quint32> ttl) const
{
    DnsAnswer answer = failed(resolver, {});
    answer.ok = true;
    values.sort();
    values.removeDuplicates();
    answer.values = values;
    answer.ttlSeconds = ttl.value_or(0);
    answer.matchesExpected = m_expected.isEmpty() || values == m_expected;
    return answer;
}

} // namespace ic
