#include "ReplicationModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// internalId of a member index is its cluster row + 1; cluster indexes have 0.
constexpr quintptr ClusterId = 0;

bool isLeaderRole(const QString &role)
{
    return role == "leader"_L1 || role == "standby_leader"_L1 || role == "master"_L1 || role == "primary"_L1;
}

// Worse sorts higher: a breach outranks not knowing, which outranks being within.
int rpoRank(ReplicationModel::Rpo rpo)
{
    switch (rpo) {
    case ReplicationModel::Rpo::NotApplicable: return 0;
    case ReplicationModel::Rpo::Within: return 1;
    case ReplicationModel::Rpo::Unknown: return 2;
    case ReplicationModel::Rpo::Breached: return 3;
    }
    return 2;
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ReplicationModel::ReplicationModel(QObject *parent) : QAbstractItemModel(parent) {}

bool ReplicationModel::isUpState(const QString &state)
{
    return state == "running"_L1 || state == "streaming"_L1 || state == "in archive recovery"_L1;
}

SampleRing ReplicationModel::makeLagRing(const PatroniCluster &config)
{
    const qint64 interval = std::max<qint64>(1, config.intervalMs);
    const qint64 bucket = HistorySpanMs / MaxHistoryPoints;
    const int capacity = int(std::min<qint64>(MaxHistoryPoints, HistorySpanMs / interval + 1));
    return SampleRing(capacity, interval < bucket ? bucket : 0, SampleRing::Merge::Max);
}

void ReplicationModel::setClusters(const QList<PatroniCluster> &clusters)
{
    beginResetModel();
    QList<ClusterRow> previous = std::move(m_clusters);
    m_clusters.clear();
    for (const PatroniCluster &config : clusters) {
        if (clusterRow(config.service) >= 0)
            continue; // one row per service
        ClusterRow row;
        const auto it = std::find_if(previous.begin(), previous.end(),
                                     [&](const ClusterRow &c) { return c.config.service == config.service; });
        if (it != previous.end() && it->config.members == config.members && it->config.maxLagBytes == config.maxLagBytes)
            row = std::move(*it);
        row.config = config;
        m_clusters.append(std::move(row));
    }
    endResetModel();
}

QList<PatroniCluster> ReplicationModel::clusters() const
{
    QList<PatroniCluster> out;
    for (const ClusterRow &c : m_clusters)
        out.append(c.config);
    return out;
}

int ReplicationModel::clusterRow(const QString &service) const
{
    for (int i = 0; i < m_clusters.size(); ++i)
        if (m_clusters.at(i).config.service == service)
            return i;
    return -1;
}

int ReplicationModel::memberRow(const ClusterRow &cluster, const QString &name)
{
    for (int i = 0; i < cluster.members.size(); ++i)
        if (cluster.members.at(i).member.name == name)
            return i;
    return -1;
}

QModelIndex ReplicationModel::clusterIndex(const QString &service, int column) const
{
    const int row = clusterRow(service);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex ReplicationModel::memberIndex(const QString &service, const QString &member, int column) const
{
    const int row = clusterRow(service);
    if (row < 0)
        return {};
    const int child = memberRow(m_clusters.at(row), member);
    return child < 0 ? QModelIndex() : index(child, column, index(row, 0));
}

QString ReplicationModel::leader(const QString &service) const
{
    const int row = clusterRow(service);
    return row < 0 ? QString() : m_clusters.at(row).leader;
}

bool ReplicationModel::isReachable(const QString &service) const
{
    const int row = clusterRow(service);
    return row >= 0 && m_clusters.at(row).reachable;
}

bool ReplicationModel::hasSplitBrain(const QString &service) const
{
    const int row = clusterRow(service);
    return row >= 0 && m_clusters.at(row).primaryClaims.size() > 1;
}

ReplicationModel::Rpo ReplicationModel::rpo(const QString &service, const QString &member) const
{
    const int row = clusterRow(service);
    if (row < 0)
        return Rpo::Unknown;
    const int child = memberRow(m_clusters.at(row), member);
    return child < 0 ? Rpo::Unknown : m_clusters.at(row).members.at(child).rpo;
}

SampleRing ReplicationModel::lagHistory(const QString &service, const QString &member) const
{
    const int row = clusterRow(service);
    if (row < 0)
        return {};
    const int child = memberRow(m_clusters.at(row), member);
    return child < 0 ? SampleRing() : m_clusters.at(row).members.at(child).lag;
}

bool ReplicationModel::observe(const ClusterTopology &t)
{
    const int row = clusterRow(t.service);
    if (row < 0)
        return false;
    ClusterRow &c = m_clusters[row];
    if (c.observed && t.atMs < c.lastUpdatedMs)
        return false;

    QList<ReplicationChange> changes;
    auto change = [&](ReplicationChange::Kind kind) -> ReplicationChange & {
        ReplicationChange ch;
        ch.cluster = t.service;
        ch.kind = kind;
        ch.maxLagBytes = c.config.maxLagBytes;
        ch.atMs = t.atMs;
        changes.append(ch);
        return changes.last();
    };

    const bool firstSight = !c.observed;
    c.observed = true;
    c.lastUpdatedMs = t.atMs;

    if (!t.ok) {
        if (firstSight || c.reachable)
            change(ReplicationChange::Kind::ClusterUnreachable).detail = t.error;
        c.reachable = false;
        c.error = t.error;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        for (const ReplicationChange &ch : std::as_const(changes))
            Q_EMIT replicationChanged(ch);
        Q_EMIT topologyObserved(t);
        return true;
    }

    const bool baseline = !c.topologyKnown;
    if (!firstSight && !c.reachable)
        change(ReplicationChange::Kind::ClusterReachable);
    c.reachable = true;
    c.error.clear();

    // Leader.
    if (baseline) {
        if (t.leader.isEmpty())
            change(ReplicationChange::Kind::NoLeader);
    } else if (t.leader != c.leader) {
        if (t.leader.isEmpty()) {
            change(ReplicationChange::Kind::NoLeader).from = c.leader;
        } else {
            ReplicationChange &ch = change(ReplicationChange::Kind::LeaderChanged);
            ch.from = c.leader;
            ch.to = t.leader;
            ch.timeline = t.timeline;
        }
    }

    // Split brain.
    const bool splitBefore = c.primaryClaims.size() > 1;
    if (t.splitBrain() && (baseline || !splitBefore)) {
        ReplicationChange &ch = change(ReplicationChange::Kind::SplitBrain);
        ch.members = t.primaryClaims;
        ch.detail = tr("%1 each claim to be the primary").arg(t.primaryClaims.join(", "_L1));
    } else if (!t.splitBrain() && splitBefore && !baseline) {
        change(ReplicationChange::Kind::SplitBrainResolved);
    }

    c.leader = t.leader;
    c.timeline = t.timeline;
    c.paused = t.paused;
    c.primaryClaims = t.primaryClaims;

    // Members: new ones are appended as child rows.
    const QModelIndex parent = index(row, 0);
    QList<PatroniMember> added;
    for (const PatroniMember &m : t.members)
        if (memberRow(c, m.name) < 0 && std::none_of(added.cbegin(), added.cend(), [&](const PatroniMember &a) {
                return a.name == m.name;
            }))
            added.append(m);
    const int oldCount = int(c.members.size());
    if (!added.isEmpty()) {
        beginInsertRows(parent, oldCount, oldCount + int(added.size()) - 1);
        for (const PatroniMember &m : std::as_const(added)) {
            MemberRow mr;
            mr.member = m;
            mr.listed = false; // not yet applied: the loop below compares against "absent"
            mr.member.inCluster = false;
            mr.lag = makeLagRing(c.config);
            c.members.append(mr);
        }
        endInsertRows();
    }

    for (int i = 0; i < c.members.size(); ++i) {
        MemberRow &mr = c.members[i];
        const auto it = std::find_if(t.members.cbegin(), t.members.cend(),
                                     [&](const PatroniMember &m) { return m.name == mr.member.name; });
        const bool isNew = i >= oldCount;
        const bool wasUp = !isNew && mr.isUp();
        const QString oldState = mr.listed && mr.member.inCluster ? mr.member.state : QString();
        if (it == t.members.cend()) {
            mr.listed = false;
            mr.rpo = Rpo::Unknown;
        } else {
            mr.member = *it;
            mr.listed = true;
            mr.lastSeenMs = t.atMs;
        }
        const bool nowUp = mr.isUp();
        if (wasUp && !nowUp) {
            ReplicationChange &ch = change(ReplicationChange::Kind::MemberDown);
            ch.member = mr.member.name;
            ch.from = oldState;
            ch.to = mr.listed && mr.member.inCluster ? mr.member.state : QString();
            if (ch.to.isEmpty())
                ch.detail = tr("no longer listed by Patroni's /cluster");
            else if (!mr.member.apiReachable)
                ch.detail = isLeaderRole(mr.member.role)
                    ? tr("the leader's Patroni REST API does not answer (%1): it may be lost").arg(mr.member.apiError)
                    : tr("its Patroni REST API does not answer (%1)").arg(mr.member.apiError);
        } else if (isNew && !nowUp) {
            // A member first seen down: a problem present on first sight, or a member that
            // joined and is not up (yet).
            ReplicationChange &ch = change(ReplicationChange::Kind::MemberDown);
            ch.member = mr.member.name;
            ch.to = mr.member.inCluster ? mr.member.state : QString();
            if (ch.to.isEmpty())
                ch.detail = tr("not listed by Patroni's /cluster");
            else if (!mr.member.apiReachable)
                ch.detail = tr("its Patroni REST API does not answer (%1)").arg(mr.member.apiError);
        } else if (nowUp && !wasUp && !(isNew && baseline)) {
            ReplicationChange &ch = change(ReplicationChange::Kind::MemberUp);
            ch.member = mr.member.name;
            ch.from = oldState;
            ch.to = mr.member.state;
        }

        // RPO.
        if (!mr.listed || !mr.member.inCluster) {
            mr.rpo = Rpo::Unknown;
        } else if (isLeaderRole(mr.member.role)) {
            mr.rpo = Rpo::NotApplicable;
            if (mr.breached) {
                mr.breached = false;
                ReplicationChange &ch = change(ReplicationChange::Kind::RpoRecovered);
                ch.member = mr.member.name;
                ch.detail = tr("it is now the leader");
            }
        } else if (mr.member.lagBytes) {
            const qint64 lag = *mr.member.lagBytes;
            const bool breached = lag > c.config.maxLagBytes;
            mr.lag.append(t.atMs, double(lag));
            if (breached != mr.breached) {
                ReplicationChange &ch =
                    change(breached ? ReplicationChange::Kind::RpoBreached : ReplicationChange::Kind::RpoRecovered);
                ch.member = mr.member.name;
                ch.lagBytes = lag;
            }
            mr.breached = breached;
            mr.rpo = breached ? Rpo::Breached : Rpo::Within;
        } else {
            mr.rpo = Rpo::Unknown;
        }
    }
    c.topologyKnown = true;

    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!c.members.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(c.members.size()) - 1, ColumnCount - 1, parent));
    for (const ReplicationChange &ch : std::as_const(changes))
        Q_EMIT replicationChanged(ch);
    Q_EMIT topologyObserved(t);
    return true;
}

QString ReplicationModel::rpoText(Rpo rpo)
{
    switch (rpo) {
    case Rpo::NotApplicable: return QString();
    case Rpo::Within: return tr("Within");
    case Rpo::Breached: return tr("Breached");
    case Rpo::Unknown: break;
    }
    return tr("Unknown");
}

QString ReplicationModel::patroniRoleText(const QString &role)
{
    if (role == "leader"_L1)
        return tr("Leader");
    if (role == "replica"_L1)
        return tr("Replica");
    if (role == "sync_standby"_L1)
        return tr("Synchronous standby");
    if (role == "standby_leader"_L1)
        return tr("Standby leader");
    return role;
}

QModelIndex ReplicationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_clusters.size() ? createIndex(row, column, ClusterId) : QModelIndex();
    if (parent.internalId() != ClusterId || parent.column() != 0 || parent.row() >= m_clusters.size())
        return {};
    if (row >= m_clusters.at(parent.row()).members.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ReplicationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ClusterId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ClusterId);
}

int ReplicationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_clusters.size());
    if (parent.internalId() != ClusterId || parent.column() != 0)
        return 0;
    return int(m_clusters.at(parent.row()).members.size());
}

int ReplicationModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant ReplicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == ClusterId)
        return clusterData(m_clusters.at(index.row()), index.column(), role);
    const ClusterRow &c = m_clusters.at(int(index.internalId() - 1));
    return memberData(c, c.members.at(index.row()), index.column(), role);
}

QVariant ReplicationModel::clusterData(const ClusterRow &c, int column, int role) const
{
    std::optional<qint64> largestLag;
    Rpo worst = Rpo::NotApplicable;
    for (const MemberRow &m : c.members) {
        if (m.rpo == Rpo::Within || m.rpo == Rpo::Breached)
            largestLag = std::max(largestLag.value_or(0), m.member.lagBytes.value_or(0));
        if (rpoRank(m.rpo) > rpoRank(worst))
            worst = m.rpo;
    }
    auto stateText = [&] {
        if (!c.observed)
            return tr("Not read yet");
        if (!c.reachable)
            return c.error.isEmpty() ? tr("Unreachable") : tr("Unreachable: %1").arg(c.error);
        if (c.primaryClaims.size() > 1)
            return tr("Split brain");
        if (c.leader.isEmpty())
            return tr("No leader");
        return c.paused ? tr("Paused") : tr("Reachable");
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MemberColumn: return c.config.service;
        case RoleColumn: return c.leader.isEmpty() ? QString() : tr("Leader: %1").arg(c.leader);
        case StateColumn: return stateText();
        case TimelineColumn: return c.timeline > 0 ? QVariant(c.timeline) : QVariant();
        case LagColumn: return largestLag ? bytesText(*largestLag) : QString();
        case RpoColumn: return rpoText(worst);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return stateText();
        if (column == RpoColumn)
            return tr("Limit: %1").arg(bytesText(c.config.maxLagBytes));
        return {};
    case IsClusterRole: return true;
    case ClusterRole: return c.config.service;
    case StateRole:
        return !c.observed ? u"unknown"_s : (c.reachable ? u"reachable"_s : u"unreachable"_s);
    case TimelineRole: return c.timeline;
    case LagBytesRole: return largestLag ? QVariant(*largestLag) : QVariant();
    case MaxLagBytesRole: return c.config.maxLagBytes;
    case RpoRole: return int(worst);
    case LeaderRole: return c.leader;
    case ReachableRole: return c.reachable;
    case ObservedRole: return c.observed;
    case ErrorRole: return c.error;
    case SplitBrainRole: return c.primaryClaims.size() > 1;
    case PrimaryClaimsRole: return c.primaryClaims;
    case PausedRole: return c.paused;
    case LastUpdatedMsRole: return c.observed ? QVariant(c.lastUpdatedMs) : QVariant();
    }
    return {};
}

QVariant ReplicationModel::memberData(const ClusterRow &c, const MemberRow &m, int column, int role) const
{
    const PatroniMember &p = m.member;
    const bool listed = m.listed && p.inCluster;
    const bool lagApplies = m.rpo == Rpo::Within || m.rpo == Rpo::Breached;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MemberColumn: return p.name;
        case RoleColumn: return listed ? patroniRoleText(p.role) : QString();
        case StateColumn: return listed ? p.state : tr("not in the cluster");
        case TimelineColumn: return listed && p.timeline > 0 ? QVariant(p.timeline) : QVariant();
        case LagColumn:
            if (!listed || isLeaderRole(p.role))
                return QString();
            return lagApplies ? bytesText(*p.lagBytes) : tr("unknown");
        case RpoColumn: return rpoText(m.rpo);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == MemberColumn)
            return p.apiUrl;
        if (column == StateColumn && !p.apiReachable)
            return p.apiError.isEmpty() ? tr("Its REST API does not answer") : tr("Its REST API does not answer: %1").arg(p.apiError);
        if (column == LagColumn && lagApplies)
            return tr("%1 bytes (limit %2)").arg(*p.lagBytes).arg(c.config.maxLagBytes);
        return {};
    case IsClusterRole: return false;
    case ClusterRole: return c.config.service;
    case MemberRole: return p.name;
    case PatroniRoleRole: return p.role;
    case StateRole: return listed ? p.state : QString();
    case UpRole: return m.isUp();
    case InClusterRole: return listed;
    case TimelineRole: return p.timeline;
    case LagBytesRole: return lagApplies ? QVariant(*p.lagBytes) : QVariant();
    case MaxLagBytesRole: return c.config.maxLagBytes;
    case RpoRole: return int(m.rpo);
    case LagHistoryRole: return QVariant::fromValue(m.lag);
    case IsLeaderRole: return listed && p.name == c.leader;
    case ErrorRole: return p.apiReachable ? QString() : p.apiError;
    case ClaimsPrimaryRole: return p.claimsPrimary;
    case ApiReachableRole: return p.apiReachable;
    case ApiUrlRole: return p.apiUrl;
    case HostRole: return p.host;
    case PortRole: return p.port;
    case LastUpdatedMsRole: return m.lastSeenMs ? QVariant(m.lastSeenMs) : QVariant();
    }
    return {};
}

QVariant ReplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn: return tr("Member");
    case RoleColumn: return tr("Role");
    case StateColumn: return tr("State");
    case TimelineColumn: return tr("Timeline");
    case LagColumn: return tr("Lag");
    case RpoColumn: return tr("RPO");
    }
    return {};
}

} // namespace ic
