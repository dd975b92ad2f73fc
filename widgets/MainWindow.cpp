#include "MainWindow.h"

#include "HealthModel.h"
#include "IncidentCommands.h"
#include "LiveDashboard.h"
#include "IncidentHeader.h"
#include "IncidentStatusIndicators.h"
#include "IncidentSummaryPanel.h"
#include "MessageBanner.h"
#include "NewIncidentDialog.h"
#include "Presentation.h"
#include "RecentIncidentFiles.h"
#include "SecondTicker.h"
#include "ServiceDetailsPanel.h"
#include "ServiceGraphModel.h"
#include "ServiceGraphPanel.h"
#include "ServiceGraphView.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "WelcomePanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString LastCommanderKey = u"newIncident/lastCommander"_s;
const QString IncidentsFolderKey = u"newIncident/folder"_s;
const QString OpenFolderKey = u"open/lastFolder"_s;
const QString ActorKey = u"user/name"_s;
// 2: the service graph and service details docks.
constexpr int LayoutVersion = 2;
// How many catalog problems the banner lists; `incidentctl graph WORKSPACE --check` lists all.
constexpr int CatalogIssuesShown = 5;

// The models' commands report failures through errorMessage() and then drop out of the stack,
// deleted before push() or undo() returns; this wrapper hands the message over while it exists.
template <typename Command>
class ReportingCommand : public Command
{
public:
    template <typename... Args>
    explicit ReportingCommand(std::function<void(const QString &)> report, Args &&...args)
        : Command(std::forward<Args>(args)...)
        , m_report(std::move(report))
    {
    }

    void redo() override
    {
        const QString before = this->errorMessage();
        Command::redo();
        reportIfFailed(before);
    }

    void undo() override
    {
        const QString before = this->errorMessage();
        Command::undo();
        reportIfFailed(before);
    }

private:
    void reportIfFailed(const QString &before)
    {
        const QString after = this->errorMessage();
        if (!after.isEmpty() && (this->isObsolete() || after != before))
            m_report(after);
    }

    std::function<void(const QString &)> m_report;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_incident(new Incident(this))
    , m_model(new TimelineModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_pollTimer(new QTimer(this))
    , m_ticker(new SecondTicker(this))
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(this))
    , m_incidentPage(new QWidget(this))
    , m_header(new IncidentHeader(this))
    , m_timeline(new TimelinePanel(this))
    , m_summary(new IncidentSummaryPanel(this))
    , m_serviceModel(new ServiceGraphModel(this))
    , m_graphPanel(new ServiceGraphPanel(this))
    , m_serviceDetails(new ServiceDetailsPanel(this))
    , m_indicators(new IncidentStatusIndicators(this))
{
    setObjectName(u"mainWindow"_s);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    const QString savedActor = QSettings().value(ActorKey).toString().trimmed();
    m_actor = savedActor.isEmpty() ? defaultActorName() : savedActor;

    m_timeline->setModel(m_model);

    auto *headerLine = new QFrame(m_incidentPage);
    headerLine->setFrameShape(QFrame::HLine);
    headerLine->setFrameShadow(QFrame::Sunken);
    auto *incidentLayout = new QVBoxLayout(m_incidentPage);
    incidentLayout->setContentsMargins(0, 0, 0, 0);
    incidentLayout->setSpacing(0);
    incidentLayout->addWidget(m_header);
    incidentLayout->addWidget(headerLine);
    incidentLayout->addWidget(m_timeline, 1);

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_incidentPage);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_indicators, 1);
    statusBar()->setSizeGripEnabled(true);

    createActions();
    createMenus();
    createToolBar();
    createDocks();

    connect(m_welcome, &WelcomePanel::newIncidentRequested, this, &MainWindow::showNewIncidentDialog);
    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePanel::recentFileActivated, this,
            [this](const QString &path) { openIncident(path, Access::ReadWrite); });
    connect(m_timeline, &TimelinePanel::noteRequested, this, &MainWindow::addNote);

    m_graphPanel->setModel(m_serviceModel);
    m_serviceDetails->setModel(m_serviceModel);
    connect(m_graphPanel, &ServiceGraphPanel::serviceSelected, m_serviceDetails, &ServiceDetailsPanel::setService);
    connect(m_graphPanel, &ServiceGraphPanel::detailsRequested, this, [this](const QString &id) {
        m_serviceDetails->setService(id);
        m_serviceDetailsDock->show();
        m_serviceDetailsDock->raise();
    });
    connect(m_serviceDetails, &ServiceDetailsPanel::serviceLinkActivated, this, [this](const QString &id) {
        // A service the graph's filter hides is still shown in the details.
        if (!m_graphPanel->selectService(id))
            m_serviceDetails->setService(id);
    });
    connect(m_graphPanel, &ServiceGraphPanel::markFailedRequested, this, &MainWindow::requestServiceMark);
    connect(m_graphPanel, &ServiceGraphPanel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_graphPanel, &ServiceGraphPanel::informationMessage, m_banner, &MessageBanner::showInformation);

    connectIncident();
    connect(m_model, &TimelineModel::loadFailed, m_banner, &MessageBanner::showError);

    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::poll);
    connect(m_ticker, &SecondTicker::ticked, this, &MainWindow::tick);

    resize(1280, 800);
    m_defaultLayout = saveState(LayoutVersion);

    updateRecentFiles();
    updateIncidentViews();
}

MainWindow::~MainWindow()
{
    // The commands point at the incident and the model at its store: take them down first.
    m_undoStack->clear();
    m_model->setStore(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Incident…"), this);
    m_newAction->setObjectName(u"actionNewIncident"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Declare a new incident (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::showNewIncidentDialog);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(u"actionOpen"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_openReadOnlyAction = new QAction(tr("Open &Read-Only…"), this);
    m_openReadOnlyAction->setObjectName(u"actionOpenReadOnly"_s);
    m_openReadOnlyAction->setToolTip(tr("Open an incident file for review without being able to change it"));
    connect(m_openReadOnlyAction, &QAction::triggered, this, &MainWindow::showOpenReadOnlyDialog);

    m_closeAction = new QAction(tr("&Close Incident"), this);
    m_closeAction->setObjectName(u"actionCloseIncident"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeIncident);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Not QUndoStack::createUndoAction(): it glues a prefix to the command's text, which is
    // not a sentence in every language. These are whole sentences with the command as %1.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"actionUndo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"actionRedo"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    updateUndoActions();

    m_findAction = new QAction(tr("&Find in Timeline"), this);
    m_findAction->setObjectName(u"actionFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (auto *filter = m_timeline->findChild<QLineEdit *>(u"textFilter"_s)) {
            filter->setFocus(Qt::ShortcutFocusReason);
            filter->selectAll();
        }
    });

    m_statusGroup = new QActionGroup(this);
    m_statusGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    for (const IncidentStatus status : AllStatuses) {
        auto *action = new QAction(statusDisplayName(status), m_statusGroup);
        action->setObjectName(u"actionStatus_"_s + statusName(status));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status] { requestStatus(status); });
        m_statusActions.insert(status, action);
    }

    m_resetLayoutAction = new QAction(tr("&Reset Layout"), this);
    m_resetLayoutAction->setObjectName(u"actionResetLayout"_s);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_aboutAction = new QAction(tr("&About Incident Console"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateUndoActions()
{
    const auto update = [](QAction *action, bool enabled, const QString &command, const QString &plain,
                           const QString &withCommand, const QString &shortText) {
        const QString text = enabled && !command.isEmpty() ? withCommand.arg(command) : plain;
        action->setEnabled(enabled);
        action->setText(text);
        // The toolbar button keeps its short name so that it does not change width; the
        // tooltip says what it would take back.
        action->setIconText(shortText);
        action->setToolTip(QString(text).remove(u'&'));
    };
    update(m_undoAction, m_undoStack->canUndo(), m_undoStack->undoText(), tr("&Undo"),
           tr("&Undo %1", "%1 is what would be undone, e.g. \"Add note\""), tr("Undo", "toolbar button"));
    update(m_redoAction, m_undoStack->canRedo(), m_undoStack->redoText(), tr("&Redo"),
           tr("&Redo %1", "%1 is what would be redone, e.g. \"Add note\""), tr("Redo", "toolbar button"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openReadOnlyAction);
    m_recentMenu = file->addMenu(tr("Open Re&cent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    incident->setObjectName(u"incidentMenu"_s);
    incident->addSection(tr("Status"));
    for (const IncidentStatus status : AllStatuses)
        incident->addAction(m_statusActions.value(status));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    // Filled in createDocks()/createToolBar() with their toggles, then the reset.
    Q_UNUSED(view)

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(true);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addSeparator();
    auto *caption = new QLabel(tr("Status:"), m_toolBar);
    caption->setContentsMargins(6, 0, 4, 0);
    m_toolBar->addWidget(caption);
    for (const IncidentStatus status : AllStatuses) {
        QAction *action = m_statusActions.value(status);
        m_toolBar->addAction(action);
        // The current status stands out in its own colour, as in the header.
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            const presentation::Colors colors = presentation::statusColors(status);
            button->setStyleSheet(u"QToolButton:checked { background-color: %1; color: %2; font-weight: bold;"
                                  u" border: 1px solid %1; border-radius: 3px; }"_s
                                      .arg(colors.background.name(), colors.foreground.name()));
        }
    }
}

void MainWindow::createDocks()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"summaryScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_summary);

    m_summaryDock = new QDockWidget(tr("Incident Summary"), this);
    m_summaryDock->setObjectName(u"summaryDock"_s);
    m_summaryDock->setWidget(scroll);
    m_summaryDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_summaryDock);

    m_serviceDetailsDock = new QDockWidget(tr("Service Details"), this);
    m_serviceDetailsDock->setObjectName(u"serviceDetailsDock"_s);
    m_serviceDetailsDock->setWidget(m_serviceDetails);
    addDockWidget(Qt::RightDockWidgetArea, m_serviceDetailsDock);
    splitDockWidget(m_summaryDock, m_serviceDetailsDock, Qt::Vertical);

    // The graph under the timeline; the right-hand docks keep the full height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_graphDock = new QDockWidget(tr("Service Graph"), this);
    m_graphDock->setObjectName(u"serviceGraphDock"_s);
    m_graphDock->setWidget(m_graphPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_graphDock);
    // Live status shares the bottom with the graph: a tab away, and the graph recolours from it.
    m_liveDock = new QDockWidget(tr("Live Status"), this);
    m_liveDock->setObjectName(u"liveStatusDock"_s);
    auto *noLive = new QLabel(tr("Live monitoring is not connected in this window."), m_liveDock);
    noLive->setAlignment(Qt::AlignCenter);
    m_liveDock->setWidget(noLive);
    addDockWidget(Qt::BottomDockWidgetArea, m_liveDock);
    tabifyDockWidget(m_graphDock, m_liveDock);
    m_graphDock->raise();
    applyDefaultDockSizes();

    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    QAction *toggleSummary = m_summaryDock->toggleViewAction();
    toggleSummary->setObjectName(u"actionToggleSummary"_s);
    view->addAction(toggleSummary);
    QAction *toggleGraph = m_graphDock->toggleViewAction();
    toggleGraph->setObjectName(u"actionToggleServiceGraph"_s);
    view->addAction(toggleGraph);
    QAction *toggleDetails = m_serviceDetailsDock->toggleViewAction();
    toggleDetails->setObjectName(u"actionToggleServiceDetails"_s);
    view->addAction(toggleDetails);
    QAction *toggleLive = m_liveDock->toggleViewAction();
    toggleLive->setObjectName(u"actionToggleLiveStatus"_s);
    view->addAction(toggleLive);
    QAction *toggleToolBar = m_toolBar->toggleViewAction();
    toggleToolBar->setObjectName(u"actionToggleToolBar"_s);
    view->addAction(toggleToolBar);
    view->addSeparator();
    view->addAction(m_resetLayoutAction);
}

void MainWindow::restoreSavedLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(StateKey).toByteArray();
    if (!state.isEmpty())
        m_layoutRestored = restoreState(state, LayoutVersion);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, LayoutVersion);
    m_summaryDock->show();
    m_serviceDetailsDock->show();
    m_graphDock->show();
    m_liveDock->show();
    m_toolBar->show();
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    // Proportions rather than pixels: the graph takes about half the height under the
    // timeline, the summary and the service details share the right-hand column.
    const int available = qMax(300, height() - menuBar()->sizeHint().height()
                                        - (m_toolBar ? m_toolBar->sizeHint().height() : 0)
                                        - statusBar()->sizeHint().height());
    resizeDocks({m_summaryDock}, {qBound(300, width() / 4, 420)}, Qt::Horizontal);
    resizeDocks({m_graphDock}, {available * 55 / 100}, Qt::Vertical);
    resizeDocks({m_summaryDock, m_serviceDetailsDock}, {available * 9 / 20, available * 11 / 20}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The window's final size is known now (a saved layout brings its own proportions).
    if (!m_layoutRestored)
        applyDefaultDockSizes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_saveLayoutOnClose) {
        QSettings settings;
        settings.setValue(GeometryKey, saveGeometry());
        settings.setValue(StateKey, saveState(LayoutVersion));
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setWorkspaceName(const QString &name)
{
    m_workspaceName = name;
    m_welcome->setWorkspaceName(name);
    updateWindowTitle();
}

void MainWindow::loadWorkspace(const QString &path)
{
    m_workspacePath = path;
    const quint64 generation = ++m_catalogGeneration;
    m_loadingWorkspace = true;
    m_graphPanel->view()->setPlaceholderText(tr("Reading the service catalog…"));
    // YAML parsing and validation of a large catalog can take a while: never on the GUI thread.
    auto *watcher = new QFutureWatcher<WorkspaceFiles>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_catalogGeneration)
            return; // a newer load replaced this one
        onCatalogLoaded(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        WorkspaceFiles files;
        files.catalog = CatalogLoader::load(path);
        // backends.yaml names catalog services: it can only be checked against a good catalog.
        if (files.catalog.ok())
            files.backends = BackendsConfigLoader::load(path, files.catalog.catalog);
        return files;
    }));
}

bool MainWindow::isBusy() const
{
    return m_loadingWorkspace || m_graphPanel->view()->isLayingOut();
}

void MainWindow::onCatalogLoaded(const QString &path, const WorkspaceFiles &files)
{
    const CatalogLoader::Result &result = files.catalog;
    m_loadingWorkspace = false;
    const QString where = path.startsWith(u":/"_s) ? tr("the bundled demo workspace") : QDir::toNativeSeparators(path);
    const auto listed = [](const QList<CatalogIssue> &issues) {
        QStringList lines;
        for (qsizetype i = 0; i < issues.size() && i < CatalogIssuesShown; ++i)
            lines << issues.at(i).toString();
        if (issues.size() > CatalogIssuesShown)
            lines << tr("… and %n more.", nullptr, int(issues.size() - CatalogIssuesShown));
        return lines.join(u'\n');
    };
    if (!result.ok()) {
        m_banner->showError(tr("The service catalog of %1 could not be loaded; the service graph stays as it was "
                               "until the files are fixed:\n%2")
                                .arg(where, listed(result.errors)));
        m_graphPanel->view()->setPlaceholderText(
            tr("The service catalog could not be loaded: the message above names the file, line and column."));
        Q_EMIT workspaceLoaded(false);
        return;
    }
    m_graphPanel->view()->setPlaceholderText(
        result.catalog.isEmpty() ? tr("This workspace has no services: add services.yaml or catalog/*.yaml.") : QString());
    m_serviceModel->setCatalog(result.catalog);
    syncServiceMarks();
    if (m_liveHealth) {
        QHash<QString, QString> names;
        for (const Service &service : result.catalog.services())
            names.insert(service.id, service.name);
        m_liveHealth->setServiceNames(names);
    }
    if (!result.warnings.isEmpty()) {
        m_banner->showWarning(tr("The service catalog of %1 was loaded, with warnings:\n%2").arg(where, listed(result.warnings)));
    }
    onBackendsLoaded(where, files.backends);
    Q_EMIT workspaceLoaded(true);
}

void MainWindow::onBackendsLoaded(const QString &where, const BackendsConfigLoader::Result &result)
{
    QStringList lines;
    const QList<CatalogIssue> &issues = result.ok() ? result.warnings : result.errors;
    for (qsizetype i = 0; i < issues.size() && i < CatalogIssuesShown; ++i)
        lines << issues.at(i).toString();
    if (issues.size() > CatalogIssuesShown)
        lines << tr("… and %n more.", nullptr, int(issues.size() - CatalogIssuesShown));
    if (!result.ok()) {
        m_banner->showError(tr("backends.yaml of %1 could not be loaded; live monitoring stays as it was until the "
                               "file is fixed:\n%2")
                                .arg(where, lines.join(u'\n')));
        return;
    }
    if (!result.warnings.isEmpty())
        m_banner->showWarning(tr("backends.yaml of %1 was loaded, with warnings:\n%2").arg(where, lines.join(u'\n')));
    if (m_liveDashboard)
        m_liveDashboard->setBackendsFile(result.config.file);
    Q_EMIT backendsConfigLoaded(result.config);
}

void MainWindow::setLiveModels(const LiveModels &models)
{
    Q_ASSERT(!m_liveDashboard);
    Q_ASSERT(models.health && models.replication && models.alerts && models.metrics);
    m_liveDashboard = new LiveDashboard(models.health, models.replication, models.alerts, models.metrics, m_liveDock);
    m_liveDashboard->setDnsModel(models.dns);
    delete m_liveDock->widget();
    m_liveDock->setWidget(m_liveDashboard);
    m_liveHealth = models.health;
    // The graph shows what the health checks say: one model, two views.
    connect(models.health, &HealthModel::serviceHealthChanged, this, [this](const QString &service, ServiceHealth health) {
        m_serviceModel->setHealth(service, ServiceGraphModel::HealthState(int(health)),
                                  m_liveHealth->serviceDetail(service));
    });
    connect(m_liveDashboard, &LiveDashboard::serviceActivated, this, [this](const QString &service) {
        m_graphDock->show();
        m_graphDock->raise();
        m_graphPanel->selectService(service);
    });
    connect(m_liveDashboard, &LiveDashboard::silenceRequested, this, [this](const SilenceRequest &request) {
        if (!isWritable()) {
            m_banner->showError(tr("A silence is recorded on the incident's timeline: open or declare an incident "
                                   "(not read-only) first."));
            return;
        }
        Q_EMIT silenceRequested(request, actorRole());
    });
    connect(m_liveDashboard, &LiveDashboard::expireRequested, this, [this](const QString &silenceId) {
        if (!isWritable()) {
            m_banner->showError(tr("Expiring a silence is recorded on the incident's timeline: open or declare an "
                                   "incident (not read-only) first."));
            return;
        }
        Q_EMIT expireSilenceRequested(silenceId, actorRole());
    });
    updateIncidentViews();
}

void MainWindow::syncServiceMarks()
{
    // The incident's timeline is the truth: replay, undo (a correction) and other programs'
    // events all end up here.
    const QStringList wanted = m_incident->isOpen() ? m_incident->state().manuallyFailed() : QStringList();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const QStringList current = m_serviceModel->failedIds();
    for (const QString &id : current) {
        if (!wantedSet.contains(id))
            m_serviceModel->setFailed(id, false);
    }
    for (const QString &id : wanted)
        m_serviceModel->setFailed(id, true); // ids not in the catalog are ignored
}

QString MainWindow::serviceMarkRefusal() const
{
    if (!m_incident->isOpen())
        return tr("Open or declare an incident first: marking a service failed is recorded on the incident's timeline.");
    if (m_incident->isReadOnly())
        return tr("This incident is open read-only; services cannot be marked failed or cleared.");
    return {};
}

void MainWindow::requestServiceMark(const QString &serviceId, bool failed)
{
    const QString refusal = serviceMarkRefusal();
    if (!refusal.isEmpty()) {
        m_banner->showWarning(refusal);
        return;
    }
    if (!failed) {
        markService(serviceId, false);
        return;
    }
    const Service *service = m_serviceModel->catalog().find(serviceId);
    const QString name = service && !service->name.isEmpty() ? service->name : serviceId;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"markFailedDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mark Service Failed"));
    dialog->setLabelText(tr("Mark %1 failed by hand? This is recorded on the incident's timeline.\n"
                            "Reason (optional), e.g. \"tabletop inject\" or \"monitoring blind, confirmed by phone\":")
                             .arg(name));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Mark Failed"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, serviceId](const QString &reason) { markService(serviceId, true, reason); });
    dialog->open();
}

bool MainWindow::markService(const QString &serviceId, bool failed, const QString &reason)
{
    const QString refusal = serviceMarkRefusal();
    if (!refusal.isEmpty()) {
        m_banner->showWarning(refusal);
        return false;
    }
    if (!m_serviceModel->catalog().contains(serviceId)) {
        m_banner->showError(tr("%1 is not in the service catalog; it cannot be marked.").arg(serviceId));
        return false;
    }
    m_commandFailed = false;
    pushCommand(new ReportingCommand<MarkServiceCommand>(
        [this](const QString &message) { reportCommandError(message); }, m_incident, serviceId, failed, m_actor,
        actorRole(), reason));
    return !m_commandFailed;
}

void MainWindow::setActor(const QString &name)
{
    const QString trimmed = name.trimmed();
    m_actor = trimmed.isEmpty() ? defaultActorName() : trimmed;
}

bool MainWindow::isWritable() const
{
    return m_incident->isOpen() && !m_incident->isReadOnly();
}

QString MainWindow::actorRole() const
{
    const IncidentState &state = m_incident->state();
    for (auto it = state.roleHolders.constBegin(); it != state.roleHolders.constEnd(); ++it) {
        if (it.value() == m_actor)
            return it.key();
    }
    return {};
}

void MainWindow::showNewIncidentDialog()
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    const QSettings settings;
    auto *dialog = new NewIncidentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIncidentsFolder(settings.value(IncidentsFolderKey, QDir::home().filePath(u"Incidents"_s)).toString());
    const QString lastCommander = settings.value(LastCommanderKey).toString();
    dialog->setCommander(lastCommander.isEmpty() ? m_actor : lastCommander);
    // The dialog stays open until the incident exists, so a failure can be fixed in place.
    connect(dialog, &NewIncidentDialog::declarationRequested, this, [this, dialog] {
        const Incident::Declaration declaration = dialog->declaration();
        const QString path = dialog->filePath();
        QString error;
        if (!declare(path, declaration, &error)) {
            dialog->showFailure(error);
            return;
        }
        QSettings settings;
        settings.setValue(LastCommanderKey, declaration.commander);
        settings.setValue(IncidentsFolderKey, QFileInfo(path).absolutePath());
        dialog->accept();
    });
    m_newDialog = dialog;
    dialog->open();
}

void MainWindow::showOpenDialog()
{
    showOpenFileDialog(Access::ReadWrite);
}

void MainWindow::showOpenReadOnlyDialog()
{
    showOpenFileDialog(Access::ReadOnly);
}

void MainWindow::showOpenFileDialog(Access access)
{
    const QString caption = access == Access::ReadOnly ? tr("Open Incident Read-Only") : tr("Open Incident");
    auto *dialog = new QFileDialog(this, caption);
    dialog->setObjectName(access == Access::ReadOnly ? u"openReadOnlyFileDialog"_s : u"openFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Incident files (*.incident)"), tr("All files (*)")});
    const QSettings settings;
    QString folder = settings.value(OpenFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = settings.value(IncidentsFolderKey, QDir::home().filePath(u"Incidents"_s)).toString();
    dialog->setDirectory(QFileInfo(folder).isDir() ? folder : QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this, access](const QString &file) {
        QSettings().setValue(OpenFolderKey, QFileInfo(file).absolutePath());
        openIncident(file, access);
    });
    dialog->open();
}

bool MainWindow::openIncident(const QString &path, Access access, QString *error)
{
    // Opened beside the current incident, which stays open if this one cannot be read.
    auto candidate = std::make_unique<Incident>();
    const TimelineStore::Mode mode = access == Access::ReadOnly ? TimelineStore::Mode::ReadOnly
                                                                : TimelineStore::Mode::ReadWrite;
    const TimelineStore::Error failure = candidate->open(path, mode);
    if (failure) {
        const QString message = failure.message.isEmpty()
            ? tr("Could not open %1.").arg(QDir::toNativeSeparators(path))
            : failure.message;
        m_banner->showError(message);
        if (error)
            *error = message;
        if (failure.code == TimelineStore::ErrorCode::NotFound && m_rememberRecentFiles)
            RecentIncidentFiles().remove(path);
        updateRecentFiles();
        return false;
    }
    adoptIncident(std::move(candidate));
    return true;
}

bool MainWindow::declareIncident(const QString &path, const Incident::Declaration &declaration, QString *error)
{
    QString message;
    if (!declare(path, declaration, &message)) {
        m_banner->showError(message);
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool MainWindow::declare(const QString &path, const Incident::Declaration &declaration, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Could not create the folder %1 for the incident file.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    auto candidate = std::make_unique<Incident>();
    TimelineStore::Error failure = candidate->declare(path, declaration);
    if (!failure && !candidate->isOpen())
        failure = candidate->open(path, TimelineStore::Mode::ReadWrite);
    if (failure) {
        *error = failure.message.isEmpty()
            ? tr("Could not declare the incident in %1.").arg(QDir::toNativeSeparators(path))
            : failure.message;
        return false;
    }
    adoptIncident(std::move(candidate));
    m_banner->showInformation(tr("Incident declared. Its timeline is saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::adoptIncident(std::unique_ptr<Incident> incident)
{
    closeIncident();
    // The undo stack was cleared above, so no command points at the old incident any more.
    delete m_incident;
    m_incident = incident.release();
    m_incident->setParent(this);
    connectIncident();
    attachIncident();
}

void MainWindow::connectIncident()
{
    connect(m_incident, &Incident::stateChanged, this, &MainWindow::updateIncidentViews);
    connect(m_incident, &Incident::eventsAppended, m_model, &TimelineModel::refresh);
    // Notes do not change the state, but the counters in the summary move with every event.
    connect(m_incident, &Incident::eventsAppended, this, &MainWindow::updateIncidentViews);
}

void MainWindow::attachIncident()
{
    m_undoStack->clear();
    m_timeline->resetFilters(); // before the store is set: one load, not two
    m_model->setStore(m_incident->store());
    if (m_rememberRecentFiles)
        RecentIncidentFiles().add(m_incident->path());
    updateRecentFiles();
    m_pollTimer->start();
    updateIncidentViews();
    if (isWritable())
        m_timeline->noteEditor()->setFocus(Qt::OtherFocusReason);
    Q_EMIT recordingTargetChanged(m_incident);
}

void MainWindow::closeIncident()
{
    if (m_incident->isOpen())
        Q_EMIT recordingTargetChanged(nullptr);
    m_pollTimer->stop();
    m_undoStack->clear();
    m_model->setStore(nullptr);
    if (m_incident->isOpen())
        m_incident->close();
    m_timeline->clearNoteEditor();
    updateRecentFiles();
    updateIncidentViews();
}

void MainWindow::updateIncidentViews()
{
    const bool open = m_incident->isOpen();
    const bool readOnly = open && m_incident->isReadOnly();
    if (m_liveDashboard)
        m_liveDashboard->setIncidentStart(open ? std::optional<qint64>(m_incident->state().declaredAtMs) : std::nullopt);
    if (open) {
        const IncidentState &state = m_incident->state();
        m_header->setState(state, readOnly);
        m_summary->setIncident(state, m_incident->path(), readOnly);
        m_indicators->setState(state, readOnly);
        m_pages->setCurrentWidget(m_incidentPage);
    } else {
        m_header->clear();
        m_summary->clear();
        m_indicators->clear();
        m_pages->setCurrentWidget(m_welcome);
    }
    m_timeline->setNoteEntryEnabled(open && !readOnly,
                                    readOnly ? tr("This incident is open read-only; notes cannot be added.") : QString());
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    syncServiceMarks();
    updateStatusActions();
    updateWindowTitle();
}

void MainWindow::updateStatusActions()
{
    const bool writable = isWritable();
    const IncidentState &state = m_incident->state();
    for (auto it = m_statusActions.constBegin(); it != m_statusActions.constEnd(); ++it) {
        QAction *action = it.value();
        action->setEnabled(writable);
        const bool current = m_incident->isOpen() && state.status == it.key();
        if (action->isChecked() != current)
            action->setChecked(current);
        QString tip = tr("Set the status to %1").arg(statusDisplayName(it.key()));
        if (m_incident->isOpen() && !current) {
            const QString refusal = state.refusal(it.key());
            if (!refusal.isEmpty())
                tip = refusal;
        } else if (current) {
            tip = tr("The current status");
        }
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    // An exclusive group cannot show "none checked" once one was: make it non-exclusive while empty.
    m_statusGroup->setExclusionPolicy(m_incident->isOpen() ? QActionGroup::ExclusionPolicy::Exclusive
                                                           : QActionGroup::ExclusionPolicy::None);
    if (!m_incident->isOpen()) {
        for (QAction *action : std::as_const(m_statusActions))
            action->setChecked(false);
    }
}

void MainWindow::updateWindowTitle()
{
    QStringList parts;
    if (m_incident->isOpen()) {
        const QString title = m_incident->state().title.isEmpty() ? QFileInfo(m_incident->path()).completeBaseName()
                                                                  : m_incident->state().title;
        parts << (m_incident->isReadOnly() ? tr("%1 (read-only)").arg(title) : title);
    }
    if (!m_workspaceName.isEmpty())
        parts << m_workspaceName;
    // The platform appends the application's display name ("… — Incident Console").
    setWindowTitle(parts.isEmpty() ? tr("Incident Console") : parts.join(u" — "_s));
}

void MainWindow::updateRecentFiles()
{
    m_welcome->setRecentFiles(RecentIncidentFiles().files());
}

void MainWindow::rebuildRecentMenu()
{
    RecentIncidentFiles recent;
    const QStringList missing = recent.pruneMissing();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &file : missing)
            names << QDir::toNativeSeparators(file);
        m_banner->showInformation(
            tr("Removed from the recent list because the file no longer exists: %1").arg(names.join(u", "_s)));
        updateRecentFiles();
    }
    m_recentMenu->clear();
    const QStringList files = recent.files();
    int number = 1;
    for (const QString &file : files) {
        const QString label = number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
                                          : QFileInfo(file).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openIncident(file, Access::ReadWrite); });
        ++number;
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent incidents"));
        none->setEnabled(false);
    }
}

void MainWindow::addNote(const QString &text)
{
    if (!isWritable() || text.trimmed().isEmpty())
        return;
    m_commandFailed = false;
    pushCommand(new ReportingCommand<AddNoteCommand>(
        [this](const QString &message) { reportCommandError(message); }, m_incident, text.trimmed(), m_actor,
        actorRole()));
    if (!m_commandFailed)
        m_timeline->clearNoteEditor();
}

void MainWindow::requestStatus(IncidentStatus status)
{
    if (!isWritable()) {
        updateStatusActions();
        return;
    }
    const IncidentState &state = m_incident->state();
    const QString refusal = state.refusal(status);
    if (!refusal.isEmpty()) {
        // The refusal already says from what to what, and why.
        m_banner->showWarning(refusal);
        updateStatusActions();
        return;
    }
    m_commandFailed = false;
    pushCommand(new ReportingCommand<ChangeStatusCommand>(
        [this](const QString &message) { reportCommandError(message); }, m_incident, status, m_actor,
        actorRole()));
    updateStatusActions();
}

void MainWindow::pushCommand(QUndoCommand *command)
{
    m_undoStack->push(command);
    // The command's append already notified us through Incident's signals; this picks up the
    // row even if it arrived through another path (and is a cheap no-op otherwise).
    m_model->refresh();
}

void MainWindow::reportCommandError(const QString &message)
{
    m_commandFailed = true;
    m_banner->showError(message);
}

void MainWindow::poll()
{
    if (!m_incident->isOpen())
        return;
    m_incident->refresh();
    m_model->refresh();
}

void MainWindow::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_header->tick(now);
    m_indicators->tick(now);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Incident Console"),
                                tr("<h3>Incident Console %1</h3>"
                                   "<p>Run, rehearse and audit failover incidents.</p>"
                                   "<p>Every action lands on a local, durable, tamper-evident timeline.</p>")
                                    .arg(QCoreApplication::applicationVersion().isEmpty()
                                             ? QString::fromLatin1(IC_VERSION)
                                             : QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setModal(false);
    box->show();
}

} // namespace ic
