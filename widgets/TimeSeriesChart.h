#pragma once

#include "TimeRangeBar.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace ic {

// One line of a chart: x is a UTC time in ms since the epoch, y a value in the chart's unit.
struct ChartSeries {
    QString label;
    QList<QPointF> points; // ascending x
};

// How a value of a unit is written: axis values are divided by `factor` and the axis says
// `suffix`, so that 3 145 728 bytes read "3 MB" (1024-based) rather than "3.14573e+06".
struct ValueScale {
    double factor = 1;
    QString suffix;
};

// Values against time for the live dashboard: lines of several series, a labelled threshold
// line, the part of a line above the threshold shaded, hover values in local time and UTC, a
// window that follows "now" (or stays still while paused) and an overlay that says why there is
// nothing to see. It only displays: an adapter reads a model and hands the series over with
// setSeries() whenever the model changes.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // The title names the chart for screen readers; drawn above the plot unless hidden (when
    // the widget around the chart shows it already).
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setTitleVisible(bool visible);
    // "bytes", "s", "ms", "%"; anything else is shown as given ("req/s").
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }
    // A horizontal line at `value`, named `label` ("RPO max lag"); nullopt removes it.
    void setThreshold(std::optional<double> value, const QString &label = {});
    std::optional<double> threshold() const { return m_threshold; }

    // Replaces every line at once. While paused the data is kept and shown on resume.
    void setSeries(const QList<ChartSeries> &series);
    // A reason the data cannot be trusted or read ("Prometheus unreachable: timed out after 2 s");
    // empty clears it. Stale lines stay visible under it.
    void setError(const QString &reason);
    QString error() const { return m_error; }
    // What the overlay says when there is nothing in the window and no error.
    void setEmptyText(const QString &text);

    void setRange(TimeRangeBar::Range range);
    TimeRangeBar::Range range() const { return m_range; }
    void setIncidentStart(std::optional<qint64> startMs);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Where "now" comes from; tests pass a fixed clock.
    void setClock(std::function<qint64()> nowMs);
    // Moves the window to now (unless paused); a timer calls it every second while visible.
    void followNow();

    // What is on screen: the time window [first, second] in UTC ms, the lines as given to the
    // chart (values in the unit, not scaled), the spans in which a line is above the threshold,
    // and the overlay's text (empty when it is hidden).
    QPair<qint64, qint64> window() const { return m_window; }
    QList<ChartSeries> shownSeries() const { return m_shown; }
    QList<QPair<qint64, qint64>> breachIntervals() const;
    QString overlayText() const;
    ValueScale valueScale() const { return m_scale; }
    // The hover text for a point of line `seriesIndex` nearest to time `atMs`.
    QString hoverText(int seriesIndex, qint64 atMs) const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    // The lines and shaded areas as Qt Charts holds them (tests check what is drawn).
    QList<QLineSeries *> lineSeries() const { return m_lines; }
    QLineSeries *thresholdSeries() const { return m_thresholdLine; }
    QList<QAreaSeries *> breachAreas() const { return m_breachAreas; }

    // The window a range means at `nowMs`: [now - span, now], or [incident start, now].
    static QPair<qint64, qint64> windowFor(TimeRangeBar::Range range, std::optional<qint64> incidentStartMs, qint64 nowMs);
    static ValueScale scaleFor(const QString &unit, double largestMagnitude);
    // "1.50 MB" (1024-based), "250 ms", "12.5 %", "3.2 k req/s".
    static QString formatValue(double value, const QString &unit);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applySeries(const QList<ChartSeries> &series);
    void render(bool dataChanged);
    void rebuildLines(int count);
    void updateWindow(qint64 endMs);
    void updateValueAxis();
    void updateThresholdLine();
    void updateBreachAreas();
    void updateThresholdLabel();
    void updateOverlay();
    void updateAccessibleText();
    void showHover(int seriesIndex, const QPointF &point, bool entered);
    qint64 now() const;

    QString m_title;
    QString m_unit;
    QString m_error;
    QString m_emptyText;
    QString m_thresholdLabel;
    std::optional<double> m_threshold;
    TimeRangeBar::Range m_range = TimeRangeBar::Range::LastFiveMinutes;
    std::optional<qint64> m_incidentStart;
    bool m_paused = false;
    bool m_titleVisible = true;
    bool m_hasHeldBack = false;
    QList<ChartSeries> m_heldBack;
    QList<ChartSeries> m_shown;
    QPair<qint64, qint64> m_window;
    ValueScale m_scale;
    std::function<qint64()> m_clock;

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_thresholdLine = nullptr;
    QGraphicsSimpleTextItem *m_thresholdText = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QAreaSeries *> m_breachAreas;
    QLabel *m_overlay;
    QTimer *m_follow;
};

} // namespace ic
