#pragma once

#include "GraphAlgorithms.h"
#include "ServiceCatalog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// The services of a catalog with their live state, one row per service in catalog order:
// health (fed by the health checks), a "failed" mark set by hand (tabletop, or monitoring is
// blind), and the blast radius that follows from both. The catalog's structure only changes with
// setCatalog(); health and failed marks change single rows (dataChanged), never reset the model,
// so a graph view can recolour without laying the graph out again.
class ServiceGraphModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class HealthState { Unknown, Healthy, Degraded, Down };
    Q_ENUM(HealthState)
    // How a service is touched by the current failures (the failed marks plus services that are
    // Down): not at all, degraded (only via soft dependencies), hard (a hard path to a failure),
    // or failed itself.
    enum class Impact { None, Soft, Hard, Failed };
    Q_ENUM(Impact)

    enum Column { IdColumn, NameColumn, TierColumn, OwnerColumn, LocationColumn, HealthColumn, ImpactColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        TierRole,        // int, or invalid when the service has no tier
        OwnerRole,
        SystemRole,
        SiteRole,
        RegionRole,
        HealthRole,      // HealthState as int
        HealthDetailRole,
        FailedRole,      // bool: marked failed by hand
        ImpactRole,      // Impact as int
    };

    struct HealthUpdate {
        QString id;
        HealthState state = HealthState::Unknown;
        QString detail;
    };

    explicit ServiceGraphModel(QObject *parent = nullptr);

    // Health and failed marks of services that are still in the new catalog are kept.
    void setCatalog(ServiceCatalog catalog);
    const ServiceCatalog &catalog() const { return m_catalog; }

    // False when the id is not in the catalog.
    bool setHealth(const QString &id, HealthState state, const QString &detail = {});
    // Many at once (a health poll): one blast-radius computation, one dataChanged per run of rows.
    // Returns the number of updates whose id is in the catalog.
    int setHealth(const QList<HealthUpdate> &updates);
    bool setFailed(const QString &id, bool failed);
    void clearFailed();

    HealthState health(const QString &id) const;
    QString healthDetail(const QString &id) const;
    bool isFailed(const QString &id) const;
    Impact impact(const QString &id) const;
    QStringList failedIds() const; // marked by hand, sorted
    // The blast radius of the failed marks plus the services that are Down.
    const BlastRadius &blastRadius() const { return m_blastRadius; }
    int rowOf(const QString &id) const { return int(m_catalog.indexOf(id)); }

    static QString healthText(HealthState state);
    static QString impactText(Impact impact);
    // "Tier 0" … "Tier 3", or "No tier".
    static QString tierText(std::optional<int> tier);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The set of failed or impacted services changed.
    void blastRadiusChanged();

private:
    struct RowState {
        HealthState health = HealthState::Unknown;
        QString detail;
        bool failed = false;
        Impact impact = Impact::None;
    };
    // Recomputes impacts; adds the rows whose impact changed to `changed`.
    void updateImpacts(QList<int> *changed);
    void emitRowsChanged(QList<int> rows, const QList<int> &roles);

    ServiceCatalog m_catalog;
    QList<RowState> m_rows;
    BlastRadius m_blastRadius;
};

// Whether the dependency edge from `dependent` to `dependency` carries the failure: the dependency
// is failed or impacted and the dependent is impacted (through it or otherwise). A graph
// highlights these edges as the blast path.
inline bool onBlastPath(ServiceGraphModel::Impact dependent, ServiceGraphModel::Impact dependency)
{
    using Impact = ServiceGraphModel::Impact;
    return dependency != Impact::None && (dependent == Impact::Hard || dependent == Impact::Soft);
}

// Which services a graph shows. Empty lists and strings mean "all".
struct ServiceGraphFilter {
    QList<int> tiers;        // tiers to show; -1 stands for services without a tier
    QString owner;
    QString region;
    QString site;
    bool collapseSystems = false; // a System's members (and the System itself) as one node
    bool operator==(const ServiceGraphFilter &other) const = default;
};

// The nodes and edges a graph view shows for a catalog and a filter. With collapseSystems, a node
// may stand for several services (its members); edges between nodes are merged (hard wins over
// soft) and edges inside one node disappear. Edges to services the filter hides are not shown.
struct VisibleServiceGraph {
    struct Node {
        QString id;          // a service id, or the System's id for a collapsed System
        QString label;
        QStringList members; // service ids shown by this node (just the service itself if not collapsed)
        std::optional<int> tier; // the most critical tier among the members
        bool collapsedSystem = false;
        bool operator==(const Node &other) const = default;
    };
    struct Edge {
        QString from; // dependent
        QString to;   // dependency
        bool soft = false;
        bool operator==(const Edge &other) const = default;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    bool operator==(const VisibleServiceGraph &other) const = default;

    qsizetype indexOf(const QString &nodeId) const;
    // The id of the node that shows this service, or empty when the service is filtered out.
    QString nodeOf(const QString &serviceId) const;
};
VisibleServiceGraph visibleServiceGraph(const ServiceCatalog &catalog, const ServiceGraphFilter &filter);

} // namespace ic
