#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// What to lay out: nodes with the size they will be drawn at, and directed edges. All lengths
// are in points (1/72 inch), which is also what the scene uses, so one point is one scene unit.
struct GraphLayoutRequest {
    struct Node {
        QString id;    // unique within the request
        QString label; // for people reading the DOT text; the layout only uses the size
        QSizeF size;
    };
    struct Edge {
        QString from; // dependent
        QString to;   // dependency
        bool soft = false;
    };
    enum class Direction { TopToBottom, BottomToTop, LeftToRight, RightToLeft };

    QList<Node> nodes;
    QList<Edge> edges;
    // With TopToBottom an edge's `from` is ranked above its `to`.
    Direction direction = Direction::TopToBottom;
    double nodeSeparation = 18; // between nodes of one rank
    double rankSeparation = 36; // between ranks
    // Graphviz's `nslimit`: caps network-simplex iterations at this many per node when placing
    // nodes within their ranks. Unset = no cap (best layout); about 0.2 makes a 2,000-node graph
    // lay out several times faster with slightly wider ranks.
    std::optional<double> positionEffort;
    // Graphviz's `mclimit`: scales the iterations of crossing minimisation (two thirds of a large
    // layout). Unset = Graphviz's default (1); 0.3 lays the benchmark's 2,000-node graph out
    // about a third faster, in a drawing of the same size with 2 % more crossings.
    std::optional<double> orderingEffort;
    QString engine = QStringLiteral("dot");
};

struct GraphLayoutResult {
    struct Node {
        QString id;
        QPointF centre;
        QSizeF size; // as Graphviz placed it: the requested size rounded to whole points
    };
    struct Edge {
        QString from;
        QString to;
        bool soft = false;
        // A cubic Bézier spline: start point, then (control, control, end) triples.
        QList<QPointF> points;
        // Where the arrowhead at the `to` end points to, when Graphviz left room for one (the
        // spline then stops short of the node by the arrow's length).
        std::optional<QPointF> arrowTip;
    };
    // In request order. A node id given twice is laid out once (the first one) with a warning;
    // an edge naming an id that is not among the nodes is left out with a warning.
    QList<Node> nodes;
    QList<Edge> edges;   // in request order, without the edges that were dropped (see warnings)
    QRectF boundingRect; // contains every node and edge
    QString error;       // translated; empty when the layout succeeded
    QStringList warnings;
    qint64 elapsedMs = 0; // time spent in Graphviz, for the status line and benchmarks

    bool ok() const { return error.isEmpty(); }
    // Index into nodes, or -1.
    qsizetype indexOf(const QString &id) const;
};

// Lays the graph out with Graphviz in this process. Graphviz is not thread-safe: calls are
// serialised by a process-wide mutex, and the application makes them on one dedicated thread
// (GraphLayoutWorker) so that the GUI thread never waits for a layout. Coordinates are y-down
// like Qt's (Graphviz's y-up positions are flipped). Edges that close a cycle (back edges of a
// depth-first search in request order) are drawn but do not take part in ranking.
GraphLayoutResult layoutGraph(const GraphLayoutRequest &request);

// The same graph as Graphviz DOT text, with the attributes layoutGraph() uses: for `dot -Tplain`
// comparisons and for people who want to look at the graph in other tools. Duplicate nodes and
// edges to unknown nodes are left out as layoutGraph() leaves them out.
QByteArray graphLayoutDot(const GraphLayoutRequest &request);

// Runs layouts on the thread it lives on. Move it to a QThread and connect to request() with a
// queued connection. When requests pile up during a long layout only the newest one is laid out:
// the others are stale already.
class GraphLayoutWorker : public QObject
{
    Q_OBJECT

public:
    explicit GraphLayoutWorker(QObject *parent = nullptr);

public Q_SLOTS:
    void request(quint64 generation, const ic::GraphLayoutRequest &request);

Q_SIGNALS:
    void finished(quint64 generation, const ic::GraphLayoutResult &result);

private:
    void runPending();

    std::optional<std::pair<quint64, GraphLayoutRequest>> m_pending;
    bool m_runQueued = false;
};

// The GUI-thread side: numbers requests, sends them to a worker (usually on another thread) and
// passes on only the result of the newest request; results of older ones are dropped.
class GraphLayoutClient : public QObject
{
    Q_OBJECT

public:
    // The worker must outlive the client or be destroyed with it.
    explicit GraphLayoutClient(GraphLayoutWorker *worker, QObject *parent = nullptr);

    // Returns the request's generation.
    quint64 request(GraphLayoutRequest graph);
    bool isPending() const { return m_pending; }
    // The newest generation handed out; also the number of requests made so far.
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void requested(quint64 generation, const ic::GraphLayoutRequest &request);
    void laidOut(const ic::GraphLayoutResult &result);

private:
    void onFinished(quint64 generation, const GraphLayoutResult &result);

    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::GraphLayoutRequest)
Q_DECLARE_METATYPE(ic::GraphLayoutResult)
