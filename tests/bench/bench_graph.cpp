// The benchmark of issue 3 (service catalog and dependency graph); docs/performance.md describes
// every figure. Not a test: scripts/bench runs it on a Release build; ctest runs only `--smoke`,
// a tiny run that keeps this code working. Output format: BenchReport.h. It shows widgets: run it
// with QT_QPA_PLATFORM=offscreen (scripts/bench and the smoke test do).
//
// Figures:
//   layout    layoutGraph() of a generated 2,000-service, 6,000-dependency graph, with the request
//             the graph view makes (ServiceGraphView::layoutRequest()), against the `dot -Tplain`
//             command on the same graph (the DOT text of graphLayoutDot()); CPU time per round.
//   blast     blastRadius() over a generated 10,000-service, ~30,000-dependency catalog.
//   recolour  the graph panel over the 2,000-service catalog: from ServiceGraphModel::setHealth()
//             with 500 changes until the view's next frame is painted.

#include "GraphAlgorithms.h"
#include "GraphLayout.h"
#include "ServiceCatalog.h"
#include "ServiceGraphItems.h"
#include "ServiceGraphModel.h"
#include "ServiceGraphPanel.h"
#include "ServiceGraphView.h"

#include "BenchReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QKeyEvent>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <pthread.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
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
    int recolourServices;    // figure recolour
    int recolourDependencies;
    int recolourUpdates;
    int recolourRounds;      // per zoom
};

constexpr Sizes FullSizes{2000, 6000, 5, 10000, 30000, 2000, 2000, 6000, 500, 20};
constexpr Sizes SmokeSizes{60, 180, 1, 500, 1500, 20, 60, 180, 15, 2};

struct Context {
    Sizes sizes;
    QString dir;
    QString dot; // the Graphviz command
    // --ordering-effort: replaces the view's orderingEffort (mclimit) in the layout figure.
    bool overrideOrderingEffort = false;
    std::optional<double> orderingEffort;
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

// What the graph view asks of the layout for the whole catalog, unfiltered: the request of
// ServiceGraphView::relayout(), made by the same function with the style a view has for the
// application's font. Context::orderingEffort, when given, overrides the view's mclimit on both
// sides (to compare with and without it).
ic::GraphLayoutRequest consoleRequest(const ic::ServiceCatalog &catalog, const Context &ctx)
{
    const ic::ServiceGraphView probe; // the font a view gets
    ic::GraphLayoutRequest request =
        ic::ServiceGraphView::layoutRequest(ic::visibleServiceGraph(catalog, {}), ic::ServiceGraphStyle(probe.font()));
    if (ctx.overrideOrderingEffort)
        request.orderingEffort = ctx.orderingEffort;
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

double clockMs(clockid_t clock)
{
    timespec time{};
    clock_gettime(clock, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
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
        // The layout thread's own CPU clock, readable from here.
        QMetaObject::invokeMethod(
            m_worker, [this] { pthread_getcpuclockid(pthread_self(), &m_cpuClock); }, Qt::BlockingQueuedConnection);
    }
    ~LayoutThread()
    {
        m_client.reset();
        m_thread.quit();
        m_thread.wait();
    }

    // CPU time the layout thread has used so far.
    double threadCpuMs() const { return clockMs(m_cpuClock); }

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
    clockid_t m_cpuClock = CLOCK_PROCESS_CPUTIME_ID;
};

QString effortText(const std::optional<double> &effort)
{
    return effort ? QString::number(*effort) : u"unset"_s;
}

void figureLayout(const Context &ctx)
{
    const ic::ServiceCatalog catalog(generateCatalog(ctx.sizes.layoutServices, ctx.sizes.layoutDependencies, 3));
    const ic::GraphLayoutRequest request = consoleRequest(catalog, ctx);
    if (request.nodes.size() != ctx.sizes.layoutServices || request.edges.size() != ctx.sizes.layoutDependencies)
        throw BenchError(u"the generated graph has %1 nodes and %2 edges"_s.arg(request.nodes.size()).arg(request.edges.size()));
    const qsizetype soft = std::count_if(request.edges.cbegin(), request.edges.cend(),
                                         [](const ic::GraphLayoutRequest::Edge &e) { return e.soft; });
    double minWidth = qInf(), maxWidth = 0;
    for (const ic::GraphLayoutRequest::Node &node : request.nodes) {
        minWidth = std::min(minWidth, node.size.width());
        maxWidth = std::max(maxWidth, node.size.width());
    }
    progress(u"layout: %1 services, %2 dependencies (%3 soft); the view's request: nodes %4–%5 × %6 pt, "
             u"%7, nodesep %8 pt, ranksep %9 pt, nslimit %10, mclimit %11%12"_s
                 .arg(request.nodes.size())
                 .arg(request.edges.size())
                 .arg(soft)
                 .arg(minWidth)
                 .arg(maxWidth)
                 .arg(request.nodes.isEmpty() ? 0 : request.nodes.first().size.height())
                 .arg(request.direction == ic::GraphLayoutRequest::Direction::LeftToRight ? u"left to right"_s
                                                                                          : u"not left to right"_s)
                 .arg(request.nodeSeparation)
                 .arg(request.rankSeparation)
                 .arg(effortText(request.positionEffort), effortText(request.orderingEffort),
                      ctx.overrideOrderingEffort ? u" (--ordering-effort)"_s : QString()));

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

    // Per round both sides one after the other, and the ratio of their CPU times: the machine's
    // speed drifts (other programs, frequency), but rarely within one pair of runs.
    QList<double> ours, theirs, oursCpu, oursThreadCpu, theirsCpu, ratios;
    for (int round = 0; round < ctx.sizes.layoutRounds; ++round) {
        // Alternate who goes first, so that neither always runs on a warmer machine.
        DotRun dot;
        if (round % 2)
            dot = runDot(ctx, in, out);
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        const double threadBefore = layouts.threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const ic::GraphLayoutResult result = layouts.layOut(request);
        const double ms = milliseconds(timer);
        const double cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
        const double threadCpu = layouts.threadCpuMs() - threadBefore;
        if (round % 2 == 0)
            dot = runDot(ctx, in, out);

        if (!result.ok())
            throw BenchError(u"layoutGraph failed: %1"_s.arg(result.error));
        if (result.nodes.size() != request.nodes.size() || result.edges.size() != request.edges.size())
            throw BenchError(u"layoutGraph laid out %1 nodes and %2 edges"_s.arg(result.nodes.size()).arg(result.edges.size()));
        if (dot.nodes != request.nodes.size() || dot.edges != request.edges.size())
            throw BenchError(u"dot laid out %1 nodes and %2 edges"_s.arg(dot.nodes).arg(dot.edges));
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
        const double ratio = cpu / dot.cpuMs;
        progress(u"  round %1: layoutGraph %2 ms (CPU %3 ms, of which the layout thread %4 ms), dot -Tplain %5 ms "
                 u"(CPU %6 ms); CPU ratio %7; drawing %8 × %9 pt, node centres differ by at most %10 pt"_s
                     .arg(round + 1)
                     .arg(number(ms))
                     .arg(number(cpu))
                     .arg(number(threadCpu))
                     .arg(number(dot.ms))
                     .arg(number(dot.cpuMs))
                     .arg(QString::number(ratio, 'f', 2))
                     .arg(qRound(dot.size.width()))
                     .arg(qRound(dot.size.height()))
                     .arg(number(deviation)));
        if (!same)
            throw BenchError(u"layoutGraph and dot -Tplain laid out different drawings: not a fair comparison"_s);
        ours.append(ms);
        theirs.append(dot.ms);
        oursCpu.append(cpu);
        oursThreadCpu.append(threadCpu);
        theirsCpu.append(dot.cpuMs);
        ratios.append(ratio);
    }
    const auto [minRatio, maxRatio] = std::minmax_element(ratios.cbegin(), ratios.cend());
    progress(u"  wall time medians: layoutGraph %1 ms, dot -Tplain %2 ms (ratio %3)"_s.arg(number(median(ours)))
                 .arg(number(median(theirs)))
                 .arg(QString::number(median(ours) / median(theirs), 'f', 2)));
    progress(u"  CPU time medians: layoutGraph %1 ms (layout thread %2 ms), dot -Tplain %3 ms; "
             u"per-round CPU ratios %4–%5, median %6"_s.arg(number(median(oursCpu)))
                 .arg(number(median(oursThreadCpu)))
                 .arg(number(median(theirsCpu)))
                 .arg(QString::number(*minRatio, 'f', 2))
                 .arg(QString::number(*maxRatio, 'f', 2))
                 .arg(QString::number(median(ratios), 'f', 2)));
    const double r = median(ratios);
    report({u"graph_layout"_s, median(oursCpu), u"ms"_s, median(theirsCpu), {}, u"ratio ≤ 1.0"_s, r <= 1.0, r});
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

// --- Figure recolour: the frame after 500 nodes change colour at once -------------------------

// Counts the paint events a widget receives (processEvents() returns after the paint is done).
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Processes events until `done` holds; false after `timeoutMs`.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the waiting event loop to look again
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The console's graph panel over the generated catalog, shown at 1600 × 900 (offscreen: painted
// by the raster engine into the window's backing store, as on a screen minus the compositor) and
// laid out. Then, per round, ServiceGraphModel::setHealth() with 500 updates at once (one health
// poll; the same 500 services go Degraded, then Healthy again, so every round recolours all of
// them) and the time from that call until the view's next frame has been painted: the model's
// dataChanged, the view recolouring the nodes, the scene's update reaching the viewport through
// the event loop, and the paint. Measured at three zooms: as the view first shows a graph this
// large (readable 75 %, its top left), 100 % in the middle of the graph, and fitted (the whole
// graph, or as much of it as the smallest zoom shows). The figure is the slowest of the three
// medians. Alongside: the same 500 going Down (the blast radius then changes the outline of most
// nodes and highlights edges), and a full repaint of the view (a zoom or a jump).
void figureRecolour(const Context &ctx)
{
    const ic::ServiceCatalog catalog(
        generateCatalog(ctx.sizes.recolourServices, ctx.sizes.recolourDependencies, 3));
    ic::ServiceGraphModel model;
    model.setCatalog(catalog);
    ic::ServiceGraphPanel panel;
    panel.resize(1600, 900);
    ic::ServiceGraphView *const view = panel.view();
    bool laidOut = false, layoutOk = false;
    int layoutsStarted = 0;
    QObject::connect(view, &ic::ServiceGraphView::layoutFinished, &panel, [&](bool ok) {
        laidOut = true;
        layoutOk = ok;
    });
    QObject::connect(view, &ic::ServiceGraphView::layoutStarted, &panel, [&] { ++layoutsStarted; });
    QElapsedTimer layoutTimer;
    layoutTimer.start();
    panel.setModel(&model);
    panel.show();
    if (!waitUntil([&] { return laidOut; }, 600'000) || !layoutOk)
        throw BenchError(u"the graph view did not lay out the catalog: %1"_s.arg(view->layoutError()));
    const double layoutMs = milliseconds(layoutTimer);
    if (view->nodeIds().size() != catalog.size())
        throw BenchError(u"the view shows %1 of %2 services"_s.arg(view->nodeIds().size()).arg(catalog.size()));
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    // The first frame (fonts, glyph caches) is not what is measured.
    if (!waitUntil([&] { return counter.paints > 0; }, 10'000))
        view->viewport()->repaint();
    const quint64 generation = panel.layoutClient()->generation();
    const int startedBefore = layoutsStarted;

    // 500 services picked at random (fixed seed): spread over the whole graph, as a poll's
    // changes are.
    QList<int> order(catalog.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), QRandomGenerator(13));
    QList<ic::ServiceGraphModel::HealthUpdate> updates;
    for (int i = 0; i < ctx.sizes.recolourUpdates; ++i)
        updates.append({catalog.services().at(order.at(i)).id, {}, {}});

    using Health = ic::ServiceGraphModel::HealthState;
    int frames = 0;
    int forced = 0;
    // The updates with this state, and the frame that follows; returns (until painted, setHealth
    // alone) in ms.
    auto recolour = [&](Health state) {
        for (ic::ServiceGraphModel::HealthUpdate &update : updates)
            update.state = state;
        counter.paints = 0;
        QElapsedTimer timer;
        timer.start();
        const int accepted = model.setHealth(updates);
        const double modelMs = milliseconds(timer);
        // The scene's update reaches the viewport through posted events, as in the console; the
        // offscreen backing store paints when they are processed.
        for (int i = 0; i < 3 && counter.paints == 0; ++i)
            QCoreApplication::processEvents();
        if (counter.paints == 0) {
            view->viewport()->repaint();
            ++forced;
        }
        // A change that needs a second frame (a region invalidated late) belongs to this one.
        for (int seen = 0; seen != counter.paints;) {
            seen = counter.paints;
            QCoreApplication::processEvents();
        }
        const double frameMs = milliseconds(timer);
        ++frames;
        if (accepted != updates.size())
            throw BenchError(u"setHealth accepted %1 of %2 updates"_s.arg(accepted).arg(updates.size()));
        for (const ic::ServiceGraphModel::HealthUpdate &update : std::as_const(updates)) {
            const ic::ServiceNodeItem *item = view->nodeItem(update.id);
            if (!item || item->look().health != state)
                throw BenchError(u"%1 was not recoloured"_s.arg(update.id));
        }
        if (panel.layoutClient()->generation() != generation || layoutsStarted != startedBefore || view->isLayingOut())
            throw BenchError(u"recolouring laid the graph out again"_s);
        return std::pair{frameMs, modelMs};
    };
    // What the view shows after the recolourings must be what it shows when painted from
    // scratch (nothing stale in its cached background).
    // (Antialiased pixels may differ by a unit or two of rounding where a repaint was clipped.)
    auto checkPicture = [&](const QString &when) {
        const QImage shown = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        view->resetCachedContent();
        const QImage fresh = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (shown.size() != fresh.size())
            throw BenchError(u"%1: the pictures differ in size"_s.arg(when));
        int wrong = 0;
        QPoint first;
        for (int y = 0; y < shown.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(shown.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(fresh.constScanLine(y));
            for (int x = 0; x < shown.width(); ++x) {
                const int d = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                        std::abs(qBlue(a[x]) - qBlue(b[x]))});
                if (d > 8 && wrong++ == 0)
                    first = QPoint(x, y);
            }
        }
        if (wrong > 0)
            throw BenchError(u"%1: the view shows a stale picture (%2 pixels differ from a fresh repaint, the first at "
                             u"%3, %4)"_s.arg(when)
                                 .arg(wrong)
                                 .arg(first.x())
                                 .arg(first.y()));
    };

    // How many of the nodes, and of the recoloured ones, the view shows.
    auto inView = [&] {
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        int nodes = 0, changing = 0;
        for (const QString &id : view->nodeIds()) {
            if (view->nodeItem(id)->sceneBoundingRect().intersects(visible))
                ++nodes;
        }
        for (const ic::ServiceGraphModel::HealthUpdate &update : std::as_const(updates)) {
            if (view->nodeItem(update.id)->sceneBoundingRect().intersects(visible))
                ++changing;
        }
        int edges = 0;
        for (const ic::ServiceEdgeItem *edge : view->edgeItems()) {
            if (edge->sceneBoundingRect().intersects(visible))
                ++edges;
        }
        return std::tuple{nodes, changing, edges};
    };

    const QRectF scene = view->sceneRect();
    progress(u"recolour: %1 services, %2 dependencies, laid out by the view in %3 ms; drawing %4 × %5 pt; "
             u"view %6 × %7 px (platform %8)"_s.arg(catalog.size())
                 .arg(view->edgeItems().size())
                 .arg(number(layoutMs))
                 .arg(qRound(scene.width()))
                 .arg(qRound(scene.height()))
                 .arg(view->viewport()->width())
                 .arg(view->viewport()->height())
                 .arg(QGuiApplication::platformName()));

    struct Zoom {
        QString name;
        std::function<void()> apply;
    };
    const QList<Zoom> zooms = {
        {u"as first shown"_s, [] {}},
        // As the user gets there: the keys 0 (100 %) and F (fit), which also stop the view from
        // re-applying its first zoom on a resize.
        {u"100 %, middle"_s, [&] {
             QKeyEvent zero(QEvent::KeyPress, Qt::Key_0, Qt::NoModifier, u"0"_s);
             QCoreApplication::sendEvent(view, &zero);
             view->centerOn(scene.center());
         }},
        {u"fitted"_s, [&] {
             QKeyEvent fit(QEvent::KeyPress, Qt::Key_F, Qt::NoModifier, u"f"_s);
             QCoreApplication::sendEvent(view, &fit);
         }},
    };
    double worst = 0;
    for (const Zoom &zoom : zooms) {
        zoom.apply();
        // The zoom's own frame, from scratch, first.
        waitUntil([] { return false; }, 100);
        QList<double> full;
        for (int i = 0; i < 3; ++i) {
            view->resetCachedContent();
            QElapsedTimer timer;
            timer.start();
            view->viewport()->repaint();
            full.append(milliseconds(timer));
        }
        const auto [nodes, changing, edges] = inView();
        int round = 0;
        auto colour = [&round] { return round++ % 2 ? Health::Healthy : Health::Degraded; };
        recolour(colour()); // warm-up: the first frame at a new zoom fills caches
        recolour(colour());
        QList<double> times, models;
        for (int i = 0; i < ctx.sizes.recolourRounds; ++i) {
            const auto [frameMs, modelMs] = recolour(colour());
            times.append(frameMs);
            models.append(modelMs);
        }
        checkPicture(zoom.name);
        const double m = median(times);
        worst = std::max(worst, m);
        // The same 500 fail: impact outlines over most of the graph, the blast radius's edges;
        // then they recover.
        QList<double> down, back, downModels;
        for (int i = 0; i < std::max(1, ctx.sizes.recolourRounds / 4); ++i) {
            const auto [downMs, modelMs] = recolour(Health::Down);
            down.append(downMs);
            downModels.append(modelMs);
            if (i == 0)
                checkPicture(zoom.name + u", blast radius"_s);
            back.append(recolour(Health::Healthy).first);
        }
        const qsizetype affected = [&] {
            recolour(Health::Down);
            const qsizetype n = model.blastRadius().hard.size() + model.blastRadius().soft.size();
            recolour(Health::Healthy);
            return n;
        }();
        progress(u"  %1 (zoom %2 %; in view: %3 of %4 nodes, %5 of the %6 recoloured, %7 edges), %8 rounds: "
                 u"frame median %9 ms, max %10 ms, of which setHealth and the view's recolouring %11 ms"_s
                     .arg(zoom.name)
                     .arg(number(view->zoom() * 100))
                     .arg(nodes)
                     .arg(catalog.size())
                     .arg(changing)
                     .arg(updates.size())
                     .arg(edges)
                     .arg(times.size())
                     .arg(number(m))
                     .arg(number(*std::max_element(times.cbegin(), times.cend())))
                     .arg(number(median(models))));
        progress(u"    alongside, %1 rounds: the 500 going Down (%2 services in the blast radius) median %3 ms, max %4 ms, "
                 u"of which setHealth and the view's recolouring %5 ms; back to Healthy median %6 ms; "
                 u"a full repaint (edges too) median %7 ms"_s.arg(down.size())
                     .arg(affected)
                     .arg(number(median(down)))
                     .arg(number(*std::max_element(down.cbegin(), down.cend())))
                     .arg(number(median(downModels)))
                     .arg(number(median(back)))
                     .arg(number(median(full))));
    }
    if (forced > 0)
        progress(u"  %1 of %2 frames had to be forced with repaint() (no paint event arrived)"_s.arg(forced).arg(frames));
    progress(u"  %1 layout request(s) in all, none while recolouring; the pictures matched fresh repaints"_s.arg(generation));
    report({u"graph_recolour_frame"_s, worst, u"ms"_s, {}, 16, u"< 16 ms"_s, worst < 16});
}

const QStringList AllFigures = {u"layout"_s, u"blast"_s, u"recolour"_s};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    const QCommandLineOption orderingEffort(
        u"ordering-effort"_s,
        u"Layout figure only: lay out (both sides) with this mclimit instead of the view's choice; 'off' for none."_s,
        u"value"_s);
    parser.addOptions({smoke, work, dot, keep, only, orderingEffort});
    parser.process(app);

    Context ctx;
    ctx.sizes = parser.isSet(smoke) ? SmokeSizes : FullSizes;
    if (parser.isSet(orderingEffort)) {
        ctx.overrideOrderingEffort = true;
        const QString value = parser.value(orderingEffort);
        bool ok = true;
        if (value != u"off"_s) {
            ctx.orderingEffort = value.toDouble(&ok);
            ok = ok && *ctx.orderingEffort > 0;
        }
        if (!ok) {
            std::fprintf(stderr, "bench: --ordering-effort takes a positive number or 'off', not '%s'\n", qPrintable(value));
            return 2;
        }
    }
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
    const std::unique_ptr<QTemporaryDir> dir = makeScratchFolder(parser.value(work), parser.isSet(keep));
    if (!dir)
        return 1;
    ctx.dir = dir->path();

    reportLoad();
    try {
        if (figures.contains(u"layout"_s))
            figureLayout(ctx);
        if (figures.contains(u"blast"_s))
            figureBlastRadius(ctx);
        if (figures.contains(u"recolour"_s))
            figureRecolour(ctx);
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench: error: %s\n", e.what());
        return 1;
    }
    reportLoad();
    reportVerdicts(parser.isSet(smoke));
    return 0;
}
