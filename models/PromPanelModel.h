#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// One line of a panel's chart: a PromQL series with its history.
struct PanelSeries {
    QString label;                  // PromPanelModel::seriesLabel(labels), or the panel title
    QMap<QString, QString> labels;
    QList<PromPoint> points;        // oldest first, finite values only
};

// The Prometheus panels of backends.yaml, one row each, with the series history a chart draws.
// Results are merged per series (same label): the points of a result replace the stored points
// from the result's first point on and are appended after the older ones, so a range query
// repeated every poll and an instant query (one point) both grow one history. Bounded: two
// hours and MaxPointsPerSeries per series, MaxSeriesPerPanel series (sorted by label; the rest are
// counted in DroppedSeriesRole). Series whose newest point is older than two hours before the
// newest point of the panel are dropped.
class PromPanelModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        QueryRole,
        UnitRole,
        ThresholdRole,      // double; invalid when the panel has none
        ServiceRole,
        SeriesRole,         // QList<PanelSeries>
        LastValueRole,      // double: the largest latest value of the last result's series; invalid before any
        BreachedRole,       // bool: LastValueRole > ThresholdRole
        ErrorRole,          // why the last query failed; empty when it worked
        LastUpdatedMsRole,  // qint64 of the last successful result; invalid before any
        WarningsRole,       // QStringList: Prometheus' warnings of the last result
        DroppedSeriesRole,  // int: series of the last result not kept (over MaxSeriesPerPanel)
    };

    static constexpr qint64 HistorySpanMs = 2 * 60 * 60 * 1000;
    static constexpr int MaxPointsPerSeries = 1440;
    static constexpr int MaxSeriesPerPanel = 20;

    explicit PromPanelModel(QObject *parent = nullptr);

    // Histories of panels whose title and query stay the same are kept.
    void setPanels(const QList<PrometheusPanel> &panels);
    PrometheusPanel panel(int row) const { return m_rows.at(row).panel; }

    // A result of the panel's query (range or instant). A failed result (ok false) is
    // setError() with its message. `atMs` is when it was read (a scalar or an empty vector
    // carries no time of its own); results older than the last applied one are dropped.
    bool setRangeResult(int panel, const PromResult &result, qint64 atMs = 0);
    // The query failed: the history stays, the error is shown.
    void setError(int panel, const QString &reason);

    QList<PanelSeries> series(int panel) const { return m_rows.at(panel).series; }
    std::optional<double> lastValue(int panel) const { return m_rows.at(panel).lastValue; }
    bool isBreached(int panel) const;

    // `instance="127.0.0.1:8008", job="patroni"` without `__name__`; empty when there are no labels.
    static QString seriesLabel(const QMap<QString, QString> &labels);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A successful result was stored (the recorder samples from here).
    void resultStored(int panel, const ic::PromResult &result);

private:
    struct Row {
        PrometheusPanel panel;
        QList<PanelSeries> series;
        std::optional<double> lastValue;
        QString error;
        QStringList warnings;
        qint64 lastUpdatedMs = 0;
        int droppedSeries = 0;
    };
    QList<Row> m_rows;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::PanelSeries)
