#pragma once

// backends.yaml of a workspace: where the console reads live state. docs/backends.md documents
// every key. Secrets are references (${env:NAME}, ${keychain:NAME}); the config holds the
// reference, never the value: the value is looked up by the client at the moment of a call.

#include "CatalogLoader.h" // CatalogIssue, SourceLocation, parseDuration
#include "ServiceCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ic {

// A secret named, not given: "${env:PATRONI_PASSWORD}" or "${keychain:patroni-api}".
struct SecretRef {
    enum class Source { None, Environment, Keychain };
    Source source = Source::None;
    QString name;           // PATRONI_PASSWORD
    bool isSet() const { return source != Source::None; }
    QString reference() const; // "${env:NAME}" as written; empty when not set
};

// Transport settings every HTTP backend has (keys `timeout`, `max_response`, `tls_verify`, `ca_file`).
struct HttpSettings {
    qint64 timeoutMs = 5000;
    qint64 maxResponseBytes = 4 * 1024 * 1024;
    bool verifyTls = true;  // always: `tls_verify: false` is refused (a private CA goes into ca_file)
    QString caFile;         // absolute path (relative paths are resolved against the workspace); PEM,
                            // checked to exist and hold a certificate when the file is loaded
};

struct PrometheusPanel {
    QString title;
    QString query;          // PromQL
    QString unit;           // "bytes", "s", "%", "req/s", … shown as given
    std::optional<double> threshold; // drawn as a line; values above it are a breach
    QString service;        // optional catalog id the panel belongs to
    SourceLocation where;
};

struct PrometheusConfig {
    QUrl url;
    HttpSettings http;
    qint64 intervalMs = 15000;
    QList<PrometheusPanel> panels;
    SourceLocation where;
};

struct AlertmanagerConfig {
    QUrl url;
    HttpSettings http;
    qint64 intervalMs = 10000;
    QString username;       // Basic auth for silences, optional
    SecretRef password;
    SourceLocation where;
};

struct PatroniCluster {
    QString service;        // catalog id
    QList<QUrl> members;    // REST API base URLs
    QString username;       // Basic auth, for write calls only
    SecretRef password;
    qint64 maxLagBytes = 1024 * 1024; // above this a replica breaches the RPO
    qint64 intervalMs = 2000;
    HttpSettings http;
    SourceLocation where;
};

enum class HealthFormat { Auto, Status, HealthJson, Actuator, Kubernetes };
QString healthFormatName(HealthFormat format); // "auto", "status", "health+json", "actuator", "k8s"

struct HealthCheck {
    QString name;           // unique; defaults to the service id (then "service#2", …)
    QString service;        // catalog id
    QUrl url;
    HealthFormat format = HealthFormat::Auto;
    qint64 intervalMs = 5000;
    int downAfter = 3;
    int upAfter = 2;
    HttpSettings http;      // http.timeoutMs is the key `timeout`
    SourceLocation where;
};

struct DnsResolver {
    QString address;        // IPv4/IPv6 literal in inet_ntop's form ("2001:db8::1"); empty: the system resolver
    quint16 port = 53;
    QString text() const;   // "127.0.0.1:5353", "[2001:db8::1]:53" or "system"
};

struct DnsCheck {
    QString name;           // the DNS name
    QString type = QStringLiteral("A"); // A | AAAA | CNAME | MX | NS | TXT | SRV | PTR
    // Expected answers (sorted, each once); empty: anything. A/AAAA: addresses in inet_ntop's
    // form; CNAME/NS/PTR/MX: the target name, lower-case, without the trailing dot (MX: the
    // exchange, not the preference); SRV: "target:port" likewise; TXT: the text as written.
    QStringList expect;
    QList<DnsResolver> resolvers; // empty: the system resolver
    QString service;        // optional catalog id
    qint64 intervalMs = 30000;
    SourceLocation where;
};

// A window in which a service is under planned maintenance: data is still collected, but its
// state changes raise no alerts and count as expected.
struct MaintenanceWindow {
    QString service;
    qint64 startMs = 0;     // UTC
    qint64 endMs = 0;
    QString reason;
    SourceLocation where;
    bool covers(qint64 atMs) const { return atMs >= startMs && atMs < endMs; }
};

struct BackendsConfig {
    std::optional<PrometheusConfig> prometheus;
    std::optional<AlertmanagerConfig> alertmanager;
    QList<PatroniCluster> patroni;
    QList<HealthCheck> health;
    QList<DnsCheck> dns;
    QList<MaintenanceWindow> maintenance;
    QString file;           // the backends.yaml read, empty when the workspace has none

    bool isEmpty() const
    {
        return !prometheus && !alertmanager && patroni.isEmpty() && health.isEmpty() && dns.isEmpty();
    }
    bool inMaintenance(const QString &service, qint64 atMs) const;
};

// Reads `backends.yaml` of a workspace. Every problem is reported with file, line and column;
// any error leaves the config empty (never half-loaded). A service named that the catalog does
// not have is an error at that line. A workspace without backends.yaml is ok and empty.
class BackendsConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(BackendsConfigLoader)

public:
    struct Result {
        BackendsConfig config;
        QList<CatalogIssue> errors;
        QList<CatalogIssue> warnings;
        bool ok() const { return errors.isEmpty(); }
    };

    // `workspace` is a folder (reads <workspace>/backends.yaml) or the backends.yaml itself.
    static Result load(const QString &workspace, const ServiceCatalog &catalog);
    static Result loadFromString(const QByteArray &yaml, const QString &fileName, const ServiceCatalog &catalog);
};

// "1MB", "512kB", "16MiB", "1048576", "0" → bytes. Units as PostgreSQL and Patroni read them
// (B, kB, MB, GB, TB are powers of 1024: "1MB" is 1048576, what Patroni's `/replica?lag=1MB`
// means); KiB/MiB/GiB/TiB are accepted as the same. nullopt for anything else.
std::optional<qint64> parseByteSize(QStringView text);

} // namespace ic
