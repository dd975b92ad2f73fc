// LiveRecorder on real incident files: the events live monitoring appends (payloads as
// documented), the downsampled samples, when they are written (timer, flush, destruction), a
// read-only or missing incident that records nothing, failed writes that are retried, and files
// migrated from format 2.

#include "AlertsModel.h"
#include "HealthModel.h"
#include "Incident.h"
#include "LiveRecorder.h"
#include "PromPanelModel.h"
#include "RawDatabase.h"
#include "ReplicationModel.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ic::LiveRecorder;
using ic::ServiceHealth;

namespace {

// Bucket-aligned (divisible by 5000), in the past: every bucket is complete for the timer.
constexpr qint64 T0 = 1700000000000;
constexpr qint64 OneMiB = 1024 * 1024;

ic::HealthCheck check(const QString &name, const QString &service, int downAfter = 2, int upAfter = 1)
{
    ic::HealthCheck c;
    c.name = name;
    c.service = service;
    c.url = QUrl(u"http://127.0.0.1:8080/"_s + name);
    c.downAfter = downAfter;
    c.upAfter = upAfter;
    return c;
}

ic::HealthObservation observation(const QString &check, qint64 atMs, ic::ProbeOutcome outcome, qint64 latencyMs,
                                  const QString &service = u"checkout"_s)
{
    ic::HealthObservation o;
    o.check = check;
    o.service = service;
    o.url = u"http://127.0.0.1:8080/"_s + check;
    o.atMs = atMs;
    o.outcome = outcome;
    o.latencyMs = latencyMs;
    o.detail = outcome == ic::ProbeOutcome::Fail ? u"HTTP 503"_s : QString();
    return o;
}

ic::ClusterTopology topology(qint64 atMs, std::optional<qint64> lag)
{
    ic::ClusterTopology t;
    t.service = u"orders-db"_s;
    t.atMs = atMs;
    t.ok = true;
    t.leader = u"node1"_s;
    t.timeline = 1;
    ic::PatroniMember leader;
    leader.name = u"node1"_s;
    leader.role = u"leader"_s;
    leader.state = u"running"_s;
    ic::PatroniMember replica;
    replica.name = u"node2"_s;
    replica.role = u"replica"_s;
    replica.state = u"streaming"_s;
    replica.lagBytes = lag;
    t.members = {leader, replica};
    t.primaryClaims = {u"node1"_s};
    return t;
}

ic::AlertInfo alert(const QString &fingerprint)
{
    ic::AlertInfo a;
    a.fingerprint = fingerprint;
    a.name = u"HighReplicationLag"_s;
    a.severity = u"critical"_s;
    a.service = u"orders-db"_s;
    a.summary = u"node2 lags over 1 MB"_s;
    a.startsAtMs = T0;
    a.state = u"active"_s;
    return a;
}

QList<ic::Event> eventsOf(ic::Incident &incident, const QString &kind)
{
    QList<ic::Event> out;
    incident.store()->forEach({kind}, [&](const ic::Event &e) {
        out.append(e);
        return true;
    });
    return out;
}

QList<ic::Sample> samplesOf(const ic::TimelineStore &store, const QString &series)
{
    QList<ic::Sample> out;
    if (store.samples(series, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), &out))
        return {};
    return out;
}

// "T0+0:1 T0+2000:3": times relative to T0.
QString samplesText(const QList<ic::Sample> &samples)
{
    QStringList parts;
    for (const ic::Sample &s : samples)
        parts << u"%1:%2"_s.arg(s.atMs - T0).arg(s.value, 0, 'g', 12);
    return parts.join(u' ');
}

} // namespace

class LiveRecorderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ic::ReplicationChange>();
        qRegisterMetaType<ic::AlertInfo>();
        qRegisterMetaType<ic::HealthObservation>();
        qRegisterMetaType<ic::ClusterTopology>();
        qRegisterMetaType<ic::PromResult>();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (QTest::currentDataTag())
            name += u'-' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        m_path = m_dir.filePath(name + u".incident"_s);
    }

    void healthChangesAreEventsAndSamples()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::HealthModel model;
        model.setChecks({check(u"checkout-live"_s, u"checkout"_s)});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        QVERIFY(recorder.isRecording());
        QVERIFY(recorder.notRecordingReason().isEmpty());

        using O = ic::ProbeOutcome;
        model.observe(observation(u"checkout-live"_s, T0, O::Pass, 10));
        model.observe(observation(u"checkout-live"_s, T0 + 1000, O::Fail, 7));
        model.observe(observation(u"checkout-live"_s, T0 + 2000, O::Fail, 8));
        model.observe(observation(u"checkout-live"_s, T0 + 3000, O::Pass, 11));
        QVERIFY(recorder.flush());

        const QList<ic::Event> events = eventsOf(incident, u"health_changed"_s);
        QCOMPARE(events.size(), 3);
        const ic::Event &down = events.at(1);
        QCOMPARE(down.actor, u"console"_s);
        QCOMPARE(down.role, u"monitor"_s);
        const QJsonObject p = down.payloadObject();
        QCOMPARE(p.value(u"service"_s).toString(), u"checkout"_s);
        QCOMPARE(p.value(u"check"_s).toString(), u"checkout-live"_s);
        QCOMPARE(p.value(u"from"_s).toString(), u"healthy"_s);
        QCOMPARE(p.value(u"to"_s).toString(), u"down"_s);
        QCOMPARE(p.value(u"detail"_s).toString(), u"HTTP 503"_s);
        QCOMPARE(p.value(u"maintenance"_s).toBool(true), false);
        QCOMPARE(p.value(u"at_ms"_s).toInteger(), T0 + 2000);
        QCOMPARE(events.at(0).payloadObject().value(u"from"_s).toString(), u"unknown"_s);
        QCOMPARE(events.at(2).payloadObject().value(u"to"_s).toString(), u"healthy"_s);
        QCOMPARE(ic::eventSummary(down), u"checkout (checkout-live): healthy → down — HTTP 503"_s);

        // The state changes are kept exactly (with the value just before); latency is one
        // sample for the 5 s bucket: its last value.
        const ic::TimelineStore &store = *incident.store();
        QCOMPARE(samplesText(samplesOf(store, u"health/checkout-live/state"_s)), u"0:1 1000:1 2000:3 3000:1"_s);
        QCOMPARE(samplesText(samplesOf(store, u"health/checkout-live/latency_ms"_s)), u"3000:11"_s);
        QCOMPARE(recorder.pendingSamples(), 0);
        QCOMPARE(recorder.pendingEvents(), 0);
        QVERIFY(store.verify().ok);
    }

    void maintenanceIsCarriedByTheEvent()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::HealthModel model;
        model.setChecks({check(u"checkout"_s, u"checkout"_s, 1, 1)});
        ic::MaintenanceWindow window;
        window.service = u"checkout"_s;
        window.startMs = T0;
        window.endMs = T0 + 3600000;
        model.setMaintenanceWindows({window});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        model.observe(observation(u"checkout"_s, T0 + 1000, ic::ProbeOutcome::Fail, 5));
        QVERIFY(recorder.flush());
        const QList<ic::Event> events = eventsOf(incident, u"health_changed"_s);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).payloadObject().value(u"maintenance"_s).toBool(), true);
        QCOMPARE(events.at(0).payloadObject().value(u"to"_s).toString(), u"down"_s);
    }

    void manyObservationsInOneBucketAreOneSample()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::HealthModel model;
        model.setChecks({check(u"api"_s, u"api"_s)});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        QCOMPARE(recorder.sampleIntervalMs(), 5000);
        for (int i = 0; i < 100; ++i)
            model.observe(observation(u"api"_s, T0 + i * 50, ic::ProbeOutcome::Pass, i, u"api"_s));
        QCOMPARE(recorder.pendingSamples(), 3); // the state pin, and one open bucket per series
        // Two more buckets.
        model.observe(observation(u"api"_s, T0 + 5000, ic::ProbeOutcome::Pass, 500, u"api"_s));
        model.observe(observation(u"api"_s, T0 + 9999, ic::ProbeOutcome::Pass, 999, u"api"_s));
        model.observe(observation(u"api"_s, T0 + 12000, ic::ProbeOutcome::Pass, 1200, u"api"_s));
        QVERIFY(recorder.flush());
        const ic::TimelineStore &store = *incident.store();
        QCOMPARE(samplesText(samplesOf(store, u"health/api/latency_ms"_s)), u"4950:99 9999:999 12000:1200"_s);
        QCOMPARE(samplesText(samplesOf(store, u"health/api/state"_s)), u"0:1 4950:1 9999:1 12000:1"_s);
    }

    void otherIntervalsDownsampleAlike_data()
    {
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<QString>("expected");
        QTest::addRow("1 s") << qint64(1000) << u"900:9 1900:19 2900:29"_s;
        QTest::addRow("2 s") << qint64(2000) << u"1900:19 2900:29"_s;
        QTest::addRow("10 s") << qint64(10000) << u"2900:29"_s;
    }

    void otherIntervalsDownsampleAlike()
    {
        QFETCH(qint64, interval);
        QFETCH(QString, expected);
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        recorder.setSampleIntervalMs(interval);
        for (int i = 0; i < 30; ++i)
            recorder.recordHealth(observation(u"api"_s, T0 + i * 100, ic::ProbeOutcome::Pass, i, u"api"_s));
        QVERIFY(recorder.flush());
        // Without a HealthModel there is no state to sample, only latency.
        QStringList series;
        QVERIFY(!incident.store()->sampleSeries(&series));
        QCOMPARE(series, QStringList{u"health/api/latency_ms"_s});
        QCOMPARE(samplesText(samplesOf(*incident.store(), series.at(0))), expected);
    }

    void samplesAreWrittenOnTheTimer()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        recorder.setFlushIntervalMs(50);
        QSignalSpy written(&recorder, &LiveRecorder::written);
        recorder.recordTopology(topology(T0, 100));
        recorder.recordTopology(topology(T0 + 6000, 200));
        // Not flushed by hand: the timer writes the completed buckets.
        QTRY_COMPARE(samplesText(samplesOf(*incident.store(), u"replication/orders-db/node2/lag_bytes"_s)),
                     u"0:100 6000:200"_s);
        QVERIFY(!written.isEmpty());
        QCOMPARE(recorder.pendingSamples(), 0);
        // A bucket still running (now) stays open until it ends.
        recorder.setFlushIntervalMs(60 * 60 * 1000);
        recorder.recordTopology(topology(QDateTime::currentMSecsSinceEpoch() + 60000, 300));
        QCOMPARE(recorder.pendingSamples(), 1);
    }

    // A periodic write of more samples than one slice takes several transactions, a moment apart
    // (the GUI thread is not held for one big one), and loses nothing.
    void largeWritesAreSliced()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        recorder.setFlushIntervalMs(60 * 60 * 1000);
        QSignalSpy written(&recorder, &LiveRecorder::written);
        const int samples = LiveRecorder::SamplesPerWrite * 2 + 10;
        for (int i = 0; i < samples; ++i) // one sample per 5 s bucket, all in the past: each is kept
            recorder.recordTopology(topology(T0 + qint64(i) * 5000, 100 + i));
        recorder.setFlushIntervalMs(20);
        QTRY_COMPARE_WITH_TIMEOUT(samplesOf(*incident.store(), u"replication/orders-db/node2/lag_bytes"_s).size(),
                                  qsizetype(samples), 5000);
        QVERIFY2(written.size() >= 3, qPrintable(QString::number(written.size())));
        for (const QList<QVariant> &w : std::as_const(written))
            QVERIFY(w.at(1).toInt() <= LiveRecorder::SamplesPerWrite);
    }

    void samplesAreWrittenOnDestruction()
    {
        {
            ic::Incident incident;
            QVERIFY(declare(incident));
            {
                LiveRecorder recorder(&incident);
                recorder.recordTopology(topology(T0, 42));
                recorder.recordTopology(topology(T0 + 1000, 43));
                QCOMPARE(recorder.pendingSamples(), 1);
            }
            QCOMPARE(samplesText(samplesOf(*incident.store(), u"replication/orders-db/node2/lag_bytes"_s)), u"1000:43"_s);
        }
        // And they survive closing and reopening the file.
        ic::Incident reopened;
        QVERIFY(!reopened.open(m_path, ic::TimelineStore::Mode::ReadOnly));
        QCOMPARE(samplesText(samplesOf(*reopened.store(), u"replication/orders-db/node2/lag_bytes"_s)), u"1000:43"_s);
    }

    void replicationChangesAreEventsWithTheLagAtTheBreach()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::ReplicationModel model;
        ic::PatroniCluster cluster;
        cluster.service = u"orders-db"_s;
        cluster.maxLagBytes = OneMiB;
        model.setClusters({cluster});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);

        model.observe(topology(T0, 0));
        model.observe(topology(T0 + 2000, 3 * OneMiB));
        model.observe(topology(T0 + 2500, 3 * OneMiB + 512));
        model.observe(topology(T0 + 6000, 100));
        QVERIFY(recorder.flush());

        const QList<ic::Event> events = eventsOf(incident, u"replication_changed"_s);
        QCOMPARE(events.size(), 2);
        const QJsonObject breach = events.at(0).payloadObject();
        QCOMPARE(breach.value(u"cluster"_s).toString(), u"orders-db"_s);
        QCOMPARE(breach.value(u"change"_s).toString(), u"rpo_breached"_s);
        QCOMPARE(breach.value(u"member"_s).toString(), u"node2"_s);
        QCOMPARE(breach.value(u"lag_bytes"_s).toInteger(), 3 * OneMiB);
        QCOMPARE(breach.value(u"max_lag_bytes"_s).toInteger(), OneMiB);
        QCOMPARE(breach.value(u"at_ms"_s).toInteger(), T0 + 2000);
        QCOMPARE(events.at(0).actor, u"console"_s);
        QCOMPARE(events.at(1).payloadObject().value(u"change"_s).toString(), u"rpo_recovered"_s);
        QCOMPARE(events.at(1).payloadObject().value(u"lag_bytes"_s).toInteger(), 100);

        // The lag at the breach and at the recovery are stored exactly, whatever the buckets.
        QCOMPARE(samplesText(samplesOf(*incident.store(), u"replication/orders-db/node2/lag_bytes"_s)),
                 u"0:0 2000:3145728 2500:3146240 6000:100"_s);
    }

    void leaderChangeAndSplitBrainPayloads()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        ic::ReplicationChange change;
        change.cluster = u"orders-db"_s;
        change.kind = ic::ReplicationChangeKind::LeaderChanged;
        change.from = u"node1"_s;
        change.to = u"node2"_s;
        change.timeline = 4;
        change.atMs = T0;
        recorder.recordReplicationChange(change);
        ic::ReplicationChange split;
        split.cluster = u"orders-db"_s;
        split.kind = ic::ReplicationChangeKind::SplitBrain;
        split.members = {u"node1"_s, u"node2"_s};
        split.atMs = T0 + 1;
        recorder.recordReplicationChange(split);
        QVERIFY(recorder.flush());
        const QList<ic::Event> events = eventsOf(incident, u"replication_changed"_s);
        QCOMPARE(events.size(), 2);
        const QJsonObject leader = events.at(0).payloadObject();
        QCOMPARE(leader.value(u"from"_s).toString(), u"node1"_s);
        QCOMPARE(leader.value(u"to"_s).toString(), u"node2"_s);
        QCOMPARE(leader.value(u"timeline"_s).toInt(), 4);
        QVERIFY(!leader.contains(u"max_lag_bytes"_s));
        QVERIFY(!leader.contains(u"lag_bytes"_s));
        QCOMPARE(events.at(1).payloadObject().value(u"members"_s).toArray(), (QJsonArray{u"node1"_s, u"node2"_s}));
    }

    void alertAndSilenceEvents()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::AlertsModel model;
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        model.setAlerts({alert(u"f1"_s)}, T0);
        model.setUnreachable(u"timed out"_s, T0 + 10000); // no resolve on a failed poll
        model.setAlerts({}, T0 + 20000);
        recorder.recordSilence(LiveRecorder::SilenceAction::Created, u"s-1"_s,
                               {{u"alertname"_s, u"HighReplicationLag"_s, false, true},
                                {u"service"_s, u"orders.*"_s, true, true}},
                               u"failover in progress"_s, T0 + 3600000, u"alice"_s, u"operations_lead"_s);
        recorder.recordSilence(LiveRecorder::SilenceAction::Expired, u"s-1"_s, {}, {}, std::nullopt, u"alice"_s);
        QVERIFY(recorder.flush());

        const QList<ic::Event> alerts = eventsOf(incident, u"alert_changed"_s);
        QCOMPARE(alerts.size(), 2);
        const QJsonObject fired = alerts.at(0).payloadObject();
        QCOMPARE(fired.value(u"fingerprint"_s).toString(), u"f1"_s);
        QCOMPARE(fired.value(u"alertname"_s).toString(), u"HighReplicationLag"_s);
        QCOMPARE(fired.value(u"state"_s).toString(), u"firing"_s);
        QCOMPARE(fired.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(fired.value(u"service"_s).toString(), u"orders-db"_s);
        QCOMPARE(fired.value(u"summary"_s).toString(), u"node2 lags over 1 MB"_s);
        QCOMPARE(fired.value(u"starts_at"_s).toString(), u"2023-11-14T22:13:20.000Z"_s);
        QCOMPARE(alerts.at(0).actor, u"console"_s);
        QCOMPARE(alerts.at(1).payloadObject().value(u"state"_s).toString(), u"resolved"_s);

        const QList<ic::Event> silences = eventsOf(incident, u"silence_changed"_s);
        QCOMPARE(silences.size(), 2);
        QCOMPARE(silences.at(0).actor, u"alice"_s);
        QCOMPARE(silences.at(0).role, u"operations_lead"_s);
        const QJsonObject created = silences.at(0).payloadObject();
        QCOMPARE(created.value(u"action"_s).toString(), u"created"_s);
        QCOMPARE(created.value(u"silence_id"_s).toString(), u"s-1"_s);
        QCOMPARE(created.value(u"comment"_s).toString(), u"failover in progress"_s);
        QCOMPARE(created.value(u"ends_at"_s).toString(), u"2023-11-14T23:13:20.000Z"_s);
        const QJsonArray matchers = created.value(u"matchers"_s).toArray();
        QCOMPARE(matchers.size(), 2);
        QCOMPARE(matchers.at(1).toObject(), (QJsonObject{{u"name"_s, u"service"_s}, {u"value"_s, u"orders.*"_s},
                                                         {u"is_regex"_s, true}, {u"is_equal"_s, true}}));
        QCOMPARE(silences.at(1).payloadObject().value(u"action"_s).toString(), u"expired"_s);
    }

    void invalidEventsAreReportedNotWritten()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        QSignalSpy failed(&recorder, &LiveRecorder::recordFailed);
        recorder.recordSilence(LiveRecorder::SilenceAction::Created, u"s-2"_s, {}); // no matchers
        QCOMPARE(failed.size(), 1);
        QCOMPARE(recorder.pendingEvents(), 0);
    }

    void promResultsAreSampled()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::PromPanelModel model;
        ic::PrometheusPanel panel;
        panel.title = u"Replica lag"_s;
        panel.query = u"lag"_s;
        model.setPanels({panel});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        ic::PromResult result;
        result.ok = true;
        result.resultType = u"matrix"_s;
        ic::PromSeries series;
        series.labels = {{u"instance"_s, u"node2"_s}};
        for (int i = 0; i <= 12; ++i)
            series.points.append({T0 + i * 1000, double(i)});
        result.series = {series};
        QVERIFY(model.setRangeResult(0, result));
        QVERIFY(recorder.flush());
        const QString name = u"prometheus/Replica lag/instance=\"node2\""_s;
        QCOMPARE(samplesText(samplesOf(*incident.store(), name)), u"4000:4 9000:9 12000:12"_s);
        // The same range again adds nothing; a newer point does.
        series.points.append({T0 + 16000, 16});
        result.series = {series};
        QVERIFY(model.setRangeResult(0, result));
        QVERIFY(recorder.flush());
        QCOMPARE(samplesText(samplesOf(*incident.store(), name)), u"4000:4 9000:9 12000:12 16000:16"_s);
    }

    void changesOfOnePassAreOneTransaction()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        ic::HealthModel model;
        model.setChecks({check(u"a"_s, u"a"_s, 1, 1), check(u"b"_s, u"b"_s, 1, 1), check(u"c"_s, u"c"_s, 1, 1)});
        LiveRecorder recorder(&incident);
        recorder.attach(&model);
        QSignalSpy written(&recorder, &LiveRecorder::written);
        QSignalSpy appended(&incident, &ic::Incident::eventsAppended);
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
            model.observe(observation(name, T0, ic::ProbeOutcome::Fail, 1, name));
        QVERIFY(written.isEmpty()); // not inside the caller's pass
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toInt(), 3);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(eventsOf(incident, u"health_changed"_s).size(), 3);
    }

    void readOnlyIncidentRecordsNothing()
    {
        {
            ic::Incident incident;
            QVERIFY(declare(incident));
        }
        const QByteArray before = fileBytes(m_path);
        {
            ic::Incident incident;
            QVERIFY(!incident.open(m_path, ic::TimelineStore::Mode::ReadOnly));
            ic::HealthModel model;
            model.setChecks({check(u"a"_s, u"a"_s, 1, 1)});
            LiveRecorder recorder(&incident);
            recorder.attach(&model);
            QVERIFY(!recorder.isRecording());
            QVERIFY2(recorder.notRecordingReason().contains(u"read-only"_s), qPrintable(recorder.notRecordingReason()));
            QSignalSpy failed(&recorder, &LiveRecorder::recordFailed);
            model.observe(observation(u"a"_s, T0, ic::ProbeOutcome::Fail, 1, u"a"_s));
            recorder.recordTopology(topology(T0, 5));
            QCOMPARE(recorder.pendingEvents(), 0);
            QCOMPARE(recorder.pendingSamples(), 0);
            QVERIFY(recorder.flush());
            QVERIFY(failed.isEmpty());
        }
        QCOMPARE(fileBytes(m_path), before);
    }

    void noIncidentRecordsNothing()
    {
        LiveRecorder recorder(nullptr);
        QVERIFY(!recorder.isRecording());
        QVERIFY(!recorder.notRecordingReason().isEmpty());
        recorder.recordTopology(topology(T0, 5));
        recorder.recordSilence(LiveRecorder::SilenceAction::Expired, u"s"_s, {});
        QCOMPARE(recorder.pendingSamples(), 0);
        QCOMPARE(recorder.pendingEvents(), 0);
        QVERIFY(recorder.flush());
    }

    void recordingFollowsTheIncident()
    {
        ic::Incident incident;
        LiveRecorder recorder(&incident);
        QSignalSpy recording(&recorder, &LiveRecorder::recordingChanged);
        QVERIFY(!recorder.isRecording());
        QVERIFY(declare(incident));
        QCOMPARE(recording.size(), 1);
        QVERIFY(recording.at(0).at(0).toBool());
        recorder.recordTopology(topology(T0, 5));
        QCOMPARE(recorder.pendingSamples(), 1);
        incident.close(); // pending data of a closed file is dropped with it
        QCOMPARE(recording.size(), 2);
        QVERIFY(!recording.at(1).at(0).toBool());
        QCOMPARE(recorder.pendingSamples(), 0);
        {
            auto *gone = new ic::Incident;
            LiveRecorder other(gone);
            delete gone;
            QVERIFY(!other.isRecording());
        }
    }

    void failedWritesAreKeptAndRetried()
    {
        ic::Incident incident;
        QVERIFY(declare(incident));
        LiveRecorder recorder(&incident);
        QSignalSpy failed(&recorder, &LiveRecorder::recordFailed);
        recorder.recordTopology(topology(T0, 1));
        recorder.recordAlertFired(alert(u"f1"_s));
        {
            RawDatabase other(m_path);
            QVERIFY(other.exec("BEGIN IMMEDIATE; INSERT INTO meta VALUES ('x', 'y');").isEmpty());
            QVERIFY(!recorder.flush());
            QCOMPARE(failed.size(), 2); // the events and the samples
            QVERIFY(failed.at(0).at(0).toString().contains(u"locked"_s));
            QCOMPARE(recorder.pendingEvents(), 1);
            QCOMPARE(recorder.pendingSamples(), 1);
            QVERIFY(other.exec("ROLLBACK;").isEmpty());
        }
        QVERIFY(recorder.flush());
        QCOMPARE(eventsOf(incident, u"alert_changed"_s).size(), 1);
        QCOMPARE(samplesText(samplesOf(*incident.store(), u"replication/orders-db/node2/lag_bytes"_s)), u"0:1"_s);
    }

    void recordsIntoAFileMigratedFromVersion2()
    {
        {
            ic::Incident incident;
            QVERIFY(declare(incident));
        }
        {
            RawDatabase db(m_path);
            QVERIFY(db.exec("DROP TABLE samples; PRAGMA user_version = 2;").isEmpty());
        }
        {
            ic::Incident incident;
            QVERIFY(!incident.open(m_path, ic::TimelineStore::Mode::ReadWrite));
            QCOMPARE(incident.store()->schemaVersion(), 3);
            LiveRecorder recorder(&incident);
            QVERIFY(recorder.isRecording());
            recorder.recordTopology(topology(T0, 77));
            ic::ReplicationChange change;
            change.cluster = u"orders-db"_s;
            change.kind = ic::ReplicationChangeKind::ClusterReachable;
            change.atMs = T0;
            recorder.recordReplicationChange(change);
            QVERIFY(recorder.flush());
        }
        ic::Incident reopened;
        QVERIFY(!reopened.open(m_path, ic::TimelineStore::Mode::ReadOnly));
        QCOMPARE(samplesText(samplesOf(*reopened.store(), u"replication/orders-db/node2/lag_bytes"_s)), u"0:77"_s);
        QCOMPARE(eventsOf(reopened, u"replication_changed"_s).size(), 1);
        QVERIFY(reopened.store()->verify().ok);
    }

private:
    bool declare(ic::Incident &incident)
    {
        ic::Incident::Declaration d;
        d.title = u"Orders database primary lost"_s;
        d.severity = ic::Severity::Sev2;
        d.commander = u"alice"_s;
        const auto e = incident.declare(m_path, d);
        if (e)
            qWarning("%s", qPrintable(e.message));
        return !e;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(LiveRecorderTest)
#include "tst_liverecorder.moc"
