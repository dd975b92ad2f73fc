// The benchmark of issue 3 (service catalog and dependency graph); docs/performance.md describes
// every figure. Not a test: scripts/bench runs it on a Release build; ctest runs only `--smoke`,
// a tiny run that keeps this code working. Output format: BenchReport.h.
//
// Figures:
//   layout  layoutGraph() of a generated 2,000-service, 6,000-dependency graph against the
//           `dot -Tplain` command on the same graph (the DOT text of graphLayoutDot()).
//   blast   blastRadius() over a generated 10,000-service, ~30,000-dependency catalog.
//   frame   (not here yet) frame time when 500 nodes change colour at once: it measures the graph
//           view, so it is added together with widgets/ServiceGraphView — see figureFrame() below.

#include "GraphAlgorithms.h"
#include "GraphLayout.h"
#include "ServiceCatalog.h"
#include "ServiceGraphModel.h"

#include "BenchReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace bench;

namespace {

struct Sizes {
    int layoutServices;      // figure layout
    int layoutDependencies;
    int layoutRounds;
    int blastServices;       // figure blast
    int blastDependencies;
    int blastRuns;
};

constexpr Sizes FullSizes{2000, 6000, 3, 10000, 30000, 2000};
constexpr Sizes SmokeSizes{60, 180, 1, 500, 1500, 20};

struct Context {
    Sizes sizes;
    QString dir;
    QString dot; // the Graphviz command
};

// --- A believable generated catalog ----------------------------------------------------------

// Layers from the edge of the company down to the platform, with the share of services in each.
// Dependencies point downwards (a service depends on services below it), so the graph is a DAG
// with the layered shape real service graphs have.
struct Layer {
    const char *role;
    double share;
};
constexpr Layer Layers[] = {
    {"edge", 0.04},    {"web", 0.08},   {"gateway", 0.08}, {"api", 0.25},
    {"worker", 0.25},  {"store", 0.18}, {"platform", 0.12},
};
constexpr int LayerCount = int(std::size(Layers));

const char *const Domains[] = {"orders",   "payments", "search",  "catalog",  "auth",      "inventory",
                               "shipping", "billing",  "pricing", "accounts", "reviews",   "media",
                               "fraud",    "loyalty",  "returns", "tax",      "marketing", "support"};

// Picks an index with probability proportional to its weight (cumulative weights, binary search).
class WeightedPick
{
public:
    explicit WeightedPick(const std::vector<double> &weights)
    {
        double sum = 0;
        m_cumulative.reserve(weights.size());
        for (const double w : weights)
            m_cumulative.push_back(sum += w);
    }
    int pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

// `services` services with exactly `dependencies` distinct dependencies, the same for a seed.
// Every service above the bottom layer depends on something and everything below the top layer
// is depended on. Fan-out is heavy-tailed (a few gateways and aggregators depend on dozens of
// services, most services on two to four); fan-in follows a Zipf law within each layer (a few
// hubs such as the auth service and the main database, many services with one or two
// dependents). 65 % of the edges go to the next layer down, 25 % two layers down, the rest
// further; one in five is soft. Tiers from the layer (edge and platform critical), startup times
// of 10 s to 5 min, RTOs of 5 min to 8 h.
QList<ic::Service> generateCatalog(int services, int dependencies, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<std::vector<int>> members(LayerCount);
    std::vector<int> layerOf;
    QList<ic::Service> catalog;
    catalog.reserve(services);
    double share = 0;
    for (int layer = 0; layer < LayerCount; ++layer) {
        share += Layers[layer].share;
        const int end = layer == LayerCount - 1 ? services : std::max(int(std::lround(share * services)), int(catalog.size()) + 1);
        while (catalog.size() < end) {
            const int i = int(catalog.size());
            const QString domain = QString::fromLatin1(Domains[random.bounded(int(std::size(Domains)))]);
            const QString role = QString::fromLatin1(Layers[layer].role);
            ic::Service s;
            s.id = u"%1-%2-%3"_s.arg(domain, role).arg(i, 5, 10, QChar(u'0'));
            s.name = u"%1 %2 %3"_s.arg(domain.at(0).toUpper() + domain.mid(1), role).arg(i);
            s.kind = u"service"_s;
            static constexpr int TierByLayer[LayerCount] = {0, 1, 0, 1, 2, 1, 0};
            s.tier = std::min(3, TierByLayer[layer] + (random.bounded(4) == 0 ? 1 : 0));
            s.rtoMs = qint64(5 + random.bounded(96) * 5) * 60'000;
            s.startupMs = qint64(10 + random.bounded(290)) * 1000;
            s.owner = domain;
            catalog.append(std::move(s));
            members[size_t(layer)].push_back(i);
            layerOf.push_back(layer);
        }
    }

    // Zipf weights within each layer, by a random rank so that the hubs are spread over domains.
    std::vector<WeightedPick> targetPick;
    for (int layer = 0; layer < LayerCount; ++layer) {
        std::vector<double> weights(members[size_t(layer)].size());
        for (size_t r = 0; r < weights.size(); ++r)
            weights[r] = 1.0 / std::pow(double(r + 1), 0.9);
        std::shuffle(weights.begin(), weights.end(), random);
        targetPick.emplace_back(weights);
    }
    // Heavy-tailed appetite for dependencies among the services that can have some.
    std::vector<int> dependents;
    std::vector<double> appetite;
    for (int i = 0; i < services; ++i) {
        if (layerOf[size_t(i)] < LayerCount - 1) {
            dependents.push_back(i);
            appetite.push_back(1.0 / std::pow(1.0 - random.generateDouble() * 0.98, 0.8));
        }
    }
    const WeightedPick sourcePick(appetite);

    std::vector<QSet<int>> edges;
    edges.resize(size_t(services));
    int count = 0;
    auto add = [&](int from, int to) {
        if (from == to || edges[size_t(from)].contains(to))
            return false;
        edges[size_t(from)].insert(to);
        catalog[from].dependsOn.append({catalog.at(to).id, random.bounded(5) == 0, {}});
        ++count;
        return true;
    };
    auto targetLayer = [&](int from) {
        const int below = LayerCount - 1 - layerOf[size_t(from)];
        const int r = random.bounded(100);
        const int step = r < 65 || below == 1 ? 1 : (r < 90 || below == 2 ? 2 : 3 + random.bounded(below - 2));
        return layerOf[size_t(from)] + step;
    };
    auto pickTarget = [&](int from) {
        const int layer = targetLayer(from);
        return members[size_t(layer)][size_t(targetPick[size_t(layer)].pick(random))];
    };
    for (const int from : dependents) {
        while (!add(from, pickTarget(from))) {
        }
    }
    std::vector<char> used(size_t(services), 0);
    for (const QSet<int> &targets : edges) {
        for (const int to : targets)
            used[size_t(to)] = 1;
    }
    for (int layer = 1; layer < LayerCount; ++layer) {
        const std::vector<int> &above = members[size_t(layer - 1)];
        for (const int to : members[size_t(layer)]) {
            // Nothing uses it yet: someone in the layer above does.
            if (!used[size_t(to)])
                add(above[size_t(random.bounded(int(above.size())))], to);
        }
    }
    if (count > dependencies)
        throw BenchError(u"%1 services need at least %2 dependencies"_s.arg(services).arg(count));
    while (count < dependencies) {
        const int from = dependents[size_t(sourcePick.pick(random))];
        add(from, pickTarget(from));
    }
    return catalog;
}

// --- Figure layout: layoutGraph() against `dot -Tplain` ---------------------------------------

// What the graph view asks of the layout for the whole catalog, unfiltered: the request
// ServiceGraphView::relayout() builds. One node per service at the size the view draws it, one
// edge per dependency (soft ones dashed), and the view's options: top to bottom, nodesep 22 pt,
// ranksep 46 pt, and for more than 500 nodes positionEffort 0.2 (Graphviz's nslimit). The sizes
// mirror ServiceGraphStyle::nodeSize() with the default font (Sans 9 pt, measured: 46 pt high;
// "Orders API" 124 pt, 18 characters 186 pt, 24 characters 225 pt wide; 120 to 250 pt) without
// linking the widgets. Keep this in step with the view: docs/performance.md quotes it.
ic::GraphLayoutRequest consoleRequest(const ic::ServiceCatalog &catalog)
{
    const ic::VisibleServiceGraph graph = ic::visibleServiceGraph(catalog, {});
    ic::GraphLayoutRequest request;
    request.nodes.reserve(graph.nodes.size());
    for (const ic::VisibleServiceGraph::Node &node : graph.nodes) {
        const double width = std::clamp(57 + 6.9 * double(node.label.size()), 120.0, 250.0);
        request.nodes.append({node.id, node.label, QSizeF(std::ceil(width), 46)});
    }
    request.edges.reserve(graph.edges.size());
    for (const ic::VisibleServiceGraph::Edge &edge : graph.edges)
        request.edges.append({edge.from, edge.to, edge.soft});
    request.direction = ic::GraphLayoutRequest::Direction::TopToBottom;
    request.nodeSeparation = 22;
    request.rankSeparation = 46;
    if (request.nodes.size() > 500)
        request.positionEffort = 0.2;
    return request;
}

// CPU time (user + system) in ms, of this process or of its waited-for children. Less sensitive
// than wall time to other programs on a busy machine, so printed alongside.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
        + (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

struct DotRun {
    double ms = 0;
    double cpuMs = 0;
    QSizeF size; // of the whole drawing, points
    int nodes = 0;
    int edges = 0;
    QHash<QByteArray, QPointF> centres; // y up, as dot writes it
};

// Runs `dot -Tplain -o OUT IN` and times the whole command, as a user's shell would run it.
DotRun runDot(const Context &ctx, const QString &in, const QString &out)
{
    QFile::remove(out);
    QProcess process;
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(ctx.dot, {u"-Tplain"_s, u"-o"_s, out, in});
    if (!process.waitForStarted(30'000))
        throw BenchError(u"cannot start %1: %2"_s.arg(ctx.dot, process.errorString()));
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw BenchError(u"%1 failed: %2"_s.arg(ctx.dot, QString::fromLocal8Bit(process.readAllStandardError())));
    DotRun run;
    run.ms = milliseconds(timer);
    run.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;

    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError(u"%1: cannot read: %2"_s.arg(out, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.startsWith("graph ")) {
            const QList<QByteArray> fields = line.trimmed().split(' ');
            run.size = QSizeF(fields.value(2).toDouble() * 72, fields.value(3).toDouble() * 72);
        } else if (line.startsWith("node ")) {
            ++run.nodes;
            // node NAME X Y …; our generated ids need quotes (they contain '-') but no escapes.
            const QList<QByteArray> fields = line.trimmed().split(' ');
            QByteArray name = fields.value(1);
            if (name.startsWith('"'))
                name = name.mid(1, name.size() - 2);
            run.centres.insert(name, QPointF(fields.value(2).toDouble() * 72, fields.value(3).toDouble() * 72));
        } else if (line.startsWith("edge ")) {
            ++run.edges;
        }
    }
    file.close();
    QFile::remove(out);
    return run;
}

// The console's way of laying out: GraphLayoutWorker on a dedicated thread (Graphviz is not
// thread-safe, and the GUI thread never waits), GraphLayoutClient on this one.
class LayoutThread
{
public:
    LayoutThread()
        : m_worker(new ic::GraphLayoutWorker)
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        m_client = std::make_unique<ic::GraphLayoutClient>(m_worker);
    }
    ~LayoutThread()
    {
        m_client.reset();
        m_thread.quit();
        m_thread.wait();
    }

    // Timed from the request to the result arriving here: what the view waits for.
    ic::GraphLayoutResult layOut(const ic::GraphLayoutRequest &request)
    {
        ic::GraphLayoutResult result;
        QEventLoop loop;
        const QMetaObject::Connection done =
            QObject::connect(m_client.get(), &ic::GraphLayoutClient::laidOut, &loop, [&](const ic::GraphLayoutResult &r) {
                result = r;
                loop.quit();
            });
        m_client->request(request);
        loop.exec();
        QObject::disconnect(done);
        return result;
    }

private:
    QThread m_thread;
    ic::GraphLayoutWorker *m_worker;
    std::unique_ptr<ic::GraphLayoutClient> m_client;
};

void figureLayout(const Context &ctx)
{
    const ic::ServiceCatalog catalog(generateCatalog(ctx.sizes.layoutServices, ctx.sizes.layoutDependencies, 3));
    const ic::GraphLayoutRequest request = consoleRequest(catalog);
    if (request.nodes.size() != ctx.sizes.layoutServices || request.edges.size() != ctx.sizes.layoutDependencies)
        throw BenchError(u"the generated graph has %1 nodes and %2 edges"_s.arg(request.nodes.size()).arg(request.edges.size()));
    const qsizetype soft = std::count_if(request.edges.cbegin(), request.edges.cend(),
                                         [](const ic::GraphLayoutRequest::Edge &e) { return e.soft; });
    progress(u"layout: %1 services, %2 dependencies (%3 soft), nodesep %4 pt, ranksep %5 pt, nslimit %6"_s
                 .arg(request.nodes.size())
                 .arg(request.edges.size())
                 .arg(soft)
                 .arg(request.nodeSeparation)
                 .arg(request.rankSeparation)
                 .arg(request.positionEffort ? QString::number(*request.positionEffort) : u"unset"_s));

    // The same graph, the same attributes, as the DOT text the dot command reads.
    const QString in = QDir(ctx.dir).filePath(u"graph.dot"_s);
    const QString out = QDir(ctx.dir).filePath(u"graph.plain"_s);
    {
        QFile file(in);
        if (!file.open(QIODevice::WriteOnly) || file.write(ic::graphLayoutDot(request)) < 0)
            throw BenchError(u"%1: cannot write: %2"_s.arg(in, file.errorString()));
    }

    // As in the console: a GraphLayoutWorker on its own thread, requests through a
    // GraphLayoutClient, the result back through a queued signal.
    LayoutThread layouts;
    // The console creates its one Graphviz context (and loads the plugins) once per process, at
    // the first layout; the dot command pays that on every run.
    ic::GraphLayoutRequest tiny;
    tiny.nodes = {{u"a"_s, {}, QSizeF(120, 46)}, {u"b"_s, {}, QSizeF(120, 46)}};
    tiny.edges = {{u"a"_s, u"b"_s, false}};
    if (!layouts.layOut(tiny).ok())
        throw BenchError(u"Graphviz does not lay out a two-node graph"_s);

    QList<double> ours, theirs, oursCpu, theirsCpu;
    for (int round = 0; round < ctx.sizes.layoutRounds; ++round) {
        // Alternate who goes first, so that neither always runs on a warmer machine.
        DotRun dot;
        if (round % 2)
            dot = runDot(ctx, in, out);
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        const ic::GraphLayoutResult result = layouts.layOut(request);
        const double ms = milliseconds(timer);
        const double cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
        if (round % 2 == 0)
            dot = runDot(ctx, in, out);

        if (!result.ok())
            throw BenchError(u"layoutGraph failed: %1"_s.arg(result.error));
        if (result.nodes.size() != request.nodes.size() || result.edges.size() != request.edges.size())
            throw BenchError(u"layoutGraph laid out %1 nodes and %2 edges"_s.arg(result.nodes.size()).arg(result.edges.size()));
        if (dot.nodes != request.nodes.size() || dot.edges != request.edges.size())
            throw BenchError(u"dot laid out %1 nodes and %2 edges"_s.arg(dot.nodes).arg(dot.edges));
        ours.append(ms);
        theirs.append(dot.ms);
        // Same input, same library: the same drawing, up to the plain format's rounding (five
        // significant digits of inches: 3.6 pt at 1,600 inches). Checked, so that the comparison
        // stays one of equal work; a different layout moves nodes by whole node widths.
        double deviation = 0;
        bool same = true;
        for (const ic::GraphLayoutResult::Node &node : result.nodes) {
            const QPointF theirs = dot.centres.value(node.id.toUtf8(), QPointF(qInf(), qInf()));
            const QPointF mine(node.centre.x(), -node.centre.y());
            const double dx = std::abs(theirs.x() - mine.x()), dy = std::abs(theirs.y() - mine.y());
            deviation = std::max({deviation, dx, dy});
            same = same && dx <= 1 + 1e-4 * std::abs(mine.x()) && dy <= 1 + 1e-4 * std::abs(mine.y());
        }
        progress(u"  round %1: layoutGraph %2 ms (CPU %3 ms), dot -Tplain %4 ms (CPU %5 ms); drawing %6 × %7 pt, "
                 u"node centres differ by at most %8 pt"_s.arg(round + 1)
                     .arg(number(ms))
                     .arg(number(cpu))
                     .arg(number(dot.ms))
                     .arg(number(dot.cpuMs))
                     .arg(qRound(dot.size.width()))
                     .arg(qRound(dot.size.height()))
                     .arg(number(deviation)));
        oursCpu.append(cpu);
        theirsCpu.append(dot.cpuMs);
        if (!same)
            throw BenchError(u"layoutGraph and dot -Tplain laid out different drawings: not a fair comparison"_s);
    }
    progress(u"  CPU time medians: layoutGraph %1 ms, dot -Tplain %2 ms (ratio %3)"_s.arg(number(median(oursCpu)))
                 .arg(number(median(theirsCpu)))
                 .arg(QString::number(median(oursCpu) / median(theirsCpu), 'f', 2)));
    const double o = median(ours), b = median(theirs);
    report({u"graph_layout"_s, o, u"ms"_s, b, {}, u"ratio ≤ 1.0"_s, o / b <= 1.0});
}

// --- Figure blast: blastRadius() over 10,000 services -----------------------------------------

void figureBlastRadius(const Context &ctx)
{
    const ic::ServiceCatalog catalog(generateCatalog(ctx.sizes.blastServices, ctx.sizes.blastDependencies, 7));
    qsizetype edges = 0;
    for (const auto &list : catalog.dependents())
        edges += list.size();

    // The worst single failure: the service with the largest blast radius (a platform hub that
    // most of the company depends on, directly or not).
    QString worst;
    qsizetype worstSize = -1;
    for (const ic::Service &service : catalog.services()) {
        if (catalog.dependents().at(catalog.indexOf(service.id)).size() < 20)
            continue;
        const ic::BlastRadius radius = ic::blastRadius(catalog, {service.id});
        if (radius.hard.size() + radius.soft.size() > worstSize) {
            worstSize = radius.hard.size() + radius.soft.size();
            worst = service.id;
        }
    }
    if (worst.isEmpty())
        throw BenchError(u"the generated catalog has no hub"_s);

    // Typical incidents: one to three failed services, picked from the lower layers.
    QRandomGenerator random(11);
    QList<QStringList> typical;
    for (int i = 0; i < ctx.sizes.blastRuns; ++i) {
        QStringList failed;
        const int n = 1 + random.bounded(3);
        for (int k = 0; k < n; ++k)
            failed.append(catalog.services().at(catalog.size() / 2 + random.bounded(int(catalog.size() / 2))).id);
        typical.append(failed);
    }

    qsizetype checksum = 0; // keeps the results alive
    QList<double> worstMs, typicalMs;
    qsizetype typicalAffected = 0;
    for (int i = 0; i < ctx.sizes.blastRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ic::BlastRadius radius = ic::blastRadius(catalog, {worst});
        worstMs.append(milliseconds(timer));
        checksum += radius.hard.size() + radius.soft.size();

        timer.restart();
        const ic::BlastRadius some = ic::blastRadius(catalog, typical.at(i));
        typicalMs.append(milliseconds(timer));
        checksum += some.hard.size() + some.soft.size();
        typicalAffected += some.hard.size() + some.soft.size();
    }
    // A site outage: every service of the platform layer (the bottom 12 %) failed at once.
    QStringList platform;
    for (const ic::Service &service : catalog.services()) {
        if (service.id.contains(u"-platform-"_s))
            platform.append(service.id);
    }
    QList<double> outageMs;
    qsizetype outageAffected = 0;
    for (int i = 0; i < std::max(5, ctx.sizes.blastRuns / 20); ++i) {
        QElapsedTimer timer;
        timer.start();
        const ic::BlastRadius radius = ic::blastRadius(catalog, platform);
        outageMs.append(milliseconds(timer));
        outageAffected = radius.hard.size() + radius.soft.size();
        checksum += outageAffected;
    }

    std::sort(worstMs.begin(), worstMs.end());
    std::sort(typicalMs.begin(), typicalMs.end());
    const auto percentile = [](const QList<double> &sorted, double p) {
        return sorted.at(std::min(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    };
    progress(u"blast radius: %1 services, %2 dependencies; worst single failure %3 affects %4 (checksum %5)"_s
                 .arg(catalog.size())
                 .arg(edges)
                 .arg(worst)
                 .arg(worstSize)
                 .arg(checksum));
    progress(u"  worst case, %1 runs: median %2 ms, 99th percentile %3 ms, max %4 ms"_s.arg(worstMs.size())
                 .arg(QString::number(median(worstMs), 'f', 3))
                 .arg(QString::number(percentile(worstMs, 0.99), 'f', 3))
                 .arg(QString::number(worstMs.last(), 'f', 3)));
    progress(u"  typical (1-3 failures, %1 affected on average), %2 runs: median %3 ms, 99th percentile %4 ms"_s
                 .arg(number(double(typicalAffected) / typical.size()))
                 .arg(typicalMs.size())
                 .arg(QString::number(median(typicalMs), 'f', 3))
                 .arg(QString::number(percentile(typicalMs, 0.99), 'f', 3)));
    progress(u"  site outage (all %1 platform services failed, %2 affected), %3 runs: median %4 ms"_s
                 .arg(platform.size())
                 .arg(outageAffected)
                 .arg(outageMs.size())
                 .arg(QString::number(median(outageMs), 'f', 3)));
    const double m = median(worstMs);
    report({u"blast_radius"_s, m, u"ms"_s, {}, 1, u"< 1 ms"_s, m < 1});
}

// --- Figure frame: recolouring 500 nodes (hook) ----------------------------------------------
//
// "Frame time when 500 nodes change colour at once" measures widgets/ServiceGraphView, which
// this file cannot link yet (it uses icmodels only, with a QCoreApplication). To add it:
//   - link icwidgets in tests/bench/CMakeLists.txt and make main() create a QApplication
//     (the smoke test runs with QT_QPA_PLATFORM=offscreen; scripts/bench has no display either,
//     so use offscreen or xvfb-run there — offscreen paints with the raster engine, as a frame
//     time should be measured); consoleRequest() can then take its sizes from the real
//     ServiceGraphStyle instead of mirroring them;
//   - write figureFrame(const Context &): a view over the generated 2,000-service catalog,
//     shown and laid out, then ServiceGraphModel::setHealth() with 500 updates at once and the
//     time until the next frame is painted, median of several rounds;
//     report({u"frame_recolour"_s, ms, u"ms"_s, {}, <goal>, ...});
//   - add "frame" to AllFigures below and to `graph_figures` in scripts/bench, a line to
//     `expected_graph` in check_smoke.cmake, and the figure to docs/performance.md (its table
//     has a row waiting for it).

const QStringList AllFigures = {u"layout"_s, u"blast"_s};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_graph"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the service graph (docs/performance.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption smoke(u"smoke"_s, u"Tiny sizes: checks that every figure runs, measures nothing."_s);
    const QCommandLineOption work(u"work"_s, u"Folder for the scratch files (default: the current one)."_s,
                                  u"dir"_s, QDir::currentPath());
    const QCommandLineOption dot(u"dot"_s, u"The Graphviz dot command to compare with."_s, u"path"_s, u"dot"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the scratch folder (graph.dot, to profile with)."_s);
    const QCommandLineOption only(u"only"_s, u"Run only these figures: %1."_s.arg(AllFigures.join(u", "_s)),
                                  u"list"_s);
    parser.addOptions({smoke, work, dot, keep, only});
    parser.process(app);

    Context ctx;
    ctx.sizes = parser.isSet(smoke) ? SmokeSizes : FullSizes;
    const QStringList figures = parser.isSet(only) ? parser.value(only).split(u',', Qt::SkipEmptyParts) : AllFigures;
    for (const QString &figure : figures) {
        if (!AllFigures.contains(figure)) {
            std::fprintf(stderr, "bench: unknown figure '%s' (expected %s)\n", qPrintable(figure),
                         qPrintable(AllFigures.join(u", "_s)));
            return 2;
        }
    }
    if (figures.contains(u"layout"_s)) {
        ctx.dot = QStandardPaths::findExecutable(parser.value(dot));
        if (ctx.dot.isEmpty() && QFileInfo(parser.value(dot)).isExecutable())
            ctx.dot = parser.value(dot);
        if (ctx.dot.isEmpty()) {
            std::fprintf(stderr, "bench: needs Graphviz's %s (scripts/setup installs it)\n", qPrintable(parser.value(dot)));
            return 1;
        }
    }
    QTemporaryDir dir(QDir(parser.value(work)).absoluteFilePath(u"bench-XXXXXX"_s));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench: cannot create a folder in %s: %s\n", qPrintable(parser.value(work)),
                     qPrintable(dir.errorString()));
        return 1;
    }
    dir.setAutoRemove(!parser.isSet(keep));
    ctx.dir = dir.path();
    if (parser.isSet(keep))
        progress(u"scratch folder: %1"_s.arg(ctx.dir));

    reportLoad();
    try {
        if (figures.contains(u"layout"_s))
            figureLayout(ctx);
        if (figures.contains(u"blast"_s))
            figureBlastRadius(ctx);
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench: error: %s\n", e.what());
        return 1;
    }
    reportLoad();
    reportVerdicts(parser.isSet(smoke));
    return 0;
}
