// Graphviz layout in process: geometry of a small graph checked by hand, bad input, the DOT text
// against the real `dot`, a few hundred nodes, and the worker/client pair on a real thread.

#include "GraphLayout.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;
using ic::GraphLayoutClient;
using ic::GraphLayoutRequest;
using ic::GraphLayoutResult;
using ic::GraphLayoutWorker;

using Direction = GraphLayoutRequest::Direction;
Q_DECLARE_METATYPE(Direction)

namespace {

GraphLayoutRequest::Node node(const QString &id, double width, double height)
{
    return {id, id, QSizeF(width, height)};
}

// a → b → c hard, a → c soft: a depends on b and (degraded) on c, b depends on c.
GraphLayoutRequest chain(Direction direction = Direction::TopToBottom)
{
    GraphLayoutRequest request;
    request.nodes = {node(u"a"_s, 100, 40), node(u"b"_s, 60, 30), node(u"c"_s, 80, 50)};
    request.edges = {{u"a"_s, u"b"_s, false}, {u"b"_s, u"c"_s, false}, {u"a"_s, u"c"_s, true}};
    request.direction = direction;
    return request;
}

QRectF rectOf(const GraphLayoutResult::Node &n)
{
    return QRectF(n.centre - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
}

// 0 inside the rectangle, else the distance to its border.
double distance(const QRectF &rect, const QPointF &p)
{
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

// Distance to the border, for a point inside or outside.
double distanceToBorder(const QRectF &rect, const QPointF &p)
{
    if (!rect.contains(p))
        return distance(rect, p);
    return std::min({p.x() - rect.left(), rect.right() - p.x(), p.y() - rect.top(), rect.bottom() - p.y()});
}

QString pointText(const QPointF &p)
{
    return u"(%1, %2)"_s.arg(p.x()).arg(p.y());
}

// Checks what every successful layout promises; returns an empty string or the first problem.
QString checkGeometry(const GraphLayoutResult &result)
{
    if (!result.ok())
        return u"layout failed: "_s + result.error;
    const QRectF bounds = result.boundingRect;
    // Graphviz's own bounding box is in whole points; a hair of slack for the y flip.
    const QRectF slack = bounds.adjusted(-0.01, -0.01, 0.01, 0.01);
    for (const GraphLayoutResult::Node &n : result.nodes) {
        if (!slack.contains(rectOf(n)))
            return u"node %1 lies outside the bounding rect"_s.arg(n.id);
    }
    for (const GraphLayoutResult::Edge &e : result.edges) {
        const QString name = e.from + u" -> "_s + e.to;
        if (e.points.size() < 4 || (e.points.size() - 1) % 3 != 0)
            return u"edge %1 has %2 points, not 1 + 3n"_s.arg(name).arg(e.points.size());
        for (const QPointF &p : e.points) {
            if (!slack.contains(p))
                return u"edge %1: point %2 lies outside the bounding rect"_s.arg(name, pointText(p));
        }
        if (!e.arrowTip)
            return u"edge %1 has no arrow tip"_s.arg(name);
        if (!slack.contains(*e.arrowTip))
            return u"edge %1: arrow tip outside the bounding rect"_s.arg(name);
        const qsizetype from = result.indexOf(e.from);
        const qsizetype to = result.indexOf(e.to);
        if (from < 0 || to < 0)
            return u"edge %1 names a node that is not in the result"_s.arg(name);
        const QRectF fromRect = rectOf(result.nodes.at(from));
        const QRectF toRect = rectOf(result.nodes.at(to));
        // The curve starts on the dependent's border and its arrow touches the dependency's border;
        // the curve itself stops short of that by the arrow's length (10 points by default).
        if (distanceToBorder(fromRect, e.points.first()) > 2)
            return u"edge %1 starts at %2, not at %3's border"_s.arg(name, pointText(e.points.first()), e.from);
        if (distanceToBorder(toRect, *e.arrowTip) > 2)
            return u"edge %1: arrow tip %2 is not on %3's border"_s.arg(name, pointText(*e.arrowTip), e.to);
        const double arrow = QLineF(e.points.last(), *e.arrowTip).length();
        if (arrow < 5 || arrow > 15)
            return u"edge %1: arrow is %2 points long"_s.arg(name).arg(arrow);
        if (distance(toRect, e.points.last()) > 15)
            return u"edge %1 ends at %2, far from %3"_s.arg(name, pointText(e.points.last()), e.to);
    }
    // Nodes do not overlap.
    for (qsizetype i = 0; i < result.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < result.nodes.size(); ++j) {
            if (rectOf(result.nodes.at(i)).intersects(rectOf(result.nodes.at(j))))
                return u"nodes %1 and %2 overlap"_s.arg(result.nodes.at(i).id, result.nodes.at(j).id);
        }
    }
    return {};
}

struct PlainNode {
    QString name;
    QPointF centre; // points, y-up as dot writes it
    QSizeF size;    // points
};

// Parses `dot -Tplain` output (coordinates in inches, y up).
bool parsePlain(const QByteArray &plain, QList<PlainNode> *nodes, int *edges, QString *problem)
{
    *edges = 0;
    const QList<QByteArray> lines = plain.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        // Names may be quoted and contain spaces; only the names in this test's graphs are
        // quoted, and none of them contains a double quote.
        QStringList fields;
        for (qsizetype i = 0; i < line.size();) {
            if (line.at(i) == u' ') {
                ++i;
                continue;
            }
            if (line.at(i) == u'"') {
                qsizetype end = i + 1;
                QString value;
                while (end < line.size() && line.at(end) != u'"') {
                    if (line.at(end) == u'\\' && end + 1 < line.size())
                        ++end;
                    value.append(line.at(end));
                    ++end;
                }
                fields.append(value);
                i = end + 1;
            } else {
                qsizetype end = line.indexOf(u' ', i);
                if (end < 0)
                    end = line.size();
                fields.append(line.mid(i, end - i));
                i = end;
            }
        }
        if (fields.first() == u"node") {
            if (fields.size() < 6) {
                *problem = u"short node line: "_s + line;
                return false;
            }
            nodes->append({fields.at(1), QPointF(fields.at(2).toDouble() * 72, fields.at(3).toDouble() * 72),
                           QSizeF(fields.at(4).toDouble() * 72, fields.at(5).toDouble() * 72)});
        } else if (fields.first() == u"edge") {
            ++*edges;
        } else if (fields.first() != u"graph" && fields.first() != u"stop") {
            *problem = u"unexpected line: "_s + line;
            return false;
        }
    }
    return true;
}

GraphLayoutRequest randomGraph(int nodeCount, int edgeCount, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphLayoutRequest request;
    for (int i = 0; i < nodeCount; ++i)
        request.nodes.append(node(u"service-%1"_s.arg(i), 60 + random.bounded(120), 24 + random.bounded(30)));
    for (int i = 0; i < edgeCount; ++i) {
        // Mostly towards higher numbers (a layered system), some back edges make cycles.
        const int from = random.bounded(nodeCount);
        int to = random.bounded(nodeCount);
        if (to == from)
            to = (from + 1) % nodeCount;
        request.edges.append({request.nodes.at(from).id, request.nodes.at(to).id, random.bounded(4) == 0});
    }
    return request;
}

QStringList ids(const GraphLayoutResult &result)
{
    QStringList list;
    for (const GraphLayoutResult::Node &n : result.nodes)
        list.append(n.id);
    return list;
}

} // namespace

class GraphLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainGeometry_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addRow("top to bottom") << Direction::TopToBottom;
        QTest::addRow("bottom to top") << Direction::BottomToTop;
        QTest::addRow("left to right") << Direction::LeftToRight;
        QTest::addRow("right to left") << Direction::RightToLeft;
    }

    void chainGeometry()
    {
        QFETCH(Direction, direction);
        const GraphLayoutRequest request = chain(direction);
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

        // Every node, in request order, with its requested size.
        QCOMPARE(ids(result), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        for (qsizetype i = 0; i < request.nodes.size(); ++i)
            QCOMPARE(result.nodes.at(i).size, request.nodes.at(i).size);

        // The dependent is ranked before its dependency in the requested direction; with Qt's
        // y-down coordinates "top" is the smaller y.
        const QPointF a = result.nodes.at(0).centre;
        const QPointF b = result.nodes.at(1).centre;
        const QPointF c = result.nodes.at(2).centre;
        switch (direction) {
        case Direction::TopToBottom:
            QVERIFY(a.y() < b.y() && b.y() < c.y());
            break;
        case Direction::BottomToTop:
            QVERIFY(a.y() > b.y() && b.y() > c.y());
            break;
        case Direction::LeftToRight:
            QVERIFY(a.x() < b.x() && b.x() < c.x());
            break;
        case Direction::RightToLeft:
            QVERIFY(a.x() > b.x() && b.x() > c.x());
            break;
        }
        // Ranks are apart by the rank separation plus half of each node's extent.
        if (direction == Direction::TopToBottom) {
            QVERIFY(b.y() - a.y() >= 36 + 20 + 15 - 0.5);
            QVERIFY(c.y() - b.y() >= 36 + 15 + 25 - 0.5);
        }

        QCOMPARE(result.edges.size(), 3);
        QCOMPARE(result.edges.at(0).from, u"a"_s);
        QCOMPARE(result.edges.at(0).to, u"b"_s);
        QVERIFY(!result.edges.at(0).soft);
        QCOMPARE(result.edges.at(1).from, u"b"_s);
        QCOMPARE(result.edges.at(1).to, u"c"_s);
        QCOMPARE(result.edges.at(2).from, u"a"_s);
        QCOMPARE(result.edges.at(2).to, u"c"_s);
        QVERIFY(result.edges.at(2).soft);

        const QString problem = checkGeometry(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(result.elapsedMs >= 0);
    }

    // Sizes that are not whole points are rounded by Graphviz; separations are honoured.
    void sizesAndSeparation()
    {
        GraphLayoutRequest request;
        request.nodes = {node(u"x"_s, 100.4, 20.6), node(u"y"_s, 50, 50), node(u"tiny"_s, 0, -3)};
        request.nodeSeparation = 100;
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), 3);
        QCOMPARE(result.nodes.at(0).size, QSizeF(100, 21));
        QCOMPARE(result.nodes.at(1).size, QSizeF(50, 50));
        // A size of zero or less is laid out as the smallest box Graphviz accepts.
        QVERIFY(result.nodes.at(2).size.width() > 0 && result.nodes.at(2).size.width() <= 1);
        QVERIFY(result.nodes.at(2).size.height() > 0 && result.nodes.at(2).size.height() <= 1);
        // No edges: one rank, side by side, at least the node separation apart.
        QCOMPARE(result.nodes.at(0).centre.y(), result.nodes.at(1).centre.y());
        QList<QRectF> rects;
        for (const GraphLayoutResult::Node &n : result.nodes)
            rects.append(rectOf(n));
        std::sort(rects.begin(), rects.end(), [](const QRectF &l, const QRectF &r) { return l.left() < r.left(); });
        for (qsizetype i = 1; i < rects.size(); ++i)
            QVERIFY2(rects.at(i).left() - rects.at(i - 1).right() >= 100 - 0.5, "node separation not honoured");
    }

    // A back edge (a cycle) still runs from its dependent to its dependency, arrow at the latter.
    void cycleEdgesKeepTheirDirection()
    {
        GraphLayoutRequest request;
        request.nodes = {node(u"a"_s, 50, 30), node(u"b"_s, 50, 30), node(u"c"_s, 50, 30)};
        request.edges = {{u"a"_s, u"b"_s, false}, {u"b"_s, u"c"_s, false}, {u"c"_s, u"a"_s, true}};
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.edges.size(), 3);
        const QString problem = checkGeometry(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(result.edges.at(2).from, u"c"_s);
        QCOMPARE(result.edges.at(2).to, u"a"_s);
        // The edge closing the cycle (found depth-first in request order) takes no part in
        // ranking, so the chain a → b → c stays top to bottom and c → a runs upwards.
        QVERIFY(result.nodes.at(0).centre.y() < result.nodes.at(1).centre.y());
        QVERIFY(result.nodes.at(1).centre.y() < result.nodes.at(2).centre.y());
        const QByteArray dot = ic::graphLayoutDot(request);
        QCOMPARE(dot.count("constraint=false"), 1);
        QVERIFY2(dot.contains("\"c\" -> \"a\" [style=dashed, constraint=false]"), dot.constData());
    }

    void selfLoopAndParallelEdges()
    {
        GraphLayoutRequest request;
        request.nodes = {node(u"a"_s, 50, 30), node(u"b"_s, 50, 30)};
        request.edges = {{u"a"_s, u"a"_s, false}, {u"a"_s, u"b"_s, false}, {u"a"_s, u"b"_s, true}};
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.edges.size(), 3);
        for (const GraphLayoutResult::Edge &e : result.edges) {
            QVERIFY(e.points.size() >= 4);
            for (const QPointF &p : e.points)
                QVERIFY(result.boundingRect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(p));
        }
        // Two edges between the same pair get two different curves.
        QVERIFY(result.edges.at(1).points != result.edges.at(2).points);
    }

    void emptyGraph()
    {
        const GraphLayoutResult result = ic::layoutGraph({});
        QVERIFY(result.ok());
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.edges.isEmpty());
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(result.boundingRect.isNull());
        QCOMPARE(result.indexOf(u"a"_s), -1);
    }

    void unknownNodeEdgeIsDropped_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("unknown dependency") << u"a"_s << u"ghost"_s;
        QTest::addRow("unknown dependent") << u"ghost"_s << u"b"_s;
        QTest::addRow("both unknown") << u"ghost"_s << u"spook"_s;
    }

    void unknownNodeEdgeIsDropped()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        GraphLayoutRequest request;
        request.nodes = {node(u"a"_s, 50, 30), node(u"b"_s, 50, 30)};
        request.edges = {{from, to, false}, {u"a"_s, u"b"_s, true}};
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result), (QStringList{u"a"_s, u"b"_s})); // no node made up for the unknown id
        QCOMPARE(result.edges.size(), 1);
        QCOMPARE(result.edges.at(0).from, u"a"_s);
        QCOMPARE(result.edges.at(0).to, u"b"_s);
        QVERIFY(result.edges.at(0).soft);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.at(0).contains(from) && result.warnings.at(0).contains(to),
                 qPrintable(result.warnings.at(0)));
        QVERIFY2(result.warnings.at(0).contains(u"unknown node"_s), qPrintable(result.warnings.at(0)));
        // The DOT text leaves it out too, or `dot` would invent a node.
        QVERIFY(!ic::graphLayoutDot(request).contains("ghost"));
    }

    void edgesWithoutNodesAreReported()
    {
        GraphLayoutRequest request;
        request.edges = {{u"a"_s, u"b"_s, false}};
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY(result.ok());
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.edges.isEmpty());
        QCOMPARE(result.warnings.size(), 1);
    }

    void duplicateNodeIds()
    {
        GraphLayoutRequest request;
        request.nodes = {node(u"a"_s, 50, 30), node(u"b"_s, 60, 40), node(u"a"_s, 200, 200)};
        request.edges = {{u"a"_s, u"b"_s, false}};
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(result.nodes.at(0).size, QSizeF(50, 30)); // the first one wins
        QCOMPARE(result.edges.size(), 1);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.at(0).contains(u"\"a\""_s), qPrintable(result.warnings.at(0)));
        QCOMPARE(result.indexOf(u"b"_s), 1);
        const QString problem = checkGeometry(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Ids are names to Graphviz: characters that mean something in DOT or to cgraph are just text.
    void awkwardIds()
    {
        GraphLayoutRequest request;
        request.nodes = {node(u"%1"_s, 50, 30), node(u"node"_s, 50, 30), node(u"a \"quoted\" \\ id"_s, 50, 30),
                         node(u"Zürich–DB"_s, 50, 30), node(u"component:default/x"_s, 50, 30),
                         node(QString(), 50, 30)};
        for (qsizetype i = 1; i < request.nodes.size(); ++i)
            request.edges.append({request.nodes.at(i - 1).id, request.nodes.at(i).id, false});
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), request.nodes.size());
        QCOMPARE(result.edges.size(), request.edges.size());
        for (qsizetype i = 0; i < request.nodes.size(); ++i)
            QCOMPARE(result.nodes.at(i).id, request.nodes.at(i).id);
        const QString problem = checkGeometry(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A chain top to bottom: every node one rank below the previous one.
        for (qsizetype i = 1; i < result.nodes.size(); ++i)
            QVERIFY(result.nodes.at(i).centre.y() > result.nodes.at(i - 1).centre.y());
    }

    void unknownEngineIsAnError()
    {
        GraphLayoutRequest request = chain();
        request.engine = u"no-such-engine"_s;
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"no-such-engine"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"dot"_s), qPrintable(result.error)); // names the ones there are
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.edges.isEmpty());
        // Graphviz is still usable afterwards.
        const GraphLayoutResult again = ic::layoutGraph(chain());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.nodes.size(), 3);
    }

    void otherEngine()
    {
        GraphLayoutRequest request = chain();
        request.engine = u"neato"_s;
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), 3);
        QCOMPARE(result.edges.size(), 3);
        for (const GraphLayoutResult::Node &n : result.nodes)
            QVERIFY(result.boundingRect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(rectOf(n)));
    }

    // The DOT text, laid out by the real `dot`, gives the same graph and the same positions.
    void dotTextMatchesDotProgram_data()
    {
        QTest::addColumn<GraphLayoutRequest>("request");
        QTest::addRow("chain") << chain();
        QTest::addRow("chain, left to right") << chain(Direction::LeftToRight);
        GraphLayoutRequest awkward;
        awkward.nodes = {node(u"with space"_s, 70, 30), node(u"q\"uote"_s, 40, 40), node(u"Zürich"_s, 55, 25),
                         node(u"back\\slash"_s, 30, 30), node(u"with space"_s, 10, 10)};
        awkward.nodes[0].label = u"Line one\nline \"two\""_s;
        awkward.edges = {{u"with space"_s, u"q\"uote"_s, false}, {u"q\"uote"_s, u"Zürich"_s, true},
                         {u"Zürich"_s, u"with space"_s, false}, {u"back\\slash"_s, u"Zürich"_s, false},
                         {u"back\\slash"_s, u"missing"_s, false}};
        awkward.positionEffort = 0.5;
        awkward.nodeSeparation = 30;
        awkward.rankSeparation = 50;
        QTest::addRow("awkward ids, duplicates, unknown edge end") << awkward;
        QTest::addRow("random 60") << randomGraph(60, 90, 7);
        // What the graph view asks for large graphs: both efforts capped.
        GraphLayoutRequest capped = randomGraph(120, 220, 9);
        capped.positionEffort = 0.2;
        capped.orderingEffort = 0.1;
        QTest::addRow("random 120, capped effort") << capped;
    }

    void dotTextMatchesDotProgram()
    {
        QFETCH(GraphLayoutRequest, request);
        const QString dotProgram = QStandardPaths::findExecutable(u"dot"_s);
        if (dotProgram.isEmpty())
            QSKIP("Graphviz's dot program is not installed");

        const QByteArray dot = ic::graphLayoutDot(request);
        QProcess process;
        process.start(dotProgram, {u"-Tplain"_s});
        QVERIFY(process.waitForStarted(10000));
        process.write(dot);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 (errors + "\n" + dot).constData());
        QVERIFY2(errors.isEmpty(), errors.constData());

        QList<PlainNode> plainNodes;
        int plainEdges = 0;
        QString problem;
        QVERIFY2(parsePlain(process.readAllStandardOutput(), &plainNodes, &plainEdges, &problem), qPrintable(problem));

        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(plainNodes.size(), result.nodes.size());
        QCOMPARE(plainEdges, result.edges.size());
        // Same attributes, same graph, same order: the same layout, up to dot's rounding of the
        // plain output to hundredths of an inch (and its y pointing up).
        for (qsizetype i = 0; i < result.nodes.size(); ++i) {
            const PlainNode &p = plainNodes.at(i);
            const GraphLayoutResult::Node &n = result.nodes.at(i);
            QCOMPARE(p.name, n.id);
            QVERIFY2(std::abs(p.size.width() - n.size.width()) < 1 && std::abs(p.size.height() - n.size.height()) < 1,
                     qPrintable(n.id));
            QVERIFY2(std::abs(p.centre.x() - n.centre.x()) < 1 && std::abs(p.centre.y() + n.centre.y()) < 1,
                     qPrintable(u"%1: dot says %2, in process %3"_s.arg(n.id, pointText(p.centre),
                                                                        pointText(n.centre))));
        }
    }

    // orderingEffort is Graphviz's mclimit: in the DOT text (dotTextMatchesDotProgram lays a
    // capped request out both ways) and in process, where it changes the crossing minimisation.
    void orderingEffort()
    {
        GraphLayoutRequest request = randomGraph(120, 220, 9);
        QVERIFY(!ic::graphLayoutDot(request).contains("mclimit"));
        const GraphLayoutResult full = ic::layoutGraph(request);
        QVERIFY2(full.ok(), qPrintable(full.error));

        request.orderingEffort = 0.1;
        const QByteArray dot = ic::graphLayoutDot(request);
        QVERIFY2(dot.contains("graph [rankdir=TB, nodesep=0.25, ranksep=0.5, mclimit=0.1];"), dot.left(300).constData());
        const GraphLayoutResult capped = ic::layoutGraph(request);
        const QString problem = checkGeometry(capped);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(capped.nodes.size(), 120);
        QCOMPARE(capped.edges.size(), 220);
        QCOMPARE(ids(capped), ids(full));
        // Fewer ordering passes on a graph with hundreds of crossings: another order in some rank.
        bool moved = false;
        for (qsizetype i = 0; i < full.nodes.size() && !moved; ++i)
            moved = full.nodes.at(i).centre != capped.nodes.at(i).centre;
        QVERIFY(moved);
    }

    void largeGraph_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("300 nodes, sparse") << 300 << 400 << 1u;
        QTest::addRow("300 nodes, denser") << 300 << 500 << 2u;
    }

    void largeGraph()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(quint32, seed);
        GraphLayoutRequest request = randomGraph(nodes, edges, seed);
        request.positionEffort = 1;
        const GraphLayoutResult result = ic::layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), nodes);
        QCOMPARE(result.edges.size(), edges);
        for (qsizetype i = 0; i < result.nodes.size(); ++i) {
            QCOMPARE(result.nodes.at(i).id, request.nodes.at(i).id);
            QCOMPARE(result.nodes.at(i).size, request.nodes.at(i).size);
        }
        const QRectF slack = result.boundingRect.adjusted(-0.01, -0.01, 0.01, 0.01);
        for (const GraphLayoutResult::Edge &e : result.edges) {
            QVERIFY2(e.points.size() >= 4, qPrintable(e.from + u" -> "_s + e.to));
            for (const QPointF &p : e.points)
                QVERIFY(slack.contains(p));
        }
        qInfo("%d nodes, %d edges: %lld ms in Graphviz", nodes, edges, result.elapsedMs);
    }

    // ---- worker and client on a real thread ------------------------------------------------

    void workerDeliversOnlyTheNewest()
    {
        QThread thread;
        auto *worker = new GraphLayoutWorker;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        std::atomic<int> layoutsRun{0};
        connect(worker, &GraphLayoutWorker::finished, worker, [&layoutsRun] { ++layoutsRun; }, Qt::DirectConnection);
        thread.start();
        // Declared before the guard: a failing check must not leave the worker blocked.
        QSemaphore entered, release;
        bool released = false;
        auto stop = qScopeGuard([&] {
            if (!released)
                release.release();
            thread.quit();
            thread.wait();
        });

        GraphLayoutClient client(worker);
        QSignalSpy laidOut(&client, &GraphLayoutClient::laidOut);
        QVERIFY(!client.isPending());
        QCOMPARE(client.generation(), quint64(0));

        // Keep the worker thread busy so that every request arrives while it cannot run: if
        // request() waited for the worker, this test would hang here instead of going on.
        QMetaObject::invokeMethod(worker, [&entered, &release] {
            entered.release();
            release.acquire();
        }, Qt::QueuedConnection);
        QVERIFY(entered.tryAcquire(1, 10000));

        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= 4; ++i) {
            GraphLayoutRequest request = randomGraph(200, 300, quint32(i));
            request.nodes.append(node(u"request-%1"_s.arg(i), 40, 20));
            QCOMPARE(client.request(request), quint64(i));
            QVERIFY(client.isPending());
        }
        QVERIFY2(timer.elapsed() < 1000, "request() must not wait for a layout");
        QCOMPARE(laidOut.count(), 0);
        QCOMPARE(client.generation(), quint64(4));
        release.release();
        released = true;

        QVERIFY(laidOut.wait(60000));
        // Give any further (stale) result the chance to arrive: there must be none.
        QTest::qWait(200);
        QCOMPARE(laidOut.count(), 1);
        const auto result = laidOut.at(0).at(0).value<GraphLayoutResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), 201);
        QCOMPARE(result.nodes.last().id, u"request-4"_s);
        QVERIFY(!client.isPending());
        // Requests that piled up were replaced, not laid out one after another.
        QCOMPARE(layoutsRun.load(), 1);
    }

    // A result that is computed but arrives after a newer request has been made is dropped.
    void staleResultIsDropped()
    {
        QThread thread;
        auto *worker = new GraphLayoutWorker;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSemaphore workerFinished;
        connect(worker, &GraphLayoutWorker::finished, worker, [&workerFinished] { workerFinished.release(); },
                Qt::DirectConnection);
        thread.start();
        auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });

        GraphLayoutClient client(worker);
        QSignalSpy laidOut(&client, &GraphLayoutClient::laidOut);

        GraphLayoutRequest first = chain();
        QCOMPARE(client.request(first), quint64(1));
        // Wait (without running this thread's event loop) until the worker has emitted the first
        // result: it is now queued to this thread, behind the newer request made next.
        QVERIFY(workerFinished.tryAcquire(1, 30000));
        GraphLayoutRequest second = chain();
        second.nodes.append(node(u"d"_s, 30, 30));
        second.edges.append({u"c"_s, u"d"_s, false});
        QCOMPARE(client.request(second), quint64(2));
        QVERIFY(client.isPending());

        QVERIFY(laidOut.wait(30000));
        QTest::qWait(100);
        QCOMPARE(laidOut.count(), 1);
        const auto result = laidOut.at(0).at(0).value<GraphLayoutResult>();
        QCOMPARE(ids(result), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QVERIFY(!client.isPending());

        // And the next request is delivered again.
        QCOMPARE(client.request(first), quint64(3));
        QVERIFY(laidOut.wait(30000));
        QCOMPARE(laidOut.count(), 2);
        QCOMPARE(ids(laidOut.at(1).at(0).value<GraphLayoutResult>()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    // Layouts from several threads at once are serialised, not corrupted.
    void concurrentCallsAreSerialised()
    {
        QList<QThread *> threads;
        QList<GraphLayoutResult> results(4);
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&results, i] {
                results[i] = ic::layoutGraph(randomGraph(80, 120, quint32(100 + i)));
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(results.at(i).ok(), qPrintable(results.at(i).error));
            QCOMPARE(results.at(i).nodes.size(), 80);
            const GraphLayoutResult alone = ic::layoutGraph(randomGraph(80, 120, quint32(100 + i)));
            QCOMPARE(results.at(i).nodes.size(), alone.nodes.size());
            for (qsizetype n = 0; n < alone.nodes.size(); ++n)
                QCOMPARE(results.at(i).nodes.at(n).centre, alone.nodes.at(n).centre);
        }
    }
};

QTEST_GUILESS_MAIN(GraphLayoutTest)
#include "tst_graphlayout.moc"
