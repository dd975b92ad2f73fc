// The benchmark of issue 2; docs/performance.md describes every figure. Not a test:
// scripts/bench runs it on a Release build; ctest runs only `--smoke`, a tiny run that keeps
// this code working.
//
// stdout gets exactly one line per figure:
//   name: value unit (baseline: value unit, ratio: r)     measured against a baseline program
//   name: value unit (goal: < X unit)                      measured against a goal
// stderr gets progress and, at the end, whether each goal was met.

#include "Event.h"
#include "Incident.h"
#include "IncidentStatus.h"
#include "TimelineModel.h"
#include "TimelineStore.h"

#include "BenchReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace bench;

namespace {

// What a commander types into the timeline's search box during a database failover. Both words
// are common (every replication sample and many notes have them), so the index has real work.
const QString SearchText = u"replica lag"_s;

struct Sizes {
    int durableEvents; // figure 1, per round
    int durableRounds;
    int burstEvents;   // figure 2, per round
    int burstRounds;
    int bigEvents;     // figures 3 and 4
    int bigBatch;
    int verifyRounds;
    int childRuns;     // figure 4
};

constexpr Sizes FullSizes{2000, 3, 10000, 3, 1000000, 10000, 3, 5};
constexpr Sizes SmokeSizes{200, 1, 1000, 1, 1000, 100, 1, 2};

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6; // MB = 10^6 bytes, as sha256sum and dd count them
}

// --- Realistic events ------------------------------------------------------------------------

// A deterministic stream of the events a long incident produces: mostly notes of varying length
// and health/replication samples, now and then a runbook step, an action, a message, a
// correction, a status change or a role handoff. Times are fixed by the seed, so two runs write
// byte-identical rows and hashes.
class EventStream
{
public:
    explicit EventStream(quint32 seed) : m_random(seed) {}

    QList<ic::NewEvent> take(int count)
    {
        QList<ic::NewEvent> events;
        events.reserve(count);
        for (int i = 0; i < count; ++i)
            events.append(next());
        return events;
    }

private:
    static inline const QStringList Services{u"orders-db"_s, u"orders-api"_s, u"payments"_s, u"checkout"_s,
                                             u"inventory"_s, u"search"_s,     u"auth"_s,     u"billing-db"_s};
    static inline const QStringList Hosts{u"db-01"_s, u"db-02"_s, u"db-03"_s, u"db-04"_s,
                                          u"db-05"_s, u"db-06"_s, u"db-07"_s, u"db-08"_s};
    static inline const QStringList People{u"alice"_s, u"bob"_s, u"Jürgen Weiß"_s, u"Zoë"_s, u"carol"_s, u"dmitri"_s};
    static inline const QStringList Sentences{
        u"Paged by Alertmanager: %svc error rate above 5% for 10 minutes."_s,
        u"Checked the dashboards; %svc p99 latency is %n ms."_s,
        u"Replica lag on %host is %n MB, above the RPO."_s,
        u"Asked the database team to look at %host."_s,
        u"Customer support reports checkout failures in the EU region."_s,
        u"Patroni shows %host as leader; the old primary is fenced."_s,
        u"Rolled back the deploy of %svc to the previous release."_s,
        u"Waiting for the replica to catch up before the switchover."_s,
        u"Status page updated; next update in 30 minutes."_s,
        u"Disk on %host at %n% after the log rotation."_s,
        u"No errors in the %svc logs since the restart."_s,
        u"Opened a ticket with the cloud provider about the network partition between zones."_s,
        u"Connection pool of %svc exhausted; raised the limit to %n."_s,
        u"Lag is dropping: %n MB now."_s,
        u"Prometheus alert ReplicationLagHigh resolved for %host."_s,
        u"The WAL archive on %host is %n segments behind."_s,
        u"Decision: keep %svc in read-only mode until the replica has caught up."_s,
        u"Handing the pager to the next shift after this update."_s,
        u"Vacuum on %svc finished; bloat down to %n%."_s,
        u"Verified backups of %svc from last night restore cleanly."_s,
        u"Traffic shifted to the secondary region; error budget burn is %n% per hour."_s,
        u"Jürgen confirms the firewall change was reverted at 03:12 UTC."_s,
        u"Zoë is drafting the customer communication."_s,
    };
    static inline const QStringList Steps{
        u"Freeze deploys"_s,        u"Check replica lag against the RPO"_s, u"Fence the old primary"_s,
        u"Promote the replica"_s,   u"Point the service at the new primary"_s,
        u"Verify writes succeed"_s, u"Rebuild the old primary as a replica"_s,
    };

    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(quint32(list.size())))); }

    QString fill(QString text)
    {
        text.replace(u"%svc"_s, pick(Services));
        text.replace(u"%host"_s, pick(Hosts));
        text.replace(u"%n"_s, QString::number(m_random.bounded(1, 5000)));
        return text;
    }

    QString noteText(int minSentences, int maxSentences)
    {
        const int count = int(m_random.bounded(minSentences, maxSentences + 1));
        QStringList parts;
        for (int i = 0; i < count; ++i)
            parts << fill(pick(Sentences));
        return parts.join(u' ');
    }

    ic::NewEvent make(const QString &actor, const QString &role, ic::EventKind kind, const QJsonObject &payload)
    {
        return {actor, role, ic::eventKindName(kind), payload, m_atMs};
    }

    ic::NewEvent next()
    {
        using K = ic::EventKind;
        const qint64 seq = ++m_count;
        m_atMs += m_random.bounded(50, 3000);
        const QString commander = m_commander;
        const QString commanderRole = QString::fromLatin1(ic::roles::IncidentCommander);

        if (seq == 1)
            return make(commander, commanderRole, K::Declared,
                        {{u"title"_s, u"Orders database primary lost in eu-west-1"_s},
                         {u"severity"_s, u"SEV2"_s},
                         {u"commander"_s, commander},
                         {u"exercise"_s, false}});
        if (seq <= 4) {
            static const char *const assigned[] = {ic::roles::CommunicationsLead, ic::roles::OperationsLead,
                                                   ic::roles::Scribe};
            return make(commander, commanderRole, K::RoleAssigned,
                        {{u"role"_s, QString::fromLatin1(assigned[seq - 2])}, {u"person"_s, People.at(int(seq))}});
        }
        if (seq % 5000 == 0) {
            // identified, mitigating, then back and forth between monitoring and mitigating
            // while fixes are tried: every change is a valid transition.
            using S = ic::IncidentStatus;
            const S to = m_status == S::Investigating ? S::Identified
                       : m_status == S::Mitigating    ? S::Monitoring
                                                      : S::Mitigating;
            const ic::NewEvent e = make(commander, commanderRole, K::StatusChanged,
                                        {{u"from"_s, ic::statusName(m_status)}, {u"to"_s, ic::statusName(to)}});
            m_status = to;
            return e;
        }
        if (seq % 20000 == 10000) {
            // Shift change: the commander hands off.
            const QString to = People.at(int((seq / 20000) % People.size()));
            const QString from = m_commander;
            m_commander = to == from ? People.at(0) : to;
            return make(from, commanderRole, K::RoleHandoff, {{u"role"_s, commanderRole}, {u"from"_s, from}, {u"to"_s, m_commander}});
        }

        const quint32 r = m_random.bounded(1000u);
        if (r < 550) {
            m_lastNoteSeq = seq;
            // Mostly one or two sentences, sometimes a long paragraph.
            const bool longNote = m_random.bounded(10u) == 0;
            return make(pick(People), {}, K::Note, {{u"text"_s, longNote ? noteText(4, 12) : noteText(1, 2)}});
        }
        if (r < 750) {
            static const char *const states[] = {"healthy", "degraded", "down", "unknown"};
            const QString service = pick(Services);
            const QString from = QString::fromLatin1(states[m_random.bounded(4u)]);
            const QString to = QString::fromLatin1(states[m_random.bounded(4u)]);
            return make(u"console"_s, u"monitor"_s, K::HealthChanged,
                        {{u"service"_s, service}, {u"check"_s, service}, {u"from"_s, from}, {u"to"_s, to},
                         {u"maintenance"_s, false}, {u"detail"_s, u"HTTP 503 from /health"_s}, {u"at_ms"_s, m_atMs}});
        }
        if (r < 900) {
            const QString host = pick(Hosts);
            const qint64 lag = m_random.bounded(0, 64 * 1024 * 1024);
            return make(u"console"_s, u"monitor"_s, K::ReplicationChanged,
                        {{u"cluster"_s, u"orders-db"_s}, {u"change"_s, lag > 1048576 ? u"rpo_breached"_s : u"rpo_recovered"_s},
                         {u"member"_s, host}, {u"lag_bytes"_s, lag}, {u"max_lag_bytes"_s, 1048576}, {u"at_ms"_s, m_atMs}});
        }
        if (r < 940) {
            const int step = int(m_random.bounded(quint32(Steps.size())));
            const QString state = m_random.bounded(2u) ? u"done"_s : u"started"_s;
            return make(pick(People), QString::fromLatin1(ic::roles::OperationsLead), K::StepChanged,
                        {{u"runbook"_s, u"db-failover"_s}, {u"step"_s, step + 1}, {u"state"_s, state},
                         {u"summary"_s, u"db-failover step %1: %2 — %3"_s.arg(step + 1).arg(Steps.at(step), state)}});
        }
        if (r < 970) {
            const QString host = pick(Hosts);
            QStringList output;
            const int lines = int(m_random.bounded(1, 20));
            for (int i = 0; i < lines; ++i)
                output << u"+ %1 | %2 | replica | streaming | %3 | lag %4"_s.arg(host, pick(Hosts))
                              .arg(m_random.bounded(1, 30))
                              .arg(m_random.bounded(0, 4096));
            return make(pick(People), QString::fromLatin1(ic::roles::OperationsLead), K::ActionExecuted,
                        {{u"action"_s, u"patronictl list orders-db"_s}, {u"exit_code"_s, 0},
                         {u"summary"_s, u"Ran patronictl list on %1"_s.arg(host)},
                         {u"output"_s, output.join(u'\n')}});
        }
        if (r < 999) {
            const bool statusPage = m_random.bounded(2u);
            return make(pick(People), QString::fromLatin1(ic::roles::CommunicationsLead), K::MessageSent,
                        {{u"channel"_s, statusPage ? u"status-page"_s : u"#inc-orders-db"_s},
                         {u"summary"_s, statusPage ? u"Status page updated"_s : u"Update posted to #inc-orders-db"_s},
                         {u"text"_s, noteText(2, 6)}});
        }
        return make(pick(People), {}, K::Correction,
                    {{u"corrects"_s, qMax<qint64>(1, m_lastNoteSeq)},
                     {u"reason"_s, u"wrong host name"_s},
                     {u"text"_s, noteText(1, 1)}});
    }

    QRandomGenerator m_random;
    qint64 m_count = 0;
    qint64 m_atMs = 1709259180000; // 2024-03-01T02:13:00Z
    qint64 m_lastNoteSeq = 0;
    QString m_commander = u"alice"_s;
    ic::IncidentStatus m_status = ic::IncidentStatus::Investigating;
};

// --- Helpers ---------------------------------------------------------------------------------

void check(const ic::TimelineStore::Error &error)
{
    if (error)
        throw BenchError(error.message);
}

void createEmpty(const QString &path)
{
    ic::TimelineStore store;
    check(store.create(path));
}

// The stored rows, oldest first.
QList<ic::Event> readBack(const QString &path)
{
    ic::TimelineStore store;
    check(store.open(path, ic::TimelineStore::Mode::ReadOnly));
    QList<ic::Event> events;
    check(store.forEach({}, [&events](const ic::Event &e) {
        events.append(e);
        return true;
    }));
    return events;
}

// The file holds `count` events and its chain verifies; returns the head hash.
QByteArray verifiedHead(const QString &path, qint64 count)
{
    ic::TimelineStore store;
    check(store.open(path, ic::TimelineStore::Mode::ReadOnly));
    const auto result = store.verify();
    check(result.error);
    if (!result.ok || result.eventCount != count)
        throw BenchError(u"%1: does not verify (%2 events, first bad seq %3: %4)"_s.arg(path)
                             .arg(result.eventCount)
                             .arg(result.firstBadSeq)
                             .arg(result.reason));
    return result.headHash;
}

QByteArray sqlText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return '\'' + utf8.replace('\'', "''") + '\'';
}

QByteArray sqlText(QByteArray utf8)
{
    return '\'' + utf8.replace('\'', "''") + '\'';
}

// The same rows as TimelineStore writes them (the event and its full-text entry, with the same
// SQL), either one transaction per event or all in one.
QByteArray sqliteScript(const QList<ic::Event> &events, bool oneTransaction)
{
    QByteArray sql = "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\n";
    if (oneTransaction)
        sql += "BEGIN IMMEDIATE;\n";
    for (const ic::Event &e : events) {
        const QByteArray seq = QByteArray::number(e.seq);
        if (!oneTransaction)
            sql += "BEGIN IMMEDIATE;\n";
        sql += "INSERT INTO events (seq, at, actor, role, kind, payload, prev_hash, hash) VALUES (" + seq + ", "
             + QByteArray::number(e.atMs) + ", " + sqlText(e.actor) + ", " + sqlText(e.role) + ", "
             + sqlText(e.kind) + ", " + sqlText(e.payload) + ", " + sqlText(e.prevHash) + ", " + sqlText(e.hash)
             + ");\n";
        sql += "INSERT INTO events_fts (rowid, actor, kind, body) VALUES (" + seq + ", " + sqlText(e.actor) + ", "
             + sqlText(e.kind) + ", (SELECT group_concat(value, ' ') FROM json_tree((SELECT payload FROM events WHERE seq = "
             + seq + ")) WHERE type = 'text'));\n";
        if (!oneTransaction)
            sql += "COMMIT;\n";
    }
    if (oneTransaction)
        sql += "COMMIT;\n";
    return sql;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw BenchError(u"%1: cannot write: %2"_s.arg(path, file.errorString()));
}

// Reads a file once so that both sides of a comparison start from the page cache.
void warm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError(u"%1: cannot read: %2"_s.arg(path, file.errorString()));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) {
    }
}

// Runs a program to completion; returns its wall time in seconds (start to exit) and its stdout.
double runTimed(const QString &program, const QStringList &args, const QString &stdinFile, QByteArray *out = nullptr)
{
    QProcess process;
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    if (!out)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(-1))
        throw BenchError(u"cannot start %1: %2"_s.arg(program, process.errorString()));
    process.waitForFinished(-1);
    const double elapsed = seconds(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw BenchError(u"%1 %2 failed (exit %3): %4"_s.arg(program, args.join(u' '))
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    if (out)
        *out = process.readAllStandardOutput();
    return elapsed;
}

// Other programs running during the benchmark take cores and disk from it; say so.
struct Context {
    Sizes sizes;
    QString dir;
    QString sqlite3;
    QString sha256sum;
    QString self;
};

// --- Figures 1 and 2: appends against the sqlite3 tool ---------------------------------------

// Writes `events` into the empty incident file at `path` and returns the seconds from open to
// close (the close checkpoints the WAL, as the sqlite3 tool's exit does).
double timeOurAppends(const QString &path, const QList<ic::NewEvent> &events, bool batch)
{
    QElapsedTimer timer;
    timer.start();
    ic::TimelineStore store;
    check(store.open(path, ic::TimelineStore::Mode::ReadWrite));
    if (batch) {
        check(store.appendBatch(events));
    } else {
        for (const ic::NewEvent &e : events)
            check(store.append(e));
    }
    store.close();
    return seconds(timer);
}

struct AppendRates {
    double ours;
    double sqlite;
};

AppendRates compareAppends(const Context &ctx, const QString &label, int count, int rounds, bool batch)
{
    const QList<ic::NewEvent> events = EventStream(batch ? 2 : 1).take(count);
    const QString sqlPath = ctx.dir + u"/%1.sql"_s.arg(label);
    QList<double> ours, sqlite;
    for (int round = 0; round < rounds; ++round) {
        const QString oursPath = ctx.dir + u"/%1-ours-%2.incident"_s.arg(label).arg(round);
        const QString basePath = ctx.dir + u"/%1-sqlite3-%2.incident"_s.arg(label).arg(round);
        createEmpty(oursPath);
        createEmpty(basePath);
        auto runOurs = [&] { ours.append(count / timeOurAppends(oursPath, events, batch)); };
        auto runSqlite = [&] {
            sqlite.append(count / runTimed(ctx.sqlite3, {u"-bail"_s, basePath}, sqlPath));
        };
        // Alternate who goes first, so neither side always gets the quieter disk.
        if (round % 2 == 0) {
            runOurs();
            if (round == 0)
                writeFile(sqlPath, sqliteScript(readBack(oursPath), batch));
            runSqlite();
        } else {
            runSqlite();
            runOurs();
        }
        // Both files hold the same rows: same count, both chains verify, same head hash.
        if (verifiedHead(oursPath, count) != verifiedHead(basePath, count))
            throw BenchError(u"%1 and %2 differ"_s.arg(oursPath, basePath));
        progress(u"%1 round %2: ours %3 events/s, sqlite3 %4 events/s"_s.arg(label)
                     .arg(round + 1)
                     .arg(number(ours.constLast()), number(sqlite.constLast())));
        for (const QString &p : {oursPath, basePath})
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(p + suffix);
    }
    QFile::remove(sqlPath);
    return {median(ours), median(sqlite)};
}

void figureDurableAppends(const Context &ctx)
{
    progress(u"durable appends: %1 events, one transaction each, %2 rounds"_s.arg(ctx.sizes.durableEvents)
                 .arg(ctx.sizes.durableRounds));
    const AppendRates r = compareAppends(ctx, u"durable"_s, ctx.sizes.durableEvents, ctx.sizes.durableRounds, false);
    report({u"durable_append"_s, r.ours, u"events/s"_s, r.sqlite, {}, u"ratio >= 0.8"_s, r.ours / r.sqlite >= 0.8});
}

void figureBurstAppends(const Context &ctx)
{
    progress(u"burst appends: %1 events in one transaction, %2 rounds"_s.arg(ctx.sizes.burstEvents)
                 .arg(ctx.sizes.burstRounds));
    const AppendRates r = compareAppends(ctx, u"burst"_s, ctx.sizes.burstEvents, ctx.sizes.burstRounds, true);
    report({u"burst_append"_s, r.ours, u"events/s"_s, r.sqlite, {}, u">= 20000 events/s"_s, r.ours >= 20000});
}

// --- Figure 3: verify against sha256sum ------------------------------------------------------

QString generateBigFile(const Context &ctx)
{
    const QString path = ctx.dir + u"/big.incident"_s;
    progress(u"generating %1 events in batches of %2"_s.arg(ctx.sizes.bigEvents).arg(ctx.sizes.bigBatch));
    ic::TimelineStore store;
    check(store.create(path));
    EventStream stream(3);
    QElapsedTimer timer;
    timer.start();
    for (int written = 0; written < ctx.sizes.bigEvents;) {
        const int n = qMin(ctx.sizes.bigBatch, ctx.sizes.bigEvents - written);
        check(store.appendBatch(stream.take(n)));
        written += n;
        if (written % (ctx.sizes.bigBatch * 10) == 0 && written < ctx.sizes.bigEvents)
            progress(u"  %1 events, %2 s"_s.arg(written).arg(number(seconds(timer))));
    }
    store.close();
    progress(u"generated %1 events in %2 s (%3 events/s, including the event stream), file %4 MB"_s
                 .arg(ctx.sizes.bigEvents)
                 .arg(number(seconds(timer)))
                 .arg(number(ctx.sizes.bigEvents / seconds(timer)))
                 .arg(number(megabytes(QFileInfo(path).size()))));
    return path;
}

void figureVerify(const Context &ctx, const QString &big)
{
    // The bytes the chain hashes: the canonical encoding of every event, one after another.
    const QString bytesPath = ctx.dir + u"/canonical.bin"_s;
    qint64 canonicalBytes = 0;
    {
        ic::TimelineStore store;
        check(store.open(big, ic::TimelineStore::Mode::ReadOnly));
        QFile out(bytesPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw BenchError(u"%1: cannot write: %2"_s.arg(bytesPath, out.errorString()));
        QByteArray buffer;
        auto flush = [&] {
            if (out.write(buffer) != buffer.size())
                throw BenchError(u"%1: cannot write: %2"_s.arg(bytesPath, out.errorString()));
            canonicalBytes += buffer.size();
            buffer.clear();
        };
        check(store.forEach({}, [&](const ic::Event &e) {
            buffer += ic::chain::canonicalEncoding(e);
            if (buffer.size() > (1 << 20))
                flush();
            return true;
        }));
        flush();
    }
    progress(u"verify: %1 MB of canonical bytes, incident file %2 MB, %3 rounds"_s
                 .arg(number(megabytes(canonicalBytes)), number(megabytes(QFileInfo(big).size())))
                 .arg(ctx.sizes.verifyRounds));
    warm(big);
    warm(bytesPath);

    ic::TimelineStore store;
    check(store.open(big, ic::TimelineStore::Mode::ReadOnly));
    QList<double> ours, baseline;
    for (int round = 0; round < ctx.sizes.verifyRounds; ++round) {
        auto runOurs = [&] {
            QElapsedTimer timer;
            timer.start();
            const auto result = store.verify();
            const double elapsed = seconds(timer);
            check(result.error);
            if (!result.ok || result.eventCount != ctx.sizes.bigEvents)
                throw BenchError(u"%1: verify failed at seq %2: %3"_s.arg(big).arg(result.firstBadSeq).arg(result.reason));
            ours.append(megabytes(canonicalBytes) / elapsed);
        };
        auto runSha = [&] { baseline.append(megabytes(canonicalBytes) / runTimed(ctx.sha256sum, {bytesPath}, {})); };
        if (round % 2 == 0) {
            runOurs();
            runSha();
        } else {
            runSha();
            runOurs();
        }
        progress(u"verify round %1: ours %2 MB/s, sha256sum %3 MB/s"_s.arg(round + 1)
                     .arg(number(ours.constLast()), number(baseline.constLast())));
    }
    QFile::remove(bytesPath);
    const double o = median(ours), b = median(baseline);
    report({u"verify"_s, o, u"MB/s"_s, b, {}, u"ratio >= 0.5"_s, o / b >= 0.5});
}

// --- Figure 4: open the big file and show its last page, in a fresh process ------------------

// The child: what the console does when an auditor opens a file, then a search.
int runChild(const QString &path, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    ic::Incident incident;
    if (const auto e = incident.open(path, ic::TimelineStore::Mode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", e.message.toLocal8Bit().constData());
        return 1;
    }
    ic::TimelineModel model;
    model.setStore(incident.store());
    if (!model.lastError().isEmpty()) {
        std::fprintf(stderr, "%s\n", model.lastError().toLocal8Bit().constData());
        return 1;
    }
    // What a view does for the page it shows: the text of every cell.
    qsizetype characters = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            characters += model.data(model.index(row, column)).toString().size();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 lastSeq = model.rowCount() ? model.data(model.index(model.rowCount() - 1, 0), ic::TimelineModel::SeqRole).toLongLong() : 0;

    ic::TimelineStore::Query query;
    query.text = text;
    QList<ic::Event> page;
    timer.restart();
    if (const auto e = incident.store()->pageBefore(query, std::numeric_limits<qint64>::max(), model.pageSize(), &page)) {
        std::fprintf(stderr, "%s\n", e.message.toLocal8Bit().constData());
        return 1;
    }
    const double queryMs = double(timer.nsecsElapsed()) / 1e6;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("open_ms=%.3f rows=%d last_seq=%lld cell_chars=%lld query_ms=%.3f query_rows=%d maxrss_kb=%ld\n", openMs,
                model.rowCount(), static_cast<long long>(lastSeq), static_cast<long long>(characters), queryMs,
                int(page.size()), usage.ru_maxrss);
    return 0;
}

void figureOpen(const Context &ctx, const QString &big)
{
    progress(u"open and last page, search \"%1\": %2 runs of a fresh process"_s.arg(SearchText).arg(ctx.sizes.childRuns));
    QList<double> openMs, queryMs;
    double maxRssKb = 0;
    const int pageSize = ic::TimelineModel().pageSize();
    for (int run = 0; run < ctx.sizes.childRuns; ++run) {
        QByteArray out;
        runTimed(ctx.self, {u"--child"_s, big, u"--query"_s, SearchText}, {}, &out);
        QHash<QByteArray, QByteArray> values;
        for (const QByteArray &pair : out.trimmed().split(' ')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                values.insert(pair.left(eq), pair.mid(eq + 1));
        }
        const int expectedRows = qMin(pageSize, ctx.sizes.bigEvents);
        if (values.value("rows").toInt() != expectedRows || values.value("last_seq").toLongLong() != ctx.sizes.bigEvents
            || values.value("query_rows").toInt() <= 0 || values.value("cell_chars").toLongLong() <= 0)
            throw BenchError(u"the child did not show the last page and search results: %1"_s.arg(QString::fromUtf8(out)));
        openMs.append(values.value("open_ms").toDouble());
        queryMs.append(values.value("query_ms").toDouble());
        maxRssKb = qMax(maxRssKb, values.value("maxrss_kb").toDouble());
        progress(u"run %1: %2"_s.arg(run + 1).arg(QString::fromUtf8(out.trimmed())));
    }
    const double open = median(openMs), query = median(queryMs), rss = maxRssKb * 1024 / 1e6;
    report({u"open_last_page"_s, open, u"ms"_s, {}, 150, u"< 150 ms"_s, open < 150});
    report({u"fts_query"_s, query, u"ms"_s, {}, 30, u"< 30 ms"_s, query < 30});
    report({u"peak_rss"_s, rss, u"MB"_s, {}, 150, u"< 150 MB"_s, rss < 150});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_timeline"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the incident file (docs/performance.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption smoke(u"smoke"_s, u"Tiny sizes: checks that every figure runs, measures nothing."_s);
    const QCommandLineOption work(u"work"_s, u"Folder for the scratch files (default: the current one)."_s,
                                  u"dir"_s, QDir::currentPath());
    const QCommandLineOption sqlite3(u"sqlite3"_s, u"The sqlite3 tool to compare with."_s, u"path"_s,
                                     u"/usr/bin/sqlite3"_s);
    const QCommandLineOption sha(u"sha256sum"_s, u"The sha256sum tool to compare with."_s, u"path"_s,
                                 u"sha256sum"_s);
    const QCommandLineOption bigEvents(u"big-events"_s, u"Events in the file of figures 3 and 4."_s, u"n"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the scratch folder (to profile with its files)."_s);
    const QCommandLineOption only(u"only"_s, u"Run only these figures: durable, burst, verify, open."_s,
                                  u"list"_s);
    const QCommandLineOption child(u"child"_s, u"Internal: open FILE, show its last page, search, print the times."_s,
                                   u"file"_s);
    const QCommandLineOption query(u"query"_s, u"Internal: the search of --child."_s, u"text"_s, SearchText);
    parser.addOptions({smoke, work, sqlite3, sha, bigEvents, keep, only, child, query});
    parser.process(app);

    if (parser.isSet(child))
        return runChild(parser.value(child), parser.value(query));

    Context ctx;
    ctx.sizes = parser.isSet(smoke) ? SmokeSizes : FullSizes;
    if (parser.isSet(bigEvents)) {
        bool ok = false;
        ctx.sizes.bigEvents = parser.value(bigEvents).toInt(&ok);
        if (!ok || ctx.sizes.bigEvents < 10) {
            std::fprintf(stderr, "bench: --big-events needs a number of at least 10\n");
            return 2;
        }
    }
    const QStringList figures = parser.isSet(only) ? parser.value(only).split(u',', Qt::SkipEmptyParts)
                                                   : QStringList{u"durable"_s, u"burst"_s, u"verify"_s, u"open"_s};
    ctx.self = QCoreApplication::applicationFilePath();
    ctx.sqlite3 = parser.value(sqlite3);
    ctx.sha256sum = QStandardPaths::findExecutable(parser.value(sha));
    if (!QFileInfo(ctx.sqlite3).isExecutable() || ctx.sha256sum.isEmpty()) {
        std::fprintf(stderr, "bench: needs %s and %s (scripts/setup installs them)\n",
                     qPrintable(ctx.sqlite3), qPrintable(parser.value(sha)));
        return 1;
    }
    const std::unique_ptr<QTemporaryDir> dir = makeScratchFolder(parser.value(work), parser.isSet(keep));
    if (!dir)
        return 1;
    ctx.dir = dir->path();

    reportLoad();
    try {
        if (figures.contains(u"durable"_s))
            figureDurableAppends(ctx);
        if (figures.contains(u"burst"_s))
            figureBurstAppends(ctx);
        if (figures.contains(u"verify"_s) || figures.contains(u"open"_s)) {
            const QString big = generateBigFile(ctx);
            if (figures.contains(u"verify"_s))
                figureVerify(ctx, big);
            if (figures.contains(u"open"_s))
                figureOpen(ctx, big);
        }
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench: error: %s\n", e.what());
        return 1;
    }

    reportLoad();
    reportVerdicts(parser.isSet(smoke));
    return 0;
}
