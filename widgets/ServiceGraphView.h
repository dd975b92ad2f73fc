#pragma once

#include "GraphLayout.h"
#include "ServiceGraphItems.h"
#include "ServiceGraphModel.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;

namespace ic {

// The service dependency graph: dependents above their dependencies, arrows pointing at the
// dependency, soft dependencies dashed. Node shape and badge tell the tier, the fill the health,
// an outline the blast radius (solid: hard impact, dashed: soft impact).
//
// It shows what a ServiceGraphModel holds, through a ServiceGraphFilter. Layouts are requested
// from a GraphLayoutClient (Graphviz runs on another thread); the view keeps showing the previous
// layout with a "Laying out…" note until the new one arrives. Health and failure changes
// (the model's dataChanged) recolour the affected nodes in place and never lay out again; the
// edges are painted with the cached background (ServiceGraphScene), so such a frame repaints
// nodes only (docs/performance.md: under 8 ms for 500 changes in a 2,000-service graph).
//
// Keyboard: arrow keys move the selection to the nearest node in that direction, Tab and
// Shift+Tab go through the nodes in reading order (and leave the view after the last),
// Enter or Space asks for the details, + and − zoom, F fits the graph, 0 is 100 %.
// Ctrl+wheel zooms, dragging the background pans.
class ServiceGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ServiceGraphView(QWidget *parent = nullptr);
    ~ServiceGraphView() override;

    void setModel(ServiceGraphModel *model);
    ServiceGraphModel *model() const { return m_model; }
    // Where layouts are computed; must outlive the view or be destroyed with it.
    void setLayoutClient(GraphLayoutClient *client);
    GraphLayoutClient *layoutClient() const { return m_client; }

    void setFilter(const ServiceGraphFilter &filter);
    const ServiceGraphFilter &filter() const { return m_filter; }
    // What is shown (or being laid out) for the model's catalog and the filter.
    const VisibleServiceGraph &visibleGraph() const { return m_graph; }
    // Asks for a new layout of the current catalog and filter.
    void relayout();
    // What the view asks of the layout for this graph, with node sizes from `style` (the view's
    // own is ServiceGraphStyle(font())): the one place the layout options are chosen, also
    // used by the benchmark. Graphs of more than LargeGraphNodes nodes get capped layout
    // effort: a slightly different drawing in much less time.
    static GraphLayoutRequest layoutRequest(const VisibleServiceGraph &graph, const ServiceGraphStyle &style);
    static constexpr int LargeGraphNodes = 500;

    bool isLayingOut() const { return m_layingOut; }
    // The translated reason the last layout failed, or empty.
    QString layoutError() const { return m_layoutError; }
    // The note over the graph ("Laying out 40 services…", an error, "No services match…"), or empty.
    QString overlayText() const;
    // Shown when the model has no services (e.g. the catalog could not be loaded).
    void setPlaceholderText(const QString &text);

    // Re-reads health, failure marks and impact of every shown node from the model and repaints
    // the nodes and edges whose look changed, without a new layout. Returns how many nodes
    // changed. The model's dataChanged does the same for the changed rows only; this is the
    // whole-graph form.
    int applyModelState();

    ServiceNodeItem *nodeItem(const QString &nodeId) const { return m_nodes.value(nodeId); }
    QList<ServiceEdgeItem *> edgeItems() const { return m_edges; }
    ServiceEdgeItem *edgeItem(const QString &from, const QString &to) const;
    // The shown nodes in reading order (top to bottom, left to right).
    QStringList nodeIds() const { return m_readingOrder; }

    QString selectedNodeId() const { return m_selected; }
    // False when no shown node has this id. Centres the node in the view when asked.
    bool selectNode(const QString &nodeId, bool centre = true);
    // Selects the node that shows this service (its own, or its collapsed System's).
    bool selectService(const QString &serviceId, bool centre = true);
    void clearSelection();

    // Highlights every node whose name or id (or a member's) contains `text` (case-insensitive),
    // and selects and centres the first. Returns the number of matches.
    int setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    QStringList searchMatches() const { return m_matches; }
    int currentMatch() const { return m_currentMatch; }
    // Selects and centres the next match (after the last: the first again). False without matches.
    bool selectNextMatch();

    double zoom() const;
    // Bounded by minimumZoom() and MaxZoom.
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    // Shows the whole graph, centred; small graphs are not blown up beyond 125 %.
    void fitToView();
    // The scale at which the whole graph fits the viewport, or 0 without a graph or viewport.
    double fitZoom() const;
    // How far the user can zoom out: MinZoom, or the fitted scale of a graph too large to fit
    // even at MinZoom (so that Fit always shows all of it, and zooming out stops there).
    double minimumZoom() const;

    // The whole graph (not just the part in view), as the user sees it. False with the reason in
    // *error when nothing is shown or the file cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportSvg(const QString &path, QString *error = nullptr) const;

    // Below this only graphs too large to fit at it are shown (see minimumZoom()).
    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 4.0;

Q_SIGNALS:
    void selectionChanged(const QString &nodeId); // empty: nothing selected
    void nodeActivated(const QString &nodeId);    // Enter, Space or double-click: show its details
    void layoutStarted(int nodeCount);
    void layoutFinished(bool ok);
    void zoomChanged(double factor);
    void searchChanged(int matchCount, int current);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onModelReset();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onLaidOut(const GraphLayoutResult &result);
    void rebuildVisibleGraph();
    void clearScene();
    ServiceNodeLook lookOf(const ServiceNodeItem *item) const;
    bool refreshNode(ServiceNodeItem *item);
    void refreshEdgesAround(const QSet<QString> &nodeIds);
    void refreshEdge(ServiceEdgeItem *edge);
    void updateSearchMatches(bool moveSelection);
    void updateOverlay();
    void moveSelection(int dx, int dy);
    bool cycleSelection(bool forward);
    void revealSelection();
    ServiceNodeItem *nodeAt(const QPoint &viewportPos) const;
    void applyInitialZoom();
    bool writeFile(const QString &path, const QByteArray &data, QString *error) const;

    QPointer<ServiceGraphModel> m_model;
    QPointer<GraphLayoutClient> m_client;
    ServiceGraphScene *m_scene;
    std::unique_ptr<ServiceGraphStyle> m_style;
    ServiceGraphFilter m_filter;
    VisibleServiceGraph m_graph;
    QHash<QString, QString> m_nodeOfService; // service id -> node id, for the shown graph
    QHash<QString, ServiceNodeItem *> m_nodes;
    QList<ServiceEdgeItem *> m_edges;
    QHash<QString, QList<ServiceEdgeItem *>> m_edgesOfNode;
    QStringList m_readingOrder;
    QString m_selected;
    QString m_searchText;
    QStringList m_matches;
    int m_currentMatch = -1;
    bool m_layingOut = false;
    bool m_hasLayout = false;
    bool m_fitOnNextLayout = true;
    // What a resize re-applies until the user zooms or moves around.
    enum class AutoFit { Off, Initial, Whole };
    AutoFit m_autoFit = AutoFit::Off;
    int m_requestedNodeCount = 0;
    QString m_layoutError;
    QString m_placeholder;
    QLabel *m_overlay;
    QPoint m_pressPos;
    bool m_pressOnBackground = false;
};

} // namespace ic
