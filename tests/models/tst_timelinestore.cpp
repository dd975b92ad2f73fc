#include "Event.h"
#include "RawDatabase.h"
#include "TimelineStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using ic::NewEvent;
using ic::TimelineStore;
using Code = TimelineStore::ErrorCode;

Q_DECLARE_METATYPE(TimelineStore::ErrorCode)

namespace {

NewEvent declaredEvent()
{
    return {u"alice"_s, u"incident_commander"_s, u"declared"_s,
            QJsonObject{{u"title"_s, u"Checkout down"_s}, {u"severity"_s, u"SEV2"_s},
                        {u"commander"_s, u"alice"_s}, {u"exercise"_s, false}},
            std::nullopt};
}

NewEvent note(const QString &text, const QString &actor = u"bob"_s)
{
    return {actor, u"scribe"_s, u"note"_s, QJsonObject{{u"text"_s, text}}, std::nullopt};
}

// A file with a declaration and `notes` notes.
void makeIncident(const QString &path, int notes)
{
    TimelineStore store;
    QVERIFY(!store.create(path));
    QVERIFY(!store.append(declaredEvent()));
    QList<NewEvent> batch;
    for (int i = 0; i < notes; ++i)
        batch << note(u"note number %1"_s.arg(i + 2));
    QVERIFY(!store.appendBatch(batch));
}

} // namespace

class TimelineStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void canonicalEncodingIsTheDocumentedOne()
    {
        ic::Event e;
        e.seq = 7;
        e.atMs = 1700000000123;
        e.actor = u"Jürgen"_s;
        e.role = u"scribe"_s;
        e.kind = u"note"_s;
        e.payload = ic::chain::canonicalJson(QJsonObject{{u"text"_s, u"a\nb"_s}, {u"b"_s, 1}, {u"a"_s, true}});
        e.prevHash = QByteArray(64, 'a');
        QCOMPARE(e.payload, QByteArray(R"({"a":true,"b":1,"text":"a\nb"})"));
        const QByteArray expected = "icevent/1\nseq:7\nat:1700000000123\nactor:7:J\xc3\xbcrgen\nrole:6:scribe\n"
                                    "kind:4:note\npayload:30:{\"a\":true,\"b\":1,\"text\":\"a\\nb\"}\nprev:"
                                    + QByteArray(64, 'a') + "\n";
        QCOMPARE(ic::chain::canonicalEncoding(e), expected);
        QCOMPARE(ic::chain::computeHash(e), QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
    }

    void appendAndReopen()
    {
        const QString path = m_dir.filePath(u"a.incident"_s);
        {
            TimelineStore store;
            QVERIFY(!store.create(path));
            QCOMPARE(store.schemaVersion(), TimelineStore::CurrentSchemaVersion);
            ic::Event first, second;
            QVERIFY(!store.append(declaredEvent(), &first));
            QVERIFY(!store.append(note(u"first note"_s), &second));
            QCOMPARE(first.seq, 1);
            QCOMPARE(first.prevHash, QByteArray(ic::chain::GenesisHash));
            QCOMPARE(second.seq, 2);
            QCOMPARE(second.prevHash, first.hash);
            QCOMPARE(second.hash, ic::chain::computeHash(second));
        }
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        QCOMPARE(store.lastSeq(), 2);
        ic::Event e;
        QVERIFY(!store.event(2, &e));
        QCOMPARE(e.kind, u"note"_s);
        QCOMPARE(e.actor, u"bob"_s);
        QCOMPARE(e.payloadObject().value(u"text"_s).toString(), u"first note"_s);
        QVERIFY(!store.append(note(u"after reopen"_s), &e));
        QCOMPARE(e.seq, 3);
        const auto result = store.verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.eventCount, 3);
        QCOMPARE(result.headHash, e.hash);
        QCOMPARE(store.metadata(u"format"_s), u"incident-console"_s);
        QVERIFY(!store.metadata(u"created_at"_s).isEmpty());
    }

    void invalidEventsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("actor");
        QTest::addRow("note without text") << u"note"_s << QJsonObject{} << u"bob"_s;
        QTest::addRow("blank note") << u"note"_s << QJsonObject{{u"text"_s, u"   "_s}} << u"bob"_s;
        QTest::addRow("no actor") << u"note"_s << QJsonObject{{u"text"_s, u"x"_s}} << u" "_s;
        QTest::addRow("bad kind") << u"Note!"_s << QJsonObject{{u"text"_s, u"x"_s}} << u"bob"_s;
        QTest::addRow("status bad name") << u"status_changed"_s
                                         << QJsonObject{{u"from"_s, u"investigating"_s}, {u"to"_s, u"fixed"_s}} << u"bob"_s;
        QTest::addRow("declared bad severity") << u"declared"_s
                                               << QJsonObject{{u"title"_s, u"t"_s}, {u"severity"_s, u"SEV9"_s},
                                                              {u"commander"_s, u"c"_s}, {u"exercise"_s, false}}
                                               << u"bob"_s;
        QTest::addRow("correction without target") << u"correction"_s << QJsonObject{{u"reason"_s, u"x"_s}} << u"bob"_s;
    }

    void invalidEventsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, actor);
        const QString path = m_dir.filePath(u"invalid.incident"_s);
        QFile::remove(path);
        TimelineStore store;
        QVERIFY(!store.create(path));
        const auto e = store.append({actor, {}, kind, payload, std::nullopt});
        QCOMPARE(e.code, Code::InvalidEvent);
        QVERIFY(e.message.contains(path));
        QCOMPARE(store.lastSeq(), 0);
    }

    void appendBatchIsAllOrNothing()
    {
        const QString path = m_dir.filePath(u"batch.incident"_s);
        makeIncident(path, 3);
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        const auto e = store.appendBatch({note(u"fine"_s), note(u""_s), note(u"also fine"_s)});
        QCOMPARE(e.code, Code::InvalidEvent);
        QCOMPARE(store.lastSeq(), 4);
        QVERIFY(store.verify().ok);
    }

    void createRefusesExistingFile()
    {
        const QString path = m_dir.filePath(u"exists.incident"_s);
        makeIncident(path, 1);
        const QByteArray before = fileDigest(path);
        TimelineStore store;
        QCOMPARE(store.create(path).code, Code::AlreadyExists);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(store.create(m_dir.filePath(u"no/such/folder/x.incident"_s)).code, Code::NotFound);
    }

    void readOnlyOpenNeverWrites()
    {
        const QString path = m_dir.filePath(u"ro.incident"_s);
        makeIncident(path, 20);
        const QByteArray before = fileDigest(path);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // the writer checkpointed on close
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.lastSeq(), 21);
            QVERIFY(store.verify().ok);
            QList<ic::Event> page;
            QVERIFY(!store.pageBefore({{}, u"number"_s}, 1000, 5, &page));
            QCOMPARE(page.size(), 5);
            const auto e = store.append(note(u"must not land"_s));
            QCOMPARE(e.code, Code::ReadOnly);
            QCOMPARE(store.lastSeq(), 21);
        }
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // nothing appears beside an archived file
        QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
    }

    // A read-only view of a file another program is writing follows it.
    void readOnlyFollowsALiveWriter()
    {
        const QString path = m_dir.filePath(u"live.incident"_s);
        TimelineStore writer;
        QVERIFY(!writer.create(path));
        QVERIFY(!writer.append(declaredEvent()));
        TimelineStore reader;
        QVERIFY(!reader.open(path, TimelineStore::Mode::ReadOnly));
        QCOMPARE(reader.lastSeq(), 1);
        QVERIFY(!writer.append(note(u"later"_s)));
        QVERIFY(reader.externallyChanged());
        QCOMPARE(reader.lastSeq(), 2);
    }

    void badFilesAreRejectedUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mode");
        QTest::addColumn<TimelineStore::ErrorCode>("expected");
        const std::pair<const char *, Code> kinds[] = {
            {"text", Code::NotIncidentFile},        {"empty", Code::NotIncidentFile},
            {"binary", Code::NotIncidentFile},      {"foreign-sqlite", Code::NotIncidentFile},
            {"our-id-no-events", Code::NotIncidentFile}, {"newer-schema", Code::NewerSchema},
            {"folder", Code::NotIncidentFile},      {"missing", Code::NotFound},
        };
        for (const auto &[kind, code] : kinds) {
            QTest::addRow("%s read-only", kind) << QString::fromLatin1(kind) << int(TimelineStore::Mode::ReadOnly) << code;
            QTest::addRow("%s read-write", kind) << QString::fromLatin1(kind) << int(TimelineStore::Mode::ReadWrite) << code;
        }
    }

    void badFilesAreRejectedUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(int, mode);
        QFETCH(TimelineStore::ErrorCode, expected);
        const QString path = m_dir.filePath(kind + QString::number(mode) + u".incident"_s);
        auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        if (kind == u"text")
            write("title: not an incident\n");
        else if (kind == u"empty")
            write({});
        else if (kind == u"binary") {
            QByteArray bytes(4096, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
            write(bytes);
        } else if (kind == u"foreign-sqlite") {
            RawDatabase db(path);
            QVERIFY(db.exec("CREATE TABLE events (x); INSERT INTO events VALUES (1);").isEmpty());
        } else if (kind == u"our-id-no-events") {
            RawDatabase db(path);
            QVERIFY(db.exec("PRAGMA application_id = " + QByteArray::number(TimelineStore::ApplicationId)
                            + "; PRAGMA user_version = 2; CREATE TABLE other (x);")
                        .isEmpty());
        } else if (kind == u"newer-schema") {
            makeIncident(path, 2);
            RawDatabase db(path);
            QVERIFY(db.exec("PRAGMA user_version = 99;").isEmpty());
        } else if (kind == u"folder") {
            QVERIFY(QDir(m_dir.path()).mkdir(QFileInfo(path).fileName()));
        }
        const QByteArray before = QFileInfo(path).isFile() ? fileDigest(path) : QByteArray();

        TimelineStore store;
        const auto e = store.open(path, TimelineStore::Mode(mode));
        QCOMPARE(e.code, expected);
        QVERIFY2(e.message.contains(path), qPrintable(e.message));
        QVERIFY(!store.isOpen());
        if (QFileInfo(path).isFile())
            QCOMPARE(fileDigest(path), before);
        else if (kind == u"missing")
            QVERIFY(!QFileInfo::exists(path)); // nothing created
    }

    void corruptFileIsReportedUnchanged()
    {
        const QString path = m_dir.filePath(u"corrupt.incident"_s);
        makeIncident(path, 3000);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            f.seek(20 * 4096);
            f.write(QByteArray(4096 * 8, '\x5a'));
        }
        const QByteArray before = fileDigest(path);
        TimelineStore store;
        const auto openError = store.open(path, TimelineStore::Mode::ReadOnly);
        if (!openError) {
            const auto result = store.verify();
            QVERIFY(!result.ok);
            QCOMPARE(result.error.code, Code::Corrupt);
            QVERIFY(result.error.message.contains(path));
            QVERIFY(result.firstBadSeq > 0);
            store.close();
        } else {
            QCOMPARE(openError.code, Code::Corrupt);
        }
        QCOMPARE(fileDigest(path), before);
    }

    void lockedFileGivesAClearMessage()
    {
        const QString path = m_dir.filePath(u"locked.incident"_s);
        makeIncident(path, 1);
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        {
            RawDatabase other(path);
            QVERIFY(other.exec("BEGIN IMMEDIATE; INSERT INTO meta VALUES ('x', 'y');").isEmpty());
            const auto e = store.append(note(u"blocked"_s));
            QCOMPARE(e.code, Code::Locked);
            QVERIFY(e.message.contains(u"locked"_s));
            QVERIFY(other.exec("ROLLBACK;").isEmpty());
        }
        QVERIFY(!store.append(note(u"now it works"_s)));
        QCOMPARE(store.lastSeq(), 3);
    }

    void triggersRefuseUpdateAndDelete()
    {
        const QString path = m_dir.filePath(u"guard.incident"_s);
        makeIncident(path, 2);
        RawDatabase db(path);
        QVERIFY(db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 2").contains(u"append-only"_s));
        QVERIFY(db.exec("DELETE FROM events WHERE seq = 3").contains(u"append-only"_s));
        QVERIFY(db.exec("INSERT OR REPLACE INTO events SELECT * FROM events WHERE seq = 2").contains(u"append-only"_s));
        QVERIFY(db.exec("INSERT INTO events SELECT 0, at, actor, role, kind, payload, prev_hash, hash FROM events"
                        " WHERE seq = 2")
                    .contains(u"append-only"_s));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("reason");
        QTest::addRow("payload changed") << QByteArray("UPDATE events SET payload = '{\"text\":\"forged\"}' WHERE seq = 5")
                                         << qint64(5) << u"content"_s;
        QTest::addRow("actor changed") << QByteArray("UPDATE events SET actor = 'mallory' WHERE seq = 3") << qint64(3)
                                       << u"content"_s;
        QTest::addRow("time changed") << QByteArray("UPDATE events SET at = at + 1 WHERE seq = 7") << qint64(7)
                                      << u"content"_s;
        QTest::addRow("kind changed") << QByteArray("UPDATE events SET kind = 'correction' WHERE seq = 2") << qint64(2)
                                      << u"content"_s;
        QTest::addRow("row deleted") << QByteArray("DELETE FROM events WHERE seq = 4") << qint64(4) << u"missing"_s;
        QTest::addRow("first row deleted") << QByteArray("DELETE FROM events WHERE seq = 1") << qint64(1)
                                           << u"missing"_s;
        QTest::addRow("rows reordered")
            << QByteArray("UPDATE events SET seq = 100 WHERE seq = 3; UPDATE events SET seq = 3 WHERE seq = 6;"
                          "UPDATE events SET seq = 6 WHERE seq = 100;")
            << qint64(3) << u"prev_hash"_s;
        QTest::addRow("contents swapped")
            << QByteArray("CREATE TEMP TABLE t AS SELECT * FROM events WHERE seq IN (3, 6);"
                          "UPDATE events SET payload = (SELECT payload FROM t WHERE seq = 6) WHERE seq = 3;"
                          "UPDATE events SET payload = (SELECT payload FROM t WHERE seq = 3) WHERE seq = 6;")
            << qint64(3) << u"content"_s;
        QTest::addRow("forged row appended")
            << QByteArray("INSERT INTO events SELECT 11, at, actor, role, kind, payload, hash, hash FROM events WHERE seq = 10")
            << qint64(11) << u"content"_s;
        QTest::addRow("hash field replaced")
            << QByteArray("UPDATE events SET hash = (SELECT hash FROM events WHERE seq = 2) WHERE seq = 8") << qint64(8)
            << u"content"_s;
    }

    void tamperingIsDetected()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".incident"_s);
        makeIncident(path, 9); // seq 1..10
        {
            RawDatabase db(path);
            db.dropGuards();
            const QString error = db.exec(sql);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
        const auto result = store.verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, firstBad);
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    }

    // An attacker who changes an event and recomputes its hash breaks the next link; one who
    // inserts a well-formed event and renumbers the rest breaks the link after it.
    void rehashedTamperingIsDetectedAtTheNextLink_data()
    {
        QTest::addColumn<bool>("insert");
        QTest::addColumn<qint64>("firstBad");
        QTest::addRow("changed and rehashed") << false << qint64(6);
        QTest::addRow("inserted and renumbered") << true << qint64(6);
    }

    void rehashedTamperingIsDetectedAtTheNextLink()
    {
        QFETCH(bool, insert);
        QFETCH(qint64, firstBad);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".incident"_s);
        makeIncident(path, 9);
        ic::Event target;
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
            QVERIFY(!store.event(5, &target));
        }
        ic::Event forged = target;
        forged.payload = ic::chain::canonicalJson(QJsonObject{{u"text"_s, u"nothing to see"_s}});
        forged.hash = ic::chain::computeHash(forged);
        {
            RawDatabase db(path);
            db.dropGuards();
            if (insert) {
                QVERIFY(db.exec("UPDATE events SET seq = seq + 1000 WHERE seq >= 5;"
                                "UPDATE events SET seq = seq - 999 WHERE seq >= 1000;")
                            .isEmpty());
                QVERIFY(db.exec("INSERT INTO events VALUES (5, " + QByteArray::number(forged.atMs) + ", 'mallory', '', 'note', '"
                                + forged.payload + "', '" + forged.prevHash + "', '"
                                + ic::chain::computeHash([&] {
                                      ic::Event e = forged;
                                      e.actor = u"mallory"_s;
                                      e.role.clear();
                                      return e;
                                  }())
                                + "')")
                            .isEmpty());
            } else {
                QVERIFY(db.exec("UPDATE events SET payload = '" + forged.payload + "', hash = '" + forged.hash
                                + "' WHERE seq = 5")
                            .isEmpty());
            }
        }
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
        const auto result = store.verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, firstBad);
        QVERIFY2(result.reason.contains(u"prev_hash"_s), qPrintable(result.reason));
    }

    void searchAndKindFilters()
    {
        const QString path = m_dir.filePath(u"search.incident"_s);
        TimelineStore store;
        QVERIFY(!store.create(path));
        QVERIFY(!store.append(declaredEvent()));
        QVERIFY(!store.append(note(u"Database failover started"_s)));
        QVERIFY(!store.append(note(u"DNS cutover to eu-west"_s, u"carol"_s)));
        QVERIFY(!store.append(note(u"Überprüfung der Datenbank"_s)));
        QVERIFY(!store.append({u"alice"_s, {}, u"status_changed"_s,
                               QJsonObject{{u"from"_s, u"investigating"_s}, {u"to"_s, u"identified"_s}}, std::nullopt}));

        auto seqs = [&](const TimelineStore::Query &q) {
            QList<ic::Event> page;
            const auto e = store.pageBefore(q, 1000, 100, &page);
            QList<qint64> out;
            if (!e)
                for (const auto &ev : page)
                    out << ev.seq;
            return out;
        };
        QCOMPARE(seqs({{}, u"fail"_s}), QList<qint64>{2});
        QCOMPARE(seqs({{}, u"dns cut"_s}), QList<qint64>{3});
        QCOMPARE(seqs({{}, u"uberprufung"_s}), QList<qint64>{4}); // diacritics folded
        QCOMPARE(seqs({{}, u"carol"_s}), QList<qint64>{3});        // actor searched too
        QCOMPARE(seqs({{}, u"\"quoted"_s}), QList<qint64>{});     // stray quote is harmless
        QCOMPARE(seqs({{u"status_changed"_s}, {}}), QList<qint64>{5});
        QCOMPARE(seqs({{u"note"_s, u"declared"_s}, {}}), (QList<qint64>{4, 3, 2, 1}));
        QCOMPARE(seqs({{u"note"_s}, u"failover"_s}), QList<qint64>{2});

        QList<ic::Event> after;
        QVERIFY(!store.pageAfter({{u"note"_s}, {}}, 2, 100, &after));
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).seq, 3);
    }

    void migrationFromVersion1()
    {
        const QString path = m_dir.filePath(u"v1.incident"_s);
        {
            // Version 1 as the first release wrote it.
            RawDatabase db(path);
            QVERIFY(db.exec("PRAGMA application_id = " + QByteArray::number(TimelineStore::ApplicationId)
                            + "; PRAGMA user_version = 1;"
                              "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"
                              "CREATE TABLE events (seq INTEGER PRIMARY KEY CHECK (seq > 0), at INTEGER NOT NULL,"
                              " actor TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,"
                              " prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
                              "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events"
                              " BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END;"
                              "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events"
                              " BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END;"
                              "PRAGMA journal_mode = WAL;")
                        .isEmpty());
            QByteArray prev(ic::chain::GenesisHash);
            const QStringList texts = {u"replica lagging"_s, u"promoted node2"_s};
            for (int i = 0; i < texts.size(); ++i) {
                ic::Event e;
                e.seq = i + 1;
                e.atMs = 1700000000000 + i;
                e.actor = u"alice"_s;
                e.kind = u"note"_s;
                e.payload = ic::chain::canonicalJson(QJsonObject{{u"text"_s, texts.at(i)}});
                e.prevHash = prev;
                e.hash = ic::chain::computeHash(e);
                prev = e.hash;
                QVERIFY(db.exec("INSERT INTO events VALUES (" + QByteArray::number(e.seq) + ", "
                                + QByteArray::number(e.atMs) + ", 'alice', '', 'note', '" + e.payload + "', '"
                                + e.prevHash + "', '" + e.hash + "')")
                            .isEmpty());
            }
        }
        const QByteArray before = fileDigest(path);
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
            QCOMPARE(store.schemaVersion(), 1);
            QVERIFY(!store.hasTextIndex());
            QList<ic::Event> page;
            QVERIFY(!store.pageBefore({{}, u"promoted"_s}, 100, 10, &page)); // falls back to LIKE
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.at(0).seq, 2);
            QVERIFY(store.verify().ok);
        }
        QCOMPARE(fileDigest(path), before);

        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        QCOMPARE(store.schemaVersion(), TimelineStore::CurrentSchemaVersion);
        QVERIFY(store.hasTextIndex());
        QVERIFY(store.hasSamples());
        QList<ic::Event> page;
        QVERIFY(!store.pageBefore({{}, u"promot"_s}, 100, 10, &page));
        QCOMPARE(page.size(), 1);
        QVERIFY(!store.append(note(u"after migration"_s)));
        QVERIFY(store.verify().ok);
        store.close();
        RawDatabase raw(path);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw.handle(), "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), TimelineStore::CurrentSchemaVersion);
        sqlite3_finalize(stmt);
    }

    void samplesAppendAndRead()
    {
        const QString path = m_dir.filePath(u"samples.incident"_s);
        makeIncident(path, 1);
        const QString lag = u"replication/orders-db/node2/lag_bytes"_s;
        const QString latency = u"health/checkout/latency_ms"_s;
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
            QVERIFY(store.hasSamples());
            QVERIFY(!store.appendSamples({{lag, 1000, 0}, {lag, 3000, 2097152.5}, {latency, 1500, 12}, {lag, 2000, 512}}));
            QVERIFY(!store.appendSamples({}));
            // All or nothing: one bad sample refuses the batch.
            for (const double bad : {std::nan(""), std::numeric_limits<double>::infinity()}) {
                const auto e = store.appendSamples({{lag, 4000, 1}, {lag, 5000, bad}});
                QCOMPARE(e.code, Code::InvalidEvent);
                QVERIFY(e.message.contains(lag));
            }
            QCOMPARE(store.appendSamples({{QString(), 4000, 1}}).code, Code::InvalidEvent);
        }
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
        QList<ic::Sample> out;
        QVERIFY(!store.samples(lag, 0, 10000, &out));
        QCOMPARE(out, (QList<ic::Sample>{{lag, 1000, 0}, {lag, 2000, 512}, {lag, 3000, 2097152.5}}));
        QVERIFY(!store.samples(lag, 2000, 3000, &out)); // both ends included
        QCOMPARE(out.size(), 2);
        QVERIFY(!store.samples(lag, 3001, 10000, &out));
        QVERIFY(out.isEmpty());
        QStringList series;
        QVERIFY(!store.sampleSeries(&series));
        QCOMPARE(series, (QStringList{latency, lag}));
        QCOMPARE(store.appendSamples({{lag, 9000, 1}}).code, Code::ReadOnly);
        QVERIFY(store.verify().ok); // samples are beside the chain
        QCOMPARE(store.lastSeq(), 2);
    }

    void samplesAreAppendOnly()
    {
        const QString path = m_dir.filePath(u"samples-guard.incident"_s);
        makeIncident(path, 0);
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
            QVERIFY(!store.appendSamples({{u"health/a/state"_s, 1, 1}}));
        }
        RawDatabase db(path);
        QVERIFY(db.exec("UPDATE samples SET value = 3").contains(u"append-only"_s));
        QVERIFY(db.exec("DELETE FROM samples").contains(u"append-only"_s));
        QVERIFY(db.exec("INSERT INTO samples (series, at, value) VALUES ('x', 1, NULL)").contains(u"NOT NULL"_s));
    }

    void migrationFromVersion2()
    {
        const QString path = m_dir.filePath(u"v2.incident"_s);
        makeIncident(path, 3);
        {
            // Version 2 is version 3 without the samples table: what the previous release wrote.
            RawDatabase db(path);
            QVERIFY(db.exec("DROP TABLE samples; PRAGMA user_version = 2;").isEmpty());
        }
        const QByteArray before = fileDigest(path);
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
            QCOMPARE(store.schemaVersion(), 2);
            QVERIFY(!store.hasSamples());
            QList<ic::Sample> out{{u"stale"_s, 1, 1}};
            QVERIFY(!store.samples(u"health/a/state"_s, 0, 100, &out)); // none, and no error
            QVERIFY(out.isEmpty());
            QStringList series{u"stale"_s};
            QVERIFY(!store.sampleSeries(&series));
            QVERIFY(series.isEmpty());
            QVERIFY(store.verify().ok);
        }
        QCOMPARE(fileDigest(path), before);

        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        QCOMPARE(store.schemaVersion(), 3);
        QVERIFY(!store.appendSamples({{u"health/a/state"_s, 10, 3}}));
        QList<ic::Sample> out;
        QVERIFY(!store.samples(u"health/a/state"_s, 0, 100, &out));
        QCOMPARE(out.size(), 1);
        QVERIFY(!store.append(note(u"after migration"_s)));
        QCOMPARE(store.lastSeq(), 5);
        QVERIFY(store.verify().ok);
        store.close();
        RawDatabase raw(path);
        QVERIFY(raw.exec("UPDATE samples SET value = 0").contains(u"append-only"_s)); // guards came with it
    }

    void twoWritersShareOneChain()
    {
        const QString path = m_dir.filePath(u"two.incident"_s);
        makeIncident(path, 0);
        TimelineStore a, b;
        QVERIFY(!a.open(path, TimelineStore::Mode::ReadWrite));
        QVERIFY(!b.open(path, TimelineStore::Mode::ReadWrite));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!(i % 2 ? a : b).append(note(u"interleaved %1"_s.arg(i))));
        }
        QVERIFY(!a.externallyChanged()); // a wrote last
        QVERIFY(!b.append(note(u"from b"_s)));
        QVERIFY(a.externallyChanged());
        QVERIFY(!a.externallyChanged());
        QCOMPARE(a.lastSeq(), 22);
        QCOMPARE(b.lastSeq(), 22);
        QVERIFY(a.verify().ok);
    }

    // docs/tools/verify_incident.py re-implements verification from the documentation alone.
    void independentVerifierAgrees_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addRow("intact") << QByteArray() << u"chain intact: 11 events"_s;
        QTest::addRow("changed") << QByteArray("UPDATE events SET actor = 'eve' WHERE seq = 4")
                                 << u"first bad event: seq 4"_s;
        QTest::addRow("deleted") << QByteArray("DELETE FROM events WHERE seq = 9") << u"first bad event: seq 9"_s;
    }

    void independentVerifierAgrees()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"py-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".incident"_s);
        makeIncident(path, 9);
        {
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
            QVERIFY(!store.append(note(u"Ünïcödé, \"quotes\"\nand a newline"_s)));
        }
        if (!sql.isEmpty()) {
            RawDatabase db(path);
            db.dropGuards();
            QVERIFY(db.exec(sql).isEmpty());
        }
        QProcess python;
        python.start(u"python3"_s, {QStringLiteral(VERIFY_INCIDENT_PY), path});
        QVERIFY2(python.waitForFinished(30000), qPrintable(python.errorString()));
        const QString output = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
        QVERIFY2(output.startsWith(expected), qPrintable(output));
        QCOMPARE(python.exitCode(), sql.isEmpty() ? 0 : 1);
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadOnly));
        const auto result = store.verify();
        QCOMPARE(result.ok, sql.isEmpty());
        if (result.ok)
            QVERIFY(output.contains(QString::fromLatin1(result.headHash)));
        else
            QVERIFY(output.contains(u"seq %1 "_s.arg(result.firstBadSeq)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TimelineStoreTest)
#include "tst_timelinestore.moc"
