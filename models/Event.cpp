#include "Event.h"

#include "IncidentStatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
};


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
    }
    return name.toString();
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
    case EventKind::StepChanged:
    case EventKind::ActionExecuted:
    case EventKind::MessageSent:
    case EventKind::ReplicationChanged:
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
    case EventKind::HealthChanged:
    case EventKind::StepChanged:
    case EventKind::ActionExecuted:
    case EventKind::MessageSent:
    case EventKind::ReplicationChanged:
        break;
    }
    const QString text = str("summary");
    return text.isEmpty() ? QString::fromUtf8(event.payload) : text;
}

} // namespace ic
