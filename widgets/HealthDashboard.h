#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ic {

class HealthModel;
class SparklineDelegate;

// The health grid: one row per configured check with its state (glyph, word and colour), a
// latency sparkline, when it was last checked and the last error. Sorted by any column,
// filtered by a search box; Enter or a double-click names the service so that the graph can
// select it.
class HealthDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit HealthDashboard(HealthModel *model, QWidget *parent = nullptr);

    // The backends.yaml the checks come from, named in the empty state ("add checks to …").
    void setBackendsFile(const QString &path);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    // True when the "no health checks" message is shown instead of the table.
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    // "5 checks: 1 down, 1 degraded" (translated).
    QString summaryText() const;

Q_SIGNALS:
    void serviceActivated(const QString &serviceId);

private:
    void updateState();
    void activate(const QModelIndex &proxyIndex);

    HealthModel *m_model;
    QString m_backendsFile;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
    SparklineDelegate *m_sparkline;
};

} // namespace ic
