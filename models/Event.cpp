#include "Event.h"

#include "IncidentStatus.h"
#include "LiveTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace ic {

// Translation context of the free functions in this file.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(Event)
};

namespace {

struct KindEntry {
    EventKind kind;
    QLatin1StringView name;
};

constexpr KindEntry Kinds[] = {
    {EventKind::Declared, "declared"_L1},
    {EventKind::StatusChanged, "status_changed"_L1},
    {EventKind::SeverityChanged, "severity_changed"_L1},
    {EventKind::RoleAssigned, "role_assigned"_L1},
    {EventKind::RoleHandoff, "role_handoff"_L1},
    {EventKind::StepChanged, "step_changed"_L1},
    {EventKind::ActionExecuted, "action_executed"_L1},
    {EventKind::MessageSent, "message_sent"_L1},
    {EventKind::HealthChanged, "health_changed"_L1},
    {EventKind::ReplicationChanged, "replication_changed"_L1},
    {EventKind::Note, "note"_L1},
    {EventKind::Correction, "correction"_L1},
    {EventKind::ServiceMarked, "service_marked"_L1},
    {EventKind::AlertChanged, "alert_changed"_L1},
    {EventKind::SilenceChanged, "silence_changed"_L1},
};

struct ReplicationChangeEntry {
    ReplicationChangeKind kind;
    QLatin1StringView name;
};

constexpr ReplicationChangeEntry ReplicationChanges[] = {
    {ReplicationChangeKind::LeaderChanged, "leader_changed"_L1},
    {ReplicationChangeKind::NoLeader, "no_leader"_L1},
    {ReplicationChangeKind::MemberDown, "member_down"_L1},
    {ReplicationChangeKind::MemberUp, "member_up"_L1},
    {ReplicationChangeKind::RpoBreached, "rpo_breached"_L1},
    {ReplicationChangeKind::RpoRecovered, "rpo_recovered"_L1},
    {ReplicationChangeKind::SplitBrain, "split_brain"_L1},
    {ReplicationChangeKind::SplitBrainResolved, "split_brain_resolved"_L1},
    {ReplicationChangeKind::ClusterUnreachable, "cluster_unreachable"_L1},
    {ReplicationChangeKind::ClusterReachable, "cluster_reachable"_L1},
};

// Byte counts as Patroni's settings read them ("1MB" is 1048576 bytes).
QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString healthDisplayName(const QString &name)
{
    const auto health = serviceHealthFromName(name);
    if (!health)
        return name;
    switch (*health) {
    case ServiceHealth::Healthy: return EventText::tr("healthy");
    case ServiceHealth::Degraded: return EventText::tr("degraded");
    case ServiceHealth::Down: return EventText::tr("down");
    case ServiceHealth::Unknown: break;
    }
    return EventText::tr("unknown");
}

// "alertname=HighLag, service=~orders.*" as Alertmanager writes matchers.
QString matchersText(const QJsonArray &matchers)
{
    QStringList parts;
    for (const QJsonValue &value : matchers) {
        const QJsonObject m = value.toObject();
        const bool equal = m.value("is_equal"_L1).toBool(true);
        const bool regex = m.value("is_regex"_L1).toBool(false);
        const QString op = regex ? (equal ? u"=~"_s : u"!~"_s) : (equal ? u"="_s : u"!="_s);
        parts << m.value("name"_L1).toString() + op + m.value("value"_L1).toString();
    }
    return parts.join(", "_L1);
}


void appendField(QByteArray &out, const char *name, QByteArrayView value)
{
    out += name;
    out += ':';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &entry : Kinds)
        if (entry.kind == kind)
            return entry.name.toString();
    Q_UNREACHABLE();
    return {};
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (const auto &entry : Kinds)
        if (name == entry.name)
            return entry.kind;
    return std::nullopt;
}

QStringList allEventKindNames()
{
    QStringList names;
    for (const auto &entry : Kinds)
        names << entry.name.toString();
    return names;
}

QString eventKindDisplayName(QStringView name)
{
    const auto kind = eventKindFromName(name);
    if (!kind)
        return name.toString();
    switch (*kind) {
    case EventKind::Declared: return EventText::tr("Declared");
    case EventKind::StatusChanged: return EventText::tr("Status changed");
    case EventKind::SeverityChanged: return EventText::tr("Severity changed");
    case EventKind::RoleAssigned: return EventText::tr("Role assigned");
    case EventKind::RoleHandoff: return EventText::tr("Role handed off");
    case EventKind::StepChanged: return EventText::tr("Runbook step");
    case EventKind::ActionExecuted: return EventText::tr("Action executed");
    case EventKind::MessageSent: return EventText::tr("Message sent");
    case EventKind::HealthChanged: return EventText::tr("Health changed");
    case EventKind::ReplicationChanged: return EventText::tr("Replication changed");
    case EventKind::Note: return EventText::tr("Note");
    case EventKind::Correction: return EventText::tr("Correction");
    case EventKind::ServiceMarked: return EventText::tr("Service marked");
    case EventKind::AlertChanged: return EventText::tr("Alert");
    case EventKind::SilenceChanged: return EventText::tr("Silence");
    }
    return name.toString();
}

QString replicationChangeKindName(ReplicationChangeKind kind)
{
    for (const auto &entry : ReplicationChanges)
        if (entry.kind == kind)
            return entry.name.toString();
    Q_UNREACHABLE();
    return {};
}

std::optional<ReplicationChangeKind> replicationChangeKindFromName(QStringView name)
{
    for (const auto &entry : ReplicationChanges)
        if (name == entry.name)
            return entry.kind;
    return std::nullopt;
}

QJsonObject Event::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

namespace chain {

QByteArray canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps keys sorted; compact output has no insignificant white space.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendCanonicalEncoding(QByteArray &out, qint64 seq, qint64 atMs, QByteArrayView actor, QByteArrayView role,
                             QByteArrayView kind, QByteArrayView payload, QByteArrayView prevHash)
{
    out += "icevent/1\nseq:";
    out += QByteArray::number(seq);
    out += "\nat:";
    out += QByteArray::number(atMs);
    out += '\n';
    appendField(out, "actor", actor);
    appendField(out, "role", role);
    appendField(out, "kind", kind);
    appendField(out, "payload", payload);
    out += "prev:";
    out += prevHash;
    out += '\n';
}

QByteArray canonicalEncoding(const Event &event)
{
    QByteArray out;
    appendCanonicalEncoding(out, event.seq, event.atMs, event.actor.toUtf8(), event.role.toUtf8(),
                            event.kind.toUtf8(), event.payload, event.prevHash);
    return out;
}

Hasher::Hasher()
    : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_context(EVP_MD_CTX_new())
{
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_context);
    EVP_MD_free(m_md);
}

bool Hasher::hexDigest(QByteArrayView bytes, char (&hex)[64])
{
    static constexpr char HexDigits[] = "0123456789abcdef";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_md || !m_context || !EVP_DigestInit_ex2(m_context, m_md, nullptr)
        || !EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()))
        || !EVP_DigestFinal_ex(m_context, digest, &length) || length != 32)
        return false;
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = HexDigits[digest[i] >> 4];
        hex[2 * i + 1] = HexDigits[digest[i] & 0xf];
    }
    return true;
}

QByteArray computeHash(const Event &event)
{
    Hasher hasher;
    char hex[64];
    if (!hasher.hexDigest(canonicalEncoding(event), hex))
        qFatal("SHA-256 is not available from libcrypto");
    return QByteArray(hex, 64);
}

} // namespace chain

QString defaultActorName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

QString validateEvent(const NewEvent &event)
{
    static const QRegularExpression kindPattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    if (event.actor.trimmed().isEmpty())
        return EventText::tr("the event has no actor");
    if (!kindPattern.match(event.kind).hasMatch())
        return EventText::tr("\"%1\" is not a valid event kind").arg(event.kind);

    const QJsonObject &p = event.payload;
    auto needString = [&p](const char *key) { return p.value(QLatin1StringView(key)).toString().trimmed().isEmpty(); };
    const auto kind = eventKindFromName(event.kind);
    if (!kind)
        return {}; // kinds of later versions are stored as they are

    switch (*kind) {
    case EventKind::Declared:
        if (needString("title"))
            return EventText::tr("a declaration needs a title");
        if (!severityFromName(p.value("severity"_L1).toString()))
            return EventText::tr("a declaration needs a severity SEV1 to SEV4");
        if (needString("commander"))
            return EventText::tr("a declaration needs a commander");
        if (!p.value("exercise"_L1).isBool())
            return EventText::tr("a declaration must say whether it is an exercise");
        break;
    case EventKind::StatusChanged:
        if (!statusFromName(p.value("from"_L1).toString()) || !statusFromName(p.value("to"_L1).toString()))
            return EventText::tr("a status change needs valid \"from\" and \"to\" statuses");
        break;
    case EventKind::SeverityChanged:
        if (!severityFromName(p.value("from"_L1).toString()) || !severityFromName(p.value("to"_L1).toString()))
            return EventText::tr("a severity change needs valid \"from\" and \"to\" severities");
        break;
    case EventKind::RoleAssigned:
        if (needString("role") || needString("person"))
            return EventText::tr("a role assignment needs a role and a person");
        break;
    case EventKind::RoleHandoff:
        if (needString("role") || needString("to"))
            return EventText::tr("a role handoff needs a role and the person taking over");
        break;
    case EventKind::Note:
        if (needString("text"))
            return EventText::tr("a note needs text");
        break;
    case EventKind::Correction:
        if (p.value("corrects"_L1).toInteger(0) <= 0)
            return EventText::tr("a correction must name the seq it corrects");
        break;
    case EventKind::ServiceMarked:
        if (needString("service") || !p.value("failed"_L1).isBool())
            return EventText::tr("a failure mark needs a service and whether it is failed");
        break;
    case EventKind::HealthChanged:
        if (needString("service") || !serviceHealthFromName(p.value("from"_L1).toString())
            || !serviceHealthFromName(p.value("to"_L1).toString()))
            return EventText::tr("a health change needs a service and \"from\" and \"to\" states (healthy, degraded, "
                                 "down, unknown)");
        if (p.contains("maintenance"_L1) && !p.value("maintenance"_L1).isBool())
            return EventText::tr("a health change must say with true or false whether it happened in maintenance");
        break;
    case EventKind::ReplicationChanged:
        if (needString("cluster") || !replicationChangeKindFromName(p.value("change"_L1).toString()))
            return EventText::tr("a replication change needs a cluster and a known change (leader_changed, "
                                 "member_down, rpo_breached, …)");
        break;
    case EventKind::AlertChanged: {
        const QString state = p.value("state"_L1).toString();
        if (needString("fingerprint") || needString("alertname") || (state != "firing"_L1 && state != "resolved"_L1))
            return EventText::tr("an alert change needs a fingerprint, an alert name and the state firing or resolved");
        break;
    }
    case EventKind::SilenceChanged: {
        const QString action = p.value("action"_L1).toString();
        if ((action != "created"_L1 && action != "expired"_L1) || needString("silence_id"))
            return EventText::tr("a silence change needs the action created or expired and the silence id");
        if (!p.value("matchers"_L1).isArray())
            return EventText::tr("a silence change needs its matchers");
        const QJsonArray matchers = p.value("matchers"_L1).toArray();
        if (action == "created"_L1 && matchers.isEmpty())
            return EventText::tr("a created silence needs at least one matcher");
        for (const QJsonValue &value : matchers) {
            const QJsonObject m = value.toObject();
            if (!value.isObject() || m.value("name"_L1).toString().isEmpty() || !m.value("value"_L1).isString()
                || !m.value("is_regex"_L1).isBool() || !m.value("is_equal"_L1).isBool())
                return EventText::tr("each matcher of a silence needs a name, a value, is_regex and is_equal");
        }
        break;
    }
    case EventKind::StepChanged:
    case EventKind::ActionExecuted:
    case EventKind::MessageSent:
        break;
    }
    return {};
}

QString eventSummary(const Event &event)
{
    const QJsonObject p = event.payloadObject();
    auto str = [&p](const char *key) { return p.value(QLatin1StringView(key)).toString(); };
    auto statusText = [](const QString &name) {
        const auto s = statusFromName(name);
        return s ? statusDisplayName(*s) : name;
    };
    const auto kind = event.knownKind();
    if (!kind)
        return QString::fromUtf8(event.payload);

    switch (*kind) {
    case EventKind::Declared:
        return (p.value("exercise"_L1).toBool() ? EventText::tr("Exercise declared: %1 (%2, commander %3)")
                                                : EventText::tr("Incident declared: %1 (%2, commander %3)"))
            .arg(str("title"), str("severity"), str("commander"));
    case EventKind::StatusChanged:
        return EventText::tr("Status: %1 → %2").arg(statusText(str("from")), statusText(str("to")));
    case EventKind::SeverityChanged:
        return EventText::tr("Severity: %1 → %2").arg(str("from"), str("to"));
    case EventKind::RoleAssigned:
        return EventText::tr("%1: %2").arg(roles::displayName(str("role")), str("person"));
    case EventKind::RoleHandoff:
        return EventText::tr("%1 handed off: %2 → %3").arg(roles::displayName(str("role")), str("from"), str("to"));
    case EventKind::Note:
        return str("text");
    case EventKind::Correction: {
        const QString text = str("text");
        QString reason = str("reason");
        if (reason == QLatin1StringView(correction::UndoReason))
            reason = EventText::tr("undone in the console");
        const qint64 target = p.value("corrects"_L1).toInteger();
        if (text.isEmpty())
            return reason.isEmpty() ? EventText::tr("Retracts #%1").arg(target)
                                    : EventText::tr("Retracts #%1 (reason: %2)").arg(target).arg(reason);
        return reason.isEmpty() ? EventText::tr("Corrects #%1: %2").arg(target).arg(text)
                                : EventText::tr("Corrects #%1: %2 (reason: %3)").arg(target).arg(text, reason);
    }
    case EventKind::ServiceMarked: {
        const QString service = str("service");
        const QString reason = str("reason");
        if (!p.value("failed"_L1).toBool())
            return EventText::tr("%1: failure mark cleared").arg(service);
        return reason.isEmpty() ? EventText::tr("%1 marked failed by hand").arg(service)
                                : EventText::tr("%1 marked failed by hand: %2").arg(service, reason);
    }
    case EventKind::HealthChanged: {
        const QString service = str("service");
        const QString check = str("check");
        const QString who = check.isEmpty() || check == service ? service : EventText::tr("%1 (%2)").arg(service, check);
        QString text = EventText::tr("%1: %2 → %3").arg(who, healthDisplayName(str("from")), healthDisplayName(str("to")));
        if (const QString detail = str("detail"); !detail.isEmpty())
            text = EventText::tr("%1 — %2").arg(text, detail);
        if (p.value("maintenance"_L1).toBool())
            text = EventText::tr("%1 (in maintenance)").arg(text);
        return text;
    }
    case EventKind::ReplicationChanged: {
        const auto change = replicationChangeKindFromName(str("change"));
        if (!change)
            break;
        const QString cluster = str("cluster");
        const QString member = str("member");
        const QString detail = str("detail");
        const qint64 lag = p.value("lag_bytes"_L1).toInteger(-1);
        const qint64 maxLag = p.value("max_lag_bytes"_L1).toInteger(-1);
        const qint64 timeline = p.value("timeline"_L1).toInteger(0);
        QString text;
        switch (*change) {
        case ReplicationChangeKind::LeaderChanged:
            text = str("from").isEmpty() ? EventText::tr("%1: %2 is the leader").arg(cluster, str("to"))
                                         : EventText::tr("%1: leader %2 → %3").arg(cluster, str("from"), str("to"));
            if (timeline > 0)
                text = EventText::tr("%1 (timeline %2)").arg(text).arg(timeline);
            break;
        case ReplicationChangeKind::NoLeader:
            text = str("from").isEmpty() ? EventText::tr("%1: no leader").arg(cluster)
                                         : EventText::tr("%1: no leader (was %2)").arg(cluster, str("from"));
            break;
        case ReplicationChangeKind::MemberDown:
            text = str("to").isEmpty() ? EventText::tr("%1: member %2 down").arg(cluster, member)
                                       : EventText::tr("%1: member %2 down (%3)").arg(cluster, member, str("to"));
            break;
        case ReplicationChangeKind::MemberUp:
            text = str("to").isEmpty() ? EventText::tr("%1: member %2 up").arg(cluster, member)
                                       : EventText::tr("%1: member %2 up (%3)").arg(cluster, member, str("to"));
            break;
        case ReplicationChangeKind::RpoBreached:
            text = lag >= 0 && maxLag >= 0
                       ? EventText::tr("%1: %2 lags %3, over the RPO limit of %4")
                             .arg(cluster, member, bytesText(lag), bytesText(maxLag))
                       : EventText::tr("%1: %2 lags over the RPO limit").arg(cluster, member);
            break;
        case ReplicationChangeKind::RpoRecovered:
            text = lag >= 0 && maxLag >= 0
                       ? EventText::tr("%1: %2 lags %3, within the RPO limit of %4 again")
                             .arg(cluster, member, bytesText(lag), bytesText(maxLag))
                       : EventText::tr("%1: %2 no longer over the RPO limit").arg(cluster, member);
            break;
        case ReplicationChangeKind::SplitBrain: {
            QStringList members;
            for (const QJsonValue &v : p.value("members"_L1).toArray())
                members << v.toString();
            text = members.isEmpty() ? EventText::tr("%1: split brain").arg(cluster)
                                     : EventText::tr("%1: split brain: %2 each claim to be the primary")
                                           .arg(cluster, members.join(", "_L1));
            break;
        }
        case ReplicationChangeKind::SplitBrainResolved:
            text = EventText::tr("%1: split brain resolved").arg(cluster);
            break;
        case ReplicationChangeKind::ClusterUnreachable:
            text = EventText::tr("%1: Patroni cannot be read").arg(cluster);
            break;
        case ReplicationChangeKind::ClusterReachable:
            text = EventText::tr("%1: Patroni can be read again").arg(cluster);
            break;
        }
        if (!detail.isEmpty())
            text = EventText::tr("%1 — %2").arg(text, detail);
        return text;
    }
    case EventKind::AlertChanged: {
        QStringList about;
        for (const char *key : {"severity", "service"})
            if (const QString value = str(key); !value.isEmpty())
                about << value;
        QString name = str("alertname");
        if (!about.isEmpty())
            name = EventText::tr("%1 (%2)").arg(name, about.join(", "_L1));
        QString text = str("state") == "resolved"_L1 ? EventText::tr("Alert resolved: %1").arg(name)
                                                     : EventText::tr("Alert firing: %1").arg(name);
        if (const QString summary = str("summary"); !summary.isEmpty())
            text = EventText::tr("%1 — %2").arg(text, summary);
        return text;
    }
    case EventKind::SilenceChanged: {
        const QString matchers = matchersText(p.value("matchers"_L1).toArray());
        const QString what = matchers.isEmpty() ? str("silence_id") : matchers;
        QString text = str("action") == "expired"_L1 ? EventText::tr("Silence expired: %1").arg(what)
                                                     : EventText::tr("Silence created: %1").arg(what);
        if (const QDateTime ends = QDateTime::fromString(str("ends_at"), Qt::ISODateWithMs); ends.isValid()
            && str("action") == "created"_L1)
            text = EventText::tr("%1, until %2 UTC").arg(text, ends.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
        if (const QString comment = str("comment"); !comment.isEmpty())
            text = EventText::tr("%1 — %2").arg(text, comment);
        return text;
    }
    case EventKind::StepChanged:
    case EventKind::ActionExecuted:
    case EventKind::MessageSent:
        break;
    }
    const QString text = str("summary");
    return text.isEmpty() ? QString::fromUtf8(event.payload) : text;
}

} // namespace ic
