#include "TimeSeriesChart.h"

#include "Presentation.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr qint64 FiveMinutesMs = 5 * 60 * 1000;
constexpr qint64 HourMs = 60 * 60 * 1000;
// "Since incident start" a few seconds after the declaration would be a window too narrow to read.
constexpr qint64 ShortestWindowMs = 60 * 1000;
constexpr int FollowIntervalMs = 1000;

// Okabe–Ito colours (safe with the common colour-vision deficiencies), without the vermillion
// that marks thresholds and breaches; each line also gets its own dash pattern.
const QColor LineColors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                             QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0x33, 0x33, 0x33)};
const Qt::PenStyle LineStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine, Qt::DotLine};
const QColor BreachColor(0xd5, 0x5e, 0x00);

bool isBytes(const QString &unit)
{
    return unit.compare("bytes"_L1, Qt::CaseInsensitive) == 0 || unit.compare("byte"_L1, Qt::CaseInsensitive) == 0
        || unit == "B"_L1 || unit == "By"_L1;
}

bool isSeconds(const QString &unit)
{
    return unit == "s"_L1 || unit.compare("seconds"_L1, Qt::CaseInsensitive) == 0 || unit == "sec"_L1;
}

bool isPercent(const QString &unit)
{
    return unit == "%"_L1 || unit.compare("percent"_L1, Qt::CaseInsensitive) == 0;
}

// 1, 2, 2.5 or 5 times a power of ten, at least `rough`: tick steps people read without effort.
double niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= rough)
            return m * power;
    }
    return 10 * power;
}

int decimalsFor(double magnitude)
{
    if (magnitude >= 100)
        return 0;
    if (magnitude >= 10)
        return 1;
    return 2;
}

// The points of `points` at and above `threshold` with the crossings interpolated, as the upper
// edge of the breach area; everything below the threshold is flattened onto it.
QList<QPointF> clampedAbove(const QList<QPointF> &points, double threshold)
{
    QList<QPointF> upper;
    upper.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (i > 0) {
            const QPointF &q = points.at(i - 1);
            if ((q.y() > threshold) != (p.y() > threshold) && p.y() != q.y()) {
                const double t = (threshold - q.y()) / (p.y() - q.y());
                upper.append(QPointF(q.x() + t * (p.x() - q.x()), threshold));
            }
        }
        upper.append(QPointF(p.x(), std::max(p.y(), threshold)));
    }
    return upper;
}

// The number of ticks (5 to 9) that puts them a whole number of minutes apart where possible,
// else 30 s, 10 s or whole seconds: 12 minutes read 11:48, 11:50, 11:52 … rather than 11:50:24.
int timeTickCount(qint64 spanMs)
{
    int best = 6;
    int bestScore = -1;
    for (int gaps = 4; gaps <= 8; ++gaps) {
        if (spanMs % gaps != 0)
            continue;
        const qint64 step = spanMs / gaps;
        int score = 0;
        if (step % 60000 == 0)
            score = 4;
        else if (step % 30000 == 0)
            score = 3;
        else if (step % 10000 == 0)
            score = 2;
        else if (step % 1000 == 0)
            score = 1;
        score = score * 10 - std::abs(gaps - 5);
        if (score > bestScore) {
            bestScore = score;
            best = gaps + 1;
        }
    }
    return best;
}

QString axisTimeFormat(qint64 spanMs)
{
    if (spanMs <= 15 * 60 * 1000)
        return u"HH:mm:ss"_s;
    if (spanMs <= 24 * HourMs)
        return u"HH:mm"_s;
    return u"dd.MM. HH:mm"_s;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_overlay(new QLabel(this))
    , m_follow(new QTimer(this))
{
    setObjectName(u"timeSeriesChart"_s);
    m_view->setObjectName(u"timeSeriesChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumSize(260, 180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Line samples in the legend, so that dashed and dotted lines are told apart there too.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_timeAxis->setTickCount(6);
    m_timeAxis->setLabelsFont(small);
    m_timeAxis->setTitleFont(small);
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setTitleFont(small);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_overlay->setObjectName(u"timeSeriesChartOverlay"_s);
    m_overlay->setWordWrap(true);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setTextFormat(Qt::PlainText);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->hide();

    m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_follow->setInterval(FollowIntervalMs);
    connect(m_follow, &QTimer::timeout, this, [this] {
        // A chart on a hidden tab does not need to move; showEvent catches up.
        if (isVisible())
            followNow();
    });
    m_follow->start();
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateThresholdLabel();
        updateOverlay();
    });

    m_view->setAccessibleName(tr("Chart"));
    updateWindow(now());
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    m_chart->setTitle(m_titleVisible ? title : QString());
    m_view->setAccessibleName(title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(title));
    updateAccessibleText();
}

void TimeSeriesChart::setTitleVisible(bool visible)
{
    m_titleVisible = visible;
    m_chart->setTitle(visible ? m_title : QString());
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    render(true);
}

void TimeSeriesChart::setThreshold(std::optional<double> value, const QString &label)
{
    if (value == m_threshold && label == m_thresholdLabel)
        return;
    m_threshold = value;
    m_thresholdLabel = label;
    if (value && !m_thresholdLine) {
        m_thresholdLine = new QLineSeries(this);
        QPen pen(BreachColor, 2, Qt::DashLine);
        m_thresholdLine->setPen(pen);
        m_chart->addSeries(m_thresholdLine);
        m_thresholdLine->attachAxis(m_timeAxis);
        m_thresholdLine->attachAxis(m_valueAxis);
        m_thresholdText = new QGraphicsSimpleTextItem(m_chart);
        m_thresholdText->setBrush(BreachColor.darker(130));
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 0.9);
        m_thresholdText->setFont(bold);
        m_thresholdText->setZValue(20);
    } else if (!value && m_thresholdLine) {
        m_chart->removeSeries(m_thresholdLine);
        delete m_thresholdLine;
        m_thresholdLine = nullptr;
        delete m_thresholdText;
        m_thresholdText = nullptr;
    }
    render(true);
}

void TimeSeriesChart::setSeries(const QList<ChartSeries> &series)
{
    if (m_paused) {
        m_heldBack = series;
        m_hasHeldBack = true;
        return;
    }
    applySeries(series);
}

void TimeSeriesChart::setError(const QString &reason)
{
    m_error = reason;
    updateOverlay();
    updateAccessibleText();
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateOverlay();
}

void TimeSeriesChart::setRange(TimeRangeBar::Range range)
{
    m_range = range;
    // Paused, the window keeps its end and only its width changes.
    updateWindow(m_paused ? m_window.second : now());
}

void TimeSeriesChart::setIncidentStart(std::optional<qint64> startMs)
{
    m_incidentStart = startMs;
    updateWindow(m_paused ? m_window.second : now());
}

void TimeSeriesChart::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        if (m_hasHeldBack) {
            m_hasHeldBack = false;
            applySeries(std::exchange(m_heldBack, {}));
        }
        followNow();
    }
}

void TimeSeriesChart::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    followNow();
}

void TimeSeriesChart::followNow()
{
    if (!m_paused)
        updateWindow(now());
}

qint64 TimeSeriesChart::now() const
{
    return m_clock();
}

QPair<qint64, qint64> TimeSeriesChart::windowFor(TimeRangeBar::Range range, std::optional<qint64> incidentStartMs,
                                                 qint64 nowMs)
{
    switch (range) {
    case TimeRangeBar::Range::LastFiveMinutes: return {nowMs - FiveMinutesMs, nowMs};
    case TimeRangeBar::Range::LastHour: return {nowMs - HourMs, nowMs};
    case TimeRangeBar::Range::SinceIncidentStart:
        if (incidentStartMs)
            return {*incidentStartMs, std::max(nowMs, *incidentStartMs + ShortestWindowMs)};
        return {nowMs - HourMs, nowMs};
    }
    return {nowMs - FiveMinutesMs, nowMs};
}

ValueScale TimeSeriesChart::scaleFor(const QString &unit, double largestMagnitude)
{
    const double m = std::abs(largestMagnitude);
    if (isBytes(unit)) {
        // Powers of 1024 named kB, MB, GB as PostgreSQL, Patroni (max_lag: 1MB) and the
        // replication table name them.
        static const char *const Suffixes[] = {"B", "kB", "MB", "GB", "TB"};
        double factor = 1;
        int i = 0;
        while (i < 4 && m >= factor * 1024) {
            factor *= 1024;
            ++i;
        }
        return {factor, QString::fromLatin1(Suffixes[i])};
    }
    if (isSeconds(unit)) {
        if (m > 0 && m < 1)
            return {0.001, u"ms"_s};
        return {1, u"s"_s};
    }
    if (unit == "ms"_L1) {
        if (m >= 1000)
            return {1000, u"s"_s};
        return {1, u"ms"_s};
    }
    if (isPercent(unit))
        return {1, u"%"_s};
    // Anything else keeps its unit and gets a metric prefix for large numbers.
    const auto withPrefix = [&unit](const char *prefix) {
        const QString p = QString::fromLatin1(prefix);
        return unit.isEmpty() ? p : u"%1 %2"_s.arg(p, unit);
    };
    if (m >= 1e9)
        return {1e9, withPrefix("G")};
    if (m >= 1e6)
        return {1e6, withPrefix("M")};
    if (m >= 1e4)
        return {1e3, withPrefix("k")};
    return {1, unit};
}

QString TimeSeriesChart::formatValue(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return tr("n/a");
    const ValueScale scale = scaleFor(unit, value);
    const double scaled = value / scale.factor;
    // Whole numbers without decimals ("1 MB", "120 ms"), others with three significant digits.
    const bool whole = std::abs(scaled - std::round(scaled)) < 1e-9;
    const int decimals = (whole || (isBytes(unit) && scale.factor == 1)) ? 0 : decimalsFor(std::abs(scaled));
    const QString number = QLocale().toString(scaled, 'f', decimals);
    if (scale.suffix.isEmpty())
        return number;
    return u"%1 %2"_s.arg(number, scale.suffix);
}

void TimeSeriesChart::rebuildLines(int count)
{
    for (QAreaSeries *area : std::as_const(m_breachAreas)) {
        m_chart->removeSeries(area);
        delete area;
    }
    m_breachAreas.clear();
    for (QLineSeries *line : std::as_const(m_lines)) {
        m_chart->removeSeries(line);
        delete line;
    }
    m_lines.clear();

    constexpr int ColorCount = int(std::size(LineColors));
    constexpr int StyleCount = int(std::size(LineStyles));
    // Breach areas first, so that the lines are drawn over them.
    for (int i = 0; i < count; ++i) {
        auto *area = new QAreaSeries(new QLineSeries, new QLineSeries);
        area->upperSeries()->setParent(area);
        area->lowerSeries()->setParent(area);
        area->setParent(this);
        QColor fill = BreachColor;
        fill.setAlpha(90);
        area->setBrush(QBrush(fill));
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_valueAxis);
        const auto markers = m_chart->legend()->markers(area);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
        m_breachAreas.append(area);
    }
    for (int i = 0; i < count; ++i) {
        auto *line = new QLineSeries(this);
        QPen pen(LineColors[i % ColorCount], 2, LineStyles[(i + i / ColorCount) % StyleCount]);
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        connect(line, &QLineSeries::hovered, this,
                [this, i](const QPointF &point, bool state) { showHover(i, point, state); });
        m_lines.append(line);
    }
}

void TimeSeriesChart::applySeries(const QList<ChartSeries> &series)
{
    m_shown = series;
    if (m_lines.size() != series.size())
        rebuildLines(int(series.size()));
    for (qsizetype i = 0; i < series.size(); ++i)
        m_lines.at(i)->setName(series.at(i).label);
    render(true);
}

void TimeSeriesChart::render(bool dataChanged)
{
    // The scale follows the largest value in the window, and the threshold: one axis for all.
    double largest = m_threshold ? std::abs(*m_threshold) : 0;
    for (const ChartSeries &s : std::as_const(m_shown)) {
        for (const QPointF &p : s.points) {
            if (p.x() >= m_window.first && p.x() <= m_window.second)
                largest = std::max(largest, std::abs(p.y()));
        }
    }
    const ValueScale scale = scaleFor(m_unit, largest);
    const bool rescaled = scale.factor != m_scale.factor || scale.suffix != m_scale.suffix;
    m_scale = scale;

    // The lines only change with the data or the scale: a window that moves by a second
    // (every second, on every chart) costs an axis update, not a copy of every point.
    if (dataChanged || rescaled) {
        for (qsizetype i = 0; i < m_shown.size() && i < m_lines.size(); ++i) {
            QList<QPointF> scaled;
            scaled.reserve(m_shown.at(i).points.size());
            for (const QPointF &p : m_shown.at(i).points)
                scaled.append(QPointF(p.x(), p.y() / m_scale.factor));
            // One replace per line: the chart redraws once, not once per point.
            m_lines.at(i)->replace(scaled);
        }
        updateBreachAreas();
    }
    updateThresholdLine();
    updateValueAxis();
    updateThresholdLabel();
    updateOverlay();
    if (dataChanged || rescaled)
        updateAccessibleText();
}

void TimeSeriesChart::updateWindow(qint64 endMs)
{
    m_window = windowFor(m_range, m_incidentStart, endMs);
    const qint64 span = m_window.second - m_window.first;
    m_timeAxis->setFormat(axisTimeFormat(span));
    m_timeAxis->setTickCount(timeTickCount(span));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_window.first), QDateTime::fromMSecsSinceEpoch(m_window.second));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(m_window.second).toLocalTime();
    if (local.offsetFromUtc() == 0)
        m_timeAxis->setTitleText(tr("Time (UTC)"));
    else
        m_timeAxis->setTitleText(tr("Local time (%1)").arg(local.timeZoneAbbreviation()));
    // Points enter and leave the window: the value scale, axis and overlay follow.
    render(false);
}

void TimeSeriesChart::updateThresholdLine()
{
    if (!m_thresholdLine)
        return;
    const double y = *m_threshold / m_scale.factor;
    m_thresholdLine->replace({QPointF(m_window.first, y), QPointF(m_window.second, y)});
    const QString value = formatValue(*m_threshold, m_unit);
    m_thresholdLine->setName(m_thresholdLabel.isEmpty() ? tr("Threshold %1").arg(value)
                                                        : tr("%1 %2").arg(m_thresholdLabel, value));
}

void TimeSeriesChart::updateBreachAreas()
{
    for (qsizetype i = 0; i < m_breachAreas.size(); ++i) {
        QAreaSeries *area = m_breachAreas.at(i);
        const QList<QPointF> &points = m_shown.at(i).points;
        const bool breached = m_threshold && std::any_of(points.cbegin(), points.cend(), [this](const QPointF &p) {
                                  return p.y() > *m_threshold;
                              });
        if (!breached) {
            area->upperSeries()->clear();
            area->lowerSeries()->clear();
            area->setVisible(false);
            continue;
        }
        const double t = *m_threshold / m_scale.factor;
        QList<QPointF> scaled;
        scaled.reserve(points.size());
        for (const QPointF &p : points)
            scaled.append(QPointF(p.x(), p.y() / m_scale.factor));
        area->upperSeries()->replace(clampedAbove(scaled, t));
        area->lowerSeries()->replace({QPointF(scaled.first().x(), t), QPointF(scaled.last().x(), t)});
        area->setName(tr("%1 above threshold").arg(m_shown.at(i).label));
        area->setVisible(true);
        const auto markers = m_chart->legend()->markers(area);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

QList<QPair<qint64, qint64>> TimeSeriesChart::breachIntervals() const
{
    QList<QPair<qint64, qint64>> intervals;
    if (!m_threshold)
        return intervals;
    const double t = *m_threshold;
    // Where the line crosses the threshold between two points, by linear interpolation.
    const auto crossing = [t](const QPointF &q, const QPointF &p) {
        return qint64(std::llround(q.x() + (t - q.y()) / (p.y() - q.y()) * (p.x() - q.x())));
    };
    for (const ChartSeries &s : m_shown) {
        bool inside = false; // a flag, not an optional: GCC 12 warns about optional<qint64> here
        qint64 start = 0;
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF &p = s.points.at(i);
            const bool above = p.y() > t;
            if (above && !inside) {
                start = i > 0 ? crossing(s.points.at(i - 1), p) : qint64(p.x());
                inside = true;
            } else if (!above && inside) {
                intervals.append({start, crossing(s.points.at(i - 1), p)});
                inside = false;
            }
        }
        if (inside)
            intervals.append({start, qint64(s.points.last().x())});
    }
    std::sort(intervals.begin(), intervals.end());
    return intervals;
}

void TimeSeriesChart::updateValueAxis()
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const ChartSeries &s : std::as_const(m_shown)) {
        for (const QPointF &p : s.points) {
            if (p.x() < m_window.first || p.x() > m_window.second)
                continue;
            const double y = p.y() / m_scale.factor;
            low = any ? std::min(low, y) : std::min(0.0, y);
            high = any ? std::max(high, y) : std::max(0.0, y);
            any = true;
        }
    }
    if (m_threshold)
        high = std::max(high, *m_threshold / m_scale.factor);
    if (high <= low)
        high = low + 1;
    else // some air above the highest value (or the threshold) so that a line on it stays visible
        high += (high - low) * 0.08;
    const double step = niceStep((high - low) / 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step - 1e-9) * step;
    m_valueAxis->setRange(low, high);
    m_valueAxis->setTickInterval(step);
    // As many decimals as the step needs: 0.25 is not 0.3.
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    m_valueAxis->setLabelFormat(u"%.%1f"_s.arg(decimals));
    m_valueAxis->setTitleText(m_scale.suffix);
}

void TimeSeriesChart::updateThresholdLabel()
{
    if (!m_thresholdText || !m_thresholdLine)
        return;
    m_thresholdText->setText(m_thresholdLine->name());
    const QRectF plot = m_chart->plotArea();
    const QPointF at = m_chart->mapToPosition(QPointF(m_window.second, *m_threshold / m_scale.factor), m_thresholdLine);
    const QRectF box = m_thresholdText->boundingRect();
    double y = at.y() - box.height() - 1;
    if (y < plot.top())
        y = at.y() + 2;
    m_thresholdText->setPos(plot.right() - box.width() - 6, y);
}

void TimeSeriesChart::updateOverlay()
{
    bool anyInWindow = false;
    for (const ChartSeries &s : std::as_const(m_shown)) {
        anyInWindow = std::any_of(s.points.cbegin(), s.points.cend(), [this](const QPointF &p) {
            return p.x() >= m_window.first && p.x() <= m_window.second;
        });
        if (anyInWindow)
            break;
    }
    QString text = m_error;
    bool isError = !text.isEmpty();
    if (!isError && !anyInWindow)
        text = m_emptyText.isEmpty() ? tr("No data in this time range") : m_emptyText;
    if (text.isEmpty()) {
        m_overlay->clear();
        m_overlay->hide();
        return;
    }
    m_overlay->setText(isError ? tr("⚠ %1").arg(text) : text);
    m_overlay->setStyleSheet(isError ? u"QLabel { background-color: #fff3e0; color: #212121; border: 1px solid #d55e00;"
                                       u" border-radius: 4px; padding: 6px 10px; font-weight: bold; }"_s
                                     : u"QLabel { background-color: rgba(255, 255, 255, 200); color: #555555;"
                                       u" padding: 6px 10px; }"_s);
    // Over the plot area: in its middle when there is nothing to see, at its top when stale
    // lines are still worth reading below it.
    const QRectF plotInScene = m_chart->mapToScene(m_chart->plotArea()).boundingRect();
    QRect plot = m_view->mapFromScene(plotInScene).boundingRect();
    plot.translate(m_view->pos());
    if (plot.width() < 50 || plot.height() < 30)
        plot = rect();
    // As wide as the text up to three quarters of the plot, then wrapped.
    const QMargins margins = m_overlay->contentsMargins();
    const int chrome = margins.left() + margins.right() + 24;
    const int textWidth = m_overlay->fontMetrics().horizontalAdvance(m_overlay->text()) + chrome;
    const int width = std::max(120, std::min(textWidth, std::max(200, plot.width() * 3 / 4)));
    m_overlay->setFixedWidth(width);
    m_overlay->setFixedHeight(m_overlay->heightForWidth(width));
    const int x = plot.left() + (plot.width() - m_overlay->width()) / 2;
    const int y = anyInWindow ? plot.top() + 8 : plot.top() + (plot.height() - m_overlay->height()) / 2;
    m_overlay->move(x, y);
    m_overlay->raise();
    m_overlay->show();
}

QString TimeSeriesChart::overlayText() const
{
    return m_overlay->isHidden() ? QString() : m_overlay->text();
}

QString TimeSeriesChart::hoverText(int seriesIndex, qint64 atMs) const
{
    if (seriesIndex < 0 || seriesIndex >= m_shown.size() || m_shown.at(seriesIndex).points.isEmpty())
        return {};
    const ChartSeries &s = m_shown.at(seriesIndex);
    const auto after = std::lower_bound(s.points.cbegin(), s.points.cend(), double(atMs),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    auto nearest = after;
    if (after == s.points.cend() || (after != s.points.cbegin() && atMs - (after - 1)->x() < after->x() - atMs))
        nearest = after - 1;
    const qint64 at = qint64(nearest->x());
    QString text = tr("%1: %2").arg(s.label, formatValue(nearest->y(), m_unit));
    if (m_threshold && nearest->y() > *m_threshold)
        text += QLatin1Char('\n') + tr("above %1").arg(m_thresholdLine ? m_thresholdLine->name() : formatValue(*m_threshold, m_unit));
    text += QLatin1Char('\n') + tr("Local: %1").arg(presentation::formatLocal(at));
    text += QLatin1Char('\n') + tr("UTC: %1").arg(presentation::formatUtc(at));
    return text;
}

void TimeSeriesChart::showHover(int seriesIndex, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(seriesIndex, qint64(point.x())), m_view);
}

void TimeSeriesChart::updateAccessibleText()
{
    QStringList parts;
    for (const ChartSeries &s : std::as_const(m_shown)) {
        if (s.points.isEmpty()) {
            parts << tr("%1: no data").arg(s.label);
            continue;
        }
        const double last = s.points.last().y();
        QString part = tr("%1: %2").arg(s.label, formatValue(last, m_unit));
        if (m_threshold && last > *m_threshold)
            part = tr("%1 (above threshold)").arg(part);
        parts << part;
    }
    QString description = parts.isEmpty() ? tr("No data.") : tr("Latest values: %1.").arg(parts.join(u"; "_s));
    if (m_threshold)
        description += u' ' + tr("Threshold %1.").arg(formatValue(*m_threshold, m_unit));
    if (!m_error.isEmpty())
        description += u' ' + m_error;
    m_view->setAccessibleDescription(description);
    setAccessibleDescription(description);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOverlay();
}

void TimeSeriesChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followNow();
}

} // namespace ic
