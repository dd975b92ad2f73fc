#include "BackendsConfig.h"
#include "CatalogLoader.h"
#include "TestFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using ic::BackendsConfig;
using ic::BackendsConfigLoader;
using ic::CatalogIssue;
using ic::CatalogLoader;
using ic::HealthFormat;
using ic::SecretRef;

namespace {

// Native services, Backstage entities found by their name, and one name two entities share.
const char *const CatalogYaml = R"(services:
  - id: orders-db
  - id: checkout
  - id: api-gateway
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: orders-api}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: search}
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: search}
)";

// The example of the issue, word for word.
const char *const IssueExample = R"(prometheus: {url: http://127.0.0.1:9090}
alertmanager: {url: http://127.0.0.1:9093}
patroni:
  - service: orders-db
    members: [http://127.0.0.1:8008, http://127.0.0.1:8009]
    username: patroniapi
    password: ${env:PATRONI_PASSWORD}
    max_lag: 1MB
health:
  - service: checkout
    url: http://127.0.0.1:8080/health
    format: auto            # status | health+json | actuator | k8s | auto
    interval: 5s
    timeout: 2s
    down_after: 3
    up_after: 2
dns:
  - name: api.example.com
    type: A
    expect: [192.0.2.10]
    resolvers: [127.0.0.1:5353]
)";

const QByteArray PemCertificate = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";

QString issuesText(const QList<CatalogIssue> &issues)
{
    QStringList lines;
    for (const CatalogIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class BackendsConfigTest : public QObject
{
    Q_OBJECT

private:
    ic::ServiceCatalog m_catalog;
    QTemporaryDir m_workspace;

    QString backendsFile() const { return m_workspace.filePath(u"backends.yaml"_s); }
    BackendsConfigLoader::Result load(const QByteArray &yaml) const
    {
        return BackendsConfigLoader::loadFromString(yaml, backendsFile(), m_catalog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto catalog = CatalogLoader::loadFromString(QByteArray(CatalogYaml), u"catalog.yaml"_s);
        QVERIFY2(catalog.ok(), qPrintable(issuesText(catalog.errors)));
        m_catalog = catalog.catalog;
        QVERIFY(m_workspace.isValid());
        QVERIFY(writeFile(m_workspace.filePath(u"certs/ca.pem"_s), PemCertificate));
        QVERIFY(writeFile(m_workspace.filePath(u"not-a-cert.txt"_s), "hello\n"));
    }

    // --- the issue's example -------------------------------------------------------------------

    void issueExample()
    {
        const auto result = load(IssueExample);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        const BackendsConfig &c = result.config;
        QCOMPARE(c.file, backendsFile());

        QVERIFY(c.prometheus);
        QCOMPARE(c.prometheus->url, QUrl(u"http://127.0.0.1:9090"_s));
        QCOMPARE(c.prometheus->intervalMs, 15000);
        QVERIFY(c.prometheus->panels.isEmpty());
        QCOMPARE(c.prometheus->where.line, 1);
        QVERIFY(c.alertmanager);
        QCOMPARE(c.alertmanager->url, QUrl(u"http://127.0.0.1:9093"_s));
        QVERIFY(!c.alertmanager->password.isSet());

        QCOMPARE(c.patroni.size(), 1);
        const ic::PatroniCluster &p = c.patroni.constFirst();
        QCOMPARE(p.service, u"orders-db"_s);
        QCOMPARE(p.members, (QList<QUrl>{QUrl(u"http://127.0.0.1:8008"_s), QUrl(u"http://127.0.0.1:8009"_s)}));
        QCOMPARE(p.username, u"patroniapi"_s);
        QCOMPARE(p.password.source, SecretRef::Source::Environment);
        QCOMPARE(p.password.name, u"PATRONI_PASSWORD"_s);
        QCOMPARE(p.password.reference(), u"${env:PATRONI_PASSWORD}"_s);
        QCOMPARE(p.maxLagBytes, 1048576);
        QCOMPARE(p.intervalMs, 2000);
        QCOMPARE(p.where.line, 4);
        QCOMPARE(p.where.column, 5);

        QCOMPARE(c.health.size(), 1);
        const ic::HealthCheck &h = c.health.constFirst();
        QCOMPARE(h.name, u"checkout"_s);
        QCOMPARE(h.service, u"checkout"_s);
        QCOMPARE(h.url, QUrl(u"http://127.0.0.1:8080/health"_s));
        QCOMPARE(h.format, HealthFormat::Auto);
        QCOMPARE(h.intervalMs, 5000);
        QCOMPARE(h.http.timeoutMs, 2000);
        QCOMPARE(h.downAfter, 3);
        QCOMPARE(h.upAfter, 2);
        QCOMPARE(h.http.maxResponseBytes, 4 * 1024 * 1024);
        QVERIFY(h.http.verifyTls);
        QVERIFY(h.http.caFile.isEmpty());
        QCOMPARE(h.where.line, 10);

        QCOMPARE(c.dns.size(), 1);
        const ic::DnsCheck &d = c.dns.constFirst();
        QCOMPARE(d.name, u"api.example.com"_s);
        QCOMPARE(d.type, u"A"_s);
        QCOMPARE(d.expect, QStringList{u"192.0.2.10"_s});
        QCOMPARE(d.resolvers.size(), 1);
        QCOMPARE(d.resolvers.constFirst().address, u"127.0.0.1"_s);
        QCOMPARE(d.resolvers.constFirst().port, 5353);
        QVERIFY(d.service.isEmpty());
        QCOMPARE(d.intervalMs, 30000);
        QVERIFY(c.maintenance.isEmpty());
        QVERIFY(!c.isEmpty());
    }

    // Every key beyond the issue's, with a value other than its default.
    void extraKeys()
    {
        const QByteArray yaml = R"(prometheus:
  url: https://prom.example.com/prometheus
  interval: 30s
  timeout: 10s
  max_response: 16MB
  ca_file: certs/ca.pem
  panels:
    - title: Replica lag
      query: patroni:replica_lag_bytes
      unit: bytes
      threshold: 1MB
      service: orders-db
    - {title: Targets up, query: count(up == 1), unit: targets}
    - {title: Error rate, query: 'sum(rate(http_requests_total{code=~"5.."}[1m]))', unit: req/s, threshold: 0.5}
alertmanager:
  url: http://127.0.0.1:9093
  interval: 1m
  username: console
  password: ${keychain:alertmanager-console}
patroni:
  - service: service:orders-db
    members: [http://127.0.0.1:8008]
    interval: 500ms
    max_lag: 0
health:
  - service: orders-api
    name: orders-api-ready
    url: http://127.0.0.1:8080/readyz?verbose
    format: k8s
  - {service: checkout, url: http://127.0.0.1:8080/health, format: health+json}
  - {service: checkout, url: http://127.0.0.1:8080/actuator/health, format: actuator}
  - {service: "component:orders-api", url: http://127.0.0.1:8080/, format: status}
dns:
  - name: _sip._tcp.example.com.
    type: srv
    expect: [SIP.example.com.:5060]
    resolvers: [system, "[2001:DB8::53]:5353", "::1", 192.0.2.53]
    service: api-gateway
    interval: 1m
  - {name: www.example.com, type: CNAME, expect: [Edge.Example.NET., a.example.net, edge.example.net]}
  - {name: v6.example.com, type: AAAA, expect: ["2001:DB8:0:0::1"]}
maintenance:
  - service: orders-db
    start: 2026-11-23T02:00:00Z
    end: 2026-11-23T04:00:00.5Z
    reason: PostgreSQL minor upgrade
)";
        const auto result = load(yaml);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        const BackendsConfig &c = result.config;

        QVERIFY(c.prometheus);
        QCOMPARE(c.prometheus->url, QUrl(u"https://prom.example.com/prometheus"_s));
        QCOMPARE(c.prometheus->intervalMs, 30000);
        QCOMPARE(c.prometheus->http.timeoutMs, 10000);
        QCOMPARE(c.prometheus->http.maxResponseBytes, 16 * 1024 * 1024);
        QCOMPARE(c.prometheus->http.caFile, QDir::cleanPath(m_workspace.filePath(u"certs/ca.pem"_s)));
        QVERIFY(QDir::isAbsolutePath(c.prometheus->http.caFile));
        QCOMPARE(c.prometheus->panels.size(), 3);
        const ic::PrometheusPanel &lag = c.prometheus->panels.at(0);
        QCOMPARE(lag.title, u"Replica lag"_s);
        QCOMPARE(lag.query, u"patroni:replica_lag_bytes"_s);
        QCOMPARE(lag.unit, u"bytes"_s);
        QCOMPARE(lag.threshold, std::optional<double>(1048576));
        QCOMPARE(lag.service, u"orders-db"_s);
        QCOMPARE(lag.where.line, 8);
        QCOMPARE(c.prometheus->panels.at(1).threshold, std::nullopt);
        QVERIFY(c.prometheus->panels.at(1).service.isEmpty());
        QCOMPARE(c.prometheus->panels.at(2).query, u"sum(rate(http_requests_total{code=~\"5..\"}[1m]))"_s);
        QCOMPARE(c.prometheus->panels.at(2).threshold, std::optional<double>(0.5));

        QVERIFY(c.alertmanager);
        QCOMPARE(c.alertmanager->intervalMs, 60000);
        QCOMPARE(c.alertmanager->username, u"console"_s);
        QCOMPARE(c.alertmanager->password.source, SecretRef::Source::Keychain);
        QCOMPARE(c.alertmanager->password.name, u"alertmanager-console"_s);
        QCOMPARE(c.alertmanager->password.reference(), u"${keychain:alertmanager-console}"_s);

        QCOMPARE(c.patroni.constFirst().service, u"orders-db"_s);
        QCOMPARE(c.patroni.constFirst().intervalMs, 500);
        QCOMPARE(c.patroni.constFirst().maxLagBytes, 0);
        QVERIFY(c.patroni.constFirst().username.isEmpty());
        QVERIFY(!c.patroni.constFirst().password.isSet());

        QCOMPARE(c.health.size(), 4);
        QCOMPARE(c.health.at(0).name, u"orders-api-ready"_s);
        QCOMPARE(c.health.at(0).service, u"component:default/orders-api"_s);
        QCOMPARE(c.health.at(0).format, HealthFormat::Kubernetes);
        QCOMPARE(c.health.at(0).url.query(), u"verbose"_s);
        QCOMPARE(c.health.at(1).name, u"checkout"_s);
        QCOMPARE(c.health.at(1).format, HealthFormat::HealthJson);
        QCOMPARE(c.health.at(2).name, u"checkout#2"_s);
        QCOMPARE(c.health.at(2).format, HealthFormat::Actuator);
        QCOMPARE(c.health.at(3).name, u"component:default/orders-api"_s);
        QCOMPARE(c.health.at(3).format, HealthFormat::Status);

        QCOMPARE(c.dns.size(), 3);
        const ic::DnsCheck &srv = c.dns.at(0);
        QCOMPARE(srv.name, u"_sip._tcp.example.com."_s);
        QCOMPARE(srv.type, u"SRV"_s);
        QCOMPARE(srv.expect, QStringList{u"sip.example.com:5060"_s});
        QStringList resolvers;
        for (const ic::DnsResolver &r : srv.resolvers)
            resolvers.append(r.text());
        QCOMPARE(resolvers, (QStringList{u"system"_s, u"[2001:db8::53]:5353"_s, u"[::1]:53"_s, u"192.0.2.53:53"_s}));
        QVERIFY(srv.resolvers.constFirst().address.isEmpty());
        QCOMPARE(srv.service, u"api-gateway"_s);
        QCOMPARE(srv.intervalMs, 60000);
        QCOMPARE(c.dns.at(1).expect, (QStringList{u"a.example.net"_s, u"edge.example.net"_s}));
        QCOMPARE(c.dns.at(2).expect, QStringList{u"2001:db8::1"_s});

        QCOMPARE(c.maintenance.size(), 1);
        const ic::MaintenanceWindow &w = c.maintenance.constFirst();
        QCOMPARE(w.service, u"orders-db"_s);
        QCOMPARE(w.startMs, utc("2026-11-23T02:00:00.000Z"));
        QCOMPARE(w.endMs, utc("2026-11-23T04:00:00.500Z"));
        QCOMPARE(w.reason, u"PostgreSQL minor upgrade"_s);
        QCOMPARE(w.where.line, 43);
    }

    void inMaintenance_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("expected");
        QTest::addRow("before") << u"orders-db"_s << utc("2026-11-23T01:59:59.999Z") << false;
        QTest::addRow("at start") << u"orders-db"_s << utc("2026-11-23T02:00:00.000Z") << true;
        QTest::addRow("inside") << u"orders-db"_s << utc("2026-11-23T03:00:00.000Z") << true;
        QTest::addRow("at end") << u"orders-db"_s << utc("2026-11-23T04:00:00.000Z") << false;
        QTest::addRow("second window") << u"orders-db"_s << utc("2026-11-24T02:30:00.000Z") << true;
        QTest::addRow("other service") << u"checkout"_s << utc("2026-11-23T03:00:00.000Z") << false;
        QTest::addRow("other service, own window") << u"checkout"_s << utc("2026-11-25T00:00:00.000Z") << true;
    }

    void inMaintenance()
    {
        QFETCH(QString, service);
        QFETCH(qint64, at);
        QFETCH(bool, expected);
        const auto result = load(R"(maintenance:
  - {service: orders-db, start: 2026-11-23T02:00:00Z, end: 2026-11-23T04:00:00Z}
  - {service: orders-db, start: 2026-11-24T02:00Z, end: 2026-11-24T03:00Z, reason: again}
  - {service: checkout, start: 2026-11-24T23:00:00Z, end: 2026-11-25T01:00:00Z}
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.config.inMaintenance(service, at), expected);
    }

    // --- small values ----------------------------------------------------------------------------

    void parseByteSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: rejected
        QTest::addRow("plain integer") << u"1048576"_s << qint64(1048576);
        QTest::addRow("zero") << u"0"_s << qint64(0);
        QTest::addRow("bytes") << u"512B"_s << qint64(512);
        QTest::addRow("kB") << u"512kB"_s << qint64(524288);
        QTest::addRow("MB") << u"1MB"_s << qint64(1048576);
        QTest::addRow("GB") << u"2GB"_s << qint64(2) * 1024 * 1024 * 1024;
        QTest::addRow("TB") << u"1TB"_s << (qint64(1) << 40);
        QTest::addRow("KiB") << u"1KiB"_s << qint64(1024);
        QTest::addRow("MiB") << u"16MiB"_s << qint64(16) * 1024 * 1024;
        QTest::addRow("GiB") << u"1GiB"_s << (qint64(1) << 30);
        QTest::addRow("TiB") << u"1TiB"_s << (qint64(1) << 40);
        QTest::addRow("space before unit") << u"1 MB"_s << qint64(1048576);
        QTest::addRow("surrounding space") << u"  64kB "_s << qint64(65536);
        QTest::addRow("fraction") << u"1.5MB"_s << qint64(1572864);
        QTest::addRow("fraction rounded") << u"0.1kB"_s << qint64(102);
        QTest::addRow("fraction rounded up") << u"0.0005kB"_s << qint64(1);
        QTest::addRow("largest") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
        QTest::addRow("largest in TB") << u"8388607TB"_s << qint64(8388607) * (qint64(1) << 40);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("unit only") << u"MB"_s << qint64(-1);
        QTest::addRow("negative") << u"-1MB"_s << qint64(-1);
        QTest::addRow("plus sign") << u"+1MB"_s << qint64(-1);
        QTest::addRow("lower-case mb") << u"1mb"_s << qint64(-1);
        QTest::addRow("upper-case KB") << u"1KB"_s << qint64(-1);
        QTest::addRow("unknown unit") << u"1PB"_s << qint64(-1);
        QTest::addRow("garbage") << u"lots"_s << qint64(-1);
        QTest::addRow("trailing garbage") << u"1MBx"_s << qint64(-1);
        QTest::addRow("two numbers") << u"1MB 2MB"_s << qint64(-1);
        QTest::addRow("fraction of a byte") << u"1.5"_s << qint64(-1);
        QTest::addRow("fraction of B") << u"1.5B"_s << qint64(-1);
        QTest::addRow("dot without digits") << u"1.MB"_s << qint64(-1);
        QTest::addRow("leading dot") << u".5MB"_s << qint64(-1);
        QTest::addRow("too many fraction digits") << u"1.0000001MB"_s << qint64(-1);
        QTest::addRow("exponent") << u"1e6"_s << qint64(-1);
        QTest::addRow("overflow") << u"9223372036854775808"_s << qint64(-1);
        QTest::addRow("overflow by unit") << u"8388608TB"_s << qint64(-1);
        QTest::addRow("overflow by fraction") << u"9007199254740991.999999kB"_s << qint64(-1);
    }

    void parseByteSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<qint64> parsed = ic::parseByteSize(text);
        QCOMPARE(parsed.value_or(-1), bytes);
    }

    void names()
    {
        QCOMPARE(ic::healthFormatName(HealthFormat::Auto), u"auto"_s);
        QCOMPARE(ic::healthFormatName(HealthFormat::Status), u"status"_s);
        QCOMPARE(ic::healthFormatName(HealthFormat::HealthJson), u"health+json"_s);
        QCOMPARE(ic::healthFormatName(HealthFormat::Actuator), u"actuator"_s);
        QCOMPARE(ic::healthFormatName(HealthFormat::Kubernetes), u"k8s"_s);
        QCOMPARE(SecretRef().reference(), QString());
        QCOMPARE((SecretRef{SecretRef::Source::Environment, u"X_1"_s}).reference(), u"${env:X_1}"_s);
        QCOMPARE((SecretRef{SecretRef::Source::Keychain, u"patroni api"_s}).reference(), u"${keychain:patroni api}"_s);
        QCOMPARE(ic::DnsResolver().text(), u"system"_s);
        QCOMPARE((ic::DnsResolver{u"10.0.0.1"_s, 53}).text(), u"10.0.0.1:53"_s);
        QCOMPARE((ic::DnsResolver{u"fe80::1"_s, 5353}).text(), u"[fe80::1]:5353"_s);
    }

    // --- errors ----------------------------------------------------------------------------------

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // a part of the one error expected

        const QByteArray health = "health:\n  - service: checkout\n    url: http://127.0.0.1:8080/health\n";
        const QByteArray patroni = "patroni:\n  - service: orders-db\n    members: [http://127.0.0.1:8008]\n";

        // Services
        QTest::addRow("unknown service, with a guess")
            << QByteArray("health:\n  - service: chekout\n    url: http://h/\n") << 2 << 14
            << u"service \"chekout\" is not in the catalog (did you mean checkout?)"_s;
        QTest::addRow("unknown service, case")
            << QByteArray("health:\n  - service: Orders-DB\n    url: http://h/\n") << 2 << 14
            << u"service \"Orders-DB\" is not in the catalog (did you mean orders-db?)"_s;
        QTest::addRow("unknown service, Backstage name")
            << QByteArray("health:\n  - service: order-api\n    url: http://h/\n") << 2 << 14
            << u"service \"order-api\" is not in the catalog (did you mean component:default/orders-api?)"_s;
        QTest::addRow("unknown service, no guess")
            << QByteArray("health:\n  - service: billing\n    url: http://h/\n") << 2 << 14
            << u"service \"billing\" is not in the catalog"_s;
        QTest::addRow("ambiguous service")
            << QByteArray("health:\n  - service: search\n    url: http://h/\n") << 2 << 14
            << u"service \"search\" could be any of component:default/search, resource:default/search; write the one "
               "you mean in full"_s;
        QTest::addRow("unknown service in patroni")
            << QByteArray("patroni:\n  - {service: users-db, members: [http://h:8008]}\n") << 2 << 15
            << u"service \"users-db\" is not in the catalog"_s;
        QTest::addRow("unknown service in a panel")
            << QByteArray("prometheus:\n  url: http://h\n  panels:\n    - {title: t, query: up, unit: x, service: nope}\n")
            << 4 << 47 << u"service \"nope\" is not in the catalog"_s;
        QTest::addRow("unknown service in dns")
            << QByteArray("dns:\n  - name: a.example.com\n    service: dnss-primary\n") << 3 << 14
            << u"service \"dnss-primary\" is not in the catalog"_s;
        QTest::addRow("unknown service in maintenance")
            << QByteArray("maintenance:\n  - {service: x, start: 2026-01-01T00:00Z, end: 2026-01-01T01:00Z}\n") << 2
            << 15 << u"service \"x\" is not in the catalog"_s;
        QTest::addRow("two clusters for one service")
            << patroni + "  - service: orders-db\n    members: [http://127.0.0.1:8009]\n" << 4 << 14
            << u"service orders-db already has a Patroni cluster at line 2"_s;

        // Secrets
        QTest::addRow("literal password") << patroni + "    username: patroniapi\n    password: hunter2\n" << 5 << 15
                                          << u"password holds a literal value: secrets must be references such as "
                                             "${env:NAME} or ${keychain:NAME}, never the value itself"_s;
        QTest::addRow("reference without a name") << patroni + "    username: u\n    password: \"${env}\"\n" << 5 << 15
                                                  << u"password is not a valid secret reference"_s;
        QTest::addRow("unknown secret source") << patroni + "    username: u\n    password: ${vault:x}\n" << 5 << 15
                                               << u"password is not a valid secret reference"_s;
        QTest::addRow("bad variable name") << patroni + "    username: u\n    password: ${env:1X}\n" << 5 << 15
                                           << u"the environment variable in ${env:NAME} must be a name"_s;
        QTest::addRow("empty keychain name") << patroni + "    username: u\n    password: ${keychain:}\n" << 5 << 15
                                             << u"the keychain entry in ${keychain:NAME} must be a name"_s;
        QTest::addRow("password as a list") << patroni + "    username: u\n    password: [a]\n" << 5 << 15
                                            << u"password must be a single secret reference"_s;
        QTest::addRow("username without password") << patroni + "    username: patroniapi\n" << 2 << 5
                                                   << u"username needs a password"_s;
        QTest::addRow("password without username")
            << QByteArray("alertmanager:\n  url: http://h:9093\n  password: ${env:AM}\n") << 2 << 3
            << u"password needs a username"_s;
        QTest::addRow("credentials in a URL") << QByteArray("prometheus: {url: \"http://admin:pw@h:9090\"}\n") << 1 << 19
                                              << u"url must not hold a user name or password"_s;

        // URLs
        QTest::addRow("url not http") << QByteArray("prometheus: {url: ftp://h/}\n") << 1 << 19
                                      << u"url \"ftp://h/\" must start with http:// or https://"_s;
        QTest::addRow("url without scheme") << QByteArray("alertmanager: {url: 127.0.0.1:9093}\n") << 1 << 21
                                            << u"url \"127.0.0.1:9093\" is not a URL; expected e.g. http://127.0.0.1:9090"_s;
        QTest::addRow("url relative") << QByteArray("alertmanager: {url: /api}\n") << 1 << 21
                                      << u"url \"/api\" is not a URL"_s;
        QTest::addRow("url without host") << QByteArray("prometheus: {url: \"http:///metrics\"}\n") << 1 << 19
                                          << u"has no host"_s;
        QTest::addRow("url bad port") << QByteArray("prometheus: {url: \"http://h:99999\"}\n") << 1 << 19
                                      << u"is not a URL"_s;
        QTest::addRow("url with fragment") << QByteArray("prometheus: {url: \"http://h/#x\"}\n") << 1 << 19
                                           << u"must not have a fragment"_s;
        QTest::addRow("bad member url")
            << QByteArray("patroni:\n  - service: orders-db\n    members: [http://127.0.0.1:8008, \"tcp://h:8009\"]\n")
            << 3 << 38 << u"member \"tcp://h:8009\" must start with http:// or https://"_s;
        QTest::addRow("member twice")
            << QByteArray("patroni:\n  - service: orders-db\n    members: [http://h:8008, http://h:8008]\n") << 3 << 30
            << u"member http://h:8008 is listed twice"_s;
        QTest::addRow("no members") << QByteArray("patroni:\n  - service: orders-db\n    members: []\n") << 3 << 14
                                    << u"members must name at least one"_s;

        // Durations, counts, sizes
        QTest::addRow("duration without unit") << health + "    interval: 5\n" << 4 << 15
                                               << u"bad duration \"5\" for interval"_s;
        QTest::addRow("duration garbage") << health + "    timeout: soon\n" << 4 << 14
                                          << u"bad duration \"soon\" for timeout"_s;
        QTest::addRow("interval too short") << health + "    interval: 50ms\n" << 4 << 15
                                            << u"interval must be at least 100ms, not 50ms"_s;
        QTest::addRow("timeout zero") << health + "    timeout: 0s\n" << 4 << 14
                                      << u"timeout must be more than 0s and at most 1m, not 0s"_s;
        QTest::addRow("timeout too long") << health + "    timeout: 2m\n" << 4 << 14
                                          << u"timeout must be more than 0s and at most 1m, not 2m"_s;
        QTest::addRow("down_after zero") << health + "    down_after: 0\n" << 4 << 17
                                         << u"down_after must be a whole number of at least 1, not \"0\""_s;
        QTest::addRow("up_after fraction") << health + "    up_after: 1.5\n" << 4 << 15
                                           << u"up_after must be a whole number of at least 1"_s;
        QTest::addRow("bad byte size") << patroni + "    max_lag: 1 MiBB\n" << 4 << 14
                                       << u"bad byte size \"1 MiBB\" for max_lag"_s;
        QTest::addRow("max_lag lower-case") << patroni + "    max_lag: 1mb\n" << 4 << 14
                                            << u"bad byte size \"1mb\" for max_lag"_s;
        QTest::addRow("max_response too small") << health + "    max_response: 100B\n" << 4 << 19
                                                << u"max_response must be from 1kB to 1GB"_s;

        // Health, DNS, panels
        QTest::addRow("bad format") << health + "    format: json\n" << 4 << 13
                                    << u"unknown format \"json\": use status, health+json, actuator, k8s or auto"_s;
        QTest::addRow("duplicate health name")
            << QByteArray("health:\n  - {service: checkout, name: web, url: http://h/a}\n"
                          "  - {service: api-gateway, name: web, url: http://h/b}\n")
            << 3 << 34 << u"duplicate health check name \"web\": the check at line 2, column 5 has it too"_s;
        QTest::addRow("health name taken by a default name")
            << QByteArray("health:\n  - {service: checkout, url: http://h/a}\n"
                          "  - {service: api-gateway, name: checkout, url: http://h/b}\n")
            << 3 << 34 << u"duplicate health check name \"checkout\": the check at line 2, column 5 has it too"_s;
        QTest::addRow("bad resolver") << QByteArray("dns:\n  - name: a.example.com\n    resolvers: [localhost:53]\n")
                                      << 3 << 17 << u"resolver \"localhost:53\" is not an IP address"_s;
        QTest::addRow("resolver port") << QByteArray("dns:\n  - name: a.example.com\n    resolvers: [127.0.0.1:70000]\n")
                                       << 3 << 17 << u"resolver \"127.0.0.1:70000\" has a bad port: use 1 to 65535"_s;
        QTest::addRow("resolver bad IPv4") << QByteArray("dns:\n  - name: a.example.com\n    resolvers: [256.0.0.1]\n")
                                           << 3 << 17 << u"is not an IP address"_s;
        QTest::addRow("resolver IPv6 without brackets and port")
            << QByteArray("dns:\n  - name: a.example.com\n    resolvers: [\"[::1]x\"]\n") << 3 << 17
            << u"is not an IP address"_s;
        QTest::addRow("resolver twice")
            << QByteArray("dns:\n  - name: a.example.com\n    resolvers: [127.0.0.1, 127.0.0.1:53]\n") << 3 << 28
            << u"resolver 127.0.0.1:53 is listed twice"_s;
        QTest::addRow("bad dns type") << QByteArray("dns:\n  - name: a.example.com\n    type: AXFR\n") << 3 << 11
                                      << u"unknown DNS type \"AXFR\": use A, AAAA, CNAME, MX, NS, TXT, SRV, PTR"_s;
        QTest::addRow("bad dns name") << QByteArray("dns:\n  - name: a b.example.com\n") << 2 << 11
                                      << u"\"a b.example.com\" is not a DNS name"_s;
        QTest::addRow("A expects an IPv4 address")
            << QByteArray("dns:\n  - name: a.example.com\n    expect: [192.0.2.1, b.example.com]\n") << 3 << 25
            << u"\"b.example.com\" is not an IPv4 address (type A)"_s;
        QTest::addRow("AAAA expects an IPv6 address")
            << QByteArray("dns:\n  - name: a.example.com\n    type: AAAA\n    expect: [192.0.2.1]\n") << 4 << 14
            << u"\"192.0.2.1\" is not an IPv6 address (type AAAA)"_s;
        QTest::addRow("SRV expects target:port")
            << QByteArray("dns:\n  - name: _x._tcp.example.com\n    type: SRV\n    expect: [sip.example.com]\n") << 4 << 14
            << u"is not a SRV target"_s;
        QTest::addRow("threshold not a number")
            << QByteArray("prometheus:\n  url: http://h\n  panels:\n    - {title: t, query: up, unit: x, threshold: 1MB}\n")
            << 4 << 49 << u"threshold must be a number, not \"1MB\""_s;

        // Missing keys and wrong node types
        QTest::addRow("health without url") << QByteArray("health:\n  - service: checkout\n") << 2 << 5
                                            << u"a health check needs \"url\""_s;
        QTest::addRow("health without service") << QByteArray("health:\n  - url: http://h/\n") << 2 << 5
                                                << u"a health check needs \"service\""_s;
        QTest::addRow("patroni without members") << QByteArray("patroni:\n  - service: orders-db\n") << 2 << 5
                                                 << u"a Patroni cluster needs \"members\""_s;
        QTest::addRow("prometheus without url") << QByteArray("prometheus: {interval: 5s}\n") << 1 << 13
                                                << u"prometheus needs \"url\""_s;
        QTest::addRow("panel without query")
            << QByteArray("prometheus:\n  url: http://h\n  panels:\n    - title: t\n      unit: x\n") << 4 << 7
            << u"a Prometheus panel needs \"query\""_s;
        QTest::addRow("dns without name") << QByteArray("dns:\n  - type: A\n") << 2 << 5 << u"a DNS check needs \"name\""_s;
        QTest::addRow("maintenance without end")
            << QByteArray("maintenance:\n  - {service: checkout, start: 2026-01-01T00:00Z}\n") << 2 << 5
            << u"a maintenance window needs \"end\""_s;
        QTest::addRow("map where a list belongs") << QByteArray("patroni:\n  service: orders-db\n") << 2 << 3
                                                  << u"patroni must be a list of Patroni clusters"_s;
        QTest::addRow("list where a map belongs") << QByteArray("prometheus: [http://h]\n") << 1 << 13
                                                  << u"prometheus must be a map of keys and values"_s;
        QTest::addRow("text where a map belongs") << QByteArray("health:\n  - checkout\n") << 2 << 5
                                                  << u"a health check must be a map of keys and values"_s;
        QTest::addRow("members not a list")
            << QByteArray("patroni:\n  - service: orders-db\n    members: http://h:8008\n") << 3 << 14
            << u"members must be a list of REST API URLs"_s;
        QTest::addRow("list where text belongs") << health + "    format: [auto]\n" << 4 << 13
                                                 << u"format must be a single text value"_s;
        QTest::addRow("document not a map") << QByteArray("- prometheus\n") << 1 << 1
                                            << u"backends.yaml must be a map of keys and values"_s;
        QTest::addRow("duplicate key") << health + "    url: http://h/2\n" << 4 << 5
                                       << u"duplicate key \"url\" (first at line 3, column 5)"_s;
        QTest::addRow("two documents") << QByteArray("prometheus: {url: http://h}\n---\ndns: []\n") << 3 << 1
                                       << u"backends.yaml holds one document"_s;

        // TLS
        QTest::addRow("tls_verify false") << QByteArray("prometheus:\n  url: https://h\n  tls_verify: false\n") << 3 << 15
                                          << u"TLS verification cannot be turned off: an invalid certificate is an error. "
                                             "For a private CA, name its certificate in ca_file instead"_s;
        QTest::addRow("tls_verify false, http") << health + "    tls_verify: no\n" << 4 << 17
                                                << u"TLS verification cannot be turned off"_s;
        QTest::addRow("tls_verify not a bool") << health + "    tls_verify: sometimes\n" << 4 << 17
                                               << u"TLS verification cannot be turned off"_s;
        QTest::addRow("missing ca_file") << QByteArray("prometheus:\n  url: https://h\n  ca_file: missing.pem\n") << 3 << 12
                                         << u"/missing.pem does not exist"_s;
        QTest::addRow("ca_file is a folder") << QByteArray("prometheus:\n  url: https://h\n  ca_file: certs\n") << 3 << 12
                                             << u"/certs does not exist"_s;
        QTest::addRow("ca_file not a certificate")
            << QByteArray("prometheus:\n  url: https://h\n  ca_file: not-a-cert.txt\n") << 3 << 12
            << u"/not-a-cert.txt holds no PEM certificate"_s;

        // Maintenance
        QTest::addRow("maintenance ends before it starts")
            << QByteArray("maintenance:\n  - service: orders-db\n    start: 2026-11-23T04:00:00Z\n"
                          "    end: 2026-11-23T02:00:00Z\n")
            << 4 << 10 << u"the maintenance window ends before it starts"_s;
        QTest::addRow("maintenance of no length")
            << QByteArray("maintenance:\n  - {service: orders-db, start: 2026-11-23T04:00Z, end: 2026-11-23T04:00:00Z}\n")
            << 2 << 57 << u"ends before it starts"_s;
        QTest::addRow("maintenance time not UTC")
            << QByteArray("maintenance:\n  - {service: orders-db, start: 2026-11-23T04:00:00+01:00, end: 2026-11-24T04:00Z}\n")
            << 2 << 33 << u"start must be a UTC time such as 2026-11-23T02:00:00Z, not \"2026-11-23T04:00:00+01:00\""_s;
        QTest::addRow("maintenance impossible date")
            << QByteArray("maintenance:\n  - {service: orders-db, start: 2026-02-30T04:00Z, end: 2026-11-24T04:00Z}\n")
            << 2 << 33 << u"start must be a UTC time"_s;

        // YAML
        QTest::addRow("malformed YAML") << QByteArray("health:\n  - service: checkout\n    url: [http://h/\n") << 4 << 1
                                        << u"YAML syntax error: "_s;
        QTest::addRow("malformed YAML, tab") << QByteArray("health:\n\t- service: checkout\n") << 2 << 2
                                             << u"YAML syntax error: "_s;
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto result = load(yaml);
        QVERIFY2(result.errors.size() == 1, qPrintable(issuesText(result.errors)));
        const CatalogIssue &issue = result.errors.constFirst();
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        QCOMPARE(issue.where.file, backendsFile());
        QCOMPARE(issue.where.line, line);
        QCOMPARE(issue.where.column, column);
        // Never half-loaded.
        QVERIFY(result.config.isEmpty());
        QVERIFY(result.config.maintenance.isEmpty());
        QVERIFY(result.config.file.isEmpty());
    }

    // One mistake among good entries still leaves nothing loaded, and every mistake is reported.
    void everyErrorReported()
    {
        QByteArray yaml(IssueExample);
        yaml += "  - name: b.example.com\n    type: AXFR\n    resolvers: [nowhere]\n";
        const auto result = load(yaml);
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).where.line, 23);
        QCOMPARE(result.errors.at(1).where.line, 24);
        QVERIFY(result.config.isEmpty());
        QVERIFY(result.config.file.isEmpty());
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected"); // "line:column: message"
        QTest::addRow("unknown top-level key") << QByteArray("promethus: {url: http://h}\n")
                                               << QStringList{u"1:1: unknown key \"promethus\" in backends.yaml, ignored"_s};
        QTest::addRow("unknown keys in entries")
            << QByteArray("health:\n  - service: checkout\n    url: http://h/\n    retries: 3\n"
                          "patroni:\n  - {service: orders-db, members: [http://h:8008], leader: node1}\n")
            << QStringList{u"4:5: unknown key \"retries\" in a health check, ignored"_s,
                           u"6:52: unknown key \"leader\" in a Patroni cluster, ignored"_s};
        QTest::addRow("unknown key in a panel")
            << QByteArray("prometheus:\n  url: http://h\n  panels:\n    - {title: t, query: up, unit: x, colour: red}\n")
            << QStringList{u"4:38: unknown key \"colour\" in a Prometheus panel, ignored"_s};
        QTest::addRow("tls_verify true") << QByteArray("prometheus:\n  url: https://h\n  tls_verify: true\n")
                                         << QStringList{u"3:3: tls_verify: certificates are always verified, the key "
                                                        "can be removed"_s};
        QTest::addRow("ca_file with http only")
            << QByteArray("alertmanager:\n  url: http://h:9093\n  ca_file: certs/ca.pem\n")
            << QStringList{u"3:12: ca_file is only used for https URLs; this backend has none"_s};
        QTest::addRow("empty sections") << QByteArray("prometheus:\npatroni:\nhealth: []\n") << QStringList();
    }

    void warnings()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const auto result = load(yaml);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QStringList actual;
        for (const CatalogIssue &issue : result.warnings) {
            QCOMPARE(issue.where.file, backendsFile());
            actual.append(u"%1:%2: %3"_s.arg(issue.where.line).arg(issue.where.column).arg(issue.message));
        }
        QCOMPARE(actual, expected);
    }

    // --- secrets -------------------------------------------------------------------------------

    void secretsNeverEchoed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const QByteArray cluster = "patroni:\n  - service: orders-db\n    members: [http://127.0.0.1:8008]\n"
                                   "    username: patroniapi\n";
        QTest::addRow("patroni password") << cluster + "    password: Sup3r-S3cret\n";
        QTest::addRow("quoted") << cluster + "    password: \"Sup3r-S3cret\"\n";
        QTest::addRow("looks like a reference") << cluster + "    password: ${Sup3r-S3cret}\n";
        QTest::addRow("in a bad env reference") << cluster + "    password: ${env:Sup3r-S3cret}\n";
        QTest::addRow("in a list") << cluster + "    password: [Sup3r-S3cret]\n";
        QTest::addRow("in a map") << cluster + "    password: {value: Sup3r-S3cret}\n";
        QTest::addRow("alertmanager password")
            << QByteArray("alertmanager:\n  url: http://h:9093\n  username: u\n  password: Sup3r-S3cret\n");
        QTest::addRow("password without username")
            << QByteArray("alertmanager:\n  url: http://h:9093\n  password: Sup3r-S3cret\n");
        QTest::addRow("in a URL") << QByteArray("prometheus: {url: \"http://admin:Sup3r-S3cret@h:9090\"}\n");
        QTest::addRow("in a broken URL") << QByteArray("prometheus: {url: \"http://admin:Sup3r-S3cret@h:99999\"}\n");
        QTest::addRow("in a member URL")
            << QByteArray("patroni:\n  - service: orders-db\n    members: [\"https://u:Sup3r-S3cret@h:8008\"]\n");
        QTest::addRow("in a health URL")
            << QByteArray("health:\n  - service: checkout\n    url: http://u:Sup3r-S3cret@h/health\n");
        QTest::addRow("before a syntax error") << cluster + "    password: Sup3r-S3cret\n  bad: [\n";
        QTest::addRow("unterminated quote") << cluster + "    password: \"Sup3r-S3cret\n";
        QTest::addRow("duplicate password") << cluster + "    password: ${env:P}\n    password: Sup3r-S3cret\n";
    }

    void secretsNeverEchoed()
    {
        QFETCH(QByteArray, yaml);
        const auto result = load(yaml);
        QVERIFY(!result.ok());
        for (const QList<CatalogIssue> *issues : {&result.errors, &result.warnings}) {
            for (const CatalogIssue &issue : *issues) {
                QVERIFY2(!issue.toString().contains(u"S3cret"_s), qPrintable(issue.toString()));
                QVERIFY(issue.where.line > 0);
            }
        }
    }

    // --- files -----------------------------------------------------------------------------------

    void loadFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // No backends.yaml: nothing configured, nothing wrong.
        auto result = BackendsConfigLoader::load(dir.path(), m_catalog);
        QVERIFY(result.ok());
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(result.config.isEmpty());
        QVERIFY(result.config.file.isEmpty());

        const QString file = dir.filePath(u"backends.yaml"_s);
        QVERIFY(writeFile(file, ""));
        result = BackendsConfigLoader::load(dir.path(), m_catalog);
        QVERIFY(result.ok());
        QVERIFY(result.config.isEmpty());
        QCOMPARE(result.config.file, file);

        // ca_file is relative to the workspace, whether the folder or the file is given.
        QVERIFY(writeFile(dir.filePath(u"tls/ca.pem"_s), PemCertificate));
        const QByteArray example(IssueExample);
        QVERIFY(writeFile(file, "prometheus: {url: https://h:9090, ca_file: tls/ca.pem}\n" + example.mid(example.indexOf('\n') + 1)));
        for (const QString &path : {dir.path(), file}) {
            result = BackendsConfigLoader::load(path, m_catalog);
            QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
            QCOMPARE(result.config.file, file);
            QCOMPARE(result.config.prometheus->http.caFile, QDir::cleanPath(dir.filePath(u"tls/ca.pem"_s)));
            QCOMPARE(result.config.patroni.size(), 1);
        }

        // Errors name the file as it was reached.
        QVERIFY(writeFile(file, "health: {}\n"));
        result = BackendsConfigLoader::load(dir.path(), m_catalog);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().toString(), file + u":1:9: health must be a list of health checks "
                                                               "(\"- service: …\")"_s);

        result = BackendsConfigLoader::load(dir.filePath(u"nothing-here"_s), m_catalog);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().message, u"no such file or folder"_s);
    }

    void emptyCatalog()
    {
        const auto result = BackendsConfigLoader::loadFromString(IssueExample, u"b.yaml"_s, ic::ServiceCatalog());
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).toString(),
                 u"b.yaml:4:14: service \"orders-db\" is not in the catalog: the workspace has no services"_s);
        QCOMPARE(result.errors.at(1).where.line, 10);
    }

    // The complete example of docs/backends.md is valid against the demo catalog.
    void documentedExample()
    {
        const QString doc = QString::fromUtf8(fileBytes(QStringLiteral(IC_BACKENDS_DOC)));
        const qsizetype start = doc.indexOf(u"```yaml\n"_s);
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf(u"```"_s, start + 8);
        QVERIFY(end > start);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"backends.yaml"_s), doc.mid(start + 8, end - start - 8).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"certs/internal-ca.pem"_s), PemCertificate));
        const auto catalog = CatalogLoader::load(QStringLiteral(IC_DEMO_WORKSPACE_DIR));
        QVERIFY(catalog.ok());
        const auto result = BackendsConfigLoader::load(dir.path(), catalog.catalog);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        const BackendsConfig &c = result.config;
        QVERIFY(c.prometheus && c.alertmanager);
        QCOMPARE(c.prometheus->panels.size(), 2);
        QCOMPARE(c.patroni.size(), 1);
        QCOMPARE(c.health.size(), 2);
        QCOMPARE(c.dns.size(), 1);
        QCOMPARE(c.maintenance.size(), 1);
    }

    void demoWorkspace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("source tree") << QStringLiteral(IC_DEMO_WORKSPACE_DIR);
        QTest::addRow("resources") << u":/demo-workspace"_s;
    }

    void demoWorkspace()
    {
        QFETCH(QString, path);
        const auto catalog = CatalogLoader::load(path);
        QVERIFY2(catalog.ok(), qPrintable(issuesText(catalog.errors)));
        const auto result = BackendsConfigLoader::load(path, catalog.catalog);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        const BackendsConfig &c = result.config;
        QCOMPARE(c.file, QDir(path).filePath(u"backends.yaml"_s));
        QVERIFY(c.prometheus && c.alertmanager);
        QCOMPARE(c.patroni.size(), 1);
        QCOMPARE(c.patroni.constFirst().service, u"orders-db"_s);
        QCOMPARE(c.patroni.constFirst().members.size(), 2);
        QCOMPARE(c.patroni.constFirst().password.reference(), u"${env:PATRONI_PASSWORD}"_s);

        bool lagPanel = false;
        for (const ic::PrometheusPanel &panel : c.prometheus->panels) {
            lagPanel = lagPanel
                || (panel.query == u"patroni:replica_lag_bytes" && panel.unit == u"bytes"
                    && panel.threshold == std::optional<double>(double(c.patroni.constFirst().maxLagBytes)));
        }
        QVERIFY(lagPanel);
        QVERIFY(c.prometheus->panels.size() >= 2);

        // The catalog's `health` keys name these checks.
        QStringList names;
        for (const ic::HealthCheck &h : c.health) {
            names.append(h.name);
            QVERIFY2(catalog.catalog.contains(h.service), qPrintable(h.service));
        }
        QVERIFY(names.contains(u"checkout"_s));
        QVERIFY(names.contains(u"api-gateway"_s));
        QVERIFY(names.contains(u"component:default/search-api"_s));
        QCOMPARE(c.dns.size(), 1);
        QVERIFY(c.maintenance.isEmpty()); // the example is commented out
    }
};

QTEST_GUILESS_MAIN(BackendsConfigTest)
#include "tst_backendsconfig.moc"
