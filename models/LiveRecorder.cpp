#include "LiveRecorder.h"

#include "AlertsModel.h"
#include "HealthModel.h"
#include "Incident.h"
#include "PromPanelModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

QString monitorActor()
{
    return QString::fromLatin1(MonitorActor);
}

QString monitorRole()
{
    return QString::fromLatin1(MonitorRole);
}

} // namespace

LiveRecorder::LiveRecorder(Incident *incident, QObject *parent) : QObject(parent)
{
    m_flushTimer.setInterval(int(m_flushIntervalMs));
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveRecorder::onTimer);
    // Changes of one pass of the event loop (a poll's burst) go into one transaction.
    m_eventTimer.setSingleShot(true);
    m_eventTimer.setInterval(0);
    connect(&m_eventTimer, &QTimer::timeout, this, &LiveRecorder::writeEvents);
    // What a periodic write leaves (more than one slice) follows a moment later.
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(1);
    connect(&m_sliceTimer, &QTimer::timeout, this, [this] {
        if (isRecording() && !writeQueuedSamples(SamplesPerWrite))
            return;
        if (isRecording() && !m_queue.isEmpty())
            m_sliceTimer.start();
    });
    setIncident(incident);
}

LiveRecorder::~LiveRecorder()
{
    if (isRecording())
        flush();
}

void LiveRecorder::setIncident(Incident *incident)
{
    if (m_incident == incident)
        return;
    if (isRecording())
        flush();
    disconnect(m_openedConnection);
    disconnect(m_closedConnection);
    disconnect(m_destroyedConnection);
    m_incident = incident;
    if (incident) {
        m_openedConnection = connect(incident, &Incident::opened, this, &LiveRecorder::updateRecording);
        // Pending data belongs to the file that was open: it is dropped with it.
        m_closedConnection = connect(incident, &Incident::closed, this, [this] {
            dropPending();
            updateRecording();
        });
        m_destroyedConnection = connect(incident, &QObject::destroyed, this, [this] {
            dropPending();
            updateRecording();
        });
    }
    dropPending();
    updateRecording();
}

bool LiveRecorder::isRecording() const
{
    return m_incident && m_incident->isOpen() && !m_incident->isReadOnly();
}

QString LiveRecorder::notRecordingReason() const
{
    if (isRecording())
        return {};
    if (!m_incident || !m_incident->isOpen())
        return tr("No incident is open: live data is shown but not recorded.");
    return tr("%1 is open read-only: live data is shown but not recorded.").arg(m_incident->path());
}

void LiveRecorder::updateRecording()
{
    const bool recording = isRecording();
    if (recording == m_recording)
        return;
    m_recording = recording;
    if (recording) {
        m_flushTimer.start();
    } else {
        m_flushTimer.stop();
        m_eventTimer.stop();
        m_sliceTimer.stop();
        dropPending();
    }
    Q_EMIT recordingChanged(recording);
}

void LiveRecorder::dropPending()
{
    m_events.clear();
    m_queue.clear();
    m_series.clear();
}

void LiveRecorder::setSampleIntervalMs(qint64 ms)
{
    m_sampleIntervalMs = std::max<qint64>(1, ms);
}

void LiveRecorder::setFlushIntervalMs(qint64 ms)
{
    m_flushIntervalMs = std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max());
    m_flushTimer.setInterval(int(m_flushIntervalMs));
}

void LiveRecorder::attach(HealthModel *model)
{
    if (m_healthModel)
        disconnect(m_healthModel, nullptr, this, nullptr);
    m_healthModel = model;
    if (!model)
        return;
    connect(model, &HealthModel::healthChanged, this, &LiveRecorder::recordHealthChange);
    connect(model, &HealthModel::observed, this, &LiveRecorder::recordHealth);
}

void LiveRecorder::attach(ReplicationModel *model)
{
    if (!model)
        return;
    connect(model, &ReplicationModel::replicationChanged, this, &LiveRecorder::recordReplicationChange);
    connect(model, &ReplicationModel::topologyObserved, this, &LiveRecorder::recordTopology);
}

void LiveRecorder::attach(AlertsModel *model)
{
    if (!model)
        return;
    connect(model, &AlertsModel::alertFired, this, &LiveRecorder::recordAlertFired);
    connect(model, &AlertsModel::alertResolved, this, &LiveRecorder::recordAlertResolved);
}

void LiveRecorder::attach(PromPanelModel *model)
{
    if (!model)
        return;
    connect(model, &PromPanelModel::resultStored, this, [this, model](int panel, const PromResult &result) {
        recordPromResult(model->panel(panel).title, result);
    });
}

int LiveRecorder::pendingSamples() const
{
    int open = 0;
    for (const SeriesState &s : m_series)
        open += s.open ? 1 : 0;
    return int(m_queue.size()) + open;
}

QString LiveRecorder::healthLatencySeries(const QString &check)
{
    return u"health/%1/latency_ms"_s.arg(check);
}

QString LiveRecorder::healthStateSeries(const QString &check)
{
    return u"health/%1/state"_s.arg(check);
}

QString LiveRecorder::lagSeries(const QString &cluster, const QString &member)
{
    return u"replication/%1/%2/lag_bytes"_s.arg(cluster, member);
}

QString LiveRecorder::promSeries(const QString &panelTitle, const QString &seriesLabel)
{
    return u"prometheus/%1/%2"_s.arg(panelTitle, seriesLabel);
}

// --- events ---------------------------------------------------------------------------------

void LiveRecorder::queueEvent(NewEvent event)
{
    if (!isRecording())
        return;
    if (const QString invalid = validateEvent(event); !invalid.isEmpty()) {
        Q_EMIT recordFailed(tr("A live event was not recorded: %1").arg(invalid));
        return;
    }
    if (m_events.size() >= MaxPendingEvents) {
        m_events.removeFirst();
        Q_EMIT recordFailed(tr("The incident file cannot be written; the oldest live event waiting was dropped."));
    }
    m_events.append(std::move(event));
    m_eventTimer.start();
}

bool LiveRecorder::writeEvents()
{
    if (m_events.isEmpty() || !isRecording())
        return true;
    if (const auto error = m_incident->appendBatch(m_events)) {
        Q_EMIT recordFailed(error.message);
        return false;
    }
    const int count = int(m_events.size());
    m_events.clear();
    Q_EMIT written(count, 0);
    return true;
}

void LiveRecorder::recordHealthChange(const QString &service, const QString &check, ServiceHealth from, ServiceHealth to,
                                      const QString &detail, qint64 atMs, bool maintenance)
{
    QJsonObject payload{{u"service"_s, service},
                        {u"check"_s, check},
                        {u"from"_s, serviceHealthName(from)},
                        {u"to"_s, serviceHealthName(to)},
                        {u"maintenance"_s, maintenance},
                        {u"at_ms"_s, atMs}};
    if (!detail.isEmpty())
        payload.insert(u"detail"_s, detail);
    queueEvent({monitorActor(), monitorRole(), eventKindName(EventKind::HealthChanged), payload, std::nullopt});
}

void LiveRecorder::recordReplicationChange(const ReplicationChange &c)
{
    QJsonObject payload{{u"cluster"_s, c.cluster},
                        {u"change"_s, replicationChangeKindName(c.kind)},
                        {u"at_ms"_s, c.atMs}};
    auto optional = [&payload](const QString &key, const QString &value) {
        if (!value.isEmpty())
            payload.insert(key, value);
    };
    optional(u"member"_s, c.member);
    optional(u"from"_s, c.from);
    optional(u"to"_s, c.to);
    optional(u"detail"_s, c.detail);
    if (c.lagBytes)
        payload.insert(u"lag_bytes"_s, *c.lagBytes);
    if (c.kind == ReplicationChange::Kind::RpoBreached || c.kind == ReplicationChange::Kind::RpoRecovered)
        payload.insert(u"max_lag_bytes"_s, c.maxLagBytes);
    if (c.timeline > 0)
        payload.insert(u"timeline"_s, c.timeline);
    if (!c.members.isEmpty())
        payload.insert(u"members"_s, QJsonArray::fromStringList(c.members));
    queueEvent({monitorActor(), monitorRole(), eventKindName(EventKind::ReplicationChanged), payload, std::nullopt});

    // The lag that crossed the limit is kept exactly, whatever the downsampling.
    if (c.lagBytes && !c.member.isEmpty()
        && (c.kind == ReplicationChange::Kind::RpoBreached || c.kind == ReplicationChange::Kind::RpoRecovered))
        addSample(lagSeries(c.cluster, c.member), c.atMs, double(*c.lagBytes), true);
}

namespace {

QJsonObject alertPayload(const AlertInfo &alert, const QString &state)
{
    QJsonObject payload{{u"fingerprint"_s, alert.fingerprint}, {u"alertname"_s, alert.name}, {u"state"_s, state}};
    if (!alert.severity.isEmpty())
        payload.insert(u"severity"_s, alert.severity);
    if (!alert.service.isEmpty())
        payload.insert(u"service"_s, alert.service);
    if (!alert.summary.isEmpty())
        payload.insert(u"summary"_s, alert.summary);
    if (alert.startsAtMs > 0)
        payload.insert(u"starts_at"_s,
                       QDateTime::fromMSecsSinceEpoch(alert.startsAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return payload;
}

} // namespace

void LiveRecorder::recordAlertFired(const AlertInfo &alert)
{
    queueEvent({monitorActor(), monitorRole(), eventKindName(EventKind::AlertChanged), alertPayload(alert, u"firing"_s),
                std::nullopt});
}

void LiveRecorder::recordAlertResolved(const AlertInfo &alert)
{
    queueEvent({monitorActor(), monitorRole(), eventKindName(EventKind::AlertChanged),
                alertPayload(alert, u"resolved"_s), std::nullopt});
}

void LiveRecorder::recordSilence(SilenceAction action, const QString &silenceId, const QList<SilenceMatcher> &matchers,
                                 const QString &comment, std::optional<qint64> endsAtMs, const QString &actor,
                                 const QString &role)
{
    QJsonArray list;
    for (const SilenceMatcher &m : matchers)
        list.append(QJsonObject{{u"name"_s, m.name}, {u"value"_s, m.value}, {u"is_regex"_s, m.isRegex},
                                {u"is_equal"_s, m.isEqual}});
    QJsonObject payload{{u"action"_s, action == SilenceAction::Created ? u"created"_s : u"expired"_s},
                        {u"silence_id"_s, silenceId},
                        {u"matchers"_s, list}};
    if (!comment.trimmed().isEmpty())
        payload.insert(u"comment"_s, comment.trimmed());
    if (endsAtMs)
        payload.insert(u"ends_at"_s, QDateTime::fromMSecsSinceEpoch(*endsAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    const QString who = actor.trimmed().isEmpty() ? defaultActorName() : actor.trimmed();
    queueEvent({who, role, eventKindName(EventKind::SilenceChanged), payload, std::nullopt});
}

// --- samples --------------------------------------------------------------------------------

qint64 LiveRecorder::bucketOf(qint64 atMs) const
{
    // Floor division: a bucket is [k·interval, (k+1)·interval) also before 1970.
    return atMs >= 0 ? atMs / m_sampleIntervalMs : -((-atMs + m_sampleIntervalMs - 1) / m_sampleIntervalMs);
}

void LiveRecorder::enqueue(const Sample &sample)
{
    if (m_queue.size() >= MaxPendingSamples) {
        m_queue.removeFirst();
        ++m_droppedSamples;
    }
    m_queue.append(sample);
}

void LiveRecorder::addSample(const QString &series, qint64 atMs, double value, bool pin)
{
    if (!isRecording() || !std::isfinite(value))
        return;
    SeriesState &s = m_series[series];
    if (s.seen && atMs < s.lastAtMs)
        return; // a late result, or a range query repeating points already seen
    if (s.seen && atMs == s.lastAtMs) {
        // The same moment again: a change signal and the observation behind it. A pin makes
        // the open value a kept one; anything else is already recorded.
        if (pin && s.open && s.open->atMs == atMs) {
            s.open->value = value;
            enqueue(*s.open);
            s.open.reset();
        }
        return;
    }
    if (s.open && bucketOf(s.open->atMs) != bucketOf(atMs)) {
        enqueue(*s.open);
        s.open.reset();
    }
    const Sample sample{series, atMs, value};
    if (pin) {
        if (s.open) { // the value just before the change, in the same bucket
            enqueue(*s.open);
            s.open.reset();
        }
        enqueue(sample);
    } else {
        s.open = sample;
    }
    s.seen = true;
    s.lastAtMs = atMs;
}

void LiveRecorder::closeBuckets(qint64 beforeMs)
{
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        SeriesState &s = it.value();
        if (!s.open)
            continue;
        const qint64 bucket = bucketOf(s.open->atMs);
        // The bucket is complete once its end has passed; `everything` passes the maximum.
        if (beforeMs == std::numeric_limits<qint64>::max() || (bucket + 1) * m_sampleIntervalMs <= beforeMs) {
            enqueue(*s.open);
            s.open.reset();
        }
    }
}

bool LiveRecorder::writeSamples(bool everything)
{
    if (!isRecording())
        return true;
    closeBuckets(everything ? std::numeric_limits<qint64>::max() : QDateTime::currentMSecsSinceEpoch());
    if (everything) {
        m_sliceTimer.stop();
        return writeQueuedSamples(m_queue.size());
    }
    // On the GUI thread: a thousand series make thousands of samples per write, which in one
    // transaction would hold the event loop for tens of milliseconds. Slices, a moment apart.
    if (!writeQueuedSamples(SamplesPerWrite))
        return false;
    if (!m_queue.isEmpty())
        m_sliceTimer.start();
    return true;
}

bool LiveRecorder::writeQueuedSamples(qsizetype most)
{
    if (m_queue.isEmpty())
        return true;
    const qsizetype count = std::min(most, m_queue.size());
    const QList<Sample> slice = count == m_queue.size() ? m_queue : m_queue.first(count);
    if (const auto error = m_incident->appendSamples(slice)) {
        Q_EMIT recordFailed(error.message);
        return false;
    }
    m_queue.remove(0, count);
    Q_EMIT written(0, int(count));
    return true;
}

void LiveRecorder::recordHealth(const HealthObservation &o)
{
    const QString check = m_healthModel ? m_healthModel->checkFor(o) : o.check;
    const QString name = !check.isEmpty() ? check : (!o.check.isEmpty() ? o.check : o.service);
    if (name.isEmpty())
        return;
    if (o.latencyMs >= 0)
        addSample(healthLatencySeries(name), o.atMs, double(o.latencyMs), false);
    if (!m_healthModel || check.isEmpty())
        return;
    const ServiceHealth state = m_healthModel->state(check);
    const auto previous = m_lastHealthState.constFind(check);
    const bool changed = previous == m_lastHealthState.constEnd() || *previous != state;
    m_lastHealthState.insert(check, state);
    addSample(healthStateSeries(check), o.atMs, double(int(state)), changed);
}

void LiveRecorder::recordTopology(const ClusterTopology &t)
{
    if (!t.ok)
        return;
    for (const PatroniMember &m : t.members)
        if (m.inCluster && m.lagBytes)
            addSample(lagSeries(t.service, m.name), t.atMs, double(*m.lagBytes), false);
}

void LiveRecorder::recordPromResult(const QString &panelTitle, const PromResult &result)
{
    if (!result.ok)
        return;
    for (const PromSeries &series : result.series) {
        QString label = PromPanelModel::seriesLabel(series.labels);
        if (label.isEmpty())
            label = panelTitle;
        const QString name = promSeries(panelTitle, label);
        for (const PromPoint &p : series.points)
            addSample(name, p.atMs, p.value, false);
    }
}

void LiveRecorder::onTimer()
{
    if (!isRecording())
        return;
    writeEvents();
    writeSamples(false);
}

bool LiveRecorder::flush()
{
    if (!isRecording())
        return true;
    m_eventTimer.stop();
    const bool events = writeEvents();
    const bool samples = writeSamples(true);
    return events && samples;
}

} // namespace ic
