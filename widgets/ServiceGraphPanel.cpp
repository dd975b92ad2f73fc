#include "ServiceGraphPanel.h"

#include "GraphLayout.h"
#include "ServiceGraphLegend.h"
#include "ServiceGraphView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

const QString ExportFolderKey = u"graph/exportFolder"_s;
const QString LegendVisibleKey = u"graph/legendVisible"_s;

// Item data of the site filter: region and site, either may be empty.
QVariant locationData(const QString &region, const QString &site)
{
    return QStringList{region, site};
}

void sortCaseInsensitive(QStringList *list)
{
    std::sort(list->begin(), list->end(), [](const QString &a, const QString &b) {
        const int c = QString::compare(a, b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

} // namespace

ServiceGraphPanel::ServiceGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_layoutThread(new QThread(this))
    , m_worker(new GraphLayoutWorker)
    , m_client(nullptr)
    , m_view(nullptr)
    , m_legend(nullptr)
{
    setObjectName(u"serviceGraphPanel"_s);
    // Graphviz is not thread-safe: every layout of this panel runs on this one thread.
    m_layoutThread->setObjectName(u"graphLayoutThread"_s);
    m_worker->moveToThread(m_layoutThread);
    m_client = new GraphLayoutClient(m_worker, this);
    m_layoutThread->start();

    m_view = new ServiceGraphView(this);
    m_legend = new ServiceGraphLegend(this);
    m_legend->setExplanationsVisible(QSettings().value(LegendVisibleKey, true).toBool());

    createActions();
    createToolBar();


    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(line);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    m_view->setLayoutClient(m_client);
    connect(m_view, &ServiceGraphView::selectionChanged, this, [this](const QString &id) {
        updateMarkAction();
        Q_EMIT serviceSelected(id);
    });
    connect(m_view, &ServiceGraphView::nodeActivated, this, &ServiceGraphPanel::detailsRequested);
    connect(m_view, &ServiceGraphView::searchChanged, this, &ServiceGraphPanel::updateSearchStatus);
    connect(m_view, &ServiceGraphView::layoutFinished, this, &ServiceGraphPanel::updateCount);
    connect(m_view, &ServiceGraphView::layoutStarted, this, &ServiceGraphPanel::updateCount);

    rebuildFilterChoices();
    updateMarkAction();
    updateCount();
    updateSearchStatus(0, -1);
}

ServiceGraphPanel::~ServiceGraphPanel()
{
    // A layout in progress finishes first (Graphviz cannot be interrupted); its result is dropped.
    m_layoutThread->quit();
    m_layoutThread->wait();
    delete m_worker;
}

void ServiceGraphPanel::createActions()
{
    m_collapseAction = new QAction(tr("Collapse systems"), this);
    m_collapseAction->setObjectName(u"actionCollapseSystems"_s);
    m_collapseAction->setCheckable(true);
    m_collapseAction->setToolTip(tr("Show each System as one node standing for its services"));
    connect(m_collapseAction, &QAction::toggled, this, &ServiceGraphPanel::applyFilter);

    m_zoomOutAction = new QAction(tr("−", "zoom out button"), this);
    m_zoomOutAction->setObjectName(u"actionGraphZoomOut"_s);
    m_zoomOutAction->setToolTip(tr("Zoom out (−, or Ctrl+wheel)"));
    connect(m_zoomOutAction, &QAction::triggered, m_view, &ServiceGraphView::zoomOut);

    m_zoomInAction = new QAction(tr("+", "zoom in button"), this);
    m_zoomInAction->setObjectName(u"actionGraphZoomIn"_s);
    m_zoomInAction->setToolTip(tr("Zoom in (+, or Ctrl+wheel)"));
    connect(m_zoomInAction, &QAction::triggered, m_view, &ServiceGraphView::zoomIn);

    m_fitAction = new QAction(tr("Fit"), this);
    m_fitAction->setObjectName(u"actionGraphFit"_s);
    m_fitAction->setToolTip(tr("Show the whole graph (F)"));
    connect(m_fitAction, &QAction::triggered, m_view, &ServiceGraphView::fitToView);

    m_markFailedAction = new QAction(tr("Mark failed…"), this);
    m_markFailedAction->setObjectName(u"actionMarkFailed"_s);
    connect(m_markFailedAction, &QAction::triggered, this, [this] {
        const QString id = selectedServiceId();
        if (id.isEmpty() || !m_model)
            return;
        Q_EMIT markFailedRequested(id, !m_model->isFailed(id));
    });

    m_exportPngAction = new QAction(tr("Export as PNG…"), this);
    m_exportPngAction->setObjectName(u"actionExportPng"_s);
    connect(m_exportPngAction, &QAction::triggered, this, [this] { showExportDialog(false); });
    m_exportSvgAction = new QAction(tr("Export as SVG…"), this);
    m_exportSvgAction->setObjectName(u"actionExportSvg"_s);
    connect(m_exportSvgAction, &QAction::triggered, this, [this] { showExportDialog(true); });

    m_legendAction = new QAction(tr("Legend"), this);
    m_legendAction->setObjectName(u"actionGraphLegend"_s);
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    m_legendAction->setToolTip(tr("Show what the shapes, colours and lines mean"));
    m_legendAction->setChecked(QSettings().value(LegendVisibleKey, true).toBool());
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(LegendVisibleKey, on);
        if (m_legend)
            m_legend->setExplanationsVisible(on);
    });
}

void ServiceGraphPanel::createToolBar()
{
    m_toolBar = new QToolBar(tr("Graph Tools"), this);
    m_toolBar->setObjectName(u"graphToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    const auto combo = [this](const QString &objectName, const QString &tip) {
        auto *box = new QComboBox(m_toolBar);
        box->setObjectName(objectName);
        box->setToolTip(tip);
        box->setAccessibleName(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(220);
        connect(box, &QComboBox::currentIndexChanged, this, &ServiceGraphPanel::applyFilter);
        return box;
    };
    m_tierFilter = combo(u"tierFilter"_s, tr("Show only services of these tiers"));
    m_teamFilter = combo(u"teamFilter"_s, tr("Show only the services of one team"));
    m_siteFilter = combo(u"siteFilter"_s, tr("Show only the services of one region or site"));

    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(u"graphSearch"_s);
    m_search->setPlaceholderText(tr("Find service…"));
    m_search->setToolTip(tr("Find a service by name or id; Enter goes to the next match"));
    m_search->setAccessibleName(tr("Find service"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(200);
    connect(m_search, &QLineEdit::textChanged, m_view, &ServiceGraphView::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_view, &ServiceGraphView::selectNextMatch);
    m_toolBar->addWidget(m_search);
    m_searchStatus = new QLabel(m_toolBar);
    m_searchStatus->setObjectName(u"graphSearchStatus"_s);
    m_searchStatus->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(m_searchStatus);
    // What is used during an incident first: in a narrow window the filters and the export
    // move into the toolbar's overflow menu before these do.
    m_toolBar->addAction(m_markFailedAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_tierFilter);
    m_toolBar->addWidget(m_teamFilter);
    m_toolBar->addWidget(m_siteFilter);
    m_toolBar->addAction(m_collapseAction);
    m_toolBar->addSeparator();

    m_exportButton = new QToolButton(m_toolBar);
    m_exportButton->setObjectName(u"graphExportButton"_s);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the whole graph as a picture"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportPngAction);
    exportMenu->addAction(m_exportSvgAction);
    m_exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(m_exportButton);
    m_toolBar->addAction(m_legendAction);
}

void ServiceGraphPanel::setModel(ServiceGraphModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceGraphPanel::rebuildFilterChoices);
        // Only the selected service's mark matters for the action (a health poll changes many rows).
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    const int row = m_model ? m_model->rowOf(selectedServiceId()) : -1;
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        updateMarkAction();
                });
    }
    // Filters first, so that the view lays out once with the right filter.
    rebuildFilterChoices();
    m_view->setModel(model);
    updateMarkAction();
    updateCount();
}

QString ServiceGraphPanel::selectedServiceId() const
{
    return m_view->selectedNodeId();
}

bool ServiceGraphPanel::selectService(const QString &serviceId)
{
    return m_view->selectService(serviceId, true);
}

void ServiceGraphPanel::rebuildFilterChoices()
{
    const ServiceCatalog empty;
    const ServiceCatalog &catalog = m_model ? m_model->catalog() : empty;
    const QVariant tierBefore = m_tierFilter->currentData();
    const QString teamBefore = m_teamFilter->currentData().toString();
    const QVariant siteBefore = m_siteFilter->currentData();

    bool anyWithoutTier = false;
    QSet<QString> owners;
    QMap<QString, QSet<QString>> sitesByRegion;
    QSet<QString> sitesWithoutRegion;
    for (const Service &service : catalog.services()) {
        anyWithoutTier = anyWithoutTier || !service.tier;
        if (!service.owner.isEmpty())
            owners.insert(service.owner);
        if (!service.region.isEmpty()) {
            QSet<QString> &sites = sitesByRegion[service.region];
            if (!service.site.isEmpty())
                sites.insert(service.site);
        } else if (!service.site.isEmpty()) {
            sitesWithoutRegion.insert(service.site);
        }
    }

    const QSignalBlocker blockTier(m_tierFilter);
    const QSignalBlocker blockTeam(m_teamFilter);
    const QSignalBlocker blockSite(m_siteFilter);

    m_tierFilter->clear();
    m_tierFilter->addItem(tr("All tiers"), QVariantList());
    m_tierFilter->addItem(tr("Tier 0 only"), QVariantList{0});
    m_tierFilter->addItem(tr("Tiers 0–1"), QVariantList{0, 1});
    m_tierFilter->addItem(tr("Tiers 0–2"), QVariantList{0, 1, 2});
    m_tierFilter->addItem(tr("Tier 1 only"), QVariantList{1});
    m_tierFilter->addItem(tr("Tier 2 only"), QVariantList{2});
    m_tierFilter->addItem(tr("Tier 3 only"), QVariantList{3});
    if (anyWithoutTier)
        m_tierFilter->addItem(tr("Without tier"), QVariantList{-1});
    m_tierFilter->setCurrentIndex(qMax(0, m_tierFilter->findData(tierBefore)));

    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), QString());
    QStringList teams(owners.cbegin(), owners.cend());
    sortCaseInsensitive(&teams);
    for (const QString &team : std::as_const(teams))
        m_teamFilter->addItem(team, team);
    m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(teamBefore)));

    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All regions and sites"), locationData({}, {}));
    for (auto it = sitesByRegion.cbegin(); it != sitesByRegion.cend(); ++it) {
        m_siteFilter->addItem(tr("Region %1").arg(it.key()), locationData(it.key(), {}));
        QStringList sites(it.value().cbegin(), it.value().cend());
        sortCaseInsensitive(&sites);
        for (const QString &site : std::as_const(sites))
            m_siteFilter->addItem(tr("    Site %1", "indented below its region").arg(site), locationData(it.key(), site));
    }
    QStringList loose(sitesWithoutRegion.cbegin(), sitesWithoutRegion.cend());
    sortCaseInsensitive(&loose);
    for (const QString &site : std::as_const(loose))
        m_siteFilter->addItem(tr("Site %1").arg(site), locationData({}, site));
    m_siteFilter->setCurrentIndex(qMax(0, m_siteFilter->findData(siteBefore)));

    applyFilter();
}

void ServiceGraphPanel::applyFilter()
{
    ServiceGraphFilter filter;
    const QVariantList tiers = m_tierFilter->currentData().toList();
    for (const QVariant &tier : tiers)
        filter.tiers.append(tier.toInt());
    filter.owner = m_teamFilter->currentData().toString();
    const QStringList location = m_siteFilter->currentData().toStringList();
    filter.region = location.value(0);
    filter.site = location.value(1);
    filter.collapseSystems = m_collapseAction->isChecked();
    m_view->setFilter(filter);
    updateCount();
}

void ServiceGraphPanel::updateMarkAction()
{
    const QString id = selectedServiceId();
    const bool known = m_model && !id.isEmpty() && m_model->catalog().contains(id);
    const bool failed = known && m_model->isFailed(id);
    m_markFailedAction->setEnabled(known);
    m_markFailedAction->setText(failed ? tr("Clear failed mark") : tr("Mark failed…"));
    if (!known)
        m_markFailedAction->setToolTip(tr("Select a service to mark it failed"));
    else if (failed)
        m_markFailedAction->setToolTip(tr("Take back the failure mark of %1 (recorded on the incident's timeline)").arg(id));
    else
        m_markFailedAction->setToolTip(
            tr("Mark %1 failed by hand, e.g. in a tabletop exercise or when monitoring is blind (recorded on the incident's timeline)")
                .arg(id));
}

void ServiceGraphPanel::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const VisibleServiceGraph &graph = m_view->visibleGraph();
    int shown = 0;
    for (const VisibleServiceGraph::Node &node : graph.nodes)
        shown += int(node.members.size());
    if (total == 0)
        m_legend->setSummary({});
    else if (shown == total)
        m_legend->setSummary(total == 1 ? tr("1 service") : tr("%n services", nullptr, total));
    else
        m_legend->setSummary(tr("%1 of %n services shown", nullptr, total).arg(shown));
}

void ServiceGraphPanel::updateSearchStatus(int matches, int current)
{
    if (m_search->text().trimmed().isEmpty()) {
        m_searchStatus->clear();
        m_searchStatus->setStyleSheet({});
        return;
    }
    if (matches == 0) {
        m_searchStatus->setText(tr("no match"));
        m_searchStatus->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
        return;
    }
    m_searchStatus->setStyleSheet({});
    m_searchStatus->setText(tr("%1 of %2", "search match number of count").arg(qMax(current, 0) + 1).arg(matches));
}

bool ServiceGraphPanel::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString message;
    bool ok = false;
    if (suffix == u"png")
        ok = m_view->exportPng(path, &message);
    else if (suffix == u"svg")
        ok = m_view->exportSvg(path, &message);
    else
        message = tr("Cannot export to %1: choose a file name ending in .png or .svg.").arg(QDir::toNativeSeparators(path));
    if (!ok) {
        message = tr("The graph was not exported. %1").arg(message);
        if (error)
            *error = message;
        Q_EMIT errorOccurred(message);
        return false;
    }
    Q_EMIT informationMessage(tr("Graph exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ServiceGraphPanel::showExportDialog(bool svg)
{
    const QSettings settings;
    QString folder = settings.value(ExportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suffix = svg ? u"svg"_s : u"png"_s;
    auto *dialog = new QFileDialog(this, svg ? tr("Export Graph as SVG") : tr("Export Graph as PNG"));
    dialog->setObjectName(svg ? u"exportSvgDialog"_s : u"exportPngDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    dialog->setDirectory(folder);
    dialog->selectFile(u"service-graph."_s + suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue(ExportFolderKey, QFileInfo(file).absolutePath());
        exportTo(file);
    });
    dialog->open();
}

} // namespace ic
