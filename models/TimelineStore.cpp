#include "TimelineStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

// Schema version 1: the event log and its guards.
constexpr char SchemaV1[] = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE events (
    seq       INTEGER PRIMARY KEY CHECK (seq > 0),
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    role      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END;
)sql";

// Version 2: no insert below the head (REPLACE would delete without firing the delete
// trigger), the kind index (filters, state fold) and the full-text index. The index holds no
// evidence: it is rebuilt from the events and is not part of the hash chain.
constexpr char MigrationV1ToV2[] = R"sql(
CREATE TRIGGER events_append_only_insert BEFORE INSERT ON events
WHEN NEW.seq <= (SELECT coalesce(max(seq), 0) FROM events)
BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END;
CREATE INDEX events_by_kind ON events (kind, seq);
CREATE VIRTUAL TABLE events_fts USING fts5 (actor, kind, body, content = '',
                                            tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO events_fts (rowid, actor, kind, body)
    SELECT seq, actor, kind,
           (SELECT group_concat(value, ' ') FROM json_tree(events.payload) WHERE type = 'text')
    FROM events;
)sql";

// Version 3: samples of live series (health, replication lag, PromQL panels) for replay and
// RPO evidence. Append-only like the events, but not hash-chained: the values that matter (lag
// at a breach, the state at a change) are in the events themselves.
constexpr char MigrationV2ToV3[] = R"sql(
CREATE TABLE samples (
    series TEXT NOT NULL,
    at     INTEGER NOT NULL,
    value  REAL NOT NULL
);
CREATE INDEX samples_by_series ON samples (series, at);
CREATE TRIGGER samples_append_only_update BEFORE UPDATE ON samples
BEGIN SELECT RAISE(ABORT, 'incident samples are append-only'); END;
CREATE TRIGGER samples_append_only_delete BEFORE DELETE ON samples
BEGIN SELECT RAISE(ABORT, 'incident samples are append-only'); END;
)sql";

constexpr char EventColumns[] = "seq, at, actor, role, kind, payload, prev_hash, hash";

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt, col));
}

QByteArray columnBytes(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return QByteArray(text, sqlite3_column_bytes(stmt, col));
}

Event readEvent(sqlite3_stmt *stmt)
{
    Event e;
    e.seq = sqlite3_column_int64(stmt, 0);
    e.atMs = sqlite3_column_int64(stmt, 1);
    e.actor = columnText(stmt, 2);
    e.role = columnText(stmt, 3);
    e.kind = columnText(stmt, 4);
    e.payload = columnBytes(stmt, 5);
    e.prevHash = columnBytes(stmt, 6);
    e.hash = columnBytes(stmt, 7);
    return e;
}

void bindText(sqlite3_stmt *stmt, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Words of a search box as an FTS5 query: every word must occur.
QByteArray ftsQuery(const QString &text)
{
    // Whole words, except the last, which may still be being typed: a prefix term makes FTS5
    // merge the doclists of every matching term before it can page (docs/performance.md).
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(u'"');
        if (!word.isEmpty())
            terms << u'"' + word + u'"';
    }
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ').toUtf8();
}

// Steps a statement and resets it when it goes out of scope.
class Stepper
{
public:
    explicit Stepper(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    ~Stepper()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Stepper(const Stepper &) = delete;
    Stepper &operator=(const Stepper &) = delete;
    int step() { return sqlite3_step(m_stmt); }

private:
    sqlite3_stmt *m_stmt;
};

} // namespace

TimelineStore::TimelineStore() = default;

TimelineStore::~TimelineStore()
{
    close();
}

void TimelineStore::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
    if (m_db) {
        // The last writer's close checkpoints the WAL into the main file, so a copied
        // .incident file is complete on its own.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_schemaVersion = 0;
    m_dataVersion = -1;
}

TimelineStore::Error TimelineStore::sqlError(int rc, const QString &what) const
{
    const int primary = rc & 0xff;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Locked, tr("%1: %2: the file is locked by another program (waited %3 s)")
                                       .arg(m_path, what).arg(BusyTimeoutMs / 1000.0)};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt, tr("%1: %2: the file is damaged (%3)").arg(m_path, what, detail)};
    case SQLITE_NOTADB:
        return {ErrorCode::NotIncidentFile, tr("%1: not an incident file (%2)").arg(m_path, detail)};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly, tr("%1: %2: the file is read-only (%3)").arg(m_path, what, detail)};
    default:
        return {ErrorCode::Io, tr("%1: %2: %3").arg(m_path, what, detail)};
    }
}

sqlite3_stmt *TimelineStore::statement(const QString &name, const QString &sql) const
{
    if (sqlite3_stmt *cached = m_statements.value(name))
        return cached;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_statements.insert(name, stmt);
    return stmt;
}

TimelineStore::Error TimelineStore::execScript(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqlError(rc, tr("cannot write the schema"));
    return {};
}

TimelineStore::Error TimelineStore::openHandle(const QString &path, int flags, bool immutable)
{
    close();
    m_path = path;
    QByteArray name = QFile::encodeName(path);
    if (immutable) {
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const Error error = sqlError(rc, tr("cannot open"));
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    return {};
}

TimelineStore::Error TimelineStore::create(const QString &path)
{
    close();
    m_path = path;
    if (QFileInfo::exists(path))
        return {ErrorCode::AlreadyExists, tr("%1: a file with this name already exists").arg(path)};
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir())
        return {ErrorCode::NotFound, tr("%1: the folder %2 does not exist").arg(path, dir.filePath())};

    if (Error e = openHandle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return e;
    // Schema and identity first, in rollback-journal mode, so the main file's header carries
    // the application id even before the first WAL checkpoint.
    const QByteArray identity = "PRAGMA application_id = " + QByteArray::number(ApplicationId) + ";"
                              + "PRAGMA user_version = " + QByteArray::number(CurrentSchemaVersion) + ";";
    QByteArray script = "PRAGMA foreign_keys = ON; BEGIN;" + identity + SchemaV1 + MigrationV1ToV2 + MigrationV2ToV3;
    script += "COMMIT;";
    if (Error e = execScript(script.constData())) {
        close();
        QFile::remove(path);
        return e;
    }
    if (Error e = execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")) {
        close();
        QFile::remove(path);
        return e;
    }
    m_mode = Mode::ReadWrite;
    m_schemaVersion = CurrentSchemaVersion;

    sqlite3_stmt *meta = statement(u"meta.insert"_s, u"INSERT INTO meta (key, value) VALUES (?1, ?2)"_s);
    const QList<std::pair<QByteArray, QByteArray>> rows = {
        {"format", "incident-console"},
        {"created_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()},
        {"created_by_version", QByteArray(IC_VERSION)},
    };
    for (const auto &[key, value] : rows) {
        Stepper s(meta);
        bindText(meta, 1, key);
        bindText(meta, 2, value);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return sqlError(rc, tr("cannot write metadata"));
    }
    return {};
}

TimelineStore::Error TimelineStore::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return {ErrorCode::NotFound, tr("%1: no such file").arg(path)};
    if (!info.isFile())
        return {ErrorCode::NotIncidentFile, tr("%1: not an incident file (it is a folder or a device)").arg(path)};

    // Look at the header before SQLite does anything with the file.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {ErrorCode::Io, tr("%1: cannot read the file: %2").arg(path, file.errorString())};
        const QByteArray header = file.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
            return {ErrorCode::NotIncidentFile, tr("%1: not an incident file (not a SQLite database)").arg(path)};
        const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
        if (appId != quint32(ApplicationId))
            return {ErrorCode::NotIncidentFile,
                    tr("%1: not an incident file (a SQLite database of another program)").arg(path)};
    }

    // A file no program is writing (no WAL beside it) is read as immutable: SQLite then creates
    // no -wal/-shm files, so an archive on read-only media opens and nothing appears beside it.
    // A file that is being written is followed live instead.
    const bool immutable = mode == Mode::ReadOnly && !QFileInfo::exists(path + u"-wal"_s);
    if (Error e = openHandle(path, mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, immutable))
        return e;
    m_mode = mode;
    if (mode == Mode::ReadWrite && sqlite3_db_readonly(m_db, "main") == 1) {
        close();
        return {ErrorCode::ReadOnly, tr("%1: the file is write-protected; open it read-only").arg(path)};
    }
    if (Error e = checkIdentity()) {
        close();
        return e;
    }
    if (mode == Mode::ReadWrite) {
        Error e = execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
        if (!e && m_schemaVersion < CurrentSchemaVersion)
            e = migrate();
        if (e) {
            close();
            return e;
        }
    } else {
        sqlite3_exec(m_db, "PRAGMA query_only = ON;", nullptr, nullptr, nullptr);
    }
    externallyChanged(); // start watching from here
    return {};
}

TimelineStore::Error TimelineStore::checkIdentity()
{
    sqlite3_stmt *stmt = statement(u"identity"_s,
                                   u"SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events')"_s);
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read the file"));
    Stepper s(stmt);
    const int rc = s.step();
    if (rc != SQLITE_ROW)
        return sqlError(rc, tr("cannot read the file"));
    const int appId = sqlite3_column_int(stmt, 0);
    const int version = sqlite3_column_int(stmt, 1);
    const bool hasEvents = sqlite3_column_int(stmt, 2) == 1;
    if (appId != ApplicationId || !hasEvents || version < 1)
        return {ErrorCode::NotIncidentFile, tr("%1: not an incident file").arg(m_path)};
    if (version > CurrentSchemaVersion)
        return {ErrorCode::NewerSchema,
                tr("%1: written by a newer version of Incident Console (file format %2, this version reads up "
                   "to %3); update the program to open it")
                    .arg(m_path)
                    .arg(version)
                    .arg(CurrentSchemaVersion)};
    m_schemaVersion = version;
    return {};
}

TimelineStore::Error TimelineStore::migrate()
{
    // Forward only, one version at a time, each step in its own transaction.
    struct Step {
        int to;
        const char *sql;
    };
    static constexpr Step steps[] = {{2, MigrationV1ToV2}, {3, MigrationV2ToV3}};
    for (const Step &step : steps) {
        if (m_schemaVersion >= step.to)
            continue;
        QByteArray script = "BEGIN IMMEDIATE;";
        script += step.sql;
        script += "PRAGMA user_version = " + QByteArray::number(step.to) + "; COMMIT;";
        if (Error e = execScript(script.constData())) {
            sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
            return {e.code, tr("%1: cannot upgrade the file from format %2 to %3: %4")
                                .arg(m_path)
                                .arg(m_schemaVersion)
                                .arg(step.to)
                                .arg(e.message)};
        }
        m_schemaVersion = step.to;
    }
    return {};
}

TimelineStore::Error TimelineStore::appendLocked(const NewEvent &in, qint64 &seq, QByteArray &prevHash,
                                                 Event *stored)
{
    if (const QString invalid = validateEvent(in); !invalid.isEmpty())
        return {ErrorCode::InvalidEvent, tr("%1: event refused: %2").arg(m_path, invalid)};

    Event e;
    e.seq = ++seq;
    e.atMs = in.atMs.value_or(QDateTime::currentMSecsSinceEpoch());
    e.actor = in.actor.trimmed();
    e.role = in.role.trimmed();
    e.kind = in.kind;
    e.payload = chain::canonicalJson(in.payload);
    e.prevHash = prevHash;
    e.hash = chain::computeHash(e);

    sqlite3_stmt *insert = statement(u"events.insert"_s,
                                     u"INSERT INTO events (seq, at, actor, role, kind, payload, prev_hash, hash)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    if (!insert)
        return sqlError(sqlite3_errcode(m_db), tr("cannot append"));
    {
        Stepper s(insert);
        sqlite3_bind_int64(insert, 1, e.seq);
        sqlite3_bind_int64(insert, 2, e.atMs);
        bindText(insert, 3, e.actor.toUtf8());
        bindText(insert, 4, e.role.toUtf8());
        bindText(insert, 5, e.kind.toUtf8());
        bindText(insert, 6, e.payload);
        bindText(insert, 7, e.prevHash);
        bindText(insert, 8, e.hash);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return sqlError(rc, tr("cannot append"));
    }
    prevHash = e.hash;
    if (stored)
        *stored = std::move(e);
    return {};
}

TimelineStore::Error TimelineStore::append(const NewEvent &event, Event *stored)
{
    QList<Event> out;
    const Error e = appendBatch({event}, stored ? &out : nullptr);
    if (!e && stored)
        *stored = out.constFirst();
    return e;
}

TimelineStore::Error TimelineStore::appendBatch(const QList<NewEvent> &events, QList<Event> *stored)
{
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    if (m_mode == Mode::ReadOnly)
        return {ErrorCode::ReadOnly, tr("%1: opened read-only; nothing can be added").arg(m_path)};
    if (events.isEmpty())
        return {};

    sqlite3_stmt *begin = statement(u"begin"_s, u"BEGIN IMMEDIATE"_s);
    sqlite3_stmt *commit = statement(u"commit"_s, u"COMMIT"_s);
    sqlite3_stmt *head = statement(u"events.head"_s, u"SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"_s);
    if (!begin || !commit || !head)
        return sqlError(sqlite3_errcode(m_db), tr("cannot append"));
    {
        Stepper s(begin);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return sqlError(rc, tr("cannot append"));
    }
    auto rollback = [this](const Error &e) {
        sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
        return e;
    };

    // The head is read inside the write transaction: another program may have appended.
    qint64 seq = 0;
    QByteArray prevHash(chain::GenesisHash);
    {
        Stepper s(head);
        const int rc = s.step();
        if (rc == SQLITE_ROW) {
            seq = sqlite3_column_int64(head, 0);
            prevHash = columnBytes(head, 1);
        } else if (rc != SQLITE_DONE) {
            return rollback(sqlError(rc, tr("cannot append")));
        }
    }

    const qint64 headSeq = seq;
    QList<Event> written;
    written.reserve(events.size());
    for (const NewEvent &event : events) {
        Event e;
        if (Error error = appendLocked(event, seq, prevHash, stored ? &e : nullptr))
            return rollback(error);
        if (stored)
            written.append(std::move(e));
    }
    // The text index is fed once per batch, after the rows: every INSERT INTO events opens a
    // statement savepoint (its trigger may abort), and FTS5 flushes its pending terms to disk at
    // each savepoint, so interleaved index inserts cost a segment write and merge per event.
    if (hasTextIndex()) {
        sqlite3_stmt *fts = statement(
            u"events_fts.index"_s,
            u"INSERT INTO events_fts (rowid, actor, kind, body) SELECT seq, actor, kind,"
            " (SELECT group_concat(value, ' ') FROM json_tree(events.payload) WHERE type = 'text')"
            " FROM events WHERE seq > ?1"_s);
        if (!fts)
            return rollback(sqlError(sqlite3_errcode(m_db), tr("cannot index")));
        Stepper s(fts);
        sqlite3_bind_int64(fts, 1, headSeq);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return rollback(sqlError(rc, tr("cannot index")));
    }
    {
        Stepper s(commit);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return rollback(sqlError(rc, tr("cannot commit")));
    }
    // Our own commit does not count as an external change.
    externallyChanged();
    if (stored)
        *stored = std::move(written);
    return {};
}

qint64 TimelineStore::lastSeq(Error *error) const
{
    if (!m_db) {
        if (error)
            *error = {ErrorCode::NotOpen, tr("no incident file is open")};
        return 0;
    }
    sqlite3_stmt *stmt = statement(u"events.last"_s, u"SELECT coalesce(max(seq), 0) FROM events"_s);
    Stepper s(stmt);
    const int rc = stmt ? s.step() : sqlite3_errcode(m_db);
    if (rc != SQLITE_ROW) {
        if (error)
            *error = sqlError(rc, tr("cannot read"));
        return 0;
    }
    return sqlite3_column_int64(stmt, 0);
}

bool TimelineStore::externallyChanged()
{
    if (!m_db)
        return false;
    sqlite3_stmt *stmt = statement(u"data_version"_s, u"PRAGMA data_version"_s);
    if (!stmt)
        return false;
    Stepper s(stmt);
    if (s.step() != SQLITE_ROW)
        return false;
    const qint64 version = sqlite3_column_int64(stmt, 0);
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

TimelineStore::Error TimelineStore::event(qint64 seq, Event *out) const
{
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    sqlite3_stmt *stmt = statement(u"events.one"_s, u"SELECT %1 FROM events WHERE seq = ?1"_s.arg(QLatin1StringView(EventColumns)));
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read"));
    Stepper s(stmt);
    sqlite3_bind_int64(stmt, 1, seq);
    const int rc = s.step();
    if (rc == SQLITE_DONE)
        return {ErrorCode::InvalidEvent, tr("%1: there is no event with seq %2").arg(m_path).arg(seq)};
    if (rc != SQLITE_ROW)
        return sqlError(rc, tr("cannot read"));
    *out = readEvent(stmt);
    return {};
}

TimelineStore::Error TimelineStore::runQuery(const Query &query, bool before, qint64 bound, int limit,
                                             QList<Event> *out) const
{
    out->clear();
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};

    const QByteArray fts = hasTextIndex() ? ftsQuery(query.text) : QByteArray();
    const QStringList words = query.text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    const bool useFts = !fts.isEmpty();
    const bool useLike = !hasTextIndex() && !words.isEmpty();

    // The statement's shape depends on the filters; each shape is prepared once.
    QString sql = u"SELECT e.seq, e.at, e.actor, e.role, e.kind, e.payload, e.prev_hash, e.hash FROM "_s;
    sql += useFts ? u"events_fts f JOIN events e ON e.seq = f.rowid WHERE events_fts MATCH ?3 AND f.rowid "_s
                  : u"events e WHERE e.seq "_s;
    sql += before ? u"< ?1"_s : u"> ?1"_s;
    if (!query.kinds.isEmpty()) {
        QStringList params;
        for (int i = 0; i < query.kinds.size(); ++i)
            params << u"?"_s + QString::number(10 + i);
        sql += u" AND e.kind IN ("_s + params.join(u", "_s) + u')';
    }
    if (useLike) {
        for (int i = 0; i < words.size(); ++i) {
            const QString p = u"?"_s + QString::number(100 + i);
            sql += u" AND (e.payload LIKE %1 ESCAPE '\\' OR e.actor LIKE %1 ESCAPE '\\')"_s.arg(p);
        }
    }
    sql += useFts ? (before ? u" ORDER BY f.rowid DESC"_s : u" ORDER BY f.rowid ASC"_s)
                  : (before ? u" ORDER BY e.seq DESC"_s : u" ORDER BY e.seq ASC"_s);
    sql += u" LIMIT ?2"_s;

    const QString name = u"page:%1:%2:%3:%4"_s.arg(before).arg(useFts).arg(query.kinds.size()).arg(useLike ? words.size() : 0);
    sqlite3_stmt *stmt = statement(name, sql);
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read"));
    Stepper s(stmt);
    sqlite3_bind_int64(stmt, 1, bound);
    sqlite3_bind_int(stmt, 2, limit);
    if (useFts)
        bindText(stmt, 3, fts);
    for (int i = 0; i < query.kinds.size(); ++i)
        bindText(stmt, 10 + i, query.kinds.at(i).toUtf8());
    if (useLike) {
        for (int i = 0; i < words.size(); ++i) {
            QString w = words.at(i);
            w.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            bindText(stmt, 100 + i, (u'%' + w + u'%').toUtf8());
        }
    }
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        out->append(readEvent(stmt));
    if (rc != SQLITE_DONE)
        return sqlError(rc, tr("cannot read"));
    return {};
}

TimelineStore::Error TimelineStore::pageBefore(const Query &query, qint64 beforeSeq, int limit,
                                               QList<Event> *out) const
{
    return runQuery(query, true, beforeSeq, limit, out);
}

TimelineStore::Error TimelineStore::pageAfter(const Query &query, qint64 afterSeq, int limit,
                                              QList<Event> *out) const
{
    return runQuery(query, false, afterSeq, limit, out);
}

TimelineStore::Error TimelineStore::forEach(const QStringList &kinds,
                                            const std::function<bool(const Event &)> &visit) const
{
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    QString sql = u"SELECT %1 FROM events"_s.arg(QLatin1StringView(EventColumns));
    if (!kinds.isEmpty()) {
        QStringList params;
        for (int i = 0; i < kinds.size(); ++i)
            params << u"?"_s + QString::number(i + 1);
        sql += u" WHERE kind IN ("_s + params.join(u", "_s) + u')';
    }
    sql += u" ORDER BY seq"_s;
    sqlite3_stmt *stmt = statement(u"each:"_s + QString::number(kinds.size()), sql);
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read"));
    Stepper s(stmt);
    for (int i = 0; i < kinds.size(); ++i)
        bindText(stmt, i + 1, kinds.at(i).toUtf8());
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (!visit(readEvent(stmt)))
            return {};
    }
    if (rc != SQLITE_DONE)
        return sqlError(rc, tr("cannot read"));
    return {};
}

TimelineStore::Error TimelineStore::appendSamples(const QList<Sample> &samples)
{
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    if (m_mode == Mode::ReadOnly)
        return {ErrorCode::ReadOnly, tr("%1: opened read-only; nothing can be added").arg(m_path)};
    if (samples.isEmpty())
        return {};
    for (const Sample &sample : samples) {
        if (sample.series.isEmpty())
            return {ErrorCode::InvalidEvent, tr("%1: sample refused: it has no series name").arg(m_path)};
        if (!std::isfinite(sample.value))
            return {ErrorCode::InvalidEvent,
                    tr("%1: sample refused: the value of %2 is not a number").arg(m_path, sample.series)};
    }

    sqlite3_stmt *begin = statement(u"begin"_s, u"BEGIN IMMEDIATE"_s);
    sqlite3_stmt *commit = statement(u"commit"_s, u"COMMIT"_s);
    sqlite3_stmt *insert = statement(u"samples.insert"_s, u"INSERT INTO samples (series, at, value) VALUES (?1, ?2, ?3)"_s);
    if (!begin || !commit || !insert)
        return sqlError(sqlite3_errcode(m_db), tr("cannot store samples"));
    {
        Stepper s(begin);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return sqlError(rc, tr("cannot store samples"));
    }
    auto rollback = [this](const Error &e) {
        sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
        return e;
    };
    // Consecutive samples mostly share a series: encode its name once per run.
    QString lastSeries;
    QByteArray seriesUtf8;
    for (const Sample &sample : samples) {
        if (sample.series != lastSeries) {
            lastSeries = sample.series;
            seriesUtf8 = sample.series.toUtf8();
        }
        Stepper s(insert);
        sqlite3_bind_text(insert, 1, seriesUtf8.constData(), int(seriesUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, sample.atMs);
        sqlite3_bind_double(insert, 3, sample.value);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return rollback(sqlError(rc, tr("cannot store samples")));
    }
    {
        Stepper s(commit);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return rollback(sqlError(rc, tr("cannot commit")));
    }
    externallyChanged();
    return {};
}

TimelineStore::Error TimelineStore::samples(const QString &series, qint64 fromMs, qint64 toMs, QList<Sample> *out) const
{
    out->clear();
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    if (!hasSamples())
        return {};
    sqlite3_stmt *stmt = statement(u"samples.range"_s,
                                   u"SELECT at, value FROM samples WHERE series = ?1 AND at BETWEEN ?2 AND ?3"
                                   " ORDER BY at, rowid"_s);
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read samples"));
    Stepper s(stmt);
    bindText(stmt, 1, series.toUtf8());
    sqlite3_bind_int64(stmt, 2, fromMs);
    sqlite3_bind_int64(stmt, 3, toMs);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        out->append({series, sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1)});
    if (rc != SQLITE_DONE)
        return sqlError(rc, tr("cannot read samples"));
    return {};
}

TimelineStore::Error TimelineStore::sampleSeries(QStringList *out) const
{
    out->clear();
    if (!m_db)
        return {ErrorCode::NotOpen, tr("no incident file is open")};
    if (!hasSamples())
        return {};
    sqlite3_stmt *stmt = statement(u"samples.series"_s, u"SELECT DISTINCT series FROM samples ORDER BY series"_s);
    if (!stmt)
        return sqlError(sqlite3_errcode(m_db), tr("cannot read samples"));
    Stepper s(stmt);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        out->append(columnText(stmt, 0));
    if (rc != SQLITE_DONE)
        return sqlError(rc, tr("cannot read samples"));
    return {};
}

TimelineStore::VerifyResult TimelineStore::verify() const
{
    VerifyResult result;
    if (!m_db) {
        result.error = {ErrorCode::NotOpen, tr("no incident file is open")};
        return result;
    }
    sqlite3_stmt *stmt = statement(u"verify"_s, u"SELECT %1 FROM events ORDER BY seq"_s.arg(QLatin1StringView(EventColumns)));
    if (!stmt) {
        result.error = sqlError(sqlite3_errcode(m_db), tr("cannot verify"));
        return result;
    }
    // Hot loop over every row: works on the column bytes directly, one reused buffer.
    Stepper s(stmt);
    QByteArray expectedPrev(chain::GenesisHash);
    qint64 expectedSeq = 1;
    QByteArray buffer;
    chain::Hasher hasher;
    char hex[64];
    auto fail = [&](qint64 seq, const QString &reason) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.reason = reason;
        result.headHash = expectedPrev == chain::GenesisHash ? QByteArray() : expectedPrev;
        return result;
    };
    auto column = [stmt](int col) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, col)),
                              sqlite3_column_bytes(stmt, col));
    };
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(stmt, 0);
        ++result.eventCount;
        if (seq != expectedSeq)
            return fail(expectedSeq, tr("event %1 is missing; the next stored event is %2 (events were deleted)")
                                         .arg(expectedSeq)
                                         .arg(seq));
        bool typesOk = sqlite3_column_type(stmt, 1) == SQLITE_INTEGER;
        for (int col = 2; col <= 7; ++col)
            typesOk = typesOk && sqlite3_column_type(stmt, col) == SQLITE_TEXT;
        if (!typesOk)
            return fail(seq, tr("a field has the wrong type (the row was altered)"));

        const QByteArrayView prev = column(6);
        if (prev != expectedPrev)
            return fail(seq, tr("its prev_hash does not match the hash of event %1 (events were inserted, removed "
                                "or reordered before it)")
                                 .arg(seq - 1));
        buffer.clear();
        chain::appendCanonicalEncoding(buffer, seq, sqlite3_column_int64(stmt, 1), column(2), column(3), column(4),
                                       column(5), prev);
        if (!hasher.hexDigest(buffer, hex)) {
            result.error = {ErrorCode::Io, tr("%1: cannot verify: SHA-256 is not available").arg(m_path)};
            return result;
        }
        const QByteArrayView hash(hex, 64);
        if (column(7) != hash)
            return fail(seq, tr("its content does not match its hash (the event was changed)"));
        expectedPrev = hash.toByteArray();
        ++expectedSeq;
    }
    if (rc != SQLITE_DONE) {
        result.error = sqlError(rc, tr("cannot verify"));
        result.firstBadSeq = expectedSeq;
        result.reason = result.error.message;
        return result;
    }
    result.ok = true;
    result.headHash = result.eventCount ? expectedPrev : QByteArray();
    return result;
}

QString TimelineStore::metadata(const QString &key) const
{
    if (!m_db)
        return {};
    sqlite3_stmt *stmt = statement(u"meta.get"_s, u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!stmt)
        return {};
    Stepper s(stmt);
    bindText(stmt, 1, key.toUtf8());
    return s.step() == SQLITE_ROW ? columnText(stmt, 0) : QString();
}

} // namespace ic
