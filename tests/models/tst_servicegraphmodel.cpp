// The service table with live health, failed marks and blast radius (under QAbstractItemModelTester),
// and the filtered / collapsed graph a graph view shows, on small catalogs checked by hand.

#include "CatalogLoader.h"
#include "ServiceGraphModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ic::CatalogLoader;
using ic::ServiceCatalog;
using ic::ServiceGraphFilter;
using ic::ServiceGraphModel;
using ic::VisibleServiceGraph;

using Health = ServiceGraphModel::HealthState;
using Impact = ServiceGraphModel::Impact;

namespace {

ServiceCatalog catalogFrom(const QByteArray &yaml)
{
    const CatalogLoader::Result result = CatalogLoader::loadFromString(yaml, u"t.yaml"_s);
    QStringList problems;
    for (const ic::CatalogIssue &issue : result.errors + result.warnings)
        problems.append(issue.toString());
    if (!problems.isEmpty())
        qFatal("test catalog does not load cleanly:\n%s", qPrintable(problems.join(u'\n')));
    return result.catalog;
}

// Rows: web 0, api 1, db 2, cache 3, mail 4, report 5, batch 6.
//   web → api, web ⇢ mail (soft); api → db, api ⇢ cache; report → db; batch ⇢ report.
const char *const ShopYaml = R"(services:
  - id: web
    name: Web shop
    tier: 1
    owner: shop
    region: eu
    site: fra-1
    depends_on: [api, {id: mail, soft: true}]
  - id: api
    tier: 1
    owner: shop
    region: eu
    site: fra-2
    depends_on: [db, {id: cache, soft: true}]
  - id: db
    tier: 0
    owner: dba
    region: eu
    site: fra-1
  - id: cache
    tier: 2
    owner: platform
    region: eu
  - id: mail
    tier: 3
    owner: platform
    region: external
  - id: report
    owner: analytics
    site: us-1
    depends_on: [db]
  - id: batch
    owner: analytics
    depends_on: [{id: report, soft: true}]
)";

const QStringList ShopIds = {u"web"_s, u"api"_s, u"db"_s, u"cache"_s, u"mail"_s, u"report"_s, u"batch"_s};

// One letter per row: None, Soft, Hard, Failed.
QString impactLetters(const ServiceGraphModel &model)
{
    QString letters;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int impact = model.index(row, 0).data(ServiceGraphModel::ImpactRole).toInt();
        letters.append(u"NSHF"_s.at(impact));
    }
    return letters;
}

// The rows named by the dataChanged signals recorded, sorted; fails when a signal does not span
// the whole row, when two signals overlap, or when any structural signal was emitted.
struct Signals {
    explicit Signals(ServiceGraphModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged),
          modelReset(model, &QAbstractItemModel::modelReset),
          layoutChanged(model, &QAbstractItemModel::layoutChanged),
          rowsInserted(model, &QAbstractItemModel::rowsInserted),
          rowsRemoved(model, &QAbstractItemModel::rowsRemoved),
          blastRadiusChanged(model, &ServiceGraphModel::blastRadiusChanged)
    {
    }

    QSignalSpy dataChanged, modelReset, layoutChanged, rowsInserted, rowsRemoved, blastRadiusChanged;

    void clear()
    {
        for (QSignalSpy *spy :
             {&dataChanged, &modelReset, &layoutChanged, &rowsInserted, &rowsRemoved, &blastRadiusChanged})
            spy->clear();
    }

    bool structureUnchanged() const
    {
        return modelReset.isEmpty() && layoutChanged.isEmpty() && rowsInserted.isEmpty() && rowsRemoved.isEmpty();
    }

    // Rows as "0-2 5-6" (one range per signal, in emission order), or an error text.
    QString changedRanges() const
    {
        QStringList ranges;
        for (const QList<QVariant> &args : dataChanged) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            if (topLeft.column() != 0 || bottomRight.column() != ServiceGraphModel::ColumnCount - 1)
                return u"dataChanged does not span all columns"_s;
            ranges.append(topLeft.row() == bottomRight.row()
                              ? QString::number(topLeft.row())
                              : u"%1-%2"_s.arg(topLeft.row()).arg(bottomRight.row()));
        }
        return ranges.join(u' ');
    }

    QList<int> rolesOf(qsizetype signal) const { return dataChanged.at(signal).at(2).value<QList<int>>(); }
};

QString shortId(const QString &id)
{
    // "component:default/cart" → "cart"; native ids stay.
    return id.contains(u':') ? id.section(u'/', -1) : id;
}

// "shop{frontend,cart} db search" — collapsed nodes list their members.
QString nodesText(const VisibleServiceGraph &graph)
{
    QStringList nodes;
    for (const VisibleServiceGraph::Node &node : graph.nodes) {
        QString text = shortId(node.id);
        if (node.collapsedSystem) {
            QStringList members;
            for (const QString &member : node.members)
                members.append(shortId(member));
            text += u'{' + members.join(u',') + u'}';
        } else if (node.members != QStringList{node.id}) {
            text += u"<bad members>"_s;
        }
        nodes.append(text);
    }
    return nodes.join(u' ');
}

// "a>b c~d": hard and soft edges in the graph's order.
QString edgesText(const VisibleServiceGraph &graph)
{
    QStringList edges;
    for (const VisibleServiceGraph::Edge &edge : graph.edges)
        edges.append(shortId(edge.from) + (edge.soft ? u'~' : u'>') + shortId(edge.to));
    return edges.join(u' ');
}

// Backstage System "shop" with members frontend and cart; outside it db, search, mailer and the
// native service reporting.
//   frontend → cart, frontend ⇢ search, frontend ⇢ mailer; cart → db, cart → search;
//   search → db; reporting → cart, reporting ⇢ frontend.
const char *const SystemYaml = R"(apiVersion: backstage.io/v1alpha1
kind: System
metadata: {name: shop, title: Web Shop}
spec: {owner: team-a}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: frontend
  annotations:
    incident-console/tier: "1"
    incident-console/region: eu
    incident-console/site: fra-1
    incident-console/soft-dependencies: component:search, component:mailer
spec:
  owner: team-a
  system: shop
  dependsOn: [component:cart, component:search, component:mailer]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: cart
  annotations:
    incident-console/tier: "0"
    incident-console/region: eu
    incident-console/site: fra-2
spec:
  owner: team-a
  system: shop
  dependsOn: [resource:db, component:search]
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: db
  annotations:
    incident-console/tier: "0"
    incident-console/region: eu
    incident-console/site: fra-1
spec: {owner: dba}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: search
  annotations:
    incident-console/tier: "2"
    incident-console/region: us
    incident-console/site: nyc-1
spec:
  owner: team-b
  dependsOn: [resource:db]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: mailer
  annotations:
    incident-console/region: us
    incident-console/site: nyc-1
spec: {owner: team-b}
---
services:
  - id: reporting
    owner: ops
    depends_on:
      - component:cart
      - {id: "component:frontend", soft: true}
)";

} // namespace

class ServiceGraphModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ServiceGraphModel::ColumnCount));
        QVERIFY(!model.setHealth(u"web"_s, Health::Down));
        QVERIFY(!model.setFailed(u"web"_s, true));
        model.clearFailed();
        QVERIFY(model.failedIds().isEmpty());
        model.setCatalog(ServiceCatalog());
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        QCOMPARE(model.rowCount(), 7);
        for (int row = 0; row < 7; ++row) {
            QCOMPARE(model.rowOf(ShopIds.at(row)), row);
            QCOMPARE(model.index(row, 0).data(ServiceGraphModel::IdRole).toString(), ShopIds.at(row));
        }
        QCOMPARE(model.rowOf(u"nope"_s), -1);

        auto display = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(display(0, ServiceGraphModel::IdColumn), u"web"_s);
        QCOMPARE(display(0, ServiceGraphModel::NameColumn), u"Web shop"_s);
        QCOMPARE(display(1, ServiceGraphModel::NameColumn), u"api"_s); // no name: the id
        QCOMPARE(display(0, ServiceGraphModel::TierColumn), u"Tier 1"_s);
        QCOMPARE(display(5, ServiceGraphModel::TierColumn), u"No tier"_s);
        QCOMPARE(display(0, ServiceGraphModel::OwnerColumn), u"shop"_s);
        QCOMPARE(display(0, ServiceGraphModel::LocationColumn), u"eu / fra-1"_s);
        QCOMPARE(display(3, ServiceGraphModel::LocationColumn), u"eu"_s);
        QCOMPARE(display(5, ServiceGraphModel::LocationColumn), u"us-1"_s);
        QCOMPARE(display(6, ServiceGraphModel::LocationColumn), QString());
        QCOMPARE(display(0, ServiceGraphModel::HealthColumn), u"Unknown"_s);
        QCOMPARE(display(0, ServiceGraphModel::ImpactColumn), u"Not affected"_s);

        const QModelIndex web = model.index(0, 0);
        QCOMPARE(web.data(ServiceGraphModel::NameRole).toString(), u"Web shop"_s);
        QCOMPARE(web.data(ServiceGraphModel::KindRole).toString(), u"service"_s);
        QCOMPARE(web.data(ServiceGraphModel::TierRole), QVariant(1));
        QVERIFY(!model.index(5, 0).data(ServiceGraphModel::TierRole).isValid());
        QCOMPARE(model.index(2, 0).data(ServiceGraphModel::TierRole), QVariant(0));
        QCOMPARE(web.data(ServiceGraphModel::OwnerRole).toString(), u"shop"_s);
        QCOMPARE(web.data(ServiceGraphModel::SiteRole).toString(), u"fra-1"_s);
        QCOMPARE(web.data(ServiceGraphModel::RegionRole).toString(), u"eu"_s);
        QCOMPARE(web.data(ServiceGraphModel::SystemRole).toString(), QString());
        QCOMPARE(web.data(ServiceGraphModel::HealthRole).toInt(), int(Health::Unknown));
        QCOMPARE(web.data(ServiceGraphModel::FailedRole).toBool(), false);
        QCOMPARE(web.data(ServiceGraphModel::ImpactRole).toInt(), int(Impact::None));

        QVERIFY(model.setHealth(u"web"_s, Health::Degraded, u"p99 latency 2.3 s"_s));
        const QModelIndex health = model.index(0, ServiceGraphModel::HealthColumn);
        QCOMPARE(health.data().toString(), u"Degraded"_s);
        QCOMPARE(health.data(Qt::ToolTipRole).toString(), u"p99 latency 2.3 s"_s);
        QCOMPARE(web.data(ServiceGraphModel::HealthDetailRole).toString(), u"p99 latency 2.3 s"_s);
        QCOMPARE(model.healthDetail(u"web"_s), u"p99 latency 2.3 s"_s);
        QVERIFY(!web.data(Qt::ToolTipRole).isValid()); // only the health cell explains itself

        QCOMPARE(model.headerData(ServiceGraphModel::IdColumn, Qt::Horizontal).toString(), u"Id"_s);
        QCOMPARE(model.headerData(ServiceGraphModel::ImpactColumn, Qt::Horizontal).toString(), u"Blast radius"_s);
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void impacts_data()
    {
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QStringList>("down");
        QTest::addColumn<QString>("impacts"); // rows web api db cache mail report batch

        QTest::addRow("nothing") << QStringList() << QStringList() << u"NNNNNNN"_s;
        // api and web have a hard path to db, report too; batch only through its soft edge.
        QTest::addRow("db failed") << QStringList{u"db"_s} << QStringList() << u"HHFNNHS"_s;
        QTest::addRow("db down") << QStringList() << QStringList{u"db"_s} << u"HHFNNHS"_s;
        // api needs cache only softly, so api and web run degraded.
        QTest::addRow("cache failed") << QStringList{u"cache"_s} << QStringList() << u"SSNFNNN"_s;
        QTest::addRow("mail down") << QStringList() << QStringList{u"mail"_s} << u"SNNNFNN"_s;
        QTest::addRow("cache and mail") << QStringList{u"cache"_s} << QStringList{u"mail"_s} << u"SSNFFNN"_s;
        // A hard path wins over a soft one.
        QTest::addRow("db and cache") << QStringList{u"cache"_s} << QStringList{u"db"_s} << u"HHFFNHS"_s;
        QTest::addRow("report") << QStringList{u"report"_s} << QStringList() << u"NNNNNFS"_s;
        QTest::addRow("web: nothing depends on it") << QStringList{u"web"_s} << QStringList() << u"FNNNNNN"_s;
        QTest::addRow("failed and down at once") << QStringList{u"db"_s} << QStringList{u"db"_s} << u"HHFNNHS"_s;
    }

    void impacts()
    {
        QFETCH(QStringList, failed);
        QFETCH(QStringList, down);
        QFETCH(QString, impacts);
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        // Healthy and Degraded do not count.
        for (const QString &id : ShopIds)
            QVERIFY(model.setHealth(id, id == u"cache" ? Health::Degraded : Health::Healthy));
        for (const QString &id : failed)
            QVERIFY(model.setFailed(id, true));
        for (const QString &id : down)
            QVERIFY(model.setHealth(id, Health::Down));
        QCOMPARE(impactLetters(model), impacts);
        for (int row = 0; row < 7; ++row) {
            const auto expected = Impact(u"NSHF"_s.indexOf(impacts.at(row)));
            QCOMPARE(model.impact(ShopIds.at(row)), expected);
            QCOMPARE(model.index(row, ServiceGraphModel::ImpactColumn).data().toString(),
                     ServiceGraphModel::impactText(expected));
        }
        // The blast radius the model exposes is the algorithm's on failed + down.
        QStringList all = failed + down;
        all.sort();
        all.removeDuplicates();
        QCOMPARE(model.blastRadius().failed, all);
        QCOMPARE(model.blastRadius().hard.size() + model.blastRadius().soft.size() + all.size(),
                 impacts.size() - impacts.count(u'N'));
        QStringList failedSorted = failed;
        failedSorted.sort();
        QCOMPARE(model.failedIds(), failedSorted);

        // Everything back to normal: no impact left.
        model.clearFailed();
        for (const QString &id : down)
            QVERIFY(model.setHealth(id, Health::Healthy));
        QCOMPARE(impactLetters(model), u"NNNNNNN"_s);
        QVERIFY(model.blastRadius().failed.isEmpty());
        QVERIFY(model.failedIds().isEmpty());
    }

    // Health and failed marks change rows, never the structure, and only the rows they affect.
    void changesEmitDataChangedOnly()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        Signals spy(&model);

        // db fails: db, api, web, report and batch change; cache and mail do not.
        QVERIFY(model.setFailed(u"db"_s, true));
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"0-2 5-6"_s);
        QVERIFY(spy.rolesOf(0).contains(ServiceGraphModel::ImpactRole));
        QVERIFY(spy.rolesOf(0).contains(ServiceGraphModel::FailedRole));
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        QCOMPARE(impactLetters(model), u"HHFNNHS"_s);
        QVERIFY(model.isFailed(u"db"_s));
        QCOMPARE(model.index(2, 0).data(ServiceGraphModel::FailedRole).toBool(), true);
        spy.clear();

        // Marking it again changes nothing.
        QVERIFY(model.setFailed(u"db"_s, true));
        QCOMPARE(spy.dataChanged.count(), 0);
        QCOMPARE(spy.blastRadiusChanged.count(), 0);

        // cache fails too: api keeps its hard impact, so only cache's row changes.
        QVERIFY(model.setFailed(u"cache"_s, true));
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"3"_s);
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        spy.clear();

        // db recovers: api and web drop to soft (cache), report and batch are free again.
        QVERIFY(model.setFailed(u"db"_s, false));
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"0-2 5-6"_s);
        QCOMPARE(impactLetters(model), u"SSNFNNN"_s);
        spy.clear();

        // A health change that does not touch the blast radius: that one row only.
        QVERIFY(model.setHealth(u"mail"_s, Health::Degraded));
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"4"_s);
        QVERIFY(spy.rolesOf(0).contains(ServiceGraphModel::HealthRole));
        QCOMPARE(spy.blastRadiusChanged.count(), 0);
        QCOMPARE(model.health(u"mail"_s), Health::Degraded);
        spy.clear();
        QVERIFY(model.setHealth(u"mail"_s, Health::Degraded)); // same again: nothing
        QCOMPARE(spy.dataChanged.count(), 0);
        QVERIFY(model.setHealth(u"mail"_s, Health::Degraded, u"queue 2,000 deep"_s)); // new detail
        QCOMPARE(spy.changedRanges(), u"4"_s);
        spy.clear();

        // Down counts into the blast radius: report goes down, batch (soft) follows.
        QVERIFY(model.setHealth(u"report"_s, Health::Down));
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"5-6"_s);
        QCOMPARE(impactLetters(model), u"SSNFNFS"_s);
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        QVERIFY(!model.isFailed(u"report"_s)); // down, not marked
        spy.clear();

        // Degraded after Down: out of the blast radius again.
        QVERIFY(model.setHealth(u"report"_s, Health::Degraded));
        QCOMPARE(spy.changedRanges(), u"5-6"_s);
        QCOMPARE(impactLetters(model), u"SSNFNNN"_s);
        spy.clear();

        // Clearing the marks: cache, api and web.
        model.clearFailed();
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(spy.changedRanges(), u"0-1 3"_s);
        QCOMPARE(impactLetters(model), u"NNNNNNN"_s);
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        spy.clear();
        model.clearFailed(); // nothing marked: no signal
        QCOMPARE(spy.dataChanged.count(), 0);
        QCOMPARE(spy.blastRadiusChanged.count(), 0);
    }

    void batchHealthUpdate()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        QVERIFY(model.setHealth(u"cache"_s, Health::Healthy));
        Signals spy(&model);

        const QList<ServiceGraphModel::HealthUpdate> updates = {
            {u"web"_s, Health::Healthy, {}},
            {u"db"_s, Health::Down, u"connection refused"_s},
            {u"ghost"_s, Health::Down, {}},
            {u"cache"_s, Health::Healthy, {}}, // unchanged
            {u"batch"_s, Health::Healthy, {}},
        };
        QCOMPARE(model.setHealth(updates), 4);
        QVERIFY(spy.structureUnchanged());
        // web, db and batch changed health; api and report (and web, batch) their impact.
        QCOMPARE(spy.changedRanges(), u"0-2 5-6"_s);
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        QCOMPARE(impactLetters(model), u"HHFNNHS"_s);
        QCOMPARE(model.health(u"db"_s), Health::Down);
        QCOMPARE(model.healthDetail(u"db"_s), u"connection refused"_s);
        QCOMPARE(model.health(u"ghost"_s), Health::Unknown);
        spy.clear();

        QCOMPARE(model.setHealth(QList<ServiceGraphModel::HealthUpdate>{}), 0);
        QCOMPARE(model.setHealth(QList<ServiceGraphModel::HealthUpdate>{{u"ghost"_s, Health::Down, {}}}), 0);
        QCOMPARE(spy.dataChanged.count(), 0);
    }

    void unknownIds()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        Signals spy(&model);
        QVERIFY(!model.setHealth(u"ghost"_s, Health::Down));
        QVERIFY(!model.setFailed(u"ghost"_s, true));
        QVERIFY(!model.setFailed(u"Web"_s, true)); // ids are case-sensitive
        QVERIFY(!model.setHealth(QString(), Health::Down));
        QCOMPARE(spy.dataChanged.count(), 0);
        QCOMPARE(spy.blastRadiusChanged.count(), 0);
        QVERIFY(spy.structureUnchanged());
        QCOMPARE(model.health(u"ghost"_s), Health::Unknown);
        QCOMPARE(model.healthDetail(u"ghost"_s), QString());
        QCOMPARE(model.impact(u"ghost"_s), Impact::None);
        QVERIFY(!model.isFailed(u"ghost"_s));
        QCOMPARE(impactLetters(model), u"NNNNNNN"_s);
    }

    // A reloaded catalog keeps what is known about the services that are still in it.
    void setCatalogKeepsState()
    {
        ServiceGraphModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(catalogFrom(ShopYaml));
        QVERIFY(model.setFailed(u"db"_s, true));
        QVERIFY(model.setHealth(u"api"_s, Health::Degraded, u"slow"_s));
        QVERIFY(model.setHealth(u"cache"_s, Health::Down));
        QVERIFY(model.setFailed(u"mail"_s, true));
        QCOMPARE(impactLetters(model), u"HHFFFHS"_s);

        Signals spy(&model);
        // cache and mail are gone, queue is new, web now depends on queue instead of api, and the
        // order changed.
        model.setCatalog(catalogFrom(R"(services:
  - id: queue
  - id: db
  - id: api
    depends_on: [db]
  - id: web
    depends_on: [{id: queue, soft: true}]
)"));
        QCOMPARE(spy.modelReset.count(), 1);
        QCOMPARE(spy.blastRadiusChanged.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isFailed(u"db"_s));
        QCOMPARE(model.health(u"api"_s), Health::Degraded);
        QCOMPARE(model.healthDetail(u"api"_s), u"slow"_s);
        QCOMPARE(model.health(u"web"_s), Health::Unknown);
        QCOMPARE(model.health(u"queue"_s), Health::Unknown);
        QCOMPARE(model.failedIds(), QStringList{u"db"_s});
        QVERIFY(!model.isFailed(u"mail"_s));
        // Impacts follow the new edges: queue, db (failed), api (hard), web (nothing failed below).
        QCOMPARE(impactLetters(model), u"NFHN"_s);
        QCOMPARE(model.index(model.rowOf(u"api"_s), 0).data(ServiceGraphModel::HealthRole).toInt(),
                 int(Health::Degraded));

        // Services that were dropped and come back start from nothing.
        model.setCatalog(catalogFrom(ShopYaml));
        QCOMPARE(model.health(u"cache"_s), Health::Unknown);
        QVERIFY(!model.isFailed(u"mail"_s));
        QVERIFY(model.isFailed(u"db"_s));
        QCOMPARE(impactLetters(model), u"HHFNNHS"_s);

        // An empty catalog forgets everything.
        model.setCatalog(ServiceCatalog());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.failedIds().isEmpty());
        QVERIFY(model.blastRadius().failed.isEmpty());
        model.setCatalog(catalogFrom(ShopYaml));
        QCOMPARE(impactLetters(model), u"NNNNNNN"_s);
    }

    void texts()
    {
        QCOMPARE(ServiceGraphModel::tierText(0), u"Tier 0"_s);
        QCOMPARE(ServiceGraphModel::tierText(3), u"Tier 3"_s);
        QCOMPARE(ServiceGraphModel::tierText(std::nullopt), u"No tier"_s);
        QStringList health, impact;
        for (Health h : {Health::Unknown, Health::Healthy, Health::Degraded, Health::Down})
            health.append(ServiceGraphModel::healthText(h));
        for (Impact i : {Impact::None, Impact::Soft, Impact::Hard, Impact::Failed})
            impact.append(ServiceGraphModel::impactText(i));
        QCOMPARE(health.removeDuplicates(), 0);
        QCOMPARE(impact.removeDuplicates(), 0);
        QVERIFY(!health.contains(QString()));
        QVERIFY(!impact.contains(QString()));
    }

    // ---- the graph a view shows ------------------------------------------------------------

    void systemCatalogLoads()
    {
        const ServiceCatalog catalog = catalogFrom(SystemYaml);
        QStringList ids;
        for (const ic::Service &s : catalog.services())
            ids.append(shortId(s.id));
        QCOMPARE(ids, (QStringList{u"shop"_s, u"frontend"_s, u"cart"_s, u"db"_s, u"search"_s, u"mailer"_s,
                                   u"reporting"_s}));
        QCOMPARE(catalog.find(u"component:default/cart"_s)->system, u"system:default/shop"_s);
    }

    void visibleGraph_data()
    {
        QTest::addColumn<QList<int>>("tiers");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("site");
        QTest::addColumn<bool>("collapse");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("edges");

        const QList<int> all;
        QTest::addRow("everything") << all << QString() << QString() << QString() << false
                                    << u"shop frontend cart db search mailer reporting"_s
                                    << u"frontend>cart frontend~search frontend~mailer cart>db cart>search search>db "
                                       "reporting>cart reporting~frontend"_s;
        // The System becomes one node; frontend ⇢ search and cart → search merge to a hard edge,
        // reporting → cart and reporting ⇢ frontend too; frontend → cart disappears inside.
        QTest::addRow("collapsed") << all << QString() << QString() << QString() << true
                                   << u"shop{shop,frontend,cart} db search mailer reporting"_s
                                   << u"shop>search shop~mailer shop>db search>db reporting>shop"_s;
        QTest::addRow("tier 0") << QList<int>{0} << QString() << QString() << QString() << false
                                << u"cart db"_s << u"cart>db"_s;
        QTest::addRow("no tier") << QList<int>{-1} << QString() << QString() << QString() << false
                                 << u"shop mailer reporting"_s << QString();
        QTest::addRow("tier 0 and no tier") << QList<int>{0, -1} << QString() << QString() << QString() << false
                                            << u"shop cart db mailer reporting"_s << u"cart>db reporting>cart"_s;
        QTest::addRow("tiers 1 and 2") << QList<int>{1, 2} << QString() << QString() << QString() << false
                                       << u"frontend search"_s << u"frontend~search"_s;
        QTest::addRow("tier 3: none") << QList<int>{3} << QString() << QString() << QString() << false
                                      << QString() << QString();
        QTest::addRow("owner") << all << u"team-b"_s << QString() << QString() << false << u"search mailer"_s
                               << QString();
        QTest::addRow("owner, collapsed") << all << u"team-a"_s << QString() << QString() << true
                                          << u"shop{shop,frontend,cart}"_s << QString();
        QTest::addRow("unknown owner") << all << u"nobody"_s << QString() << QString() << false << QString()
                                       << QString();
        QTest::addRow("region") << all << QString() << u"eu"_s << QString() << false << u"frontend cart db"_s
                                << u"frontend>cart cart>db"_s;
        // The System itself has no region: its node shows the members that pass the filter.
        QTest::addRow("region, collapsed") << all << QString() << u"eu"_s << QString() << true
                                           << u"shop{frontend,cart} db"_s << u"shop>db"_s;
        QTest::addRow("site") << all << QString() << QString() << u"fra-1"_s << false << u"frontend db"_s
                              << QString();
        QTest::addRow("site, collapsed") << all << QString() << QString() << u"fra-1"_s << true
                                         << u"shop{frontend} db"_s << QString();
        QTest::addRow("region and site") << all << QString() << u"us"_s << u"nyc-1"_s << false
                                         << u"search mailer"_s << QString();
        QTest::addRow("filters combine") << QList<int>{0} << u"team-a"_s << u"eu"_s << QString() << false
                                         << u"cart"_s << QString();
    }

    void visibleGraph()
    {
        QFETCH(QList<int>, tiers);
        QFETCH(QString, owner);
        QFETCH(QString, region);
        QFETCH(QString, site);
        QFETCH(bool, collapse);
        QFETCH(QString, nodes);
        QFETCH(QString, edges);

        const ServiceCatalog catalog = catalogFrom(SystemYaml);
        ServiceGraphFilter filter;
        filter.tiers = tiers;
        filter.owner = owner;
        filter.region = region;
        filter.site = site;
        filter.collapseSystems = collapse;
        const VisibleServiceGraph graph = ic::visibleServiceGraph(catalog, filter);
        QCOMPARE(nodesText(graph), nodes);
        QCOMPARE(edgesText(graph), edges);

        // Every edge joins two nodes of the graph, and no node is its own dependency.
        for (const VisibleServiceGraph::Edge &edge : graph.edges) {
            QVERIFY(graph.indexOf(edge.from) >= 0);
            QVERIFY(graph.indexOf(edge.to) >= 0);
            QVERIFY(edge.from != edge.to);
        }
        // nodeOf() finds each shown service and nothing for hidden ones.
        for (const ic::Service &service : catalog.services()) {
            const QString node = graph.nodeOf(service.id);
            bool shown = false;
            for (const VisibleServiceGraph::Node &n : graph.nodes)
                shown = shown || n.members.contains(service.id);
            QCOMPARE(!node.isEmpty(), shown);
            if (shown)
                QVERIFY(graph.nodes.at(graph.indexOf(node)).members.contains(service.id));
        }
        // The same input gives the same graph (a view compares to skip relayouts).
        QCOMPARE(ic::visibleServiceGraph(catalog, filter), graph);
    }

    void collapsedNodeDetails()
    {
        const ServiceCatalog catalog = catalogFrom(SystemYaml);
        ServiceGraphFilter filter;
        filter.collapseSystems = true;
        const VisibleServiceGraph graph = ic::visibleServiceGraph(catalog, filter);
        const qsizetype shop = graph.indexOf(u"system:default/shop"_s);
        QVERIFY(shop >= 0);
        const VisibleServiceGraph::Node &node = graph.nodes.at(shop);
        QVERIFY(node.collapsedSystem);
        QCOMPARE(node.label, u"Web Shop"_s); // the System's title
        QCOMPARE(node.tier, std::optional<int>(0)); // cart's, the most critical member
        QCOMPARE(graph.nodeOf(u"component:default/frontend"_s), u"system:default/shop"_s);
        QCOMPARE(graph.nodeOf(u"system:default/shop"_s), u"system:default/shop"_s);
        QCOMPARE(graph.nodeOf(u"reporting"_s), u"reporting"_s);
        QCOMPARE(graph.nodeOf(u"nope"_s), QString());
        QCOMPARE(graph.indexOf(u"component:default/frontend"_s), -1);

        const VisibleServiceGraph::Node &mailer = graph.nodes.at(graph.indexOf(u"component:default/mailer"_s));
        QVERIFY(!mailer.collapsedSystem);
        QCOMPARE(mailer.label, u"mailer"_s);
        QCOMPARE(mailer.tier, std::nullopt);

        // Not collapsed, the System is a node of its own, like any service.
        const VisibleServiceGraph flat = ic::visibleServiceGraph(catalog, {});
        const VisibleServiceGraph::Node &system = flat.nodes.at(flat.indexOf(u"system:default/shop"_s));
        QVERIFY(!system.collapsedSystem);
        QCOMPARE(system.members, QStringList{u"system:default/shop"_s});
        QCOMPARE(system.tier, std::nullopt);
        QCOMPARE(flat.nodeOf(u"component:default/frontend"_s), u"component:default/frontend"_s);
    }

    void emptyCatalogGraph()
    {
        const VisibleServiceGraph graph = ic::visibleServiceGraph(ServiceCatalog(), {});
        QVERIFY(graph.nodes.isEmpty());
        QVERIFY(graph.edges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ServiceGraphModelTest)
#include "tst_servicegraphmodel.moc"
