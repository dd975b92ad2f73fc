#include "PromPanelModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

PromPanelModel::PromPanelModel(QObject *parent) : QAbstractListModel(parent) {}

QString PromPanelModel::seriesLabel(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != "__name__"_L1)
            parts << u"%1=\"%2\""_s.arg(it.key(), it.value());
    return parts.join(", "_L1);
}

void PromPanelModel::setPanels(const QList<PrometheusPanel> &panels)
{
    beginResetModel();
    QList<Row> previous = std::move(m_rows);
    m_rows.clear();
    for (const PrometheusPanel &panel : panels) {
        Row row;
        const auto it = std::find_if(previous.begin(), previous.end(), [&](const Row &r) {
            return r.panel.title == panel.title && r.panel.query == panel.query;
        });
        if (it != previous.end()) {
            row = std::move(*it);
            previous.erase(it);
        }
        row.panel = panel;
        m_rows.append(std::move(row));
    }
    endResetModel();
}

bool PromPanelModel::setRangeResult(int panel, const PromResult &result, qint64 atMs)
{
    if (panel < 0 || panel >= m_rows.size())
        return false;
    if (!result.ok) {
        setError(panel, result.error.isEmpty() ? fetchFailureName(result.failure) : result.error);
        return false;
    }
    Row &row = m_rows[panel];
    if (result.resultType == "string"_L1) {
        setError(panel, tr("The query returns text, not numbers"));
        return false;
    }

    qint64 newest = atMs;
    for (const PromSeries &s : result.series)
        for (const PromPoint &p : s.points)
            newest = std::max(newest, p.atMs);
    if (newest < row.lastUpdatedMs)
        return false;

    std::optional<double> lastValue;
    for (const PromSeries &incoming : result.series) {
        QList<PromPoint> points;
        for (const PromPoint &p : incoming.points)
            if (std::isfinite(p.value))
                points.append(p);
        std::stable_sort(points.begin(), points.end(), [](const PromPoint &a, const PromPoint &b) { return a.atMs < b.atMs; });
        if (points.isEmpty())
            continue;
        lastValue = std::max(lastValue.value_or(-std::numeric_limits<double>::infinity()), points.last().value);

        QString label = seriesLabel(incoming.labels);
        if (label.isEmpty())
            label = row.panel.title;
        auto existing = std::find_if(row.series.begin(), row.series.end(),
                                     [&](const PanelSeries &s) { return s.label == label; });
        if (existing == row.series.end()) {
            row.series.append({label, incoming.labels, points});
            continue;
        }
        const qint64 from = points.first().atMs;
        QList<PromPoint> merged;
        for (const PromPoint &p : std::as_const(existing->points))
            if (p.atMs < from)
                merged.append(p);
        merged += points;
        existing->points = std::move(merged);
        existing->labels = incoming.labels;
    }

    // Bound by time, then by count.
    qint64 panelNewest = newest;
    for (const PanelSeries &s : std::as_const(row.series))
        if (!s.points.isEmpty())
            panelNewest = std::max(panelNewest, s.points.last().atMs);
    const qint64 cutoff = panelNewest - HistorySpanMs;
    for (PanelSeries &s : row.series) {
        const auto firstKept = std::lower_bound(s.points.cbegin(), s.points.cend(), cutoff,
                                                [](const PromPoint &p, qint64 at) { return p.atMs < at; });
        s.points.erase(s.points.cbegin(), firstKept);
        if (s.points.size() > MaxPointsPerSeries)
            s.points.remove(0, s.points.size() - MaxPointsPerSeries);
    }
    row.series.removeIf([](const PanelSeries &s) { return s.points.isEmpty(); });
    std::sort(row.series.begin(), row.series.end(), [](const PanelSeries &a, const PanelSeries &b) { return a.label < b.label; });
    row.droppedSeries = std::max(0, int(row.series.size()) - MaxSeriesPerPanel);
    if (row.droppedSeries > 0)
        row.series.resize(MaxSeriesPerPanel);

    row.lastValue = lastValue;
    row.error.clear();
    row.warnings = result.warnings;
    row.lastUpdatedMs = newest;
    Q_EMIT dataChanged(index(panel), index(panel));
    Q_EMIT resultStored(panel, result);
    return true;
}

void PromPanelModel::setError(int panel, const QString &reason)
{
    if (panel < 0 || panel >= m_rows.size())
        return;
    Row &row = m_rows[panel];
    const QString error = reason.isEmpty() ? tr("The query failed") : reason;
    if (row.error == error)
        return;
    row.error = error;
    Q_EMIT dataChanged(index(panel), index(panel));
}

bool PromPanelModel::isBreached(int panel) const
{
    const Row &row = m_rows.at(panel);
    return row.panel.threshold && row.lastValue && *row.lastValue > *row.panel.threshold;
}

int PromPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PromPanelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row.panel.title;
    case Qt::ToolTipRole: return row.error.isEmpty() ? row.panel.query : tr("%1\n%2").arg(row.panel.query, row.error);
    case QueryRole: return row.panel.query;
    case UnitRole: return row.panel.unit;
    case ThresholdRole: return row.panel.threshold ? QVariant(*row.panel.threshold) : QVariant();
    case ServiceRole: return row.panel.service;
    case SeriesRole: return QVariant::fromValue(row.series);
    case LastValueRole: return row.lastValue ? QVariant(*row.lastValue) : QVariant();
    case BreachedRole: return isBreached(index.row());
    case ErrorRole: return row.error;
    case LastUpdatedMsRole: return row.lastUpdatedMs ? QVariant(row.lastUpdatedMs) : QVariant();
    case WarningsRole: return row.warnings;
    case DroppedSeriesRole: return row.droppedSeries;
    }
    return {};
}

} // namespace ic
