#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace ic {

class HttpFetcher;

// Reads one Patroni cluster (Patroni 3.0.2 REST API) and asks it for switchovers.
//
// A poll reads GET /cluster from the first member that answers, trying the configured members in
// order but starting with the one that answered last time. Then it asks GET /patroni of every
// member at once: the configured ones and those /cluster names (by api_url), because only each
// member's own view shows a split brain (two PostgreSQL servers that each run as primary) —
// including a member the DCS no longer lists. Members must therefore be the members' own REST
// URLs, not a load balancer in front of them. A member whose /cluster request already failed
// at the transport level (refused, timed out) is not asked a second time in the same poll.
// `topologyRead` is emitted once per poll, after every member answered or timed out.
class PatroniClient : public QObject
{
    Q_OBJECT

public:
    // `fetcher` is shared with other clients and must outlive this one; nullptr: use an own one.
    explicit PatroniClient(PatroniCluster cluster, HttpFetcher *fetcher = nullptr, QObject *parent = nullptr);
    ~PatroniClient() override;

    const PatroniCluster &cluster() const { return m_cluster; }

    // One read now. Does nothing while a read is still running (polls never overlap).
    void poll();
    bool isPolling() const { return m_round != nullptr; }

    // Polls now and then every cluster().intervalMs; a tick that finds the last poll still
    // running is skipped. stop() also drops the poll in flight (no topologyRead for it).
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // POST /switchover {"leader", "candidate"?, "scheduled_at"?} with the cluster's Basic auth,
    // to the member that answered last (the next one only if the connection was refused: a
    // request that may have arrived is never sent twice). Patroni answers in plain text:
    // 200 done, 202 scheduled; 412 (e.g. "leader name does not match"), 401, 503 refused.
    // Patroni waits for the new leader before it answers (up to 2 × max(10 s, loop_wait)), so the
    // request may take much longer than the cluster's timeout.
    void switchover(const QString &leader, const QString &candidate = {}, const QDateTime &scheduledAt = {});
    bool isSwitchingOver() const { return m_switchover != nullptr; }

Q_SIGNALS:
    void topologyRead(const ic::ClusterTopology &topology);
    // `message` is Patroni's own reply ("Successfully switched over to \"node2\"") or why it failed.
    void switchoverDone(bool ok, const QString &message);

private:
    struct Round;
    struct Switchover;

    void tryNextClusterRead();
    void probeMembers();
    void finishRound();
    void sendSwitchover();

    QUrl memberEndpoint(const QUrl &member, QStringView path) const;

    PatroniCluster m_cluster;
    HttpFetcher *m_fetcher = nullptr;
    QTimer m_timer;
    std::unique_ptr<Round> m_round;
    quint64 m_roundSerial = 0;
    std::unique_ptr<Switchover> m_switchover;
    int m_preferred = 0; // index into m_cluster.members of the member that answered last
};

} // namespace ic
