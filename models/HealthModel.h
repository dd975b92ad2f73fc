#pragma once

#include "BackendsConfig.h"
#include "HealthTracker.h"
#include "LiveTypes.h"
#include "SampleRing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// The configured health checks with their live state: one row per check of backends.yaml, in
// configuration order. Observations (from the probes, on the GUI thread) change one row each
// (dataChanged for that row only), never the structure; setChecks() resets.
//
// A service's health is the worst state over its checks, in the order Down > Degraded >
// Unknown > Healthy: one Down check makes the service Down; a known problem (Degraded) outranks
// not knowing; a service is Healthy only when every one of its checks is. A service without
// checks is Unknown. This is what recolours the dependency graph (ServiceGraphModel, whose
// HealthState has the same values as ServiceHealth).
class HealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, CheckColumn, StateColumn, LatencyColumn, LastCheckedColumn, LastErrorColumn, ColumnCount };
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        CheckRole,            // the check's name
        UrlRole,              // QString
        StateRole,            // ServiceHealth as int
        StateNameRole,        // "healthy", … (language-neutral)
        DetailRole,           // HealthTracker::detail(): "failing 1/3: HTTP 503", …
        LatencyMsRole,        // qint64 of the last answer; invalid when there was none
        LatencyHistoryRole,   // SampleRing of (atMs, latency ms)
        LastCheckedMsRole,    // qint64 UTC ms; invalid before the first observation
        LastOutcomeRole,      // "pass" | "warn" | "fail" | "unknown"; invalid before the first
        LastFailureRole,      // fetchFailureName() of the last observation ("none" when it was read)
        HttpStatusRole,       // int, 0 without an HTTP answer
        FailingChecksRole,    // QStringList: failing or warning sub-checks of the last answer
        LastErrorRole,        // the detail of the last observation that was not a pass (kept after recovery)
        LastErrorAtMsRole,    // qint64; invalid when there was none
        InMaintenanceRole,    // bool: a maintenance window covers the service (at the last check, or now)
        MaintenanceReasonRole,
        FailStreakRole,       // consecutive failures
        OkStreakRole,         // consecutive successes (pass or warn)
        DownAfterRole,
        UpAfterRole,
        IntervalMsRole,
    };

    // History kept per check: two hours, at most MaxHistoryPoints points (a faster poll is
    // merged into buckets of HistorySpanMs / MaxHistoryPoints, keeping the largest latency).
    static constexpr qint64 HistorySpanMs = 2 * 60 * 60 * 1000;
    static constexpr int MaxHistoryPoints = 1440;

    explicit HealthModel(QObject *parent = nullptr);

    // State and history of checks whose name is still configured are kept.
    void setChecks(const QList<HealthCheck> &checks);
    QList<HealthCheck> checks() const;
    void setMaintenanceWindows(const QList<MaintenanceWindow> &windows);
    // Display names of services by id (the catalog's `name`): the Service column shows the name,
    // its tooltip the id (Backstage ids such as "component:default/search-api" are long).
    void setServiceNames(const QHash<QString, QString> &names);
    bool inMaintenance(const QString &service, qint64 atMs) const;

    // Applies one probe result to the row of its check (HealthObservation::check; when empty,
    // the first check with the same service and URL). False when no check matches, or when
    // the observation is older than the last one of that check (a late result is dropped).
    bool observe(const HealthObservation &observation);

    int rowOfCheck(const QString &check) const;
    // The name of the check an observation belongs to, or empty.
    QString checkFor(const HealthObservation &observation) const;
    ServiceHealth state(const QString &check) const;
    const HealthTracker *tracker(const QString &check) const;
    SampleRing latencyHistory(const QString &check) const;

    QStringList services() const; // in configuration order, each once
    ServiceHealth serviceHealth(const QString &service) const;
    // "check: detail" of the check that decides the service's health; empty when healthy.
    QString serviceDetail(const QString &service) const;

    // "Healthy", "Degraded", "Down", "Unknown", translated.
    static QString stateText(ServiceHealth state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The tracked state of a check changed. `maintenance`: a maintenance window covered the
    // service at `atMs` (the change is expected: no alerting).
    void healthChanged(const QString &service, const QString &check, ic::ServiceHealth from, ic::ServiceHealth to,
                       const QString &detail, qint64 atMs, bool maintenance);
    // The worst state over the service's checks changed.
    void serviceHealthChanged(const QString &service, ic::ServiceHealth health);
    // Every applied observation, after the row was updated (the recorder samples from here).
    void observed(const ic::HealthObservation &observation);

private:
    struct Row {
        HealthCheck check;
        HealthTracker tracker;
        SampleRing latency;
        std::optional<HealthObservation> last;
        QString lastError;
        qint64 lastErrorAtMs = 0;
    };
    static Row makeRow(const HealthCheck &check);
    QHash<QString, ServiceHealth> allServiceHealth() const;
    void emitServiceChanges(const QHash<QString, ServiceHealth> &before);
    const MaintenanceWindow *maintenanceOf(const Row &row) const;
    int worstRowOf(const QString &service) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfCheck;
    QHash<QString, QString> m_serviceNames;
    QHash<QString, QList<int>> m_rowsOfService; // rows of each service, in configuration order
    QList<MaintenanceWindow> m_maintenance;
};

} // namespace ic
