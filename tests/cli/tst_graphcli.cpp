// End-to-end tests of `incidentctl graph`: the binary runs as a child process against catalogs
// written to a temporary folder (and the demo workspace), and its --dot output goes through the
// real Graphviz `dot` command. The expected sets, layers and times below were worked out by hand
// from the catalogs in this file; the comments next to them show the working.

#include "ChildProcess.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// The text output's sections: blocks separated by a blank line, each a heading and the first
// word (the id) of each indented line below it.
struct Section {
    QString heading;
    QStringList ids;
};

QList<Section> sections(const QString &text)
{
    QList<Section> result;
    for (const QString &block : text.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        const QStringList lines = block.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            continue;
        Section section{lines.first(), {}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(u"  "_s))
                section.ids.append(lines.at(i).trimmed().section(u' ', 0, 0));
        }
        result.append(section);
    }
    return result;
}

// A small native catalog. Edges (dependent -> dependency, s = soft):
//   api -> db, api -s> cache, web -> api, reports -s> db, mailer -> reports,
//   notify -> api, notify -s> queue, queue -> notify      (8 dependencies, 3 soft)
// notify and queue form a cycle whose only soft edge is notify -> queue.
const QByteArray SmallCatalog = R"(services:
  - id: db
    tier: 0
    rto: 10m
    startup_time: 5m
  - id: cache
    tier: 2
    rto: 1h
    startup_time: 1m
  - id: api
    name: Orders API
    tier: 1
    rto: 15m
    startup_time: 2m
    owner: commerce
    depends_on: [db, {id: cache, soft: true}]
  - id: web
    tier: 1
    rto: 5m
    startup_time: 3m
    depends_on: [api]
  - id: reports
    tier: 3
    rto: 4h
    startup_time: 1m
    depends_on: [{id: db, soft: true}]
  - id: mailer
    tier: 2
    rto: 2h
    startup_time: 1m
    depends_on: [reports]
  - id: notify
    tier: 2
    rto: 30m
    startup_time: 2m
    depends_on: [api, {id: queue, soft: true}]
  - id: queue
    tier: 2
    startup_time: 1m
    depends_on: [notify]
)"_ba;

// A Backstage catalog-info.yaml as a team keeps it: Group, System, two Components, the API one
// provides and the other consumes, two Resources. Services: the System, the Components and the
// Resources (the API has a provider, so edges to it go to orders; the Group owns, it does not run).
// Edges: web -> orders (through the API), orders -> db, orders -s> cache.
const QByteArray BackstageCatalog = R"(apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
spec:
  owner: team-a
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web
  annotations:
    incident-console/tier: "1"
    incident-console/rto: 15m
spec:
  type: website
  lifecycle: production
  owner: team-a
  system: shop
  consumesApis: [orders]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  annotations:
    incident-console/tier: "1"
    incident-console/rto: 30m
    incident-console/soft-dependencies: resource:cache
spec:
  type: service
  lifecycle: production
  owner: team-a
  system: shop
  providesApis: [orders]
  dependsOn: [resource:db, resource:cache]
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: orders
spec:
  type: openapi
  lifecycle: production
  owner: team-a
  definition: "openapi: 3.0.0"
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: db
  annotations:
    incident-console/tier: "0"
    incident-console/rto: 10m
spec:
  type: database
  owner: team-a
  system: shop
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: cache
spec:
  type: cache
  owner: team-a
)"_ba;

// One error of each of four kinds, at known places: tier at 3:11, duration at 4:10, unknown
// reference at 5:18, duplicate id at 6:9.
const QByteArray BadCatalog = R"(services:
  - id: a
    tier: 7
    rto: 15x
    depends_on: [b]
  - id: a
)"_ba;

} // namespace

class TestGraphCli : public QObject
{
    Q_OBJECT

private:
    ProcessResult ctl(const QStringList &args) const
    {
        return runProcess(QStringLiteral(INCIDENTCTL_PATH), args, m_dir->path());
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The small catalog as <tmp>/small/services.yaml; returns the folder.
    QString smallWorkspace() const;
    // graph WORKSPACE <args> --json: exit 0, nothing on stderr, one JSON object on stdout.
    QJsonObject graphJson(const QString &workspace, const QStringList &args, bool *ok) const;
    // Runs `dot -Tplain` on `dot` and checks the laid-out graph has exactly these nodes and edges.
    void checkDotAccepts(const QByteArray &dot, const QStringList &nodes, int edges, int dashed) const;

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();

    void help_data();
    void help();
    void badUsage_data();
    void badUsage();

    void checkDemoWorkspace();
    void checkBadCatalog();
    void checkJson();
    void badCatalogRefusesEveryAction_data();
    void badCatalogRefusesEveryAction();
    void missingWorkspace();
    void warningsOnEveryAction();

    void blastRadiusText();
    void blastRadiusJson_data();
    void blastRadiusJson();
    void unknownService_data();
    void unknownService();

    void serviceReferences_data();
    void serviceReferences();
    void ambiguousName();

    void rootCauses_data();
    void rootCauses();

    void startupOrderText();
    void startupOrderJson();

    void singleBackstageFile();
    void singleNativeFile();

    void dotAcceptedByGraphviz();
    void dotDemoWorkspace();
};

void TestGraphCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestGraphCli::smallWorkspace() const
{
    const QString folder = path(u"small"_s);
    if (!writeFile(folder + u"/services.yaml"_s, SmallCatalog))
        return {};
    return folder;
}

QJsonObject TestGraphCli::graphJson(const QString &workspace, const QStringList &args, bool *ok) const
{
    *ok = false;
    const ProcessResult r = ctl(QStringList{u"graph"_s, workspace} + args + QStringList{u"--json"_s});
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning().noquote() << "graph" << args << "exit" << r.exitCode << r.err;
        return {};
    }
    return parseObject(r.rawOut, ok);
}

void TestGraphCli::checkDotAccepts(const QByteArray &dot, const QStringList &nodes, int edges, int dashed) const
{
    const QString program = QStandardPaths::findExecutable(u"dot"_s);
    QVERIFY2(!program.isEmpty(), "Graphviz's dot command is missing (scripts/setup installs the graphviz package)");
    const ProcessResult plain = runProcess(program, {u"-Tplain"_s}, m_dir->path(), englishEnvironment(), dot);
    QVERIFY2(plain.exitCode == 0 && plain.err.isEmpty(), qPrintable(plain.err + u"\n"_s + QString::fromUtf8(dot)));

    // -Tplain: "graph …", one "node NAME …" per node, one "edge TAIL HEAD … STYLE COLOR" per edge,
    // "stop". Our ids contain ':' and '/', which -Tplain quotes.
    QStringList laidOut;
    int edgeLines = 0;
    int dashedLines = 0;
    const QStringList lines = plain.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.first().startsWith(u"graph "_s));
    QCOMPARE(lines.last(), u"stop"_s);
    static const QRegularExpression nodeLine(uR"(^node ("[^"]*"|\S+) )"_s);
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch m = nodeLine.match(line); m.hasMatch()) {
            QString name = m.captured(1);
            if (name.startsWith(u'"'))
                name = name.mid(1, name.size() - 2);
            laidOut.append(name);
        } else if (line.startsWith(u"edge "_s)) {
            ++edgeLines;
            if (line.section(u' ', -2, -2) == u"dashed")
                ++dashedLines;
        }
    }
    laidOut.sort();
    QStringList expected = nodes;
    expected.sort();
    QCOMPARE(laidOut, expected);
    QCOMPARE(edgeLines, edges);
    QCOMPARE(dashedLines, dashed);
}

// --- help and usage --------------------------------------------------------------------------

void TestGraphCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("graph --help") << QStringList{u"graph"_s, u"--help"_s};
    QTest::addRow("graph -h") << QStringList{u"graph"_s, u"-h"_s};
    QTest::addRow("help graph") << QStringList{u"help"_s, u"graph"_s};
    QTest::addRow("help wins over bad usage") << QStringList{u"graph"_s, u"--check"_s, u"--dot"_s, u"--help"_s};
}

void TestGraphCli::help()
{
    QFETCH(QStringList, args);
    const QStringList expected = {u"Usage: incidentctl graph [options] WORKSPACE"_s, u"--check"_s,
                                  u"--blast-radius <ID[,ID…]>"_s, u"--root-causes <ID[,ID…]>"_s,
                                  u"--startup-order"_s, u"--dot"_s, u"--json"_s, u"--lang"_s,
                                  u"file:line:column"_s, u"docs/cli.md"_s};
    const ProcessResult r = ctl(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(u"'%1' missing from:\n%2"_s.arg(text, r.out)));
    QVERIFY(!r.out.contains(QStringLiteral(INCIDENTCTL_PATH)));

    const ProcessResult german = ctl(args + QStringList{u"--lang"_s, u"de"_s});
    QCOMPARE(german.exitCode, 0);
    QVERIFY(german.out.contains(u"--startup-order"_s));

    // The overview lists the command.
    const ProcessResult overview = ctl({u"--help"_s});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(u"\n  graph "_s));
    QVERIFY(overview.out.contains(u"WORKSPACE"_s));
}

void TestGraphCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QString ws = u"@SMALL"_s;
    QTest::addRow("no mode") << QStringList{u"graph"_s, ws} << u"choose one of --check"_s;
    QTest::addRow("only --json") << QStringList{u"graph"_s, ws, u"--json"_s} << u"choose one of --check"_s;
    QTest::addRow("two modes") << QStringList{u"graph"_s, ws, u"--check"_s, u"--startup-order"_s}
                               << u"one action per call, not --check, --startup-order"_s;
    QTest::addRow("two modes with ids") << QStringList{u"graph"_s, ws, u"--blast-radius"_s, u"db"_s,
                                                       u"--root-causes"_s, u"db"_s}
                                        << u"one action per call"_s;
    QTest::addRow("missing WORKSPACE") << QStringList{u"graph"_s, u"--check"_s} << u"missing WORKSPACE"_s;
    QTest::addRow("missing WORKSPACE and mode") << QStringList{u"graph"_s} << u"missing WORKSPACE"_s;
    QTest::addRow("empty WORKSPACE") << QStringList{u"graph"_s, u""_s, u"--check"_s} << u"WORKSPACE"_s;
    QTest::addRow("two workspaces") << QStringList{u"graph"_s, ws, ws, u"--check"_s}
                                    << u"only one WORKSPACE"_s;
    QTest::addRow("--json with --dot") << QStringList{u"graph"_s, ws, u"--dot"_s, u"--json"_s}
                                       << u"--json does not apply to --dot"_s;
    QTest::addRow("--blast-radius without value") << QStringList{u"graph"_s, ws, u"--blast-radius"_s}
                                                  << u"blast-radius"_s;
    QTest::addRow("--blast-radius with empty list") << QStringList{u"graph"_s, ws, u"--blast-radius"_s, u" , "_s}
                                                    << u"--blast-radius needs at least one service id"_s;
    QTest::addRow("--root-causes with empty list") << QStringList{u"graph"_s, ws, u"--root-causes"_s, u""_s}
                                                   << u"--root-causes needs at least one service id"_s;
    QTest::addRow("unknown option") << QStringList{u"graph"_s, ws, u"--check"_s, u"--yaml"_s} << u"yaml"_s;
}

void TestGraphCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString workspace = smallWorkspace();
    QVERIFY(!workspace.isEmpty());
    args.replaceInStrings(u"@SMALL"_s, workspace);
    const ProcessResult r = ctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(message), qPrintable(u"'%1' missing from:\n%2"_s.arg(message, r.err)));
    QVERIFY(r.err.contains(u"incidentctl graph --help"_s));
}

// --- --check ---------------------------------------------------------------------------------

void TestGraphCli::checkDemoWorkspace()
{
    const ProcessResult r = ctl({u"graph"_s, QStringLiteral(DEMO_WORKSPACE), u"--check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    static const QRegularExpression counts(uR"(^(\d+) services, (\d+) dependencies \((\d+) soft\)\n$)"_s);
    const QRegularExpressionMatch m = counts.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QVERIFY(m.captured(1).toInt() >= 40); // "about 40 services"
    QVERIFY(m.captured(3).toInt() >= 1);  // a cycle is broken by a soft edge

    // The same numbers in JSON, and both of the demo's files.
    bool ok = false;
    const QJsonObject json = graphJson(QStringLiteral(DEMO_WORKSPACE), {u"--check"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"services"_s).toInt(), m.captured(1).toInt());
    QCOMPARE(json.value(u"dependencies"_s).toInt(), m.captured(2).toInt());
    QCOMPARE(json.value(u"soft_dependencies"_s).toInt(), m.captured(3).toInt());
    const QStringList files = strings(json.value(u"files"_s));
    QVERIFY2(files.size() >= 2, qPrintable(files.join(u' ')));
    QVERIFY(files.first().endsWith(u"/services.yaml"_s));
    QVERIFY(files.contains(QStringLiteral(DEMO_WORKSPACE) + u"/catalog/search/catalog-info.yaml"_s));
}

void TestGraphCli::checkBadCatalog()
{
    const QString folder = path(u"bad"_s);
    QVERIFY(writeFile(folder + u"/services.yaml"_s, BadCatalog));
    const QString file = folder + u"/services.yaml"_s;
    const ProcessResult r = ctl({u"graph"_s, folder, u"--check"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    const QStringList expected = {
        file + u":3:11: tier must be a whole number from 0 (most critical) to 3, not \"7\""_s,
        file + u":4:10: bad duration \"15x\" for rto: unknown unit \"x\" (use ms, s, m, h or d)"_s,
        file + u":5:18: unknown service \"b\" in depends_on"_s,
        file + u":6:9: duplicate id \"a\": already defined at "_s + file + u":2:9"_s,
        u"incidentctl graph: 4 errors in the service catalog"_s,
    };
    QCOMPARE(r.err.split(u'\n', Qt::SkipEmptyParts), expected);
}

void TestGraphCli::checkJson()
{
    // Good catalog: counts, the file read, no issues; exactly these fields.
    const QString workspace = smallWorkspace();
    bool ok = false;
    const QJsonObject good = graphJson(workspace, {u"--check"_s}, &ok);
    QVERIFY(ok);
    const QStringList fields = {u"dependencies"_s, u"errors"_s,           u"files"_s,    u"ok"_s,
                                u"services"_s,     u"soft_dependencies"_s, u"warnings"_s, u"workspace"_s};
    QCOMPARE(sortedKeys(good), fields);
    QCOMPARE(good.value(u"workspace"_s).toString(), workspace);
    QCOMPARE(good.value(u"ok"_s).toBool(), true);
    QCOMPARE(strings(good.value(u"files"_s)), QStringList{workspace + u"/services.yaml"_s});
    QCOMPARE(good.value(u"services"_s).toInt(), 8);
    QCOMPARE(good.value(u"dependencies"_s).toInt(), 8);
    QCOMPARE(good.value(u"soft_dependencies"_s).toInt(), 3);
    QVERIFY(good.value(u"errors"_s).toArray().isEmpty());
    QVERIFY(good.value(u"warnings"_s).toArray().isEmpty());

    // Bad catalog: exit 1, still a JSON object on stdout (errors with file, line, column,
    // message), and the errors on stderr as well.
    const QString bad = path(u"bad.yaml"_s);
    QVERIFY(writeFile(bad, BadCatalog));
    const ProcessResult r = ctl({u"graph"_s, bad, u"--check"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(bad + u":3:11: "_s));
    const QJsonObject json = parseObject(r.rawOut, &ok);
    QVERIFY(ok);
    QCOMPARE(sortedKeys(json), fields);
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    QCOMPARE(json.value(u"services"_s).toInt(), 0); // never a half-loaded catalog
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 4);
    const QJsonObject first = errors.at(0).toObject();
    QCOMPARE(sortedKeys(first), (QStringList{u"column"_s, u"file"_s, u"line"_s, u"message"_s}));
    QCOMPARE(first.value(u"file"_s).toString(), bad);
    QCOMPARE(first.value(u"line"_s).toInt(), 3);
    QCOMPARE(first.value(u"column"_s).toInt(), 11);
    QVERIFY(first.value(u"message"_s).toString().startsWith(u"tier must be"_s));
    QCOMPARE(errors.at(3).toObject().value(u"line"_s).toInt(), 6);
}

void TestGraphCli::badCatalogRefusesEveryAction_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("--blast-radius") << QStringList{u"--blast-radius"_s, u"a"_s};
    QTest::addRow("--blast-radius --json") << QStringList{u"--blast-radius"_s, u"a"_s, u"--json"_s};
    QTest::addRow("--root-causes") << QStringList{u"--root-causes"_s, u"a"_s};
    QTest::addRow("--startup-order") << QStringList{u"--startup-order"_s};
    QTest::addRow("--startup-order --json") << QStringList{u"--startup-order"_s, u"--json"_s};
    QTest::addRow("--dot") << QStringList{u"--dot"_s};
}

void TestGraphCli::badCatalogRefusesEveryAction()
{
    QFETCH(QStringList, args);
    const QString bad = path(u"bad.yaml"_s);
    QVERIFY(writeFile(bad, BadCatalog));
    const ProcessResult r = ctl(QStringList{u"graph"_s, bad} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // no answer from a half-loaded catalog
    QVERIFY2(r.err.contains(bad + u":5:18: unknown service \"b\" in depends_on"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"4 errors in the service catalog"_s));
}

void TestGraphCli::missingWorkspace()
{
    const QString missing = path(u"no-such-folder"_s);
    const ProcessResult r = ctl({u"graph"_s, missing, u"--check"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(missing + u": no such file or folder\n"_s), qPrintable(r.err));
}

void TestGraphCli::warningsOnEveryAction()
{
    // An unknown key is a warning: the catalog loads, the answer comes, the warning names the spot.
    const QString folder = path(u"typo"_s);
    QVERIFY(writeFile(folder + u"/services.yaml"_s, "services:\n  - id: db\n    teir: 1\n"_ba));
    for (const QStringList &args : {QStringList{u"--check"_s}, QStringList{u"--blast-radius"_s, u"db"_s},
                                    QStringList{u"--startup-order"_s, u"--json"_s}}) {
        const ProcessResult r = ctl(QStringList{u"graph"_s, folder} + args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(r.err.startsWith(folder + u"/services.yaml:3:5: warning: unknown key \"teir\""_s), qPrintable(r.err));
    }
    // An empty folder has no catalog: the loader warns, and --check fails, so that a check
    // pointed at the wrong folder does not pass.
    const QString empty = path(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    const ProcessResult r = ctl({u"graph"_s, empty, u"--check"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"warning: no service catalog here"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(empty + u": the catalog has no services"_s), qPrintable(r.err));
    const ProcessResult j = ctl({u"graph"_s, empty, u"--check"_s, u"--json"_s});
    QCOMPARE(j.exitCode, 1);
    QCOMPARE(parseObject(j.rawOut).value(u"ok"_s).toBool(true), false);
}

// --- --blast-radius --------------------------------------------------------------------------

void TestGraphCli::blastRadiusText()
{
    // db fails. Hard paths to it: api -> db; web -> api; notify -> api; queue -> notify.
    // reports reaches it only over the soft reports -> db, mailer only through reports.
    // Sorted by tier, then id. Highest tier: db itself (0); tightest RTO: web (5m).
    const ProcessResult r = ctl({u"graph"_s, smallWorkspace(), u"--blast-radius"_s, u"db"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<Section> parts = sections(r.out);
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0).heading, u"Failed (1):"_s);
    QCOMPARE(parts.at(0).ids, QStringList{u"db"_s});
    QCOMPARE(parts.at(1).heading, u"Hard impact (4), these stop working:"_s);
    QCOMPARE(parts.at(1).ids, (QStringList{u"api"_s, u"web"_s, u"notify"_s, u"queue"_s}));
    QCOMPARE(parts.at(2).heading, u"Soft impact (2), these run degraded:"_s);
    QCOMPARE(parts.at(2).ids, (QStringList{u"mailer"_s, u"reports"_s}));
    QVERIFY2(r.out.contains(u"  api     Orders API · tier 1 · RTO 15 m · commerce\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Highest tier affected:  0\n"_s));
    QVERIFY(r.out.contains(u"Tightest RTO:           5 m (web)\n"_s));

    // Nothing depends on web: the impact lists say so.
    const ProcessResult leaf = ctl({u"graph"_s, smallWorkspace(), u"--blast-radius"_s, u"web"_s});
    QCOMPARE(leaf.exitCode, 0);
    const QList<Section> leafParts = sections(leaf.out);
    QCOMPARE(leafParts.at(1).heading, u"Hard impact (0), these stop working:"_s);
    QCOMPARE(leafParts.at(1).ids, QStringList{u"none"_s});
    QCOMPARE(leafParts.at(2).ids, QStringList{u"none"_s});
}

void TestGraphCli::blastRadiusJson_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("hard");
    QTest::addColumn<QStringList>("soft");
    QTest::addColumn<int>("highestTier");
    QTest::addColumn<qint64>("tightestRtoMs");
    QTest::addColumn<QString>("tightestService");

    QTest::addRow("db") << QStringList{u"db"_s} << QStringList{u"db"_s}
                        << QStringList{u"api"_s, u"web"_s, u"notify"_s, u"queue"_s}
                        << QStringList{u"mailer"_s, u"reports"_s} << 0 << qint64(300000) << u"web"_s;
    // Every path to cache starts with the soft api -> cache: all soft. Highest tier: api, web (1).
    QTest::addRow("cache") << QStringList{u"cache"_s} << QStringList{u"cache"_s} << QStringList{}
                           << QStringList{u"api"_s, u"web"_s, u"notify"_s, u"queue"_s} << 1 << qint64(300000)
                           << u"web"_s;
    // Two failures, comma-separated and repeated (counted once): mailer -> reports and
    // queue -> notify are hard; notify's soft edge leads to queue, which is hit already.
    // Highest tier: notify, mailer, queue (2); tightest RTO: notify (30m).
    QTest::addRow("reports,notify,reports") << QStringList{u"reports,notify"_s, u"reports"_s}
                                            << QStringList{u"notify"_s, u"reports"_s}
                                            << QStringList{u"mailer"_s, u"queue"_s} << QStringList{} << 2
                                            << qint64(1800000) << u"notify"_s;
    // queue: notify reaches it only over its soft edge; api, web, … do not depend on notify.
    QTest::addRow("queue") << QStringList{u"queue"_s} << QStringList{u"queue"_s} << QStringList{}
                           << QStringList{u"notify"_s} << 2 << qint64(1800000) << u"notify"_s;
}

void TestGraphCli::blastRadiusJson()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, failed);
    QFETCH(QStringList, hard);
    QFETCH(QStringList, soft);
    QFETCH(int, highestTier);
    QFETCH(qint64, tightestRtoMs);
    QFETCH(QString, tightestService);

    QStringList args;
    for (const QString &id : ids)
        args << u"--blast-radius"_s << id;
    bool ok = false;
    const QJsonObject json = graphJson(smallWorkspace(), args, &ok);
    QVERIFY(ok);
    QCOMPARE(sortedKeys(json), (QStringList{u"failed"_s, u"hard"_s, u"highest_tier"_s, u"soft"_s,
                                            u"tightest_rto_ms"_s, u"tightest_rto_service"_s}));
    QCOMPARE(strings(json.value(u"failed"_s)), failed);
    QCOMPARE(strings(json.value(u"hard"_s)), hard);
    QCOMPARE(strings(json.value(u"soft"_s)), soft);
    QCOMPARE(json.value(u"highest_tier"_s).toInt(-1), highestTier);
    QCOMPARE(qint64(json.value(u"tightest_rto_ms"_s).toDouble()), tightestRtoMs);
    QCOMPARE(json.value(u"tightest_rto_service"_s).toString(), tightestService);
}

void TestGraphCli::unknownService_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("messages");
    QTest::addRow("blast radius") << QStringList{u"--blast-radius"_s, u"dbb"_s}
                                  << QStringList{u"incidentctl graph: unknown service 'dbb'"_s};
    QTest::addRow("blast radius, JSON") << QStringList{u"--blast-radius"_s, u"db,nope"_s, u"--json"_s}
                                        << QStringList{u"incidentctl graph: unknown service 'nope'"_s};
    QTest::addRow("root causes, two unknown") << QStringList{u"--root-causes"_s, u"x,api,y"_s}
                                              << QStringList{u"incidentctl graph: unknown service 'x'"_s,
                                                             u"incidentctl graph: unknown service 'y'"_s};
    // Native ids are case-sensitive.
    QTest::addRow("wrong case") << QStringList{u"--blast-radius"_s, u"DB"_s}
                                << QStringList{u"incidentctl graph: unknown service 'DB'"_s};
}

void TestGraphCli::unknownService()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, messages);
    const ProcessResult r = ctl(QStringList{u"graph"_s, smallWorkspace()} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(r.err.split(u'\n', Qt::SkipEmptyParts), messages);
}

// The forms a native service can be written in: its id, and the Backstage bridge service:<id>
// (kind case-insensitive, namespace empty or default, id exact or, as the loader accepts it, equal
// but for case).
void TestGraphCli::serviceReferences_data()
{
    QTest::addColumn<QString>("written");
    for (const QString &written : {u"db"_s, u"service:db"_s, u"Service:db"_s, u"service:default/db"_s, u"service:DB"_s})
        QTest::addRow("%s", qPrintable(written)) << written;
}

void TestGraphCli::serviceReferences()
{
    QFETCH(QString, written);
    bool ok = false;
    const QJsonObject json = graphJson(smallWorkspace(), {u"--blast-radius"_s, written}, &ok);
    QVERIFY(ok);
    QCOMPARE(strings(json.value(u"failed"_s)), QStringList{u"db"_s});
    const ProcessResult other = ctl({u"graph"_s, smallWorkspace(), u"--blast-radius"_s, u"service:shop/db"_s});
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(other.err, u"incidentctl graph: unknown service 'service:shop/db'\n"_s);
}

void TestGraphCli::ambiguousName()
{
    // A Component and a Resource both named "search": the bare name could be either.
    const QString file = path(u"search.yaml"_s);
    QVERIFY(writeFile(file, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: search}\n"
                            "spec: {type: service, lifecycle: production, owner: team-a, dependsOn: [resource:search]}\n"
                            "---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata: {name: search}\n"
                            "spec: {type: database, owner: team-a}\n"_ba));
    const ProcessResult r = ctl({u"graph"_s, file, u"--blast-radius"_s, u"search"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, u"incidentctl graph: 'search' could be any of component:default/search, resource:default/search; "
                    u"write the one you mean in full\n"_s);
    bool ok = false;
    const QJsonObject json = graphJson(file, {u"--blast-radius"_s, u"resource:search"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(strings(json.value(u"hard"_s)), QStringList{u"component:default/search"_s});
}

// --- --root-causes ---------------------------------------------------------------------------

void TestGraphCli::rootCauses_data()
{
    QTest::addColumn<QString>("unhealthy");
    QTest::addColumn<QStringList>("sortedUnhealthy");
    QTest::addColumn<QStringList>("candidates");

    // api, web, reports all depend (directly or not) on the unhealthy db.
    QTest::addRow("db and what it takes down") << u"web,api,db,reports"_s
                                               << QStringList{u"api"_s, u"db"_s, u"reports"_s, u"web"_s}
                                               << QStringList{u"db"_s};
    // A soft dependency counts: api is a symptom of cache.
    QTest::addRow("soft dependency") << u"api,cache,web"_s << QStringList{u"api"_s, u"cache"_s, u"web"_s}
                                     << QStringList{u"cache"_s};
    // notify and queue depend on each other: one suspect, both named. web's api is healthy.
    // Sorted by tier (web 1; notify, queue 2), then id.
    QTest::addRow("cycle") << u"queue,notify,web"_s << QStringList{u"notify"_s, u"queue"_s, u"web"_s}
                           << QStringList{u"web"_s, u"notify"_s, u"queue"_s};
    // Unrelated failures are each their own candidate.
    QTest::addRow("independent") << u"mailer,cache"_s << QStringList{u"cache"_s, u"mailer"_s}
                                 << QStringList{u"cache"_s, u"mailer"_s};
}

void TestGraphCli::rootCauses()
{
    QFETCH(QString, unhealthy);
    QFETCH(QStringList, sortedUnhealthy);
    QFETCH(QStringList, candidates);
    const QString workspace = smallWorkspace();

    bool ok = false;
    const QJsonObject json = graphJson(workspace, {u"--root-causes"_s, unhealthy}, &ok);
    QVERIFY(ok);
    QCOMPARE(sortedKeys(json), (QStringList{u"candidates"_s, u"unhealthy"_s}));
    QCOMPARE(strings(json.value(u"unhealthy"_s)), sortedUnhealthy);
    QCOMPARE(strings(json.value(u"candidates"_s)), candidates);

    const ProcessResult r = ctl({u"graph"_s, workspace, u"--root-causes"_s, unhealthy});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<Section> parts = sections(r.out);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).heading,
             u"Unhealthy (%1): %2"_s.arg(sortedUnhealthy.size()).arg(sortedUnhealthy.join(u", "_s)));
    QCOMPARE(parts.at(1).heading,
             u"Root-cause candidates (%1), none of their dependencies is unhealthy:"_s.arg(candidates.size()));
    QCOMPARE(parts.at(1).ids, candidates);
}

// --- --startup-order -------------------------------------------------------------------------

// The cycle notify -> queue (soft) -> notify is broken at its soft edge. Then, in layers:
//   1: cache, db (no dependencies)   2: api (db, cache), reports (db)
//   3: mailer (reports), notify (api), web (api)   4: queue (notify)
// Finish times over all kept edges (startup_time added along the longest chain):
//   db 5, cache 1, api 2+5 = 7, reports 1+5 = 6, web 3+7 = 10, mailer 1+6 = 7, notify 2+7 = 9,
//   queue 1+9 = 10. web and queue tie at 10 m; the longer chain wins: db, api, notify, queue.
// RTO (hard edges only): web needs db 5 + api 2 + web 3 = 10 m > 5 m. api 7 m ≤ 15 m, notify 9 m
// ≤ 30 m, db 5 m ≤ 10 m, reports (its only dependency is soft) 1 m, mailer 2 m: fine.
void TestGraphCli::startupOrderText()
{
    const ProcessResult r = ctl({u"graph"_s, smallWorkspace(), u"--startup-order"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString expected =
        u"Cycles (1), each broken at one dependency:\n"
        u"  notify → queue → notify\n"
        u"    notify → queue is a soft dependency: notify starts without it and catches up\n"
        u"\n"
        u"Start order (services in one layer can start in parallel):\n"
        u"  1  cache, db\n"
        u"  2  api, reports\n"
        u"  3  mailer, notify, web\n"
        u"  4  queue\n"
        u"\n"
        u"Critical path (10 m), in start order:\n"
        u"  db      5 m\n"
        u"  api     2 m\n"
        u"  notify  2 m\n"
        u"  queue   1 m\n"
        u"\n"
        u"RTO violations (1):\n"
        u"  web cannot meet its 5 m RTO: its dependency chain needs 10 m\n"
        u"    start order: db, api, web\n"_s;
    QCOMPARE(r.out, expected);

    // Without the cycle and with enough time: "none" everywhere it applies.
    const QString calm = path(u"calm.yaml"_s);
    QVERIFY(writeFile(calm, "services:\n  - {id: a, rto: 1h, startup_time: 1m}\n"
                            "  - {id: b, rto: 1h, startup_time: 30s, depends_on: [a]}\n"_ba));
    const ProcessResult c = ctl({u"graph"_s, calm, u"--startup-order"_s});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.out, u"Cycles: none\n"
                    u"\n"
                    u"Start order (services in one layer can start in parallel):\n"
                    u"  1  a\n"
                    u"  2  b\n"
                    u"\n"
                    u"Critical path (1 m 30 s), in start order:\n"
                    u"  a  1 m\n"
                    u"  b  30 s\n"
                    u"\n"
                    u"RTO violations: none\n"_s);
}

void TestGraphCli::startupOrderJson()
{
    bool ok = false;
    const QJsonObject json = graphJson(smallWorkspace(), {u"--startup-order"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(sortedKeys(json), (QStringList{u"broken_edges"_s, u"critical_path"_s, u"critical_path_ms"_s,
                                            u"cycles"_s, u"layers"_s, u"rto_violations"_s}));
    const QJsonArray layers = json.value(u"layers"_s).toArray();
    QCOMPARE(layers.size(), 4);
    QCOMPARE(strings(layers.at(0)), (QStringList{u"cache"_s, u"db"_s}));
    QCOMPARE(strings(layers.at(1)), (QStringList{u"api"_s, u"reports"_s}));
    QCOMPARE(strings(layers.at(2)), (QStringList{u"mailer"_s, u"notify"_s, u"web"_s}));
    QCOMPARE(strings(layers.at(3)), QStringList{u"queue"_s});

    const QJsonArray cycles = json.value(u"cycles"_s).toArray();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(strings(cycles.at(0)), (QStringList{u"notify"_s, u"queue"_s}));
    const QJsonArray broken = json.value(u"broken_edges"_s).toArray();
    QCOMPARE(broken.size(), 1);
    const QJsonObject edge = broken.at(0).toObject();
    QCOMPARE(sortedKeys(edge), (QStringList{u"from"_s, u"reason"_s, u"soft"_s, u"to"_s}));
    QCOMPARE(edge.value(u"from"_s).toString(), u"notify"_s);
    QCOMPARE(edge.value(u"to"_s).toString(), u"queue"_s);
    QCOMPARE(edge.value(u"soft"_s).toBool(), true);
    QCOMPARE(edge.value(u"reason"_s).toString(),
             u"notify → queue is a soft dependency: notify starts without it and catches up"_s);

    QCOMPARE(strings(json.value(u"critical_path"_s)), (QStringList{u"db"_s, u"api"_s, u"notify"_s, u"queue"_s}));
    QCOMPARE(json.value(u"critical_path_ms"_s).toInteger(), 600000);

    const QJsonArray violations = json.value(u"rto_violations"_s).toArray();
    QCOMPARE(violations.size(), 1);
    const QJsonObject late = violations.at(0).toObject();
    QCOMPARE(sortedKeys(late), (QStringList{u"chain"_s, u"chain_ms"_s, u"message"_s, u"rto_ms"_s, u"service"_s}));
    QCOMPARE(late.value(u"service"_s).toString(), u"web"_s);
    QCOMPARE(late.value(u"rto_ms"_s).toInteger(), 300000);
    QCOMPARE(late.value(u"chain_ms"_s).toInteger(), 600000);
    QCOMPARE(strings(late.value(u"chain"_s)), (QStringList{u"db"_s, u"api"_s, u"web"_s}));
    QCOMPARE(late.value(u"message"_s).toString(), u"web cannot meet its 5 m RTO: its dependency chain needs 10 m"_s);
}

// --- WORKSPACE as a single file --------------------------------------------------------------

void TestGraphCli::singleBackstageFile()
{
    // The file lies in a folder whose services.yaml is broken: given the file, only the file is read.
    const QString folder = path(u"repo"_s);
    const QString file = folder + u"/catalog-info.yaml"_s;
    QVERIFY(writeFile(file, BackstageCatalog));
    QVERIFY(writeFile(folder + u"/services.yaml"_s, "services: [\n"_ba));
    const ProcessResult folderRun = ctl({u"graph"_s, folder, u"--check"_s});
    QCOMPARE(folderRun.exitCode, 1);
    QVERIFY2(folderRun.err.startsWith(folder + u"/services.yaml:2:1: "_s), qPrintable(folderRun.err));

    const ProcessResult check = ctl({u"graph"_s, file, u"--check"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    QCOMPARE(check.out, u"5 services, 3 dependencies (1 soft)\n"_s);

    // db fails: orders needs it (hard), web needs orders through the API (hard).
    bool ok = false;
    for (const QString &written : {u"db"_s, u"resource:db"_s, u"Resource:Default/DB"_s, u"resource:default/db"_s}) {
        const QJsonObject json = graphJson(file, {u"--blast-radius"_s, written}, &ok);
        QVERIFY2(ok, qPrintable(written));
        QCOMPARE(strings(json.value(u"failed"_s)), QStringList{u"resource:default/db"_s});
        QCOMPARE(strings(json.value(u"hard"_s)),
                 (QStringList{u"component:default/orders"_s, u"component:default/web"_s}));
        QCOMPARE(strings(json.value(u"soft"_s)), QStringList{});
        QCOMPARE(json.value(u"highest_tier"_s).toInt(-1), 0);
        QCOMPARE(json.value(u"tightest_rto_service"_s).toString(), u"resource:default/db"_s);
    }
    // cache fails: orders marked it soft, so orders and web run degraded.
    const QJsonObject cache = graphJson(file, {u"--blast-radius"_s, u"cache"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(strings(cache.value(u"hard"_s)), QStringList{});
    QCOMPARE(strings(cache.value(u"soft"_s)),
             (QStringList{u"component:default/orders"_s, u"component:default/web"_s}));
    QCOMPARE(cache.value(u"tightest_rto_ms"_s).toInteger(), 900000);

    // The API has a provider, so it is not a service of its own; "orders" alone means the component.
    const QJsonObject roots = graphJson(file, {u"--root-causes"_s, u"web,orders,db"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(strings(roots.value(u"candidates"_s)), QStringList{u"resource:default/db"_s});
    const ProcessResult api = ctl({u"graph"_s, file, u"--blast-radius"_s, u"api:orders"_s});
    QCOMPARE(api.exitCode, 1);
    QCOMPARE(api.err, u"incidentctl graph: unknown service 'api:orders'\n"_s);

    // The startup order of the Backstage graph (no startup times: everything takes 0 s).
    const QJsonObject order = graphJson(file, {u"--startup-order"_s}, &ok);
    QVERIFY(ok);
    const QJsonArray layers = order.value(u"layers"_s).toArray();
    QCOMPARE(layers.size(), 3);
    QCOMPARE(strings(layers.at(0)),
             (QStringList{u"resource:default/cache"_s, u"resource:default/db"_s, u"system:default/shop"_s}));
    QCOMPARE(strings(layers.at(1)), QStringList{u"component:default/orders"_s});
    QCOMPARE(strings(layers.at(2)), QStringList{u"component:default/web"_s});

    // Errors in a Backstage file name its line and column too: orders' dependsOn is line 44 of
    // the file, the second reference starts in column 28.
    QByteArray broken = BackstageCatalog;
    broken.replace("dependsOn: [resource:db, resource:cache]", "dependsOn: [resource:db, resource:cach]");
    QVERIFY(writeFile(file, broken));
    const ProcessResult bad = ctl({u"graph"_s, file, u"--check"_s});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.startsWith(file + u":44:28: spec.dependsOn refers to resource:default/cach, which is not in the "
                                              u"catalog"_s),
             qPrintable(bad.err));
}

void TestGraphCli::singleNativeFile()
{
    const QString file = path(u"elsewhere/my-services.yaml"_s);
    QVERIFY(writeFile(file, SmallCatalog));
    const ProcessResult r = ctl({u"graph"_s, file, u"--check"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"8 services, 8 dependencies (3 soft)\n"_s);
    bool ok = false;
    const QJsonObject json = graphJson(file, {u"--blast-radius"_s, u"reports"_s}, &ok);
    QVERIFY(ok);
    QCOMPARE(strings(json.value(u"hard"_s)), QStringList{u"mailer"_s});
}

// --- --dot -----------------------------------------------------------------------------------

void TestGraphCli::dotAcceptedByGraphviz()
{
    const ProcessResult small = ctl({u"graph"_s, smallWorkspace(), u"--dot"_s});
    QCOMPARE(small.exitCode, 0);
    QVERIFY2(small.err.isEmpty(), qPrintable(small.err));
    QVERIFY(small.out.startsWith(u"digraph "_s));
    QVERIFY(small.out.contains(u"\"api\" [label=\"Orders API\\ntier 1\"];\n"_s));
    QVERIFY(small.out.contains(u"\"api\" -> \"cache\" [style=dashed];\n"_s));
    QVERIFY(small.out.contains(u"\"api\" -> \"db\";\n"_s));
    checkDotAccepts(small.rawOut,
                    {u"api"_s, u"cache"_s, u"db"_s, u"mailer"_s, u"notify"_s, u"queue"_s, u"reports"_s, u"web"_s},
                    8, 3);

    // Backstage ids (":" and "/") and names that need quoting.
    const QString file = path(u"quoted.yaml"_s);
    QVERIFY(writeFile(file, "services:\n"
                            "  - {id: a, name: 'Say \"hi\" \\ back'}\n"
                            "  - {id: b, name: \"two\\nlines\", depends_on: [a]}\n"_ba));
    const ProcessResult quoted = ctl({u"graph"_s, file, u"--dot"_s});
    QCOMPARE(quoted.exitCode, 0);
    checkDotAccepts(quoted.rawOut, {u"a"_s, u"b"_s}, 1, 0);

    QVERIFY(writeFile(path(u"repo/catalog-info.yaml"_s), BackstageCatalog));
    const ProcessResult backstage = ctl({u"graph"_s, path(u"repo/catalog-info.yaml"_s), u"--dot"_s});
    QCOMPARE(backstage.exitCode, 0);
    checkDotAccepts(backstage.rawOut,
                    {u"component:default/orders"_s, u"component:default/web"_s, u"resource:default/cache"_s,
                     u"resource:default/db"_s, u"system:default/shop"_s},
                    3, 1);
}

void TestGraphCli::dotDemoWorkspace()
{
    const ProcessResult dot = ctl({u"graph"_s, QStringLiteral(DEMO_WORKSPACE), u"--dot"_s});
    QCOMPARE(dot.exitCode, 0);
    QVERIFY2(dot.err.isEmpty(), qPrintable(dot.err));
    bool ok = false;
    const QJsonObject check = graphJson(QStringLiteral(DEMO_WORKSPACE), {u"--check"_s}, &ok);
    QVERIFY(ok);
    // Every service a node, every dependency an edge, the soft ones dashed.
    QStringList ids;
    static const QRegularExpression nodeLine(uR"(^  ("[^"]*") \[label=)"_s, QRegularExpression::MultilineOption);
    for (auto it = nodeLine.globalMatch(dot.out); it.hasNext();) {
        const QString quoted = it.next().captured(1);
        ids.append(quoted.mid(1, quoted.size() - 2));
    }
    QCOMPARE(ids.size(), check.value(u"services"_s).toInt());
    checkDotAccepts(dot.rawOut, ids, check.value(u"dependencies"_s).toInt(),
                    check.value(u"soft_dependencies"_s).toInt());
}

QTEST_GUILESS_MAIN(TestGraphCli)
#include "tst_graphcli.moc"
