// incident-console: parses the command line, sets up language and window, and wires a
// screenshot mode that renders the window offscreen for headless checks.

#include "Language.h"
#include "Incident.h"
#include "LiveDashboard.h"
#include "LiveMonitor.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TimeRangeBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImageWriter>
#include <QPixmap>
#include <QPointer>
#include <QTabWidget>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const QString DemoWorkspace = u":/demo-workspace"_s;
const QString AppIcon = u":/icons/incident-console.svg"_s;

bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strncmp(argv[i], name, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
            return true;
    }
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "incident-console: %s\n", qUtf8Printable(message));
}

// The workspace's display name: the top-level `name:` of workspace.yaml, else the folder name.
// Deliberately not a YAML parser: reading the workspace is the catalog's job (a later issue).
QString workspaceName(const QString &directory)
{
    QFile file(QDir(directory).filePath(u"workspace.yaml"_s));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        static const QRegularExpression nameLine(uR"(^name:\s*(.*?)\s*$)"_s);
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QRegularExpressionMatch match = nameLine.match(in.readLine());
            if (!match.hasMatch())
                continue;
            QString name = match.captured(1);
            const qsizetype comment = name.indexOf(u" #"_s);
            if (comment >= 0)
                name = name.left(comment).trimmed();
            if (name.size() >= 2 && (name.front() == u'"' || name.front() == u'\'') && name.back() == name.front())
                name = name.mid(1, name.size() - 2);
            if (!name.isEmpty())
                return name;
        }
    }
    const QString folder = QFileInfo(QDir::cleanPath(directory)).fileName();
    return folder.isEmpty() ? QDir::cleanPath(directory) : folder;
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(uR"(^\s*(\d{2,5})\s*[xX]\s*(\d{2,5})\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return size->width() >= 200 && size->height() >= 150;
}

// Handles events until the catalog is read (on a pool thread) and the graph laid out (on the
// layout thread), so that the screenshot shows the graph.
bool waitUntilIdle(const ic::MainWindow &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (window.isBusy()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// Screenshots of the Live Status dock: lets the first polls of every configured source answer
// (or fail, and fail again) so that the picture shows what a user sees after a few seconds.
void runEventsFor(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

// Lets layouts, style polish and deferred scrolling settle before grabbing.
void settle(QWidget *window)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    window->update();
    QCoreApplication::processEvents();
}

// The offscreen platform says this for every window it "shows"; in screenshot mode it is noise.
QtMessageHandler previousHandler = nullptr;
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == "This plugin does not support propagateSizeHints()"_L1)
        return;
    previousHandler(type, context, message);
}

// Live monitoring: backends.yaml drives the monitor, the open incident receives what it records,
// the dashboard's silence and range requests go to it, and its failures to the banner.
void wireLiveMonitoring(ic::MainWindow &window, ic::LiveMonitor &monitor)
{
    window.setLiveModels({monitor.healthModel(), monitor.replicationModel(), monitor.alertsModel(), monitor.panelModel(),
                          monitor.dnsModel()});
    QObject::connect(&window, &ic::MainWindow::backendsConfigLoaded, &monitor, [&monitor](const ic::BackendsConfig &config) {
        monitor.setConfig(config);
        monitor.start();
    });
    QObject::connect(&window, &ic::MainWindow::recordingTargetChanged, &monitor, [&monitor](ic::Incident *incident) {
        if (!incident)
            monitor.recorder()->flush(); // what is pending belongs to the file that is closing
        monitor.setIncident(incident);
    });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &monitor, [&monitor] { monitor.recorder()->flush(); });
    QObject::connect(monitor.recorder(), &ic::LiveRecorder::recordFailed, &window, [&window](const QString &message) {
        window.banner()->showError(message);
    });
    QObject::connect(&window, &ic::MainWindow::silenceRequested, &monitor,
                     [&window, &monitor](const ic::SilenceRequest &request, const QString &role) {
                         ic::SilenceRequest silence = request;
                         if (silence.createdBy.isEmpty())
                             silence.createdBy = window.actor();
                         QPointer<ic::MainWindow> target(&window);
                         monitor.createSilence(silence, role, [target](bool ok, const QString &idOrError) {
                             if (!target)
                                 return;
                             if (ok)
                                 target->banner()->showInformation(
                                     QCoreApplication::translate("main", "Silence %1 created in Alertmanager.").arg(idOrError));
                             else
                                 target->banner()->showError(
                                     QCoreApplication::translate("main", "Alertmanager did not create the silence: %1").arg(idOrError));
                         });
                     });
    QObject::connect(&window, &ic::MainWindow::expireSilenceRequested, &monitor,
                     [&window, &monitor](const QString &silenceId, const QString &role) {
                         QPointer<ic::MainWindow> target(&window);
                         monitor.expireSilence(silenceId, window.actor(), role, [target](bool ok, const QString &idOrError) {
                             if (!target)
                                 return;
                             if (ok)
                                 target->banner()->showInformation(
                                     QCoreApplication::translate("main", "Silence %1 expired.").arg(idOrError));
                             else
                                 target->banner()->showError(
                                     QCoreApplication::translate("main", "Alertmanager did not expire the silence: %1").arg(idOrError));
                         });
                     });
    QObject::connect(window.liveDashboard()->timeRangeBar(), &ic::TimeRangeBar::rangeChanged, &monitor,
                     [&window, &monitor](ic::TimeRangeBar::Range range) {
                         qint64 span = 60 * 60 * 1000;
                         if (range == ic::TimeRangeBar::Range::LastFiveMinutes)
                             span = 5 * 60 * 1000;
                         else if (range == ic::TimeRangeBar::Range::SinceIncidentStart && window.incident()->isOpen())
                             span = QDateTime::currentMSecsSinceEpoch() - window.incident()->state().declaredAtMs;
                         monitor.setPanelSpanMs(span);
                     });
}

} // namespace

int main(int argc, char **argv)
{
    // The screenshot mode must work without a display; the platform is chosen when
    // QApplication is constructed, so decide before that.
    // --version and --help show no window either and must work over ssh and in CI.
    const bool windowless = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all");
    if (windowless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (windowless)
        previousHandler = qInstallMessageHandler(dropOffscreenNoise);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IncidentConsole"_s);
    QApplication::setApplicationName(u"incident-console"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(IC_VERSION));
    QApplication::setDesktopFileName(u"incident-console"_s);
    if (QFile::exists(AppIcon))
        QApplication::setWindowIcon(QIcon(AppIcon));

    // Before anything translated is created, the display name included.
    ic::installTranslations(app, ic::languageFromArguments(argc, argv));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Incident Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Run, rehearse and audit failover incidents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("main", "Incident file to open."),
                                 u"[FILE]"_s);
    const QCommandLineOption readOnlyOption(
        u"read-only"_s, QCoreApplication::translate("main", "Open FILE read-only (nothing can be added)."));
    const QCommandLineOption workspaceOption(
        u"workspace"_s,
        QCoreApplication::translate("main", "Workspace folder (default: the bundled demo workspace)."),
        u"DIR"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "Language of the user interface, e.g. de."),
        u"LANG"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Render the window offscreen to OUT.png and exit."),
        u"OUT.png"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, QCoreApplication::translate("main", "Window size for --screenshot (default 1600x1000)."),
        u"WIDTHxHEIGHT"_s, u"1600x1000"_s);
    const QCommandLineOption liveOption(
        u"live"_s, QCoreApplication::translate("main", "Start with the Live Status dock in front of the service graph."));
    const QCommandLineOption liveTabOption(
        u"live-tab"_s,
        QCoreApplication::translate("main", "With --live: the tab shown first (health, replication, alerts, metrics or dns)."),
        u"TAB"_s);
    parser.addOptions({readOnlyOption, workspaceOption, langOption, screenshotOption, sizeOption, liveOption, liveTabOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QCoreApplication::translate("main", "only one incident file can be opened at a time"));
        return 2;
    }
    const QString file = positional.value(0);
    const bool screenshot = parser.isSet(screenshotOption);
    QSize size(1600, 1000);
    if (!parseSize(parser.value(sizeOption), &size)) {
        printError(QCoreApplication::translate("main", "--size expects WIDTHxHEIGHT, e.g. 1600x1000, got \"%1\"")
                       .arg(parser.value(sizeOption)));
        return 2;
    }
    if (parser.isSet(readOnlyOption) && file.isEmpty())
        printError(QCoreApplication::translate("main", "--read-only has no effect without FILE"));

    QString workspace = parser.value(workspaceOption);
    if (workspace.isEmpty()) {
        workspace = DemoWorkspace;
    } else if (!QFileInfo(workspace).isDir()) {
        printError(QCoreApplication::translate("main", "workspace %1: no such folder").arg(workspace));
        return 1;
    }

    // Declared before the window, which shows its models: destroyed after it.
    ic::LiveMonitor monitor;
    ic::MainWindow window;
    wireLiveMonitoring(window, monitor);
    window.setWorkspaceName(QFileInfo::exists(workspace) ? workspaceName(workspace) : QString());
    if (screenshot) {
        // Reproducible pictures: the default layout, and nothing saved afterwards.
        window.setLayoutSavedOnClose(false);
        window.setRecentFilesRemembered(false);
        window.resize(size);
    } else {
        window.restoreSavedLayout();
    }

    if (!file.isEmpty()) {
        const auto access = parser.isSet(readOnlyOption) ? ic::MainWindow::Access::ReadOnly
                                                         : ic::MainWindow::Access::ReadWrite;
        QString error;
        if (!window.openIncident(file, access, &error) && screenshot) {
            printError(error);
            return 1;
        }
    }

    window.loadWorkspace(workspace);
    if (parser.isSet(liveOption) || parser.isSet(liveTabOption)) {
        window.liveDock()->show();
        window.liveDock()->raise();
    }
    if (parser.isSet(liveTabOption)) {
        const QStringList tabs{u"health"_s, u"replication"_s, u"alerts"_s, u"metrics"_s, u"dns"_s};
        const int tab = int(tabs.indexOf(parser.value(liveTabOption).toLower()));
        if (tab < 0 || tab >= window.liveDashboard()->tabs()->count()) {
            printError(QCoreApplication::translate("main", "--live-tab: no tab '%1' (health, replication, alerts, metrics, dns)")
                           .arg(parser.value(liveTabOption)));
            return 2;
        }
        window.liveDashboard()->tabs()->setCurrentIndex(tab);
    }
    window.show();
    if (!screenshot)
        return app.exec();

    if (!waitUntilIdle(window, 60000))
        printError(QCoreApplication::translate("main", "the service graph was not ready after 60 s; taking the screenshot anyway"));
    if (parser.isSet(liveOption) || parser.isSet(liveTabOption))
        runEventsFor(8000);
    settle(&window);
    const QString out = parser.value(screenshotOption);
    const QPixmap picture = window.grab();
    QImageWriter writer(out);
    if (QFileInfo(out).suffix().isEmpty())
        writer.setFormat("png");
    if (!writer.write(picture.toImage())) {
        printError(QCoreApplication::translate("main", "could not write the screenshot %1: %2")
                       .arg(QDir::toNativeSeparators(out), writer.errorString()));
        return 1;
    }
    return 0;
}
