// End-to-end tests of the incidentctl binary: every subcommand, its help, its exit codes, and
// what it leaves behind on disk. The binary runs as a child process, like a user's shell runs it.

#include "ChildProcess.h"
#include "Event.h"
#include "TestFiles.h"
#include "TimelineStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every file below `dir` with a digest of its bytes: a command that must not touch anything leaves this equal
// (no changed bytes, no -wal/-shm/-journal files left behind, nothing created).
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = fileBytes(path);
        files.insert(QDir(dir).relativeFilePath(path),
                     it.fileInfo().isDir()
                         ? QByteArray("folder")
                         : QByteArray::number(bytes.size()) + " bytes, sha256 "
                               + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    return files;
}

// What changed below `dir` since `before` was taken, one file a line, SQLite side files (-wal,
// -shm, -journal) a command left behind named as such; empty when nothing changed.
QString changesSince(const QMap<QString, QByteArray> &before, const QString &dir)
{
    const QMap<QString, QByteArray> after = snapshot(dir);
    QStringList changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const bool sidecar = it.key().endsWith(u"-wal"_s) || it.key().endsWith(u"-shm"_s)
            || it.key().endsWith(u"-journal"_s);
        if (!before.contains(it.key()))
            changes.append((sidecar ? u"SQLite side file left behind: "_s : u"added: "_s) + it.key());
        else if (before.value(it.key()) != it.value())
            changes.append(u"changed: %1 (%2, was %3)"_s.arg(it.key(), QString::fromLatin1(it.value()),
                                                             QString::fromLatin1(before.value(it.key()))));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append(u"removed: "_s + it.key());
    }
    return changes.join(u'\n');
}

// `args` with "--lang LANG" added, unless `lang` is empty (the default, English).
QStringList inLanguage(QStringList args, const QString &lang)
{
    if (!lang.isEmpty())
        args << u"--lang"_s << lang;
    return args;
}

// RFC 4180 reader, strict: returns false on a stray quote.
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                return false;
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            return false; // records end with CRLF
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !field.isEmpty()) {
        record.append(field);
        records->append(record);
    }
    return true;
}

// A raw SQLite connection, for building foreign files and for tampering behind the store's back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~RawDatabase()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    bool exec(const QString &sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
        m_error = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return rc == SQLITE_OK;
    }

    QStringList column(const QString &sql)
    {
        QStringList values;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return values;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW)
            values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
        return values;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace

class TestIncidentctl : public QObject
{
    Q_OBJECT

private:
    ProcessResult run(const QStringList &args, const QProcessEnvironment &extraEnv = {}) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList substitute(QStringList args) const;
    // An incident with `notes` notes after the declaration (1 + notes events).
    QString makeIncident(const QString &name, int notes = 0, const QStringList &extra = {});
    QJsonObject showJson(const QString &file);
    // The "events" of `export --format json`.
    QJsonArray exportedEvents(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();

    void help_data();
    void help();
    void version();

    void badUsage_data();
    void badUsage();
    void badFile_data();
    void badFile();
    void newRefusesExistingFile_data();
    void newRefusesExistingFile();
    void newIntoMissingFolder();

    void newDeclares_data();
    void newDeclares();
    void newDefaultCommander_data();
    void newDefaultCommander();

    void logNote();
    void logStatusChanges();
    void refusedTransition_data();
    void refusedTransition();
    void logCorrection();
    void correctionOfMissingEvent();
    void lockedFile();

    void showText();
    void showJson();
    void readOnlyCommandsDoNotWrite_data();
    void readOnlyCommandsDoNotWrite();

    void verifyIntact_data();
    void verifyIntact();
    void verifyTampered_data();
    void verifyTampered();
    void verifyForgedInsertion();

    void exportJson();
    void exportCsv();
    void exportMarkdown_data();
    void exportMarkdown();
    void exportToFile();
    void exportRefusesToOverwriteIncident();
    void exportToMissingFolder();
};

ProcessResult TestIncidentctl::run(const QStringList &args, const QProcessEnvironment &extraEnv) const
{
    QProcessEnvironment env = englishEnvironment();
    env.insert(u"USER"_s, u"ctl-tester"_s);
    env.insert(u"TZ"_s, u"UTC"_s);
    for (const QString &key : extraEnv.keys()) {
        if (extraEnv.value(key) == u"<unset>")
            env.remove(key);
        else
            env.insert(key, extraEnv.value(key));
    }
    return runProcess(QStringLiteral(INCIDENTCTL_PATH), args, m_dir->path(), env);
}

QStringList TestIncidentctl::substitute(QStringList args) const
{
    for (QString &arg : args) {
        arg.replace(u"@FILE"_s, path(u"db.incident"_s));
        arg.replace(u"@NEW"_s, path(u"fresh.incident"_s));
        arg.replace(u"@BAD"_s, path(u"bad.incident"_s));
    }
    return args;
}

QString TestIncidentctl::makeIncident(const QString &name, int notes, const QStringList &extra)
{
    const QString file = path(name);
    const ProcessResult declared = run(QStringList{u"new"_s, file, u"--title"_s, u"Primary database failover"_s,
                                            u"--severity"_s, u"SEV2"_s, u"--commander"_s, u"alice"_s}
                                + extra);
    if (declared.exitCode != 0) {
        qWarning().noquote() << "new failed:" << declared.err;
        return {};
    }
    for (int i = 1; i <= notes; ++i) {
        const ProcessResult logged = run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"note number %1"_s.arg(i)});
        if (logged.exitCode != 0) {
            qWarning().noquote() << "log failed:" << logged.err;
            return {};
        }
    }
    return file;
}

QJsonObject TestIncidentctl::showJson(const QString &file)
{
    const ProcessResult shown = run({u"show"_s, file, u"--json"_s});
    if (shown.exitCode != 0)
        qWarning().noquote() << "show failed:" << shown.err;
    return parseObject(shown.rawOut);
}

QJsonArray TestIncidentctl::exportedEvents(const QString &file)
{
    const ProcessResult exported = run({u"export"_s, file, u"--format"_s, u"json"_s});
    if (exported.exitCode != 0)
        qWarning().noquote() << "export failed:" << exported.err;
    return parseObject(exported.rawOut).value(u"events"_s).toArray();
}

void TestIncidentctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// --- help and version ------------------------------------------------------------------------

void TestIncidentctl::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");

    const QStringList overview = {u"Usage: incidentctl"_s, u"Commands:"_s, u"new"_s, u"log"_s, u"show"_s,
                                  u"verify"_s, u"export"_s, u"--version"_s, u"--lang"_s};
    QTest::addRow("--help") << QStringList{u"--help"_s} << overview;
    QTest::addRow("-h") << QStringList{u"-h"_s} << overview;
    QTest::addRow("help") << QStringList{u"help"_s} << overview;
    QTest::addRow("new --help") << QStringList{u"new"_s, u"--help"_s}
                                << QStringList{u"Usage: incidentctl new"_s, u"--title"_s, u"--severity"_s,
                                               u"--commander"_s, u"--exercise"_s, u"SEV1"_s, u"FILE"_s};
    QTest::addRow("log --help") << QStringList{u"log"_s, u"--help"_s}
                                << QStringList{u"Usage: incidentctl log"_s, u"--kind"_s, u"--text"_s, u"--status"_s,
                                               u"--corrects"_s, u"--reason"_s, u"--actor"_s, u"--role"_s,
                                               u"status_changed"_s, u"correction"_s};
    QTest::addRow("show --help") << QStringList{u"show"_s, u"--help"_s}
                                 << QStringList{u"Usage: incidentctl show"_s, u"--json"_s, u"read-only"_s};
    QTest::addRow("verify --help") << QStringList{u"verify"_s, u"--help"_s}
                                   << QStringList{u"Usage: incidentctl verify"_s, u"--json"_s};
    QTest::addRow("export --help") << QStringList{u"export"_s, u"--help"_s}
                                   << QStringList{u"Usage: incidentctl export"_s, u"--format"_s, u"-o"_s,
                                                  u"markdown"_s};
    QTest::addRow("help export") << QStringList{u"help"_s, u"export"_s}
                                 << QStringList{u"Usage: incidentctl export"_s, u"--format"_s};
    QTest::addRow("help ignores the file") << QStringList{u"show"_s, u"@BAD"_s, u"--help"_s}
                                           << QStringList{u"Usage: incidentctl show"_s};
}

void TestIncidentctl::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    for (const QString &lang : {QString(), u"de"_s}) {
        const QStringList full = lang.isEmpty() ? substitute(args) : substitute(args) + QStringList{u"--lang"_s, lang};
        const ProcessResult r = run(full);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        if (lang.isEmpty()) {
            for (const QString &text : expected)
                QVERIFY2(r.out.contains(text), qPrintable(u"'%1' missing from:\n%2"_s.arg(text, r.out)));
            // The usage line names the program, not the path it was started from.
            QVERIFY(!r.out.contains(QStringLiteral(INCIDENTCTL_PATH)));
        } else {
            QVERIFY(!r.out.isEmpty());
        }
    }
}

void TestIncidentctl::version()
{
    for (const QStringList &args : {QStringList{u"--version"_s}, QStringList{u"-v"_s},
                                    QStringList{u"--lang"_s, u"de"_s, u"--version"_s}}) {
        const ProcessResult r = run(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"incidentctl %1\n"_s.arg(QStringLiteral(IC_VERSION)));
        QVERIFY(r.err.isEmpty());
    }
}

// --- bad usage: exit 2, nothing written --------------------------------------------------------

void TestIncidentctl::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // checked in English only
    QTest::addColumn<QString>("lang");

    struct Row {
        const char *name;
        QStringList args;
        QString message;
    };
    const QString sev = u"--severity"_s;
    const QList<Row> rows = {
        {"no command", {}, u"Usage: incidentctl"_s},
        {"unknown command", {u"frobnicate"_s, u"@FILE"_s}, u"unknown command 'frobnicate'"_s},
        {"unknown top-level option", {u"--frobnicate"_s}, u"frobnicate"_s},
        {"help of unknown command", {u"help"_s, u"frobnicate"_s}, u"unknown command 'frobnicate'"_s},
        {"new without file", {u"new"_s, u"--title"_s, u"T"_s, sev, u"SEV2"_s}, u"missing FILE"_s},
        {"new with two files", {u"new"_s, u"@NEW"_s, u"other.incident"_s, u"--title"_s, u"T"_s, sev, u"SEV2"_s},
         u"other.incident"_s},
        {"new without title", {u"new"_s, u"@NEW"_s, sev, u"SEV2"_s}, u"--title"_s},
        {"new with blank title", {u"new"_s, u"@NEW"_s, u"--title"_s, u"  "_s, sev, u"SEV2"_s}, u"--title"_s},
        {"new without severity", {u"new"_s, u"@NEW"_s, u"--title"_s, u"T"_s}, u"--severity"_s},
        {"new with unknown severity", {u"new"_s, u"@NEW"_s, u"--title"_s, u"T"_s, sev, u"SEV9"_s},
         u"unknown severity 'SEV9'"_s},
        {"new with word severity", {u"new"_s, u"@NEW"_s, u"--title"_s, u"T"_s, sev, u"critical"_s},
         u"unknown severity 'critical'"_s},
        {"new with unknown option", {u"new"_s, u"@NEW"_s, u"--title"_s, u"T"_s, sev, u"SEV2"_s, u"--colour"_s},
         u"colour"_s},
        {"new with missing option value", {u"new"_s, u"@NEW"_s, sev, u"SEV2"_s, u"--title"_s}, u"title"_s},
        {"new with empty commander",
         {u"new"_s, u"@NEW"_s, u"--title"_s, u"T"_s, sev, u"SEV2"_s, u"--commander"_s, u""_s}, u"--commander"_s},
        {"log without file", {u"log"_s, u"--kind"_s, u"note"_s, u"--text"_s, u"x"_s}, u"missing FILE"_s},
        {"log without kind", {u"log"_s, u"@FILE"_s, u"--text"_s, u"x"_s}, u"--kind"_s},
        {"log declared", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"declared"_s},
         u"kind declared cannot be logged from the command line"_s},
        {"log role_assigned", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"role_assigned"_s},
         u"kind role_assigned cannot be logged from the command line"_s},
        {"log unknown kind", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"banana"_s, u"--text"_s, u"x"_s},
         u"kind banana cannot be logged from the command line"_s},
        {"log note without text", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"note"_s}, u"--text"_s},
        {"log note with blank text", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"note"_s, u"--text"_s, u" "_s},
         u"--text"_s},
        {"log note with status", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"note"_s, u"--text"_s, u"x"_s, u"--status"_s,
                                  u"resolved"_s},
         u"--status does not apply"_s},
        {"log status without status", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"status_changed"_s}, u"--status"_s},
        {"log unknown status", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"fixed"_s},
         u"unknown status 'fixed'"_s},
        {"log correction without seq", {u"log"_s, u"@FILE"_s, u"--kind"_s, u"correction"_s, u"--reason"_s, u"r"_s},
         u"--corrects"_s},
        {"log correction with bad seq",
         {u"log"_s, u"@FILE"_s, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"two"_s, u"--reason"_s, u"r"_s},
         u"--corrects"_s},
        {"log correction with seq 0",
         {u"log"_s, u"@FILE"_s, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"0"_s, u"--reason"_s, u"r"_s},
         u"--corrects"_s},
        {"log correction without reason",
         {u"log"_s, u"@FILE"_s, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"1"_s}, u"--reason"_s},
        {"log with empty actor",
         {u"log"_s, u"@FILE"_s, u"--kind"_s, u"note"_s, u"--text"_s, u"x"_s, u"--actor"_s, u""_s}, u"--actor"_s},
        {"show without file", {u"show"_s}, u"missing FILE"_s},
        {"show with unknown option", {u"show"_s, u"@FILE"_s, u"--yaml"_s}, u"yaml"_s},
        {"verify without file", {u"verify"_s, u"--json"_s}, u"missing FILE"_s},
        {"verify with two files", {u"verify"_s, u"@FILE"_s, u"@FILE"_s}, u"only one FILE"_s},
        {"export without format", {u"export"_s, u"@FILE"_s}, u"--format"_s},
        {"export with unknown format", {u"export"_s, u"@FILE"_s, u"--format"_s, u"xml"_s}, u"unknown format 'xml'"_s},
        {"export without file", {u"export"_s, u"--format"_s, u"json"_s}, u"missing FILE"_s},
    };
    for (const Row &row : rows) {
        QTest::addRow("%s", row.name) << row.args << row.message << QString();
        QTest::addRow("%s, --lang de", row.name) << row.args << row.message << u"de"_s;
    }
}

void TestIncidentctl::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(QString, lang);
    QVERIFY(!makeIncident(u"db.incident"_s, 1).isEmpty());
    const auto before = snapshot(m_dir->path());

    const ProcessResult r = run(inLanguage(substitute(args), lang));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(!r.err.isEmpty());
    if (lang.isEmpty())
        QVERIFY2(r.err.contains(message), qPrintable(u"'%1' missing from:\n%2"_s.arg(message, r.err)));
    const QString changes = changesSince(before, m_dir->path());
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

// --- files that are not (good) incident files: exit 1, file untouched --------------------------

void TestIncidentctl::badFile_data()
{
    QTest::addColumn<QString>("fileKind");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lang");

    const QList<std::pair<const char *, QStringList>> commands = {
        {"show", {u"show"_s, u"@BAD"_s}},
        {"show --json", {u"show"_s, u"@BAD"_s, u"--json"_s}},
        {"verify", {u"verify"_s, u"@BAD"_s}},
        {"verify --json", {u"verify"_s, u"@BAD"_s, u"--json"_s}},
        {"export json", {u"export"_s, u"@BAD"_s, u"--format"_s, u"json"_s}},
        {"export markdown", {u"export"_s, u"@BAD"_s, u"--format"_s, u"markdown"_s, u"-o"_s, u"@NEW"_s}},
        {"log note", {u"log"_s, u"@BAD"_s, u"--kind"_s, u"note"_s, u"--text"_s, u"hello"_s}},
        {"log status", {u"log"_s, u"@BAD"_s, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"identified"_s}},
        {"log correction",
         {u"log"_s, u"@BAD"_s, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"1"_s, u"--reason"_s, u"typo"_s}},
    };
    const QStringList kinds = {u"missing"_s, u"text"_s, u"empty"_s, u"foreign sqlite"_s,
                               u"folder"_s, u"newer schema"_s, u"corrupt"_s};
    for (const QString &kind : kinds) {
        for (const auto &[name, args] : commands) {
            QTest::addRow("%s, %s", qPrintable(kind), name) << kind << args << QString();
            QTest::addRow("%s, %s, --lang de", qPrintable(kind), name) << kind << args << u"de"_s;
        }
    }
}

void TestIncidentctl::badFile()
{
    QFETCH(QString, fileKind);
    QFETCH(QStringList, args);
    QFETCH(QString, lang);

    const QString bad = path(u"bad.incident"_s);
    if (fileKind == u"text") {
        QVERIFY(writeFile(bad, "This is a text file, not an incident.\nSecond line.\n"));
    } else if (fileKind == u"empty") {
        QVERIFY(writeFile(bad, {}));
    } else if (fileKind == u"foreign sqlite") {
        RawDatabase db(bad);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY2(db.exec(u"CREATE TABLE events (seq INTEGER PRIMARY KEY, payload TEXT);"
                         "INSERT INTO events VALUES (1, '{}');"_s),
                 qPrintable(db.error()));
    } else if (fileKind == u"folder") {
        QVERIFY(QDir(m_dir->path()).mkdir(u"bad.incident"_s));
    } else if (fileKind == u"newer schema") {
        QVERIFY(!makeIncident(u"bad.incident"_s, 1).isEmpty());
        RawDatabase db(bad);
        QVERIFY2(db.exec(u"PRAGMA user_version = 99"_s), qPrintable(db.error()));
    } else if (fileKind == u"corrupt") {
        // A real incident whose pages after the first (the schema) are overwritten.
        QVERIFY(!makeIncident(u"bad.incident"_s, 3).isEmpty());
        QByteArray bytes = fileBytes(bad);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xa5 ^ (i & 0xff));
        QVERIFY(writeFile(bad, bytes));
    }
    const auto before = snapshot(m_dir->path());

    const ProcessResult r = run(inLanguage(substitute(args), lang));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // The message names the file (in any language) and, in English, the reason.
    QVERIFY2(r.err.contains(bad), qPrintable(r.err));
    if (lang.isEmpty()) {
        const QHash<QString, QString> reasons = {
            {u"missing"_s, u"no such file"_s},          {u"text"_s, u"not an incident file"_s},
            {u"empty"_s, u"not an incident file"_s},    {u"foreign sqlite"_s, u"not an incident file"_s},
            {u"folder"_s, u"not an incident file"_s},   {u"newer schema"_s, u"newer version"_s},
            {u"corrupt"_s, u"damaged"_s},
        };
        QVERIFY2(r.err.contains(reasons.value(fileKind)), qPrintable(r.err));
    }
    const QString changes = changesSince(before, m_dir->path());
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

void TestIncidentctl::newRefusesExistingFile_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addRow("incident") << u"incident"_s;
    QTest::addRow("text") << u"text"_s;
    QTest::addRow("empty") << u"empty"_s;
}

void TestIncidentctl::newRefusesExistingFile()
{
    QFETCH(QString, existing);
    const QString file = path(u"db.incident"_s);
    if (existing == u"incident")
        QVERIFY(!makeIncident(u"db.incident"_s, 2).isEmpty());
    else
        QVERIFY(writeFile(file, existing == u"text" ? QByteArray("keep me\n") : QByteArray()));
    const auto before = snapshot(m_dir->path());

    for (const QString &lang : {QString(), u"de"_s}) {
        const ProcessResult r =
            run(inLanguage({u"new"_s, file, u"--title"_s, u"Another"_s, u"--severity"_s, u"SEV1"_s}, lang));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        if (lang.isEmpty())
            QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        const QString changes = changesSince(before, m_dir->path());
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
    }
    if (existing == u"incident")
        QCOMPARE(showJson(file).value(u"title"_s).toString(), u"Primary database failover"_s);
}

void TestIncidentctl::newIntoMissingFolder()
{
    const QString file = path(u"no/such/folder/db.incident"_s);
    const ProcessResult r = run({u"new"_s, file, u"--title"_s, u"T"_s, u"--severity"_s, u"SEV3"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(u"no"_s)));
}

// --- new ---------------------------------------------------------------------------------------

void TestIncidentctl::newDeclares_data()
{
    QTest::addColumn<QString>("severityArg");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<bool>("exercise");
    QTest::addColumn<QString>("lang");
    QTest::addRow("SEV2") << u"SEV2"_s << u"SEV2"_s << false << QString();
    QTest::addRow("sev1 lower case, exercise") << u"sev1"_s << u"SEV1"_s << true << QString();
    QTest::addRow("plain number") << u"4"_s << u"SEV4"_s << false << QString();
    QTest::addRow("SEV3, --lang de") << u"SEV3"_s << u"SEV3"_s << true << u"de"_s;
}

void TestIncidentctl::newDeclares()
{
    QFETCH(QString, severityArg);
    QFETCH(QString, severity);
    QFETCH(bool, exercise);
    QFETCH(QString, lang);

    const QString file = path(u"db.incident"_s);
    QStringList args{u"new"_s, file, u"--title"_s, u"Payments API: EU region down"_s, u"--severity"_s, severityArg,
                     u"--commander"_s, u"Jürgen Weiß"_s};
    if (exercise)
        args << u"--exercise"_s;
    const ProcessResult r = run(inLanguage(args, lang));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(file), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"seq 1"_s) || !lang.isEmpty(), qPrintable(r.out));
    QVERIFY(r.out.contains(u"1"_s));
    QVERIFY(QFileInfo(file).isFile());

    const QJsonObject state = showJson(file);
    QCOMPARE(state.value(u"title"_s).toString(), u"Payments API: EU region down"_s);
    QCOMPARE(state.value(u"severity"_s).toString(), severity);
    QCOMPARE(state.value(u"exercise"_s).toBool(), exercise);
    QCOMPARE(state.value(u"status"_s).toString(), u"investigating"_s);
    QCOMPARE(state.value(u"declared_by"_s).toString(), u"Jürgen Weiß"_s);
    QCOMPARE(state.value(u"roles"_s).toObject().value(u"incident_commander"_s).toString(), u"Jürgen Weiß"_s);
    QCOMPARE(state.value(u"event_count"_s).toInteger(), 1);
}

void TestIncidentctl::newDefaultCommander_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::addRow("$USER") << u"carol"_s << u"carol"_s;
    QTest::addRow("no login name") << u"<unset>"_s << u"unknown"_s;
}

void TestIncidentctl::newDefaultCommander()
{
    QFETCH(QString, user);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    env.insert(u"USER"_s, user);
    env.insert(u"LOGNAME"_s, u"<unset>"_s);
    env.insert(u"USERNAME"_s, u"<unset>"_s);
    const QString file = path(u"db.incident"_s);
    const ProcessResult r = run({u"new"_s, file, u"--title"_s, u"T"_s, u"--severity"_s, u"SEV3"_s}, env);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject state = showJson(file);
    QCOMPARE(state.value(u"declared_by"_s).toString(), expected);
    QCOMPARE(state.value(u"roles"_s).toObject().value(u"incident_commander"_s).toString(), expected);
}

// --- log ---------------------------------------------------------------------------------------

void TestIncidentctl::logNote()
{
    const QString file = makeIncident(u"db.incident"_s);
    QVERIFY(!file.isEmpty());

    ProcessResult r = run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"Replica lag 40 s on db-2"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"seq 2"_s), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());

    r = run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"Paged the DBA on call"_s, u"--actor"_s, u"bob"_s,
             u"--role"_s, u"scribe"_s, u"--lang"_s, u"de"_s});
    QCOMPARE(r.exitCode, 0);

    // Durable and visible to the next process.
    QCOMPARE(showJson(file).value(u"event_count"_s).toInteger(), 3);
    const QJsonArray events = exportedEvents(file);
    QCOMPARE(events.size(), 3);
    const QJsonObject first = events.at(1).toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"note"_s);
    QCOMPARE(first.value(u"actor"_s).toString(), u"ctl-tester"_s); // the login name by default
    QCOMPARE(first.value(u"payload"_s).toObject().value(u"text"_s).toString(), u"Replica lag 40 s on db-2"_s);
    const QJsonObject second = events.at(2).toObject();
    QCOMPARE(second.value(u"actor"_s).toString(), u"bob"_s);
    QCOMPARE(second.value(u"role"_s).toString(), u"scribe"_s);
}

void TestIncidentctl::logStatusChanges()
{
    const QString file = makeIncident(u"db.incident"_s);
    QVERIFY(!file.isEmpty());
    const QStringList statuses = {u"identified"_s, u"mitigating"_s, u"monitoring"_s, u"resolved"_s, u"closed"_s};
    qint64 seq = 1;
    for (const QString &status : statuses) {
        const ProcessResult r = run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, status});
        QCOMPARE(r.exitCode, 0);
        ++seq;
        QVERIFY2(r.out.contains(status) && r.out.contains(u"seq %1"_s.arg(seq)), qPrintable(r.out));
        const QJsonObject state = showJson(file);
        QCOMPARE(state.value(u"status"_s).toString(), status);
        QVERIFY(state.value(u"status_entered"_s).toObject().contains(status));
    }
}

void TestIncidentctl::refusedTransition_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("target");
    QTest::addRow("same status") << QStringList{} << u"investigating"_s;
    QTest::addRow("closed before resolved") << QStringList{u"mitigating"_s} << u"closed"_s;
    QTest::addRow("back from mitigating") << QStringList{u"mitigating"_s} << u"identified"_s;
    QTest::addRow("leaving closed") << QStringList{u"resolved"_s, u"closed"_s} << u"investigating"_s;
}

void TestIncidentctl::refusedTransition()
{
    QFETCH(QStringList, before);
    QFETCH(QString, target);
    const QString file = makeIncident(u"db.incident"_s);
    QVERIFY(!file.isEmpty());
    for (const QString &status : before)
        QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, status}).exitCode, 0);
    const QJsonObject stateBefore = showJson(file);

    for (const QString &lang : {QString(), u"de"_s}) {
        const ProcessResult r =
            run(inLanguage({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, target}, lang));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        if (lang.isEmpty())
            QVERIFY2(r.err.contains(u"status not changed"_s) && r.err.contains(target, Qt::CaseInsensitive),
                     qPrintable(r.err));
        QCOMPARE(showJson(file), stateBefore);
    }
}

void TestIncidentctl::logCorrection()
{
    const QString file = makeIncident(u"db.incident"_s, 2);
    QVERIFY(!file.isEmpty());

    ProcessResult r = run({u"log"_s, file, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"2"_s, u"--reason"_s,
                    u"wrong host"_s, u"--text"_s, u"note number 1, on db-3"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"seq 2"_s) && r.out.contains(u"seq 4"_s), qPrintable(r.out));

    // A retraction has no replacement text.
    r = run({u"log"_s, file, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"3"_s, u"--reason"_s, u"duplicate"_s});
    QCOMPARE(r.exitCode, 0);

    // Correcting the same event twice is refused by the incident's rules.
    r = run({u"log"_s, file, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"2"_s, u"--reason"_s, u"again"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));

    const QJsonArray events = exportedEvents(file);
    QCOMPARE(events.size(), 5);
    const QJsonObject fix = events.at(3).toObject();
    QCOMPARE(fix.value(u"kind"_s).toString(), u"correction"_s);
    const QJsonObject payload = fix.value(u"payload"_s).toObject();
    QCOMPARE(payload.value(u"corrects"_s).toInteger(), 2);
    QCOMPARE(payload.value(u"reason"_s).toString(), u"wrong host"_s);
    QCOMPARE(payload.value(u"text"_s).toString(), u"note number 1, on db-3"_s);
    QVERIFY(!events.at(4).toObject().value(u"payload"_s).toObject().contains(u"text"_s));
}

void TestIncidentctl::correctionOfMissingEvent()
{
    const QString file = makeIncident(u"db.incident"_s, 1);
    QVERIFY(!file.isEmpty());
    const ProcessResult r = run({u"log"_s, file, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"9"_s, u"--reason"_s, u"r"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file) && r.err.contains(u"9"_s), qPrintable(r.err));
    QCOMPARE(showJson(file).value(u"event_count"_s).toInteger(), 2);
}

void TestIncidentctl::lockedFile()
{
    const QString file = makeIncident(u"db.incident"_s, 1);
    QVERIFY(!file.isEmpty());
    {
        RawDatabase holder(file);
        QVERIFY(holder.isOpen());
        QVERIFY2(holder.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(holder.error()));
        const ProcessResult r = run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"blocked"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file) && r.err.contains(u"locked"_s), qPrintable(r.err));
        QVERIFY(holder.exec(u"ROLLBACK"_s));
    }
    QCOMPARE(showJson(file).value(u"event_count"_s).toInteger(), 2);
    QCOMPARE(run({u"verify"_s, file}).exitCode, 0);
}

// --- show --------------------------------------------------------------------------------------

void TestIncidentctl::showText()
{
    const QString file = makeIncident(u"db.incident"_s, 1, {u"--exercise"_s});
    QVERIFY(!file.isEmpty());
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"mitigating"_s}).exitCode, 0);
    {
        // A second role holder, written through the store as the console would.
        ic::TimelineStore store;
        QVERIFY(!store.open(file, ic::TimelineStore::Mode::ReadWrite));
        QVERIFY(!store.append({u"alice"_s, u"incident_commander"_s, u"role_assigned"_s,
                               QJsonObject{{u"role"_s, u"scribe"_s}, {u"person"_s, u"Dana Scribe"_s}}, std::nullopt}));
    }

    QProcessEnvironment env;
    env.insert(u"TZ"_s, u"Asia/Kolkata"_s); // UTC+05:30, so local and UTC differ visibly
    const ProcessResult r = run({u"show"_s, file}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject state = showJson(file);
    const QDateTime declared = QDateTime::fromString(state.value(u"declared_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(declared.isValid());
    const QString utc = declared.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString local = declared.toTimeZone(QTimeZone("Asia/Kolkata")).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(utc != local);
    for (const QString &expected : {u"Primary database failover"_s, file, u"SEV2"_s, u"Mitigating"_s,
                                    u"Investigating"_s, u"yes"_s, u"alice"_s, u"Dana Scribe"_s, u"4"_s,
                                    utc + u" UTC"_s, local}) {
        QVERIFY2(r.out.contains(expected), qPrintable(u"'%1' missing from:\n%2"_s.arg(expected, r.out)));
    }

    const ProcessResult de = run({u"show"_s, file, u"--lang"_s, u"de"_s});
    QCOMPARE(de.exitCode, 0);
    QVERIFY(de.out.contains(u"Dana Scribe"_s));
}

void TestIncidentctl::showJson()
{
    const QString file = makeIncident(u"db.incident"_s, 2);
    QVERIFY(!file.isEmpty());
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"identified"_s}).exitCode, 0);
    const ProcessResult r = run({u"show"_s, file, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject state = parseObject(r.rawOut);
    QCOMPARE(state.value(u"file"_s).toString(), file);
    QCOMPARE(state.value(u"schema_version"_s).toInt(), ic::TimelineStore::CurrentSchemaVersion);
    QCOMPARE(state.value(u"title"_s).toString(), u"Primary database failover"_s);
    QCOMPARE(state.value(u"status"_s).toString(), u"identified"_s);
    QCOMPARE(state.value(u"severity"_s).toString(), u"SEV2"_s);
    QCOMPARE(state.value(u"exercise"_s).toBool(), false);
    QCOMPARE(state.value(u"event_count"_s).toInteger(), 4);
    const QJsonObject entered = state.value(u"status_entered"_s).toObject();
    QVERIFY(entered.contains(u"investigating"_s));
    QVERIFY(entered.contains(u"identified"_s));
    QVERIFY(!entered.contains(u"mitigating"_s));
    // --lang changes no JSON.
    QCOMPARE(parseObject(run({u"show"_s, file, u"--json"_s, u"--lang"_s, u"de"_s}).rawOut), state);
}

void TestIncidentctl::readOnlyCommandsDoNotWrite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("show") << QStringList{u"show"_s, u"@FILE"_s};
    QTest::addRow("show --json") << QStringList{u"show"_s, u"@FILE"_s, u"--json"_s};
    QTest::addRow("verify") << QStringList{u"verify"_s, u"@FILE"_s};
    QTest::addRow("export csv") << QStringList{u"export"_s, u"@FILE"_s, u"--format"_s, u"csv"_s};
    QTest::addRow("export markdown") << QStringList{u"export"_s, u"@FILE"_s, u"--format"_s, u"markdown"_s};
}

void TestIncidentctl::readOnlyCommandsDoNotWrite()
{
    QFETCH(QStringList, args);
    QVERIFY(!makeIncident(u"db.incident"_s, 3).isEmpty());
    const QString file = path(u"db.incident"_s);
    const QByteArray before = fileBytes(file);
    // Even a write-protected file can be read: read-only really is read-only.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto folderBefore = snapshot(m_dir->path());
    const ProcessResult r = run(substitute(args));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileBytes(file), before);
    const QString changes = changesSince(folderBefore, m_dir->path());
    QVERIFY2(changes.isEmpty(), qPrintable(changes));
}

// --- verify ------------------------------------------------------------------------------------

void TestIncidentctl::verifyIntact_data()
{
    QTest::addColumn<int>("notes");
    QTest::addRow("declaration only") << 0;
    QTest::addRow("seven events") << 6;
}

void TestIncidentctl::verifyIntact()
{
    QFETCH(int, notes);
    const QString file = makeIncident(u"db.incident"_s, notes);
    QVERIFY(!file.isEmpty());
    const int events = notes + 1;

    const QJsonArray exported = exportedEvents(file);
    QCOMPARE(exported.size(), events);
    const QString head = exported.last().toObject().value(u"hash"_s).toString();
    QCOMPARE(head.size(), 64);

    ProcessResult r = run({u"verify"_s, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QString expected = events == 1 ? u"chain intact: 1 event, head hash %1\n"_s.arg(head)
                                         : u"chain intact: %1 events, head hash %2\n"_s.arg(events).arg(head);
    QCOMPARE(r.out, expected);

    r = run({u"verify"_s, file, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = parseObject(r.rawOut);
    QCOMPARE(json.value(u"file"_s).toString(), file);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"events"_s).toInteger(), events);
    QVERIFY(json.contains(u"first_bad_seq"_s));
    QVERIFY(json.value(u"first_bad_seq"_s).isNull());
    QCOMPARE(json.value(u"reason"_s).toString(), QString());
    QCOMPARE(json.value(u"head_hash"_s).toString(), head);

    QCOMPARE(run({u"verify"_s, file, u"--lang"_s, u"de"_s}).exitCode, 0);
}

void TestIncidentctl::verifyTampered_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");

    // The fixture has 6 events: the declaration and notes 1..5 (seq 2..6).
    QTest::addRow("payload changed") << u"UPDATE events SET payload = json_set(payload, '$.text', 'rewritten') "
                                        "WHERE seq = 3"_s
                                     << qint64(3);
    QTest::addRow("actor changed") << u"UPDATE events SET actor = 'mallory' WHERE seq = 5"_s << qint64(5);
    QTest::addRow("time changed") << u"UPDATE events SET at = at - 60000 WHERE seq = 4"_s << qint64(4);
    QTest::addRow("declaration changed")
        << u"UPDATE events SET payload = json_set(payload, '$.severity', 'SEV4') WHERE seq = 1"_s << qint64(1);
    QTest::addRow("row deleted") << u"DELETE FROM events WHERE seq = 3"_s << qint64(3);
    QTest::addRow("first row deleted") << u"DELETE FROM events WHERE seq = 1"_s << qint64(1);
    QTest::addRow("payloads swapped")
        << u"UPDATE events SET payload = CASE seq WHEN 2 THEN (SELECT payload FROM events WHERE seq = 5) "
           "ELSE (SELECT payload FROM events WHERE seq = 2) END WHERE seq IN (2, 5)"_s
        << qint64(2);
    QTest::addRow("rows reordered")
        << u"CREATE TEMP TABLE original AS SELECT * FROM events;"
           "UPDATE events SET (at, actor, role, kind, payload, prev_hash, hash) = "
           "(SELECT at, actor, role, kind, payload, prev_hash, hash FROM original "
           " WHERE original.seq = CASE events.seq WHEN 4 THEN 5 ELSE 4 END) WHERE seq IN (4, 5)"_s
        << qint64(4);
    QTest::addRow("row appended with a made-up hash")
        << u"INSERT INTO events SELECT 7, at + 1, 'mallory', '', 'note', '{\"text\":\"forged\"}', hash, "
           "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' FROM events WHERE seq = 6"_s
        << qint64(7);
}

void TestIncidentctl::verifyTampered()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    const QString file = makeIncident(u"db.incident"_s, 5);
    QVERIFY(!file.isEmpty());
    QCOMPARE(run({u"verify"_s, file}).exitCode, 0);

    {
        RawDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        // The guards hold until they are removed.
        QVERIFY(!db.exec(u"UPDATE events SET actor = 'mallory' WHERE seq = 2"_s));
        QVERIFY(!db.exec(u"DELETE FROM events WHERE seq = 2"_s));
        const QStringList triggers = db.column(u"SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                               "AND tbl_name = 'events'"_s);
        QVERIFY2(!triggers.isEmpty(), qPrintable(db.error()));
        for (const QString &trigger : triggers)
            QVERIFY2(db.exec(u"DROP TRIGGER \"%1\""_s.arg(trigger)), qPrintable(db.error()));
        QVERIFY2(db.exec(sql), qPrintable(db.error()));
    }
    const QByteArray tampered = fileBytes(file);

    ProcessResult r = run({u"verify"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    static const QRegularExpression line(u"^first bad event: seq (\\d+) \\((.+)\\)$"_s,
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(r.err);
    QVERIFY2(match.hasMatch(), qPrintable(r.err));
    QCOMPARE(match.captured(1).toLongLong(), firstBad);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));

    r = run({u"verify"_s, file, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = parseObject(r.rawOut);
    QCOMPARE(json.value(u"ok"_s).toBool(), false);
    QCOMPARE(json.value(u"first_bad_seq"_s).toInteger(), firstBad);
    QCOMPARE(json.value(u"reason"_s).toString(), match.captured(2));

    QCOMPARE(run({u"verify"_s, file, u"--lang"_s, u"de"_s}).exitCode, 1);
    QCOMPARE(fileBytes(file), tampered); // verify only reads
}

void TestIncidentctl::verifyForgedInsertion()
{
    // A forger who inserts an event with a correct hash of its own still breaks the link of the
    // event after it.
    const QString file = makeIncident(u"db.incident"_s, 3);
    QVERIFY(!file.isEmpty());
    const QJsonArray events = exportedEvents(file);
    QCOMPARE(events.size(), 4);
    const QJsonObject second = events.at(1).toObject();

    ic::Event forged;
    forged.seq = 3;
    forged.atMs = second.value(u"at_ms"_s).toInteger() + 1;
    forged.actor = u"mallory"_s;
    forged.role = QString();
    forged.kind = u"note"_s;
    forged.payload = ic::chain::canonicalJson(QJsonObject{{u"text"_s, u"all fine"_s}});
    forged.prevHash = second.value(u"hash"_s).toString().toLatin1();
    forged.hash = ic::chain::computeHash(forged);
    {
        RawDatabase db(file);
        for (const QString &trigger : db.column(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s))
            QVERIFY2(db.exec(u"DROP TRIGGER \"%1\""_s.arg(trigger)), qPrintable(db.error()));
        QVERIFY2(db.exec(u"UPDATE events SET seq = seq + 100 WHERE seq >= 3;"
                         "UPDATE events SET seq = seq - 99 WHERE seq >= 100;"_s),
                 qPrintable(db.error()));
        QVERIFY2(db.exec(u"INSERT INTO events VALUES (3, %1, 'mallory', '', 'note', '%2', '%3', '%4')"_s
                             .arg(forged.atMs)
                             .arg(QString::fromUtf8(forged.payload), QString::fromLatin1(forged.prevHash),
                                  QString::fromLatin1(forged.hash))),
                 qPrintable(db.error()));
    }
    const ProcessResult r = run({u"verify"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"first bad event: seq 4 ("_s), qPrintable(r.err));
}

// --- export ------------------------------------------------------------------------------------

void TestIncidentctl::exportJson()
{
    const QString file = makeIncident(u"db.incident"_s, 2);
    QVERIFY(!file.isEmpty());
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"quotes \" and \\ and\nnewline, ünïcödé"_s})
                 .exitCode,
             0);
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"mitigating"_s}).exitCode, 0);

    const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject doc = parseObject(r.rawOut);
    QCOMPARE(doc.value(u"format"_s).toString(), u"incident-console-export"_s);
    QCOMPARE(doc.value(u"version"_s).toInt(), 1);
    QCOMPARE(doc.value(u"file"_s).toString(), file);
    const QJsonObject state = doc.value(u"state"_s).toObject();
    QCOMPARE(state.value(u"title"_s).toString(), u"Primary database failover"_s);
    QCOMPARE(state.value(u"status"_s).toString(), u"mitigating"_s);
    QJsonObject shown = showJson(file);
    shown.remove(u"file"_s);
    shown.remove(u"schema_version"_s);
    QCOMPARE(state, shown);

    const QJsonArray events = doc.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 5);
    const QStringList kinds = {u"declared"_s, u"note"_s, u"note"_s, u"note"_s, u"status_changed"_s};
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QString previous = QString::fromLatin1(ic::chain::GenesisHash);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        QCOMPARE(e.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(e.value(u"kind"_s).toString(), kinds.at(i));
        const QString at = e.value(u"at"_s).toString();
        QVERIFY2(iso.match(at).hasMatch(), qPrintable(at));
        QCOMPARE(QDateTime::fromString(at, Qt::ISODateWithMs).toMSecsSinceEpoch(), e.value(u"at_ms"_s).toInteger());
        QVERIFY(e.value(u"payload"_s).isObject());
        QCOMPARE(e.value(u"prev_hash"_s).toString(), previous);
        previous = e.value(u"hash"_s).toString();
        QCOMPARE(previous.size(), 64);

        // Everything an auditor needs to recompute the hash is in the export.
        ic::Event event;
        event.seq = e.value(u"seq"_s).toInteger();
        event.atMs = e.value(u"at_ms"_s).toInteger();
        event.actor = e.value(u"actor"_s).toString();
        event.role = e.value(u"role"_s).toString();
        event.kind = e.value(u"kind"_s).toString();
        event.payload = ic::chain::canonicalJson(e.value(u"payload"_s).toObject());
        event.prevHash = e.value(u"prev_hash"_s).toString().toLatin1();
        QCOMPARE(QString::fromLatin1(ic::chain::computeHash(event)), previous);
    }
    QCOMPARE(events.at(3).toObject().value(u"payload"_s).toObject().value(u"text"_s).toString(),
             u"quotes \" and \\ and\nnewline, ünïcödé"_s);
    QCOMPARE(previous, parseObject(run({u"verify"_s, file, u"--json"_s}).rawOut).value(u"head_hash"_s).toString());
}

void TestIncidentctl::exportCsv()
{
    const QString file = path(u"db.incident"_s);
    const QString title = u"Payments \"EU\", degraded"_s;
    QCOMPARE(run({u"new"_s, file, u"--title"_s, title, u"--severity"_s, u"SEV1"_s, u"--commander"_s, u"O'Brien, Pat"_s})
                 .exitCode,
             0);
    const QString tricky = u"first line, with a comma\nsecond \"quoted\" line; ünïcödé"_s;
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, tricky, u"--role"_s, u"scribe"_s}).exitCode, 0);
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"plain"_s}).exitCode, 0);

    const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.rawOut.endsWith("\r\n"));
    QList<QStringList> records;
    QVERIFY2(parseCsv(r.out, &records), qPrintable(r.out));
    QCOMPARE(records.size(), 4); // header + 3 events
    QCOMPARE(records.first(), (QStringList{u"seq"_s, u"at_utc"_s, u"actor"_s, u"role"_s, u"kind"_s, u"summary"_s,
                                           u"payload"_s, u"prev_hash"_s, u"hash"_s}));
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), 9);
        QCOMPARE(records.at(i).at(0), QString::number(i));
        QVERIFY(QDateTime::fromString(records.at(i).at(1), Qt::ISODateWithMs).isValid());
        QCOMPARE(records.at(i).at(8).size(), 64);
        QCOMPARE(records.at(i).at(7), i == 1 ? QString::fromLatin1(ic::chain::GenesisHash) : records.at(i - 1).at(8));
        QVERIFY(QJsonDocument::fromJson(records.at(i).at(6).toUtf8()).isObject());
    }
    QCOMPARE(records.at(1).at(2), u"O'Brien, Pat"_s);
    QCOMPARE(records.at(1).at(4), u"declared"_s);
    QVERIFY2(records.at(1).at(5).contains(title), qPrintable(records.at(1).at(5)));
    QCOMPARE(QJsonDocument::fromJson(records.at(1).at(6).toUtf8()).object().value(u"title"_s).toString(), title);
    QCOMPARE(records.at(2).at(3), u"scribe"_s);
    QCOMPARE(records.at(2).at(4), u"note"_s);
    QCOMPARE(records.at(2).at(5), tricky);
    QCOMPARE(QJsonDocument::fromJson(records.at(2).at(6).toUtf8()).object().value(u"text"_s).toString(), tricky);
    QCOMPARE(records.at(3).at(5), u"plain"_s);
    QVERIFY(r.out.contains(u"plain,"_s)); // unquoted when nothing needs quoting
}

void TestIncidentctl::exportMarkdown_data()
{
    QTest::addColumn<bool>("exercise");
    QTest::addRow("real incident") << false;
    QTest::addRow("exercise") << true;
}

void TestIncidentctl::exportMarkdown()
{
    QFETCH(bool, exercise);
    const QString file = makeIncident(u"db.incident"_s, 2, exercise ? QStringList{u"--exercise"_s} : QStringList{});
    QVERIFY(!file.isEmpty());
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"note"_s, u"--text"_s, u"failover a | b done"_s}).exitCode, 0);
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"correction"_s, u"--corrects"_s, u"2"_s, u"--reason"_s, u"typo"_s,
                  u"--text"_s, u"note number one"_s})
                 .exitCode,
             0);
    QCOMPARE(run({u"log"_s, file, u"--kind"_s, u"status_changed"_s, u"--status"_s, u"mitigating"_s}).exitCode, 0);
    const int events = 6;

    const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"markdown"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(lines.first().startsWith(u"# "_s) && lines.first().contains(u"Primary database failover"_s),
             qPrintable(lines.first()));
    QCOMPARE(r.out.contains(u"EXERCISE"_s), exercise);
    for (const QString &expected : {u"Mitigating"_s, u"SEV2"_s, u"alice"_s, u"intact"_s, u"Timeline"_s,
                                    u"Key timestamps (UTC)"_s, u"Role holders"_s}) {
        QVERIFY2(r.out.contains(expected), qPrintable(u"'%1' missing from:\n%2"_s.arg(expected, r.out)));
    }

    // One table row per event, six cells each (escaped pipes do not split cells).
    static const QRegularExpression rowPattern(u"^\\| (\\d+) \\| "_s);
    static const QRegularExpression cellSeparator(u"(?<!\\\\)\\|"_s);
    QList<qint64> seqs;
    QString pipeRow;
    QString correctedRow;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = rowPattern.match(line);
        if (!m.hasMatch())
            continue;
        seqs.append(m.captured(1).toLongLong());
        QCOMPARE(line.count(cellSeparator), 7);
        if (line.contains(u"failover"_s))
            pipeRow = line;
        if (m.captured(1) == u"2")
            correctedRow = line;
    }
    QList<qint64> expectedSeqs;
    for (int i = 1; i <= events; ++i)
        expectedSeqs.append(i);
    QCOMPARE(seqs, expectedSeqs);
    QVERIFY2(pipeRow.contains(u"failover a \\| b done"_s), qPrintable(pipeRow));
    QVERIFY2(correctedRow.contains(u"corrected by seq 5"_s), qPrintable(correctedRow));

    QCOMPARE(run({u"export"_s, file, u"--format"_s, u"md"_s, u"--lang"_s, u"de"_s}).exitCode, 0);
}

void TestIncidentctl::exportToFile()
{
    const QString file = makeIncident(u"db.incident"_s, 3);
    QVERIFY(!file.isEmpty());
    const ProcessResult toStdout = run({u"export"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(toStdout.exitCode, 0);

    const QString out = path(u"evidence.json"_s);
    QVERIFY(writeFile(out, "old content that must be replaced"));
    const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"json"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(u"incident-console-export"_s));
    QVERIFY(r.out.contains(out));
    QCOMPARE(parseObject(fileBytes(out)), parseObject(toStdout.rawOut));

    const QString csv = path(u"evidence.csv"_s);
    QCOMPARE(run({u"export"_s, file, u"--output"_s, csv, u"--format"_s, u"CSV"_s}).exitCode, 0);
    QCOMPARE(fileBytes(csv), run({u"export"_s, file, u"--format"_s, u"csv"_s}).rawOut);
}

void TestIncidentctl::exportRefusesToOverwriteIncident()
{
    const QString file = makeIncident(u"db.incident"_s, 1);
    QVERIFY(!file.isEmpty());
    const auto before = snapshot(m_dir->path());
    for (const QString &target : {file, u"./db.incident"_s}) {
        const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"csv"_s, u"-o"_s, target});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        const QString changes = changesSince(before, m_dir->path());
        QVERIFY2(changes.isEmpty(), qPrintable(changes));
    }
}

void TestIncidentctl::exportToMissingFolder()
{
    const QString file = makeIncident(u"db.incident"_s, 1);
    QVERIFY(!file.isEmpty());
    const QString out = path(u"missing/report.md"_s);
    const ProcessResult r = run({u"export"_s, file, u"--format"_s, u"markdown"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentctl)
#include "tst_incidentctl.moc"
