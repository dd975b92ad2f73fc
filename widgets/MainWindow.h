#pragma once

#include "AlertsPanel.h" // SilenceRequest
#include "BackendsConfig.h"
#include "CatalogLoader.h"
#include "Incident.h"
#include "IncidentStatus.h"

#include <QByteArray>
#include <QMap>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoCommand;
class QUndoStack;

namespace ic {

class AlertsModel;
class DnsModel;
class HealthModel;
class IncidentHeader;
class LiveDashboard;
class PromPanelModel;
class ReplicationModel;
class IncidentStatusIndicators;
class IncidentSummaryPanel;
class MessageBanner;
class NewIncidentDialog;
class SecondTicker;
class ServiceDetailsPanel;
class ServiceGraphModel;
class ServiceGraphPanel;
class TimelineModel;
class TimelinePanel;
class WelcomePanel;

// The console's window: one incident at a time, its timeline in the middle, its summary in a
// dock, the workspace's service graph and the selected service's details in docks, status and
// clocks in the status bar. User edits go through the undo stack as the
// models' commands; refusals and errors appear in the banner, never in a modal box.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int PollIntervalMs = 1000;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Both return false and show the reason in the banner (and in *error) when they fail.
    bool openIncident(const QString &path, Access access, QString *error = nullptr);
    bool declareIncident(const QString &path, const Incident::Declaration &declaration, QString *error = nullptr);
    void closeIncident();

    void setWorkspaceName(const QString &name);
    // Reads the service catalog of a workspace folder (or ":/demo-workspace") off the GUI thread;
    // errors and warnings go to the banner with file, line and column. A catalog with errors
    // replaces nothing: the graph keeps what it showed.
    void loadWorkspace(const QString &path);
    QString workspacePath() const { return m_workspacePath; }
    bool isLoadingWorkspace() const { return m_loadingWorkspace; }
    // Still reading the catalog or laying out the graph (a screenshot waits for this).
    bool isBusy() const;
    // The live monitoring's models (owned elsewhere, outliving the window): the "Live Status"
    // dock shows them, and the service graph takes each service's health from `health`.
    struct LiveModels {
        HealthModel *health = nullptr;
        ReplicationModel *replication = nullptr;
        AlertsModel *alerts = nullptr;
        PromPanelModel *metrics = nullptr;
        DnsModel *dns = nullptr;
    };
    void setLiveModels(const LiveModels &models);
    LiveDashboard *liveDashboard() const { return m_liveDashboard; }
    QDockWidget *liveDock() const { return m_liveDock; }
    // Who the events this window appends are attributed to.
    void setActor(const QString &name);
    QString actor() const { return m_actor; }

    // Saved geometry and dock layout. The window starts in the default layout; the app asks
    // for the saved one (a screenshot run does not, so it is reproducible).
    void restoreSavedLayout();
    void setLayoutSavedOnClose(bool save) { m_saveLayoutOnClose = save; }
    void resetLayout();
    // Whether opened files join the "Open recent" list (a screenshot run leaves it alone).
    void setRecentFilesRemembered(bool remember) { m_rememberRecentFiles = remember; }

    Incident *incident() const { return m_incident; }
    TimelineModel *timelineModel() const { return m_model; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    MessageBanner *banner() const { return m_banner; }
    IncidentHeader *header() const { return m_header; }
    IncidentSummaryPanel *summaryPanel() const { return m_summary; }
    IncidentStatusIndicators *statusIndicators() const { return m_indicators; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    ServiceGraphModel *serviceGraphModel() const { return m_serviceModel; }
    ServiceGraphPanel *serviceGraphPanel() const { return m_graphPanel; }
    ServiceDetailsPanel *serviceDetailsPanel() const { return m_serviceDetails; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *statusAction(IncidentStatus status) const { return m_statusActions.value(status); }
    QAction *newIncidentAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *openReadOnlyAction() const { return m_openReadOnlyAction; }
    QAction *closeIncidentAction() const { return m_closeAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }

public Q_SLOTS:
    void showNewIncidentDialog();
    void showOpenDialog();
    void showOpenReadOnlyDialog();
    void addNote(const QString &text);
    void requestStatus(IncidentStatus status);
    // From the graph's "Mark failed" / "Clear failed mark": refused with a banner message when
    // no incident is open or it is read-only; asks for an optional reason before marking failed.
    void requestServiceMark(const QString &serviceId, bool failed);
    // Records the mark on the incident's timeline (through the undo stack). False, with the
    // reason in the banner, when it cannot.
    bool markService(const QString &serviceId, bool failed, const QString &reason = {});

Q_SIGNALS:
    void workspaceLoaded(bool ok);
    // backends.yaml of the loaded workspace was read without errors (an absent file is an empty
    // config). A file with errors emits nothing: what is monitored stays as it was.
    void backendsConfigLoaded(const ic::BackendsConfig &config);
    // The incident whose file live monitoring writes to: after one is opened or declared, and
    // nullptr just before it closes (so what is pending can be written first).
    void recordingTargetChanged(ic::Incident *incident);
    // From the Live Status dock; the app sends them to Alertmanager.
    void silenceRequested(const ic::SilenceRequest &request, const QString &role);
    void expireSilenceRequested(const QString &silenceId, const QString &role);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void showOpenFileDialog(Access access);
    bool declare(const QString &path, const Incident::Declaration &declaration, QString *error);
    void adoptIncident(std::unique_ptr<Incident> incident);
    void connectIncident();
    void attachIncident();
    void updateIncidentViews();
    void updateStatusActions();
    void updateUndoActions();
    void updateWindowTitle();
    void updateRecentFiles();
    void rebuildRecentMenu();
    void pushCommand(QUndoCommand *command);
    void reportCommandError(const QString &message);
    void poll();
    void tick();
    void showAbout();
    bool isWritable() const;
    QString serviceMarkRefusal() const;
    struct WorkspaceFiles {
        CatalogLoader::Result catalog;
        BackendsConfigLoader::Result backends;
    };
    void onCatalogLoaded(const QString &path, const WorkspaceFiles &files);
    void onBackendsLoaded(const QString &where, const BackendsConfigLoader::Result &result);
    void syncServiceMarks();
    void applyDefaultDockSizes();
    QString actorRole() const;

    Incident *m_incident;
    TimelineModel *m_model;
    QUndoStack *m_undoStack;
    QTimer *m_pollTimer;
    SecondTicker *m_ticker;

    MessageBanner *m_banner;
    QStackedWidget *m_pages;
    WelcomePanel *m_welcome;
    QWidget *m_incidentPage;
    IncidentHeader *m_header;
    TimelinePanel *m_timeline;
    IncidentSummaryPanel *m_summary;
    QDockWidget *m_summaryDock = nullptr;
    ServiceGraphModel *m_serviceModel;
    ServiceGraphPanel *m_graphPanel;
    ServiceDetailsPanel *m_serviceDetails;
    QDockWidget *m_graphDock = nullptr;
    QDockWidget *m_serviceDetailsDock = nullptr;
    QDockWidget *m_liveDock = nullptr;
    LiveDashboard *m_liveDashboard = nullptr;
    HealthModel *m_liveHealth = nullptr;
    QToolBar *m_toolBar = nullptr;
    IncidentStatusIndicators *m_indicators;
    QPointer<NewIncidentDialog> m_newDialog;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openReadOnlyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_statusGroup = nullptr;
    QMap<IncidentStatus, QAction *> m_statusActions;

    QString m_actor;
    QString m_workspaceName;
    QString m_workspacePath;
    quint64 m_catalogGeneration = 0;
    bool m_loadingWorkspace = false;
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
    QByteArray m_defaultLayout;
    bool m_saveLayoutOnClose = true;
    bool m_rememberRecentFiles = true;
    bool m_commandFailed = false;
};

} // namespace ic
