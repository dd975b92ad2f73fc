#include "LiveDashboard.h"

#include "AlertsModel.h"
#include "DnsModel.h"
#include "HealthDashboard.h"
#include "HealthModel.h"
#include "PromPanelModel.h"
#include "PrometheusPanels.h"
#include "ReplicationDashboard.h"
#include "ReplicationModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// "12:03:04 (UTC 11:03:04)", or "11:03:04 UTC" where local time is UTC.
QString clockText(qint64 atMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime();
    if (local.offsetFromUtc() == 0)
        return LiveDashboard::tr("%1 UTC").arg(utc.toString(u"HH:mm:ss"_s));
    return LiveDashboard::tr("%1 (UTC %2)").arg(local.toString(u"HH:mm:ss"_s), utc.toString(u"HH:mm:ss"_s));
}

std::optional<qint64> latest(const QAbstractItemModel *model, int role, const QModelIndex &parent = {})
{
    std::optional<qint64> newest;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QVariant at = model->index(row, 0, parent).data(role);
        if (at.isValid())
            newest = std::max(newest.value_or(0), at.toLongLong());
    }
    return newest;
}

QString withProblems(const QString &title, const QStringList &problems)
{
    return problems.isEmpty() ? title : LiveDashboard::tr("%1 (%2)").arg(title, problems.join(u", "_s));
}

} // namespace

LiveDashboard::LiveDashboard(HealthModel *health, ReplicationModel *replication, AlertsModel *alerts,
                             PromPanelModel *metrics, QWidget *parent)
    : QWidget(parent)
    , m_healthModel(health)
    , m_replicationModel(replication)
    , m_alertsModel(alerts)
    , m_metricsModel(metrics)
    , m_rangeBar(new TimeRangeBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_health(new HealthDashboard(health, this))
    , m_replication(new ReplicationDashboard(replication, this))
    , m_alerts(new AlertsPanel(alerts, this))
    , m_metrics(new PrometheusPanels(metrics, this))
{
    setObjectName(u"liveDashboard"_s);
    m_status->setObjectName(u"liveDashboardStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    m_tabs->setObjectName(u"liveDashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_health, tr("Health"));
    m_tabs->addTab(m_replication, tr("Replication"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(m_metrics, tr("Metrics"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->addWidget(m_rangeBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 0);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);

    connect(m_rangeBar, &TimeRangeBar::rangeChanged, this, [this](TimeRangeBar::Range range) {
        m_replication->setRange(range);
        m_metrics->setRange(range);
    });
    connect(m_rangeBar, &TimeRangeBar::pausedChanged, this, [this](bool paused) {
        m_replication->setPaused(paused);
        m_metrics->setPaused(paused);
    });
    connect(m_health, &HealthDashboard::serviceActivated, this, &LiveDashboard::serviceActivated);
    connect(m_alerts, &AlertsPanel::silenceRequested, this, &LiveDashboard::silenceRequested);
    connect(m_alerts, &AlertsPanel::expireRequested, this, &LiveDashboard::expireRequested);

    // A thousand checks polled every second change rows a thousand times a second: the titles and
    // the status line (which scan every row and relayout the bar) follow at most four times a second.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        updateTabTitles();
        updateStatus();
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(health), static_cast<QAbstractItemModel *>(replication),
                                      static_cast<QAbstractItemModel *>(alerts), static_cast<QAbstractItemModel *>(metrics)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &LiveDashboard::scheduleRefresh);
        connect(model, &QAbstractItemModel::modelReset, this, &LiveDashboard::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &LiveDashboard::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LiveDashboard::scheduleRefresh);
    }
    connect(alerts, &AlertsModel::staleChanged, this, &LiveDashboard::scheduleRefresh);
    updateTabTitles();
    updateStatus();
}

void LiveDashboard::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void LiveDashboard::setDnsModel(DnsModel *dns)
{
    if (m_dnsModel || !dns)
        return;
    m_dnsModel = dns;
    m_dnsView = new QTableView(this);
    m_dnsView->setObjectName(u"dnsView"_s);
    m_dnsView->setModel(dns);
    m_dnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dnsView->setAlternatingRowColors(true);
    m_dnsView->verticalHeader()->hide();
    m_dnsView->horizontalHeader()->setStretchLastSection(false);
    m_dnsView->horizontalHeader()->setSectionResizeMode(DnsModel::AnswerColumn, QHeaderView::Stretch);
    m_dnsView->setAccessibleName(tr("DNS answers per resolver"));
    m_dnsView->setWordWrap(false);
    m_tabs->insertTab(DnsTab, m_dnsView, tr("DNS"));
    connect(dns, &QAbstractItemModel::dataChanged, this, &LiveDashboard::scheduleRefresh);
    connect(dns, &QAbstractItemModel::modelReset, this, [this] {
        m_dnsView->resizeColumnsToContents();
        scheduleRefresh();
    });
    m_dnsView->resizeColumnsToContents();
    updateTabTitles();
}

void LiveDashboard::setIncidentStart(std::optional<qint64> startMs)
{
    m_rangeBar->setIncidentStart(startMs);
    m_replication->setIncidentStart(startMs);
    m_metrics->setIncidentStart(startMs);
}

void LiveDashboard::setBackendsFile(const QString &path)
{
    m_health->setBackendsFile(path);
    m_replication->setBackendsFile(path);
    m_metrics->setBackendsFile(path);
}

void LiveDashboard::setClock(std::function<qint64()> nowMs)
{
    m_rangeBar->setClock(nowMs);
    m_replication->setClock(nowMs);
    m_metrics->setClock(nowMs);
    m_alerts->setClock(std::move(nowMs));
}

QString LiveDashboard::statusText() const
{
    return m_status->text();
}

void LiveDashboard::updateStatus()
{
    std::optional<qint64> replication;
    for (int row = 0; row < m_replicationModel->rowCount(); ++row) {
        const QVariant at = m_replicationModel->index(row, 0).data(ReplicationModel::LastUpdatedMsRole);
        if (at.isValid())
            replication = std::max(replication.value_or(0), at.toLongLong());
    }
    const std::optional<qint64> alerts =
        m_alertsModel->hasBeenRead() ? std::optional<qint64>(m_alertsModel->lastSuccessMs()) : std::nullopt;
    const struct {
        QString name;
        std::optional<qint64> at;
        bool configured;
    } sources[] = {
        {tr("Health"), latest(m_healthModel, HealthModel::LastCheckedMsRole), m_healthModel->rowCount() > 0},
        {tr("Replication"), replication, m_replicationModel->rowCount() > 0},
        {tr("Alerts"), alerts, true},
        {tr("Metrics"), latest(m_metricsModel, PromPanelModel::LastUpdatedMsRole), m_metricsModel->rowCount() > 0},
    };
    QStringList parts;
    for (const auto &source : sources) {
        if (!source.configured)
            continue;
        parts << (source.at ? tr("%1 %2").arg(source.name, clockText(*source.at)) : tr("%1 not yet").arg(source.name));
    }
    m_status->setText(parts.isEmpty() ? QString() : tr("Last update: %1").arg(parts.join(u"  ·  "_s)));
}

void LiveDashboard::updateTabTitles()
{
    // Health: services, not checks: "2 down" means two services a commander has to look at.
    // A service in a maintenance window is expected to be down and is not counted.
    QSet<QString> inMaintenance;
    for (int row = 0; row < m_healthModel->rowCount(); ++row) {
        const QModelIndex check = m_healthModel->index(row, 0);
        if (check.data(HealthModel::InMaintenanceRole).toBool())
            inMaintenance.insert(check.data(HealthModel::ServiceRole).toString());
    }
    int down = 0;
    int degraded = 0;
    const QStringList services = m_healthModel->services();
    for (const QString &service : services) {
        if (inMaintenance.contains(service))
            continue;
        switch (m_healthModel->serviceHealth(service)) {
        case ServiceHealth::Down: ++down; break;
        case ServiceHealth::Degraded: ++degraded; break;
        default: break;
        }
    }
    QStringList healthProblems;
    if (down)
        healthProblems << tr("%1 down").arg(down);
    if (degraded)
        healthProblems << tr("%1 degraded").arg(degraded);
    m_tabs->setTabText(HealthTab, withProblems(tr("Health"), healthProblems));

    int splitBrains = 0;
    int breached = 0;
    int unreachable = 0;
    for (int row = 0; row < m_replicationModel->rowCount(); ++row) {
        const QModelIndex cluster = m_replicationModel->index(row, 0);
        splitBrains += cluster.data(ReplicationModel::SplitBrainRole).toBool() ? 1 : 0;
        unreachable += cluster.data(ReplicationModel::ObservedRole).toBool()
                && !cluster.data(ReplicationModel::ReachableRole).toBool() ? 1 : 0;
        for (int m = 0; m < m_replicationModel->rowCount(cluster); ++m) {
            const auto rpo = ReplicationModel::Rpo(m_replicationModel->index(m, 0, cluster).data(ReplicationModel::RpoRole).toInt());
            breached += rpo == ReplicationModel::Rpo::Breached ? 1 : 0;
        }
    }
    QStringList replicationProblems;
    if (splitBrains)
        replicationProblems << tr("split brain");
    if (breached)
        replicationProblems << tr("%1 over RPO").arg(breached);
    if (unreachable)
        replicationProblems << tr("%1 unreachable").arg(unreachable);
    m_tabs->setTabText(ReplicationTab, withProblems(tr("Replication"), replicationProblems));

    int firing = 0;
    for (int row = 0; row < m_alertsModel->rowCount(); ++row)
        firing += m_alertsModel->index(row, 0).data(AlertsModel::SilencedRole).toBool() ? 0 : 1;
    QStringList alertProblems;
    if (firing)
        alertProblems << tr("%1 firing").arg(firing);
    if (m_alertsModel->isStale())
        alertProblems << tr("stale");
    m_tabs->setTabText(AlertsTab, withProblems(tr("Alerts"), alertProblems));

    int over = 0;
    int failing = 0;
    for (int row = 0; row < m_metricsModel->rowCount(); ++row) {
        const QModelIndex panel = m_metricsModel->index(row, 0);
        over += panel.data(PromPanelModel::BreachedRole).toBool() ? 1 : 0;
        failing += panel.data(PromPanelModel::ErrorRole).toString().isEmpty() ? 0 : 1;
    }
    QStringList metricProblems;
    if (over)
        metricProblems << tr("%1 over threshold").arg(over);
    if (failing)
        metricProblems << tr("%1 failing").arg(failing);
    m_tabs->setTabText(MetricsTab, withProblems(tr("Metrics"), metricProblems));

    if (m_dnsModel) {
        int notPropagated = 0;
        for (int row = 0; row < m_dnsModel->rowCount(); ++row)
            notPropagated += m_dnsModel->status(row) == DnsModel::Status::Expected ? 0 : 1;
        QStringList dnsProblems;
        if (notPropagated)
            dnsProblems << tr("%1 not as expected").arg(notPropagated);
        m_tabs->setTabText(DnsTab, withProblems(tr("DNS"), dnsProblems));
    }
}

} // namespace ic
