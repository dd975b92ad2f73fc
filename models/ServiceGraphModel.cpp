#include "ServiceGraphModel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

ServiceGraphModel::ServiceGraphModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceGraphModel::setCatalog(ServiceCatalog catalog)
{
    QHash<QString, RowState> previous;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RowState &row = m_rows.at(i);
        if (row.health != HealthState::Unknown || row.failed || !row.detail.isEmpty())
            previous.insert(m_catalog.services().at(i).id, row);
    }
    beginResetModel();
    m_catalog = std::move(catalog);
    m_rows = QList<RowState>(m_catalog.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const auto it = previous.constFind(m_catalog.services().at(i).id);
        if (it != previous.constEnd()) {
            m_rows[i] = *it;
            m_rows[i].impact = Impact::None;
        }
    }
    m_blastRadius = {};
    updateImpacts(nullptr);
    endResetModel();
    Q_EMIT blastRadiusChanged();
}

bool ServiceGraphModel::setHealth(const QString &id, HealthState state, const QString &detail)
{
    return setHealth(QList<HealthUpdate>{{id, state, detail}}) == 1;
}

int ServiceGraphModel::setHealth(const QList<HealthUpdate> &updates)
{
    int known = 0;
    QList<int> changed;
    bool downSetChanged = false;
    for (const HealthUpdate &update : updates) {
        const int row = rowOf(update.id);
        if (row < 0)
            continue;
        ++known;
        RowState &state = m_rows[row];
        if (state.health == update.state && state.detail == update.detail)
            continue;
        downSetChanged = downSetChanged || (state.health == HealthState::Down) != (update.state == HealthState::Down);
        state.health = update.state;
        state.detail = update.detail;
        changed.append(row);
    }
    if (downSetChanged)
        updateImpacts(&changed);
    emitRowsChanged(std::move(changed), {Qt::DisplayRole, Qt::ToolTipRole, HealthRole, HealthDetailRole, ImpactRole});
    return known;
}

bool ServiceGraphModel::setFailed(const QString &id, bool failed)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    if (m_rows.at(row).failed == failed)
        return true;
    m_rows[row].failed = failed;
    QList<int> changed{row};
    updateImpacts(&changed);
    emitRowsChanged(std::move(changed), {Qt::DisplayRole, FailedRole, ImpactRole});
    return true;
}

void ServiceGraphModel::clearFailed()
{
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).failed) {
            m_rows[row].failed = false;
            changed.append(row);
        }
    }
    if (changed.isEmpty())
        return;
    updateImpacts(&changed);
    emitRowsChanged(std::move(changed), {Qt::DisplayRole, FailedRole, ImpactRole});
}

void ServiceGraphModel::updateImpacts(QList<int> *changed)
{
    QStringList failed;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).failed || m_rows.at(row).health == HealthState::Down)
            failed.append(m_catalog.services().at(row).id);
    }
    const BlastRadius radius = failed.isEmpty() ? BlastRadius{} : ic::blastRadius(m_catalog, failed);
    QList<Impact> impacts(m_rows.size(), Impact::None);
    for (const QString &id : radius.failed)
        impacts[m_catalog.indexOf(id)] = Impact::Failed;
    for (const QString &id : radius.hard)
        impacts[m_catalog.indexOf(id)] = Impact::Hard;
    for (const QString &id : radius.soft)
        impacts[m_catalog.indexOf(id)] = Impact::Soft;
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).impact == impacts.at(row))
            continue;
        m_rows[row].impact = impacts.at(row);
        any = true;
        if (changed)
            changed->append(row);
    }
    const bool radiusChanged = any || radius.failed != m_blastRadius.failed;
    m_blastRadius = radius;
    if (radiusChanged && changed)
        Q_EMIT blastRadiusChanged();
}

void ServiceGraphModel::emitRowsChanged(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1), roles);
        i = j + 1;
    }
}

ServiceGraphModel::HealthState ServiceGraphModel::health(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? HealthState::Unknown : m_rows.at(row).health;
}

QString ServiceGraphModel::healthDetail(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows.at(row).detail;
}

bool ServiceGraphModel::isFailed(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_rows.at(row).failed;
}

ServiceGraphModel::Impact ServiceGraphModel::impact(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? Impact::None : m_rows.at(row).impact;
}

QStringList ServiceGraphModel::failedIds() const
{
    QStringList ids;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).failed)
            ids.append(m_catalog.services().at(row).id);
    }
    ids.sort();
    return ids;
}

QString ServiceGraphModel::healthText(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return tr("Unknown");
    case HealthState::Healthy:
        return tr("Healthy");
    case HealthState::Degraded:
        return tr("Degraded");
    case HealthState::Down:
        return tr("Down");
    }
    return {};
}

QString ServiceGraphModel::impactText(Impact impact)
{
    switch (impact) {
    case Impact::None:
        return tr("Not affected");
    case Impact::Soft:
        return tr("Soft impact (runs degraded)");
    case Impact::Hard:
        return tr("Hard impact");
    case Impact::Failed:
        return tr("Failed");
    }
    return {};
}

QString ServiceGraphModel::tierText(std::optional<int> tier)
{
    return tier ? tr("Tier %1").arg(*tier) : tr("No tier");
}

int ServiceGraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceGraphModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceGraphModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_catalog.services().at(index.row());
    const RowState &state = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return service.id;
        case NameColumn:
            return service.name.isEmpty() ? service.id : service.name;
        case TierColumn:
            return tierText(service.tier);
        case OwnerColumn:
            return service.owner;
        case LocationColumn: {
            QStringList parts;
            if (!service.region.isEmpty())
                parts.append(service.region);
            if (!service.site.isEmpty())
                parts.append(service.site);
            return parts.join(u" / "_s);
        }
        case HealthColumn:
            return healthText(state.health);
        case ImpactColumn:
            return impactText(state.impact);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && !state.detail.isEmpty())
            return state.detail;
        return {};
    case IdRole:
        return service.id;
    case NameRole:
        return service.name.isEmpty() ? service.id : service.name;
    case KindRole:
        return service.kind;
    case TierRole:
        return service.tier ? QVariant(*service.tier) : QVariant();
    case OwnerRole:
        return service.owner;
    case SystemRole:
        return service.system;
    case SiteRole:
        return service.site;
    case RegionRole:
        return service.region;
    case HealthRole:
        return int(state.health);
    case HealthDetailRole:
        return state.detail;
    case FailedRole:
        return state.failed;
    case ImpactRole:
        return int(state.impact);
    }
    return {};
}

QVariant ServiceGraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TierColumn:
        return tr("Tier");
    case OwnerColumn:
        return tr("Owner");
    case LocationColumn:
        return tr("Region / site");
    case HealthColumn:
        return tr("Health");
    case ImpactColumn:
        return tr("Blast radius");
    }
    return {};
}

qsizetype VisibleServiceGraph::indexOf(const QString &nodeId) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == nodeId)
            return i;
    }
    return -1;
}

QString VisibleServiceGraph::nodeOf(const QString &serviceId) const
{
    for (const Node &node : nodes) {
        if (node.members.contains(serviceId))
            return node.id;
    }
    return {};
}

namespace {

bool passes(const Service &service, const ServiceGraphFilter &filter)
{
    if (!filter.tiers.isEmpty() && !filter.tiers.contains(service.tier.value_or(-1)))
        return false;
    if (!filter.owner.isEmpty() && service.owner != filter.owner)
        return false;
    if (!filter.region.isEmpty() && service.region != filter.region)
        return false;
    if (!filter.site.isEmpty() && service.site != filter.site)
        return false;
    return true;
}

std::optional<int> moreCritical(std::optional<int> a, std::optional<int> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

} // namespace

VisibleServiceGraph visibleServiceGraph(const ServiceCatalog &catalog, const ServiceGraphFilter &filter)
{
    VisibleServiceGraph graph;
    const QList<Service> &services = catalog.services();
    // Service index -> node index, -1 when hidden.
    QList<qsizetype> nodeOfService(services.size(), -1);
    QHash<QString, qsizetype> nodeById;

    for (qsizetype i = 0; i < services.size(); ++i) {
        const Service &service = services.at(i);
        if (!passes(service, filter))
            continue;
        QString nodeId = service.id;
        bool collapsed = false;
        if (filter.collapseSystems) {
            if (!service.system.isEmpty()) {
                nodeId = service.system;
                collapsed = true;
            } else if (service.kind == u"system") {
                collapsed = true;
            }
        }
        qsizetype node = nodeById.value(nodeId, -1);
        if (node < 0) {
            node = graph.nodes.size();
            nodeById.insert(nodeId, node);
            VisibleServiceGraph::Node n;
            n.id = nodeId;
            n.collapsedSystem = collapsed;
            const Service *named = collapsed ? catalog.find(nodeId) : &service;
            n.label = named ? (named->name.isEmpty() ? named->id : named->name) : nodeId;
            graph.nodes.append(std::move(n));
        }
        VisibleServiceGraph::Node &n = graph.nodes[node];
        n.members.append(service.id);
        n.tier = moreCritical(n.tier, service.tier);
        nodeOfService[i] = node;
    }

    // Edges in catalog order of the dependent, then of its dependencies; merged per node pair.
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> edgeIndex;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const qsizetype from = nodeOfService.at(i);
        if (from < 0)
            continue;
        for (const Dependency &dependency : services.at(i).dependsOn) {
            const qsizetype target = catalog.indexOf(dependency.target);
            const qsizetype to = target < 0 ? -1 : nodeOfService.at(target);
            if (to < 0 || to == from)
                continue;
            const auto key = std::make_pair(from, to);
            const auto it = edgeIndex.constFind(key);
            if (it != edgeIndex.constEnd()) {
                VisibleServiceGraph::Edge &edge = graph.edges[*it];
                edge.soft = edge.soft && dependency.soft;
                continue;
            }
            edgeIndex.insert(key, graph.edges.size());
            graph.edges.append({graph.nodes.at(from).id, graph.nodes.at(to).id, dependency.soft});
        }
    }
    return graph;
}

} // namespace ic
