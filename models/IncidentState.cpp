#include "IncidentState.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

QStringList IncidentState::stateKinds()
{
    return {eventKindName(EventKind::Declared),     eventKindName(EventKind::StatusChanged),
            eventKindName(EventKind::SeverityChanged), eventKindName(EventKind::RoleAssigned),
            eventKindName(EventKind::RoleHandoff),  eventKindName(EventKind::Correction),
            eventKindName(EventKind::ServiceMarked)};
}

void IncidentState::apply(const Event &event)
{
    lastSeq = qMax(lastSeq, event.seq);
    lastEventAtMs = qMax(lastEventAtMs, event.atMs);
    eventCount = qMax(eventCount, event.seq);

    const auto kind = event.knownKind();
    if (!kind)
        return;
    const QJsonObject p = event.payloadObject();
    auto str = [&p](const char *key) { return p.value(QLatin1StringView(key)).toString(); };

    auto setHolder = [&](const QString &role, const QString &person) {
        RoleChange change{role, person, roleHolders.value(role), event.atMs, event.seq};
        roleHolders.insert(role, person);
        roleHistory.append(change);
    };

    switch (*kind) {
    case EventKind::Declared:
        if (declared)
            return; // only the first declaration counts
        declared = true;
        title = str("title");
        severity = severityFromName(str("severity")).value_or(Severity::Sev3);
        exercise = p.value("exercise"_L1).toBool();
        declaredAtMs = event.atMs;
        declaredBy = event.actor;
        status = IncidentStatus::Investigating;
        firstEnteredMs.insert(IncidentStatus::Investigating, event.atMs);
        setHolder(QString::fromLatin1(roles::IncidentCommander), str("commander"));
        break;
    case EventKind::StatusChanged: {
        const auto from = statusFromName(str("from"));
        const auto to = statusFromName(str("to"));
        if (!from || !to)
            return;
        status = *to;
        statusHistory.append({*from, *to, event.atMs, event.seq, false});
        if (!firstEnteredMs.contains(*to))
            firstEnteredMs.insert(*to, event.atMs);
        break;
    }
    case EventKind::SeverityChanged:
        if (const auto to = severityFromName(str("to")))
            severity = *to;
        break;
    case EventKind::RoleAssigned:
        setHolder(str("role"), str("person"));
        break;
    case EventKind::RoleHandoff:
        setHolder(str("role"), str("to"));
        break;
    case EventKind::ServiceMarked:
        serviceMarks.append({str("service"), p.value("failed"_L1).toBool(), event.atMs, event.seq, false});
        break;
    case EventKind::Correction: {
        const qint64 target = p.value("corrects"_L1).toInteger();
        correctedBy.insert(target, event.seq);
        for (ServiceMark &mark : serviceMarks)
            if (mark.seq == target)
                mark.revoked = true;
        // Taking back the latest status change returns to the status before it.
        for (auto it = statusHistory.rbegin(); it != statusHistory.rend(); ++it) {
            if (it->revoked)
                continue;
            if (it->seq == target) {
                it->revoked = true;
                status = it->from;
                firstEnteredMs.clear();
                firstEnteredMs.insert(IncidentStatus::Investigating, declaredAtMs);
                for (const StatusChange &c : std::as_const(statusHistory))
                    if (!c.revoked && !firstEnteredMs.contains(c.to))
                        firstEnteredMs.insert(c.to, c.atMs);
            }
            break;
        }
        break;
    }
    case EventKind::StepChanged:
    case EventKind::ActionExecuted:
    case EventKind::MessageSent:
    case EventKind::HealthChanged:
    case EventKind::ReplicationChanged:
    case EventKind::AlertChanged:
    case EventKind::SilenceChanged:
    case EventKind::Note:
        break;
    }
}

QStringList IncidentState::manuallyFailed() const
{
    QHash<QString, bool> latest;
    for (const ServiceMark &mark : serviceMarks)
        if (!mark.revoked)
            latest.insert(mark.service, mark.failed);
    QStringList failed;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        if (it.value())
            failed << it.key();
    failed.sort();
    return failed;
}

QString IncidentState::refusal(IncidentStatus to) const
{
    if (!declared)
        return QCoreApplication::translate("ic::IncidentState", "No incident has been declared in this file.");
    return transitionRefusal(status, to);
}

std::optional<qint64> IncidentState::resolvedAtMs() const
{
    if (status != IncidentStatus::Resolved && status != IncidentStatus::Closed)
        return std::nullopt;
    std::optional<qint64> at;
    for (const StatusChange &change : statusHistory)
        if (!change.revoked && change.to == IncidentStatus::Resolved)
            at = change.atMs;
    return at;
}

qint64 IncidentState::elapsedMs(qint64 nowMs) const
{
    if (!declared)
        return 0;
    return qMax<qint64>(0, resolvedAtMs().value_or(nowMs) - declaredAtMs);
}

QJsonObject IncidentState::toJson() const
{
    QJsonObject entered;
    for (auto it = firstEnteredMs.cbegin(); it != firstEnteredMs.cend(); ++it)
        entered.insert(statusName(it.key()), isoUtc(it.value()));
    QJsonObject holders;
    for (auto it = roleHolders.cbegin(); it != roleHolders.cend(); ++it)
        holders.insert(it.key(), it.value());
    QJsonArray roleChanges;
    for (const RoleChange &c : roleHistory)
        roleChanges.append(QJsonObject{{u"role"_s, c.role},
                                       {u"holder"_s, c.holder},
                                       {u"previous_holder"_s, c.previousHolder.isEmpty() ? QJsonValue() : c.previousHolder},
                                       {u"at"_s, isoUtc(c.atMs)},
                                       {u"seq"_s, c.seq}});
    QJsonArray statusChanges;
    for (const StatusChange &c : statusHistory)
        statusChanges.append(QJsonObject{{u"from"_s, statusName(c.from)},
                                         {u"to"_s, statusName(c.to)},
                                         {u"at"_s, isoUtc(c.atMs)},
                                         {u"seq"_s, c.seq},
                                         {u"revoked"_s, c.revoked}});
    return QJsonObject{
        {u"declared"_s, declared},
        {u"title"_s, title},
        {u"severity"_s, severityName(severity)},
        {u"status"_s, statusName(status)},
        {u"exercise"_s, exercise},
        {u"declared_at"_s, declared ? QJsonValue(isoUtc(declaredAtMs)) : QJsonValue()},
        {u"declared_by"_s, declaredBy},
        {u"status_entered"_s, entered},
        {u"status_history"_s, statusChanges},
        {u"roles"_s, holders},
        {u"role_history"_s, roleChanges},
        {u"services_marked_failed"_s, QJsonArray::fromStringList(manuallyFailed())},
        {u"event_count"_s, eventCount},
        {u"last_event_at"_s, lastEventAtMs ? QJsonValue(isoUtc(lastEventAtMs)) : QJsonValue()},
    };
}

} // namespace ic
