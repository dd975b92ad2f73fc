#pragma once

#include "Event.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ic {

// One stored point of a live series (schema version 3, table `samples`). Series names:
// "health/<check>/latency_ms", "health/<check>/state" (0 unknown, 1 healthy, 2 degraded,
// 3 down), "replication/<cluster>/<member>/lag_bytes", "prometheus/<panel title>/<series label>".
struct Sample {
    QString series;
    qint64 atMs = 0; // UTC ms
    double value = 0;
    bool operator==(const Sample &other) const = default;
};

// One incident file: a SQLite database holding the append-only, hash-chained event log.
// All SQL of the file lives here, as prepared statements. Not thread-safe: use one
// TimelineStore per thread (several may open the same file; SQLite serialises the writers).
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)

public:
    enum class Mode { ReadOnly, ReadWrite };

    enum class ErrorCode {
        None,
        NotFound,        // no such file
        AlreadyExists,   // create() on an existing path
        NotIncidentFile, // not SQLite, or SQLite without our application id
        NewerSchema,     // written by a newer version
        Locked,          // another program holds the write lock too long
        Corrupt,         // SQLite reports a malformed image
        ReadOnly,        // append on a read-only store
        InvalidEvent,    // payload misses required fields
        NotOpen,
        Io,              // anything else the file system or SQLite reports
    };

    struct Error {
        ErrorCode code = ErrorCode::None;
        QString message; // translated, names the file and the reason
        explicit operator bool() const { return code != ErrorCode::None; }
    };

    struct VerifyResult {
        bool ok = false;
        qint64 eventCount = 0;   // rows read
        qint64 firstBadSeq = 0;  // 0 when ok
        QString reason;          // translated; empty when ok
        QByteArray headHash;     // hash of the last good event (record it out of band)
        Error error;             // the file could not be read at all
    };

    // Filters applied in SQL, so they hold for the whole file, not only what is loaded.
    struct Query {
        QStringList kinds; // empty: every kind
        QString text;      // words; all must occur, the last may be unfinished (prefix); empty: none
        bool isEmpty() const { return kinds.isEmpty() && text.trimmed().isEmpty(); }
    };

    static constexpr int CurrentSchemaVersion = 3;
    static constexpr int ApplicationId = 0x49434E54; // "ICNT"
    static constexpr int BusyTimeoutMs = 3000;

    TimelineStore();
    ~TimelineStore();
    TimelineStore(const TimelineStore &) = delete;
    TimelineStore &operator=(const TimelineStore &) = delete;

    // Creates a new, empty incident file; refuses to touch an existing path.
    Error create(const QString &path);
    // Opens an existing incident file. Read-write opens migrate an older schema forward;
    // read-only opens never write a byte.
    Error open(const QString &path, Mode mode);
    void close();

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool hasTextIndex() const { return m_schemaVersion >= 2; }
    bool hasSamples() const { return m_schemaVersion >= 3; }

    // Returns after the event's commit is durable (WAL, synchronous=FULL).
    Error append(const NewEvent &event, Event *stored = nullptr);
    // All events in one transaction (group commit): all or none.
    Error appendBatch(const QList<NewEvent> &events, QList<Event> *stored = nullptr);

    qint64 lastSeq(Error *error = nullptr) const;
    // Cheap check whether another connection changed the file since the last call.
    bool externallyChanged();

    Error event(qint64 seq, Event *out) const;
    // Up to `limit` matching events with seq < beforeSeq, newest first.
    Error pageBefore(const Query &query, qint64 beforeSeq, int limit, QList<Event> *out) const;
    // Up to `limit` matching events with seq > afterSeq, oldest first.
    Error pageAfter(const Query &query, qint64 afterSeq, int limit, QList<Event> *out) const;
    // Every event of the given kinds (all kinds when empty), oldest first; stop by returning false.
    Error forEach(const QStringList &kinds, const std::function<bool(const Event &)> &visit) const;

    // Live samples (health latency and state, replica lag, PromQL panels), all in one
    // transaction. Evidence beside the chain, not in it: see docs/incident-file-format.md.
    // Refuses names that are empty and values that are not finite numbers.
    Error appendSamples(const QList<Sample> &samples);
    // The samples of one series with fromMs <= at <= toMs, oldest first. A file older than
    // version 3 has none (no error).
    Error samples(const QString &series, qint64 fromMs, qint64 toMs, QList<Sample> *out) const;
    // The names of every stored series, sorted.
    Error sampleSeries(QStringList *out) const;

    // Recomputes the whole chain and names the first bad seq.
    VerifyResult verify() const;

    // Metadata written at create time (created_at, created_by_version).
    QString metadata(const QString &key) const;

private:
    Error openHandle(const QString &path, int flags, bool immutable = false);
    Error checkIdentity();
    Error migrate();
    Error execScript(const char *sql);
    Error sqlError(int rc, const QString &what) const;
    sqlite3_stmt *statement(const QString &name, const QString &sql) const;
    Error appendLocked(const NewEvent &event, qint64 &seq, QByteArray &prevHash, Event *stored);
    Error runQuery(const Query &query, bool before, qint64 bound, int limit, QList<Event> *out) const;

    sqlite3 *m_db = nullptr;
    Mode m_mode = Mode::ReadOnly;
    QString m_path;
    int m_schemaVersion = 0;
    qint64 m_dataVersion = -1;
    mutable QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace ic
