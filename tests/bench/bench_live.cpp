// The benchmark of issue 4 (live monitoring); docs/performance.md describes every figure. Not a
// test: scripts/bench runs it on a Release build; ctest runs only `--smoke`, a tiny run that keeps
// this code working. Output format: BenchReport.h. It shows the console's window: run it with
// QT_QPA_PLATFORM=offscreen (scripts/bench and the smoke test do).
//
// Figures:
//   health-poll  1,000 health endpoints on loopback (bench_health_server, another process: 20
//                ports × 50 paths, keep-alive) polled every second for 60 s by the console's own
//                code path: a LiveMonitor with 1,000 checks (format status, interval 1 s, timeout
//                2 s), its models, and a MainWindow shown with the Live Status dock in front, fed
//                from the workspace's backends.yaml as the application wires it, with an incident
//                open that the recorder writes to. CPU time of this process (every thread) in the
//                60 s after a 5 s warm-up, against Prometheus scraping the same 1,000 endpoints at
//                1 s for 60 s (its CPU time from /proc), one after the other; and the longest the
//                GUI event loop stalled (a 5 ms precise timer on the GUI thread).
//   leader-loss  A real Patroni leader loss (the stack of scripts/backends-up; the leader's Patroni
//                and its postmaster killed with SIGKILL): the time until the console reports it
//                (a ReplicationChange of orders-db) against the time until Alertmanager lists the
//                stack's PatroniLeaderMissing alert. Median over rounds; each round starts from a
//                fresh stack (scripts/backends-up) with node1 leading and node2 streaming.

#include "BackendsConfig.h"
#include "CatalogLoader.h"
#include "HealthModel.h"
#include "HttpFetcher.h"
#include "Incident.h"
#include "LiveDashboard.h"
#include "LiveMonitor.h"
#include "IncidentStatus.h"
#include "LiveTypes.h"
#include "MainWindow.h"
#include "ReplicationModel.h"

#include "BenchReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

using namespace Qt::StringLiterals;
using namespace bench;

namespace {

const QStringList AllFigures{u"health-poll"_s, u"leader-loss"_s};

// The GUI thread's stall goal: one frame at 60 Hz.
constexpr double StallGoalMs = 16;
// How often the stall meter ticks on the GUI thread.
constexpr int StallTickMs = 5;
// The console's poll of the stack's Patroni cluster: the stack's Prometheus scrape interval.
constexpr qint64 StackIntervalMs = 2000;
const QString StackCluster = u"orders-db"_s;
const QString StackAlert = u"PatroniLeaderMissing"_s;

struct Sizes {
    int ports;          // health-poll: endpoints = ports × paths
    int paths;
    qint64 warmupMs;
    qint64 windowMs;
};

constexpr Sizes FullSizes{20, 50, 5000, 60000};
constexpr Sizes SmokeSizes{2, 10, 1000, 3000};

struct Context {
    Sizes sizes;
    bool smoke = false;
    QString dir;          // scratch folder
    QString server;       // bench_health_server
    QString prometheus;   // empty: no baseline (smoke)
    quint16 prometheusPort = 0; // 0: a free one
    bool incident = true; // health-poll records into an open incident, as during a real one
    QString stackDir;     // leader-loss: the state directory of scripts/backends-up
    QString repo;         // where scripts/ and tests/integration/stack/ are
    int rounds = 3;
    int endpoints() const { return sizes.ports * sizes.paths; }
};

// --- Small tools -----------------------------------------------------------------------------

// Runs the event loop until `done` or the timeout; false on the timeout.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void runEventsFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of /proc/…/stat, in seconds; nullopt when it cannot be read.
std::optional<double> statCpuSeconds(const QString &statFile)
{
    QFile file(statFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // The command name in parentheses may contain spaces: the fields start after the last ')'.
    const qsizetype paren = stat.lastIndexOf(')');
    if (paren < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15.
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

// CPU seconds of each thread of this process, by thread id, with its name.
QHash<QString, std::pair<QString, double>> threadCpuSeconds()
{
    QHash<QString, std::pair<QString, double>> threads;
    const QDir tasks(u"/proc/self/task"_s);
    const QString self = QString::number(getpid());
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        QString name = tid;
        if (tid == self)
            name = u"GUI thread"_s; // the main thread carries the program's name
        else if (comm.open(QIODevice::ReadOnly))
            name = QString::fromUtf8(comm.readAll().trimmed());
        if (const std::optional<double> cpu = statCpuSeconds(tasks.filePath(tid + u"/stat"_s)))
            threads.insert(tid, {name, *cpu});
    }
    return threads;
}

// Where the CPU time of a window went, by thread name (threads of one name added up).
QString threadBreakdown(const QHash<QString, std::pair<QString, double>> &before,
                        const QHash<QString, std::pair<QString, double>> &after, double total)
{
    QHash<QString, double> byName;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        byName[it.value().first] += it.value().second - before.value(it.key(), {QString(), 0.0}).second;
    QList<std::pair<QString, double>> sorted;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[name, seconds] : std::as_const(sorted)) {
        if (seconds >= 0.01)
            parts << u"%1 %2 s (%3 %)"_s.arg(name, number(seconds), number(total > 0 ? 100 * seconds / total : 0));
    }
    return parts.join(u", "_s);
}

// A free TCP port on 127.0.0.1 (for a server that wants its port on the command line).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw BenchError(u"cannot find a free port: %1"_s.arg(probe.errorString()));
    return probe.serverPort();
}

// One GET through the console's own fetcher, waited for; for the setup, never while measuring.
ic::HttpResult fetchNow(ic::HttpFetcher &fetcher, const QUrl &url, qint64 timeoutMs = 5000)
{
    ic::HttpFetcher::Request request;
    request.url = url;
    request.settings.timeoutMs = timeoutMs;
    std::optional<ic::HttpResult> result;
    fetcher.fetch(request, &fetcher, [&](const ic::HttpResult &r) { result = r; });
    waitUntil([&] { return result.has_value(); }, timeoutMs + 5000);
    if (!result)
        throw BenchError(u"%1: no answer"_s.arg(url.toDisplayString()));
    return *result;
}

QJsonObject jsonObject(const ic::HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).object();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(std::ceil(p * double(values.size())) - 1));
    return values.at(std::max<qsizetype>(0, i));
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        throw BenchError(u"cannot write %1: %2"_s.arg(path, file.errorString()));
}

// --- The endpoints ---------------------------------------------------------------------------

// bench_health_server in its own process. It ends when its stdin closes: here in the destructor,
// or by itself when this process dies.
class HealthServer
{
public:
    HealthServer(const QString &program, int ports, int paths)
    {
        m_process.setProgram(program);
        m_process.setArguments({u"--ports"_s, QString::number(ports), u"--paths"_s, QString::number(paths)});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            throw BenchError(u"cannot start %1: %2"_s.arg(program, m_process.errorString()));
        QByteArray line;
        const QDeadlineTimer deadline(10000);
        while (!line.endsWith('\n') && !deadline.hasExpired()) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
                if (m_process.state() != QProcess::Running)
                    break;
                continue;
            }
            if (m_process.canReadLine())
                line = m_process.readLine();
        }
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.value(0) != "ports" || words.size() != ports + 1)
            throw BenchError(u"%1 did not start: %2"_s.arg(program, QString::fromLocal8Bit(m_process.readAllStandardError())));
        for (qsizetype i = 1; i < words.size(); ++i)
            m_ports.append(quint16(words.at(i).toUInt()));
        m_paths = paths;
    }

    ~HealthServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        const QByteArray said = m_process.readAllStandardError().trimmed();
        if (!said.isEmpty())
            progress(QString::fromLocal8Bit(said));
    }

    const QList<quint16> &ports() const { return m_ports; }
    int paths() const { return m_paths; }

    // The health requests it has answered so far (GET /stats). Blocking, plain sockets: callable
    // from any thread. nullopt when it does not answer within a second.
    std::optional<qint64> served() const
    {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return std::nullopt;
        const timeval timeout{1, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(m_ports.value(0));
        std::string answer;
        constexpr std::string_view request = "GET /stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size())) {
            char buffer[512];
            ssize_t n = 0;
            while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                answer.append(buffer, size_t(n));
        }
        ::close(fd);
        const size_t at = answer.find("\r\n\r\nrequests ");
        if (at == std::string::npos)
            return std::nullopt;
        return std::atoll(answer.c_str() + at + 13);
    }
    QString url(int port, int path) const
    {
        return u"http://127.0.0.1:%1/h%2"_s.arg(m_ports.at(port)).arg(path);
    }

private:
    QProcess m_process;
    QList<quint16> m_ports;
    int m_paths = 0;
};

// Measures how late a 5 ms precise timer on this (the GUI) thread fires: a tick that comes
// late means the event loop was busy with something else for that long. Ticks are stamped on a
// clock shared with the thread that ends the window, so a loop that never gets back to its
// timers before the window ends still shows the whole stall.
class StallMeter : public QObject
{
public:
    explicit StallMeter(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(StallTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_recording)
                m_ticksNs.append(m_clock.nsecsElapsed());
        });
        m_timer.start();
    }

    void begin()
    {
        m_ticksNs.clear();
        m_recording = true;
    }
    // The stalls between beginNs and endNs (on the shared clock): each gap between ticks, the
    // window's edges included, minus the timer's interval.
    void end(qint64 beginNs, qint64 endNs)
    {
        m_recording = false;
        m_stallsMs.clear();
        qint64 last = beginNs;
        for (const qint64 tick : std::as_const(m_ticksNs)) {
            if (tick <= beginNs)
                continue;
            const qint64 at = std::min(tick, endNs);
            m_stallsMs.append(std::max(0.0, double(at - last) / 1e6 - StallTickMs));
            last = at;
            if (tick >= endNs)
                break;
        }
        if (last < endNs)
            m_stallsMs.append(std::max(0.0, double(endNs - last) / 1e6 - StallTickMs));
    }

    double maxMs() const { return m_stallsMs.isEmpty() ? 0 : *std::max_element(m_stallsMs.cbegin(), m_stallsMs.cend()); }
    double percentileMs(double p) const { return percentile(m_stallsMs, p); }
    qsizetype gaps() const { return m_stallsMs.size(); }
    // Stalls longer than `ms`.
    qsizetype countOver(double ms) const
    {
        return std::count_if(m_stallsMs.cbegin(), m_stallsMs.cend(), [ms](double s) { return s > ms; });
    }

private:
    const QElapsedTimer &m_clock;
    QTimer m_timer;
    bool m_recording = false;
    QList<qint64> m_ticksNs;
    QList<double> m_stallsMs;
};

// What a measurement window needs at its start and end, read from whichever thread ends it: the
// process's CPU time (all threads, and per thread), the probes the endpoint server answered, and
// the time on the shared clock.
struct WindowSample {
    qint64 ns = 0;
    double cpuSeconds = 0; // this process
    QHash<QString, std::pair<QString, double>> threads;
    std::optional<qint64> served;
    qint64 applied = 0; // observations the GUI thread applied so far
};

// A window of wall-clock time ended by a thread of its own, so that its length does not depend
// on the GUI thread getting to its timers: runs the event loop until then (and however long the
// GUI thread then needs to return to it), and returns the samples taken at both ends.
template<typename Sample>
std::pair<Sample, Sample> measureWindow(qint64 windowMs, const std::function<Sample()> &sample)
{
    const Sample first = sample();
    Sample last;
    std::atomic<bool> done = false;
    std::thread timer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(windowMs));
        last = sample();
        done = true;
    });
    waitUntil([&] { return done.load(); }, std::numeric_limits<int>::max());
    timer.join();
    return {first, last};
}

// --- Figure health-poll ----------------------------------------------------------------------

QString serviceId(int port, int path)
{
    return u"svc-%1-%2"_s.arg(port, 2, 10, QChar(u'0')).arg(path, 2, 10, QChar(u'0'));
}

// A workspace as a team would write it: one service per endpoint (the first of each port's group
// is the one the others of the group depend on, so the graph has edges), one health check each.
void writeWorkspace(const QString &dir, const HealthServer &server)
{
    QByteArray services = "# Generated by bench_live: one service per health endpoint.\nservices:\n";
    QByteArray backends = "# Generated by bench_live: one health check per service.\nhealth:\n";
    for (int port = 0; port < server.ports().size(); ++port) {
        for (int path = 0; path < server.paths(); ++path) {
            const QByteArray id = serviceId(port, path).toUtf8();
            services += "  - id: " + id + "\n    name: Service " + QByteArray::number(port) + "." + QByteArray::number(path)
                + "\n    tier: 2\n    owner: team-" + QByteArray::number(port) + "\n";
            if (path > 0)
                services += "    depends_on: [" + serviceId(port, 0).toUtf8() + "]\n";
            backends += "  - service: " + id + "\n    url: " + server.url(port, path).toUtf8()
                + "\n    format: status\n    interval: 1s\n    timeout: 2s\n    down_after: 3\n    up_after: 2\n";
        }
    }
    writeFile(QDir(dir).filePath(u"services.yaml"_s), services);
    writeFile(QDir(dir).filePath(u"backends.yaml"_s), backends);
}

struct ConsoleRun {
    double cpuSeconds = 0;
    double windowSeconds = 0;
    double stallMaxMs = 0;
    double stallP99Ms = 0;
    qint64 applied = 0;           // observations the GUI thread applied in the window
    std::optional<qint64> served; // probes the endpoint server answered in the window
    // Observations applied while counting (from the window's start until the GUI thread noticed
    // its end), by outcome.
    qint64 observed = 0;
    qint64 passed = 0;
    QHash<QString, qint64> failures; // by fetchFailureName / outcome
};

ConsoleRun measureConsole(const Context &ctx, const HealthServer &server)
{
    const QString workspace = QDir(ctx.dir).filePath(u"workspace"_s);
    QDir().mkpath(workspace);
    writeWorkspace(workspace, server);
    const int endpoints = ctx.endpoints();

    // As app/console/main.cpp wires them: the monitor outlives the window that shows its models;
    // a backends.yaml read with the workspace (re)configures and starts it; the incident the
    // window opens is where the recorder writes.
    auto monitor = std::make_unique<ic::LiveMonitor>();
    auto window = std::make_unique<ic::MainWindow>();
    window->setLayoutSavedOnClose(false);
    window->setRecentFilesRemembered(false);
    window->setLiveModels({monitor->healthModel(), monitor->replicationModel(), monitor->alertsModel(),
                           monitor->panelModel(), monitor->dnsModel()});
    ic::LiveMonitor *live = monitor.get();
    QObject::connect(window.get(), &ic::MainWindow::backendsConfigLoaded, live, [live](const ic::BackendsConfig &config) {
        live->setConfig(config);
        live->start();
    });
    QObject::connect(window.get(), &ic::MainWindow::recordingTargetChanged, live, [live](ic::Incident *incident) {
        if (!incident)
            live->recorder()->flush();
        live->setIncident(incident);
    });
    QObject::connect(live->recorder(), &ic::LiveRecorder::recordFailed, [](const QString &message) {
        progress(u"the recorder could not write: %1"_s.arg(message));
    });
    window->resize(1600, 1000);
    if (ctx.incident) {
        ic::Incident::Declaration declaration;
        declaration.title = u"Benchmark: 1,000 health endpoints"_s;
        declaration.severity = ic::Severity::Sev2;
        declaration.commander = u"bench"_s;
        QString error;
        if (!window->declareIncident(QDir(ctx.dir).filePath(u"live.incident"_s), declaration, &error))
            throw BenchError(u"cannot declare the incident: %1"_s.arg(error));
    }
    window->loadWorkspace(workspace);
    window->liveDock()->show();
    window->liveDock()->raise();
    window->liveDashboard()->tabs()->setCurrentIndex(ic::LiveDashboard::HealthTab);
    window->show();

    // Every check answered twice (up_after: 2, so all are Healthy) and the graph laid out: what a
    // commander sees a few seconds after opening the workspace. Then the warm-up.
    ic::HealthModel *health = live->healthModel();
    std::optional<bool> loaded;
    QObject::connect(window.get(), &ic::MainWindow::workspaceLoaded, window.get(), [&loaded](bool ok) { loaded = ok; });
    auto allHealthy = [&] {
        if (health->rowCount() != endpoints)
            return false;
        for (const ic::HealthCheck &check : health->checks()) {
            if (health->state(check.name) != ic::ServiceHealth::Healthy)
                return false;
        }
        return true;
    };
    QElapsedTimer setup;
    setup.start();
    const bool settled = waitUntil([&] { return (loaded && !*loaded) || (loaded && !window->isBusy() && allHealthy()); },
                                   ctx.smoke ? 60000 : 180000);
    if (loaded && !*loaded)
        throw BenchError(u"the generated workspace did not load"_s);
    if (!settled) {
        throw BenchError(u"after %1 s: workspace loaded %2, window busy %3, %4 of %5 checks configured, not all healthy"_s
                             .arg(number(seconds(setup)))
                             .arg(loaded.value_or(false))
                             .arg(window->isBusy())
                             .arg(health->rowCount())
                             .arg(endpoints));
    }
    progress(u"console: %1 checks healthy, graph laid out, %2 s after the workspace was opened; warm-up %3 s"_s
                 .arg(endpoints)
                 .arg(number(seconds(setup)))
                 .arg(number(double(ctx.sizes.warmupMs) / 1000)));

    ConsoleRun run;
    std::atomic<bool> counting = false;
    std::atomic<qint64> applied = 0;
    QObject::connect(live, &ic::LiveMonitor::healthObserved, live, [&](const ic::HealthObservation &o) {
        if (!counting)
            return;
        ++applied;
        ++run.observed;
        if (o.outcome == ic::ProbeOutcome::Pass)
            ++run.passed;
        else
            ++run.failures[o.failure != ic::FetchFailure::None ? ic::fetchFailureName(o.failure) : ic::probeOutcomeName(o.outcome)];
    });
    qint64 eventsWritten = 0;
    qint64 samplesWritten = 0;
    int writes = 0;
    QObject::connect(live->recorder(), &ic::LiveRecorder::written, live, [&](int events, int samples) {
        if (!counting)
            return;
        eventsWritten += events;
        samplesWritten += samples;
        ++writes;
    });
    QElapsedTimer clock;
    clock.start();
    StallMeter stalls(clock);
    runEventsFor(ctx.sizes.warmupMs);

    const std::function<WindowSample()> sample = [&] {
        WindowSample s;
        s.ns = clock.nsecsElapsed();
        s.cpuSeconds = selfCpuSeconds();
        s.applied = applied;
        s.threads = threadCpuSeconds();
        s.served = server.served();
        return s;
    };
    stalls.begin();
    counting = true;
    const auto [first, last] = measureWindow(ctx.sizes.windowMs, sample);
    counting = false;
    stalls.end(first.ns, last.ns);
    const qint64 lateMs = (clock.nsecsElapsed() - last.ns) / 1000000;

    run.cpuSeconds = last.cpuSeconds - first.cpuSeconds;
    run.windowSeconds = double(last.ns - first.ns) / 1e9;
    run.applied = last.applied - first.applied;
    if (first.served && last.served)
        run.served = *last.served - *first.served;
    run.stallMaxMs = stalls.maxMs();
    run.stallP99Ms = stalls.percentileMs(0.99);

    progress(u"console: %1 s CPU in %2 s = %3 % of one core; by thread: %4"_s.arg(number(run.cpuSeconds),
                                                                                 number(run.windowSeconds),
                                                                                 number(100 * run.cpuSeconds / run.windowSeconds),
                                                                                 threadBreakdown(first.threads, last.threads, run.cpuSeconds)));
    progress(u"console: GUI event loop (a %1 ms timer): stall max %2 ms, 99th percentile %3 ms, median %4 ms; %5 of %6 gaps "
             "over %7 ms"_s.arg(StallTickMs)
                 .arg(number(run.stallMaxMs), number(run.stallP99Ms), number(stalls.percentileMs(0.5)))
                 .arg(stalls.countOver(StallGoalMs))
                 .arg(stalls.gaps())
                 .arg(StallGoalMs));
    if (lateMs > 1000)
        progress(u"warning: the GUI thread got back to its event loop %1 s after the window ended"_s.arg(number(double(lateMs) / 1000)));
    if (ctx.incident) {
        progress(u"console: the recorder wrote %1 events and %2 samples in %3 writes during the window (%4 events on "
                 "the timeline in all)"_s.arg(eventsWritten)
                     .arg(samplesWritten)
                     .arg(writes)
                     .arg(window->incident()->store()->lastSeq()));
    }

    // Tear down before the baseline runs: nothing of ours may poll while Prometheus is measured.
    window->closeIncident();
    window.reset();
    monitor.reset();
    return run;
}

struct PrometheusRun {
    double cpuSeconds = 0;
    double windowSeconds = 0;
    double scrapes = 0;   // in the window, from Prometheus' own `up` series
    double scrapesUp = 0;
    std::optional<qint64> served; // requests the endpoint server answered in the window
};

PrometheusRun measurePrometheus(const Context &ctx, const HealthServer &server)
{
    const quint16 port = ctx.prometheusPort ? ctx.prometheusPort : freePort();
    const QString base = QDir(ctx.dir).filePath(u"prometheus"_s);
    QDir().mkpath(base + u"/data"_s);
    // One target per endpoint. Endpoints share a host:port, so the path goes into the target
    // (__metrics_path__) and into a label of its own: otherwise the series of the 50 paths on one
    // port would be the same series.
    QByteArray config = "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1m\n"
                        "scrape_configs:\n  - job_name: bench\n    static_configs:\n";
    for (int path = 0; path < server.paths(); ++path) {
        config += "      - targets: [";
        for (int p = 0; p < server.ports().size(); ++p)
            config += (p ? ", '127.0.0.1:" : "'127.0.0.1:") + QByteArray::number(server.ports().at(p)) + "'";
        config += "]\n        labels: {__metrics_path__: /h" + QByteArray::number(path) + ", endpoint: h"
            + QByteArray::number(path) + "}\n";
    }
    writeFile(base + u"/prometheus.yml"_s, config);

    QProcess prometheus;
    prometheus.setProgram(ctx.prometheus);
    prometheus.setArguments({u"--config.file=%1/prometheus.yml"_s.arg(base), u"--storage.tsdb.path=%1/data"_s.arg(base),
                             u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s});
    prometheus.setStandardOutputFile(base + u"/prometheus.log"_s);
    prometheus.setStandardErrorFile(base + u"/prometheus.log"_s, QIODevice::Append);
    prometheus.start();
    if (!prometheus.waitForStarted(10000))
        throw BenchError(u"cannot start %1: %2"_s.arg(ctx.prometheus, prometheus.errorString()));
    auto log = [&] {
        QFile file(base + u"/prometheus.log"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(2000)) : QString();
    };
    struct Stop {
        QProcess &p;
        ~Stop()
        {
            p.terminate();
            if (!p.waitForFinished(15000)) {
                p.kill();
                p.waitForFinished(5000);
            }
        }
    } stop{prometheus};

    ic::HttpFetcher fetcher;
    const QString url = u"http://127.0.0.1:%1"_s.arg(port);
    const int endpoints = ctx.endpoints();
    int up = 0;
    QElapsedTimer setup;
    setup.start();
    const bool ready = waitUntil(
        [&] {
            if (prometheus.state() != QProcess::Running)
                throw BenchError(u"Prometheus exited: %1"_s.arg(log()));
            const ic::HttpResult r = fetchNow(fetcher, QUrl(url + u"/api/v1/targets?state=active"_s));
            if (!r.ok())
                return false;
            up = 0;
            const QJsonArray targets = jsonObject(r).value(u"data"_s).toObject().value(u"activeTargets"_s).toArray();
            for (const QJsonValue &t : targets)
                up += t.toObject().value(u"health"_s).toString() == u"up"_s;
            return up == endpoints;
        },
        120000);
    if (!ready)
        throw BenchError(u"Prometheus: %1 of %2 targets up after %3 s: %4"_s.arg(up).arg(endpoints).arg(number(seconds(setup)), log()));
    progress(u"Prometheus %1 (port %2): all %3 targets up %4 s after start; warm-up %5 s"_s.arg(ctx.prometheus)
                 .arg(port)
                 .arg(endpoints)
                 .arg(number(seconds(setup)), number(double(ctx.sizes.warmupMs) / 1000)));
    runEventsFor(ctx.sizes.warmupMs);

    const QString stat = u"/proc/%1/stat"_s.arg(prometheus.processId());
    PrometheusRun run;
    struct Sample {
        qint64 ns = 0;
        std::optional<double> cpuSeconds;
        std::optional<qint64> served;
    };
    QElapsedTimer clock;
    clock.start();
    const std::function<Sample()> sample = [&] { return Sample{clock.nsecsElapsed(), statCpuSeconds(stat), server.served()}; };
    const auto [first, last] = measureWindow(ctx.sizes.windowMs, sample);
    run.windowSeconds = double(last.ns - first.ns) / 1e9;
    if (!first.cpuSeconds || !last.cpuSeconds)
        throw BenchError(u"cannot read %1"_s.arg(stat));
    run.cpuSeconds = *last.cpuSeconds - *first.cpuSeconds;
    if (first.served && last.served)
        run.served = *last.served - *first.served;
    const QString end = QString::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000, 'f', 3);

    // What it did in that window, by its own account.
    const QString range = u"%1s"_s.arg(qRound(run.windowSeconds));
    auto scalar = [&](const QString &query) {
        QUrlQuery q;
        q.addQueryItem(u"query"_s, query);
        q.addQueryItem(u"time"_s, end);
        QUrl u(url + u"/api/v1/query"_s);
        u.setQuery(q);
        const QJsonArray result = jsonObject(fetchNow(fetcher, u)).value(u"data"_s).toObject().value(u"result"_s).toArray();
        return result.isEmpty() ? 0.0 : result.at(0).toObject().value(u"value"_s).toArray().at(1).toString().toDouble();
    };
    run.scrapes = scalar(u"sum(count_over_time(up{job=\"bench\"}[%1]))"_s.arg(range));
    run.scrapesUp = scalar(u"sum(sum_over_time(up{job=\"bench\"}[%1]))"_s.arg(range));
    progress(u"Prometheus: %1 s CPU in %2 s = %3 % of one core; %4 scrapes in the last %5, %6 of them up; the endpoints "
             "answered %7 requests in the window"_s.arg(number(run.cpuSeconds), number(run.windowSeconds),
                                                         number(100 * run.cpuSeconds / run.windowSeconds),
                                                         QString::number(qRound64(run.scrapes)), range,
                                                         QString::number(qRound64(run.scrapesUp)),
                                                         run.served ? QString::number(*run.served) : u"(unknown)"_s));
    return run;
}

void figureHealthPoll(const Context &ctx)
{
    const int endpoints = ctx.endpoints();
    progress(u"health-poll: %1 endpoints (%2 ports × %3 paths), polled every 1 s for %4 s after a %5 s warm-up%6"_s
                 .arg(endpoints)
                 .arg(ctx.sizes.ports)
                 .arg(ctx.sizes.paths)
                 .arg(number(double(ctx.sizes.windowMs) / 1000), number(double(ctx.sizes.warmupMs) / 1000),
                      ctx.incident ? u", recording into an open incident"_s : u", no incident open"_s));
    const HealthServer server(ctx.server, ctx.sizes.ports, ctx.sizes.paths);

    const ConsoleRun console = measureConsole(ctx, server);
    const double expected = double(endpoints) * console.windowSeconds;
    QStringList failures;
    for (auto it = console.failures.cbegin(); it != console.failures.cend(); ++it)
        failures << u"%1 %2"_s.arg(it.value()).arg(it.key());
    progress(u"console: in the window %1 probes answered by the endpoints and %2 observations applied on the GUI thread "
             "(expected about %3); of all %4 applied while counting %5 passed, failures: %6"_s
                 .arg(console.served ? QString::number(*console.served) : u"(unknown)"_s)
                 .arg(console.applied)
                 .arg(qRound64(expected))
                 .arg(console.observed)
                 .arg(console.passed)
                 .arg(failures.isEmpty() ? u"none"_s : failures.join(u", "_s)));
    // A smoke run is there to show that the probes work.
    if (ctx.smoke && (console.observed == 0 || console.passed != console.observed))
        throw BenchError(u"the console's probes were not all answered: %1 answers, %2 passed"_s.arg(console.observed).arg(console.passed));
    // Fewer observations than asked make the CPU figure one for less work: said, not hidden.
    if (!ctx.smoke && double(console.applied) < 0.99 * expected)
        progress(u"warning: the GUI thread applied only %1 % of the expected observations: the console did not keep up, "
                 "and its CPU figure is for less work than asked"_s.arg(number(100 * double(console.applied) / expected)));

    std::optional<PrometheusRun> baseline;
    if (!ctx.prometheus.isEmpty())
        baseline = measurePrometheus(ctx, server);
    else
        progress(u"health-poll: no Prometheus baseline in a smoke run (--prometheus PATH runs it)"_s);

    Figure cpu{u"health_poll_cpu"_s, console.cpuSeconds, u"s"_s, std::nullopt, std::nullopt,
               u"none set by issue 4 (CPU seconds in the window, ratio for information)"_s, true};
    if (baseline) {
        // Both windows last the same wall-clock time, give or take a few ms: compared per second.
        cpu.baseline = baseline->cpuSeconds * console.windowSeconds / baseline->windowSeconds;
    }
    report(cpu);
    report({u"health_poll_stall"_s, console.stallMaxMs, u"ms"_s, std::nullopt, StallGoalMs,
            u"< %1 ms (longest GUI event-loop stall)"_s.arg(StallGoalMs), console.stallMaxMs < StallGoalMs});
}

// --- Figure leader-loss ----------------------------------------------------------------------

// The stack's env file: `export NAME=VALUE` lines (docs/testing-backends.md).
QHash<QString, QString> readStackEnv(const QString &stackDir)
{
    QFile file(QDir(stackDir).filePath(u"env"_s));
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError(u"no stack: %1 cannot be read"_s.arg(file.fileName()));
    QHash<QString, QString> env;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export "_s))
            line = line.mid(7);
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

// Runs a script of the repository; its output goes to stderr (stdout belongs to the figures).
void runScript(const Context &ctx, const QString &script, const QStringList &arguments, qint64 timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IC_BACKENDS_DIR"_s, ctx.stackDir);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProgram(QDir(ctx.repo).filePath(script));
    process.setArguments(arguments);
    QElapsedTimer timer;
    timer.start();
    process.start();
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(int(timeoutMs));
    const QByteArray output = process.readAll();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        std::fprintf(stderr, "%s", output.constData());
        throw BenchError(u"%1 %2 failed%3"_s.arg(script, arguments.join(u' '),
                                                 finished ? u" (exit code %1)"_s.arg(process.exitCode())
                                                          : u": not finished in %1 s"_s.arg(timeoutMs / 1000)));
    }
    progress(u"%1 %2: done in %3 s"_s.arg(script, arguments.join(u' '), number(seconds(timer))));
}

// PID of a server the stack recorded in its pids file ("NAME PID" lines).
qint64 stackPid(const QString &stackDir, const QString &name)
{
    QFile file(QDir(stackDir).filePath(u"pids"_s));
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError(u"cannot read %1"_s.arg(file.fileName()));
    qint64 pid = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> words = file.readLine().trimmed().split(' ');
        if (words.size() == 2 && words.at(0) == name.toUtf8())
            pid = words.at(1).toLongLong(); // the last one recorded wins
    }
    if (pid <= 0)
        throw BenchError(u"%1 names no %2"_s.arg(file.fileName(), name));
    return pid;
}

// The postmaster of a data directory: the first line of its postmaster.pid.
qint64 postmasterPid(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(u"postmaster.pid"_s));
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    const qint64 pid = file.readLine().trimmed().toLongLong();
    if (pid <= 0)
        throw BenchError(u"%1 holds no PID"_s.arg(file.fileName()));
    return pid;
}

// Polls Alertmanager's active alerts every 100 ms (one request at a time) and remembers when the
// alert was first listed.
class AlertWatch : public QObject
{
public:
    AlertWatch(const QUrl &alertmanager, const QString &alert)
        : m_alert(alert)
    {
        m_url = alertmanager;
        m_url.setPath(u"/api/v2/alerts"_s);
        m_url.setQuery(u"active=true"_s);
        m_timer.setInterval(100);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
    }

    void start()
    {
        m_timer.start();
        poll();
    }
    // Only answers to requests sent after now count (a request in flight may predate the loss).
    void markT0(const QElapsedTimer *t0)
    {
        m_t0 = t0;
        m_firstSeenS.reset();
    }
    int quietAnswers() const { return m_quietAnswers; }
    int errors() const { return m_errors; }
    std::optional<double> firstSeenSeconds() const { return m_firstSeenS; }
    bool firingBeforeT0() const { return m_firingBeforeT0; }

private:
    void poll()
    {
        if (m_inFlight)
            return;
        m_inFlight = true;
        ic::HttpFetcher::Request request;
        request.url = m_url;
        request.settings.timeoutMs = 2000;
        request.expect.acceptedTypes = {QByteArrayLiteral("application/json")};
        const bool afterT0 = m_t0 != nullptr;
        m_fetcher.fetch(request, this, [this, afterT0](const ic::HttpResult &r) {
            m_inFlight = false;
            if (!r.ok()) {
                ++m_errors;
                return;
            }
            bool listed = false;
            for (const QJsonValue &alert : QJsonDocument::fromJson(r.body).array())
                listed = listed || alert.toObject().value(u"labels"_s).toObject().value(u"alertname"_s).toString() == m_alert;
            if (!afterT0) {
                if (listed)
                    m_firingBeforeT0 = true;
                else
                    ++m_quietAnswers;
            } else if (listed && !m_firstSeenS) {
                m_firstSeenS = seconds(*m_t0);
            }
        });
    }

    QString m_alert;
    QUrl m_url;
    QTimer m_timer;
    ic::HttpFetcher m_fetcher;
    bool m_inFlight = false;
    const QElapsedTimer *m_t0 = nullptr;
    int m_quietAnswers = 0;
    int m_errors = 0;
    bool m_firingBeforeT0 = false;
    std::optional<double> m_firstSeenS;
};

struct LossRound {
    double consoleS = 0;
    QString consoleKind;
    double prometheusS = 0;
    std::optional<double> apiUnreachableS; // the leader's /patroni refused, as the console saw it
};

LossRound leaderLossRound(const Context &ctx, int round)
{
    // A fresh stack (backends-up stops the one still running from the last round): node1 leads,
    // node2 streams.
    runScript(ctx, u"scripts/backends-up"_s, {ctx.stackDir}, 300000);
    runScript(ctx, u"tests/integration/stack/switchover.sh"_s, {u"--ensure"_s, u"node1"_s}, 120000);
    const QHash<QString, QString> env = readStackEnv(ctx.stackDir);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.key().startsWith(u"PATRONI_"_s)) // backends.yaml refers to ${env:PATRONI_PASSWORD}
            qputenv(it.key().toLocal8Bit().constData(), it.value().toLocal8Bit());
    }

    const QString workspace = env.value(u"IC_BACKENDS_WORKSPACE"_s);
    const ic::CatalogLoader::Result catalog = ic::CatalogLoader::load(workspace);
    if (!catalog.ok())
        throw BenchError(u"the stack's workspace %1: %2"_s.arg(workspace, catalog.errors.value(0).toString()));
    const ic::BackendsConfigLoader::Result loaded = ic::BackendsConfigLoader::load(workspace, catalog.catalog);
    if (!loaded.ok())
        throw BenchError(u"the stack's backends.yaml: %1"_s.arg(loaded.errors.value(0).toString()));
    ic::BackendsConfig config = loaded.config;
    const auto cluster = std::find_if(config.patroni.begin(), config.patroni.end(),
                                      [](const ic::PatroniCluster &c) { return c.service == StackCluster; });
    if (cluster == config.patroni.end())
        throw BenchError(u"the stack's backends.yaml has no Patroni cluster %1"_s.arg(StackCluster));
    if (cluster->intervalMs != StackIntervalMs)
        throw BenchError(u"the stack's backends.yaml polls %1 every %2 ms, not every %3 ms (the scrape interval)"_s
                             .arg(StackCluster)
                             .arg(cluster->intervalMs)
                             .arg(StackIntervalMs));

    AlertWatch alerts(QUrl(env.value(u"IC_ALERTMANAGER_URL"_s)), StackAlert);
    alerts.start();

    ic::LiveMonitor monitor;
    monitor.setConfig(config);
    monitor.start();
    ic::ReplicationModel *replication = monitor.replicationModel();
    if (!waitUntil([&] { return replication->isReachable(StackCluster) && replication->leader(StackCluster) == u"node1"_s; },
                   30000))
        throw BenchError(u"round %1: the console did not see node1 lead within 30 s (leader \"%2\")"_s.arg(round).arg(
            replication->leader(StackCluster)));
    // Both sides poll on their own 2 s rhythm; a random moment within it, not one tied to ours.
    runEventsFor(500 + QRandomGenerator::global()->bounded(2000));
    if (!waitUntil([&] { return alerts.quietAnswers() >= 3 || alerts.firingBeforeT0(); }, 10000) || alerts.firingBeforeT0())
        throw BenchError(u"round %1: Alertmanager %2 before the leader was killed"_s.arg(round).arg(
            alerts.firingBeforeT0() ? u"already lists %1"_s.arg(StackAlert) : u"does not answer"_s));

    const qint64 patroni = stackPid(ctx.stackDir, u"patroni1"_s);
    const qint64 postmaster = postmasterPid(env.value(u"IC_PG1_DATA"_s));

    LossRound result;
    std::optional<double> console;
    QElapsedTimer t0;
    QObject::connect(replication, &ic::ReplicationModel::replicationChanged, &monitor, [&](const ic::ReplicationChange &ch) {
        using K = ic::ReplicationChange::Kind;
        if (console || !t0.isValid() || ch.cluster != StackCluster)
            return;
        const bool leaderLost = (ch.kind == K::MemberDown && ch.member == u"node1"_s) || ch.kind == K::NoLeader
            || ch.kind == K::LeaderChanged || ch.kind == K::ClusterUnreachable;
        if (leaderLost) {
            console = seconds(t0);
            result.consoleKind = ic::replicationChangeKindName(ch.kind);
        }
    });
    QObject::connect(&monitor, &ic::LiveMonitor::topologyRead, &monitor, [&](const ic::ClusterTopology &t) {
        if (result.apiUnreachableS || !t0.isValid() || t.service != StackCluster)
            return;
        for (const ic::PatroniMember &m : t.members) {
            if (m.name == u"node1"_s && !m.apiReachable)
                result.apiUnreachableS = seconds(t0);
        }
    });

    t0.start();
    alerts.markT0(&t0);
    // A crash, not a shutdown: neither Patroni nor PostgreSQL gets to release anything.
    if (::kill(pid_t(patroni), SIGKILL) != 0 || ::kill(pid_t(postmaster), SIGKILL) != 0)
        throw BenchError(u"round %1: cannot kill node1 (Patroni %2, postmaster %3): %4"_s.arg(round).arg(patroni).arg(postmaster).arg(
            QString::fromLocal8Bit(strerror(errno))));
    progress(u"round %1: killed node1's Patroni (pid %2) and postmaster (pid %3)"_s.arg(round).arg(patroni).arg(postmaster));

    constexpr qint64 DetectionTimeoutMs = 120000;
    waitUntil([&] { return console && alerts.firstSeenSeconds(); }, DetectionTimeoutMs);
    if (!console || !alerts.firstSeenSeconds())
        throw BenchError(u"round %1: not detected within %2 s by %3"_s.arg(round).arg(DetectionTimeoutMs / 1000).arg(
            !console ? u"the console"_s : u"Prometheus + Alertmanager"_s));
    result.consoleS = *console;
    result.prometheusS = *alerts.firstSeenSeconds();
    progress(u"round %1: console %2 s (%3), Prometheus + Alertmanager %4 s%5"_s.arg(round)
                 .arg(number(result.consoleS), result.consoleKind, number(result.prometheusS),
                      result.apiUnreachableS ? u"; the console's poll found node1's REST API unreachable after %1 s"_s.arg(
                                                   number(*result.apiUnreachableS))
                                             : QString()));
    return result;
}

void figureLeaderLoss(const Context &ctx)
{
    if (ctx.smoke) {
        progress(u"leader-loss: skipped in a smoke run (it needs the Patroni/Prometheus stack of scripts/backends-up)"_s);
        return;
    }
    if (ctx.stackDir.isEmpty())
        throw BenchError(u"leader-loss needs --stack DIR (a state directory for scripts/backends-up)"_s);
    progress(u"leader-loss: %1 rounds on the stack in %2; console polls Patroni every %3 s, Prometheus scrapes and "
             "evaluates every 2 s, Alertmanager group_wait 1 s, Alertmanager polled every 0.1 s"_s
                 .arg(ctx.rounds)
                 .arg(ctx.stackDir)
                 .arg(number(double(StackIntervalMs) / 1000)));
    // The stack is stopped when the rounds are over, also when one fails (scripts/bench stops it
    // too, should this process not get that far).
    struct StackStop {
        const Context &ctx;
        ~StackStop()
        {
            try {
                runScript(ctx, u"scripts/backends-down"_s, {ctx.stackDir}, 120000);
            } catch (const BenchError &e) {
                progress(QString::fromLocal8Bit(e.what()));
            }
        }
    } stop{ctx};
    QList<double> console;
    QList<double> prometheus;
    for (int round = 1; round <= ctx.rounds; ++round) {
        const LossRound r = leaderLossRound(ctx, round);
        console.append(r.consoleS);
        prometheus.append(r.prometheusS);
    }
    const double c = median(console);
    const double p = median(prometheus);
    report({u"leader_loss_detection"_s, c, u"s"_s, p, std::nullopt,
            u"ratio ≤ 0.5 (console / Prometheus + Alertmanager, medians of %1 rounds)"_s.arg(ctx.rounds), p > 0 && c / p <= 0.5});
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_live"_s);
    QCoreApplication::setOrganizationName(u"IncidentConsoleBench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of live monitoring (docs/performance.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption smoke(u"smoke"_s, u"Tiny sizes, no baseline, no stack: checks that the code runs, measures nothing."_s);
    const QCommandLineOption work(u"work"_s, u"Folder for the scratch files (default: the current one)."_s, u"dir"_s,
                                  QDir::currentPath());
    const QCommandLineOption keep(u"keep"_s, u"Keep the scratch folder (workspace, incident file, Prometheus log)."_s);
    const QCommandLineOption only(u"only"_s, u"Run only these figures: %1."_s.arg(AllFigures.join(u", "_s)), u"list"_s);
    const QCommandLineOption server(u"server"_s, u"The endpoint server (default: bench_health_server next to this program)."_s,
                                    u"path"_s);
    const QCommandLineOption prometheus(u"prometheus"_s, u"The Prometheus to compare with (default: prometheus; a smoke run only with this option)."_s,
                                        u"path"_s);
    const QCommandLineOption prometheusPort(u"prometheus-port"_s, u"Its port on 127.0.0.1 (default: a free one)."_s, u"port"_s);
    const QCommandLineOption noIncident(u"no-incident"_s, u"health-poll without an open incident (nothing recorded)."_s);
    const QCommandLineOption stack(u"stack"_s, u"leader-loss: state directory for scripts/backends-up (started for every round, stopped at the end)."_s,
                                   u"dir"_s);
    const QCommandLineOption repo(u"repo"_s, u"The source tree with scripts/ (default: the one this was built from)."_s, u"dir"_s,
                                  QString::fromUtf8(IC_SOURCE_DIR));
    const QCommandLineOption rounds(u"rounds"_s, u"leader-loss rounds (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption ports(u"ports"_s, u"health-poll: endpoint ports (default 20)."_s, u"n"_s);
    const QCommandLineOption paths(u"paths"_s, u"health-poll: endpoints per port (default 50)."_s, u"n"_s);
    const QCommandLineOption windowSeconds(u"window"_s, u"health-poll: seconds measured on each side (default 60)."_s, u"s"_s);
    parser.addOptions({smoke, work, keep, only, server, prometheus, prometheusPort, noIncident, stack, repo, rounds, ports,
                       paths, windowSeconds});
    parser.process(app);

    Context ctx;
    ctx.smoke = parser.isSet(smoke);
    ctx.sizes = ctx.smoke ? SmokeSizes : FullSizes;
    ctx.incident = !parser.isSet(noIncident);
    ctx.repo = parser.value(repo);
    ctx.stackDir = parser.isSet(stack) ? QFileInfo(parser.value(stack)).absoluteFilePath() : QString();
    bool ok = true;
    ctx.rounds = parser.value(rounds).toInt(&ok);
    if (!ok || ctx.rounds < 1) {
        std::fprintf(stderr, "bench: --rounds takes a positive number, not '%s'\n", qPrintable(parser.value(rounds)));
        return 2;
    }
    const std::pair<const QCommandLineOption *, int *> sizeOptions[] = {{&ports, &ctx.sizes.ports}, {&paths, &ctx.sizes.paths}};
    for (const auto &[option, size] : sizeOptions) {
        if (parser.isSet(*option)) {
            *size = parser.value(*option).toInt(&ok);
            if (!ok || *size < 1 || *size > 1000) {
                std::fprintf(stderr, "bench: --%s takes a number from 1 to 1000\n", qPrintable(option->names().constFirst()));
                return 2;
            }
        }
    }
    if (parser.isSet(windowSeconds)) {
        const double s = parser.value(windowSeconds).toDouble(&ok);
        if (!ok || s < 1) {
            std::fprintf(stderr, "bench: --window takes seconds (at least 1), not '%s'\n", qPrintable(parser.value(windowSeconds)));
            return 2;
        }
        ctx.sizes.windowMs = qint64(s * 1000);
    }
    if (parser.isSet(prometheusPort)) {
        const uint port = parser.value(prometheusPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            std::fprintf(stderr, "bench: --prometheus-port takes a port, not '%s'\n", qPrintable(parser.value(prometheusPort)));
            return 2;
        }
        ctx.prometheusPort = quint16(port);
    }
    const QStringList figures = parser.isSet(only) ? parser.value(only).split(u',', Qt::SkipEmptyParts) : AllFigures;
    for (const QString &figure : figures) {
        if (!AllFigures.contains(figure)) {
            std::fprintf(stderr, "bench: unknown figure '%s' (expected %s)\n", qPrintable(figure),
                         qPrintable(AllFigures.join(u", "_s)));
            return 2;
        }
    }
    if (figures.contains(u"health-poll"_s)) {
        ctx.server = parser.isSet(server) ? parser.value(server)
                                          : QDir(QCoreApplication::applicationDirPath()).filePath(u"bench_health_server"_s);
        if (!QFileInfo(ctx.server).isExecutable()) {
            std::fprintf(stderr, "bench: the endpoint server %s is missing (build the target bench_health_server)\n",
                         qPrintable(ctx.server));
            return 1;
        }
        if (!ctx.smoke || parser.isSet(prometheus)) {
            const QString wanted = parser.isSet(prometheus) ? parser.value(prometheus) : u"prometheus"_s;
            ctx.prometheus = QStandardPaths::findExecutable(wanted);
            if (ctx.prometheus.isEmpty() && QFileInfo(wanted).isExecutable())
                ctx.prometheus = QFileInfo(wanted).absoluteFilePath();
            if (ctx.prometheus.isEmpty()) {
                std::fprintf(stderr, "bench: needs %s for the baseline (scripts/setup installs it)\n", qPrintable(wanted));
                return 1;
            }
        }
    }
    const std::unique_ptr<QTemporaryDir> dir = makeScratchFolder(parser.value(work), parser.isSet(keep));
    if (!dir)
        return 1;
    ctx.dir = dir->path();

    reportLoad();
    try {
        if (figures.contains(u"health-poll"_s))
            figureHealthPoll(ctx);
        if (figures.contains(u"leader-loss"_s))
            figureLeaderLoss(ctx);
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench: error: %s\n", e.what());
        return 1;
    }
    reportLoad();
    reportVerdicts(ctx.smoke);
    return 0;
}
