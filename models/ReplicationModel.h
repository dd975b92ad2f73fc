#pragma once

#include "BackendsConfig.h"
#include "Event.h"
#include "LiveTypes.h"
#include "SampleRing.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// A change of a Patroni cluster that matters on the timeline (a replication_changed event).
struct ReplicationChange {
    using Kind = ReplicationChangeKind;
    QString cluster;        // the catalog id of the database service
    Kind kind = Kind::LeaderChanged;
    QString member;         // the member concerned (member_*, rpo_*)
    QString from;           // leader_changed/no_leader: the old leader; member_*: the old state
    QString to;             // leader_changed: the new leader; member_*: the new state
    std::optional<qint64> lagBytes; // rpo_*: the lag that crossed the limit
    qint64 maxLagBytes = 0; // the cluster's limit (max_lag)
    int timeline = 0;       // leader_changed: the new leader's timeline
    qint64 atMs = 0;        // when the topology showing it was read
    QString detail;         // translated: an error, why a member counts as down, …
    QStringList members;    // split_brain: the members that each claim to be the primary
};

// The Patroni clusters of backends.yaml with their live topology: a tree of cluster rows
// (configuration order) with one child row per member (in the order first seen). Members are
// never removed while the clusters stay configured: a member that leaves /cluster is kept as
// "not in the cluster" (down), with its lag history, so the commander still sees it.
//
// observe() detects the changes that matter and emits replicationChanged() for each:
//   - leader_changed (another member leads; from "" when a leader appears after none),
//     no_leader;
//   - member_down / member_up: a member is up while it is in /cluster and its state is running,
//     streaming or in archive recovery; anything else (stopped, starting, crashed, absent) is down;
//   - rpo_breached / rpo_recovered: a replica's lag above max_lag breaches, exactly max_lag is
//     within. Lag "unknown" (Patroni's word) is neither: shown as unknown, the breach state
//     stays as it was until the lag is known again. A breached replica that becomes the leader
//     recovers (it has no lag);
//   - split_brain / split_brain_resolved: two or more members claim to be the primary;
//   - cluster_unreachable / cluster_reachable: no member could be read. While unreachable the
//     last known topology is kept and marked stale; nothing else is reported.
// The first observation of a cluster sets the baseline and reports only the problems already
// present (no leader, members down, breaches, split brain, unreachable), since those are facts
// the timeline needs; a healthy baseline reports nothing.
class ReplicationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, RoleColumn, StateColumn, TimelineColumn, LagColumn, RpoColumn, ColumnCount };
    // A replica's lag against the cluster's limit. Leaders have no lag (NotApplicable).
    enum class Rpo { NotApplicable, Unknown, Within, Breached };
    Q_ENUM(Rpo)
    enum Role {
        IsClusterRole = Qt::UserRole + 1, // bool: a cluster row (else a member row)
        ClusterRole,          // the cluster's service id (both levels)
        MemberRole,           // member name (member rows)
        PatroniRoleRole,      // leader | replica | sync_standby | standby_leader (as Patroni says)
        StateRole,            // member: Patroni's state; cluster: "reachable" | "unreachable" | "unknown"
        UpRole,               // member: bool
        InClusterRole,        // member: bool, listed by /cluster at the last read
        TimelineRole,         // int
        LagBytesRole,         // qint64; invalid when unknown or not applicable. Cluster: the largest
        MaxLagBytesRole,      // qint64: the RPO limit (both levels), for the chart's line
        RpoRole,              // Rpo as int. Cluster: the worst of its replicas
        LagHistoryRole,       // member: SampleRing of (atMs, lag bytes)
        LeaderRole,           // cluster: leader name (empty: none)
        IsLeaderRole,         // member: bool
        ReachableRole,        // cluster: bool (false before the first read)
        ObservedRole,         // cluster: bool, read at least once (successfully or not)
        ErrorRole,            // cluster: why it cannot be read; member: why its /patroni cannot
        SplitBrainRole,       // cluster: bool
        PrimaryClaimsRole,    // cluster: QStringList
        ClaimsPrimaryRole,    // member: bool
        ApiReachableRole,     // member: bool
        ApiUrlRole,           // member
        HostRole,             // member
        PortRole,             // member
        PausedRole,           // cluster: Patroni maintenance mode
        LastUpdatedMsRole,    // qint64 of the last read (cluster) or the last read listing the member
    };

    // Two hours of lag history per member, at most MaxHistoryPoints points: every read at the
    // default 2 s poll; a faster poll is merged into 2 s buckets keeping the largest lag.
    static constexpr qint64 HistorySpanMs = 2 * 60 * 60 * 1000;
    static constexpr int MaxHistoryPoints = 3600;

    explicit ReplicationModel(QObject *parent = nullptr);

    void setClusters(const QList<PatroniCluster> &clusters);
    QList<PatroniCluster> clusters() const;

    // Applies one read of a cluster. False when the service is not configured or the read is
    // older than the last one applied (a late result is dropped).
    bool observe(const ClusterTopology &topology);

    int clusterRow(const QString &service) const;
    QModelIndex clusterIndex(const QString &service, int column = 0) const;
    QModelIndex memberIndex(const QString &service, const QString &member, int column = 0) const;
    QString leader(const QString &service) const;
    bool isReachable(const QString &service) const;
    bool hasSplitBrain(const QString &service) const;
    Rpo rpo(const QString &service, const QString &member) const;
    SampleRing lagHistory(const QString &service, const QString &member) const;

    static bool isUpState(const QString &state);
    static QString rpoText(Rpo rpo);
    static QString patroniRoleText(const QString &role);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void replicationChanged(const ic::ReplicationChange &change);
    // Every applied read, after the rows were updated and the changes emitted.
    void topologyObserved(const ic::ClusterTopology &topology);

private:
    struct MemberRow {
        PatroniMember member;
        bool listed = true;   // in the last successful read at all
        bool breached = false;
        Rpo rpo = Rpo::Unknown;
        SampleRing lag;
        qint64 lastSeenMs = 0;
        // A member whose own Patroni REST API does not answer is down, whatever /cluster (written
        // by the surviving members, stale until the leader key expires) still says about it.
        bool isUp() const { return listed && member.inCluster && member.apiReachable && isUpState(member.state); }
    };
    struct ClusterRow {
        PatroniCluster config;
        bool observed = false;      // any read applied
        bool topologyKnown = false; // a successful read applied
        bool reachable = false;
        QString error;
        qint64 lastUpdatedMs = 0;
        QString leader;
        int timeline = 0;
        bool paused = false;
        QStringList primaryClaims;
        QList<MemberRow> members;
    };
    static int memberRow(const ClusterRow &cluster, const QString &name);
    static SampleRing makeLagRing(const PatroniCluster &config);
    QVariant clusterData(const ClusterRow &c, int column, int role) const;
    QVariant memberData(const ClusterRow &c, const MemberRow &m, int column, int role) const;

    QList<ClusterRow> m_clusters;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::ReplicationChange)
