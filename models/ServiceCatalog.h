#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// Where something was read from, for messages that name file, line and column (1-based).
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
    bool isValid() const { return !file.isEmpty(); }
};

struct Dependency {
    QString target;     // service id
    bool soft = false;  // the dependent can run degraded without it
    SourceLocation where;
    bool operator==(const Dependency &other) const = default;
};

struct Vendor {
    QString name;
    QString sla; // as written, e.g. "99.95%"
};

// One service of the catalog, whatever format it came from. Durations in milliseconds.
struct Service {
    QString id;            // unique; Backstage entities: "kind:namespace/name" lower-case, e.g. "component:default/orders-api"
    QString name;          // display name (defaults to the id's name part)
    QString kind;          // native: "service"; Backstage: component, resource, system, api, group
    std::optional<int> tier; // 0 (most critical) … 3
    QString owner;
    QStringList contacts;
    QString site;
    QString region;
    std::optional<qint64> rtoMs;
    std::optional<qint64> rpoMs;
    std::optional<qint64> startupMs;
    QList<Dependency> dependsOn;
    std::optional<Vendor> vendor;
    QStringList runbooks;  // runbook ids
    QString health;        // reference to a health check (backends.yaml), may be empty
    QString system;        // id of the System it belongs to, may be empty
    QString lifecycle;     // Backstage spec.lifecycle
    QString description;
    SourceLocation where;  // where the service is defined
};

// The merged catalog of a workspace: every service by id, dependencies resolved to ids that exist.
class ServiceCatalog
{
public:
    ServiceCatalog() = default;
    explicit ServiceCatalog(QList<Service> services);

    const QList<Service> &services() const { return m_services; }
    qsizetype size() const { return m_services.size(); }
    bool isEmpty() const { return m_services.isEmpty(); }
    // Index into services(), or -1.
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Service *find(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }

    // For each service index, the indexes of the services that depend on it (reverse edges),
    // with the softness of the edge.
    struct Dependent {
        qsizetype service;
        bool soft;
    };
    const QList<QList<Dependent>> &dependents() const { return m_dependents; }

    // Service indexes in id order (QString::operator<), and for each service index its position
    // in that order: algorithms sort their results by id without comparing strings.
    const QList<qsizetype> &idOrder() const { return m_idOrder; }
    const QList<qsizetype> &idRank() const { return m_idRank; }

private:
    QList<Service> m_services;
    QHash<QString, qsizetype> m_index;
    QList<QList<Dependent>> m_dependents;
    QList<qsizetype> m_idOrder;
    QList<qsizetype> m_idRank;
};

} // namespace ic
