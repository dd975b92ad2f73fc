// The live dashboard as the commander reads it during a failover: charts that follow the models,
// the RPO line and its breach, the time range and pause, the health grid, the replication
// topology with split brain, the alert list with its silence dialog, and the Prometheus panels.
// Everything is fed with synthetic observations; no network.

#include "AlertsModel.h"
#include "AlertsPanel.h"
#include "HealthDashboard.h"
#include "HealthModel.h"
#include "LiveDashboard.h"
#include "PromPanelModel.h"
#include "PrometheusPanels.h"
#include "ReplicationDashboard.h"
#include "ReplicationModel.h"
#include "SparklineDelegate.h"
#include "TimeRangeBar.h"
#include "TimeSeriesChart.h"
#include "WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

using Range = TimeRangeBar::Range;

// A moment well away from midnight and DST changes: 2024-05-01 12:00:00 UTC.
constexpr qint64 Noon = 1714564800000;
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

struct FixedClock {
    qint64 nowMs = Noon;
    std::function<qint64()> function()
    {
        return [this] { return nowMs; };
    }
};

QList<QPointF> ramp(qint64 fromMs, qint64 stepMs, const QList<double> &values)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points.append(QPointF(double(fromMs + i * stepMs), values.at(i)));
    return points;
}

QPair<qint64, qint64> timeAxisWindow(const TimeSeriesChart &chart)
{
    const auto axes = chart.chart()->axes(Qt::Horizontal);
    auto *axis = qobject_cast<QDateTimeAxis *>(axes.value(0));
    if (!axis)
        return {};
    return {axis->min().toMSecsSinceEpoch(), axis->max().toMSecsSinceEpoch()};
}

constexpr qint64 MiB = 1024 * 1024;

HealthCheck healthCheck(const QString &service, const QString &url)
{
    HealthCheck check;
    check.name = service;
    check.service = service;
    check.url = QUrl(url);
    check.intervalMs = 5000;
    check.downAfter = 3;
    check.upAfter = 2;
    return check;
}

HealthObservation probe(const QString &check, qint64 atMs, ProbeOutcome outcome, qint64 latencyMs, const QString &detail = {})
{
    HealthObservation o;
    o.check = check;
    o.service = check;
    o.atMs = atMs;
    o.outcome = outcome;
    o.latencyMs = latencyMs;
    o.httpStatus = latencyMs >= 0 ? (outcome == ProbeOutcome::Fail ? 503 : 200) : 0;
    if (latencyMs < 0)
        o.failure = FetchFailure::Timeout;
    o.detail = detail;
    return o;
}

PatroniMember member(const QString &name, const QString &role, const QString &state, std::optional<qint64> lag, int port)
{
    PatroniMember m;
    m.name = name;
    m.role = role;
    m.state = state;
    m.host = u"127.0.0.1"_s;
    m.port = port;
    m.apiUrl = u"http://127.0.0.1:%1"_s.arg(port + 3000);
    m.timeline = 3;
    m.lagBytes = lag;
    m.claimsPrimary = role == "leader"_L1;
    return m;
}

ClusterTopology topology(const QString &service, qint64 atMs, std::optional<qint64> node2Lag, std::optional<qint64> node3Lag)
{
    ClusterTopology t;
    t.service = service;
    t.atMs = atMs;
    t.ok = true;
    t.leader = u"node1"_s;
    t.timeline = 3;
    t.members = {member(u"node1"_s, u"leader"_s, u"running"_s, std::nullopt, 5433),
                 member(u"node2"_s, u"replica"_s, u"streaming"_s, node2Lag, 5434),
                 member(u"node3"_s, u"replica"_s, u"streaming"_s, node3Lag, 5435)};
    t.primaryClaims = {u"node1"_s};
    return t;
}

PatroniCluster cluster(const QString &service)
{
    PatroniCluster c;
    c.service = service;
    c.members = {QUrl(u"http://127.0.0.1:8008"_s), QUrl(u"http://127.0.0.1:8009"_s)};
    c.maxLagBytes = MiB;
    c.intervalMs = 10000;
    return c;
}

AlertInfo alert(const QString &fingerprint, const QString &name, const QString &severity, const QString &service,
                const QString &summary, qint64 startsAtMs, const QStringList &silencedBy = {})
{
    AlertInfo a;
    a.fingerprint = fingerprint;
    a.name = name;
    a.severity = severity;
    a.service = service;
    a.summary = summary;
    a.labels = {{u"alertname"_s, name}, {u"severity"_s, severity}, {u"service"_s, service}, {u"instance"_s, u"127.0.0.1:8008"_s}};
    a.startsAtMs = startsAtMs;
    a.state = silencedBy.isEmpty() ? u"active"_s : u"suppressed"_s;
    a.silencedBy = silencedBy;
    return a;
}

PrometheusPanel panel(const QString &title, const QString &unit, std::optional<double> threshold)
{
    PrometheusPanel p;
    p.title = title;
    p.query = u"up"_s;
    p.unit = unit;
    p.threshold = threshold;
    return p;
}

PromResult matrix(const QList<QPair<QString, QList<PromPoint>>> &series)
{
    PromResult r;
    r.ok = true;
    r.resultType = u"matrix"_s;
    for (const auto &[instance, points] : series)
        r.series.append({{{u"instance"_s, instance}}, points});
    return r;
}

// The replica lag of node2 during a synthetic failover rehearsal: calm, then a climb over the
// RPO. One value per 10 s over the last 20 minutes before Noon.
double node2LagAt(int step)
{
    // steps 0..120; node2 starts falling behind at step 104 (2 min 40 s before Noon) and is
    // still over its RPO at Noon.
    if (step < 104)
        return double((step * 7919) % 40) * 1024;
    const int k = step - 104;
    if (k < 8)
        return k * 0.45 * MiB;
    return (3.5 - (k - 8) * 0.1) * MiB;
}

// The four live models filled the way a short failover rehearsal fills them: five health checks
// (one down, one degraded, one never answered, one in maintenance), two Patroni clusters (one with
// a replica over its RPO, one unreachable), three alerts (one silenced) and four Prometheus panels
// (one failing).
struct LiveModels {
    LiveModels()
    {
        // Health.
        health.setChecks({healthCheck(u"checkout"_s, u"http://127.0.0.1:8080/health"_s),
                          healthCheck(u"payments"_s, u"http://127.0.0.1:8081/actuator/health"_s),
                          healthCheck(u"search"_s, u"http://127.0.0.1:8082/health"_s),
                          healthCheck(u"orders-api"_s, u"http://127.0.0.1:8083/readyz"_s),
                          healthCheck(u"reports"_s, u"http://127.0.0.1:8084/status"_s)});
        MaintenanceWindow window;
        window.service = u"reports"_s;
        window.startMs = Noon - 60 * Minute;
        window.endMs = Noon + 60 * Minute;
        window.reason = u"Nightly reindex moved to today"_s;
        health.setMaintenanceWindows({window});
        for (int i = 0; i <= 60; ++i) {
            const qint64 at = Noon - 5 * Minute + i * 5 * Second;
            health.observe(probe(u"checkout"_s, at, ProbeOutcome::Pass, 38 + (i * 37) % 25 + (i > 40 ? 60 : 0)));
            health.observe(i < 50 ? probe(u"payments"_s, at, ProbeOutcome::Pass, 90 + (i * 13) % 30)
                                  : probe(u"payments"_s, at, ProbeOutcome::Fail, 12,
                                          u"HTTP 503: {\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"DOWN\"},"
                                          u"\"diskSpace\":{\"status\":\"UP\"}}} — connection pool exhausted after failover"_s));
            HealthObservation warn = probe(u"search"_s, at, i < 30 ? ProbeOutcome::Pass : ProbeOutcome::Warn, 140 + (i * 29) % 90,
                                           i < 30 ? QString() : u"index: warn (replica behind)"_s);
            warn.failingChecks = i < 30 ? QStringList() : QStringList{u"index"_s};
            health.observe(warn);
            health.observe(probe(u"reports"_s, at, i < 55 ? ProbeOutcome::Pass : ProbeOutcome::Fail, 20, u"HTTP 503"_s));
        }

        // Replication.
        replication.setClusters({cluster(u"orders-db"_s), cluster(u"inventory-db"_s)});
        for (int step = 0; step <= 120; ++step) {
            const qint64 at = Noon - 20 * Minute + step * 10 * Second;
            replication.observe(topology(u"orders-db"_s, at, qint64(node2LagAt(step)), qint64((step * 3571) % 200) * 1024));
        }
        ClusterTopology inventory = topology(u"inventory-db"_s, Noon - 4 * Minute, 0, 0);
        replication.observe(inventory);
        ClusterTopology unreachable;
        unreachable.service = u"inventory-db"_s;
        unreachable.atMs = Noon - 10 * Second;
        unreachable.ok = false;
        unreachable.failure = FetchFailure::Timeout;
        unreachable.error = u"http://127.0.0.1:8010/cluster: timed out after 2 s"_s;
        replication.observe(unreachable);

        // Alerts.
        alerts.setAlerts({alert(u"a1"_s, u"PostgresReplicationLag"_s, u"critical"_s, u"orders-db"_s,
                                u"node2 is 3.5 MB behind the primary"_s, Noon - 150 * Second),
                          alert(u"a2"_s, u"PaymentsDown"_s, u"critical"_s, u"payments"_s,
                                u"payments health endpoint answers 503"_s, Noon - 50 * Second, {u"5f1c2b7e-silence"_s}),
                          alert(u"a3"_s, u"SearchLatencyHigh"_s, u"warning"_s, u"search"_s,
                                u"p95 latency above 200 ms for 5 minutes"_s, Noon - 140 * Second)},
                         Noon - 5 * Second);

        // Prometheus panels.
        metrics.setPanels({panel(u"Replica lag (PromQL)"_s, u"bytes"_s, double(MiB)),
                           panel(u"HTTP 5xx rate"_s, u"req/s"_s, 5.0),
                           panel(u"Checkout p95 latency"_s, u"s"_s, 0.5),
                           panel(u"etcd leader changes"_s, QString(), std::nullopt)});
        QList<PromPoint> lag2;
        QList<PromPoint> lag3;
        QList<PromPoint> errors;
        QList<PromPoint> latency;
        for (int step = 0; step <= 120; ++step) {
            const qint64 at = Noon - 20 * Minute + step * 10 * Second;
            lag2.append({at, node2LagAt(step)});
            lag3.append({at, double((step * 3571) % 200) * 1024});
            errors.append({at, step > 104 ? 2.0 + (step - 104) * 0.6 : 0.1 * (step % 4)});
            latency.append({at, 0.12 + 0.03 * (step % 5) + (step > 104 ? 0.5 : 0.0)});
        }
        metrics.setRangeResult(0, matrix({{u"127.0.0.1:8009"_s, lag2}, {u"127.0.0.1:8010"_s, lag3}}), Noon);
        metrics.setRangeResult(1, matrix({{u"checkout"_s, errors}}), Noon);
        metrics.setRangeResult(2, matrix({{u"checkout"_s, latency}}), Noon);
        metrics.setError(3, u"http://127.0.0.1:9090/api/v1/query_range: timed out after 2 s"_s);
    }

    HealthModel health;
    ReplicationModel replication;
    AlertsModel alerts;
    PromPanelModel metrics;
};

QString displayed(const QAbstractItemModel *model, int row, int column, const QModelIndex &parent = {})
{
    return model->index(row, column, parent).data().toString();
}

int rowWith(const QAbstractItemModel *model, int column, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (displayed(model, row, column, parent) == text)
            return row;
    }
    return -1;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void valueFormatting_data();
    void valueFormatting();
    void windowForRange_data();
    void windowForRange();
    void chartShowsSeriesInOneReplace();
    void thresholdLineAndBreachShading();
    void noBreachNoShading();
    void rangeSwitchMovesAxisWindow();
    void pauseFreezesWindowAndHoldsData();
    void overlayTellsWhyThereIsNothing();
    void hoverTextHasLocalAndUtc();
    void accessibleDescriptionSummarisesLatest();
    void timeRangeBarSinceIncidentNeedsIncident();
    void timeRangeBarPauseIsAToggle();
    void sparklineDrawsHistory();

    void healthGridShowsEveryCheck();
    void healthGridSortsFiltersAndActivates();
    void healthEmptyStateNamesTheFile();
    void replicationTopologyAndLagChart();
    void replicationSplitBrainBanner();
    void replicationUnreachableSaysWhy();
    void silenceDialogEmitsRequest_data();
    void silenceDialogEmitsRequest();
    void silenceNeedsAComment();
    void expireSilence();
    void alertsStaleMarker();
    void prometheusPanelsChartTheModel();
    void dashboardRangeAndPauseDriveEveryChart();
    void dashboardTitlesAndStatus();
    void dashboardFitsSmallScreens();
    void dashboardScreenshots();

private:
    QTemporaryDir m_config;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_config.isValid());
    isolateWidgetTest(m_config.path(), u"tst_dashboard"_s);
}

void TestDashboard::valueFormatting_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::addRow("bytes small") << 512.0 << u"bytes"_s << u"512 B"_s;
    QTest::addRow("bytes kB") << 1536.0 << u"bytes"_s << u"1.50 kB"_s;
    QTest::addRow("bytes MB") << 3.0 * 1024 * 1024 << u"bytes"_s << u"3 MB"_s;
    QTest::addRow("bytes GB") << 20.5 * 1024 * 1024 * 1024 << u"bytes"_s << u"20.5 GB"_s;
    QTest::addRow("seconds below one") << 0.25 << u"s"_s << u"250 ms"_s;
    QTest::addRow("seconds") << 12.5 << u"s"_s << u"12.5 s"_s;
    QTest::addRow("milliseconds") << 42.0 << u"ms"_s << u"42 ms"_s;
    QTest::addRow("milliseconds fraction") << 42.5 << u"ms"_s << u"42.5 ms"_s;
    QTest::addRow("milliseconds to seconds") << 2500.0 << u"ms"_s << u"2.50 s"_s;
    QTest::addRow("percent") << 97.5 << u"%"_s << u"97.5 %"_s;
    QTest::addRow("generic") << 7.25 << u"req/s"_s << u"7.25 req/s"_s;
    QTest::addRow("generic whole") << 7.0 << u"req/s"_s << u"7 req/s"_s;
    QTest::addRow("generic thousands") << 12345.0 << u"req/s"_s << u"12.3 k req/s"_s;
    QTest::addRow("no unit millions") << 2500000.0 << QString() << u"2.50 M"_s;
}

void TestDashboard::valueFormatting()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(TimeSeriesChart::formatValue(value, unit), expected);
}

void TestDashboard::windowForRange_data()
{
    QTest::addColumn<Range>("range");
    QTest::addColumn<std::optional<qint64>>("incidentStart");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addRow("last 5 min") << Range::LastFiveMinutes << std::optional<qint64>() << Noon - 5 * Minute << Noon;
    QTest::addRow("last hour") << Range::LastHour << std::optional<qint64>() << Noon - 60 * Minute << Noon;
    QTest::addRow("since incident") << Range::SinceIncidentStart << std::optional<qint64>(Noon - 17 * Minute)
                                    << Noon - 17 * Minute << Noon;
    QTest::addRow("since incident just declared") << Range::SinceIncidentStart << std::optional<qint64>(Noon - 5 * Second)
                                                  << Noon - 5 * Second << Noon + 55 * Second;
    QTest::addRow("since incident without one") << Range::SinceIncidentStart << std::optional<qint64>()
                                                << Noon - 60 * Minute << Noon;
}

void TestDashboard::windowForRange()
{
    QFETCH(Range, range);
    QFETCH(std::optional<qint64>, incidentStart);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    const auto window = TimeSeriesChart::windowFor(range, incidentStart, Noon);
    QCOMPARE(window.first, expectedStart);
    QCOMPARE(window.second, expectedEnd);
}

void TestDashboard::chartShowsSeriesInOneReplace()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    chart.setUnit(u"bytes"_s);
    const QList<ChartSeries> series = {
        {u"node2"_s, ramp(Noon - 60 * Second, 10 * Second, {0, 1024, 2048, 4096, 2048, 0})},
        {u"node3"_s, ramp(Noon - 60 * Second, 10 * Second, {512, 512, 512, 512, 512, 512})},
    };
    chart.setSeries(series);
    const QList<QLineSeries *> lines = chart.lineSeries();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0)->name(), u"node2"_s);
    QCOMPARE(lines.at(1)->name(), u"node3"_s);
    const ValueScale scale = chart.valueScale();
    QCOMPARE(scale.suffix, u"kB"_s);
    for (int s = 0; s < 2; ++s) {
        QCOMPARE(lines.at(s)->count(), series.at(s).points.size());
        for (int i = 0; i < lines.at(s)->count(); ++i) {
            QCOMPARE(lines.at(s)->at(i).x(), series.at(s).points.at(i).x());
            QCOMPARE(lines.at(s)->at(i).y() * scale.factor, series.at(s).points.at(i).y());
        }
    }
    // The lines have different dash patterns, not only different colours.
    QVERIFY(lines.at(0)->pen().style() != lines.at(1)->pen().style());

    // A new set of points replaces the old one in the same line objects.
    QSignalSpy replaced(lines.at(0), &QXYSeries::pointsReplaced);
    QSignalSpy added(lines.at(0), &QXYSeries::pointAdded);
    chart.setSeries({{u"node2"_s, ramp(Noon - 30 * Second, 10 * Second, {1, 2, 3})}, series.at(1)});
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(added.size(), 0);
    QCOMPARE(chart.lineSeries().at(0), lines.at(0));
    QCOMPARE(lines.at(0)->count(), 3);

    // The window following the clock moves the axis, not the points.
    clock.nowMs += Second;
    chart.followNow();
    QCOMPARE(chart.window().second, Noon + Second);
    QCOMPARE(replaced.size(), 1);
}

void TestDashboard::thresholdLineAndBreachShading()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    chart.setUnit(u"bytes"_s);
    const double maxLag = 1024 * 1024;
    chart.setThreshold(maxLag, u"RPO max lag"_s);
    chart.setSeries({{u"node2"_s, ramp(Noon - 40 * Second, 10 * Second, {0, 0.5 * maxLag, 1.5 * maxLag, 1.5 * maxLag, 0.5 * maxLag})}});

    QLineSeries *threshold = chart.thresholdSeries();
    QVERIFY(threshold);
    QCOMPARE(threshold->count(), 2);
    QCOMPARE(threshold->at(0).y() * chart.valueScale().factor, maxLag);
    QCOMPARE(threshold->at(1).y() * chart.valueScale().factor, maxLag);
    QCOMPARE(qint64(threshold->at(0).x()), chart.window().first);
    QCOMPARE(qint64(threshold->at(1).x()), chart.window().second);
    QCOMPARE(*chart.threshold(), maxLag);
    QVERIFY2(threshold->name().contains(u"RPO max lag"_s), qPrintable(threshold->name()));
    QVERIFY2(threshold->name().contains(u"1 MB"_s), qPrintable(threshold->name()));

    // Above from halfway between the 2nd and 3rd point to halfway between the 4th and 5th.
    const auto breaches = chart.breachIntervals();
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.at(0).first, Noon - 25 * Second);
    QCOMPARE(breaches.at(0).second, Noon - 5 * Second);

    QCOMPARE(chart.breachAreas().size(), 1);
    QAreaSeries *area = chart.breachAreas().at(0);
    QVERIFY(area->isVisible());
    QVERIFY(area->brush().style() != Qt::NoBrush);
    const double t = maxLag / chart.valueScale().factor;
    double highest = 0;
    const auto upper = area->upperSeries()->points();
    for (const QPointF &p : upper)
        highest = std::max(highest, p.y());
    QCOMPARE(highest, 1.5 * t);
    for (const QPointF &p : area->lowerSeries()->points())
        QCOMPARE(p.y(), t);
    // Below the line the area is flat on it: nothing shaded where the replica is within RPO.
    QCOMPARE(upper.first().y(), t);
    QCOMPARE(upper.last().y(), t);
}

void TestDashboard::noBreachNoShading()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    chart.setThreshold(100.0);
    chart.setSeries({{u"a"_s, ramp(Noon - 20 * Second, 10 * Second, {10, 99, 100})}});
    QVERIFY(chart.breachIntervals().isEmpty());
    QCOMPARE(chart.breachAreas().size(), 1);
    QVERIFY(!chart.breachAreas().at(0)->isVisible());

    chart.setThreshold(std::nullopt);
    QVERIFY(!chart.thresholdSeries());
    QVERIFY(chart.breachIntervals().isEmpty());
}

void TestDashboard::rangeSwitchMovesAxisWindow()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 5 * Minute, Noon));
    chart.setRange(Range::LastHour);
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 60 * Minute, Noon));
    chart.setIncidentStart(Noon - 20 * Minute);
    chart.setRange(Range::SinceIncidentStart);
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 20 * Minute, Noon));
    QCOMPARE(chart.window(), qMakePair(Noon - 20 * Minute, Noon));

    clock.nowMs += 10 * Second;
    chart.followNow();
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 20 * Minute, Noon + 10 * Second));
}

void TestDashboard::pauseFreezesWindowAndHoldsData()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    const QList<ChartSeries> before = {{u"a"_s, ramp(Noon - 20 * Second, 10 * Second, {1, 2, 3})}};
    chart.setSeries(before);
    chart.setPaused(true);

    clock.nowMs += 30 * Second;
    chart.followNow();
    chart.setSeries({{u"a"_s, ramp(Noon - 20 * Second, 10 * Second, {1, 2, 3, 4, 5, 6})}});
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 5 * Minute, Noon));
    QCOMPARE(chart.lineSeries().at(0)->count(), 3);
    QCOMPARE(chart.shownSeries().at(0).points, before.at(0).points);

    // Changing the range while paused keeps the frozen end.
    chart.setRange(Range::LastHour);
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon - 60 * Minute, Noon));
    chart.setRange(Range::LastFiveMinutes);

    chart.setPaused(false);
    QCOMPARE(timeAxisWindow(chart), qMakePair(Noon + 30 * Second - 5 * Minute, Noon + 30 * Second));
    QCOMPARE(chart.lineSeries().at(0)->count(), 6);
}

void TestDashboard::overlayTellsWhyThereIsNothing()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.resize(600, 400);
    chart.setClock(clock.function());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.overlayText().isEmpty()); // nothing at all yet

    chart.setSeries({{u"a"_s, ramp(Noon - 20 * Second, 10 * Second, {1, 2, 3})}});
    QCOMPARE(chart.overlayText(), QString());

    // Points only outside the window: nothing to see in it.
    chart.setSeries({{u"a"_s, ramp(Noon - 20 * Minute, 10 * Second, {1, 2, 3})}});
    QVERIFY(chart.overlayText().contains(u"No data"_s));

    chart.setError(u"Prometheus unreachable: timed out after 2 s"_s);
    QVERIFY2(chart.overlayText().contains(u"Prometheus unreachable: timed out after 2 s"_s), qPrintable(chart.overlayText()));
    QVERIFY(chart.findChild<QLabel *>(u"timeSeriesChartOverlay"_s)->isVisible());
    chart.setError({});
    chart.setSeries({{u"a"_s, ramp(Noon - 20 * Second, 10 * Second, {1, 2, 3})}});
    QCOMPARE(chart.overlayText(), QString());
}

void TestDashboard::hoverTextHasLocalAndUtc()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    chart.setUnit(u"bytes"_s);
    chart.setThreshold(1024.0 * 1024, u"RPO max lag"_s);
    chart.setSeries({{u"node2"_s, ramp(Noon - 20 * Second, 10 * Second, {0, 2.0 * 1024 * 1024, 0})}});
    const QString text = chart.hoverText(0, Noon - 9 * Second);
    QVERIFY2(text.contains(u"node2"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2 MB"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2024-05-01 11:59:50 UTC"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Local"_s), qPrintable(text));
    QVERIFY2(text.contains(u"above"_s), qPrintable(text));
    QCOMPARE(chart.hoverText(3, Noon), QString());

    // Hovering the line shows it as a tooltip.
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QLineSeries *line = chart.lineSeries().at(0);
    Q_EMIT line->hovered(QPointF(double(Noon - 11 * Second), 1.5), true);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), chart.hoverText(0, Noon - 10 * Second));
    Q_EMIT line->hovered(QPointF(double(Noon - 11 * Second), 1.5), false);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestDashboard::accessibleDescriptionSummarisesLatest()
{
    FixedClock clock;
    TimeSeriesChart chart;
    chart.setClock(clock.function());
    chart.setTitle(u"orders-db lag"_s);
    chart.setUnit(u"bytes"_s);
    chart.setThreshold(1024.0, u"RPO max lag"_s);
    chart.setSeries({{u"node2"_s, ramp(Noon - 20 * Second, 10 * Second, {0, 4096})}, {u"node3"_s, {}}});
    QVERIFY(chart.chartView()->accessibleName().contains(u"orders-db lag"_s));
    const QString description = chart.chartView()->accessibleDescription();
    QVERIFY2(description.contains(u"node2: 4 kB (above threshold)"_s), qPrintable(description));
    QVERIFY2(description.contains(u"node3: no data"_s), qPrintable(description));
}

void TestDashboard::timeRangeBarSinceIncidentNeedsIncident()
{
    TimeRangeBar bar;
    QSignalSpy ranges(&bar, &TimeRangeBar::rangeChanged);
    auto *since = bar.findChild<QPushButton *>(u"timeRange%1"_s.arg(int(Range::SinceIncidentStart)));
    auto *hour = bar.findChild<QPushButton *>(u"timeRange%1"_s.arg(int(Range::LastHour)));
    QVERIFY(since && hour);
    QVERIFY(!since->isEnabled());
    QVERIFY(!since->toolTip().isEmpty());
    bar.setRange(Range::SinceIncidentStart);
    QCOMPARE(bar.range(), Range::LastFiveMinutes);
    QCOMPARE(ranges.size(), 0);

    QTest::mouseClick(hour, Qt::LeftButton);
    QCOMPARE(bar.range(), Range::LastHour);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.at(0).at(0).value<Range>(), Range::LastHour);

    bar.setIncidentStart(Noon);
    QVERIFY(since->isEnabled());
    QTest::mouseClick(since, Qt::LeftButton);
    QCOMPARE(bar.range(), Range::SinceIncidentStart);
    QVERIFY(since->isChecked());

    // The incident is closed: back to a window that exists.
    bar.setIncidentStart(std::nullopt);
    QCOMPARE(bar.range(), Range::LastHour);
    QVERIFY(hour->isChecked());
    QCOMPARE(ranges.size(), 3);
}

void TestDashboard::timeRangeBarPauseIsAToggle()
{
    TimeRangeBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy paused(&bar, &TimeRangeBar::pausedChanged);
    auto *button = bar.findChild<QPushButton *>(u"timeRangePause"_s);
    auto *label = bar.findChild<QLabel *>(u"timeRangePausedLabel"_s);
    QVERIFY(button && label);
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    const QString liveText = button->text();
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(bar.isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.at(0).at(0).toBool(), true);
    QVERIFY(button->text() != liveText);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"Paused"_s));
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(!bar.isPaused());
    QCOMPARE(paused.size(), 2);
    QVERIFY(!label->isVisible());
}

void TestDashboard::sparklineDrawsHistory()
{
    constexpr int HistoryRole = Qt::UserRole + 1;
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(ramp(Noon, Second, {10, 30, 20, 120})), HistoryRole);
    model.setData(model.index(1, 0), QVariant::fromValue(QList<QPointF>()), HistoryRole);
    QTableView view;
    SparklineDelegate delegate(HistoryRole);
    view.setItemDelegateForColumn(0, &delegate);
    view.setModel(&model);
    view.setColumnWidth(0, 200);
    view.resize(260, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(delegate.lastValueText(model.index(0, 0)), u"120 ms"_s);
    QCOMPARE(delegate.lastValueText(model.index(1, 0)), u"–"_s);

    // The line is drawn in the sparkline's blue inside the first row's cell, not in the empty one.
    const QImage picture = view.viewport()->grab().toImage();
    const auto blueIn = [&picture](const QRect &rect) {
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QColor c = picture.pixelColor(x, y);
                count += (c.blue() > 150 && c.red() < 100) ? 1 : 0;
            }
        }
        return count;
    };
    QVERIFY(blueIn(view.visualRect(model.index(0, 0))) > 10);
    QCOMPARE(blueIn(view.visualRect(model.index(1, 0))), 0);
}

void TestDashboard::healthGridShowsEveryCheck()
{
    LiveModels models;
    HealthDashboard dashboard(&models.health);
    QAbstractItemModelTester tester(dashboard.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dashboard.resize(1200, 500);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QVERIFY(!dashboard.isShowingEmptyState());

    const QAbstractItemModel *shown = dashboard.table()->model();
    QCOMPARE(shown->rowCount(), 5);
    const int payments = rowWith(shown, HealthModel::ServiceColumn, u"payments"_s);
    const int checkout = rowWith(shown, HealthModel::ServiceColumn, u"checkout"_s);
    const int reports = rowWith(shown, HealthModel::ServiceColumn, u"reports"_s);
    QVERIFY(payments >= 0 && checkout >= 0 && reports >= 0);
    QCOMPARE(displayed(shown, payments, HealthModel::StateColumn), HealthModel::stateText(ServiceHealth::Down));
    QCOMPARE(displayed(shown, checkout, HealthModel::StateColumn), HealthModel::stateText(ServiceHealth::Healthy));
    QVERIFY(shown->index(reports, 0).data(HealthModel::InMaintenanceRole).toBool());
    QVERIFY(displayed(shown, reports, HealthModel::StateColumn).contains(u"maintenance"_s));
    // The last error is elided in its cell and whole in its tooltip.
    const QModelIndex error = shown->index(payments, HealthModel::LastErrorColumn);
    QVERIFY(error.data(Qt::ToolTipRole).toString().contains(u"connection pool exhausted after failover"_s));
    QCOMPARE(dashboard.table()->textElideMode(), Qt::ElideRight);
    // The latency column draws the model's history.
    auto *sparkline = qobject_cast<SparklineDelegate *>(dashboard.table()->itemDelegateForColumn(HealthModel::LatencyColumn));
    QVERIFY(sparkline);
    const QModelIndex latency = shown->index(checkout, HealthModel::LatencyColumn);
    QVERIFY(sparkline->history(latency).size() > 10);
    QCOMPARE(sparkline->history(latency).last().y(),
             double(models.health.latencyHistory(u"checkout"_s).last()->value));
    QCOMPARE(sparkline->lastValueText(latency), TimeSeriesChart::formatValue(sparkline->history(latency).last().y(), u"ms"_s));
    QVERIFY2(dashboard.summaryText().contains(u"1 down"_s), qPrintable(dashboard.summaryText()));
    QVERIFY2(dashboard.summaryText().contains(u"1 degraded"_s), qPrintable(dashboard.summaryText()));
    QVERIFY2(dashboard.summaryText().contains(u"1 unknown"_s), qPrintable(dashboard.summaryText()));

    // A new observation reaches the grid.
    const qint64 later = Noon + 10 * Second;
    models.health.observe(probe(u"orders-api"_s, later, ProbeOutcome::Pass, 12));
    const int orders = rowWith(shown, HealthModel::ServiceColumn, u"orders-api"_s);
    QCOMPARE(displayed(shown, orders, HealthModel::StateColumn), HealthModel::stateText(ServiceHealth::Healthy));
    QVERIFY2(!dashboard.summaryText().contains(u"unknown"_s), qPrintable(dashboard.summaryText()));
}

void TestDashboard::healthGridSortsFiltersAndActivates()
{
    LiveModels models;
    HealthDashboard dashboard(&models.health);
    QAbstractItemModelTester tester(dashboard.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dashboard.resize(1200, 500);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QTableView *table = dashboard.table();

    // Sorted by state, the worst comes first.
    table->sortByColumn(HealthModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(displayed(table->model(), 0, HealthModel::ServiceColumn), u"payments"_s);
    // By latency: by the number, not the text ("120 ms" > "90 ms").
    table->sortByColumn(HealthModel::LatencyColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QVariant latency = table->model()->index(row, 0).data(HealthModel::LatencyMsRole);
        const qint64 value = latency.isValid() ? latency.toLongLong() : -1;
        QVERIFY(value <= previous);
        previous = value;
    }

    QTest::keyClicks(dashboard.filterEdit(), u"sea"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(displayed(table->model(), 0, HealthModel::ServiceColumn), u"search"_s);

    QSignalSpy activated(&dashboard, &HealthDashboard::serviceActivated);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, HealthModel::CheckColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"search"_s);

    dashboard.filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), 5);
}

void TestDashboard::healthEmptyStateNamesTheFile()
{
    HealthModel model;
    HealthDashboard dashboard(&model);
    dashboard.setBackendsFile(u"/work/demo/backends.yaml"_s);
    QVERIFY(dashboard.isShowingEmptyState());
    QVERIFY2(dashboard.emptyStateText().contains(u"No health checks in backends.yaml"_s), qPrintable(dashboard.emptyStateText()));
    QVERIFY2(dashboard.emptyStateText().contains(u"/work/demo/backends.yaml"_s), qPrintable(dashboard.emptyStateText()));

    model.setChecks({healthCheck(u"checkout"_s, u"http://127.0.0.1:8080/health"_s)});
    QVERIFY(!dashboard.isShowingEmptyState());
    QCOMPARE(dashboard.table()->model()->rowCount(), 1);
}

void TestDashboard::replicationTopologyAndLagChart()
{
    LiveModels models;
    FixedClock clock;
    ReplicationDashboard dashboard(&models.replication);
    QAbstractItemModelTester tester(dashboard.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dashboard.setClock(clock.function());
    dashboard.resize(1200, 700);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

    QCOMPARE(dashboard.currentCluster(), u"orders-db"_s);
    const QAbstractItemModel *tree = dashboard.tree()->model();
    const QModelIndex orders = tree->index(0, 0);
    QCOMPARE(orders.data().toString(), u"orders-db"_s);
    QCOMPARE(tree->rowCount(orders), 3);
    QVERIFY(dashboard.tree()->isExpanded(orders));
    // The leader: bold, with a crown, and named "Leader" in the role column.
    const int leader = rowWith(tree, 0, u"♛ node1"_s, orders);
    QVERIFY(leader >= 0);
    QVERIFY(tree->index(leader, 0, orders).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(displayed(tree, leader, ReplicationModel::RoleColumn, orders), ReplicationModel::patroniRoleText(u"leader"_s));
    const int node2 = rowWith(tree, 0, u"node2"_s, orders);
    QVERIFY(node2 >= 0);
    QVERIFY(!tree->index(node2, 0, orders).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(displayed(tree, node2, ReplicationModel::RpoColumn, orders),
             u"▲ "_s + ReplicationModel::rpoText(ReplicationModel::Rpo::Breached));
    QCOMPARE(displayed(tree, node2, ReplicationModel::LagColumn, orders),
             QLocale().formattedDataSize(qint64(node2LagAt(120)), 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(displayed(tree, node2, ReplicationModel::StateColumn, orders), u"✓ streaming"_s);

    // The chart: one line per replica with the model's history, the RPO line at max_lag.
    TimeSeriesChart *chart = dashboard.chart();
    const QList<ChartSeries> series = chart->shownSeries();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).label, u"node2"_s);
    QCOMPARE(series.at(1).label, u"node3"_s);
    const SampleRing ring = models.replication.lagHistory(u"orders-db"_s, u"node2"_s);
    QCOMPARE(series.at(0).points.size(), ring.size());
    for (int i = 0; i < ring.size(); ++i) {
        QCOMPARE(qint64(series.at(0).points.at(i).x()), ring.at(i).atMs);
        QCOMPARE(series.at(0).points.at(i).y(), ring.at(i).value);
    }
    QCOMPARE(chart->lineSeries().at(0)->count(), ring.size());
    QVERIFY(chart->threshold());
    QCOMPARE(*chart->threshold(), double(MiB));
    QCOMPARE(chart->thresholdSeries()->at(0).y() * chart->valueScale().factor, double(MiB));
    QVERIFY(chart->thresholdSeries()->name().contains(u"RPO max lag"_s));
    // node2 went over 1 MB: shaded.
    QCOMPARE(chart->breachIntervals().size(), 1);
    QVERIFY(chart->breachAreas().at(0)->isVisible());
    QVERIFY(!chart->breachAreas().at(1)->isVisible());
    QVERIFY2(chart->chartView()->accessibleDescription().contains(u"node2"_s), qPrintable(chart->chartView()->accessibleDescription()));

    // Choosing the other cluster (through the tree) charts it.
    const QModelIndex inventory = tree->index(1, 0);
    dashboard.tree()->setCurrentIndex(inventory);
    QCOMPARE(dashboard.currentCluster(), u"inventory-db"_s);
    QVERIFY(chart->title().contains(u"inventory-db"_s));
}

void TestDashboard::replicationSplitBrainBanner()
{
    LiveModels models;
    ReplicationDashboard dashboard(&models.replication);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QCOMPARE(dashboard.splitBrainText(), QString());

    ClusterTopology split = topology(u"orders-db"_s, Noon + 10 * Second, 0, 0);
    split.members[1].claimsPrimary = true;
    split.primaryClaims = {u"node1"_s, u"node2"_s};
    QVERIFY(models.replication.observe(split));
    QVERIFY2(dashboard.splitBrainText().contains(u"Split brain in orders-db: node1 and node2 both claim to be primary"_s),
             qPrintable(dashboard.splitBrainText()));
    QVERIFY(dashboard.findChild<QLabel *>(u"splitBrainBanner"_s)->isVisible());

    split.atMs += 10 * Second;
    split.primaryClaims = {u"node1"_s};
    QVERIFY(models.replication.observe(split));
    QCOMPARE(dashboard.splitBrainText(), QString());
    QVERIFY(!dashboard.findChild<QLabel *>(u"splitBrainBanner"_s)->isVisible());
}

void TestDashboard::replicationUnreachableSaysWhy()
{
    LiveModels models;
    ReplicationDashboard dashboard(&models.replication);
    dashboard.resize(1000, 700);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    // inventory-db is unreachable in the fixture.
    QVERIFY2(dashboard.problemText().contains(u"inventory-db cannot be read"_s), qPrintable(dashboard.problemText()));
    QVERIFY2(dashboard.problemText().contains(u"timed out after 2 s"_s), qPrintable(dashboard.problemText()));
    dashboard.setCurrentCluster(u"inventory-db"_s);
    QVERIFY2(dashboard.chart()->overlayText().contains(u"timed out after 2 s"_s), qPrintable(dashboard.chart()->overlayText()));

    dashboard.setCurrentCluster(u"orders-db"_s);
    QCOMPARE(dashboard.chart()->error(), QString());

    QVERIFY(models.replication.observe(topology(u"inventory-db"_s, Noon + 5 * Second, 0, 0)));
    QCOMPARE(dashboard.problemText(), QString());

    ReplicationModel none;
    ReplicationDashboard empty(&none);
    QVERIFY(empty.isShowingEmptyState());
    QVERIFY(empty.emptyStateText().contains(u"No Patroni clusters in backends.yaml"_s));
}

void TestDashboard::silenceDialogEmitsRequest_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("customMinutes");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addRow("15 minutes") << int(SilenceDialog::Duration::FifteenMinutes) << 0 << 15 * Minute;
    QTest::addRow("1 hour") << int(SilenceDialog::Duration::OneHour) << 0 << 60 * Minute;
    QTest::addRow("4 hours") << int(SilenceDialog::Duration::FourHours) << 0 << 4 * 60 * Minute;
    QTest::addRow("custom 90 minutes") << int(SilenceDialog::Duration::Custom) << 90 << 90 * Minute;
}

void TestDashboard::silenceDialogEmitsRequest()
{
    QFETCH(int, choice);
    QFETCH(int, customMinutes);
    QFETCH(qint64, expectedMs);

    LiveModels models;
    FixedClock clock;
    AlertsPanel panel(&models.alerts);
    QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setClock(clock.function());
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &AlertsPanel::silenceRequested);

    const int row = rowWith(panel.table()->model(), AlertsModel::AlertColumn, u"PostgresReplicationLag"_s);
    QVERIFY(row >= 0);
    panel.table()->selectRow(row);
    QVERIFY(panel.silenceButton()->isEnabled());
    QVERIFY(!panel.expireButton()->isEnabled());
    QTest::mouseClick(panel.silenceButton(), Qt::LeftButton);
    SilenceDialog *dialog = panel.openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // The matchers are the alert's, read-only.
    auto *matchers = dialog->findChild<QLabel *>(u"silenceMatchers"_s);
    QVERIFY(matchers);
    QCOMPARE(matchers->text(), u"alertname = \"PostgresReplicationLag\"\nservice = \"orders-db\""_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"silenceCreator"_s)->text(), SilenceDialog::defaultCreator());

    auto *duration = dialog->findChild<QComboBox *>(u"silenceDuration"_s);
    auto *custom = dialog->findChild<QSpinBox *>(u"silenceCustomMinutes"_s);
    duration->setCurrentIndex(duration->findData(QVariant::fromValue(SilenceDialog::Duration(choice))));
    QCOMPARE(custom->isEnabled(), SilenceDialog::Duration(choice) == SilenceDialog::Duration::Custom);
    if (custom->isEnabled()) {
        custom->selectAll();
        QTest::keyClicks(custom, QString::number(customMinutes));
    }
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"silenceComment"_s), u"Known: node2 catching up after failover"_s);
    auto *creator = dialog->findChild<QLineEdit *>(u"silenceCreator"_s);
    creator->selectAll();
    QTest::keyClicks(creator, u"alice"_s);
    auto *accept = dialog->findChild<QPushButton *>(u"silenceAccept"_s);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);

    QCOMPARE(requested.size(), 1);
    const auto request = requested.at(0).at(0).value<SilenceRequest>();
    const QList<SilenceMatcher> expected = {{u"alertname"_s, u"PostgresReplicationLag"_s, false, true},
                                            {u"service"_s, u"orders-db"_s, false, true}};
    QCOMPARE(request.matchers, expected);
    QCOMPARE(request.startsAt.toMSecsSinceEpoch(), Noon);
    QCOMPARE(request.startsAt.timeSpec(), Qt::UTC);
    QCOMPARE(request.endsAt.toMSecsSinceEpoch(), Noon + expectedMs);
    QCOMPARE(request.comment, u"Known: node2 catching up after failover"_s);
    QCOMPARE(request.createdBy, u"alice"_s);
    QCOMPARE(request.fingerprint, u"a1"_s);
    QTRY_VERIFY(!panel.openDialog());
}

void TestDashboard::silenceNeedsAComment()
{
    LiveModels models;
    AlertsPanel panel(&models.alerts);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &AlertsPanel::silenceRequested);
    panel.table()->selectRow(rowWith(panel.table()->model(), AlertsModel::AlertColumn, u"SearchLatencyHigh"_s));
    panel.silenceSelected();
    SilenceDialog *dialog = panel.openDialog();
    QVERIFY(dialog);
    auto *accept = dialog->findChild<QPushButton *>(u"silenceAccept"_s);
    QVERIFY(!accept->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"silenceHint"_s)->text().contains(u"comment"_s));
    // Blanks are no comment.
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"silenceComment"_s), u"   "_s);
    QVERIFY(!accept->isEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"silenceComment"_s), u"tuning"_s);
    dialog->findChild<QLineEdit *>(u"silenceCreator"_s)->clear();
    QVERIFY(!accept->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"silenceCreator"_s), u"bob"_s);
    QVERIFY(accept->isEnabled());
    dialog->reject();
    QCOMPARE(requested.size(), 0);
}

void TestDashboard::expireSilence()
{
    LiveModels models;
    AlertsPanel panel(&models.alerts);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy expire(&panel, &AlertsPanel::expireRequested);
    const int row = rowWith(panel.table()->model(), AlertsModel::AlertColumn, u"PaymentsDown"_s);
    QVERIFY(row >= 0);
    QVERIFY(panel.table()->model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());
    panel.table()->selectRow(row);
    QVERIFY(!panel.silenceButton()->isEnabled());
    QVERIFY(panel.expireButton()->isEnabled());
    QTest::mouseClick(panel.expireButton(), Qt::LeftButton);
    QCOMPARE(expire.size(), 1);
    QCOMPARE(expire.at(0).at(0).toString(), u"5f1c2b7e-silence"_s);
}

void TestDashboard::alertsStaleMarker()
{
    LiveModels models;
    AlertsPanel panel(&models.alerts);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.staleText(), QString());
    models.alerts.setUnreachable(u"http://127.0.0.1:9093/api/v2/alerts: connection refused"_s, Noon + 10 * Second);
    QVERIFY2(panel.staleText().contains(u"Stale"_s), qPrintable(panel.staleText()));
    QVERIFY2(panel.staleText().contains(u"connection refused"_s), qPrintable(panel.staleText()));
    QVERIFY2(panel.staleText().contains(u"2024-05-01 11:59:55 UTC"_s), qPrintable(panel.staleText()));
    QCOMPARE(panel.table()->model()->rowCount(), 3); // the last list stays
    models.alerts.setAlerts({}, Noon + 20 * Second);
    QCOMPARE(panel.staleText(), QString());
    QVERIFY(panel.isShowingEmptyState());
    QVERIFY(panel.emptyText().contains(u"No alerts are firing"_s));
}

void TestDashboard::prometheusPanelsChartTheModel()
{
    LiveModels models;
    FixedClock clock;
    PrometheusPanels panels(&models.metrics);
    panels.setClock(clock.function());
    panels.resize(1500, 900);
    panels.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panels));
    QCOMPARE(panels.panelCount(), 4);
    QCOMPARE(panels.gridColumns(), 2);

    TimeSeriesChart *lag = panels.chart(0);
    const QList<PanelSeries> expected = models.metrics.series(0);
    QCOMPARE(lag->shownSeries().size(), expected.size());
    for (qsizetype s = 0; s < expected.size(); ++s) {
        QCOMPARE(lag->shownSeries().at(s).label, expected.at(s).label);
        QCOMPARE(lag->shownSeries().at(s).points.size(), expected.at(s).points.size());
        QCOMPARE(lag->lineSeries().at(s)->count(), expected.at(s).points.size());
        QCOMPARE(lag->shownSeries().at(s).points.last().y(), expected.at(s).points.last().value);
    }
    QCOMPARE(*lag->threshold(), double(MiB));
    QCOMPARE(lag->unit(), u"bytes"_s);
    QVERIFY2(panels.headerText(0).contains(u"Replica lag (PromQL)"_s), qPrintable(panels.headerText(0)));
    QVERIFY2(panels.headerText(0).contains(u"threshold 1 MB"_s), qPrintable(panels.headerText(0)));
    QVERIFY2(panels.headerText(1).contains(u"req/s"_s), qPrintable(panels.headerText(1)));
    QVERIFY2(panels.headerText(1).contains(u"above threshold"_s), qPrintable(panels.headerText(1)));
    QVERIFY(!lag->breachIntervals().isEmpty());

    // The failing panel says why.
    QVERIFY2(panels.chart(3)->overlayText().contains(u"timed out after 2 s"_s), qPrintable(panels.chart(3)->overlayText()));
    QCOMPARE(panels.chart(0)->overlayText(), QString());

    // A new result reaches its chart; a recovered query clears the error.
    PromResult next = matrix({{u"checkout"_s, {{Noon - 2 * Second, 1.0}}}});
    QVERIFY(models.metrics.setRangeResult(3, next, Noon - 2 * Second));
    QCOMPARE(panels.chart(3)->overlayText(), QString());
    QCOMPARE(panels.chart(3)->shownSeries().at(0).points.size(), 1);

    panels.resize(1000, 900);
    QCOMPARE(panels.gridColumns(), 1);

    PromPanelModel none;
    PrometheusPanels empty(&none);
    QVERIFY(empty.isShowingEmptyState());
    QVERIFY(empty.emptyStateText().contains(u"No Prometheus panels"_s));
}

void TestDashboard::dashboardRangeAndPauseDriveEveryChart()
{
    LiveModels models;
    FixedClock clock;
    LiveDashboard dashboard(&models.health, &models.replication, &models.alerts, &models.metrics);
    dashboard.setClock(clock.function());
    dashboard.setIncidentStart(Noon - 12 * Minute);
    dashboard.resize(1600, 1000);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    const QList<TimeSeriesChart *> charts = dashboard.findChildren<TimeSeriesChart *>();
    QCOMPARE(charts.size(), 5); // replication + four panels
    for (TimeSeriesChart *chart : charts)
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon - 5 * Minute, Noon));

    TimeRangeBar *bar = dashboard.timeRangeBar();
    QTest::mouseClick(bar->findChild<QPushButton *>(u"timeRange%1"_s.arg(int(Range::LastHour))), Qt::LeftButton);
    for (TimeSeriesChart *chart : charts)
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon - 60 * Minute, Noon));
    QTest::mouseClick(bar->findChild<QPushButton *>(u"timeRange%1"_s.arg(int(Range::SinceIncidentStart))), Qt::LeftButton);
    for (TimeSeriesChart *chart : charts)
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon - 12 * Minute, Noon));

    // Paused: time passes and data arrives, the charts hold still.
    QTest::mouseClick(bar->findChild<QPushButton *>(u"timeRangePause"_s), Qt::LeftButton);
    QVERIFY(bar->isPaused());
    TimeSeriesChart *lag = dashboard.replicationDashboard()->chart();
    const int before = lag->lineSeries().at(0)->count();
    clock.nowMs += 30 * Second;
    QVERIFY(models.replication.observe(topology(u"orders-db"_s, Noon + 20 * Second, 5 * MiB, 0)));
    for (TimeSeriesChart *chart : charts) {
        chart->followNow();
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon - 12 * Minute, Noon));
    }
    QCOMPARE(lag->lineSeries().at(0)->count(), before);

    // Resumed: jumps to now with the held-back point.
    QTest::mouseClick(bar->findChild<QPushButton *>(u"timeRangePause"_s), Qt::LeftButton);
    QVERIFY(!bar->isPaused());
    for (TimeSeriesChart *chart : charts)
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon - 12 * Minute, Noon + 30 * Second));
    QCOMPARE(lag->lineSeries().at(0)->count(), before + 1);
    QCOMPARE(lag->shownSeries().at(0).points.last().y(), double(5 * MiB));

    // The incident is closed: back to a range that exists.
    dashboard.setIncidentStart(std::nullopt);
    QCOMPARE(bar->range(), Range::LastHour);
    for (TimeSeriesChart *chart : charts)
        QCOMPARE(timeAxisWindow(*chart), qMakePair(Noon + 30 * Second - 60 * Minute, Noon + 30 * Second));
}

void TestDashboard::dashboardTitlesAndStatus()
{
    LiveModels models;
    LiveDashboard dashboard(&models.health, &models.replication, &models.alerts, &models.metrics);
    QSignalSpy activated(&dashboard, &LiveDashboard::serviceActivated);
    QTabWidget *tabs = dashboard.tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(LiveDashboard::HealthTab), u"Health (1 down, 1 degraded)"_s);
    QCOMPARE(tabs->tabText(LiveDashboard::ReplicationTab), u"Replication (1 over RPO, 1 unreachable)"_s);
    QCOMPARE(tabs->tabText(LiveDashboard::AlertsTab), u"Alerts (2 firing)"_s);
    QCOMPARE(tabs->tabText(LiveDashboard::MetricsTab), u"Metrics (3 over threshold, 1 failing)"_s);

    const QString status = dashboard.statusText();
    const QString utc = QDateTime::fromMSecsSinceEpoch(Noon, Qt::UTC).toString(u"HH:mm:ss"_s);
    QVERIFY2(status.contains(u"Health"_s) && status.contains(u"Alerts"_s) && status.contains(u"Metrics"_s), qPrintable(status));
    QVERIFY2(status.contains(utc), qPrintable(status));
    QVERIFY2(status.contains(QDateTime::fromMSecsSinceEpoch(Noon - 5 * Second, Qt::UTC).toString(u"HH:mm:ss"_s)), qPrintable(status));

    // The health grid's activation reaches the dashboard's users.
    QTableView *table = dashboard.healthDashboard()->table();
    Q_EMIT table->activated(table->model()->index(0, 0));
    QCOMPARE(activated.size(), 1);

    models.alerts.setUnreachable(u"refused"_s, Noon + 10 * Second);
    // Titles follow model changes a moment later (coalesced, not once per row change).
    QCOMPARE(tabs->tabText(LiveDashboard::AlertsTab), u"Alerts (2 firing)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(LiveDashboard::AlertsTab), u"Alerts (2 firing, stale)"_s, 2000);
}

void TestDashboard::dashboardFitsSmallScreens()
{
    LiveModels models;
    LiveDashboard dashboard(&models.health, &models.replication, &models.alerts, &models.metrics);
    const QSize minimum = dashboard.minimumSizeHint();
    QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 700,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    dashboard.resize(1366, 768);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    // The time-range bar shows every button whole.
    for (QPushButton *button : dashboard.timeRangeBar()->findChildren<QPushButton *>())
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
}

// With IC_DASHBOARD_SCREENSHOTS=<folder> every tab is saved at both sizes, to be looked at.
void TestDashboard::dashboardScreenshots()
{
    const QString folder = qEnvironmentVariable("IC_DASHBOARD_SCREENSHOTS");
    LiveModels models;
    FixedClock clock;
    LiveDashboard dashboard(&models.health, &models.replication, &models.alerts, &models.metrics);
    dashboard.setClock(clock.function());
    dashboard.setIncidentStart(Noon - 12 * Minute);
    dashboard.setBackendsFile(u"/srv/workspace/backends.yaml"_s);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
        dashboard.resize(size);
        for (int tab = 0; tab < dashboard.tabs()->count(); ++tab) {
            dashboard.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QImage picture = dashboard.grab().toImage();
            QCOMPARE(picture.size(), size * picture.devicePixelRatio());
            if (!folder.isEmpty()) {
                QDir().mkpath(folder);
                QVERIFY(picture.save(u"%1/dashboard-%2x%3-tab%4.png"_s.arg(folder).arg(size.width()).arg(size.height()).arg(tab)));
            }
        }
    }
    // Paused during a split brain, charting since the incident's start.
    dashboard.timeRangeBar()->setRange(Range::SinceIncidentStart);
    dashboard.timeRangeBar()->setPaused(true);
    ClusterTopology split = topology(u"orders-db"_s, Noon + 5 * Second, 3 * MiB, 0);
    split.members[1].claimsPrimary = true;
    split.primaryClaims = {u"node1"_s, u"node2"_s};
    QVERIFY(models.replication.observe(split));
    dashboard.tabs()->setCurrentIndex(LiveDashboard::ReplicationTab);
    QCoreApplication::processEvents();
    const QImage picture = dashboard.grab().toImage();
    QVERIFY(!picture.isNull());
    if (!folder.isEmpty())
        QVERIFY(picture.save(u"%1/dashboard-paused-split-brain.png"_s.arg(folder)));

    // The silence dialog as it opens.
    dashboard.tabs()->setCurrentIndex(LiveDashboard::AlertsTab);
    AlertsPanel *alerts = dashboard.alertsPanel();
    alerts->table()->selectRow(rowWith(alerts->table()->model(), AlertsModel::AlertColumn, u"PostgresReplicationLag"_s));
    alerts->silenceSelected();
    QVERIFY(alerts->openDialog());
    QVERIFY(QTest::qWaitForWindowExposed(alerts->openDialog()));
    const QImage dialog = alerts->openDialog()->grab().toImage();
    QVERIFY(!dialog.isNull());
    if (!folder.isEmpty())
        QVERIFY(dialog.save(u"%1/silence-dialog.png"_s.arg(folder)));
    alerts->openDialog()->reject();
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
