#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// OpenSSL's digest types (openssl/types.h), so that this header does not pull in OpenSSL.
struct evp_md_st;
struct evp_md_ctx_st;

namespace ic {

// Kinds the console writes. Stored as their lowercase names; a file written by a newer
// version may hold names this build does not know, which are kept and shown as they are.
enum class EventKind {
    Declared,
    StatusChanged,
    SeverityChanged,
    RoleAssigned,
    RoleHandoff,
    StepChanged,
    ActionExecuted,
    MessageSent,
    // Observed by live monitoring (actor MonitorActor); payloads in docs/incident-model.md.
    HealthChanged,
    ReplicationChanged,
    Note,
    Correction,
    // A service marked failed by hand, or the mark cleared (a tabletop, or monitoring is blind):
    // {service, failed: bool, reason?}. Observed health is health_changed.
    ServiceMarked,
    // An Alertmanager alert started or stopped firing, as the console saw it:
    // {fingerprint, alertname, state: firing|resolved, severity?, service?, summary?, starts_at?}.
    AlertChanged,
    // A silence created or expired from the console: {action: created|expired, silence_id,
    // matchers: [{name, value, is_regex, is_equal}], comment?, ends_at?}.
    SilenceChanged,
};

QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);
QStringList allEventKindNames();
// Translated, for people.
QString eventKindDisplayName(QStringView name);

// One row of the append-only log, exactly as stored. `payload` is the canonical JSON text
// (UTF-8) that was hashed; hashes are 64 lowercase hex characters.
struct Event {
    qint64 seq = 0;
    qint64 atMs = 0; // UTC, milliseconds since the Unix epoch
    QString actor;
    QString role;
    QString kind;
    QByteArray payload;
    QByteArray prevHash;
    QByteArray hash;

    QJsonObject payloadObject() const;
    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    std::optional<EventKind> knownKind() const { return eventKindFromName(kind); }
};

// What a caller hands to TimelineStore::append; seq, hashes and (unless given) time are
// filled in by the store inside the write transaction.
struct NewEvent {
    QString actor;
    QString role;
    QString kind;
    QJsonObject payload;
    std::optional<qint64> atMs;
};

// The hash chain (docs/incident-file-format.md describes it for auditors).
namespace chain {

// SHA-256 in lowercase hex, through OpenSSL's libcrypto: Qt 6.4's QCryptographicHash is portable
// C code about eight times slower, which made verification slower than sha256sum
// (docs/performance.md). Reuse one Hasher for many digests.
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    // Writes the 64 hex characters of SHA-256(bytes) to `hex`; false if libcrypto failed.
    bool hexDigest(QByteArrayView bytes, char (&hex)[64]);

private:
    ::evp_md_st *m_md = nullptr;
    ::evp_md_ctx_st *m_context = nullptr;
};

inline constexpr char GenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";
QByteArray canonicalJson(const QJsonObject &object);
QByteArray canonicalEncoding(const Event &event);
// The same encoding from raw field bytes, appended to `out` (verification reads rows this way).
void appendCanonicalEncoding(QByteArray &out, qint64 seq, qint64 atMs, QByteArrayView actor, QByteArrayView role,
                             QByteArrayView kind, QByteArrayView payload, QByteArrayView prevHash);
QByteArray computeHash(const Event &event); // lowercase hex SHA-256 of canonicalEncoding
} // namespace chain

// What replication_changed's `change` says happened to a Patroni cluster.
enum class ReplicationChangeKind {
    LeaderChanged,
    NoLeader,
    MemberDown,
    MemberUp,
    RpoBreached,
    RpoRecovered,
    SplitBrain,
    SplitBrainResolved,
    ClusterUnreachable,
    ClusterReachable,
};
// "leader_changed", "no_leader", … (language-neutral, stored in events).
QString replicationChangeKindName(ReplicationChangeKind kind);
std::optional<ReplicationChangeKind> replicationChangeKindFromName(QStringView name);

// Who live monitoring events are attributed to: they are facts the console observed, not
// anybody's action (health_changed, replication_changed, alert_changed).
inline constexpr char MonitorActor[] = "console";
inline constexpr char MonitorRole[] = "monitor";

namespace correction {
// The `reason` of a correction appended by Undo. Stored as this code, not as words of the UI
// language of whoever pressed Undo; shown translated.
inline constexpr char UndoReason[] = "undo";
} // namespace correction

// The login name of the user, or "unknown": who an event is attributed to when nobody said.
// Language-neutral on purpose, since it is written into the log.
QString defaultActorName();

// Checks the payload fields a kind requires; returns a translated reason, or empty when valid.
QString validateEvent(const NewEvent &event);

// A one-line human summary of an event ("Status: identified → mitigating"), translated.
QString eventSummary(const Event &event);

} // namespace ic
