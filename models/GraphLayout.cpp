#include "GraphLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdlib>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr double PointsPerInch = 72.0;

// Graphviz 2.42/2.43 must see exactly one context per process: freeing one and creating another
// is a use-after-free in the pango plugin. Created on first use (under the layout mutex) and
// deliberately never freed.
GVC_t *graphvizContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

// The layout engines of the installed Graphviz plugins, asked once (with the mutex held). An
// unknown engine is refused before gvLayout(), whose own error path leaks in 2.42.
const QStringList &layoutEngines(GVC_t *gvc)
{
    static const QStringList engines = [gvc] {
        QStringList names;
        int size = 0;
        if (char **list = gvPluginList(gvc, "layout", &size, nullptr)) {
            for (int i = 0; i < size; ++i) {
                names.append(QString::fromUtf8(list[i]));
                std::free(list[i]);
            }
            std::free(list);
        }
        return names;
    }();
    return engines;
}

// Every Graphviz call is made with this held: the library keeps global state (error handler,
// locale juggling, plugin tables).
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Messages Graphviz reports while the mutex is held go here instead of stderr.
QString *g_graphvizMessages = nullptr;

int collectGraphvizMessage(char *message)
{
    if (g_graphvizMessages)
        g_graphvizMessages->append(QString::fromUtf8(message));
    return 0;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 8);
}

QByteArray rankDir(GraphLayoutRequest::Direction direction)
{
    switch (direction) {
    case GraphLayoutRequest::Direction::TopToBottom:
        return "TB"_ba;
    case GraphLayoutRequest::Direction::BottomToTop:
        return "BT"_ba;
    case GraphLayoutRequest::Direction::LeftToRight:
        return "LR"_ba;
    case GraphLayoutRequest::Direction::RightToLeft:
        return "RL"_ba;
    }
    return "TB"_ba;
}

// The attributes both the in-process layout and the DOT text use, as (name, value) pairs.
QList<std::pair<QByteArray, QByteArray>> graphAttributes(const GraphLayoutRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> attributes = {
        {"rankdir"_ba, rankDir(request.direction)},
        {"nodesep"_ba, number(request.nodeSeparation / PointsPerInch)},
        {"ranksep"_ba, number(request.rankSeparation / PointsPerInch)},
    };
    if (request.positionEffort)
        attributes.append({"nslimit"_ba, number(*request.positionEffort)});
    if (request.orderingEffort)
        attributes.append({"mclimit"_ba, number(*request.orderingEffort)});
    return attributes;
}

// Nodes are fixed-size boxes without text: we draw the labels ourselves and give Graphviz the
// size we need, so it never measures text (no font lookup on the layout thread).
const QList<std::pair<QByteArray, QByteArray>> NodeDefaults = {
    {"shape"_ba, "box"_ba},
    {"fixedsize"_ba, "true"_ba},
    {"label"_ba, ""_ba},
    {"width"_ba, "0.75"_ba},
    {"height"_ba, "0.5"_ba},
    {"tooltip"_ba, ""_ba},
};

QByteArray dotQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\"_ba).replace('"', "\\\""_ba).replace('\n', "\\n"_ba);
    return '"' + quoted + '"';
}

// Graphviz 2.4x takes `char *` but does not write through it (it interns the string).
void setAttribute(void *object, Agsym_t *symbol, const QByteArray &value)
{
    agxset(object, symbol, const_cast<char *>(value.constData()));
}

QPointF yDown(const pointf &p)
{
    return QPointF(p.x, -p.y);
}

// The graph both layoutGraph() and graphLayoutDot() work on: each node id once (the first
// occurrence wins) and only the edges whose ends both exist, so that the DOT text describes the
// very graph that is laid out in process (`dot` would add a node for an unknown edge end).
struct CheckedGraph {
    QList<qsizetype> nodes;        // indexes into request.nodes
    QList<qsizetype> edges;        // indexes into request.edges
    QList<bool> closesCycle;       // per entry of `edges`: see markCycleEdges()
    QHash<QString, qsizetype> nodeIndex; // id -> index into request.nodes
    QStringList warnings;          // translated
};

// Marks the back edges of a depth-first search: without them the graph has no cycle. dot would
// break cycles itself by reversing such edges, but in 2.42 that leaks the reversed edges' records
// on every layout (found by valgrind; a console that lays out all day must not grow). Given
// `constraint=false` instead, they are still drawn but take no part in ranking, so dot has no
// cycle to break. Iterative: a long dependency chain must not overflow the stack.
void markCycleEdges(const GraphLayoutRequest &request, CheckedGraph &graph)
{
    graph.closesCycle = QList<bool>(graph.edges.size(), false);
    QHash<qsizetype, qsizetype> position; // request node index -> index into graph.nodes
    position.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        position.insert(graph.nodes.at(i), i);
    QList<QList<qsizetype>> outgoing(graph.nodes.size()); // node position -> positions in graph.edges
    QList<qsizetype> target(graph.edges.size());
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const GraphLayoutRequest::Edge &edge = request.edges.at(graph.edges.at(e));
        outgoing[position.value(graph.nodeIndex.value(edge.from))].append(e);
        target[e] = position.value(graph.nodeIndex.value(edge.to));
    }
    enum : quint8 { Unvisited, OnPath, Done };
    QList<quint8> state(graph.nodes.size(), Unvisited);
    struct Frame {
        qsizetype node;
        qsizetype next; // index into outgoing[node]
    };
    QList<Frame> path;
    for (qsizetype root = 0; root < graph.nodes.size(); ++root) {
        if (state.at(root) != Unvisited)
            continue;
        state[root] = OnPath;
        path.append({root, 0});
        while (!path.isEmpty()) {
            Frame &frame = path.last();
            if (frame.next == outgoing.at(frame.node).size()) {
                state[frame.node] = Done;
                path.removeLast();
                continue;
            }
            const qsizetype e = outgoing.at(frame.node).at(frame.next++);
            const qsizetype to = target.at(e);
            if (to == frame.node)
                continue; // a loop takes no part in ranking anyway
            if (state.at(to) == OnPath) {
                graph.closesCycle[e] = true;
            } else if (state.at(to) == Unvisited) {
                state[to] = OnPath;
                path.append({to, 0});
            }
        }
    }
}

CheckedGraph checkedGraph(const GraphLayoutRequest &request)
{
    CheckedGraph graph;
    graph.nodes.reserve(request.nodes.size());
    graph.nodeIndex.reserve(request.nodes.size());
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const QString &id = request.nodes.at(i).id;
        if (graph.nodeIndex.contains(id)) {
            graph.warnings.append(QCoreApplication::translate("GraphLayout", "Node \"%1\" appears more than once; laid out once.").arg(id));
            continue;
        }
        graph.nodeIndex.insert(id, i);
        graph.nodes.append(i);
    }
    graph.edges.reserve(request.edges.size());
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const GraphLayoutRequest::Edge &edge = request.edges.at(i);
        if (!graph.nodeIndex.contains(edge.from) || !graph.nodeIndex.contains(edge.to)) {
            graph.warnings.append(QCoreApplication::translate("GraphLayout", "Edge %1 → %2 names an unknown node; left out.").arg(edge.from, edge.to));
            continue;
        }
        graph.edges.append(i);
    }
    markCycleEdges(request, graph);
    return graph;
}

} // namespace

qsizetype GraphLayoutResult::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

GraphLayoutResult layoutGraph(const GraphLayoutRequest &request)
{
    GraphLayoutResult result;
    const CheckedGraph checked = checkedGraph(request);
    result.warnings = checked.warnings;
    if (checked.nodes.isEmpty())
        return result;

    QMutexLocker locker(&graphvizMutex());
    QElapsedTimer timer;
    timer.start();
    GVC_t *const gvc = graphvizContext();
    if (!gvc) {
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz could not be initialised (are its plugins installed?).");
        return result;
    }
    if (const QStringList &engines = layoutEngines(gvc); !engines.isEmpty() && !engines.contains(request.engine)) {
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz has no layout engine \"%1\"; it has: %2.")
                           .arg(request.engine, engines.join(u", "_s));
        return result;
    }

    QString messages;
    g_graphvizMessages = &messages;
    const agusererrf previousHandler = agseterrf(collectGraphvizMessage);
    agreseterrors();

    // Built with agnode/agedge rather than parsed from DOT text: measured faster (no text to
    // generate and parse), and node names need no quoting.
    Agraph_t *graph = agopen(const_cast<char *>("G"), Agdirected, nullptr);
    for (const auto &[name, value] : graphAttributes(request))
        agattr(graph, AGRAPH, const_cast<char *>(name.constData()), const_cast<char *>(value.constData()));
    QHash<QByteArray, Agsym_t *> nodeSymbols;
    for (const auto &[name, value] : NodeDefaults)
        nodeSymbols.insert(name, agattr(graph, AGNODE, const_cast<char *>(name.constData()),
                                        const_cast<char *>(value.constData())));
    Agsym_t *const widthSymbol = nodeSymbols.value("width"_ba);
    Agsym_t *const heightSymbol = nodeSymbols.value("height"_ba);
    Agsym_t *const tooltipSymbol = nodeSymbols.value("tooltip"_ba);
    Agsym_t *const styleSymbol = agattr(graph, AGEDGE, const_cast<char *>("style"), const_cast<char *>(""));
    Agsym_t *const constraintSymbol =
        agattr(graph, AGEDGE, const_cast<char *>("constraint"), const_cast<char *>("true"));

    QHash<QString, Agnode_t *> nodeById;
    nodeById.reserve(checked.nodes.size());
    QList<std::pair<qsizetype, Agnode_t *>> nodes; // request index, node
    nodes.reserve(checked.nodes.size());
    for (const qsizetype i : checked.nodes) {
        const GraphLayoutRequest::Node &node = request.nodes.at(i);
        QByteArray name = node.id.toUtf8();
        Agnode_t *n = agnode(graph, name.data(), 1);
        setAttribute(n, widthSymbol, number(qMax(0.01, node.size.width()) / PointsPerInch));
        setAttribute(n, heightSymbol, number(qMax(0.01, node.size.height()) / PointsPerInch));
        if (!node.label.isEmpty())
            setAttribute(n, tooltipSymbol, node.label.toUtf8());
        nodeById.insert(node.id, n);
        nodes.append({i, n});
    }
    QList<std::pair<qsizetype, Agedge_t *>> edges;
    edges.reserve(checked.edges.size());
    for (qsizetype c = 0; c < checked.edges.size(); ++c) {
        const qsizetype i = checked.edges.at(c);
        const GraphLayoutRequest::Edge &edge = request.edges.at(i);
        Agedge_t *e = agedge(graph, nodeById.value(edge.from), nodeById.value(edge.to), nullptr, 1);
        if (edge.soft)
            setAttribute(e, styleSymbol, "dashed"_ba);
        if (checked.closesCycle.at(c))
            setAttribute(e, constraintSymbol, "false"_ba);
        edges.append({i, e});
    }

    const QByteArray engine = request.engine.toUtf8();
    const int status = gvLayout(gvc, graph, engine.constData());
    if (status != 0) {
        const QString detail = messages.trimmed();
        result.error = detail.isEmpty()
                           ? QCoreApplication::translate("GraphLayout", "Graphviz could not lay out the graph.")
                           : QCoreApplication::translate("GraphLayout", "Graphviz could not lay out the graph: %1").arg(detail);
    } else {
        // Graphviz's bounding box covers the nodes and the curves, but a Bézier's control points
        // may lie outside it; callers size scenes and hit-test with the points, so take them in.
        const boxf bb = GD_bb(graph);
        QRectF bounds(QPointF(bb.LL.x, -bb.UR.y), QPointF(bb.UR.x, -bb.LL.y));
        // (QRectF::united() ignores an empty rectangle, so points are added by hand.)
        auto include = [&bounds](const QPointF &p) {
            bounds.setCoords(std::min(bounds.left(), p.x()), std::min(bounds.top(), p.y()),
                             std::max(bounds.right(), p.x()), std::max(bounds.bottom(), p.y()));
        };
        for (const auto &[index, n] : std::as_const(nodes)) {
            const GraphLayoutRequest::Node &node = request.nodes.at(index);
            GraphLayoutResult::Node laidOut{node.id, yDown(ND_coord(n)),
                                            QSizeF(ND_width(n) * PointsPerInch, ND_height(n) * PointsPerInch)};
            const QRectF rect(laidOut.centre - QPointF(laidOut.size.width() / 2, laidOut.size.height() / 2),
                              laidOut.size);
            bounds = bounds.united(rect);
            result.nodes.append(std::move(laidOut));
        }
        for (const auto &[index, e] : std::as_const(edges)) {
            const GraphLayoutRequest::Edge &edge = request.edges.at(index);
            GraphLayoutResult::Edge laidOut{edge.from, edge.to, edge.soft, {}, std::nullopt};
            // dot gives an edge one Bézier piece (several only with `concentrate`, not used here).
            if (const splines *spl = ED_spl(e); spl && spl->size > 0) {
                const bezier &bz = spl->list[0];
                laidOut.points.reserve(bz.size);
                for (int p = 0; p < bz.size; ++p) {
                    laidOut.points.append(yDown(bz.list[p]));
                    include(laidOut.points.last());
                }
                if (bz.eflag) {
                    laidOut.arrowTip = yDown(bz.ep);
                    include(*laidOut.arrowTip);
                }
            }
            result.edges.append(std::move(laidOut));
        }
        result.boundingRect = bounds;
        const QStringList lines = messages.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            result.warnings.append(line.trimmed());
    }
    // Also after a failed layout: it may have left half-built layout records behind.
    gvFreeLayout(gvc, graph);
    agclose(graph);

    agseterrf(previousHandler);
    g_graphvizMessages = nullptr;
    result.elapsedMs = timer.elapsed();
    return result;
}

QByteArray graphLayoutDot(const GraphLayoutRequest &request)
{
    QByteArray dot = "digraph G {\n  graph ["_ba;
    const auto attributes = graphAttributes(request);
    for (qsizetype i = 0; i < attributes.size(); ++i)
        dot += (i ? ", "_ba : ""_ba) + attributes.at(i).first + '=' + attributes.at(i).second;
    dot += "];\n  node ["_ba;
    for (qsizetype i = 0; i < NodeDefaults.size(); ++i)
        dot += (i ? ", "_ba : ""_ba) + NodeDefaults.at(i).first + "=\""_ba + NodeDefaults.at(i).second + '"';
    dot += "];\n"_ba;
    const CheckedGraph checked = checkedGraph(request);
    for (const qsizetype i : checked.nodes) {
        const GraphLayoutRequest::Node &node = request.nodes.at(i);
        dot += "  "_ba + dotQuoted(node.id) + " [width="_ba
               + number(qMax(0.01, node.size.width()) / PointsPerInch) + ", height="_ba
               + number(qMax(0.01, node.size.height()) / PointsPerInch);
        if (!node.label.isEmpty())
            dot += ", tooltip="_ba + dotQuoted(node.label);
        dot += "];\n"_ba;
    }
    for (qsizetype c = 0; c < checked.edges.size(); ++c) {
        const GraphLayoutRequest::Edge &edge = request.edges.at(checked.edges.at(c));
        dot += "  "_ba + dotQuoted(edge.from) + " -> "_ba + dotQuoted(edge.to);
        QByteArrayList attributes;
        if (edge.soft)
            attributes.append("style=dashed"_ba);
        if (checked.closesCycle.at(c))
            attributes.append("constraint=false"_ba);
        if (!attributes.isEmpty())
            dot += " ["_ba + attributes.join(", "_ba) + ']';
        dot += ";\n"_ba;
    }
    dot += "}\n"_ba;
    return dot;
}

GraphLayoutWorker::GraphLayoutWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<GraphLayoutRequest>();
    qRegisterMetaType<GraphLayoutResult>();
}

void GraphLayoutWorker::request(quint64 generation, const GraphLayoutRequest &request)
{
    // Requests that arrive while one is queued replace it; the queued call lays out the newest.
    m_pending = std::make_pair(generation, request);
    if (!m_runQueued) {
        m_runQueued = true;
        QMetaObject::invokeMethod(this, &GraphLayoutWorker::runPending, Qt::QueuedConnection);
    }
}

void GraphLayoutWorker::runPending()
{
    m_runQueued = false;
    if (!m_pending)
        return;
    const auto [generation, pending] = std::move(*m_pending);
    m_pending.reset();
    Q_EMIT finished(generation, layoutGraph(pending));
}

GraphLayoutClient::GraphLayoutClient(GraphLayoutWorker *worker, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<GraphLayoutRequest>();
    qRegisterMetaType<GraphLayoutResult>();
    connect(this, &GraphLayoutClient::requested, worker, &GraphLayoutWorker::request);
    connect(worker, &GraphLayoutWorker::finished, this, &GraphLayoutClient::onFinished);
}

quint64 GraphLayoutClient::request(GraphLayoutRequest graph)
{
    ++m_generation;
    m_pending = true;
    Q_EMIT requested(m_generation, graph);
    return m_generation;
}

void GraphLayoutClient::onFinished(quint64 generation, const GraphLayoutResult &result)
{
    if (generation != m_generation)
        return; // an older request's result: the graph has changed since
    m_pending = false;
    Q_EMIT laidOut(result);
}

} // namespace ic
