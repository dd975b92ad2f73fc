#include "CatalogLoader.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using ic::CatalogIssue;
using ic::CatalogLoader;
using ic::Service;

namespace {

CatalogLoader::Result load(const char *yaml)
{
    return CatalogLoader::loadFromString(QByteArray(yaml), u"t.yaml"_s);
}

QString issuesText(const QList<CatalogIssue> &issues)
{
    QStringList lines;
    for (const CatalogIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

// "target" or "target (soft)", sorted, for comparing dependencies in one line.
QStringList dependencyTexts(const Service *service)
{
    QStringList texts;
    if (!service)
        return {u"<no such service>"_s};
    for (const ic::Dependency &d : service->dependsOn)
        texts.append(d.soft ? d.target + u" (soft)"_s : d.target);
    texts.sort();
    return texts;
}

// The entities references are resolved against in references().
const char *const ReferenceTargets = R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: web}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: web, namespace: shop}
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: db}
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: db, namespace: shop}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: orders}
spec: {providesApis: [orders-api]}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: {name: orders-api}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: {name: legacy-api}
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: {name: shop-system}
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: {name: checkout, namespace: shop}
---
services:
  - id: cache
  - id: Mixed-Case
)";

// ReferenceTargets and after them "consumer", which refers to `reference` in `field`: a Backstage
// Component in namespace `ns` (the reference in a list, but for system and owner), or for the
// field "native" a native service. Its id goes to `consumerId`.
QByteArray withConsumer(const QString &field, const QString &ns, const QString &reference, QString *consumerId = nullptr)
{
    QString consumer;
    QString id;
    if (field == u"native") {
        consumer = u"services:\n  - id: consumer\n    depends_on: [%1]\n"_s.arg(reference);
        id = u"consumer"_s;
    } else {
        const bool list = field != u"system" && field != u"owner";
        consumer = u"apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: consumer, namespace: %1}\n"
                   "spec:\n  %2: %3\n"_s.arg(ns, field, list ? u"[%1]"_s.arg(reference) : reference);
        id = u"component:%1/consumer"_s.arg(ns);
    }
    if (consumerId)
        *consumerId = id;
    return QByteArray(ReferenceTargets) + "---\n" + consumer.toUtf8();
}

} // namespace

class CatalogLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- durations ---------------------------------------------------------------------------

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: rejected
        const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
        QTest::addRow("ms") << u"500ms"_s << qint64(500);
        QTest::addRow("seconds") << u"30s"_s << 30 * s;
        QTest::addRow("minutes") << u"15m"_s << 15 * m;
        QTest::addRow("hours") << u"2h"_s << 2 * h;
        QTest::addRow("day") << u"1d"_s << d;
        QTest::addRow("zero") << u"0s"_s << qint64(0);
        QTest::addRow("zero ms") << u"0ms"_s << qint64(0);
        QTest::addRow("1h30m") << u"1h30m"_s << h + 30 * m;
        QTest::addRow("all units") << u"1d2h3m4s5ms"_s << d + 2 * h + 3 * m + 4 * s + 5;
        QTest::addRow("more than a unit") << u"90m"_s << 90 * m;
        QTest::addRow("m then ms") << u"1m500ms"_s << m + 500;
        QTest::addRow("outer spaces") << u"  15m "_s << 15 * m;
        QTest::addRow("leading zeros") << u"007s"_s << 7 * s;
        QTest::addRow("largest") << u"106751991167d7h12m55s807ms"_s << std::numeric_limits<qint64>::max();
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("blank") << u"   "_s << qint64(-1);
        QTest::addRow("bare number") << u"900"_s << qint64(-1);
        QTest::addRow("bare zero") << u"0"_s << qint64(-1);
        QTest::addRow("negative") << u"-5m"_s << qint64(-1);
        QTest::addRow("plus sign") << u"+5m"_s << qint64(-1);
        QTest::addRow("unknown unit") << u"5x"_s << qint64(-1);
        QTest::addRow("months are not minutes") << u"5M"_s << qint64(-1);
        QTest::addRow("word unit") << u"5min"_s << qint64(-1);
        QTest::addRow("fraction") << u"1.5h"_s << qint64(-1);
        QTest::addRow("inner space") << u"1h 30m"_s << qint64(-1);
        QTest::addRow("unit without number") << u"h"_s << qint64(-1);
        QTest::addRow("trailing number") << u"1h30"_s << qint64(-1);
        QTest::addRow("wrong order") << u"30m1h"_s << qint64(-1);
        QTest::addRow("repeated unit") << u"1m1m"_s << qint64(-1);
        QTest::addRow("overflow in sum") << u"106751991167d7h12m55s808ms"_s << qint64(-1);
        QTest::addRow("overflow in product") << u"106751991168d"_s << qint64(-1);
        QTest::addRow("overflow in digits") << u"99999999999999999999ms"_s << qint64(-1);
        QTest::addRow("non-ASCII digits") << u"\u0661\u0665m"_s << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = ic::parseDuration(text);
        if (ms < 0) {
            QVERIFY2(!parsed, qPrintable(u"accepted as %1"_s.arg(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, ms);
        }
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << qint64(0) << u"0s"_s;
        QTest::addRow("ms") << qint64(500) << u"500ms"_s;
        QTest::addRow("90 s") << qint64(90000) << u"1m30s"_s;
        QTest::addRow("hour") << qint64(3600000) << u"1h"_s;
        QTest::addRow("day and a bit") << qint64(86400000 + 1001) << u"1d1s1ms"_s;
        QTest::addRow("largest") << std::numeric_limits<qint64>::max() << u"106751991167d7h12m55s807ms"_s;
        QTest::addRow("negative") << qint64(-90000) << u"-1m30s"_s;
    }

    void formatDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ic::formatDuration(ms), text);
        if (ms >= 0)
            QCOMPARE(ic::parseDuration(ic::formatDuration(ms)), std::optional<qint64>(ms));
    }

    void durationRoundTrip()
    {
        // Values across every unit boundary survive format → parse.
        for (qint64 ms : {qint64(1), qint64(999), qint64(1000), qint64(59999), qint64(60000), qint64(3599999),
                          qint64(3600000), qint64(86399999), qint64(86400000), qint64(123456789012)}) {
            QCOMPARE(ic::parseDuration(ic::formatDuration(ms)), std::optional<qint64>(ms));
        }
    }

    // --- a correct native file ---------------------------------------------------------------

    void nativeService()
    {
        const auto result = load(R"(services:
  - id: orders-api
    name: Orders API
    tier: 1
    owner: commerce
    contacts: [slack-commerce-oncall, lead@example.com]
    site: fra-1
    region: eu-central
    rto: 15m
    rpo: 30s
    startup_time: 1m30s
    depends_on:
      - orders-db
      - {id: mail, soft: true}
      - {id: queue, soft: false}
    vendor: {name: Acme, sla: "99.9%"}
    runbooks: [failover-orders-db]
    health: patroni/orders-db
    description: Takes orders.
  - id: orders-db
  - id: mail
  - id: queue
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        QCOMPARE(result.files, QStringList{u"t.yaml"_s});
        QCOMPARE(result.catalog.size(), 4);
        const Service *s = result.catalog.find(u"orders-api"_s);
        QVERIFY(s);
        QCOMPARE(s->name, u"Orders API"_s);
        QCOMPARE(s->kind, u"service"_s);
        QCOMPARE(s->tier, std::optional<int>(1));
        QCOMPARE(s->owner, u"commerce"_s);
        QCOMPARE(s->contacts, (QStringList{u"slack-commerce-oncall"_s, u"lead@example.com"_s}));
        QCOMPARE(s->site, u"fra-1"_s);
        QCOMPARE(s->region, u"eu-central"_s);
        QCOMPARE(s->rtoMs, std::optional<qint64>(15 * 60000));
        QCOMPARE(s->rpoMs, std::optional<qint64>(30000));
        QCOMPARE(s->startupMs, std::optional<qint64>(90000));
        QCOMPARE(dependencyTexts(s), (QStringList{u"mail (soft)"_s, u"orders-db"_s, u"queue"_s}));
        QCOMPARE(s->dependsOn.at(0).where.line, 13);
        QCOMPARE(s->dependsOn.at(0).where.column, 9);
        QVERIFY(s->vendor);
        QCOMPARE(s->vendor->name, u"Acme"_s);
        QCOMPARE(s->vendor->sla, u"99.9%"_s);
        QCOMPARE(s->runbooks, QStringList{u"failover-orders-db"_s});
        QCOMPARE(s->health, u"patroni/orders-db"_s);
        QCOMPARE(s->description, u"Takes orders."_s);
        QCOMPARE(s->where.file, u"t.yaml"_s);
        QCOMPARE(s->where.line, 2);
        QCOMPARE(s->where.column, 9);
        // Defaults: the name is the id, nothing else is invented.
        const Service *db = result.catalog.find(u"orders-db"_s);
        QVERIFY(db);
        QCOMPARE(db->name, u"orders-db"_s);
        QVERIFY(!db->tier);
        QVERIFY(!db->rtoMs);
        QVERIFY(db->dependsOn.isEmpty());
        // Reverse edges are built by the catalog.
        const qsizetype dbIndex = result.catalog.indexOf(u"orders-db"_s);
        QCOMPARE(result.catalog.dependents().at(dbIndex).size(), 1);
    }

    // --- every error kind, with its position -------------------------------------------------

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // a fragment of the message

        QTest::addRow("syntax: unclosed flow list") << QByteArray("services:\n  - id: a\n    depends_on: [b\n  - id: c\n")
                                                    << 4 << 7 << u"YAML syntax error"_s;
        QTest::addRow("syntax: bad indentation") << QByteArray("services:\n  - id: a\n   name: b\n") << 3 << 4
                                                 << u"YAML syntax error"_s;
        QTest::addRow("syntax: map value in a scalar") << QByteArray("a: b: c\n") << 1 << 5 << u"YAML syntax error"_s;
        QTest::addRow("syntax: tab indentation") << QByteArray("services:\n\t- id: a\n") << 2 << 2
                                                 << u"YAML syntax error"_s;
        QTest::addRow("not a catalog: list") << QByteArray("- a\n- b\n") << 1 << 1 << u"expected a native catalog"_s;
        QTest::addRow("not a catalog: other map") << QByteArray("name: x\n") << 1 << 1
                                                  << u"expected a native catalog"_s;
        QTest::addRow("duplicate key") << QByteArray("services:\n  - id: a\n    id: b\n") << 3 << 5
                                       << u"duplicate key \"id\" (first at line 2, column 5)"_s;
        QTest::addRow("duplicate id") << QByteArray("services:\n  - id: a\n  - id: a\n") << 3 << 9
                                      << u"duplicate id \"a\": already defined at t.yaml:2:9"_s;
        QTest::addRow("missing id") << QByteArray("services:\n  - id: a\n  - name: Nameless\n") << 3 << 5
                                    << u"has no id"_s;
        QTest::addRow("empty id") << QByteArray("services:\n  - id: \"\"\n") << 2 << 9 << u"must not be empty"_s;
        QTest::addRow("id with colon") << QByteArray("services:\n  - id: a:b\n") << 2 << 9 << u"must not contain"_s;
        QTest::addRow("unknown reference") << QByteArray("services:\n  - id: a\n    depends_on: [b]\n") << 3 << 18
                                           << u"unknown service \"b\" in depends_on"_s;
        QTest::addRow("unknown soft reference")
            << QByteArray("services:\n  - id: a\n    depends_on:\n      - {id: b, soft: true}\n") << 4 << 14
            << u"unknown service \"b\""_s;
        QTest::addRow("self dependency") << QByteArray("services:\n  - id: a\n    depends_on: [a]\n") << 3 << 18
                                         << u"a depends on itself"_s;
        QTest::addRow("dependency without id")
            << QByteArray("services:\n  - id: a\n    depends_on:\n      - soft: true\n") << 4 << 9 << u"no id"_s;
        QTest::addRow("soft not boolean")
            << QByteArray("services:\n  - id: a\n    depends_on: [{id: b, soft: maybe}]\n  - id: b\n") << 3 << 32
            << u"soft must be true or false"_s;
        QTest::addRow("dependency is a list") << QByteArray("services:\n  - id: a\n    depends_on: [[b]]\n") << 3 << 18
                                              << u"a dependency must be"_s;
        QTest::addRow("Backstage ref without kind in native")
            << QByteArray("services:\n  - id: a\n    depends_on: [default/b]\n") << 3 << 18
            << u"without a kind"_s;
        QTest::addRow("bad duration: unknown unit") << QByteArray("services:\n  - id: a\n    rto: 15x\n") << 3 << 10
                                                    << u"bad duration \"15x\" for rto: unknown unit \"x\""_s;
        QTest::addRow("bad duration: bare number") << QByteArray("services:\n  - id: a\n    rpo: 900\n") << 3 << 10
                                                   << u"needs a unit"_s;
        QTest::addRow("bad duration: negative")
            << QByteArray("services:\n  - id: a\n    startup_time: -1m\n") << 3 << 19 << u"negative"_s;
        QTest::addRow("bad duration: a list") << QByteArray("services:\n  - id: a\n    rto: [15m]\n") << 3 << 10
                                              << u"rto must be a duration"_s;
        QTest::addRow("tier too high") << QByteArray("services:\n  - id: a\n    tier: 4\n") << 3 << 11
                                       << u"tier must be a whole number from 0"_s;
        QTest::addRow("tier negative") << QByteArray("services:\n  - id: a\n    tier: -1\n") << 3 << 11
                                       << u"not \"-1\""_s;
        QTest::addRow("tier not a number") << QByteArray("services:\n  - id: a\n    tier: high\n") << 3 << 11
                                           << u"not \"high\""_s;
        QTest::addRow("tier fraction") << QByteArray("services:\n  - id: a\n    tier: 1.5\n") << 3 << 11
                                       << u"not \"1.5\""_s;
        QTest::addRow("tier a list") << QByteArray("services:\n  - id: a\n    tier: [1]\n") << 3 << 11
                                     << u"tier must be a whole number"_s;
        QTest::addRow("services is a map") << QByteArray("services: {a: 1}\n") << 1 << 11
                                           << u"services must be a list"_s;
        QTest::addRow("service is a text") << QByteArray("services:\n  - a\n") << 2 << 5
                                           << u"a service must be a map"_s;
        QTest::addRow("contacts is a map") << QByteArray("services:\n  - id: a\n    contacts: {slack: x}\n") << 3 << 15
                                           << u"contacts must be a list"_s;
        QTest::addRow("contact is a map") << QByteArray("services:\n  - id: a\n    contacts: [{slack: x}]\n") << 3
                                          << 16 << u"every entry of contacts"_s;
        QTest::addRow("depends_on is a map") << QByteArray("services:\n  - id: a\n    depends_on: {id: b}\n") << 3 << 17
                                             << u"depends_on must be a list"_s;
        QTest::addRow("runbooks is a text") << QByteArray("services:\n  - id: a\n    runbooks: failover\n") << 3 << 15
                                            << u"runbooks must be a list"_s;
        QTest::addRow("owner is a list") << QByteArray("services:\n  - id: a\n    owner: [x, y]\n") << 3 << 12
                                         << u"owner must be a single text value"_s;
        QTest::addRow("vendor is a list") << QByteArray("services:\n  - id: a\n    vendor: [Acme]\n") << 3 << 13
                                          << u"vendor must be a map"_s;
        QTest::addRow("vendor without name") << QByteArray("services:\n  - id: a\n    vendor: {sla: 99%}\n") << 3 << 13
                                             << u"vendor needs a name"_s;
        QTest::addRow("unknown system") << QByteArray("services:\n  - id: a\n    system: search\n") << 3 << 13
                                        << u"system refers to system:default/search, which is not in the catalog"_s;

        const QByteArray component = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n";
        QTest::addRow("Backstage: dependsOn without kind") << component + "spec:\n  dependsOn: [b]\n" << 6 << 15
                                                           << u"\"b\" in spec.dependsOn needs a kind"_s;
        QTest::addRow("Backstage: unknown dependsOn")
            << component + "spec:\n  dependsOn: [resource:db]\n" << 6 << 15
            << u"spec.dependsOn refers to resource:default/db, which is not in the catalog"_s;
        QTest::addRow("Backstage: unknown dependencyOf")
            << component + "spec:\n  dependencyOf:\n    - component:shop/web\n" << 7 << 7
            << u"spec.dependencyOf refers to component:shop/web"_s;
        QTest::addRow("Backstage: unknown API") << component + "spec:\n  consumesApis: [payments]\n" << 6 << 18
                                                << u"api:default/payments, which is not in the catalog"_s;
        QTest::addRow("Backstage: invalid reference") << component + "spec:\n  dependsOn: [\"component:\"]\n" << 6
                                                      << 15 << u"not a valid entity reference"_s;
        QTest::addRow("Backstage: empty namespace") << component + "spec:\n  dependsOn: [\"component:/x\"]\n" << 6
                                                    << 15 << u"not a valid entity reference"_s;
        QTest::addRow("Backstage: dependsOn is text") << component + "spec:\n  dependsOn: resource:db\n" << 6 << 14
                                                      << u"dependsOn must be a list"_s;
        QTest::addRow("Backstage: spec is a list") << component + "spec: [a]\n" << 5 << 7 << u"spec must be a map"_s;
        QTest::addRow("Backstage: self dependency") << component + "spec:\n  dependsOn: [component:a]\n" << 6 << 15
                                                    << u"depends on itself"_s;
        QTest::addRow("Backstage: no metadata") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\n")
                                                << 1 << 1 << u"no metadata"_s;
        QTest::addRow("Backstage: no name")
            << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  title: A\n") << 4 << 3
            << u"no metadata.name"_s;
        QTest::addRow("Backstage: name with slash")
            << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a/b\n") << 4 << 9
            << u"must not be empty or contain"_s;
        QTest::addRow("Backstage: kind without apiVersion") << QByteArray("kind: Component\nmetadata: {name: a}\n")
                                                            << 1 << 1 << u"needs both"_s;
        QTest::addRow("Backstage: unsupported apiVersion")
            << QByteArray("apiVersion: backstage.io/v2\nkind: Component\nmetadata: {name: a}\n") << 1 << 13
            << u"unsupported apiVersion \"backstage.io/v2\""_s;
        QTest::addRow("Backstage: duplicate entity")
            << component + "---\napiVersion: backstage.io/v1alpha1\nkind: component\nmetadata:\n  name: A\n" << 9 << 9
            << u"duplicate id \"component:default/a\": already defined at t.yaml:4:9"_s;
        QTest::addRow("Backstage: annotation rto")
            << component + "  annotations:\n    incident-console/rto: soon\n" << 6 << 27
            << u"bad duration \"soon\" for incident-console/rto"_s;
        QTest::addRow("Backstage: annotation tier")
            << component + "  annotations:\n    incident-console/tier: \"7\"\n" << 6 << 28
            << u"incident-console/tier must be a whole number"_s;
        QTest::addRow("Backstage: annotation is a list")
            << component + "  annotations:\n    incident-console/region: [eu]\n" << 6 << 30
            << u"must be a single text value"_s;
        QTest::addRow("Backstage: vendor-sla without vendor")
            << component + "  annotations:\n    incident-console/vendor-sla: \"99%\"\n" << 6 << 34
            << u"needs incident-console/vendor"_s;
        QTest::addRow("Backstage: system is a component")
            << component + "spec:\n  system: component:a\n" << 6 << 11 << u"must name a System"_s;
        QTest::addRow("Backstage: consumes a component")
            << component + "spec:\n  consumesApis: [component:b]\n---\napiVersion: backstage.io/v1alpha1\n"
                           "kind: Component\nmetadata: {name: b}\n"
            << 6 << 18 << u"spec.consumesApis must name APIs, but component:default/b is a Component"_s;
        QTest::addRow("Backstage: depends on a group")
            << component + "spec:\n  dependsOn: [group:ops]\n---\napiVersion: backstage.io/v1alpha1\n"
                           "kind: Group\nmetadata: {name: ops}\n"
            << 6 << 15 << u"a Group is not a runtime dependency"_s;
        QTest::addRow("Backstage: owner is a component")
            << component + "spec:\n  owner: component:a\n" << 6 << 10 << u"must name a Group or a User"_s;
        QTest::addRow("Backstage: unknown service bridge")
            << component + "spec:\n  dependsOn: [service:nope]\n" << 6 << 15
            << u"refers to service \"nope\", which is not in the catalog"_s;
        QTest::addRow("native to unknown Backstage entity")
            << QByteArray("services:\n  - id: a\n    depends_on: [\"component:default/b\"]\n") << 3 << 18
            << u"depends_on refers to component:default/b"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto result = CatalogLoader::loadFromString(yaml, u"t.yaml"_s);
        QVERIFY2(result.errors.size() == 1, qPrintable(issuesText(result.errors)));
        const CatalogIssue &issue = result.errors.constFirst();
        QCOMPARE(issue.where.file, u"t.yaml"_s);
        QCOMPARE(issue.where.line, line);
        QCOMPARE(issue.where.column, column);
        QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
        QCOMPARE(issue.toString(), u"t.yaml:%1:%2: %3"_s.arg(line).arg(column).arg(issue.message));
        // Never a half-loaded catalog.
        QVERIFY(!result.ok());
        QVERIFY(result.catalog.isEmpty());
    }

    void everyErrorIsReported()
    {
        const auto result = load(R"(services:
  - id: a
    tier: 9
    rto: soon
    depends_on: [missing]
  - id: b
    depends_on: [a, also-missing]
  - name: no-id
  - id: a
)");
        QCOMPARE(result.catalog.size(), 0);
        QStringList positions;
        for (const CatalogIssue &issue : result.errors)
            positions.append(u"%1:%2"_s.arg(issue.where.line).arg(issue.where.column));
        // In file order, whichever pass found them.
        QCOMPARE(positions, (QStringList{u"3:11"_s, u"4:10"_s, u"5:18"_s, u"7:21"_s, u"8:5"_s, u"9:9"_s}));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("services"); // still loaded

        QTest::addRow("unknown service key") << QByteArray("services:\n  - id: a\n    teir: 1\n") << 3 << 5
                                             << u"unknown key \"teir\" in a service"_s << 1;
        QTest::addRow("unknown top-level key") << QByteArray("version: 2\nservices:\n  - id: a\n") << 1 << 1
                                               << u"unknown key \"version\""_s << 1;
        QTest::addRow("unknown vendor key") << QByteArray("services:\n  - id: a\n    vendor: {name: X, url: y}\n") << 3
                                            << 23 << u"unknown key \"url\" in vendor"_s << 1;
        QTest::addRow("unknown dependency key")
            << QByteArray("services:\n  - id: a\n    depends_on: [{id: b, optional: true}]\n  - id: b\n") << 3 << 26
            << u"unknown key \"optional\""_s << 2;
        const QByteArray component = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n";
        QTest::addRow("unknown spec key") << component + "spec:\n  dependOn: [component:a]\n" << 6 << 3
                                          << u"unknown key \"dependOn\" in spec"_s << 1;
        QTest::addRow("unknown envelope key") << component + "extra: 1\n" << 5 << 1 << u"unknown key \"extra\""_s << 1;
        QTest::addRow("unknown own annotation") << component + "  annotations:\n    incident-console/teir: \"1\"\n" << 6
                                                << 5 << u"unknown annotation \"incident-console/teir\""_s << 1;
        QTest::addRow("unknown Backstage kind")
            << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Widget\nmetadata: {name: w}\n") << 2 << 7
            << u"kind \"Widget\" is not supported"_s << 0;
        QTest::addRow("not Backstage") << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\n") << 1
                                       << 13 << u"not a Backstage entity"_s << 0;
        QTest::addRow("provides an API not in the catalog") << component + "spec:\n  providesApis: [pets]\n" << 6 << 18
                                                            << u"names api:default/pets"_s << 1;
        QTest::addRow("soft dependency that is no dependency")
            << component + "  annotations:\n    incident-console/soft-dependencies: component:b\n"
                           "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: b}\n"
            << 6 << 41 << u"lists component:default/b, which component:default/a does not depend on"_s << 2;
        QTest::addRow("owner not among the groups")
            << component + "spec:\n  owner: team-b\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\n"
                           "metadata: {name: team-a}\n"
            << 6 << 10 << u"group:default/team-b, which is not among the Groups"_s << 1;
    }

    void warnings()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(int, services);
        const auto result = CatalogLoader::loadFromString(yaml, u"t.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.size() == 1, qPrintable(issuesText(result.warnings)));
        const CatalogIssue &issue = result.warnings.constFirst();
        QCOMPARE(issue.where.line, line);
        QCOMPARE(issue.where.column, column);
        QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
        QCOMPARE(result.catalog.size(), services);
    }

    void skippedKindsAreSilent()
    {
        const auto result = load(R"(apiVersion: backstage.io/v1alpha1
kind: Location
metadata: {name: all}
spec: {targets: [./a.yaml]}
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: {name: jdoe}
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: {name: commerce}
---
apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata: {name: new-service}
)");
        QVERIFY(result.ok());
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        QVERIFY(result.catalog.isEmpty());
    }

    // --- Backstage references in all their forms -----------------------------------------------

    void references_data()
    {
        QTest::addColumn<QString>("field");     // dependsOn, dependencyOf, consumesApis, system, owner, native
        QTest::addColumn<QString>("ns");        // namespace of the referring component
        QTest::addColumn<QString>("reference"); // YAML of one list entry (or of the value for system/owner)
        QTest::addColumn<QString>("resolved");

        QTest::addRow("full") << u"dependsOn"_s << u"default"_s << u"component:default/web"_s << u"component:default/web"_s;
        QTest::addRow("kind and name") << u"dependsOn"_s << u"default"_s << u"component:web"_s << u"component:default/web"_s;
        QTest::addRow("namespace of the entity") << u"dependsOn"_s << u"shop"_s << u"component:web"_s
                                                 << u"component:shop/web"_s;
        QTest::addRow("other namespace") << u"dependsOn"_s << u"shop"_s << u"component:default/web"_s
                                         << u"component:default/web"_s;
        QTest::addRow("case-insensitive") << u"dependsOn"_s << u"default"_s << u"Component:Default/WEB"_s
                                          << u"component:default/web"_s;
        QTest::addRow("resource") << u"dependsOn"_s << u"default"_s << u"resource:shop/db"_s << u"resource:shop/db"_s;
        QTest::addRow("resource, entity namespace") << u"dependsOn"_s << u"shop"_s << u"resource:db"_s
                                                    << u"resource:shop/db"_s;
        QTest::addRow("compound") << u"dependsOn"_s << u"default"_s << u"{kind: Resource, name: db}"_s
                                  << u"resource:default/db"_s;
        QTest::addRow("compound with namespace") << u"dependsOn"_s << u"default"_s
                                                 << u"{kind: resource, namespace: shop, name: db}"_s << u"resource:shop/db"_s;
        QTest::addRow("dependsOn an API: its provider") << u"dependsOn"_s << u"default"_s << u"api:orders-api"_s
                                                        << u"component:default/orders"_s;
        QTest::addRow("dependsOn an API without provider") << u"dependsOn"_s << u"default"_s << u"api:legacy-api"_s
                                                           << u"api:default/legacy-api"_s;
        QTest::addRow("native service") << u"dependsOn"_s << u"default"_s << u"service:cache"_s << u"cache"_s;
        QTest::addRow("native service, other case") << u"dependsOn"_s << u"default"_s << u"service:mixed-case"_s
                                                    << u"Mixed-Case"_s;
        QTest::addRow("system as dependency") << u"dependsOn"_s << u"default"_s << u"system:shop-system"_s
                                              << u"system:default/shop-system"_s;

        QTest::addRow("API name only") << u"consumesApis"_s << u"default"_s << u"orders-api"_s
                                       << u"component:default/orders"_s;
        QTest::addRow("API with namespace") << u"consumesApis"_s << u"shop"_s << u"default/orders-api"_s
                                            << u"component:default/orders"_s;
        QTest::addRow("API full") << u"consumesApis"_s << u"shop"_s << u"api:default/orders-api"_s
                                  << u"component:default/orders"_s;
        QTest::addRow("API kind upper-case") << u"consumesApis"_s << u"default"_s << u"API:orders-api"_s
                                             << u"component:default/orders"_s;
        QTest::addRow("API without provider") << u"consumesApis"_s << u"default"_s << u"legacy-api"_s
                                              << u"api:default/legacy-api"_s;
        QTest::addRow("API compound") << u"consumesApis"_s << u"default"_s << u"{name: orders-api}"_s
                                      << u"component:default/orders"_s;

        QTest::addRow("dependencyOf") << u"dependencyOf"_s << u"default"_s << u"component:web"_s
                                      << u"component:default/web"_s;
        QTest::addRow("dependencyOf, entity namespace") << u"dependencyOf"_s << u"shop"_s << u"component:web"_s
                                                        << u"component:shop/web"_s;
        QTest::addRow("dependencyOf a native service") << u"dependencyOf"_s << u"default"_s << u"service:cache"_s
                                                       << u"cache"_s;

        QTest::addRow("system name") << u"system"_s << u"default"_s << u"shop-system"_s << u"system:default/shop-system"_s;
        QTest::addRow("system, entity namespace") << u"system"_s << u"shop"_s << u"checkout"_s
                                                  << u"system:shop/checkout"_s;
        QTest::addRow("system with namespace") << u"system"_s << u"default"_s << u"shop/checkout"_s
                                               << u"system:shop/checkout"_s;
        QTest::addRow("system full") << u"system"_s << u"default"_s << u"System:shop/checkout"_s
                                     << u"system:shop/checkout"_s;

        QTest::addRow("owner name") << u"owner"_s << u"default"_s << u"team-a"_s << u"team-a"_s;
        QTest::addRow("owner group") << u"owner"_s << u"default"_s << u"group:team-a"_s << u"team-a"_s;
        QTest::addRow("owner other namespace") << u"owner"_s << u"default"_s << u"group:ops/dba"_s << u"ops/dba"_s;
        QTest::addRow("owner, entity namespace") << u"owner"_s << u"ops"_s << u"dba"_s << u"ops/dba"_s;
        QTest::addRow("owner user") << u"owner"_s << u"default"_s << u"user:jdoe"_s << u"user:jdoe"_s;

        QTest::addRow("native: full") << u"native"_s << QString() << u"component:default/web"_s
                                      << u"component:default/web"_s;
        QTest::addRow("native: default namespace") << u"native"_s << QString() << u"resource:db"_s
                                                   << u"resource:default/db"_s;
        QTest::addRow("native: other namespace") << u"native"_s << QString() << u"component:shop/web"_s
                                                 << u"component:shop/web"_s;
        QTest::addRow("native: API provider") << u"native"_s << QString() << u"api:orders-api"_s
                                              << u"component:default/orders"_s;
        QTest::addRow("native: plain id") << u"native"_s << QString() << u"cache"_s << u"cache"_s;
    }

    void references()
    {
        QFETCH(QString, field);
        QFETCH(QString, ns);
        QFETCH(QString, reference);
        QFETCH(QString, resolved);
        QString consumerId;
        const auto result = CatalogLoader::loadFromString(withConsumer(field, ns, reference, &consumerId), u"refs.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        const Service *s = result.catalog.find(consumerId);
        QVERIFY(s);
        if (field == u"dependencyOf") {
            QVERIFY(s->dependsOn.isEmpty());
            QVERIFY2(dependencyTexts(result.catalog.find(resolved)).contains(consumerId),
                     qPrintable(dependencyTexts(result.catalog.find(resolved)).join(u", ")));
        } else if (field == u"system") {
            QCOMPARE(s->system, resolved);
        } else if (field == u"owner") {
            QCOMPARE(s->owner, resolved);
        } else {
            QCOMPARE(dependencyTexts(s), QStringList{resolved});
        }
    }

    void referenceErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("message");
        // Backstage gives dependsOn/dependencyOf no default kind: the kind must be written.
        QTest::addRow("dependsOn: name only") << u"dependsOn"_s << u"default"_s << u"orders"_s
                                              << u"needs a kind, e.g. component:orders or resource:orders (did you mean "
                                                 "component:default/orders?)"_s;
        QTest::addRow("dependsOn: namespace/name") << u"dependsOn"_s << u"default"_s << u"shop/web"_s
                                                   << u"needs a kind"_s;
        QTest::addRow("dependencyOf: name only") << u"dependencyOf"_s << u"default"_s << u"web"_s << u"needs a kind"_s;
        QTest::addRow("API in another namespace") << u"consumesApis"_s << u"shop"_s << u"orders-api"_s
                                                  << u"api:shop/orders-api, which is not in the catalog (did you mean "
                                                     "api:default/orders-api?)"_s;
        QTest::addRow("wrong kind") << u"dependsOn"_s << u"default"_s << u"component:db"_s
                                    << u"component:default/db, which is not in the catalog"_s;
        QTest::addRow("native: name of a Backstage entity") << u"native"_s << QString() << u"orders"_s
                                                            << u"unknown service \"orders\" in depends_on (did you mean "
                                                               "component:default/orders?)"_s;
        QTest::addRow("native: other case") << u"native"_s << QString() << u"Cache"_s
                                            << u"unknown service \"Cache\" in depends_on (did you mean cache?)"_s;
        QTest::addRow("service bridge with namespace") << u"dependsOn"_s << u"default"_s << u"service:shop/cache"_s
                                                       << u"native services have no namespace"_s;
    }

    void referenceErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, ns);
        QFETCH(QString, reference);
        QFETCH(QString, message);
        const QByteArray yaml = withConsumer(field, ns, reference);
        const auto result = CatalogLoader::loadFromString(yaml, u"refs.yaml"_s);
        QVERIFY2(result.errors.size() == 1, qPrintable(issuesText(result.errors)));
        QVERIFY2(result.errors.constFirst().message.contains(message), qPrintable(result.errors.constFirst().message));
        // The consumer is the last document; its reference is on the last line.
        const int lastLine = int(yaml.count('\n'));
        QCOMPARE(result.errors.constFirst().where.line, lastLine);
        QVERIFY(result.catalog.isEmpty());
    }

    // --- edges ---------------------------------------------------------------------------------

    void backstageEdges()
    {
        const auto result = load(R"(apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
  title: Web Shop
  description: Everything customers touch.
spec: {owner: storefront}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: frontend
  annotations:
    incident-console/tier: "1"
    incident-console/rto: 15m
    incident-console/rpo: 0s
    incident-console/startup-time: 2m
    incident-console/region: eu-central
    incident-console/site: fra-1
    incident-console/runbooks: restart-frontend, scale-out
    incident-console/health: health/frontend
    incident-console/soft-dependencies: api:legacy-api
    backstage.io/techdocs-ref: dir:.
spec:
  type: website
  lifecycle: production
  owner: storefront
  system: shop
  consumesApis: [orders-api, legacy-api]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: orders}
spec:
  type: service
  owner: group:commerce
  system: shop
  providesApis: [orders-api]
  dependsOn: [resource:orders-db]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: orders-v2}
spec:
  providesApis: [api:default/orders-api]
  consumesApis: [orders-api]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: orders-db}
spec:
  type: database
  dependencyOf: [component:reporting, component:orders]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: reporting}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: {name: orders-api}
spec: {type: openapi, definition: "openapi: 3.0.0"}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: legacy-api
  annotations:
    incident-console/vendor: Legacy Corp
    incident-console/vendor-sla: "99.5%"
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: {name: storefront}
spec:
  type: team
  profile: {email: storefront@example.com}
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: {name: commerce}
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        QStringList ids;
        for (const Service &s : result.catalog.services())
            ids.append(s.id);
        // Groups are owners, not services; an API with providers is represented by them.
        QCOMPARE(ids, (QStringList{u"system:default/shop"_s, u"component:default/frontend"_s,
                                   u"component:default/orders"_s, u"component:default/orders-v2"_s,
                                   u"resource:default/orders-db"_s, u"component:default/reporting"_s,
                                   u"api:default/legacy-api"_s}));

        const Service *frontend = result.catalog.find(u"component:default/frontend"_s);
        QVERIFY(frontend);
        QCOMPARE(frontend->kind, u"component"_s);
        QCOMPARE(frontend->name, u"frontend"_s);
        QCOMPARE(dependencyTexts(frontend), (QStringList{u"api:default/legacy-api (soft)"_s, u"component:default/orders"_s,
                                                         u"component:default/orders-v2"_s}));
        QCOMPARE(frontend->tier, std::optional<int>(1));
        QCOMPARE(frontend->rtoMs, std::optional<qint64>(15 * 60000));
        QCOMPARE(frontend->rpoMs, std::optional<qint64>(0));
        QCOMPARE(frontend->startupMs, std::optional<qint64>(2 * 60000));
        QCOMPARE(frontend->region, u"eu-central"_s);
        QCOMPARE(frontend->site, u"fra-1"_s);
        QCOMPARE(frontend->runbooks, (QStringList{u"restart-frontend"_s, u"scale-out"_s}));
        QCOMPARE(frontend->health, u"health/frontend"_s);
        QCOMPARE(frontend->owner, u"storefront"_s);
        QCOMPARE(frontend->contacts, QStringList{u"storefront@example.com"_s}); // from the owning Group
        QCOMPARE(frontend->system, u"system:default/shop"_s);
        QCOMPARE(frontend->lifecycle, u"production"_s);
        QCOMPARE(frontend->where.line, 12);
        QCOMPARE(frontend->where.column, 9);

        const Service *orders = result.catalog.find(u"component:default/orders"_s);
        QVERIFY(orders);
        QCOMPARE(dependencyTexts(orders), QStringList{u"resource:default/orders-db"_s}); // dependsOn + dependencyOf, merged
        QCOMPARE(orders->owner, u"commerce"_s);
        QVERIFY(orders->contacts.isEmpty());
        // Consuming the API it provides itself adds an edge to the other provider only.
        QCOMPARE(dependencyTexts(result.catalog.find(u"component:default/orders-v2"_s)),
                 QStringList{u"component:default/orders"_s});
        QCOMPARE(dependencyTexts(result.catalog.find(u"component:default/reporting"_s)),
                 QStringList{u"resource:default/orders-db"_s});
        const Service *shop = result.catalog.find(u"system:default/shop"_s);
        QVERIFY(shop);
        QCOMPARE(shop->kind, u"system"_s);
        QCOMPARE(shop->name, u"Web Shop"_s);
        QCOMPARE(shop->description, u"Everything customers touch."_s);
        const Service *legacy = result.catalog.find(u"api:default/legacy-api"_s);
        QVERIFY(legacy && legacy->vendor);
        QCOMPARE(legacy->kind, u"api"_s);
        QCOMPARE(legacy->vendor->name, u"Legacy Corp"_s);
        QCOMPARE(legacy->vendor->sla, u"99.5%"_s);
    }

    void hardEdgeWinsOverSoft()
    {
        const auto result = load(R"(services:
  - id: a
    depends_on: [b, {id: b, soft: true}, {id: c, soft: true}, {id: c, soft: yes}]
  - id: b
  - id: c
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(dependencyTexts(result.catalog.find(u"a"_s)), (QStringList{u"b"_s, u"c (soft)"_s}));
    }

    // A native document, two Backstage documents and empty ones in one file.
    void multiDocumentFile()
    {
        const auto result = load(R"(services:
  - id: queue
    depends_on: ["component:default/broker-ui"]
---
---
apiVersion: backstage.io/v1beta1
kind: Component
metadata: {name: broker-ui}
spec: {dependsOn: [service:queue]}
---
services:
  - id: mail
    depends_on: [queue]
...
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.catalog.size(), 3);
        QCOMPARE(dependencyTexts(result.catalog.find(u"queue"_s)), QStringList{u"component:default/broker-ui"_s});
        QCOMPARE(dependencyTexts(result.catalog.find(u"component:default/broker-ui"_s)), QStringList{u"queue"_s});
        QCOMPARE(dependencyTexts(result.catalog.find(u"mail"_s)), QStringList{u"queue"_s});
        QCOMPARE(result.catalog.find(u"mail"_s)->where.line, 12);
    }

    void anchorsAndAliases()
    {
        const auto result = load(R"(services:
  - id: a
    contacts: &oncall [oncall-channel, oncall@example.com]
    depends_on: &deps [b]
  - id: c
    contacts: *oncall
    depends_on: *deps
  - id: b
)");
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.catalog.find(u"c"_s)->contacts, result.catalog.find(u"a"_s)->contacts);
        QCOMPARE(dependencyTexts(result.catalog.find(u"c"_s)), QStringList{u"b"_s});
    }

    // --- files and folders ---------------------------------------------------------------------

    void folder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"services.yaml"_s), R"(services:
  - id: checkout
    depends_on: ["component:default/payments", "component:search/indexer"]
)"));
        QVERIFY(writeFile(dir.filePath(u"catalog-info.yaml"_s), R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: payments}
spec: {dependsOn: [service:ledger]}
)"));
        QVERIFY(writeFile(dir.filePath(u"catalog/z-ledger.yml"_s), "services:\n  - id: ledger\n"));
        QVERIFY(writeFile(dir.filePath(u"catalog/search/catalog-info.yaml"_s), R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: indexer, namespace: search}
)"));
        QVERIFY(writeFile(dir.filePath(u"catalog/a/empty.yaml"_s), ""));
        QVERIFY(writeFile(dir.filePath(u"catalog/README.md"_s), "not YAML: {{{"));
        QVERIFY(writeFile(dir.filePath(u"catalog/.hidden.yaml"_s), "not: [valid"));
        QVERIFY(writeFile(dir.filePath(u"backends.yaml"_s), "not: [a catalog"));
        QVERIFY(writeFile(dir.filePath(u"other/services.yaml"_s), "not: [a catalog"));

        const auto result = CatalogLoader::load(dir.path());
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        QCOMPARE(result.files, (QStringList{dir.filePath(u"services.yaml"_s), dir.filePath(u"catalog-info.yaml"_s),
                                            dir.filePath(u"catalog/a/empty.yaml"_s),
                                            dir.filePath(u"catalog/search/catalog-info.yaml"_s),
                                            dir.filePath(u"catalog/z-ledger.yml"_s)}));
        QCOMPARE(result.catalog.size(), 4);
        QCOMPARE(dependencyTexts(result.catalog.find(u"checkout"_s)),
                 (QStringList{u"component:default/payments"_s, u"component:search/indexer"_s}));
        QCOMPARE(dependencyTexts(result.catalog.find(u"component:default/payments"_s)), QStringList{u"ledger"_s});
        QCOMPARE(result.catalog.find(u"ledger"_s)->where.file, dir.filePath(u"catalog/z-ledger.yml"_s));
    }

    void errorsAcrossFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"services.yaml"_s), "services:\n  - id: a\n    depends_on: [b, c]\n"));
        QVERIFY(writeFile(dir.filePath(u"catalog/one.yaml"_s), "services:\n  - id: b\n  - id: a\n"));
        QVERIFY(writeFile(dir.filePath(u"catalog/two.yaml"_s), "services:\n  - id: d\n    rto: [\n"));
        const auto result = CatalogLoader::load(dir.path());
        QCOMPARE(result.catalog.size(), 0);
        QStringList texts;
        for (const CatalogIssue &issue : result.errors)
            texts.append(issue.toString());
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts.at(0).startsWith(dir.filePath(u"services.yaml"_s) + u":3:21: unknown service \"c\""_s),
                 qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).startsWith(dir.filePath(u"catalog/one.yaml"_s) + u":3:9: duplicate id \"a\": already "
                                                                              "defined at "_s
                                        + dir.filePath(u"services.yaml"_s) + u":2:9"_s),
                 qPrintable(texts.at(1)));
        QVERIFY2(texts.at(2).startsWith(dir.filePath(u"catalog/two.yaml"_s) + u":4:1: YAML syntax error"_s),
                 qPrintable(texts.at(2)));
    }

    void singleFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"catalog-info.yaml"_s);
        QVERIFY(writeFile(file, R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: artist-web}
spec:
  dependsOn: [resource:default/artists-db]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: artists-db}
)"));
        // Beside it, a services.yaml that must not be read when a file is given.
        QVERIFY(writeFile(dir.filePath(u"services.yaml"_s), "broken: [\n"));
        const auto result = CatalogLoader::load(file);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.files, QStringList{file});
        QCOMPARE(result.catalog.size(), 2);
        QCOMPARE(dependencyTexts(result.catalog.find(u"component:default/artist-web"_s)),
                 QStringList{u"resource:default/artists-db"_s});
    }

    void missingPath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("folder") << u"no-such-folder"_s;
        QTest::addRow("file") << u"no-such-file.yaml"_s;
    }

    void missingPath()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        const auto result = CatalogLoader::load(path);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().where.file, path);
        QVERIFY2(result.errors.constFirst().toString().startsWith(path + u": "_s),
                 qPrintable(result.errors.constFirst().toString()));
        QVERIFY(result.catalog.isEmpty());
    }

    void emptyFolderWarns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto result = CatalogLoader::load(dir.path());
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.files.isEmpty());
        QVERIFY(result.catalog.isEmpty());
    }

    void missingRunbookWarns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"services.yaml"_s), "services:\n  - id: a\n    runbooks: [here, gone]\n"));
        QVERIFY(writeFile(dir.filePath(u"runbooks/here.md"_s), "# Here\n"));
        const auto result = CatalogLoader::load(dir.path());
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.constFirst().where.line, 3);
        QCOMPARE(result.warnings.constFirst().where.column, 22);
        QVERIFY(result.warnings.constFirst().message.contains(u"\"gone\""_s));
        QCOMPARE(result.catalog.size(), 1);
    }

    // --- robustness ----------------------------------------------------------------------------

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addRow("deep nesting") << QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::addRow("deep maps") << QByteArray("services:\n  - id: a\n    vendor: ") + QByteArray(5000, '{')
                                          + QByteArray(5000, '}');
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe services", 16);
        QTest::addRow("invalid UTF-8") << QByteArray("services:\n  - id: \xc3\x28\n    tier: 9\n");
        QTest::addRow("unknown alias") << QByteArray("services: *nothing\n");
        QTest::addRow("key is a map") << QByteArray("services:\n  - {a: b}: c\n    id: x\n");
        QTest::addRow("wrong types everywhere") << QByteArray(R"(services:
  - id: [a]
    name: {x: y}
    depends_on: [{id: [b]}]
    vendor: {name: [x]}
apiVersion: 7
)");
        QTest::addRow("metadata is a list") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: [a]\n");
        QTest::addRow("annotations is a list")
            << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: a, annotations: [x]}\n");
        QTest::addRow("profile is text")
            << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: g}\nspec: {profile: x}\n");
    }

    void hostileInput()
    {
        QFETCH(QByteArray, yaml);
        const auto result = CatalogLoader::loadFromString(yaml, u"t.yaml"_s);
        QVERIFY(!result.errors.isEmpty());
        QVERIFY(result.catalog.isEmpty());
        for (const CatalogIssue &issue : result.errors) {
            QCOMPARE(issue.where.file, u"t.yaml"_s);
            QVERIFY(!issue.message.isEmpty());
        }
    }

    // --- the demo workspace --------------------------------------------------------------------

    void demoWorkspace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("source tree") << QStringLiteral(IC_DEMO_WORKSPACE_DIR);
        QTest::addRow("resources") << u":/demo-workspace"_s; // what the console shows without a checkout
    }

    void demoWorkspace()
    {
        QFETCH(QString, path);
        const auto result = CatalogLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(issuesText(result.warnings)));
        QVERIFY(result.files.size() >= 2); // services.yaml and the Backstage file
        const ic::ServiceCatalog &catalog = result.catalog;
        QVERIFY2(catalog.size() >= 38 && catalog.size() <= 50, qPrintable(QString::number(catalog.size())));

        // Ids the rest of the demo workspace refers to.
        for (const QString &id : {u"orders-db"_s, u"orders-api"_s, u"checkout"_s, u"api-gateway"_s})
            QVERIFY2(catalog.contains(id), qPrintable(id));
        QVERIFY(!catalog.find(u"orders-db"_s)->health.isEmpty());
        QVERIFY(catalog.find(u"orders-db"_s)->runbooks.contains(u"failover-orders-db"_s));

        QSet<QString> regions;
        QSet<int> tiers;
        bool vendorWithSla = false;
        bool backstage = false;
        bool native = false;
        for (const Service &s : catalog.services()) {
            QVERIFY2(s.tier, qPrintable(s.id));
            QVERIFY2(s.rtoMs && s.rpoMs && s.startupMs, qPrintable(s.id));
            QVERIFY2(!s.owner.isEmpty(), qPrintable(s.id));
            tiers.insert(*s.tier);
            if (!s.region.isEmpty())
                regions.insert(s.region);
            vendorWithSla = vendorWithSla || (s.vendor && !s.vendor->sla.isEmpty());
            backstage = backstage || s.kind != u"service";
            native = native || s.kind == u"service";
        }
        QCOMPARE(tiers, (QSet<int>{0, 1, 2, 3}));
        QVERIFY(regions.contains(u"eu-central"_s));
        QVERIFY(regions.contains(u"eu-west"_s));
        QVERIFY(vendorWithSla);
        QVERIFY(backstage && native);

        // At least one cycle, and every cycle passes through a soft edge.
        const auto hasCycle = [&catalog](bool hardOnly) {
            const qsizetype n = catalog.size();
            QList<int> state(n, 0); // 0 new, 1 on the stack, 2 done
            std::function<bool(qsizetype)> visit = [&](qsizetype v) {
                state[v] = 1;
                for (const ic::Dependency &d : catalog.services().at(v).dependsOn) {
                    if (hardOnly && d.soft)
                        continue;
                    const qsizetype w = catalog.indexOf(d.target);
                    if (state[w] == 1 || (state[w] == 0 && visit(w)))
                        return true;
                }
                state[v] = 2;
                return false;
            };
            for (qsizetype v = 0; v < n; ++v) {
                if (state[v] == 0 && visit(v))
                    return true;
            }
            return false;
        };
        QVERIFY(hasCycle(false));
        QVERIFY(!hasCycle(true));
    }
};

QTEST_GUILESS_MAIN(CatalogLoaderTest)
#include "tst_catalogloader.moc"
