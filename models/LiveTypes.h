#pragma once

// Value types of live monitoring: what the backend clients (backends/) observe and what the
// live models (models/) and the incident file keep. Plain values, passed through queued signals.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// The health of a service as the console shows it. Same order and values as
// ServiceGraphModel::HealthState, so the two convert with static_cast.
enum class ServiceHealth { Unknown, Healthy, Degraded, Down };

// Language-neutral names written into events and JSON: "unknown", "healthy", "degraded", "down".
QString serviceHealthName(ServiceHealth health);
std::optional<ServiceHealth> serviceHealthFromName(QStringView name);

// Why a backend could not be read. Anything but None makes the observation Unknown.
enum class FetchFailure {
    None,
    Timeout,          // no complete answer within the timeout
    Refused,          // connection refused / host unreachable / DNS failure
    Tls,              // certificate or handshake error (never ignored)
    HttpStatus,       // an HTTP status the protocol does not accept (e.g. 500 from Prometheus)
    TooLarge,         // body over the response-size cap
    WrongContentType, // e.g. text/html where JSON is required
    Malformed,        // body is not the JSON/text the protocol requires
    Network,          // anything else Qt reports
};
// Language-neutral code ("timeout", "refused", …) for events and JSON.
QString fetchFailureName(FetchFailure failure);

// One observation of one health endpoint (one probe).
enum class ProbeOutcome { Pass, Warn, Fail, Unknown };
QString probeOutcomeName(ProbeOutcome outcome); // "pass" | "warn" | "fail" | "unknown"

struct HealthObservation {
    QString check;          // HealthCheck::name (unique per backends.yaml)
    QString service;        // catalog id
    QString url;
    qint64 atMs = 0;        // UTC ms when the answer (or the failure) arrived
    ProbeOutcome outcome = ProbeOutcome::Unknown;
    FetchFailure failure = FetchFailure::None; // set when outcome is Unknown because of the transport
    int httpStatus = 0;     // 0 when there was no HTTP answer
    qint64 latencyMs = -1;  // -1 when there was no answer
    QString detail;         // translated, one line: "HTTP 503", "timed out after 2 s", "db: fail"
    QStringList failingChecks; // names of failing/warning sub-checks (health+json, actuator, k8s)
};

// Patroni: one member as /cluster reports it.
struct PatroniMember {
    QString name;
    QString role;           // leader | replica | sync_standby | standby_leader (as Patroni says)
    QString state;          // running | streaming | stopped | starting | …
    QString apiUrl;
    QString host;
    int port = 0;
    int timeline = 0;
    std::optional<qint64> lagBytes; // absent on the leader and when Patroni says "unknown"
    bool claimsPrimary = false;     // its own /patroni says role "master"/"primary"
    bool apiReachable = true;       // its own /patroni answered
    QString apiError;               // translated: why its /patroni could not be read
    bool inCluster = true;          // false: listed in backends.yaml (or answering) but absent from /cluster
};

// One read of one Patroni cluster.
struct ClusterTopology {
    QString service;        // catalog id of the database service
    qint64 atMs = 0;
    bool ok = false;        // false: no member could be read; `error` says why
    QString error;          // translated
    FetchFailure failure = FetchFailure::None;
    QString sourceMember;   // the member URL whose /cluster answered
    QString leader;         // member name, empty when there is none
    int timeline = 0;       // the leader's
    bool paused = false;
    QList<PatroniMember> members;
    QStringList primaryClaims; // members whose /patroni claims primary; 2+ = split brain
    bool splitBrain() const { return primaryClaims.size() > 1; }
};

// Prometheus: one series of a query result. Instant queries have one point.
struct PromPoint {
    qint64 atMs = 0;
    double value = 0;
};
struct PromSeries {
    QMap<QString, QString> labels;
    QList<PromPoint> points;
};
struct PromResult {
    bool ok = false;
    FetchFailure failure = FetchFailure::None;
    QString errorType;      // Prometheus' own errorType ("bad_data", "execution", …) when it said
    QString error;          // translated / Prometheus' message
    QString resultType;     // vector | matrix | scalar | string
    QList<PromSeries> series;
    QString text;           // the value of a "string" result (series stay empty)
    QStringList warnings;
};

// Alertmanager: one alert of /api/v2/alerts.
struct AlertInfo {
    QString fingerprint;
    QString name;           // labels.alertname
    QString severity;       // labels.severity, may be empty
    QString service;        // labels.service (or job), may be empty
    QString summary;        // annotations.summary or .description
    QMap<QString, QString> labels;
    qint64 startsAtMs = 0;
    QString state;          // active | suppressed | unprocessed
    QStringList silencedBy;
    QString generatorUrl;
};

// DNS: the answer of one resolver for one name.
struct DnsAnswer {
    QString name;
    QString type;           // A | AAAA | CNAME | TXT | …
    QString resolver;       // "127.0.0.1:5353", or "system"
    qint64 atMs = 0;
    bool ok = false;
    QString error;          // translated
    QStringList values;     // sorted
    quint32 ttlSeconds = 0; // smallest TTL of the answer records
    bool matchesExpected = false; // values == expect (as sets); true when nothing is expected
};

// Alertmanager silences (API v2 POST /api/v2/silences), as the console asks for them and as
// silence_changed events store them.
struct SilenceMatcher {
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true;
    bool operator==(const SilenceMatcher &) const = default;
};

struct SilenceRequest {
    QList<SilenceMatcher> matchers;
    QDateTime startsAt;  // UTC
    QDateTime endsAt;    // UTC
    QString comment;
    QString createdBy;
    QString fingerprint; // the alert the silence was made from, for the timeline
};

} // namespace ic

Q_DECLARE_METATYPE(ic::HealthObservation)
Q_DECLARE_METATYPE(ic::ClusterTopology)
Q_DECLARE_METATYPE(ic::PromResult)
Q_DECLARE_METATYPE(ic::AlertInfo)
Q_DECLARE_METATYPE(ic::DnsAnswer)
