#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace ic {

// Asks every resolver of one DnsCheck for the name and reports each answer (values, smallest
// TTL, whether it matches `expect`), so the commander sees whether a DNS cutover has reached
// each resolver and how long clients may still cache the old answer.
//
// Two transports, on purpose:
// - the system resolver ("system", no address) through QDnsLookup;
// - an explicit resolver through our own RFC 1035 query over UDP (QUdpSocket, connected to the
//   resolver so that an ICMP "port unreachable" is reported as refused). Qt 6.4's QDnsLookup can
//   set the nameserver's address but not its port (setNameserver(QHostAddress) only), and
//   resolvers under test listen on ports such as 5353; using one transport for every explicit
//   resolver keeps their answers comparable. The query has RD set and no EDNS, so an answer
//   over 512 bytes comes back truncated (TC) and is reported as "answer truncated" instead of
//   being read half. A query unanswered after half the timeout is sent once more (UDP loses packets).
// Timeout: 2 s, or the check's interval when that is shorter. Failures (timeout, refused,
// NXDOMAIN, SERVFAIL, a malformed or mismatched reply) are answers with ok=false and a reason.
class DnsChecker : public QObject
{
    Q_OBJECT

public:
    explicit DnsChecker(DnsCheck check, QObject *parent = nullptr);
    ~DnsChecker() override;

    const DnsCheck &check() const { return m_check; }
    // The resolvers asked: check().resolvers, or the system resolver when it names none.
    const QList<DnsResolver> &resolvers() const { return m_resolvers; }

    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(qint64 timeoutMs);

    // Asks every resolver now; a resolver whose last query is still open is not asked again.
    // `answered` follows once per resolver asked, never inside this call.
    void query();
    bool isQuerying() const;

    // Queries now and then every check().intervalMs. stop() drops the queries in flight.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void answered(const ic::DnsAnswer &answer);

private:
    class Pending;

    void askSystem(int resolver, const QString &queryName);
    void askUdp(int resolver, const QString &queryName);
    void readDatagrams(int resolver, Pending *pending);
    void finish(int resolver, Pending *pending, DnsAnswer answer);
    DnsAnswer failed(int resolver, const QString &error) const;
    DnsAnswer succeeded(int resolver, QStringList values, std::optional<quint32> ttl) const;

    DnsCheck m_check;
    QList<DnsResolver> m_resolvers;
    QStringList m_expected; // normalized, sorted, unique
    QList<Pending *> m_pending; // per resolver; nullptr when idle
    QTimer m_timer;
    qint64 m_timeoutMs = 2000;
};

} // namespace ic
