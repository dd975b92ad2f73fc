#include "IncidentCtl.h"

#include "Incident.h"
#include "IncidentExport.h"
#include "IncidentState.h"
#include "IncidentStatus.h"
#include "TimeText.h"
#include "TimelineStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr auto Program = "incidentctl"_L1;

QString joinedNames(const QStringList &names)
{
    return names.join(u", "_s);
}

// Label/value lines with the values in one column, whatever length the translated labels have.
class Table
{
public:
    void add(const QString &label, const QString &value) { m_rows.append({label, value}); }
    void write(QTextStream &to, const QString &indent = {}) const
    {
        qsizetype width = 0;
        for (const auto &row : m_rows)
            width = std::max(width, row.first.size());
        for (const auto &row : m_rows) {
            QString line = indent + row.first.leftJustified(width + 2) + row.second;
            while (line.endsWith(u' '))
                line.chop(1);
            to << line << '\n';
        }
    }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace

IncidentCtl::IncidentCtl()
    : m_out(stdout)
    , m_err(stderr)
{
}

QList<IncidentCtl::Command> IncidentCtl::commands() const
{
    return {
        {u"new"_s, tr("Declare a new incident in a new file."), &IncidentCtl::runNew},
        {u"log"_s, tr("Append a note, a status change or a correction."), &IncidentCtl::runLog},
        {u"show"_s, tr("Show the state of an incident: status, severity, key times, roles."), &IncidentCtl::runShow},
        {u"verify"_s, tr("Check the hash chain of an incident file."), &IncidentCtl::runVerify},
        {u"export"_s, tr("Write the state and every event as JSON, CSV or Markdown."), &IncidentCtl::runExport},
        {u"help"_s, tr("Show this overview, or the help of a command."), &IncidentCtl::runHelp},
    };
}

int IncidentCtl::run(const QStringList &arguments)
{
    // Top level: options, then the command; everything after the command belongs to it.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this overview."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the messages, for example de."), u"LANG"_s);
    parser.addOptions({help, version, lang});
    parser.addPositionalArgument(u"command"_s, tr("The command to run."), u"COMMAND"_s);

    int code = Success;
    if (!parser.parse(arguments)) {
        m_err << Program << ": " << parser.errorText() << '\n'
              << tr("Run '%1 --help' for the list of commands.").arg(Program) << '\n';
        code = Usage;
    } else if (parser.isSet(help)) {
        printOverview(m_out);
    } else if (parser.isSet(version)) {
        m_out << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
    } else if (parser.positionalArguments().isEmpty()) {
        m_err << tr("%1: missing COMMAND").arg(Program) << "\n\n";
        printOverview(m_err);
        code = Usage;
    } else {
        QStringList rest = parser.positionalArguments();
        const QString name = rest.takeFirst();
        const QList<Command> all = commands();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
        if (it == all.cend()) {
            m_err << tr("%1: unknown command '%2'").arg(Program, name) << '\n'
                  << tr("Run '%1 --help' for the list of commands.").arg(Program) << '\n';
            code = Usage;
        } else {
            // Each command's parser expects a program name first.
            rest.prepend(u"%1 %2"_s.arg(Program, name));
            code = (this->*(it->runner))(rest);
        }
    }
    m_out.flush();
    m_err.flush();
    return code;
}

void IncidentCtl::printOverview(QTextStream &to) const
{
    to << tr("Usage: %1 [--lang LANG] COMMAND [options] FILE").arg(Program) << "\n\n"
       << tr("Declare, log, inspect, verify and export incident files without the console window.") << "\n\n"
       << tr("Commands:") << '\n';
    Table table;
    for (const Command &c : commands())
        table.add(c.name, c.summary);
    table.write(to, u"  "_s);
    to << '\n' << tr("Options:") << '\n';
    Table options;
    options.add(u"-h, --help"_s, tr("Show this overview."));
    options.add(u"-v, --version"_s, tr("Show the version."));
    options.add(u"--lang LANG"_s, tr("Language of the messages, for example de."));
    options.write(to, u"  "_s);
    to << '\n'
       << tr("Run '%1 COMMAND --help' for the options of a command.").arg(Program) << '\n'
       << tr("Exit status: 0 success, 1 failure, 2 bad usage.") << '\n';
}

int IncidentCtl::runHelp(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"lang"_s, tr("Language of the messages, for example de."), u"LANG"_s});
    parser.addPositionalArgument(u"command"_s, tr("The command to explain."), u"[COMMAND]"_s);
    if (!parser.parse(args))
        return usageError(u"help"_s, parser.errorText());
    const QStringList rest = parser.positionalArguments();
    if (rest.size() > 1)
        return usageError(u"help"_s, tr("unexpected argument '%1'").arg(rest.at(1)));
    if (rest.isEmpty() || rest.first() == u"help") {
        printOverview(m_out);
        return Success;
    }
    const QList<Command> all = commands();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == rest.first(); });
    if (it == all.cend()) {
        m_err << tr("%1: unknown command '%2'").arg(Program, rest.first()) << '\n'
              << tr("Run '%1 --help' for the list of commands.").arg(Program) << '\n';
        return Usage;
    }
    return (this->*(it->runner))({args.first(), u"--help"_s});
}

void IncidentCtl::prepare(QCommandLineParser &parser, const QString &description, const QString &fileHelp) const
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
    parser.addPositionalArgument(u"file"_s, fileHelp, u"FILE"_s);
}

std::optional<int> IncidentCtl::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    // Last, so that it comes after the command's own options in the help.
    parser.addOption({u"lang"_s, tr("Language of the messages, for example de."), u"LANG"_s});
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, command);
        return Success;
    }
    return std::nullopt;
}

QString IncidentCtl::helpText(const QCommandLineParser &parser, const QString &command) const
{
    // QCommandLineParser names the program by argv[0], which may be a long path; show the
    // command as the user types it.
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    QString usage = text.left(lineEnd);
    usage.replace(QCoreApplication::arguments().constFirst(), u"%1 %2"_s.arg(Program, command));
    text.replace(0, lineEnd, usage + u'\n');
    return text;
}

QString IncidentCtl::fileArgument(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(command, tr("missing FILE argument"));
        return {};
    }
    if (positional.size() > 1) {
        usageError(command, tr("unexpected argument '%1' (only one FILE is accepted)").arg(positional.at(1)));
        return {};
    }
    if (positional.first().isEmpty()) {
        usageError(command, tr("FILE must not be empty"));
        return {};
    }
    return positional.first();
}

int IncidentCtl::usageError(const QString &command, const QString &message)
{
    m_err << Program << ' ' << command << ": " << message << '\n'
          << tr("Run '%1 %2 --help' for its options.").arg(Program, command) << '\n';
    return Usage;
}

int IncidentCtl::failure(const QString &command, const QString &message)
{
    m_err << Program << ' ' << command << ": " << message << '\n';
    return Failure;
}

QString IncidentCtl::timeText(qint64 msUtc)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msUtc, QTimeZone::utc());
    const QDateTime local = utc.toLocalTime();
    return tr("%1 UTC (local %2)")
        .arg(utc.toString(u"yyyy-MM-dd HH:mm:ss"_s), local.toString(u"yyyy-MM-dd HH:mm:ss t"_s));
}

// ---------------------------------------------------------------------------------------------

int IncidentCtl::runNew(const QStringList &args)
{
    const QString command = u"new"_s;
    QCommandLineParser parser;
    prepare(parser, tr("Declare a new incident: create FILE and append the 'declared' event."),
            tr("The incident file to create (for example db-failover.incident). It must not exist."));
    const QCommandLineOption title({u"t"_s, u"title"_s}, tr("What is happening, in a few words (required)."),
                                   u"TITLE"_s);
    const QCommandLineOption severity({u"s"_s, u"severity"_s},
                                      tr("Severity: %1 (required).").arg(joinedNames(allSeverityNames())),
                                      u"SEV"_s);
    const QCommandLineOption commander({u"c"_s, u"commander"_s},
                                       tr("Incident commander (default: your login name, %1).").arg(defaultActorName()),
                                       u"NAME"_s);
    const QCommandLineOption exercise(u"exercise"_s, tr("Mark the incident as an exercise, not a real outage."));
    parser.addOptions({title, severity, commander, exercise});
    if (const auto done = parse(parser, command, args))
        return *done;
    const QString path = fileArgument(parser, command);
    if (path.isEmpty())
        return Usage;

    Incident::Declaration declaration;
    declaration.title = parser.value(title).trimmed();
    if (declaration.title.isEmpty())
        return usageError(command, tr("--title is required"));
    if (!parser.isSet(severity))
        return usageError(command, tr("--severity is required (%1)").arg(joinedNames(allSeverityNames())));
    const auto sev = severityFromName(parser.value(severity));
    if (!sev)
        return usageError(command, tr("unknown severity '%1' (expected %2)")
                                       .arg(parser.value(severity), joinedNames(allSeverityNames())));
    declaration.severity = *sev;
    declaration.commander = parser.isSet(commander) ? parser.value(commander).trimmed() : defaultActorName();
    if (declaration.commander.isEmpty())
        return usageError(command, tr("--commander must not be empty"));
    declaration.exercise = parser.isSet(exercise);

    Incident incident;
    if (const TimelineStore::Error error = incident.declare(path, declaration))
        return failure(command, error.message);

    const qint64 seq = incident.state().lastSeq;
    m_out << (declaration.exercise ? tr("Declared exercise \"%1\" in %2").arg(declaration.title, path)
                                   : tr("Declared incident \"%1\" in %2").arg(declaration.title, path))
          << '\n';
    Table table;
    table.add(tr("Event:"), tr("seq %1").arg(seq));
    table.add(tr("Severity:"), severityDisplayName(declaration.severity));
    table.add(tr("Commander:"), declaration.commander);
    table.write(m_out, u"  "_s);
    return Success;
}

int IncidentCtl::runLog(const QStringList &args)
{
    const QString command = u"log"_s;
    const QStringList loggable = {eventKindName(EventKind::Note), eventKindName(EventKind::StatusChanged),
                                  eventKindName(EventKind::Correction)};
    QCommandLineParser parser;
    prepare(parser,
            tr("Append one event to an incident. Returns only after the event is safely on disk.\n\n"
               "  --kind note --text TEXT\n"
               "  --kind status_changed --status STATUS\n"
               "  --kind correction --corrects SEQ --reason REASON [--text TEXT]"),
            tr("The incident file."));
    const QCommandLineOption kind({u"k"_s, u"kind"_s}, tr("Event kind: %1 (required).").arg(joinedNames(loggable)),
                                  u"KIND"_s);
    const QCommandLineOption text(u"text"_s, tr("The note; for a correction, the corrected text."), u"TEXT"_s);
    const QCommandLineOption status(u"status"_s, tr("New status: %1.").arg(joinedNames(allStatusNames())),
                                    u"STATUS"_s);
    const QCommandLineOption corrects(u"corrects"_s, tr("Seq of the event a correction takes back."), u"SEQ"_s);
    const QCommandLineOption reason(u"reason"_s, tr("Why the correction is made."), u"REASON"_s);
    const QCommandLineOption actor({u"a"_s, u"actor"_s}, tr("Who did it (default: your login name, %1).").arg(defaultActorName()),
                                   u"NAME"_s);
    const QCommandLineOption role({u"r"_s, u"role"_s},
                                  tr("The actor's incident role, for example %1.").arg(joinedNames(roles::all())),
                                  u"ROLE"_s);
    parser.addOptions({kind, text, status, corrects, reason, actor, role});
    if (const auto done = parse(parser, command, args))
        return *done;
    const QString path = fileArgument(parser, command);
    if (path.isEmpty())
        return Usage;

    if (!parser.isSet(kind))
        return usageError(command, tr("--kind is required (%1)").arg(joinedNames(loggable)));
    const QString kindName = parser.value(kind).trimmed();
    const auto known = eventKindFromName(kindName);
    if (!known || !loggable.contains(kindName))
        return usageError(command, tr("kind %1 cannot be logged from the command line (use %2)")
                                       .arg(kindName, joinedNames(loggable)));

    // Options that belong to another kind are a mistake worth pointing out, not ignoring.
    QList<const QCommandLineOption *> allowed;
    switch (*known) {
    case EventKind::Note: allowed = {&text}; break;
    case EventKind::StatusChanged: allowed = {&status}; break;
    default: allowed = {&text, &corrects, &reason}; break;
    }
    for (const QCommandLineOption *option : {&text, &status, &corrects, &reason}) {
        if (parser.isSet(*option) && !allowed.contains(option))
            return usageError(command, tr("--%1 does not apply to --kind %2").arg(option->names().constLast(), kindName));
    }

    const QString actorName = parser.isSet(actor) ? parser.value(actor).trimmed() : defaultActorName();
    if (actorName.isEmpty())
        return usageError(command, tr("--actor must not be empty"));
    const QString roleName = parser.value(role).trimmed();

    std::optional<IncidentStatus> newStatus;
    qint64 correctedSeq = 0;
    QString noteText = parser.value(text);
    switch (*known) {
    case EventKind::Note:
        if (noteText.trimmed().isEmpty())
            return usageError(command, tr("--kind note needs --text"));
        break;
    case EventKind::StatusChanged:
        if (!parser.isSet(status))
            return usageError(command, tr("--kind status_changed needs --status (%1)").arg(joinedNames(allStatusNames())));
        newStatus = statusFromName(parser.value(status).trimmed().toLower());
        if (!newStatus)
            return usageError(command, tr("unknown status '%1' (expected %2)")
                                           .arg(parser.value(status), joinedNames(allStatusNames())));
        break;
    default: {
        bool ok = false;
        correctedSeq = parser.value(corrects).toLongLong(&ok);
        if (!parser.isSet(corrects))
            return usageError(command, tr("--kind correction needs --corrects SEQ"));
        if (!ok || correctedSeq <= 0)
            return usageError(command, tr("--corrects needs a positive event seq, not '%1'").arg(parser.value(corrects)));
        if (parser.value(reason).trimmed().isEmpty())
            return usageError(command, tr("--kind correction needs --reason"));
        break;
    }
    }

    Incident incident;
    if (const TimelineStore::Error error = incident.open(path, TimelineStore::Mode::ReadWrite))
        return failure(command, error.message);

    TimelineStore::Error error;
    switch (*known) {
    case EventKind::Note:
        error = incident.addNote(noteText, actorName, roleName);
        break;
    case EventKind::StatusChanged: {
        if (const QString refusal = incident.state().refusal(*newStatus); !refusal.isEmpty())
            return failure(command, tr("%1: status not changed: %2").arg(path, refusal));
        error = incident.changeStatus(*newStatus, actorName, roleName);
        break;
    }
    default:
        error = incident.correct(correctedSeq, parser.value(reason).trimmed(), noteText, actorName, roleName);
        break;
    }
    if (error) {
        // Refusals from the incident's rules do not name the file; store errors do.
        return failure(command, error.message.startsWith(path) ? error.message
                                                               : u"%1: %2"_s.arg(path, error.message));
    }

    const qint64 seq = incident.state().lastSeq;
    switch (*known) {
    case EventKind::Note:
        m_out << tr("Logged note as seq %1 in %2").arg(seq).arg(path) << '\n';
        break;
    case EventKind::StatusChanged:
        m_out << tr("Logged status change to %1 as seq %2 in %3").arg(statusName(*newStatus)).arg(seq).arg(path) << '\n';
        break;
    default:
        m_out << tr("Logged correction of seq %1 as seq %2 in %3").arg(correctedSeq).arg(seq).arg(path) << '\n';
        break;
    }
    return Success;
}

int IncidentCtl::runShow(const QStringList &args)
{
    const QString command = u"show"_s;
    QCommandLineParser parser;
    prepare(parser, tr("Show the state derived from an incident's events. Opens the file read-only."),
            tr("The incident file."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const auto done = parse(parser, command, args))
        return *done;
    const QString path = fileArgument(parser, command);
    if (path.isEmpty())
        return Usage;

    Incident incident;
    if (const TimelineStore::Error error = incident.open(path, TimelineStore::Mode::ReadOnly))
        return failure(command, error.message);
    const IncidentState &state = incident.state();

    if (parser.isSet(json)) {
        QJsonObject object = state.toJson();
        object.insert(u"file"_s, path);
        object.insert(u"schema_version"_s, incident.store()->schemaVersion());
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }

    Table summary;
    summary.add(tr("Incident:"), state.declared ? state.title : tr("(not declared)"));
    summary.add(tr("File:"), tr("%1 (format %2)").arg(QDir::toNativeSeparators(path)).arg(incident.store()->schemaVersion()));
    summary.add(tr("Exercise:"), state.exercise ? tr("yes, a rehearsal, not a real outage") : tr("no"));
    summary.add(tr("Status:"), statusDisplayName(state.status));
    summary.add(tr("Severity:"), severityDisplayName(state.severity));
    if (state.declared)
        summary.add(tr("Declared:"), tr("%1 by %2").arg(timeText(state.declaredAtMs), state.declaredBy));
    summary.add(tr("Events:"), state.eventCount > 0 ? tr("%1, the last at %2").arg(state.eventCount).arg(timeText(state.lastEventAtMs))
                                                   : tr("none"));
    summary.write(m_out);

    m_out << '\n' << tr("Status first entered:") << '\n';
    if (state.firstEnteredMs.isEmpty()) {
        m_out << "  " << tr("none") << '\n';
    } else {
        Table statuses;
        for (const IncidentStatus status : AllStatuses) {
            const auto it = state.firstEnteredMs.constFind(status);
            if (it == state.firstEnteredMs.cend())
                continue;
            QString value = timeText(*it);
            if (state.declared)
                value += u"  "_s + offsetText(*it - state.declaredAtMs);
            statuses.add(statusDisplayName(status), value);
        }
        statuses.write(m_out, u"  "_s);
    }

    m_out << '\n' << tr("Roles:") << '\n';
    if (state.roleHolders.isEmpty()) {
        m_out << "  " << tr("none assigned") << '\n';
    } else {
        Table holders;
        for (auto it = state.roleHolders.cbegin(); it != state.roleHolders.cend(); ++it)
            holders.add(roles::displayName(it.key()), it.value());
        holders.write(m_out, u"  "_s);
    }
    if (!state.correctedBy.isEmpty())
        m_out << '\n' << tr("Corrected events: %1").arg(state.correctedBy.size()) << '\n';
    return Success;
}

int IncidentCtl::runVerify(const QStringList &args)
{
    const QString command = u"verify"_s;
    QCommandLineParser parser;
    prepare(parser,
            tr("Recompute the hash chain of an incident file and name the first event that was\n"
               "changed, deleted, inserted or reordered. Opens the file read-only."),
            tr("The incident file."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON (the exit status stays the same)."));
    parser.addOption(json);
    if (const auto done = parse(parser, command, args))
        return *done;
    const QString path = fileArgument(parser, command);
    if (path.isEmpty())
        return Usage;

    TimelineStore store;
    if (const TimelineStore::Error error = store.open(path, TimelineStore::Mode::ReadOnly))
        return failure(command, error.message);
    const TimelineStore::VerifyResult result = store.verify();
    if (result.error)
        return failure(command, result.error.message);

    if (parser.isSet(json)) {
        QJsonObject object{
            {u"file"_s, path},
            {u"ok"_s, result.ok},
            {u"events"_s, result.eventCount},
            {u"first_bad_seq"_s, result.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(result.firstBadSeq)},
            {u"reason"_s, result.reason},
            {u"head_hash"_s, QString::fromLatin1(result.headHash)},
        };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    if (!result.ok) {
        m_err << tr("%1: the hash chain is broken").arg(path) << '\n'
              << tr("first bad event: seq %1 (%2)").arg(result.firstBadSeq).arg(result.reason) << '\n';
        return Failure;
    }
    if (!parser.isSet(json)) {
        const QString head = QString::fromLatin1(result.headHash);
        m_out << (result.eventCount == 1 ? tr("chain intact: 1 event, head hash %1").arg(head)
                                         : tr("chain intact: %1 events, head hash %2").arg(result.eventCount).arg(head))
              << '\n';
    }
    return Success;
}

int IncidentCtl::runExport(const QStringList &args)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    prepare(parser,
            tr("Write an incident's state and every event as JSON, CSV or a Markdown report\n"
               "for auditors. Opens the file read-only."),
            tr("The incident file."));
    const QCommandLineOption format({u"f"_s, u"format"_s}, tr("json, csv or markdown (required)."), u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write to OUT instead of standard output."), u"OUT"_s);
    parser.addOptions({format, output});
    if (const auto done = parse(parser, command, args))
        return *done;
    const QString path = fileArgument(parser, command);
    if (path.isEmpty())
        return Usage;
    if (!parser.isSet(format))
        return usageError(command, tr("--format is required (json, csv or markdown)"));
    const auto exportFormat = IncidentExport::formatFromName(parser.value(format));
    if (!exportFormat)
        return usageError(command, tr("unknown format '%1' (expected json, csv or markdown)").arg(parser.value(format)));
    const QString outPath = parser.value(output);
    if (parser.isSet(output) && outPath.isEmpty())
        return usageError(command, tr("-o needs a file name"));
    const bool toStdout = outPath.isEmpty() || outPath == u"-";
    if (!toStdout) {
        const QFileInfo target(outPath);
        if (target.exists() && target.canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return usageError(command, tr("refusing to write the export over the incident file %1").arg(path));
    }

    Incident incident;
    if (const TimelineStore::Error error = incident.open(path, TimelineStore::Mode::ReadOnly))
        return failure(command, error.message);

    if (toStdout) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return failure(command, tr("cannot write to standard output: %1").arg(out.errorString()));
        if (const TimelineStore::Error error = IncidentExport::write(*incident.store(), incident.state(), *exportFormat, &out))
            return failure(command, error.message);
        if (!out.flush())
            return failure(command, tr("cannot write to standard output: %1").arg(out.errorString()));
        return Success;
    }

    // All or nothing: a failed export never leaves a truncated file that looks complete.
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return failure(command, tr("%1: cannot write: %2").arg(outPath, out.errorString()));
    if (const TimelineStore::Error error = IncidentExport::write(*incident.store(), incident.state(), *exportFormat, &out)) {
        out.cancelWriting();
        return failure(command, error.message);
    }
    if (!out.commit())
        return failure(command, tr("%1: cannot write: %2").arg(outPath, out.errorString()));
    m_out << tr("Exported %1 to %2").arg(path, outPath) << '\n';
    return Success;
}

} // namespace ic
