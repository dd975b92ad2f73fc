#pragma once

#include "TimeRangeBar.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QIdentityProxyModel;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace ic {

class ReplicationModel;
class TimeSeriesChart;

// The Patroni clusters: per cluster its members (who leads, who replicates, their state,
// timeline, lag and RPO status) and, for the chosen cluster, the lag of each replica against
// time with the RPO line and the breach shaded. A split brain is a red banner no one can miss;
// a cluster that cannot be read says why.
class ReplicationDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit ReplicationDashboard(ReplicationModel *model, QWidget *parent = nullptr);

    // The cluster whose lag the chart shows (a service id); empty: none.
    void setCurrentCluster(const QString &service);
    QString currentCluster() const { return m_cluster; }
    // The backends.yaml the clusters come from, named in the empty state.
    void setBackendsFile(const QString &path);

    void setRange(TimeRangeBar::Range range);
    void setIncidentStart(std::optional<qint64> startMs);
    void setPaused(bool paused);
    void setClock(std::function<qint64()> nowMs);

    QTreeView *tree() const { return m_tree; }
    TimeSeriesChart *chart() const { return m_chart; }
    // The split-brain banner's text; empty while it is hidden.
    QString splitBrainText() const;
    // Why clusters cannot be read; empty when every cluster was read.
    QString problemText() const;
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitTreeHeight();
    void updateBanners();
    void updateChart();
    void updateEmptyState();
    void onModelChanged();

    ReplicationModel *m_model;
    QString m_cluster;
    QString m_backendsFile;
    bool m_splitterMoved = false;
    QLabel *m_splitBrain;
    QLabel *m_problems;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QIdentityProxyModel *m_proxy;
    QTreeView *m_tree;
    TimeSeriesChart *m_chart;
    QLabel *m_empty;
};

} // namespace ic
