#include "GraphAlgorithms.h"

#include "TimeText.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// A service without a tier counts as the least critical: after tier 3 in every ordering, and the
// first choice when a hard edge of a cycle has to be broken. (The loader refuses tiers outside
// 0–3; a catalog built in code with one gets the same treatment.)
constexpr int NoTier = 4;

int tierKey(const Service &service)
{
    return service.tier && *service.tier >= 0 && *service.tier < NoTier ? *service.tier : NoTier;
}

// The ids of `indexes` (distinct service indexes), sorted by tier (most critical first) then id,
// or by id alone. Never compares strings: a few services sort by integer keys built from the
// catalog's id order; many (a blast radius of thousands) take one pass over that order.
QStringList sortedIds(const ServiceCatalog &catalog, const qsizetype *first, const qsizetype *last, bool byTier)
{
    const Service *services = catalog.services().constData();
    const qsizetype *idOrder = catalog.idOrder().constData();
    const qsizetype count = last - first;
    std::vector<qsizetype> sorted;
    sorted.reserve(size_t(count));
    if (count * 16 < catalog.size()) {
        constexpr int TierShift = 48; // ranks stay far below 2^48
        std::vector<quint64> keys;
        keys.reserve(size_t(count));
        const qsizetype *idRank = catalog.idRank().constData();
        for (const qsizetype *i = first; i != last; ++i)
            keys.push_back((byTier ? quint64(tierKey(services[*i])) << TierShift : 0) | quint64(idRank[*i]));
        std::sort(keys.begin(), keys.end());
        for (const quint64 key : keys)
            sorted.push_back(idOrder[key & ((quint64(1) << TierShift) - 1)]);
    } else {
        std::vector<char> wanted(size_t(catalog.size()), 0);
        for (const qsizetype *i = first; i != last; ++i)
            wanted[size_t(*i)] = 1;
        std::vector<qsizetype> byTierBucket[NoTier + 1];
        for (qsizetype rank = 0; rank < catalog.size(); ++rank) {
            const qsizetype i = idOrder[rank];
            if (wanted[size_t(i)])
                (byTier ? byTierBucket[tierKey(services[i])] : sorted).push_back(i);
        }
        for (const std::vector<qsizetype> &bucket : byTierBucket)
            sorted.insert(sorted.end(), bucket.begin(), bucket.end());
    }
    QStringList ids;
    ids.resize(count);
    QString *out = ids.data();
    for (const qsizetype i : sorted)
        *out++ = services[i].id;
    return ids;
}

QStringList sortedUnique(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// Strongly connected components (Tarjan, iterative: a 10,000-long chain must not overflow the
// stack). Components are numbered in the order Tarjan completes them.
struct Components {
    std::vector<int> of; // component number per node
    int count = 0;
};

Components stronglyConnected(const std::vector<std::vector<int>> &adjacency)
{
    const int size = int(adjacency.size());
    Components result;
    result.of.assign(size_t(size), -1);
    std::vector<int> index(size_t(size), -1);
    std::vector<int> low(size_t(size), 0);
    std::vector<char> onStack(size_t(size), 0);
    std::vector<int> stack;
    struct Frame {
        int node;
        size_t next;
    };
    std::vector<Frame> frames;
    int counter = 0;
    auto visit = [&](int node) {
        index[size_t(node)] = low[size_t(node)] = counter++;
        stack.push_back(node);
        onStack[size_t(node)] = 1;
        frames.push_back({node, 0});
    };
    for (int root = 0; root < size; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        visit(root);
        while (!frames.empty()) {
            const int v = frames.back().node;
            const std::vector<int> &edges = adjacency[size_t(v)];
            if (frames.back().next < edges.size()) {
                const int w = edges[frames.back().next++];
                if (index[size_t(w)] < 0)
                    visit(w);
                else if (onStack[size_t(w)])
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                continue;
            }
            if (low[size_t(v)] == index[size_t(v)]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    result.of[size_t(w)] = result.count;
                } while (w != v);
                ++result.count;
            }
            frames.pop_back();
            if (!frames.empty()) {
                const int u = frames.back().node;
                low[size_t(u)] = std::min(low[size_t(u)], low[size_t(v)]);
            }
        }
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------

BlastRadius blastRadius(const ServiceCatalog &catalog, const QStringList &failedIds)
{
    BlastRadius result;
    const Service *services = catalog.services().constData();
    const QList<QList<ServiceCatalog::Dependent>> &dependents = catalog.dependents();

    enum : quint8 { Untouched, Failed, Hard, Soft };
    std::vector<quint8> state(size_t(catalog.size()), Untouched);
    // One queue holds the failed services, then the hard-impacted, then the soft-impacted ones.
    // The loops below write every dependent at the tail and move the tail only past new ones,
    // instead of branching on each edge; the spare slot takes the last write.
    std::vector<qsizetype> queue(size_t(catalog.size()) + 1);
    size_t tail = 0;
    for (const QString &id : failedIds) {
        const qsizetype i = catalog.indexOf(id);
        if (i < 0) {
            result.unknownIds.append(id);
        } else if (state[size_t(i)] == Untouched) {
            state[size_t(i)] = Failed;
            queue[tail++] = i;
        }
    }
    const size_t failedEnd = tail;

    // Hard impact first: whatever a path of hard edges alone reaches stops working.
    for (size_t head = 0; head < tail; ++head) {
        for (const ServiceCatalog::Dependent &dependent : dependents.at(queue[head])) {
            quint8 &reached = state[size_t(dependent.service)];
            const bool now = (reached == Untouched) & !dependent.soft;
            reached = now ? quint8(Hard) : reached;
            queue[tail] = dependent.service;
            tail += now;
        }
    }
    const size_t hardEnd = tail;
    // Then everything else that is reachable at all: some soft edge lies on every path to it.
    for (size_t head = 0; head < tail; ++head) {
        for (const ServiceCatalog::Dependent &dependent : dependents.at(queue[head])) {
            quint8 &reached = state[size_t(dependent.service)];
            const bool now = reached == Untouched;
            reached = now ? quint8(Soft) : reached;
            queue[tail] = dependent.service;
            tail += now;
        }
    }

    for (size_t q = 0; q < tail; ++q) {
        const Service &service = services[queue[q]];
        const int tier = tierKey(service);
        if (tier < NoTier && (!result.highestTier || tier < *result.highestTier))
            result.highestTier = tier;
        if (service.rtoMs
            && (!result.tightestRtoMs || *service.rtoMs < *result.tightestRtoMs
                || (*service.rtoMs == *result.tightestRtoMs && service.id < result.tightestRtoService))) {
            result.tightestRtoMs = service.rtoMs;
            result.tightestRtoService = service.id;
        }
    }

    const qsizetype *q = queue.data();
    result.failed = sortedIds(catalog, q, q + failedEnd, false);
    result.hard = sortedIds(catalog, q + failedEnd, q + hardEnd, true);
    result.soft = sortedIds(catalog, q + hardEnd, q + tail, true);
    result.unknownIds = sortedUnique(result.unknownIds);
    return result;
}

// ---------------------------------------------------------------------------------------------

RootCauses rootCauses(const ServiceCatalog &catalog, const QStringList &unhealthyIds)
{
    RootCauses result;
    const QList<QList<ServiceCatalog::Dependent>> &dependents = catalog.dependents();

    // Unhealthy services get local numbers 0..m-1.
    std::vector<int> local(size_t(catalog.size()), -1);
    std::vector<qsizetype> unhealthy;
    for (const QString &id : unhealthyIds) {
        const qsizetype i = catalog.indexOf(id);
        if (i < 0) {
            result.unknownIds.append(id);
        } else if (local[size_t(i)] < 0) {
            local[size_t(i)] = int(unhealthy.size());
            unhealthy.push_back(i);
        }
    }
    result.unknownIds = sortedUnique(result.unknownIds);

    // Edges between unhealthy services, dependent -> dependency. A service that lists itself
    // does not make itself a symptom.
    std::vector<std::vector<int>> dependsOn(unhealthy.size());
    for (size_t d = 0; d < unhealthy.size(); ++d) {
        for (const ServiceCatalog::Dependent &dependent : dependents.at(unhealthy[d])) {
            const int from = local[size_t(dependent.service)];
            if (from >= 0 && size_t(from) != d)
                dependsOn[size_t(from)].push_back(int(d));
        }
    }

    // Unhealthy services that depend on each other in a cycle are one suspect: each of them has
    // an unhealthy dependency, yet the fault can sit in any of them. A group is a candidate when
    // nothing outside it that it depends on is unhealthy; without cycles, groups are single
    // services and this is exactly "no unhealthy dependency".
    const Components groups = stronglyConnected(dependsOn);
    std::vector<char> dependsOnOtherGroup(size_t(groups.count), 0);
    for (size_t from = 0; from < dependsOn.size(); ++from) {
        for (const int to : dependsOn[from]) {
            if (groups.of[from] != groups.of[size_t(to)])
                dependsOnOtherGroup[size_t(groups.of[from])] = 1;
        }
    }
    std::vector<qsizetype> candidates;
    for (size_t i = 0; i < unhealthy.size(); ++i) {
        if (!dependsOnOtherGroup[size_t(groups.of[i])])
            candidates.push_back(unhealthy[i]);
    }
    result.candidates = sortedIds(catalog, candidates.data(), candidates.data() + candidates.size(), true);
    return result;
}

// ---------------------------------------------------------------------------------------------

namespace {

struct Edge {
    int to;          // the dependency
    bool soft;
    bool broken = false;
};

// The catalog's dependencies as flat, deterministic adjacency lists: per service its distinct
// dependencies in id order (a dependency listed twice is hard if either listing is hard).
class DependencyGraph
{
public:
    explicit DependencyGraph(const ServiceCatalog &catalog)
        : services(catalog.services().constData())
        , size(int(catalog.size()))
    {
        rank.reserve(size_t(size));
        for (const qsizetype r : catalog.idRank())
            rank.push_back(int(r));

        edges.resize(size_t(size));
        const QList<QList<ServiceCatalog::Dependent>> &dependents = catalog.dependents();
        for (int to = 0; to < size; ++to) {
            for (const ServiceCatalog::Dependent &dependent : dependents.at(to))
                edges[size_t(dependent.service)].push_back({to, dependent.soft});
        }
        for (std::vector<Edge> &list : edges) {
            std::sort(list.begin(), list.end(), [this](const Edge &a, const Edge &b) {
                return rank[size_t(a.to)] != rank[size_t(b.to)] ? rank[size_t(a.to)] < rank[size_t(b.to)] : a.soft < b.soft;
            });
            // Sorted hard before soft: keeping the first of each target keeps the hard one.
            list.erase(std::unique(list.begin(), list.end(), [](const Edge &a, const Edge &b) { return a.to == b.to; }),
                       list.end());
        }
    }

    const QString &id(int i) const { return services[i].id; }
    int tier(int i) const { return tierKey(services[i]); }
    Edge *edge(int from, int to)
    {
        for (Edge &e : edges[size_t(from)]) {
            if (e.to == to && !e.broken)
                return &e;
        }
        return nullptr;
    }

    const Service *services;
    const int size;
    std::vector<int> rank; // position of each service in id order
    std::vector<std::vector<Edge>> edges;
};

struct FoundCycle {
    std::vector<int> members; // starts with the member that comes first by id
    StartupOrder::BrokenEdge broken;
};

// Finds the cycles of the graph and breaks each at one edge until no cycle is left. Within one
// strongly connected group: take the shortest cycle through the member that comes first by id,
// break it (soft edges first, then the edge to the least critical dependency), and look at what
// remains of the group again. Each broken edge breaks the cycle reported with it.
class CycleBreaker
{
public:
    explicit CycleBreaker(DependencyGraph &graph)
        : m_graph(graph)
        , m_local(size_t(graph.size), -1)
        , m_parent(size_t(graph.size), -1)
        , m_member(size_t(graph.size), 0)
    {
    }

    std::vector<FoundCycle> run()
    {
        std::vector<int> all(size_t(m_graph.size));
        std::iota(all.begin(), all.end(), 0);
        split(all);
        std::vector<FoundCycle> found;
        while (!m_pending.empty()) {
            std::vector<int> group = std::move(m_pending.back());
            m_pending.pop_back();
            found.push_back(breakOneCycle(group));
            split(group);
        }
        std::sort(found.begin(), found.end(), [this](const FoundCycle &a, const FoundCycle &b) {
            return std::lexicographical_compare(a.members.begin(), a.members.end(), b.members.begin(), b.members.end(),
                                                [this](int x, int y) { return m_graph.rank[size_t(x)] < m_graph.rank[size_t(y)]; });
        });
        return found;
    }

private:
    // Queues the groups of `nodes` that still contain a cycle.
    void split(const std::vector<int> &nodes)
    {
        for (size_t i = 0; i < nodes.size(); ++i)
            m_local[size_t(nodes[i])] = int(i);
        std::vector<std::vector<int>> adjacency(nodes.size());
        std::vector<char> selfLoop(nodes.size(), 0);
        for (size_t i = 0; i < nodes.size(); ++i) {
            for (const Edge &e : m_graph.edges[size_t(nodes[i])]) {
                const int to = m_local[size_t(e.to)];
                if (e.broken || to < 0)
                    continue;
                if (size_t(to) == i)
                    selfLoop[i] = 1;
                else
                    adjacency[i].push_back(to);
            }
        }
        const Components components = stronglyConnected(adjacency);
        std::vector<std::vector<int>> groups(size_t(components.count));
        for (size_t i = 0; i < nodes.size(); ++i)
            groups[size_t(components.of[i])].push_back(nodes[i]);
        for (std::vector<int> &group : groups) {
            if (group.size() > 1 || selfLoop[size_t(m_local[size_t(group.front())])])
                m_pending.push_back(std::move(group));
        }
        for (const int node : nodes)
            m_local[size_t(node)] = -1;
    }

    FoundCycle breakOneCycle(const std::vector<int> &group)
    {
        for (const int node : group)
            m_member[size_t(node)] = 1;
        const int start = *std::min_element(group.begin(), group.end(), [this](int a, int b) {
            return m_graph.rank[size_t(a)] < m_graph.rank[size_t(b)];
        });

        // Breadth-first from `start` along the group's edges until an edge leads back to it.
        FoundCycle found;
        std::vector<int> visited{start};
        int last = -1;
        for (size_t head = 0; head < visited.size() && last < 0; ++head) {
            const int node = visited[head];
            for (const Edge &e : m_graph.edges[size_t(node)]) {
                if (e.broken || !m_member[size_t(e.to)])
                    continue;
                if (e.to == start) {
                    last = node;
                    break;
                }
                if (e.to != node && m_parent[size_t(e.to)] < 0 && e.to != start) {
                    m_parent[size_t(e.to)] = node;
                    visited.push_back(e.to);
                }
            }
        }
        Q_ASSERT(last >= 0); // a strongly connected group always has a cycle through each member
        for (int node = last; node != start; node = m_parent[size_t(node)])
            found.members.push_back(node);
        found.members.push_back(start);
        std::reverse(found.members.begin(), found.members.end());
        for (const int node : visited)
            m_parent[size_t(node)] = -1;
        for (const int node : group)
            m_member[size_t(node)] = 0;

        // Soft edges first; among equals the edge to the least critical dependency; then the
        // first one around the cycle.
        const size_t length = found.members.size();
        Edge *chosen = nullptr;
        int chosenFrom = -1;
        for (size_t i = 0; i < length; ++i) {
            const int from = found.members[i];
            Edge *e = m_graph.edge(from, found.members[(i + 1) % length]);
            Q_ASSERT(e);
            const bool better = !chosen || (e->soft && !chosen->soft)
                || (e->soft == chosen->soft && m_graph.tier(e->to) > m_graph.tier(chosen->to));
            if (better) {
                chosen = e;
                chosenFrom = from;
            }
        }
        chosen->broken = true;

        StartupOrder::BrokenEdge &broken = found.broken;
        broken.from = m_graph.id(chosenFrom);
        broken.to = m_graph.id(chosen->to);
        broken.soft = chosen->soft;
        if (chosenFrom == chosen->to) {
            broken.reason = QCoreApplication::translate("ic::GraphAlgorithms",
                                                        "%1 depends on itself: that dependency is ignored for the start order")
                                .arg(broken.from);
        } else if (chosen->soft) {
            broken.reason = QCoreApplication::translate("ic::GraphAlgorithms",
                                                        "%1 → %2 is a soft dependency: %1 starts without it and catches up")
                                .arg(broken.from, broken.to);
        } else if (const int tier = m_graph.tier(chosen->to); tier < NoTier) {
            broken.reason = QCoreApplication::translate(
                                "ic::GraphAlgorithms",
                                "%1 → %2: no dependency in this cycle is soft, and %2 is its least critical service "
                                "(tier %3), so %1 starts without it and stays degraded until %2 is up")
                                .arg(broken.from, broken.to, QString::number(tier));
        } else {
            broken.reason = QCoreApplication::translate(
                                "ic::GraphAlgorithms",
                                "%1 → %2: no dependency in this cycle is soft, and %2 has no tier, so it counts as the "
                                "least critical; %1 starts without it and stays degraded until %2 is up")
                                .arg(broken.from, broken.to);
        }
        return found;
    }

    DependencyGraph &m_graph;
    std::vector<int> m_local;  // node -> index within the node set being split, else -1
    std::vector<int> m_parent; // breadth-first search tree, -1 when not visited
    std::vector<char> m_member;
    std::vector<std::vector<int>> m_pending;
};

// The longest chain of startup times ending in each service, over the edges `follow` accepts.
struct Chains {
    std::vector<qint64> finishMs; // when the service is up, everything before it started in order
    std::vector<int> previous;    // the dependency that finishes last, or -1
    std::vector<int> length;      // services in the chain

    Chains(const DependencyGraph &graph, const std::vector<int> &topological, bool hardOnly)
        : finishMs(size_t(graph.size), 0)
        , previous(size_t(graph.size), -1)
        , length(size_t(graph.size), 1)
    {
        for (const int node : topological) {
            int best = -1;
            for (const Edge &e : graph.edges[size_t(node)]) {
                if (e.broken || (hardOnly && e.soft))
                    continue;
                if (best < 0 || later(e.to, best, graph))
                    best = e.to;
            }
            previous[size_t(node)] = best;
            finishMs[size_t(node)] = graph.services[node].startupMs.value_or(0) + (best < 0 ? 0 : finishMs[size_t(best)]);
            length[size_t(node)] = best < 0 ? 1 : length[size_t(best)] + 1;
        }
    }

    // Ties in time go to the longer chain (more to check), then to the first id.
    bool later(int a, int b, const DependencyGraph &graph) const
    {
        if (finishMs[size_t(a)] != finishMs[size_t(b)])
            return finishMs[size_t(a)] > finishMs[size_t(b)];
        if (length[size_t(a)] != length[size_t(b)])
            return length[size_t(a)] > length[size_t(b)];
        return graph.rank[size_t(a)] < graph.rank[size_t(b)];
    }

    QStringList chain(int node, const DependencyGraph &graph) const
    {
        QStringList ids;
        for (int i = node; i >= 0; i = previous[size_t(i)])
            ids.prepend(graph.id(i));
        return ids;
    }
};

} // namespace

StartupOrder startupOrder(const ServiceCatalog &catalog)
{
    StartupOrder result;
    DependencyGraph graph(catalog);
    if (graph.size == 0)
        return result;

    for (FoundCycle &cycle : CycleBreaker(graph).run()) {
        QStringList ids;
        for (const int member : cycle.members)
            ids.append(graph.id(member));
        result.cycles.append(ids);
        result.brokenEdges.append(std::move(cycle.broken));
    }

    // Kahn's algorithm, one layer at a time, over the edges that are left.
    std::vector<int> waitingFor(size_t(graph.size), 0);
    std::vector<std::vector<int>> dependentsOf(size_t(graph.size));
    for (int from = 0; from < graph.size; ++from) {
        for (const Edge &e : graph.edges[size_t(from)]) {
            if (!e.broken) {
                ++waitingFor[size_t(from)];
                dependentsOf[size_t(e.to)].push_back(from);
            }
        }
    }
    std::vector<int> topological;
    topological.reserve(size_t(graph.size));
    std::vector<int> layer;
    for (int i = 0; i < graph.size; ++i) {
        if (waitingFor[size_t(i)] == 0)
            layer.push_back(i);
    }
    while (!layer.empty()) {
        std::sort(layer.begin(), layer.end(), [&graph](int a, int b) { return graph.rank[size_t(a)] < graph.rank[size_t(b)]; });
        QStringList ids;
        std::vector<int> next;
        for (const int node : layer) {
            ids.append(graph.id(node));
            topological.push_back(node);
            for (const int dependent : dependentsOf[size_t(node)]) {
                if (--waitingFor[size_t(dependent)] == 0)
                    next.push_back(dependent);
            }
        }
        result.layers.append(ids);
        layer = std::move(next);
    }
    Q_ASSERT(topological.size() == size_t(graph.size)); // every cycle was broken

    // The critical path: everything in start order, soft dependencies included.
    const Chains all(graph, topological, false);
    int end = topological.front();
    for (const int node : topological) {
        if (all.later(node, end, graph))
            end = node;
    }
    result.criticalPath = all.chain(end, graph);
    result.criticalPathMs = all.finishMs[size_t(end)];

    // A service is back, degraded maybe, once its hard dependencies are: soft ones do not count
    // against its RTO.
    const Chains hard(graph, topological, true);
    std::vector<int> late;
    for (int i = 0; i < graph.size; ++i) {
        const std::optional<qint64> rto = graph.services[i].rtoMs;
        if (rto && hard.finishMs[size_t(i)] > *rto)
            late.push_back(i);
    }
    std::sort(late.begin(), late.end(), [&graph](int a, int b) {
        return graph.tier(a) != graph.tier(b) ? graph.tier(a) < graph.tier(b) : graph.rank[size_t(a)] < graph.rank[size_t(b)];
    });
    for (const int i : late) {
        StartupOrder::RtoViolation violation;
        violation.service = graph.id(i);
        violation.rtoMs = *graph.services[i].rtoMs;
        violation.chainMs = hard.finishMs[size_t(i)];
        violation.chain = hard.chain(i, graph);
        violation.message =
            violation.chain.size() == 1
                ? QCoreApplication::translate("ic::GraphAlgorithms", "%1 cannot meet its %2 RTO: it needs %3 to start")
                      .arg(violation.service, durationText(violation.rtoMs), durationText(violation.chainMs))
                : QCoreApplication::translate("ic::GraphAlgorithms",
                                              "%1 cannot meet its %2 RTO: its dependency chain needs %3")
                      .arg(violation.service, durationText(violation.rtoMs), durationText(violation.chainMs));
        result.rtoViolations.append(violation);
    }
    return result;
}

} // namespace ic
