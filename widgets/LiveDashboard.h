#pragma once

#include "AlertsPanel.h"
#include "TimeRangeBar.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace ic {

class AlertsModel;
class DnsModel;
class HealthDashboard;
class HealthModel;
class PromPanelModel;
class PrometheusPanels;
class ReplicationDashboard;
class ReplicationModel;

// The live dashboard: Health, Replication, Alerts and Metrics tabs under one time-range bar
// that drives every chart, with the time of each source's last update and the number of
// problems in each tab's title. It only displays the four models it is given and forwards
// what the user asks for.
class LiveDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { HealthTab, ReplicationTab, AlertsTab, MetricsTab, DnsTab };

    LiveDashboard(HealthModel *health, ReplicationModel *replication, AlertsModel *alerts, PromPanelModel *metrics,
                  QWidget *parent = nullptr);

    // Adds the DNS tab: each name's answer per resolver, its TTL and whether the cutover has
    // propagated. Without it (no DNS checks) the tab is not shown.
    void setDnsModel(DnsModel *dns);
    QTableView *dnsView() const { return m_dnsView; }

    // The open incident's declaration (enables "Since incident start"); nullopt when none is open.
    void setIncidentStart(std::optional<qint64> startMs);
    // The workspace's backends.yaml, named where a tab has nothing configured.
    void setBackendsFile(const QString &path);
    // Where "now" comes from for every chart and the silence dialog; tests pass a fixed clock.
    void setClock(std::function<qint64()> nowMs);

    TimeRangeBar *timeRangeBar() const { return m_rangeBar; }
    QTabWidget *tabs() const { return m_tabs; }
    HealthDashboard *healthDashboard() const { return m_health; }
    ReplicationDashboard *replicationDashboard() const { return m_replication; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    PrometheusPanels *prometheusPanels() const { return m_metrics; }
    // "Last update: Health 12:03:04 (UTC 11:03:04) · …".
    QString statusText() const;

Q_SIGNALS:
    void serviceActivated(const QString &serviceId);
    void silenceRequested(const ic::SilenceRequest &request);
    void expireRequested(const QString &silenceId);

private:
    void scheduleRefresh();
    void updateTabTitles();
    void updateStatus();

    HealthModel *m_healthModel;
    ReplicationModel *m_replicationModel;
    AlertsModel *m_alertsModel;
    PromPanelModel *m_metricsModel;
    TimeRangeBar *m_rangeBar;
    QLabel *m_status;
    QTabWidget *m_tabs;
    HealthDashboard *m_health;
    ReplicationDashboard *m_replication;
    AlertsPanel *m_alerts;
    PrometheusPanels *m_metrics;
    DnsModel *m_dnsModel = nullptr;
    QTableView *m_dnsView = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace ic
