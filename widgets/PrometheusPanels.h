#pragma once

#include "TimeRangeBar.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace ic {

class PromPanelModel;
class TimeSeriesChart;

// The Prometheus panels of backends.yaml as charts in a scrolling grid (two columns when the
// window is wide enough): per panel its title, unit, threshold and latest value above the
// chart, and the reason when its query fails.
class PrometheusPanels : public QWidget
{
    Q_OBJECT

public:
    explicit PrometheusPanels(PromPanelModel *model, QWidget *parent = nullptr);

    void setBackendsFile(const QString &path);
    void setRange(TimeRangeBar::Range range);
    void setIncidentStart(std::optional<qint64> startMs);
    void setPaused(bool paused);
    void setClock(std::function<qint64()> nowMs);

    int panelCount() const { return int(m_cells.size()); }
    TimeSeriesChart *chart(int row) const;
    // The line above a panel's chart ("Replica lag · bytes · threshold 1.00 MB · last 2.00 MB ▲").
    QString headerText(int row) const;
    // Columns of the grid at the current width: 1 or 2.
    int gridColumns() const { return m_columns; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Cell {
        QFrame *frame = nullptr;
        QLabel *header = nullptr;
        TimeSeriesChart *chart = nullptr;
    };
    void rebuild();
    void updateCell(int row);
    void placeCells();
    int columnsForWidth(int width) const;

    PromPanelModel *m_model;
    QString m_backendsFile;
    TimeRangeBar::Range m_range = TimeRangeBar::Range::LastFiveMinutes;
    std::optional<qint64> m_incidentStart;
    bool m_paused = false;
    std::function<qint64()> m_clock;
    QList<Cell> m_cells;
    int m_columns = 1;
    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_empty;
};

} // namespace ic
