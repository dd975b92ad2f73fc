// The service graph the way a commander uses it: the catalog laid out off the GUI thread, nodes
// selected by click and keyboard, details shown, filters and search, failures highlighted
// without a new layout, "Mark failed" recorded on the incident's timeline and taken back by
// undo, and the picture exported.

#include "CatalogLoader.h"
#include "GraphLayout.h"
#include "Incident.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Presentation.h"
#include "ServiceDetailsPanel.h"
#include "ServiceGraphItems.h"
#include "ServiceGraphLegend.h"
#include "ServiceGraphModel.h"
#include "ServiceGraphPanel.h"
#include "ServiceGraphView.h"
#include "TestFiles.h"
#include "TimelineStore.h"
#include "WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

using Health = ServiceGraphModel::HealthState;
using Impact = ServiceGraphModel::Impact;

// Eight services: web → checkout → payments (third party) and orders-db; web ⇢ search (soft)
// → search-index; reports → orders-db (no tier); search and search-index belong to a System.
const QByteArray SmallCatalog = R"(services:
  - id: web
    name: Web Shop
    tier: 1
    owner: shop
    region: eu-central
    site: fra-1
    depends_on: [checkout, {id: search, soft: true}]
  - id: checkout
    name: Checkout
    tier: 0
    owner: shop
    contacts: ["#shop-oncall", shop-lead@example.com]
    region: eu-central
    site: fra-1
    rto: 15m
    rpo: 30s
    startup_time: 2m
    depends_on: [payments, orders-db]
    runbooks: [failover-orders-db]
    health: health/checkout
  - id: payments
    name: Payments
    tier: 0
    owner: payments-team
    region: eu-central
    site: fra-2
    vendor: {name: PayCo, sla: "99.95%"}
  - id: orders-db
    name: Orders Database
    tier: 1
    owner: dba
    region: eu-central
    site: fra-2
  - id: search
    name: Product Search
    tier: 2
    owner: search-team
    region: eu-west
    site: dub-1
    system: search-system
    depends_on: [search-index]
  - id: search-index
    name: Search Index
    tier: 3
    owner: search-team
    region: eu-west
    site: dub-1
    system: search-system
  - id: reports
    name: Reports
    owner: analytics
    region: eu-west
    site: dub-1
    depends_on: [orders-db]
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: search-system
  title: Search System
spec:
  owner: search-team
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: search-team
spec:
  type: team
  children: []
)";

const QString SearchSystem = u"system:default/search-system"_s;

bool waitForLayout(ServiceGraphView *view, int timeoutMs = 15000)
{
    return QTest::qWaitFor([view] { return !view->isLayingOut(); }, timeoutMs);
}

QSet<QString> shownNodes(const ServiceGraphView *view)
{
    const QStringList ids = view->nodeIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// A panel with its model and a details panel wired the way the window wires them.
struct GraphFixture {
    GraphFixture()
    {
        const CatalogLoader::Result loaded = CatalogLoader::loadFromString(SmallCatalog, u"test.yaml"_s);
        ok = loaded.ok();
        for (const CatalogIssue &issue : loaded.errors)
            qWarning() << issue.toString();
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(loaded.catalog);
        details.setModel(&model);
        QObject::connect(&panel, &ServiceGraphPanel::serviceSelected, &details, &ServiceDetailsPanel::setService);
        panel.resize(1000, 600);
        panel.setModel(&model);
        panel.show();
    }
    ServiceGraphView *view() const { return panel.view(); }

    bool ok = false;
    ServiceGraphModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ServiceGraphPanel panel;
    ServiceDetailsPanel details;
};

// A gateway in front of `chains` chains api-N → store-N → the shared ledger: laid out left to
// right, ranks of `chains` nodes, a drawing far taller than wide.
QByteArray tallCatalog(int chains)
{
    QByteArray yaml = "services:\n  - id: gateway\n    depends_on: [";
    for (int i = 0; i < chains; ++i)
        yaml += (i > 0 ? ", api-" : "api-") + QByteArray::number(i);
    yaml += "]\n  - id: ledger\n";
    for (int i = 0; i < chains; ++i) {
        const QByteArray n = QByteArray::number(i);
        yaml += "  - id: api-" + n + "\n    depends_on: [store-" + n + "]\n";
        yaml += "  - id: store-" + n + "\n    depends_on: [ledger]\n";
    }
    return yaml;
}

// Empty when the two pictures are the same pixel for pixel; else what differs, for the failure.
QString pictureDifference(const QImage &shown, const QImage &expected)
{
    if (shown.size() != expected.size())
        return u"size %1x%2, expected %3x%4"_s.arg(shown.width()).arg(shown.height()).arg(expected.width())
            .arg(expected.height());
    const QImage a = shown.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    QRect where;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++count;
                where |= QRect(x, y, 1, 1);
            }
        }
    }
    if (count == 0)
        return {};
    return u"%1 pixels differ, within %2,%3 %4x%5"_s.arg(count).arg(where.x()).arg(where.y()).arg(where.width())
        .arg(where.height());
}

// QCOMPARE for pictures, saying how they differ.
#define COMPARE_PICTURES(shown, expected)                                                                   \
    do {                                                                                                    \
        const QString difference = pictureDifference(shown, expected);                                      \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                             \
    } while (false)

// Writes `services` as the services.yaml of a workspace folder; returns the folder, empty if it
// could not.
QString writeWorkspace(const QString &folder, const QByteArray &services)
{
    return writeFile(QDir(folder).filePath(u"services.yaml"_s), services) ? folder : QString();
}

} // namespace

class TestServiceGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void laysOutOffTheGuiThread();
    void selectByApiAndClick();
    void filters_data();
    void filters();
    void search();
    void failureHighlightWithoutNewLayout();
    void keyboardNavigation();
    void zoomAndFit();
    void fitShowsAVeryTallGraph();
    void edgeBackgroundIsNeverStale_data();
    void edgeBackgroundIsNeverStale();
    void exportPngAndSvg();
    void exportErrors_data();
    void exportErrors();
    void layoutErrorIsShown();
    void legendExplainsTheCues();
    void windowLoadsTheBundledDemo();
    void windowShowsCatalogErrors();
    void markFailedThroughTheWindow();
    void markRefusedWithoutWritableIncident();
    void openedIncidentSetsTheMarks();

private:
    QTemporaryDir m_dir;
};

void TestServiceGraph::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateWidgetTest(m_dir.filePath(u"config"_s), u"tst_servicegraph"_s);
}

void TestServiceGraph::init()
{
    QSettings().clear();
}

void TestServiceGraph::laysOutOffTheGuiThread()
{
    GraphFixture f;
    QVERIFY(f.ok);
    // The request went to the layout thread; its answer needs the event loop, so the view is
    // still waiting and says so.
    QVERIFY(f.view()->isLayingOut());
    QCOMPARE(f.view()->overlayText(), u"Laying out 8 services…"_s);
    QVERIFY(f.view()->nodeIds().isEmpty());
    QVERIFY(waitForLayout(f.view()));
    QVERIFY(f.view()->layoutError().isEmpty());
    QVERIFY(f.view()->overlayText().isEmpty());
    QCOMPARE(shownNodes(f.view()), QSet<QString>({u"web"_s, u"checkout"_s, u"payments"_s, u"orders-db"_s, u"search"_s,
                                                   u"search-index"_s, u"reports"_s, SearchSystem}));
    // Direction: every edge goes from the dependent to the dependency; soft ones are dashed.
    ServiceEdgeItem *hard = f.view()->edgeItem(u"web"_s, u"checkout"_s);
    ServiceEdgeItem *soft = f.view()->edgeItem(u"web"_s, u"search"_s);
    QVERIFY(hard && soft);
    QVERIFY(!f.view()->edgeItem(u"checkout"_s, u"web"_s));
    QCOMPARE(hard->pen().style(), Qt::SolidLine);
    QCOMPARE(soft->pen().style(), Qt::CustomDashLine);
    // The arrowhead touches the dependency, not the dependent.
    QVERIFY(!hard->arrowHead().isEmpty());
    const QPointF tip = hard->arrowHead().first();
    const QRectF checkoutBody = f.view()->nodeItem(u"checkout"_s)->sceneBoundingRect();
    const QRectF webBody = f.view()->nodeItem(u"web"_s)->sceneBoundingRect();
    QVERIFY(checkoutBody.contains(tip));
    QVERIFY(!webBody.contains(tip));
    // Tier shows as badge text and as the border: tier 0 heavier than tier 3.
    QVERIFY(f.view()->nodeItem(u"checkout"_s)->borderPen().widthF()
            > f.view()->nodeItem(u"search-index"_s)->borderPen().widthF());
    QCOMPARE(f.panel.legend()->summary(), u"8 services"_s);
    QCOMPARE(f.panel.layoutClient()->generation(), quint64(1));
}

void TestServiceGraph::selectByApiAndClick()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    QVERIFY(f.details.plainText().contains(u"No service selected"_s));
    QSignalSpy selected(&f.panel, &ServiceGraphPanel::serviceSelected);

    QVERIFY(f.panel.selectService(u"checkout"_s));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toString(), u"checkout"_s);
    QVERIFY(f.view()->nodeItem(u"checkout"_s)->isNodeSelected());
    QCOMPARE(f.details.serviceId(), u"checkout"_s);
    const QString text = f.details.plainText();
    for (const QString &expected : {u"Checkout"_s, u"checkout · Tier 0"_s, u"shop"_s, u"#shop-oncall"_s,
                                    u"shop-lead@example.com"_s, u"site fra-1, region eu-central"_s, u"15 m"_s,
                                    u"30 s"_s, u"2 m"_s, u"failover-orders-db"_s, u"health/checkout"_s,
                                    u"Depends on (2)"_s, u"Payments"_s, u"Orders Database"_s, u"Needed by (1)"_s,
                                    u"Web Shop"_s, u"Unknown"_s, u"Not affected"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));

    // A click on another node's body selects it; the vendor and SLA show.
    ServiceNodeItem *payments = f.view()->nodeItem(u"payments"_s);
    f.view()->centerOn(payments);
    const QPoint at = f.view()->mapFromScene(payments->scenePos());
    QVERIFY(f.view()->viewport()->rect().contains(at));
    QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(f.view()->selectedNodeId(), u"payments"_s);
    QVERIFY(!f.view()->nodeItem(u"checkout"_s)->isNodeSelected());
    QVERIFY(payments->isNodeSelected());
    QVERIFY2(f.details.plainText().contains(u"PayCo, SLA 99.95%"_s), qPrintable(f.details.plainText()));

    // A click on the empty canvas lets go of the selection.
    const QRectF scene = f.view()->scene()->itemsBoundingRect();
    QPoint empty = f.view()->mapFromScene(scene.topLeft() - QPointF(8, 8));
    if (!f.view()->viewport()->rect().contains(empty) || !f.view()->items(empty).isEmpty()) {
        f.view()->centerOn(scene.topLeft());
        empty = f.view()->mapFromScene(scene.topLeft() - QPointF(8, 8));
    }
    QVERIFY(f.view()->items(empty).isEmpty());
    QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, empty);
    QVERIFY(f.view()->selectedNodeId().isEmpty());
    QVERIFY(f.details.plainText().contains(u"No service selected"_s));

    // Links in the details select the dependency.
    f.details.setService(u"checkout"_s);
    QSignalSpy link(&f.details, &ServiceDetailsPanel::serviceLinkActivated);
    QVERIFY(f.details.browser()->toHtml().contains(u"service:"_s));
    Q_EMIT f.details.browser()->anchorClicked(QUrl(u"service:%1"_s.arg(f.model.rowOf(u"orders-db"_s))));
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.last().at(0).toString(), u"orders-db"_s);
}

void TestServiceGraph::filters_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QVariant>("choice");
    QTest::addColumn<bool>("collapse");
    QTest::addColumn<QStringList>("shown");

    QTest::addRow("tier 0") << u"tierFilter"_s << QVariant(QVariantList{0}) << false
                            << QStringList{u"checkout"_s, u"payments"_s};
    QTest::addRow("tiers 0-1") << u"tierFilter"_s << QVariant(QVariantList{0, 1}) << false
                               << QStringList{u"web"_s, u"checkout"_s, u"payments"_s, u"orders-db"_s};
    // The System entity has no tier annotation either.
    QTest::addRow("without tier") << u"tierFilter"_s << QVariant(QVariantList{-1}) << false
                                  << QStringList{u"reports"_s, SearchSystem};
    QTest::addRow("team shop") << u"teamFilter"_s << QVariant(u"shop"_s) << false
                               << QStringList{u"web"_s, u"checkout"_s};
    QTest::addRow("site dub-1") << u"siteFilter"_s << QVariant(QStringList{u"eu-west"_s, u"dub-1"_s}) << false
                                << QStringList{u"search"_s, u"search-index"_s, u"reports"_s};
    QTest::addRow("region eu-central") << u"siteFilter"_s << QVariant(QStringList{u"eu-central"_s, QString()})
                                       << false
                                       << QStringList{u"web"_s, u"checkout"_s, u"payments"_s, u"orders-db"_s};
    QTest::addRow("collapsed systems") << QString() << QVariant() << true
                                       << QStringList{u"web"_s, u"checkout"_s, u"payments"_s, u"orders-db"_s,
                                                      u"reports"_s, SearchSystem};
}

void TestServiceGraph::filters()
{
    QFETCH(QString, combo);
    QFETCH(QVariant, choice);
    QFETCH(bool, collapse);
    QFETCH(QStringList, shown);

    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    QCOMPARE(f.view()->nodeIds().size(), 8);

    const quint64 before = f.panel.layoutClient()->generation();
    if (!combo.isEmpty()) {
        auto *box = f.panel.findChild<QComboBox *>(combo);
        QVERIFY(box);
        const int index = box->findData(choice);
        QVERIFY2(index >= 0, qPrintable(u"no choice %1 in %2"_s.arg(choice.toString(), combo)));
        box->setCurrentIndex(index);
    }
    if (collapse)
        f.panel.collapseSystemsAction()->trigger();
    QCOMPARE(f.panel.layoutClient()->generation(), before + 1);
    QVERIFY(waitForLayout(f.view()));
    QCOMPARE(shownNodes(f.view()), QSet<QString>(shown.cbegin(), shown.cend()));
    for (const QString &id : f.view()->nodeIds())
        QVERIFY(f.view()->nodeItem(id));
    QVERIFY(!f.view()->nodeItem(u"definitely-not-there"_s));
    if (collapse) {
        ServiceNodeItem *system = f.view()->nodeItem(SearchSystem);
        QVERIFY(system->content().collapsedSystem);
        QCOMPARE(QSet<QString>(system->content().members.cbegin(), system->content().members.cend()),
                 QSet<QString>({u"search"_s, u"search-index"_s, SearchSystem}));
        // web ⇢ search became web ⇢ the System, still soft.
        QVERIFY(f.view()->edgeItem(u"web"_s, SearchSystem));
        QVERIFY(f.view()->edgeItem(u"web"_s, SearchSystem)->isSoft());
        // A collapsed System looks like its worst member.
        f.model.setHealth(u"search-index"_s, Health::Degraded);
        f.model.setHealth(u"search"_s, Health::Healthy);
        QCOMPARE(system->look().health, Health::Degraded);
    } else {
        QCOMPARE(f.panel.legend()->summary(), u"%1 of 8 services shown"_s.arg(shown.size()));
    }
}

void TestServiceGraph::search()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    auto *field = f.panel.findChild<QLineEdit *>(u"graphSearch"_s);
    auto *status = f.panel.findChild<QLabel *>(u"graphSearchStatus"_s);
    QVERIFY(field && status);

    // By name, case-insensitive: selects, highlights and centres the match.
    QTest::keyClicks(field, u"PAYM"_s);
    QCOMPARE(f.view()->selectedNodeId(), u"payments"_s);
    QVERIFY(f.view()->nodeItem(u"payments"_s)->isSearchMatch());
    QVERIFY(!f.view()->nodeItem(u"checkout"_s)->isSearchMatch());
    QCOMPARE(f.details.serviceId(), u"payments"_s);
    QCOMPARE(status->text(), u"1 of 1"_s);
    const QPoint centre = f.view()->mapFromScene(f.view()->nodeItem(u"payments"_s)->scenePos());
    QVERIFY(f.view()->viewport()->rect().contains(centre));

    // By id, several matches in reading order; Enter goes to the next and wraps around.
    field->clear();
    QTest::keyClicks(field, u"search"_s);
    const QStringList matches = f.view()->searchMatches();
    QCOMPARE(QSet<QString>(matches.cbegin(), matches.cend()),
             QSet<QString>({u"search"_s, u"search-index"_s, SearchSystem}));
    QCOMPARE(f.view()->selectedNodeId(), matches.at(0));
    QCOMPARE(status->text(), u"1 of 3"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(f.view()->selectedNodeId(), matches.at(1));
    QCOMPARE(status->text(), u"2 of 3"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(f.view()->selectedNodeId(), matches.at(0));

    // Nothing found: said so, nothing highlighted, the selection stays.
    field->clear();
    QTest::keyClicks(field, u"zzz"_s);
    QCOMPARE(status->text(), u"no match"_s);
    QVERIFY(f.view()->searchMatches().isEmpty());
    for (const QString &id : f.view()->nodeIds())
        QVERIFY(!f.view()->nodeItem(id)->isSearchMatch());
    QCOMPARE(f.view()->selectedNodeId(), matches.at(0));
}

void TestServiceGraph::failureHighlightWithoutNewLayout()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    ServiceGraphView *view = f.view();
    const quint64 generation = f.panel.layoutClient()->generation();
    ServiceNodeItem *payments = view->nodeItem(u"payments"_s);
    ServiceNodeItem *checkout = view->nodeItem(u"checkout"_s);
    ServiceNodeItem *web = view->nodeItem(u"web"_s);
    ServiceNodeItem *search = view->nodeItem(u"search"_s);
    ServiceNodeItem *ordersDb = view->nodeItem(u"orders-db"_s);
    QCOMPARE(payments->impactPen().style(), Qt::NoPen);

    // Marked failed: the node itself, and everything that depends on it.
    QVERIFY(f.model.setFailed(u"payments"_s, true));
    QVERIFY(payments->look().markedFailed);
    QCOMPARE(payments->look().impact, Impact::Failed);
    QCOMPARE(payments->impactPen().color(), presentation::impactColor(Impact::Failed));
    QCOMPARE(checkout->look().impact, Impact::Hard);
    QCOMPARE(web->look().impact, Impact::Hard);
    QCOMPARE(checkout->impactPen().style(), Qt::SolidLine);
    QCOMPARE(checkout->impactPen().color(), presentation::impactColor(Impact::Hard));
    QCOMPARE(ordersDb->look().impact, Impact::None);
    QCOMPARE(search->look().impact, Impact::None);
    QVERIFY(view->edgeItem(u"checkout"_s, u"payments"_s)->isHighlighted());
    QVERIFY(view->edgeItem(u"web"_s, u"checkout"_s)->isHighlighted());
    QVERIFY(!view->edgeItem(u"checkout"_s, u"orders-db"_s)->isHighlighted());
    QCOMPARE(checkout->look().statusText(), u"Hard impact"_s);
    QCOMPARE(payments->look().statusText(), u"Marked failed"_s);

    // Soft impact is told apart by a dashed outline, not only by colour.
    QVERIFY(f.model.setFailed(u"payments"_s, false));
    QCOMPARE(checkout->look().impact, Impact::None);
    QVERIFY(!view->edgeItem(u"web"_s, u"checkout"_s)->isHighlighted());
    QVERIFY(f.model.setFailed(u"search-index"_s, true));
    QCOMPARE(search->look().impact, Impact::Hard);
    QCOMPARE(web->look().impact, Impact::Soft);
    QCOMPARE(web->impactPen().style(), Qt::CustomDashLine);
    QVERIFY(view->edgeItem(u"web"_s, u"search"_s)->isHighlighted());
    QCOMPARE(view->edgeItem(u"web"_s, u"search"_s)->pen().style(), Qt::CustomDashLine);
    QCOMPARE(checkout->impactPen().style(), Qt::NoPen);

    // Health colours the fill; Down counts as failed for the blast radius.
    QVERIFY(f.model.setHealth(u"orders-db"_s, Health::Down));
    QCOMPARE(ordersDb->fillBrush().color(), presentation::healthLook(Health::Down).fill);
    QCOMPARE(ordersDb->look().statusText(), u"Down"_s);
    QCOMPARE(view->nodeItem(u"reports"_s)->look().impact, Impact::Hard);
    QVERIFY(f.model.setHealth(u"payments"_s, Health::Healthy));
    QCOMPARE(payments->fillBrush().color(), presentation::healthLook(Health::Healthy).fill);
    QVERIFY(payments->fillBrush().color() != ordersDb->fillBrush().color());

    // The whole-graph form agrees and finds nothing left to change.
    QCOMPARE(view->applyModelState(), 0);
    // Same items, same layout: only colours changed.
    QCOMPARE(view->nodeItem(u"payments"_s), payments);
    QCOMPARE(f.panel.layoutClient()->generation(), generation);
    QVERIFY(!view->isLayingOut());
    QTest::qWait(50);
    QCOMPARE(f.panel.layoutClient()->generation(), generation);
    QCOMPARE(view->nodeItem(u"checkout"_s), checkout);

    // The details follow the model.
    f.panel.selectService(u"reports"_s);
    QVERIFY2(f.details.plainText().contains(u"Hard impact"_s), qPrintable(f.details.plainText()));
    f.model.setHealth(u"orders-db"_s, Health::Healthy);
    QTRY_VERIFY2(f.details.plainText().contains(u"Not affected"_s), qPrintable(f.details.plainText()));
}

void TestServiceGraph::keyboardNavigation()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    ServiceGraphView *view = f.view();
    // The key events go to the view directly; focus is checked as the window's focus widget,
    // which does not depend on a window manager activating the window.
    view->setFocus();
    QCOMPARE(f.panel.focusWidget(), view);
    QSignalSpy activated(view, &ServiceGraphView::nodeActivated);
    QSignalSpy details(&f.panel, &ServiceGraphPanel::detailsRequested);

    // Tab walks the nodes in reading order.
    const QStringList order = view->nodeIds();
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->selectedNodeId(), order.at(0));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->selectedNodeId(), order.at(1));
    QTest::keyClick(view, Qt::Key_Backtab);
    QCOMPARE(view->selectedNodeId(), order.at(0));

    // Arrow keys go to the nearest node in that direction (dependents are left of dependencies).
    view->selectNode(u"web"_s);
    QTest::keyClick(view, Qt::Key_Right);
    const QString right = view->selectedNodeId();
    QVERIFY(right != u"web"_s);
    QVERIFY(view->nodeItem(right)->x() > view->nodeItem(u"web"_s)->x());
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(view->nodeItem(view->selectedNodeId())->x() < view->nodeItem(right)->x());
    // Nothing further left of the leftmost node: the selection stays.
    view->selectNode(u"web"_s);
    QTest::keyClick(view, Qt::Key_Left);
    bool anyLeft = false;
    for (const QString &id : order)
        anyLeft = anyLeft || view->nodeItem(id)->x() < view->nodeItem(u"web"_s)->x() - 1;
    if (!anyLeft)
        QCOMPARE(view->selectedNodeId(), u"web"_s);

    // Enter and Space ask for the details.
    QTest::keyClick(view, Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(details.count(), 2);
    QCOMPARE(details.last().at(0).toString(), view->selectedNodeId());

    // Escape lets go; Tab past the last node leaves the view (no keyboard trap).
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(view->selectedNodeId().isEmpty());
    view->selectNode(order.last());
    QCOMPARE(f.panel.focusWidget(), view);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->selectedNodeId(), order.last());
    QVERIFY(f.panel.focusWidget() != view);
}

void TestServiceGraph::zoomAndFit()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    ServiceGraphView *view = f.view();
    view->setFocus();
    const double start = view->zoom();
    f.panel.zoomInAction()->trigger();
    QVERIFY(view->zoom() > start);
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(view->zoom() < start);
    // Ctrl+wheel zooms, the plain wheel does not.
    const double beforeWheel = view->zoom();
    const QPoint middle = view->viewport()->rect().center();
    QWheelEvent wheel(middle, view->viewport()->mapToGlobal(middle), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > beforeWheel);
    QWheelEvent plain(middle, view->viewport()->mapToGlobal(middle), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    const double beforePlain = view->zoom();
    QCoreApplication::sendEvent(view->viewport(), &plain);
    QCOMPARE(view->zoom(), beforePlain);
    // Fit shows the whole graph.
    for (int i = 0; i < 6; ++i)
        f.panel.zoomInAction()->trigger();
    QTest::keyClick(view, Qt::Key_F);
    const QRect whole = view->mapFromScene(view->sceneRect()).boundingRect();
    QVERIFY2(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(whole),
             qPrintable(u"%1,%2 %3x%4"_s.arg(whole.x()).arg(whole.y()).arg(whole.width()).arg(whole.height())));
    QVERIFY(view->zoom() <= ServiceGraphView::MaxZoom);
    f.panel.zoomInAction()->trigger();
    f.panel.fitAction()->trigger();
    QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(view->mapFromScene(view->sceneRect()).boundingRect()));
    // A graph this small fits far above MinZoom: zooming out by hand still goes down to MinZoom.
    QCOMPARE(view->minimumZoom(), ServiceGraphView::MinZoom);
    for (int i = 0; i < 40; ++i)
        f.panel.zoomOutAction()->trigger();
    QCOMPARE(view->zoom(), ServiceGraphView::MinZoom);
}

void TestServiceGraph::fitShowsAVeryTallGraph()
{
    // 302 services in ranks of 150: fits a small view only well below MinZoom.
    constexpr int Chains = 150;
    const CatalogLoader::Result loaded = CatalogLoader::loadFromString(tallCatalog(Chains), u"tall.yaml"_s);
    QVERIFY(loaded.ok());
    ServiceGraphModel model;
    model.setCatalog(loaded.catalog);
    ServiceGraphPanel panel;
    panel.resize(700, 420);
    panel.setModel(&model);
    panel.show();
    ServiceGraphView *view = panel.view();
    QVERIFY(waitForLayout(view, 60000));
    QVERIFY(view->layoutError().isEmpty());
    QCOMPARE(view->nodeIds().size(), 2 * Chains + 2);
    const QRectF drawing = view->scene()->itemsBoundingRect();
    QVERIFY2(drawing.height() > 10 * drawing.width(),
             qPrintable(u"%1 x %2"_s.arg(drawing.width()).arg(drawing.height())));
    const auto shown = [view] { return view->mapToScene(view->viewport()->rect()).boundingRect(); };
    const auto describe = [&] {
        const QRectF s = shown();
        return u"zoom %1, shown %2,%3 %4x%5, drawing %6,%7 %8x%9"_s.arg(view->zoom())
            .arg(s.x()).arg(s.y()).arg(s.width()).arg(s.height())
            .arg(drawing.x()).arg(drawing.y()).arg(drawing.width()).arg(drawing.height());
    };
    // The first view is readable and shows the top only.
    QVERIFY2(!shown().contains(drawing), qPrintable(describe()));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_F);
    QVERIFY2(view->zoom() < ServiceGraphView::MinZoom, qPrintable(describe()));
    QVERIFY2(shown().contains(drawing), qPrintable(describe()));
    // Once the scroll bars the readable view needed are gone, too.
    QCoreApplication::processEvents();
    QVERIFY2(shown().contains(drawing), qPrintable(describe()));
    QCOMPARE(view->minimumZoom(), view->zoom());

    // Zooming out by hand stops at the fitted view: by key, button and Ctrl+wheel.
    const double fitted = view->zoom();
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(view->zoom(), fitted);
    panel.zoomOutAction()->trigger();
    QCOMPARE(view->zoom(), fitted);
    const QPoint middle = view->viewport()->rect().center();
    QWheelEvent wheel(middle, view->viewport()->mapToGlobal(middle), {}, QPoint(0, -360), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->zoom(), fitted);
    QVERIFY2(shown().contains(drawing), qPrintable(describe()));

    // In and out again: back to everything, never further.
    for (int i = 0; i < 3; ++i)
        panel.zoomInAction()->trigger();
    QVERIFY(view->zoom() > fitted);
    QCoreApplication::processEvents();
    QVERIFY2(!shown().contains(drawing), qPrintable(describe()));
    for (int i = 0; i < 6; ++i)
        panel.zoomOutAction()->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(view->zoom() <= fitted * 1.000001, qPrintable(describe()));
    QVERIFY2(view->zoom() >= view->minimumZoom(), qPrintable(describe()));
    view->centerOn(view->sceneRect().center());
    QVERIFY2(shown().contains(drawing), qPrintable(describe()));

    // The Fit button does the same as F.
    panel.zoomInAction()->trigger();
    panel.fitAction()->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(shown().contains(drawing), qPrintable(describe()));
}

void TestServiceGraph::edgeBackgroundIsNeverStale_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("zoomSteps");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("centre");

    QTest::addRow("fitted") << SmallCatalog << QSize(1000, 600) << 0 << u"payments"_s << u"checkout"_s;
    // Edges cut by the viewport's border: only part of each is painted again.
    QTest::addRow("zoomed in") << SmallCatalog << QSize(1000, 600) << 4 << u"payments"_s << u"checkout"_s;
    // Fitted far below MinZoom: a pixel is many points, the edges one-pixel lines.
    QTest::addRow("tall, fitted, one chain") << tallCatalog(150) << QSize(700, 420) << 0 << u"store-70"_s
                                             << QString();
    QTest::addRow("tall, fitted, everything") << tallCatalog(150) << QSize(700, 420) << 0 << u"ledger"_s
                                              << QString();
}

void TestServiceGraph::edgeBackgroundIsNeverStale()
{
    // The edges are painted with the cached background; whatever changes their highlight must
    // paint them again. Every picture the view shows must equal one painted from scratch.
    QFETCH(QByteArray, catalog);
    QFETCH(QSize, size);
    QFETCH(int, zoomSteps);
    QFETCH(QString, failed);
    QFETCH(QString, centre);
    const CatalogLoader::Result loaded = CatalogLoader::loadFromString(catalog, u"stale.yaml"_s);
    QVERIFY(loaded.ok());
    ServiceGraphModel model;
    model.setCatalog(loaded.catalog);
    ServiceGraphPanel panel;
    panel.resize(size);
    panel.setModel(&model);
    panel.show();
    ServiceGraphView *view = panel.view();
    QVERIFY(waitForLayout(view, 60000));
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.fitAction()->trigger();
    for (int i = 0; i < zoomSteps; ++i)
        panel.zoomInAction()->trigger();
    if (!centre.isEmpty())
        view->centerOn(view->nodeItem(centre));
    QCoreApplication::processEvents(); // scroll bars settle
    const QRect whole = view->mapFromScene(view->sceneRect()).boundingRect();
    QCOMPARE(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(whole), zoomSteps == 0);
    const auto grab = [view] { return view->viewport()->grab().toImage(); };
    const auto fresh = [view] {
        view->resetCachedContent();
        view->viewport()->repaint();
        return view->viewport()->grab().toImage();
    };
    const QImage plain = grab();
    COMPARE_PICTURES(plain, fresh());

    const QList<ServiceEdgeItem *> edges = view->edgeItems();
    const auto into = std::find_if(edges.cbegin(), edges.cend(), [&failed](const ServiceEdgeItem *edge) { return edge->to() == failed; });
    QVERIFY(into != edges.cend());
    ServiceEdgeItem *blast = *into;
    // In view, so that the highlight changes the picture.
    QVERIFY(view->viewport()->rect().intersects(view->mapFromScene(blast->sceneBoundingRect()).boundingRect()));

    // Marked failed: its incoming edges turn red, in the very next picture and after the event
    // loop has had its turn.
    QVERIFY(model.setFailed(failed, true));
    QVERIFY(blast->isHighlighted());
    const QImage marked = grab();
    QCoreApplication::processEvents();
    const QImage markedLater = grab();
    const QImage markedFresh = fresh();
    QVERIFY(!pictureDifference(markedFresh, plain).isEmpty());
    COMPARE_PICTURES(marked, markedFresh);
    COMPARE_PICTURES(markedLater, markedFresh);

    // The cache now holds the highlighted edges: clearing the mark must paint them plain again.
    QVERIFY(model.setFailed(failed, false));
    QVERIFY(!blast->isHighlighted());
    const QImage cleared = grab();
    QCoreApplication::processEvents();
    const QImage clearedLater = grab();
    const QImage clearedFresh = fresh();
    COMPARE_PICTURES(cleared, clearedFresh);
    COMPARE_PICTURES(clearedLater, clearedFresh);
    COMPARE_PICTURES(clearedFresh, plain);

    // A health poll: a third of the services go down at once, the blast radius spreads over
    // the graph, the changed edges reach the view in many pieces before the next frame.
    QList<ServiceGraphModel::HealthUpdate> poll;
    const QList<Service> &services = model.catalog().services();
    for (qsizetype i = 0; i < services.size(); i += 3)
        poll.append({services.at(i).id, Health::Down, {}});
    for (const Health health : {Health::Down, Health::Healthy, Health::Down}) {
        for (ServiceGraphModel::HealthUpdate &update : poll)
            update.state = health;
        QCOMPARE(model.setHealth(poll), int(poll.size()));
        const QImage polled = grab();
        QCoreApplication::processEvents();
        const QImage polledLater = grab();
        const QImage polledFresh = fresh();
        COMPARE_PICTURES(polled, polledFresh);
        COMPARE_PICTURES(polledLater, polledFresh);
    }
}

void TestServiceGraph::exportPngAndSvg()
{
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    f.model.setFailed(u"payments"_s, true);
    QSignalSpy info(&f.panel, &ServiceGraphPanel::informationMessage);

    const QString png = m_dir.filePath(u"graph.png"_s);
    QString error;
    QVERIFY2(f.panel.exportTo(png, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    // The whole scene at twice the resolution, not the part in view.
    QVERIFY(image.width() >= int(f.view()->sceneRect().width()) * 2 - 2);
    QVERIFY(image.height() >= int(f.view()->sceneRect().height()) * 2 - 2);
    // Not a blank picture: the failed node's outline colour is in it.
    const QColor failed = presentation::impactColor(Impact::Failed);
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2) {
        for (int x = 0; x < image.width() && !found; x += 2)
            found = QColor(image.pixel(x, y)) == failed;
    }
    QVERIFY(found);
    QCOMPARE(info.count(), 1);

    const QString svg = m_dir.filePath(u"graph.svg"_s);
    QVERIFY2(f.panel.exportTo(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("Payments"));
    QVERIFY(content.contains("Web Shop"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.defaultSize().width() > 100);
}

void TestServiceGraph::exportErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown format") << u"graph.gif"_s << u"ending in .png or .svg"_s;
    QTest::addRow("missing folder png") << u"no/such/folder/graph.png"_s << u"Could not write"_s;
    QTest::addRow("missing folder svg") << u"no/such/folder/graph.svg"_s << u"Could not write"_s;
}

void TestServiceGraph::exportErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    GraphFixture f;
    QVERIFY(waitForLayout(f.view()));
    QSignalSpy errors(&f.panel, &ServiceGraphPanel::errorOccurred);
    QString error;
    QVERIFY(!f.panel.exportTo(m_dir.filePath(path), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(u"not exported"_s));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(path)));

    // An empty graph has nothing to export.
    ServiceGraphPanel empty;
    QVERIFY(!empty.exportTo(m_dir.filePath(u"empty.png"_s), &error));
    QVERIFY2(error.contains(u"no graph"_s), qPrintable(error));
}

void TestServiceGraph::layoutErrorIsShown()
{
    // A layout engine Graphviz does not have: the error reaches the view as a message.
    ServiceGraphModel model;
    model.setCatalog(CatalogLoader::loadFromString(SmallCatalog, u"test.yaml"_s).catalog);
    ServiceGraphView view;
    view.resize(600, 400);
    view.show();
    GraphLayoutWorker worker;
    GraphLayoutClient client(&worker);
    view.setModel(&model);
    QSignalSpy finished(&view, &ServiceGraphView::layoutFinished);
    // Intercept the view's request and answer with a failure, as the worker would.
    view.setLayoutClient(&client);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(!view.nodeIds().isEmpty());

    GraphLayoutRequest bad;
    bad.nodes.append({u"a"_s, u"a"_s, QSizeF(50, 20)});
    bad.engine = u"no-such-engine"_s;
    client.request(bad);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(!view.layoutError().isEmpty());
    QVERIFY2(view.overlayText().contains(u"could not be laid out"_s), qPrintable(view.overlayText()));
    QVERIFY(view.nodeIds().isEmpty());
    // The next good layout clears it.
    view.relayout();
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(view.layoutError().isEmpty());
    QVERIFY(view.overlayText().isEmpty());
}

void TestServiceGraph::legendExplainsTheCues()
{
    ServiceGraphLegend legend;
    const QString all = legend.entryTexts().join(u'|');
    for (const QString &expected : {u"Healthy"_s, u"Degraded"_s, u"Down"_s, u"Unknown"_s, u"marked failed"_s,
                                    u"hard impact"_s, u"soft impact"_s, u"0 critical"_s, u"depends on"_s,
                                    u"soft dependency"_s})
        QVERIFY2(all.contains(expected), qPrintable(all));
    // It wraps instead of widening the window.
    QVERIFY(legend.minimumSizeHint().width() <= 200);
    QVERIFY(legend.heightForWidth(300) > legend.heightForWidth(2000));
    // Hidden explanations leave the summary on one line.
    legend.setSummary(u"3 of 8 services shown"_s);
    legend.setExplanationsVisible(false);
    QCOMPARE(legend.heightForWidth(300), legend.heightForWidth(2000));
    QVERIFY(legend.heightForWidth(300) < legend.minimumSizeHint().height() * 2);
}

void TestServiceGraph::windowLoadsTheBundledDemo()
{
    MainWindow window;
    window.setLayoutSavedOnClose(false);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.loadWorkspace(u":/demo-workspace"_s);
    // Read on a pool thread: the call returns at once.
    QVERIFY(window.isLoadingWorkspace());
    QVERIFY(window.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(window.banner()->text()));
    QVERIFY(window.serviceGraphModel()->rowCount() >= 30);
    QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 20000));
    ServiceGraphView *view = window.serviceGraphPanel()->view();
    QCOMPARE(view->nodeIds().size(), window.serviceGraphModel()->rowCount());
    QVERIFY(view->layoutError().isEmpty());
    // The docks are there and can be shown from the View menu.
    auto *graphDock = window.findChild<QDockWidget *>(u"serviceGraphDock"_s);
    auto *detailsDock = window.findChild<QDockWidget *>(u"serviceDetailsDock"_s);
    QVERIFY(graphDock && graphDock->isVisible());
    QVERIFY(detailsDock && detailsDock->isVisible());
    QAction *toggle = window.findChild<QAction *>(u"actionToggleServiceGraph"_s);
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(!graphDock->isVisible());
    toggle->trigger();
    QVERIFY(graphDock->isVisible());
    // Selecting in the graph fills the details dock.
    const QString first = view->nodeIds().first();
    QVERIFY(view->selectNode(first));
    QCOMPARE(window.serviceDetailsPanel()->serviceId(), first);
}

void TestServiceGraph::windowShowsCatalogErrors()
{
    const QString folder = writeWorkspace(m_dir.filePath(u"broken-workspace"_s), "services:\n"
                                                                                 "  - id: a\n"
                                                                                 "    tier: 7\n"
                                                                                 "    depends_on: [ghost]\n");
    QVERIFY(!folder.isEmpty());
    MainWindow window;
    window.setLayoutSavedOnClose(false);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.loadWorkspace(folder);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QCOMPARE(window.banner()->level(), MessageBanner::Level::Error);
    const QString text = window.banner()->text();
    // file:line:column for each problem.
    const QString file = QDir(folder).filePath(u"services.yaml"_s);
    QVERIFY2(text.contains(file + u":3:"_s), qPrintable(text));
    QVERIFY2(text.contains(file + u":4:"_s), qPrintable(text));
    QVERIFY(text.contains(u"ghost"_s));
    QCOMPARE(window.serviceGraphModel()->rowCount(), 0);
    QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 10000));
    QVERIFY2(window.serviceGraphPanel()->view()->overlayText().contains(u"could not be loaded"_s),
             qPrintable(window.serviceGraphPanel()->view()->overlayText()));

    // A missing folder is an error too, not a crash.
    window.loadWorkspace(m_dir.filePath(u"nowhere"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 15000);
    QCOMPARE(loaded.last().at(0).toBool(), false);
    QVERIFY(window.banner()->text().contains(u"no such file or folder"_s));
}

void TestServiceGraph::markFailedThroughTheWindow()
{
    const QString folder = writeWorkspace(m_dir.filePath(u"mark-workspace"_s), SmallCatalog);
    MainWindow window;
    window.setActor(u"tester"_s);
    window.setLayoutSavedOnClose(false);
    window.setRecentFilesRemembered(false);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.loadWorkspace(folder);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(window.banner()->text()));

    const QString path = m_dir.filePath(u"mark.incident"_s);
    Incident::Declaration declaration;
    declaration.title = u"Payments outage drill"_s;
    declaration.commander = u"tester"_s;
    declaration.exercise = true;
    QVERIFY(window.declareIncident(path, declaration));
    QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 15000));

    ServiceGraphPanel *panel = window.serviceGraphPanel();
    ServiceGraphModel *model = window.serviceGraphModel();
    QVERIFY(panel->selectService(u"payments"_s));
    QAction *mark = panel->markFailedAction();
    QVERIFY(mark->isEnabled());
    QCOMPARE(mark->text(), u"Mark failed…"_s);
    const quint64 generation = panel->layoutClient()->generation();

    // The user asks, gives a reason in the dialog, confirms.
    mark->trigger();
    auto *dialog = window.findChild<QInputDialog *>(u"markFailedDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->labelText().contains(u"Payments"_s));
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::keyClicks(edit, u"tabletop inject"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(model->isFailed(u"payments"_s));
    QCOMPARE(model->impact(u"checkout"_s), Impact::Hard);
    QVERIFY(panel->view()->nodeItem(u"payments"_s)->look().markedFailed);
    QCOMPARE(mark->text(), u"Clear failed mark"_s);
    QList<Event> events = readEvents(path);
    QCOMPARE(events.last().kind, u"service_marked"_s);
    const qint64 markSeq = events.last().seq;
    QJsonObject payload = events.last().payloadObject();
    QCOMPARE(payload.value("service"_L1).toString(), u"payments"_s);
    QCOMPARE(payload.value("failed"_L1).toBool(), true);
    QCOMPARE(payload.value("reason"_L1).toString(), u"tabletop inject"_s);
    QCOMPARE(events.last().actor, u"tester"_s);
    QCOMPARE(window.incident()->state().manuallyFailed(), QStringList{u"payments"_s});

    // Undo takes the mark back with a correction; the graph follows.
    QVERIFY(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    events = readEvents(path);
    QCOMPARE(events.last().kind, u"correction"_s);
    QCOMPARE(events.last().payloadObject().value("corrects"_L1).toInteger(), markSeq);
    QVERIFY(!model->isFailed(u"payments"_s));
    QVERIFY(!panel->view()->nodeItem(u"payments"_s)->look().markedFailed);
    QCOMPARE(model->impact(u"checkout"_s), Impact::None);
    QCOMPARE(mark->text(), u"Mark failed…"_s);

    // Redo marks again (a new event); "Clear failed mark" needs no reason and no dialog.
    window.redoAction()->trigger();
    QVERIFY(model->isFailed(u"payments"_s));
    mark->trigger();
    QVERIFY(!model->isFailed(u"payments"_s));
    events = readEvents(path);
    QCOMPARE(events.last().kind, u"service_marked"_s);
    QCOMPARE(events.last().payloadObject().value("failed"_L1).toBool(), false);
    // Recolouring only: no layout was asked for along the way.
    QCOMPARE(panel->layoutClient()->generation(), generation);

    // A cancelled dialog records nothing.
    const qsizetype count = readEvents(path).size();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first dialog is gone
    mark->trigger();
    dialog = window.findChild<QInputDialog *>(u"markFailedDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    dialog->reject();
    QCOMPARE(readEvents(path).size(), count);
    QVERIFY(!model->isFailed(u"payments"_s));
}

void TestServiceGraph::markRefusedWithoutWritableIncident()
{
    const QString folder = writeWorkspace(m_dir.filePath(u"refuse-workspace"_s), SmallCatalog);
    MainWindow window;
    window.setLayoutSavedOnClose(false);
    window.setRecentFilesRemembered(false);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.loadWorkspace(folder);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 15000));
    ServiceGraphPanel *panel = window.serviceGraphPanel();

    // No incident open.
    QVERIFY(panel->selectService(u"checkout"_s));
    panel->markFailedAction()->trigger();
    QVERIFY(!window.findChild<QInputDialog *>(u"markFailedDialog"_s));
    QCOMPARE(window.banner()->level(), MessageBanner::Level::Warning);
    QVERIFY2(window.banner()->text().contains(u"Open or declare an incident first"_s), qPrintable(window.banner()->text()));
    QVERIFY(!window.serviceGraphModel()->isFailed(u"checkout"_s));
    QVERIFY(!window.markService(u"checkout"_s, true));

    // Read-only.
    const QString path = m_dir.filePath(u"readonly-mark.incident"_s);
    {
        Incident incident;
        Incident::Declaration declaration;
        declaration.title = u"Archived"_s;
        declaration.commander = u"carol"_s;
        QVERIFY(!incident.declare(path, declaration));
    }
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadOnly));
    const qsizetype before = readEvents(path).size();
    panel->markFailedAction()->trigger();
    QVERIFY(!window.findChild<QInputDialog *>(u"markFailedDialog"_s));
    QVERIFY2(window.banner()->text().contains(u"read-only"_s), qPrintable(window.banner()->text()));
    QCOMPARE(readEvents(path).size(), before);
    QVERIFY(!window.serviceGraphModel()->isFailed(u"checkout"_s));
}

void TestServiceGraph::openedIncidentSetsTheMarks()
{
    // Marks made elsewhere (another console, the replay of an archive) show when the file opens
    // and go away when it closes.
    const QString path = m_dir.filePath(u"premarked.incident"_s);
    {
        Incident incident;
        Incident::Declaration declaration;
        declaration.title = u"Premarked"_s;
        declaration.commander = u"carol"_s;
        QVERIFY(!incident.declare(path, declaration));
        QVERIFY(!incident.append({u"carol"_s, {}, u"service_marked"_s,
                                  QJsonObject{{u"service"_s, u"orders-db"_s}, {u"failed"_s, true}}, std::nullopt}));
        QVERIFY(!incident.append({u"carol"_s, {}, u"service_marked"_s,
                                  QJsonObject{{u"service"_s, u"search"_s}, {u"failed"_s, true}}, std::nullopt}));
        QVERIFY(!incident.append({u"carol"_s, {}, u"service_marked"_s,
                                  QJsonObject{{u"service"_s, u"search"_s}, {u"failed"_s, false}}, std::nullopt}));
    }
    const QString folder = writeWorkspace(m_dir.filePath(u"premarked-workspace"_s), SmallCatalog);
    MainWindow window;
    window.setLayoutSavedOnClose(false);
    window.setRecentFilesRemembered(false);
    window.show();
    // Opened before the catalog arrives: the marks are applied when it does.
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadOnly));
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.loadWorkspace(folder);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    ServiceGraphModel *model = window.serviceGraphModel();
    QCOMPARE(model->failedIds(), QStringList{u"orders-db"_s});
    QCOMPARE(model->impact(u"reports"_s), Impact::Hard);
    QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 15000));
    QVERIFY(window.serviceGraphPanel()->view()->nodeItem(u"orders-db"_s)->look().markedFailed);
    window.closeIncident();
    QVERIFY(model->failedIds().isEmpty());
    QVERIFY(!window.serviceGraphPanel()->view()->nodeItem(u"orders-db"_s)->look().markedFailed);
}

QTEST_MAIN(TestServiceGraph)
#include "tst_servicegraph.moc"
