#include "Incident.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int RefreshPage = 1000;

TimelineStore::Error refused(const QString &message)
{
    return {TimelineStore::ErrorCode::InvalidEvent, message};
}
} // namespace

Incident::Incident(QObject *parent) : QObject(parent) {}

Incident::~Incident() = default;

bool Incident::isOpen() const
{
    return m_store && m_store->isOpen();
}

bool Incident::isReadOnly() const
{
    return !m_store || m_store->isReadOnly();
}

QString Incident::path() const
{
    return m_store ? m_store->path() : QString();
}

TimelineStore::Error Incident::declare(const QString &path, const Declaration &d)
{
    close();
    if (d.title.trimmed().isEmpty())
        return refused(tr("An incident needs a title."));
    if (d.commander.trimmed().isEmpty())
        return refused(tr("An incident needs a commander."));

    auto store = std::make_unique<TimelineStore>();
    if (auto e = store->create(path))
        return e;
    NewEvent declared{d.commander.trimmed(), QString::fromLatin1(roles::IncidentCommander),
                      eventKindName(EventKind::Declared),
                      QJsonObject{{u"title"_s, d.title.trimmed()},
                                  {u"severity"_s, severityName(d.severity)},
                                  {u"commander"_s, d.commander.trimmed()},
                                  {u"exercise"_s, d.exercise}},
                      std::nullopt};
    if (auto e = store->append(declared)) {
        store->close();
        QFile::remove(path); // a file without its declaration is no incident
        return e;
    }
    m_store = std::move(store);
    m_state = {};
    applyNewEvents();
    Q_EMIT opened();
    return {};
}

TimelineStore::Error Incident::open(const QString &path, TimelineStore::Mode mode)
{
    close();
    auto store = std::make_unique<TimelineStore>();
    if (auto e = store->open(path, mode))
        return e;
    m_store = std::move(store);
    if (auto e = loadState()) {
        m_store.reset();
        return e;
    }
    Q_EMIT opened();
    return {};
}

void Incident::close()
{
    if (!m_store)
        return;
    m_store.reset();
    m_state = {};
    Q_EMIT closed();
}

TimelineStore::Error Incident::loadState()
{
    m_state = {};
    // Only the kinds that change state are read (indexed), so a long log opens quickly.
    if (auto e = m_store->forEach(IncidentState::stateKinds(), [this](const Event &event) {
            m_state.apply(event);
            return true;
        }))
        return e;
    TimelineStore::Error error;
    const qint64 last = m_store->lastSeq(&error);
    if (error)
        return error;
    m_state.lastSeq = last;
    m_state.eventCount = last;
    if (last > 0) {
        Event lastEvent;
        if (auto e = m_store->event(last, &lastEvent))
            return e;
        m_state.lastEventAtMs = lastEvent.atMs;
    }
    return {};
}

void Incident::applyNewEvents()
{
    const qint64 before = m_state.lastSeq;
    bool stateTouched = false;
    const QStringList stateKinds = IncidentState::stateKinds();
    QList<Event> page;
    qint64 after = before;
    // Everything appended since the last look: state kinds change the state, the rest only
    // advance the counters.
    for (;;) {
        if (m_store->pageAfter({}, after, RefreshPage, &page))
            break;
        for (const Event &event : std::as_const(page)) {
            if (stateKinds.contains(event.kind)) {
                m_state.apply(event);
                stateTouched = true;
            } else {
                m_state.lastSeq = qMax(m_state.lastSeq, event.seq);
                m_state.eventCount = qMax(m_state.eventCount, event.seq);
                m_state.lastEventAtMs = qMax(m_state.lastEventAtMs, event.atMs);
            }
            after = event.seq;
        }
        if (page.size() < RefreshPage)
            break;
    }
    if (m_state.lastSeq != before) {
        Q_EMIT eventsAppended(m_state.lastSeq);
        if (stateTouched)
            Q_EMIT stateChanged();
    }
}

void Incident::refresh()
{
    if (m_store && m_store->externallyChanged())
        applyNewEvents();
}

TimelineStore::Error Incident::append(const NewEvent &event, Event *stored)
{
    if (!m_store) {
        const TimelineStore::Error e{TimelineStore::ErrorCode::NotOpen, tr("No incident is open.")};
        Q_EMIT appendFailed(e.message);
        return e;
    }
    if (event.kind == eventKindName(EventKind::Declared) && m_state.declared) {
        const auto e = refused(tr("This incident has already been declared."));
        Q_EMIT appendFailed(e.message);
        return e;
    }
    Event written;
    if (auto e = m_store->append(event, &written)) {
        Q_EMIT appendFailed(e.message);
        return e;
    }
    applyNewEvents();
    if (stored)
        *stored = written;
    return {};
}

TimelineStore::Error Incident::appendBatch(const QList<NewEvent> &events)
{
    if (!m_store) {
        const TimelineStore::Error e{TimelineStore::ErrorCode::NotOpen, tr("No incident is open.")};
        Q_EMIT appendFailed(e.message);
        return e;
    }
    const QString declared = eventKindName(EventKind::Declared);
    if (m_state.declared && std::any_of(events.cbegin(), events.cend(), [&](const NewEvent &e) { return e.kind == declared; })) {
        const auto e = refused(tr("This incident has already been declared."));
        Q_EMIT appendFailed(e.message);
        return e;
    }
    if (auto e = m_store->appendBatch(events)) {
        Q_EMIT appendFailed(e.message);
        return e;
    }
    applyNewEvents();
    return {};
}

TimelineStore::Error Incident::appendSamples(const QList<Sample> &samples)
{
    if (!m_store)
        return {TimelineStore::ErrorCode::NotOpen, tr("No incident is open.")};
    return m_store->appendSamples(samples);
}

TimelineStore::Error Incident::changeStatus(IncidentStatus to, const QString &actor, const QString &role,
                                            Event *stored)
{
    refresh(); // another program may have moved the status meanwhile
    if (const QString why = m_state.refusal(to); !why.isEmpty()) {
        Q_EMIT appendFailed(why);
        return refused(why);
    }
    return append({actor, role, eventKindName(EventKind::StatusChanged),
                   QJsonObject{{u"from"_s, statusName(m_state.status)}, {u"to"_s, statusName(to)}}, std::nullopt},
                  stored);
}

TimelineStore::Error Incident::addNote(const QString &text, const QString &actor, const QString &role)
{
    if (text.trimmed().isEmpty()) {
        const auto e = refused(tr("A note needs text."));
        Q_EMIT appendFailed(e.message);
        return e;
    }
    return append({actor, role, eventKindName(EventKind::Note), QJsonObject{{u"text"_s, text.trimmed()}}, std::nullopt});
}

TimelineStore::Error Incident::correct(qint64 seq, const QString &reason, const QString &replacementText,
                                       const QString &actor, const QString &role)
{
    auto fail = [this](const QString &why) {
        Q_EMIT appendFailed(why);
        return refused(why);
    };
    if (!m_store)
        return fail(tr("No incident is open."));
    refresh();
    Event target;
    if (auto e = m_store->event(seq, &target)) {
        Q_EMIT appendFailed(e.message);
        return e;
    }
    if (target.kind == eventKindName(EventKind::Correction))
        return fail(tr("Event %1 is itself a correction; correct the original event instead.").arg(seq));
    if (const qint64 by = m_state.correctedBy.value(seq))
        return fail(tr("Event %1 was already corrected by event %2.").arg(seq).arg(by));
    if (target.kind == eventKindName(EventKind::StatusChanged)) {
        const auto latest = std::find_if(m_state.statusHistory.crbegin(), m_state.statusHistory.crend(),
                                         [](const IncidentState::StatusChange &c) { return !c.revoked; });
        if (latest == m_state.statusHistory.crend() || latest->seq != seq)
            return fail(tr("Only the latest status change can be taken back (event %1 is not).").arg(seq));
    }
    QJsonObject payload{{u"corrects"_s, seq}, {u"reason"_s, reason.trimmed()}};
    if (!replacementText.trimmed().isEmpty())
        payload.insert(u"text"_s, replacementText.trimmed());
    return append({actor, role, eventKindName(EventKind::Correction), payload, std::nullopt});
}

} // namespace ic
