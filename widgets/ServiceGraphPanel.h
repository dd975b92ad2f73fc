#pragma once

#include "ServiceGraphModel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QThread;
class QToolBar;
class QToolButton;

namespace ic {

class GraphLayoutClient;
class GraphLayoutWorker;
class ServiceGraphLegend;
class ServiceGraphView;

// The dependency graph with its tools: filters by tier, team and site (the choices come from the
// catalog), a search field (Enter jumps to the next match), collapsing Systems, zoom and fit,
// export as PNG or SVG, marking the selected service failed, and a legend.
//
// It owns the thread the Graphviz layouts run on (one worker; quit and waited for on
// destruction). Marking a service failed is only asked for (markFailedRequested): recording it
// on the incident's timeline is the window's business.
class ServiceGraphPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceGraphPanel(QWidget *parent = nullptr);
    ~ServiceGraphPanel() override;

    void setModel(ServiceGraphModel *model);
    ServiceGraphModel *model() const { return m_model; }
    ServiceGraphView *view() const { return m_view; }
    GraphLayoutClient *layoutClient() const { return m_client; }
    ServiceGraphLegend *legend() const { return m_legend; }

    // The service (or collapsed System) selected in the graph, or empty.
    QString selectedServiceId() const;
    bool selectService(const QString &serviceId);

    // Writes the whole graph to `path`, as PNG or SVG by its suffix. On failure the reason is in
    // *error and also goes out through errorOccurred.
    bool exportTo(const QString &path, QString *error = nullptr);

    QAction *markFailedAction() const { return m_markFailedAction; }
    QAction *collapseSystemsAction() const { return m_collapseAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAction() const { return m_fitAction; }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }
    QAction *legendAction() const { return m_legendAction; }

Q_SIGNALS:
    void serviceSelected(const QString &serviceId); // empty: none
    void detailsRequested(const QString &serviceId);
    // The user asked to mark the service failed (failed = true) or to clear its mark.
    void markFailedRequested(const QString &serviceId, bool failed);
    void errorOccurred(const QString &message);
    void informationMessage(const QString &message);

private:
    void createActions();
    void createToolBar();
    void rebuildFilterChoices();
    void applyFilter();
    void updateMarkAction();
    void updateCount();
    void updateSearchStatus(int matches, int current);
    void showExportDialog(bool svg);

    QPointer<ServiceGraphModel> m_model;
    QThread *m_layoutThread;
    GraphLayoutWorker *m_worker;
    GraphLayoutClient *m_client;
    ServiceGraphView *m_view;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
    QToolButton *m_exportButton = nullptr;
    ServiceGraphLegend *m_legend;

    QAction *m_markFailedAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_legendAction = nullptr;
};

} // namespace ic
