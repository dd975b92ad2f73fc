#include "PrometheusPanels.h"

#include "PromPanelModel.h"
#include "TimeSeriesChart.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
// Below this width two charts side by side get too narrow for their time axis to be read.
constexpr int TwoColumnMinWidth = 1100;
constexpr int ChartMinHeight = 250;
} // namespace

PrometheusPanels::PrometheusPanels(PromPanelModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pages(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
    , m_empty(new QLabel(this))
{
    setObjectName(u"prometheusPanels"_s);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(8);
    m_scroll->setObjectName(u"prometheusScroll"_s);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setObjectName(u"prometheusEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_pages->addWidget(m_scroll);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);

    connect(model, &QAbstractItemModel::modelReset, this, &PrometheusPanels::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PrometheusPanels::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PrometheusPanels::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            updateCell(row);
    });
    rebuild();
}

TimeSeriesChart *PrometheusPanels::chart(int row) const
{
    return row >= 0 && row < m_cells.size() ? m_cells.at(row).chart : nullptr;
}

QString PrometheusPanels::headerText(int row) const
{
    return row >= 0 && row < m_cells.size() ? m_cells.at(row).header->text() : QString();
}

bool PrometheusPanels::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QString PrometheusPanels::emptyStateText() const
{
    return m_empty->text();
}

void PrometheusPanels::setBackendsFile(const QString &path)
{
    m_backendsFile = path;
    rebuild();
}

void PrometheusPanels::setRange(TimeRangeBar::Range range)
{
    m_range = range;
    for (const Cell &cell : std::as_const(m_cells))
        cell.chart->setRange(range);
}

void PrometheusPanels::setIncidentStart(std::optional<qint64> startMs)
{
    m_incidentStart = startMs;
    for (const Cell &cell : std::as_const(m_cells))
        cell.chart->setIncidentStart(startMs);
}

void PrometheusPanels::setPaused(bool paused)
{
    m_paused = paused;
    for (const Cell &cell : std::as_const(m_cells))
        cell.chart->setPaused(paused);
}

void PrometheusPanels::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    for (const Cell &cell : std::as_const(m_cells))
        cell.chart->setClock(m_clock);
}

void PrometheusPanels::rebuild()
{
    for (const Cell &cell : std::as_const(m_cells))
        delete cell.frame;
    m_cells.clear();

    const int rows = m_model->rowCount();
    if (rows == 0) {
        const QString where = m_backendsFile.isEmpty() ? tr("backends.yaml in the workspace folder") : m_backendsFile;
        m_empty->setText(tr("No Prometheus panels in backends.yaml.\n\nAdd “panels:” (title, query, unit, threshold) under "
                            "“prometheus:” in %1 to chart them here.")
                             .arg(where));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentWidget(m_scroll);
    for (int row = 0; row < rows; ++row) {
        Cell cell;
        cell.frame = new QFrame(m_grid);
        cell.frame->setObjectName(u"prometheusPanel%1"_s.arg(row));
        cell.frame->setFrameShape(QFrame::StyledPanel);
        cell.header = new QLabel(cell.frame);
        cell.header->setObjectName(u"prometheusPanelHeader"_s);
        cell.header->setTextFormat(Qt::RichText);
        cell.header->setWordWrap(true);
        cell.chart = new TimeSeriesChart(cell.frame);
        cell.chart->setTitleVisible(false);
        cell.chart->setMinimumHeight(ChartMinHeight);
        cell.chart->setRange(m_range);
        cell.chart->setIncidentStart(m_incidentStart);
        cell.chart->setPaused(m_paused);
        if (m_clock)
            cell.chart->setClock(m_clock);
        auto *layout = new QVBoxLayout(cell.frame);
        layout->setContentsMargins(6, 4, 6, 4);
        layout->setSpacing(2);
        layout->addWidget(cell.header);
        layout->addWidget(cell.chart, 1);
        m_cells.append(cell);
        updateCell(row);
    }
    m_columns = columnsForWidth(width());
    placeCells();
}

void PrometheusPanels::updateCell(int row)
{
    if (row < 0 || row >= m_cells.size())
        return;
    const Cell &cell = m_cells.at(row);
    const QModelIndex index = m_model->index(row, 0);
    const QString title = index.data(PromPanelModel::TitleRole).toString();
    const QString unit = index.data(PromPanelModel::UnitRole).toString();
    const QVariant threshold = index.data(PromPanelModel::ThresholdRole);
    const QVariant last = index.data(PromPanelModel::LastValueRole);
    const bool breached = index.data(PromPanelModel::BreachedRole).toBool();
    const QString error = index.data(PromPanelModel::ErrorRole).toString();

    QStringList parts;
    parts << u"<b>%1</b>"_s.arg(title.toHtmlEscaped());
    if (!unit.isEmpty())
        parts << tr("unit %1").arg(unit.toHtmlEscaped());
    if (threshold.isValid())
        parts << tr("threshold %1").arg(TimeSeriesChart::formatValue(threshold.toDouble(), unit).toHtmlEscaped());
    if (last.isValid()) {
        const QString value = TimeSeriesChart::formatValue(last.toDouble(), unit).toHtmlEscaped();
        parts << (breached ? u"<span style=\"color:#b04000\"><b>%1</b></span>"_s.arg(tr("last %1 ▲ above threshold").arg(value))
                           : tr("last %1").arg(value));
    }
    const int dropped = index.data(PromPanelModel::DroppedSeriesRole).toInt();
    if (dropped > 0)
        parts << tr("%1 more series not shown").arg(dropped);
    cell.header->setText(parts.join(u" · "_s));
    QStringList tip{index.data(PromPanelModel::QueryRole).toString()};
    tip << index.data(PromPanelModel::WarningsRole).toStringList();
    cell.header->setToolTip(tip.join(u'\n'));

    cell.chart->setTitle(title);
    cell.chart->setUnit(unit);
    cell.chart->setThreshold(threshold.isValid() ? std::optional<double>(threshold.toDouble()) : std::nullopt, tr("Threshold"));
    QList<ChartSeries> series;
    const auto panelSeries = index.data(PromPanelModel::SeriesRole).value<QList<PanelSeries>>();
    for (const PanelSeries &ps : panelSeries) {
        ChartSeries line;
        line.label = ps.label.isEmpty() ? title : ps.label;
        line.points.reserve(ps.points.size());
        for (const PromPoint &p : ps.points)
            line.points.append(QPointF(double(p.atMs), p.value));
        series.append(line);
    }
    cell.chart->setSeries(series);
    cell.chart->setError(error.isEmpty() ? QString() : tr("Query failed: %1").arg(error));
    cell.chart->setEmptyText(index.data(PromPanelModel::LastUpdatedMsRole).isValid() ? tr("No data in this time range")
                                                                                      : tr("Not queried yet"));
}

int PrometheusPanels::columnsForWidth(int width) const
{
    return width >= TwoColumnMinWidth && m_cells.size() > 1 ? 2 : 1;
}

void PrometheusPanels::placeCells()
{
    for (const Cell &cell : std::as_const(m_cells))
        m_gridLayout->removeWidget(cell.frame);
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        m_gridLayout->addWidget(m_cells.at(i).frame, int(i) / m_columns, int(i) % m_columns);
    for (int c = 0; c < 2; ++c)
        m_gridLayout->setColumnStretch(c, c < m_columns ? 1 : 0);
}

void PrometheusPanels::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsForWidth(event->size().width());
    if (columns != m_columns) {
        m_columns = columns;
        placeCells();
    }
}

} // namespace ic
