#pragma once

// Pure parsers of what the live backends answer: bytes in, values out, no network and no QObject,
// so every shape (and every malformed one) is tested on byte arrays. Each parser accepts only the
// documented shape of the versions in Debian 12 (Patroni 3.0.2, Prometheus 2.42, Alertmanager
// 0.25, DNS as RFC 1035): anything else is an error value with a translated reason that names
// the offending field, never a crash and never a half-filled result that looks valid.

#include "LiveTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// A parsed value, or why there is none.
template <typename T>
struct Parsed {
    T value {};
    QString error; // translated; empty when the input was valid
    bool ok() const { return error.isEmpty(); }
};

// ---- Patroni 3.0.2 -------------------------------------------------------------------------

// GET /cluster → members, leader (role leader or standby_leader), paused, the leader's timeline.
// `lag` is bytes, "unknown" (→ no lagBytes) or absent (the leader). Invalid: ok=false,
// failure=Malformed. `service`, `atMs`, `sourceMember` and the /patroni fields are left for the caller.
ClusterTopology parsePatroniCluster(const QByteArray &body);

// GET /patroni of one member: what that member itself believes.
struct PatroniNodeStatus {
    QString role;           // master | replica | primary (Patroni 4) | standby_leader | uninitialized | …
    QString state;          // running | stopped | starting | unknown | …
    int timeline = 0;       // 0 when not reported (PostgreSQL down)
    qint64 serverVersion = 0;
    // A running PostgreSQL that is the primary in its own view. A stopped one that remembers
    // role "master" takes no writes, so it does not count towards a split brain.
    bool claimsPrimary = false;
    bool clusterUnlocked = false;                 // the member sees no leader key in the DCS
    std::optional<qint64> location;               // primary: xlog.location
    std::optional<qint64> receivedLocation;       // replica: xlog.received_location
    std::optional<qint64> replayedLocation;       // replica: xlog.replayed_location
    bool replayPaused = false;                    // replica: xlog.paused
};
Parsed<PatroniNodeStatus> parsePatroniNode(const QByteArray &body);

// ---- Prometheus 2.42 -----------------------------------------------------------------------

// The API envelope of /api/v1/query and /api/v1/query_range, given the HTTP status it came with.
// success (HTTP 200) → ok=true with vector | matrix | scalar (one unlabelled series) | string (`text`);
// sample values are strings and may be "NaN", "+Inf", "-Inf".
// error envelope (400 bad_data, 422 execution, 503 timeout/canceled) → ok=false, failure None,
// errorType and error as Prometheus wrote them: Prometheus answered, the query failed.
// Any other HTTP status → failure HttpStatus (with the envelope's error text when there is one).
// Not an envelope → failure Malformed.
PromResult parsePrometheusEnvelope(int httpStatus, const QByteArray &body);

// ---- Alertmanager 0.25 (API v2) ------------------------------------------------------------

// GET /api/v2/alerts → every alert, in the order given.
Parsed<QList<AlertInfo>> parseAlerts(const QByteArray &body);
// POST /api/v2/silences → {"silenceID": "…"}.
Parsed<QString> parseSilenceId(const QByteArray &body);
// The text of an Alertmanager error reply: v2 errors are a JSON string ("silence invalid: …"),
// older ones plain text. Trimmed and cut to one reasonable line; empty for an empty body.
QString alertmanagerErrorText(const QByteArray &body);

// RFC 3339 date-time ("2023-05-04T10:11:12.123456789Z", "…+02:00") → UTC ms since the epoch.
// Fractional seconds of any length (cut to ms); "Z", "z" or a ±hh:mm offset required.
std::optional<qint64> parseRfc3339Ms(QStringView text);

// ---- DNS over UDP (RFC 1035) ---------------------------------------------------------------

// Record types DnsCheck allows: A AAAA CNAME MX NS TXT SRV PTR → RFC 1035/3596/2782 codes; 0 otherwise.
quint16 dnsTypeCode(QStringView type);

// The name to ask for: the name in ASCII-compatible encoding, lower case, without the trailing
// dot; for PTR an IPv4/IPv6 address becomes its in-addr.arpa / ip6.arpa name.
// Error: empty label, label over 63 bytes, name over 253 bytes, not encodable.
Parsed<QString> dnsQueryName(const QString &name, QStringView type);

// A standard recursive query (RD set, one question, class IN) for an already valid query name.
QByteArray buildDnsQuery(quint16 id, const QString &queryName, quint16 typeCode);

struct DnsReply {
    QStringList values;          // records of the asked type, presentation form, sorted, unique
    std::optional<quint32> ttlSeconds; // smallest TTL of all answer records; none without answers
};
// Checks that `packet` answers exactly our query (ID, QR, question) and reads its answer section,
// following compression pointers (only backwards, so a pointer loop cannot hang us). TC set →
// "answer truncated"; RCODE ≠ 0 → its meaning (NXDOMAIN, SERVFAIL, …); anything out of bounds → malformed.
// NOERROR without records of the type (NODATA) is ok with no values.
Parsed<DnsReply> parseDnsReply(const QByteArray &packet, quint16 id, const QString &queryName, quint16 typeCode);

// A value as written in `expect:` brought to the form the parsers produce (addresses canonical,
// names lower case in ASCII-compatible encoding without the trailing dot, MX "10 mx.example.com",
// SRV "10 5 5060 sip.example.com"), so that answers and expectations compare as sets.
QString normalizedDnsValue(QStringView type, const QString &value);

} // namespace ic
