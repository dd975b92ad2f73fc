#include "ServiceGraphView.h"

#include "Presentation.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

using Health = ServiceGraphModel::HealthState;
using Impact = ServiceGraphModel::Impact;

constexpr double ZoomStep = 1.25;
// A fitted graph is not blown up beyond this: a handful of nodes at 4× looks broken.
constexpr double MaxFitZoom = 1.25;
// Below this the names cannot be read; the first view of a large graph stays at this scale
// and shows its top (where the user-facing services are) instead of fitting everything.
constexpr double ReadableZoom = 0.75;
constexpr double SceneMargin = 24;
// PNG export: twice the screen resolution for sharp text, within a sane image size.
constexpr double PngScale = 2.0;
constexpr double PngMaxSide = 16000;
constexpr double PngMaxPixels = 120e6;

int healthRank(Health health)
{
    switch (health) {
    case Health::Healthy: return 0;
    case Health::Unknown: return 1;
    case Health::Degraded: return 2;
    case Health::Down: return 3;
    }
    return 1;
}

int impactRank(Impact impact)
{
    return int(impact); // None < Soft < Hard < Failed
}

} // namespace

ServiceGraphView::ServiceGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new ServiceGraphScene(this))
    , m_style(std::make_unique<ServiceGraphStyle>(font()))
    , m_overlay(new QLabel(this))
{
    setObjectName(u"serviceGraphView"_s);
    setAccessibleName(tr("Service dependency graph"));
    setScene(m_scene);
    // The node colours are chosen for a light canvas, in every theme and in exports.
    m_scene->setBackgroundBrush(Qt::white);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // One rectangle around everything that changed: a health poll recolours nodes all over the
    // view, and painting through a clip region of hundreds of rectangles costs twice as much
    // (docs/performance.md, recolouring).
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // The scene paints the edges with its background: cached, a health change repaints only
    // the nodes that changed (ServiceGraphScene).
    setCacheMode(QGraphicsView::CacheBackground);
    // The items save and restore the painter themselves and their bounding rectangles include
    // every outline: the view need not do either again for thousands of items.
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(120, 80);

    m_overlay->setObjectName(u"graphOverlay"_s);
    m_overlay->setWordWrap(true);
    m_overlay->setTextFormat(Qt::PlainText);
    m_overlay->setAlignment(Qt::AlignCenter);
    // A child of the view, not of the viewport: scrolling moves the viewport's children.
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->hide();
    updateOverlay();
}

ServiceGraphView::~ServiceGraphView()
{
    // Items point at the style: delete them first.
    clearScene();
}

void ServiceGraphView::setModel(ServiceGraphModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceGraphView::onModelReset);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ServiceGraphView::onDataChanged);
        connect(m_model, &QObject::destroyed, this, &ServiceGraphView::onModelReset);
    }
    onModelReset();
}

void ServiceGraphView::setLayoutClient(GraphLayoutClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client)
        connect(m_client, &GraphLayoutClient::laidOut, this, &ServiceGraphView::onLaidOut);
    relayout();
}

void ServiceGraphView::setFilter(const ServiceGraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_fitOnNextLayout = true;
    relayout();
}

void ServiceGraphView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    updateOverlay();
}

void ServiceGraphView::onModelReset()
{
    m_fitOnNextLayout = true;
    relayout();
}

void ServiceGraphView::rebuildVisibleGraph()
{
    m_graph = m_model ? visibleServiceGraph(m_model->catalog(), m_filter) : VisibleServiceGraph();
    m_nodeOfService.clear();
    for (const VisibleServiceGraph::Node &node : std::as_const(m_graph.nodes)) {
        for (const QString &member : node.members)
            m_nodeOfService.insert(member, node.id);
    }
}

void ServiceGraphView::relayout()
{
    rebuildVisibleGraph();
    if (!m_client || (m_graph.nodes.isEmpty() && !m_layingOut)) {
        // Nothing to lay out (and no older request whose result must be superseded).
        m_layingOut = false;
        m_layoutError.clear();
        clearScene();
        m_scene->setSceneRect(QRectF());
        if (!m_selected.isEmpty()) {
            m_selected.clear();
            Q_EMIT selectionChanged({});
        }
        updateSearchMatches(false);
        updateOverlay();
        return;
    }
    GraphLayoutRequest request = layoutRequest(m_graph, *m_style);
    m_requestedNodeCount = int(request.nodes.size());
    m_layingOut = true;
    m_layoutError.clear();
    m_client->request(std::move(request));
    updateOverlay();
    Q_EMIT layoutStarted(m_requestedNodeCount);
}

GraphLayoutRequest ServiceGraphView::layoutRequest(const VisibleServiceGraph &graph, const ServiceGraphStyle &style)
{
    GraphLayoutRequest request;
    request.nodes.reserve(graph.nodes.size());
    for (const VisibleServiceGraph::Node &node : graph.nodes) {
        const int members = node.collapsedSystem ? int(node.members.size()) : 1;
        request.nodes.append({node.id, node.label, style.nodeSize(node.label, members)});
    }
    request.edges.reserve(graph.edges.size());
    for (const VisibleServiceGraph::Edge &edge : graph.edges)
        request.edges.append({edge.from, edge.to, edge.soft});
    request.direction = GraphLayoutRequest::Direction::LeftToRight;
    request.nodeSeparation = 22;
    request.rankSeparation = 46;
    // Large graphs: x positions (nslimit) and crossing minimisation (mclimit) take most of
    // the time; capped, a drawing of about the same size in a fraction of it. Small graphs
    // keep the best drawing Graphviz makes.
    if (request.nodes.size() > LargeGraphNodes) {
        request.positionEffort = 0.2;
        request.orderingEffort = 0.3;
    }
    return request;
}

void ServiceGraphView::clearScene()
{
    m_nodes.clear();
    m_edges.clear();
    m_edgesOfNode.clear();
    m_readingOrder.clear();
    m_scene->clear();
    // The cached background shows the old edges.
    resetCachedContent();
    m_hasLayout = false;
}

void ServiceGraphView::onLaidOut(const GraphLayoutResult &result)
{
    m_layingOut = false;
    const QString previousSelection = m_selected;
    clearScene();
    if (!result.ok()) {
        m_layoutError = result.error;
        m_scene->setSceneRect(QRectF());
        if (!m_selected.isEmpty()) {
            m_selected.clear();
            Q_EMIT selectionChanged({});
        }
        updateOverlay();
        Q_EMIT layoutFinished(false);
        return;
    }
    m_layoutError.clear();

    QHash<QString, const VisibleServiceGraph::Node *> contentById;
    for (const VisibleServiceGraph::Node &node : std::as_const(m_graph.nodes))
        contentById.insert(node.id, &node);
    for (const GraphLayoutResult::Node &laidOut : result.nodes) {
        const VisibleServiceGraph::Node *node = contentById.value(laidOut.id);
        if (!node)
            continue;
        auto *item = new ServiceNodeItem({node->id, node->label, node->members, node->tier, node->collapsedSystem},
                                         laidOut.size, m_style.get());
        item->setPos(laidOut.centre);
        m_scene->addItem(item);
        m_nodes.insert(node->id, item);
    }
    for (const GraphLayoutResult::Edge &laidOut : result.edges) {
        if (!m_nodes.contains(laidOut.from) || !m_nodes.contains(laidOut.to))
            continue;
        auto *edge = new ServiceEdgeItem(laidOut.from, laidOut.to, laidOut.soft, laidOut.points, laidOut.arrowTip);
        edge->setEnds(m_nodes.value(laidOut.from), m_nodes.value(laidOut.to));
        m_scene->addItem(edge);
        m_edges.append(edge);
        m_edgesOfNode[laidOut.from].append(edge);
        m_edgesOfNode[laidOut.to].append(edge);
    }
    QList<ServiceNodeItem *> ordered = m_nodes.values();
    std::sort(ordered.begin(), ordered.end(), [](const ServiceNodeItem *a, const ServiceNodeItem *b) {
        // Nodes of one rank share their centre's y; a little tolerance for rounding.
        if (std::abs(a->y() - b->y()) > 1)
            return a->y() < b->y();
        if (a->x() != b->x())
            return a->x() < b->x();
        return a->id() < b->id();
    });
    for (const ServiceNodeItem *item : std::as_const(ordered))
        m_readingOrder.append(item->id());
    // The new edges are painted with the background.
    resetCachedContent();

    m_scene->setSceneRect(m_nodes.isEmpty() ? QRectF()
                                            : result.boundingRect.adjusted(-SceneMargin, -SceneMargin, SceneMargin,
                                                                           SceneMargin));
    m_hasLayout = true;
    applyModelState();

    if (ServiceNodeItem *item = m_nodes.value(previousSelection)) {
        item->setNodeSelected(true);
    } else if (!m_selected.isEmpty()) {
        m_selected.clear();
        Q_EMIT selectionChanged({});
    }
    updateSearchMatches(false);

    if (m_fitOnNextLayout) {
        m_fitOnNextLayout = false;
        applyInitialZoom();
    } else if (ServiceNodeItem *item = m_nodes.value(m_selected)) {
        centerOn(item);
    }
    updateOverlay();
    Q_EMIT layoutFinished(true);
}

ServiceNodeLook ServiceGraphView::lookOf(const ServiceNodeItem *item) const
{
    ServiceNodeLook look;
    if (!m_model)
        return look;
    bool first = true;
    // A collapsed System looks like its worst member.
    for (const QString &member : item->content().members) {
        const Health health = m_model->health(member);
        const Impact impact = m_model->impact(member);
        if (first || healthRank(health) > healthRank(look.health))
            look.health = health;
        if (impactRank(impact) > impactRank(look.impact))
            look.impact = impact;
        look.markedFailed = look.markedFailed || m_model->isFailed(member);
        first = false;
    }
    return look;
}

bool ServiceGraphView::refreshNode(ServiceNodeItem *item)
{
    return item->setLook(lookOf(item));
}

void ServiceGraphView::refreshEdge(ServiceEdgeItem *edge)
{
    const ServiceNodeItem *from = edge->fromItem();
    const ServiceNodeItem *to = edge->toItem();
    const bool highlighted = from && to && onBlastPath(from->look().impact, to->look().impact);
    edge->setHighlighted(highlighted);
}

void ServiceGraphView::refreshEdgesAround(const QSet<QString> &nodeIds)
{
    QSet<ServiceEdgeItem *> edges;
    for (const QString &id : nodeIds) {
        for (ServiceEdgeItem *edge : m_edgesOfNode.value(id))
            edges.insert(edge);
    }
    for (ServiceEdgeItem *edge : std::as_const(edges))
        refreshEdge(edge);
    m_scene->invalidateChangedEdges();
}

int ServiceGraphView::applyModelState()
{
    int changed = 0;
    for (ServiceNodeItem *item : std::as_const(m_nodes)) {
        if (refreshNode(item))
            ++changed;
    }
    for (ServiceEdgeItem *edge : std::as_const(m_edges))
        refreshEdge(edge);
    m_scene->invalidateChangedEdges();
    return changed;
}

void ServiceGraphView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!roles.isEmpty() && !roles.contains(ServiceGraphModel::HealthRole) && !roles.contains(ServiceGraphModel::FailedRole)
        && !roles.contains(ServiceGraphModel::ImpactRole))
        return;
    const QList<Service> &services = m_model->catalog().services();
    QSet<QString> changed;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < services.size(); ++row) {
        const QString nodeId = m_nodeOfService.value(services.at(row).id);
        ServiceNodeItem *item = m_nodes.value(nodeId);
        if (item && !changed.contains(nodeId) && refreshNode(item))
            changed.insert(nodeId);
    }
    refreshEdgesAround(changed);
}

ServiceEdgeItem *ServiceGraphView::edgeItem(const QString &from, const QString &to) const
{
    for (ServiceEdgeItem *edge : m_edgesOfNode.value(from)) {
        if (edge->from() == from && edge->to() == to)
            return edge;
    }
    return nullptr;
}

// --- selection -----------------------------------------------------------------------------------

bool ServiceGraphView::selectNode(const QString &nodeId, bool centre)
{
    ServiceNodeItem *item = m_nodes.value(nodeId);
    if (!item)
        return false;
    if (m_selected != nodeId) {
        if (ServiceNodeItem *previous = m_nodes.value(m_selected))
            previous->setNodeSelected(false);
        m_selected = nodeId;
        item->setNodeSelected(true);
        Q_EMIT selectionChanged(nodeId);
    }
    if (centre) {
        m_autoFit = AutoFit::Off;
        centerOn(item);
    }
    return true;
}

bool ServiceGraphView::selectService(const QString &serviceId, bool centre)
{
    const QString nodeId = m_nodeOfService.value(serviceId);
    return !nodeId.isEmpty() && selectNode(nodeId, centre);
}

void ServiceGraphView::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    if (ServiceNodeItem *previous = m_nodes.value(m_selected))
        previous->setNodeSelected(false);
    m_selected.clear();
    Q_EMIT selectionChanged({});
}

void ServiceGraphView::moveSelection(int dx, int dy)
{
    if (m_readingOrder.isEmpty())
        return;
    ServiceNodeItem *current = m_nodes.value(m_selected);
    if (!current) {
        selectNode(m_readingOrder.first(), false);
        revealSelection();
        return;
    }
    const QPointF origin = current->pos();
    ServiceNodeItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (ServiceNodeItem *candidate : std::as_const(m_nodes)) {
        if (candidate == current)
            continue;
        const QPointF d = candidate->pos() - origin;
        // Distance along the direction asked for, and how far off to the side.
        const double along = dx != 0 ? d.x() * dx : d.y() * dy;
        const double aside = dx != 0 ? std::abs(d.y()) : std::abs(d.x());
        if (along <= 1)
            continue;
        const double score = along + 2.5 * aside;
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (best) {
        selectNode(best->id(), false);
        revealSelection();
    }
}

bool ServiceGraphView::cycleSelection(bool forward)
{
    if (m_readingOrder.isEmpty())
        return false;
    const qsizetype index = m_readingOrder.indexOf(m_selected);
    qsizetype next;
    if (forward) {
        if (index == m_readingOrder.size() - 1)
            return false; // past the last node: the focus moves on
        next = index + 1;
    } else {
        if (index == 0)
            return false;
        next = index < 0 ? m_readingOrder.size() - 1 : index - 1;
    }
    selectNode(m_readingOrder.at(next), false);
    revealSelection();
    return true;
}

void ServiceGraphView::revealSelection()
{
    if (ServiceNodeItem *item = m_nodes.value(m_selected)) {
        m_autoFit = AutoFit::Off;
        ensureVisible(item, 40, 40);
    }
}

ServiceNodeItem *ServiceGraphView::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *hit : hits) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(hit))
            return node;
    }
    return nullptr;
}

// --- search ----------------------------------------------------------------------------------------

int ServiceGraphView::setSearchText(const QString &text)
{
    m_searchText = text;
    updateSearchMatches(true);
    return int(m_matches.size());
}

void ServiceGraphView::updateSearchMatches(bool moveSelection)
{
    m_matches.clear();
    const QString needle = m_searchText.trimmed();
    const ServiceCatalog *catalog = m_model ? &m_model->catalog() : nullptr;
    for (const QString &id : std::as_const(m_readingOrder)) {
        ServiceNodeItem *item = m_nodes.value(id);
        bool match = false;
        if (!needle.isEmpty()) {
            match = id.contains(needle, Qt::CaseInsensitive) || item->content().label.contains(needle, Qt::CaseInsensitive);
            for (qsizetype i = 0; !match && i < item->content().members.size(); ++i) {
                const QString &member = item->content().members.at(i);
                const Service *service = catalog ? catalog->find(member) : nullptr;
                match = member.contains(needle, Qt::CaseInsensitive)
                    || (service && service->name.contains(needle, Qt::CaseInsensitive));
            }
        }
        item->setSearchMatch(match);
        if (match)
            m_matches.append(id);
    }
    if (moveSelection) {
        m_currentMatch = m_matches.isEmpty() ? -1 : 0;
        if (m_currentMatch == 0)
            selectNode(m_matches.first(), true);
    } else {
        m_currentMatch = int(m_matches.indexOf(m_selected));
    }
    Q_EMIT searchChanged(int(m_matches.size()), m_currentMatch);
}

bool ServiceGraphView::selectNextMatch()
{
    if (m_matches.isEmpty())
        return false;
    m_currentMatch = (m_currentMatch + 1) % int(m_matches.size());
    selectNode(m_matches.at(m_currentMatch), true);
    Q_EMIT searchChanged(int(m_matches.size()), m_currentMatch);
    return true;
}

// --- zoom ----------------------------------------------------------------------------------------

double ServiceGraphView::zoom() const
{
    return transform().m11();
}

double ServiceGraphView::fitZoom() const
{
    const QRectF rect = m_scene->sceneRect();
    const QRect area = viewport()->rect().adjusted(4, 4, -4, -4);
    if (rect.isEmpty() || area.isEmpty())
        return 0;
    return qMin(area.width() / rect.width(), area.height() / rect.height());
}

double ServiceGraphView::minimumZoom() const
{
    const double fit = fitZoom();
    return fit > 0 ? qMin(MinZoom, fit) : MinZoom;
}

void ServiceGraphView::setZoom(double factor)
{
    double lower = minimumZoom();
    // A view already further out (fitted in a larger window) is not zoomed in by zooming out.
    if (factor < zoom())
        lower = qMin(lower, zoom());
    const double bounded = qBound(lower, factor, MaxZoom);
    if (qFuzzyCompare(bounded, zoom()))
        return;
    setTransform(QTransform::fromScale(bounded, bounded));
    Q_EMIT zoomChanged(bounded);
}

void ServiceGraphView::zoomIn()
{
    m_fitOnNextLayout = false;
    m_autoFit = AutoFit::Off;
    setZoom(zoom() * ZoomStep);
}

void ServiceGraphView::zoomOut()
{
    m_fitOnNextLayout = false;
    m_autoFit = AutoFit::Off;
    setZoom(zoom() / ZoomStep);
}

void ServiceGraphView::fitToView()
{
    const double factor = fitZoom();
    if (factor <= 0)
        return;
    // Below MinZoom when the graph is that large: setZoom() allows down to this factor.
    setZoom(qMin(factor, MaxFitZoom));
    centerOn(m_scene->sceneRect().center());
    m_autoFit = AutoFit::Whole;
}

void ServiceGraphView::applyInitialZoom()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    fitToView();
    m_autoFit = AutoFit::Initial;
    if (zoom() >= ReadableZoom)
        return;
    // Too large to read when fitted: readable scale, on the selection, else where reading
    // starts (top left: the services users reach first, which depend on the others).
    setZoom(ReadableZoom);
    if (ServiceNodeItem *item = m_nodes.value(m_selected)) {
        centerOn(item);
        return;
    }
    const double halfWidth = viewport()->width() / 2.0 / zoom();
    const double halfHeight = viewport()->height() / 2.0 / zoom();
    centerOn(rect.left() + halfWidth, rect.top() + halfHeight);
}

// --- events ----------------------------------------------------------------------------------------

bool ServiceGraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Tooltips are made when asked for, not kept up to date on every recolouring.
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        const QList<QGraphicsItem *> hits = items(help->pos());
        for (QGraphicsItem *hit : hits) {
            if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(hit)) {
                text = node->toolTipText();
                break;
            }
            if (auto *edge = qgraphicsitem_cast<ServiceEdgeItem *>(hit); edge && text.isEmpty())
                text = edge->toolTipText();
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

bool ServiceGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (cycleSelection(forward)) {
                event->accept();
                return true;
            }
            // Past the ends: the ordinary focus chain.
            return QWidget::event(event);
        }
    }
    return QGraphicsView::event(event);
}

void ServiceGraphView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            if (modifiers != Qt::NoModifier || m_nodes.isEmpty())
                break;
            moveSelection(-1, 0);
            return;
        case Qt::Key_Right:
            if (modifiers != Qt::NoModifier || m_nodes.isEmpty())
                break;
            moveSelection(1, 0);
            return;
        case Qt::Key_Up:
            if (modifiers != Qt::NoModifier || m_nodes.isEmpty())
                break;
            moveSelection(0, -1);
            return;
        case Qt::Key_Down:
            if (modifiers != Qt::NoModifier || m_nodes.isEmpty())
                break;
            moveSelection(0, 1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (!m_selected.isEmpty()) {
                Q_EMIT nodeActivated(m_selected);
                return;
            }
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_F:
            fitToView();
            return;
        case Qt::Key_0:
            m_fitOnNextLayout = false;
            m_autoFit = AutoFit::Off;
            setZoom(1.0);
            if (ServiceNodeItem *item = m_nodes.value(m_selected))
                centerOn(item);
            return;
        case Qt::Key_Escape:
            if (!m_selected.isEmpty()) {
                clearSelection();
                return;
            }
            break;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void ServiceGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            m_fitOnNextLayout = false;
            m_autoFit = AutoFit::Off;
            const ViewportAnchor anchor = transformationAnchor();
            setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
            setZoom(zoom() * std::pow(ZoomStep, delta / 120.0));
            setTransformationAnchor(anchor);
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ServiceGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressOnBackground = false;
    m_autoFit = AutoFit::Off;
    if (event->button() == Qt::LeftButton) {
        if (ServiceNodeItem *item = nodeAt(m_pressPos))
            selectNode(item->id(), false);
        else
            m_pressOnBackground = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void ServiceGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click on the background (not a drag to pan) lets go of the selection.
    if (event->button() == Qt::LeftButton && m_pressOnBackground
        && (event->position().toPoint() - m_pressPos).manhattanLength() < 4)
        clearSelection();
    m_pressOnBackground = false;
}

void ServiceGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (ServiceNodeItem *item = nodeAt(event->position().toPoint())) {
            selectNode(item->id(), false);
            Q_EMIT nodeActivated(item->id());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ServiceGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the user zooms or moves around, the graph follows the view's size (the first
    // layout often arrives before the window has its final size).
    if (m_hasLayout && m_autoFit == AutoFit::Initial)
        applyInitialZoom();
    else if (m_hasLayout && m_autoFit == AutoFit::Whole)
        fitToView();
    updateOverlay();
}

void ServiceGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Node sizes follow the font: new items, new layout. The old items use the old style.
        clearScene();
        m_style = std::make_unique<ServiceGraphStyle>(font());
        m_fitOnNextLayout = true;
        relayout();
    }
}

// --- overlay -----------------------------------------------------------------------------------

QString ServiceGraphView::overlayText() const
{
    return m_overlay->isVisibleTo(this) ? m_overlay->text() : QString();
}

void ServiceGraphView::updateOverlay()
{
    QString text;
    bool error = false;
    if (!m_layoutError.isEmpty()) {
        text = tr("The graph could not be laid out: %1").arg(m_layoutError);
        error = true;
    } else if (m_layingOut) {
        text = m_requestedNodeCount == 1 ? tr("Laying out 1 service…")
                                         : tr("Laying out %n services…", nullptr, m_requestedNodeCount);
    } else if (!m_model || m_model->rowCount() == 0) {
        text = m_placeholder.isEmpty() ? tr("No service catalog loaded.") : m_placeholder;
    } else if (m_graph.nodes.isEmpty()) {
        text = tr("No services match the filter.");
    } else if (!m_client) {
        text = tr("The graph cannot be laid out: no layout engine is connected.");
        error = true;
    }
    m_overlay->setText(text);
    m_overlay->setStyleSheet(
        error ? u"QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #d55e00; border-radius: 4px;"
                u" padding: 6px 10px; }"_s
              : u"QLabel { background: rgba(255, 255, 255, 235); color: #1a1a1a; border: 1px solid #9e9e9e;"
                u" border-radius: 4px; padding: 6px 10px; }"_s);
    m_overlay->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    const int maxWidth = qMax(80, viewport()->width() - 24);
    m_overlay->setMaximumWidth(maxWidth);
    m_overlay->adjustSize();
    // One line when it fits; word-wrapped labels otherwise choose a narrow column.
    const int width = qMin(m_overlay->fontMetrics().horizontalAdvance(text) + 24, maxWidth);
    m_overlay->resize(width, m_overlay->heightForWidth(width));
    // Over the old graph while a new layout runs (top), centred when there is nothing else.
    const QRect area = viewport()->geometry();
    const int y = m_hasLayout && !m_nodes.isEmpty() ? 12 : qMax(12, (area.height() - m_overlay->height()) / 2);
    m_overlay->move(area.left() + (area.width() - m_overlay->width()) / 2, area.top() + y);
    m_overlay->raise();
}

// --- export --------------------------------------------------------------------------------------

bool ServiceGraphView::writeFile(const QString &path, const QByteArray &data, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ServiceGraphView::exportPng(const QString &path, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    if (!m_hasLayout || m_nodes.isEmpty() || source.isEmpty()) {
        if (error)
            *error = tr("There is no graph to export yet.");
        return false;
    }
    double scale = PngScale;
    scale = qMin(scale, PngMaxSide / qMax(source.width(), source.height()));
    scale = qMin(scale, std::sqrt(PngMaxPixels / (source.width() * source.height())));
    QImage image(qCeil(source.width() * scale), qCeil(source.height() * scale), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("The graph is too large to export as PNG; export it as SVG instead.");
        return false;
    }
    image.fill(Qt::white);
    // The nodes were measured with the screen's fonts: paint at the screen's resolution so the
    // text has the same size relative to the boxes, then record the real one (it prints at the
    // size it has on screen).
    const double dpi = logicalDpiY();
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(0, 0, image.width(), image.height()), source, Qt::KeepAspectRatio);
    }
    image.setDotsPerMeterX(qRound(dpi * scale / 0.0254));
    image.setDotsPerMeterY(qRound(dpi * scale / 0.0254));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(u"Title"_s, tr("Service dependency graph"));
    if (!writer.write(image)) {
        if (error)
            *error = tr("Could not encode the PNG image: %1").arg(writer.errorString());
        return false;
    }
    return writeFile(path, bytes, error);
}

bool ServiceGraphView::exportSvg(const QString &path, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    if (!m_hasLayout || m_nodes.isEmpty() || source.isEmpty()) {
        if (error)
            *error = tr("There is no graph to export yet.");
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    // As for PNG: text sized as on screen, relative to the boxes.
    generator.setResolution(logicalDpiY());
    generator.setTitle(tr("Service dependency graph"));
    generator.setDescription(tr("%n services and their dependencies, exported from Incident Console", nullptr,
                                int(m_nodes.size())));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not start the SVG export.");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source, Qt::KeepAspectRatio);
    painter.end();
    return writeFile(path, bytes, error);
}

} // namespace ic
