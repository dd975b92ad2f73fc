#include "AlertsModel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

bool sameAlert(const AlertInfo &a, const AlertInfo &b)
{
    return a.fingerprint == b.fingerprint && a.name == b.name && a.severity == b.severity && a.service == b.service
        && a.summary == b.summary && a.labels == b.labels && a.startsAtMs == b.startsAtMs && a.state == b.state
        && a.silencedBy == b.silencedBy && a.generatorUrl == b.generatorUrl;
}

} // namespace

AlertsModel::AlertsModel(QObject *parent) : QAbstractTableModel(parent) {}

int AlertsModel::rowOf(const QString &fingerprint) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).info.fingerprint == fingerprint)
            return i;
    return -1;
}

QList<AlertInfo> AlertsModel::alerts() const
{
    QList<AlertInfo> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.info);
    return out;
}

bool AlertsModel::setAlerts(const QList<AlertInfo> &alerts, qint64 atMs)
{
    if (atMs < m_lastPollMs)
        return false;
    m_lastPollMs = atMs;
    m_lastSuccessMs = atMs;

    QHash<QString, AlertInfo> incoming;
    QList<AlertInfo> ordered; // first occurrence of each fingerprint, in poll order
    for (const AlertInfo &a : alerts) {
        if (a.fingerprint.isEmpty() || incoming.contains(a.fingerprint))
            continue;
        incoming.insert(a.fingerprint, a);
        ordered.append(a);
    }

    // Resolved: remove from the bottom so row numbers above stay valid.
    QList<AlertInfo> resolved;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_rows.at(i).info.fingerprint))
            continue;
        beginRemoveRows({}, i, i);
        resolved.prepend(m_rows.takeAt(i).info);
        endRemoveRows();
    }

    // Still firing: update in place.
    QSet<QString> known;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        known.insert(row.info.fingerprint);
        const AlertInfo &now = incoming.value(row.info.fingerprint);
        if (!sameAlert(row.info, now)) {
            row.info = now;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }

    // New: appended, oldest first.
    QList<AlertInfo> fired;
    for (const AlertInfo &a : std::as_const(ordered))
        if (!known.contains(a.fingerprint))
            fired.append(a);
    std::stable_sort(fired.begin(), fired.end(),
                     [](const AlertInfo &a, const AlertInfo &b) { return a.startsAtMs < b.startsAtMs; });
    if (!fired.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fired.size()) - 1);
        for (const AlertInfo &a : std::as_const(fired))
            m_rows.append({a, atMs});
        endInsertRows();
    }

    setStale(false, {});
    for (const AlertInfo &a : std::as_const(resolved))
        Q_EMIT alertResolved(a);
    for (const AlertInfo &a : std::as_const(fired))
        Q_EMIT alertFired(a);
    return true;
}

void AlertsModel::setUnreachable(const QString &reason, qint64 atMs)
{
    if (atMs < m_lastPollMs)
        return;
    m_lastPollMs = atMs;
    setStale(true, reason);
}

void AlertsModel::setStale(bool stale, const QString &reason)
{
    if (m_stale == stale && m_staleReason == reason)
        return;
    const bool flipped = m_stale != stale;
    m_stale = stale;
    m_staleReason = reason;
    if (flipped && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
    Q_EMIT staleChanged(stale, reason);
}

QString AlertsModel::stateText(const AlertInfo &alert)
{
    if (isSilenced(alert))
        return tr("Silenced");
    if (alert.state == "suppressed"_L1)
        return tr("Inhibited");
    if (alert.state == "unprocessed"_L1)
        return tr("Unprocessed");
    return tr("Active");
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AlertInfo &a = row.info;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AlertColumn: return a.name;
        case SeverityColumn: return a.severity;
        case ServiceColumn: return a.service;
        case SinceColumn:
            return a.startsAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(a.startsAtMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                    : QString();
        case StateColumn: return stateText(a);
        case SummaryColumn: return a.summary;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            lines << u"%1=%2"_s.arg(it.key(), it.value());
        if (isSilenced(a))
            lines << tr("Silenced by %1").arg(a.silencedBy.join(", "_L1));
        if (m_stale)
            lines << tr("Alertmanager cannot be read: this list may be out of date (%1)").arg(m_staleReason);
        return lines.join(u'\n');
    }
    case FingerprintRole: return a.fingerprint;
    case NameRole: return a.name;
    case SeverityRole: return a.severity;
    case ServiceRole: return a.service;
    case SummaryRole: return a.summary;
    case LabelsRole: {
        QVariantMap labels;
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        return labels;
    }
    case StartsAtMsRole: return a.startsAtMs;
    case StateRole: return a.state;
    case SilencedRole: return isSilenced(a);
    case SilencedByRole: return a.silencedBy;
    case GeneratorUrlRole: return a.generatorUrl;
    case FirstSeenMsRole: return row.firstSeenMs;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AlertColumn: return tr("Alert");
    case SeverityColumn: return tr("Severity");
    case ServiceColumn: return tr("Service");
    case SinceColumn: return tr("Since (UTC)");
    case StateColumn: return tr("State");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

} // namespace ic
