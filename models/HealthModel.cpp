#include "HealthModel.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// Worse states sort higher.
int severityRank(ServiceHealth health)
{
    switch (health) {
    case ServiceHealth::Healthy: return 0;
    case ServiceHealth::Unknown: return 1;
    case ServiceHealth::Degraded: return 2;
    case ServiceHealth::Down: return 3;
    }
    return 1;
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"HH:mm:ss"_s);
}

} // namespace

HealthModel::HealthModel(QObject *parent) : QAbstractTableModel(parent) {}

HealthModel::Row HealthModel::makeRow(const HealthCheck &check)
{
    const qint64 interval = std::max<qint64>(1, check.intervalMs);
    const qint64 bucket = HistorySpanMs / MaxHistoryPoints;
    const int capacity = int(std::min<qint64>(MaxHistoryPoints, HistorySpanMs / interval + 1));
    Row row{check, HealthTracker(check.downAfter, check.upAfter),
            SampleRing(capacity, interval < bucket ? bucket : 0, SampleRing::Merge::Max), std::nullopt, {}, 0};
    return row;
}

void HealthModel::setChecks(const QList<HealthCheck> &checks)
{
    const QHash<QString, ServiceHealth> before = allServiceHealth();
    QHash<QString, Row> previous;
    for (const Row &row : std::as_const(m_rows))
        previous.insert(row.check.name, row);

    beginResetModel();
    m_rows.clear();
    m_rowOfCheck.clear();
    m_rowsOfService.clear();
    for (const HealthCheck &check : checks) {
        if (m_rowOfCheck.contains(check.name))
            continue; // names are unique in a loaded config; a duplicate would be unreachable
        const auto it = previous.constFind(check.name);
        Row row = makeRow(check);
        if (it != previous.constEnd() && it->check.service == check.service && it->check.url == check.url
            && it->check.downAfter == check.downAfter && it->check.upAfter == check.upAfter) {
            row.tracker = it->tracker;
            row.latency = it->latency;
            row.last = it->last;
            row.lastError = it->lastError;
            row.lastErrorAtMs = it->lastErrorAtMs;
        }
        m_rowOfCheck.insert(check.name, int(m_rows.size()));
        m_rowsOfService[check.service].append(int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
    emitServiceChanges(before);
}

QList<HealthCheck> HealthModel::checks() const
{
    QList<HealthCheck> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.check);
    return out;
}

void HealthModel::setMaintenanceWindows(const QList<MaintenanceWindow> &windows)
{
    m_maintenance = windows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool HealthModel::inMaintenance(const QString &service, qint64 atMs) const
{
    return std::any_of(m_maintenance.cbegin(), m_maintenance.cend(), [&](const MaintenanceWindow &w) {
        return w.service == service && w.covers(atMs);
    });
}

const MaintenanceWindow *HealthModel::maintenanceOf(const Row &row) const
{
    // At the last check: the row shows the state found then. Before any check, now.
    const qint64 at = row.last ? row.last->atMs : QDateTime::currentMSecsSinceEpoch();
    for (const MaintenanceWindow &w : m_maintenance)
        if (w.service == row.check.service && w.covers(at))
            return &w;
    return nullptr;
}

int HealthModel::rowOfCheck(const QString &check) const
{
    return m_rowOfCheck.value(check, -1);
}

QString HealthModel::checkFor(const HealthObservation &o) const
{
    if (!o.check.isEmpty())
        return m_rowOfCheck.contains(o.check) ? o.check : QString();
    for (const Row &row : m_rows)
        if (row.check.service == o.service && row.check.url.toString() == o.url)
            return row.check.name;
    return {};
}

ServiceHealth HealthModel::state(const QString &check) const
{
    const int row = rowOfCheck(check);
    return row < 0 ? ServiceHealth::Unknown : m_rows.at(row).tracker.state();
}

const HealthTracker *HealthModel::tracker(const QString &check) const
{
    const int row = rowOfCheck(check);
    return row < 0 ? nullptr : &m_rows.at(row).tracker;
}

SampleRing HealthModel::latencyHistory(const QString &check) const
{
    const int row = rowOfCheck(check);
    return row < 0 ? SampleRing() : m_rows.at(row).latency;
}

bool HealthModel::observe(const HealthObservation &o)
{
    const int r = rowOfCheck(checkFor(o));
    if (r < 0)
        return false;
    Row &row = m_rows[r];
    if (row.last && o.atMs < row.last->atMs)
        return false;

    // Only this row's service can change: a thousand checks polled every second must not cost a
    // scan of every row per observation.
    const ServiceHealth serviceBefore = serviceHealth(row.check.service);
    const ServiceHealth from = row.tracker.state();
    const bool changed = row.tracker.observe(o);
    row.last = o;
    if (o.latencyMs >= 0)
        row.latency.append(o.atMs, double(o.latencyMs));
    if (HealthTracker::classify(o) != HealthTracker::Reading::Pass) {
        row.lastError = o.detail.isEmpty() ? probeOutcomeName(o.outcome) : o.detail;
        row.lastErrorAtMs = o.atMs;
    }
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));

    if (changed) {
        const HealthCheck check = row.check;
        const HealthTracker tracker = row.tracker;
        Q_EMIT healthChanged(check.service, check.name, from, tracker.state(), tracker.detail(), o.atMs,
                             inMaintenance(check.service, o.atMs));
    }
    const QString service = m_rows.at(r).check.service;
    if (const ServiceHealth serviceNow = serviceHealth(service); serviceNow != serviceBefore)
        Q_EMIT serviceHealthChanged(service, serviceNow);
    Q_EMIT observed(o);
    return true;
}

void HealthModel::setServiceNames(const QHash<QString, QString> &names)
{
    m_serviceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ServiceColumn), index(int(m_rows.size()) - 1, ServiceColumn), {Qt::DisplayRole});
}

QStringList HealthModel::services() const
{
    // In configuration order.
    QStringList out;
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        if (!seen.contains(row.check.service)) {
            seen.insert(row.check.service);
            out.append(row.check.service);
        }
    }
    return out;
}

int HealthModel::worstRowOf(const QString &service) const
{
    int worst = -1;
    const auto rows = m_rowsOfService.constFind(service);
    if (rows == m_rowsOfService.constEnd())
        return worst;
    for (const int i : *rows) {
        if (worst < 0 || severityRank(m_rows.at(i).tracker.state()) > severityRank(m_rows.at(worst).tracker.state()))
            worst = i;
    }
    return worst;
}

ServiceHealth HealthModel::serviceHealth(const QString &service) const
{
    const int worst = worstRowOf(service);
    return worst < 0 ? ServiceHealth::Unknown : m_rows.at(worst).tracker.state();
}

QString HealthModel::serviceDetail(const QString &service) const
{
    const int worst = worstRowOf(service);
    if (worst < 0 || m_rows.at(worst).tracker.state() == ServiceHealth::Healthy)
        return {};
    const Row &row = m_rows.at(worst);
    const QString detail = row.tracker.detail();
    return detail.isEmpty() ? row.check.name : tr("%1: %2").arg(row.check.name, detail);
}

QHash<QString, ServiceHealth> HealthModel::allServiceHealth() const
{
    QHash<QString, ServiceHealth> out;
    for (const Row &row : m_rows) {
        const auto it = out.find(row.check.service);
        if (it == out.end())
            out.insert(row.check.service, row.tracker.state());
        else if (severityRank(row.tracker.state()) > severityRank(*it))
            *it = row.tracker.state();
    }
    return out;
}

void HealthModel::emitServiceChanges(const QHash<QString, ServiceHealth> &before)
{
    const QHash<QString, ServiceHealth> after = allServiceHealth();
    // In configuration order, so that listeners see a stable sequence.
    for (const QString &service : services()) {
        const ServiceHealth now = after.value(service);
        if (before.value(service, ServiceHealth::Unknown) != now)
            Q_EMIT serviceHealthChanged(service, now);
    }
    // A service that lost all its checks is no longer known.
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()) && it.value() != ServiceHealth::Unknown)
            Q_EMIT serviceHealthChanged(it.key(), ServiceHealth::Unknown);
}

QString HealthModel::stateText(ServiceHealth state)
{
    switch (state) {
    case ServiceHealth::Healthy: return tr("Healthy");
    case ServiceHealth::Degraded: return tr("Degraded");
    case ServiceHealth::Down: return tr("Down");
    case ServiceHealth::Unknown: break;
    }
    return tr("Unknown");
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const HealthCheck &check = row.check;
    const ServiceHealth state = row.tracker.state();
    const std::optional<HealthObservation> &last = row.last;
    const MaintenanceWindow *window = maintenanceOf(row);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn: return m_serviceNames.value(check.service, check.service);
        case CheckColumn: return check.name;
        case StateColumn:
            return window ? tr("%1 (maintenance)").arg(stateText(state)) : stateText(state);
        case LatencyColumn:
            if (last && last->latencyMs >= 0)
                return tr("%1 ms").arg(last->latencyMs);
            return QString();
        case LastCheckedColumn: return last ? utcTime(last->atMs) : QString();
        case LastErrorColumn: return row.lastError;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn: {
            QString text = row.tracker.detail();
            if (window)
                text += u'\n' + (window->reason.isEmpty() ? tr("Planned maintenance")
                                                           : tr("Planned maintenance: %1").arg(window->reason));
            return text.trimmed();
        }
        case ServiceColumn: return check.service;
        case CheckColumn: return check.url.toString();
        case LastCheckedColumn:
            if (!last)
                return tr("Not checked yet");
            return tr("%1 UTC\n%2 local time")
                .arg(QDateTime::fromMSecsSinceEpoch(last->atMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                     QDateTime::fromMSecsSinceEpoch(last->atMs).toString(u"yyyy-MM-dd HH:mm:ss t"_s));
        case LastErrorColumn:
            if (row.lastErrorAtMs == 0)
                return QString();
            return tr("%1\nat %2 UTC").arg(row.lastError, utcTime(row.lastErrorAtMs));
        }
        return {};
    case ServiceRole: return check.service;
    case CheckRole: return check.name;
    case UrlRole: return check.url.toString();
    case StateRole: return int(state);
    case StateNameRole: return serviceHealthName(state);
    case DetailRole: return row.tracker.detail();
    case LatencyMsRole: return last && last->latencyMs >= 0 ? QVariant(last->latencyMs) : QVariant();
    case LatencyHistoryRole: return QVariant::fromValue(row.latency);
    case LastCheckedMsRole: return last ? QVariant(last->atMs) : QVariant();
    case LastOutcomeRole: return last ? QVariant(probeOutcomeName(last->outcome)) : QVariant();
    case LastFailureRole: return last ? QVariant(fetchFailureName(last->failure)) : QVariant();
    case HttpStatusRole: return last ? last->httpStatus : 0;
    case FailingChecksRole: return last ? last->failingChecks : QStringList();
    case LastErrorRole: return row.lastError;
    case LastErrorAtMsRole: return row.lastErrorAtMs ? QVariant(row.lastErrorAtMs) : QVariant();
    case InMaintenanceRole: return window != nullptr;
    case MaintenanceReasonRole: return window ? window->reason : QString();
    case FailStreakRole: return row.tracker.failStreak();
    case OkStreakRole: return row.tracker.okStreak();
    case DownAfterRole: return row.tracker.downAfter();
    case UpAfterRole: return row.tracker.upAfter();
    case IntervalMsRole: return check.intervalMs;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn: return tr("Service");
    case CheckColumn: return tr("Check");
    case StateColumn: return tr("State");
    case LatencyColumn: return tr("Latency");
    case LastCheckedColumn: return tr("Last checked (UTC)");
    case LastErrorColumn: return tr("Last error");
    }
    return {};
}

} // namespace ic
