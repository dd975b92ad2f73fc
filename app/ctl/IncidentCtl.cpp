#include "IncidentCtl.h"

#include "CatalogLoader.h"
#include "GraphAlgorithms.h"
#include "Incident.h"
#include "BackendsConfig.h"
#include "Readiness.h"
#include "ReadinessProbe.h"
#include "IncidentExport.h"
#include "IncidentState.h"
#include "IncidentStatus.h"
#include "ServiceReference.h"
#include "TimeText.h"
#include "TimelineStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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
    // Indented as a list under a heading; `none` in its place when there are no rows.
    void writeList(QTextStream &to, const QString &none) const
    {
        if (m_rows.isEmpty())
            to << "  " << none << '\n';
        write(to, u"  "_s);
    }

private:
    QList<std::pair<QString, QString>> m_rows;
};

// graph: each dependency once (a dependency listed twice is hard if either listing is hard), in
// id order of the dependent, then of the dependency.
struct CatalogEdge {
    qsizetype from;
    qsizetype to;
    bool soft;
};

QList<CatalogEdge> catalogEdges(const ServiceCatalog &catalog)
{
    QList<CatalogEdge> edges;
    const QList<qsizetype> &rank = catalog.idRank();
    for (const qsizetype from : catalog.idOrder()) {
        QList<CatalogEdge> own;
        for (const Dependency &dependency : catalog.services().at(from).dependsOn) {
            const qsizetype to = catalog.indexOf(dependency.target);
            if (to < 0)
                continue;
            const auto same = std::find_if(own.begin(), own.end(), [to](const CatalogEdge &e) { return e.to == to; });
            if (same == own.end())
                own.append({from, to, dependency.soft});
            else
                same->soft = same->soft && dependency.soft;
        }
        std::sort(own.begin(), own.end(), [&rank](const CatalogEdge &a, const CatalogEdge &b) { return rank.at(a.to) < rank.at(b.to); });
        edges += own;
    }
    return edges;
}

// A quoted Graphviz ID: backslashes and quotes escaped, line breaks as Graphviz's centred "\n".
QString dotQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + quoted + u'"';
}

QJsonArray jsonStrings(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

template<typename T>
QJsonValue jsonOptional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject issueJson(const CatalogIssue &issue)
{
    return {{u"file"_s, issue.where.file},
            {u"line"_s, issue.where.line},
            {u"column"_s, issue.where.column},
            {u"message"_s, issue.message}};
}

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
        {u"graph"_s, tr("Check a service catalog; blast radius, root causes, start order, Graphviz."),
         &IncidentCtl::runGraph},
        {u"readiness"_s, tr("Run every check of backends.yaml once: is the workspace ready to fail over?"),
         &IncidentCtl::runReadiness},
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
        if (const std::optional<Command> found = findCommand(name)) {
            // Each command's parser expects a program name first.
            rest.prepend(u"%1 %2"_s.arg(Program, name));
            code = (this->*(found->runner))(rest);
        } else {
            code = unknownCommand(name);
        }
    }
    m_out.flush();
    m_err.flush();
    return code;
}

void IncidentCtl::printOverview(QTextStream &to) const
{
    to << tr("Usage: %1 [--lang LANG] COMMAND [options] FILE|WORKSPACE").arg(Program) << "\n\n"
       << tr("Declare, log, inspect, verify and export incident files, and query a workspace's service\n"
             "catalog, without the console window.")
       << "\n\n"
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
    const std::optional<Command> found = findCommand(rest.first());
    if (!found)
        return unknownCommand(rest.first());
    return (this->*(found->runner))({args.first(), u"--help"_s});
}

std::optional<IncidentCtl::Command> IncidentCtl::findCommand(const QString &name) const
{
    const QList<Command> all = commands();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

int IncidentCtl::unknownCommand(const QString &name)
{
    m_err << tr("%1: unknown command '%2'").arg(Program, name) << '\n'
          << tr("Run '%1 --help' for the list of commands.").arg(Program) << '\n';
    return Usage;
}

IncidentCtl::ArgumentErrors IncidentCtl::fileArgumentErrors()
{
    return {tr("missing FILE argument"), tr("unexpected argument '%1' (only one FILE is accepted)"),
            tr("FILE must not be empty")};
}

void IncidentCtl::prepare(QCommandLineParser &parser, const QString &description, const QString &argumentHelp,
                          const QString &argument) const
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
    parser.addPositionalArgument(argument, argumentHelp, argument.toUpper());
}

std::optional<int> IncidentCtl::parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                      QString &value, const ArgumentErrors &errors)
{
    // Last, so that it comes after the command's own options in the help.
    parser.addOption({u"lang"_s, tr("Language of the messages, for example de."), u"LANG"_s});
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, command);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, errors.missing);
    if (positional.size() > 1)
        return usageError(command, errors.extra.arg(positional.at(1)));
    if (positional.first().isEmpty())
        return usageError(command, errors.empty);
    value = positional.first();
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

void IncidentCtl::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
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
    QString path;
    if (const auto done = parse(parser, command, args, path))
        return *done;

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
    QString path;
    if (const auto done = parse(parser, command, args, path))
        return *done;

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
    QString path;
    if (const auto done = parse(parser, command, args, path))
        return *done;

    Incident incident;
    if (const TimelineStore::Error error = incident.open(path, TimelineStore::Mode::ReadOnly))
        return failure(command, error.message);
    const IncidentState &state = incident.state();

    if (parser.isSet(json)) {
        QJsonObject object = state.toJson();
        object.insert(u"file"_s, path);
        object.insert(u"schema_version"_s, incident.store()->schemaVersion());
        printJson(object);
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
    QString path;
    if (const auto done = parse(parser, command, args, path))
        return *done;

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
        printJson(object);
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
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    tr("Write to OUT instead of standard output ('-' is standard output). OUT is "
                                       "written whole or not at all, and never over FILE."),
                                    u"OUT"_s);
    parser.addOptions({format, output});
    QString path;
    if (const auto done = parse(parser, command, args, path))
        return *done;
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

// ---------------------------------------------------------------------------------------------

int IncidentCtl::runGraph(const QStringList &args)
{
    const QString command = u"graph"_s;
    QCommandLineParser parser;
    prepare(parser,
            tr("Read the service catalog of a workspace (services.yaml, catalog-info.yaml and catalog/**/*.yaml)\n"
               "or a single catalog file, native or Backstage, and answer one question per call.\n\n"
               "Service ids as written in the catalog; Backstage entities also as full or short\n"
               "references (component:default/orders, component:orders) or, when unambiguous, by name;\n"
               "native services also as service:<id>. Several ids: comma-separated or the option repeated.\n\n"
               "Problems in the catalog go to standard error as file:line:column: message. Exit status:\n"
               "0 success, 1 errors in the catalog or an unknown service, 2 bad usage.\n"
               "The JSON shapes are described in docs/cli.md."),
            tr("A workspace folder or a single catalog file."), u"workspace"_s);
    const QCommandLineOption check(u"check"_s, tr("Validate the catalog: the number of services and dependencies, or "
                                                 "every error as file:line:column: message (exit 1)."));
    const QCommandLineOption blast(u"blast-radius"_s,
                                   tr("Everything that depends on the failed services, split into hard and soft "
                                      "impact, with the highest tier and the tightest RTO affected."),
                                   u"ID[,ID…]"_s);
    const QCommandLineOption roots(u"root-causes"_s,
                                   tr("Among the unhealthy services, those none of whose dependencies is unhealthy: "
                                      "where to look first."),
                                   u"ID[,ID…]"_s);
    const QCommandLineOption startup(u"startup-order"_s,
                                     tr("Start order in layers, dependency cycles and where they are broken, the "
                                        "critical path and the services that cannot meet their RTO."));
    const QCommandLineOption dot(u"dot"_s, tr("Print the graph in Graphviz format: an edge from each service to each "
                                              "of its dependencies, soft ones dashed."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON (not with --dot)."));
    parser.addOptions({check, blast, roots, startup, dot, json});
    QString path;
    if (const auto done = parse(parser, command, args, path,
                                {tr("missing WORKSPACE argument"),
                                 tr("unexpected argument '%1' (only one WORKSPACE is accepted)"),
                                 tr("WORKSPACE must not be empty")}))
        return *done;

    QStringList chosen;
    for (const QCommandLineOption *action : {&check, &blast, &roots, &startup, &dot}) {
        if (parser.isSet(*action))
            chosen.append(u"--"_s + action->names().constFirst());
    }
    if (chosen.isEmpty())
        return usageError(command, tr("choose one of --check, --blast-radius, --root-causes, --startup-order and --dot"));
    if (chosen.size() > 1)
        return usageError(command, tr("one action per call, not %1").arg(joinedNames(chosen)));
    const bool asJson = parser.isSet(json);
    if (asJson && parser.isSet(dot))
        return usageError(command, tr("--json does not apply to --dot"));
    QStringList written;
    for (const QCommandLineOption *withIds : {&blast, &roots}) {
        if (!parser.isSet(*withIds))
            continue;
        for (const QString &value : parser.values(*withIds)) {
            for (const QString &part : value.split(u',')) {
                if (!part.trimmed().isEmpty())
                    written.append(part.trimmed());
            }
        }
        if (written.isEmpty())
            return usageError(command, tr("--%1 needs at least one service id").arg(withIds->names().constFirst()));
    }

    const CatalogLoader::Result loaded = CatalogLoader::load(path);
    const ServiceCatalog &catalog = loaded.catalog;
    // Warnings too, whatever the action: a misspelt key ("teir") or a folder without a catalog
    // should not go unnoticed because the user asked for a blast radius rather than --check.
    printCatalogIssues(loaded.errors, loaded.warnings, command);

    if (parser.isSet(check)) {
        // A check that found no service at all is a failure: a cron job or CI step pointed at the
        // wrong folder must not pass.
        const bool passed = loaded.ok() && !catalog.isEmpty();
        const QList<CatalogEdge> edges = catalogEdges(catalog);
        const qsizetype soft = std::count_if(edges.cbegin(), edges.cend(), [](const CatalogEdge &e) { return e.soft; });
        if (asJson) {
            QJsonArray errors;
            for (const CatalogIssue &issue : loaded.errors)
                errors.append(issueJson(issue));
            QJsonArray warnings;
            for (const CatalogIssue &issue : loaded.warnings)
                warnings.append(issueJson(issue));
            const QJsonObject object{
                {u"workspace"_s, path},
                {u"ok"_s, passed},
                {u"files"_s, jsonStrings(loaded.files)},
                {u"services"_s, catalog.size()},
                {u"dependencies"_s, edges.size()},
                {u"soft_dependencies"_s, soft},
                {u"errors"_s, errors},
                {u"warnings"_s, warnings},
            };
            printJson(object);
        }
        if (!loaded.ok())
            return Failure;
        if (catalog.isEmpty()) {
            m_err << tr("%1: the catalog has no services").arg(path) << '\n';
            return Failure;
        }
        if (!asJson) {
            QString counts = (catalog.size() == 1 ? tr("1 service") : tr("%1 services").arg(catalog.size())) + u", "_s
                + (edges.size() == 1 ? tr("1 dependency") : tr("%1 dependencies").arg(edges.size()));
            if (soft > 0)
                counts = tr("%1 (%2 soft)").arg(counts).arg(soft);
            m_out << counts << '\n';
        }
        return Success;
    }

    if (!loaded.ok())
        return Failure;

    if (parser.isSet(dot)) {
        m_out << dotGraph(catalog);
        return Success;
    }

    if (parser.isSet(blast)) {
        const std::optional<QStringList> failed = resolveServiceIds(catalog, written, command);
        if (!failed)
            return Failure;
        const BlastRadius radius = blastRadius(catalog, *failed);
        if (asJson) {
            const QJsonObject object{
                {u"failed"_s, jsonStrings(radius.failed)},
                {u"hard"_s, jsonStrings(radius.hard)},
                {u"soft"_s, jsonStrings(radius.soft)},
                {u"highest_tier"_s, jsonOptional(radius.highestTier)},
                {u"tightest_rto_ms"_s, jsonOptional(radius.tightestRtoMs)},
                {u"tightest_rto_service"_s, radius.tightestRtoMs ? QJsonValue(radius.tightestRtoService)
                                                                 : QJsonValue(QJsonValue::Null)},
            };
            printJson(object);
            return Success;
        }
        m_out << tr("Failed (%1):").arg(radius.failed.size()) << '\n';
        writeServiceList(catalog, radius.failed);
        m_out << '\n' << tr("Hard impact (%1), these stop working:").arg(radius.hard.size()) << '\n';
        writeServiceList(catalog, radius.hard);
        m_out << '\n' << tr("Soft impact (%1), these run degraded:").arg(radius.soft.size()) << '\n';
        writeServiceList(catalog, radius.soft);
        m_out << '\n';
        Table summary;
        summary.add(tr("Highest tier affected:"), radius.highestTier ? QString::number(*radius.highestTier) : tr("none"));
        summary.add(tr("Tightest RTO:"), radius.tightestRtoMs ? tr("%1 (%2)").arg(durationText(*radius.tightestRtoMs),
                                                                                radius.tightestRtoService)
                                                            : tr("none"));
        summary.write(m_out);
        return Success;
    }

    if (parser.isSet(roots)) {
        const std::optional<QStringList> unhealthy = resolveServiceIds(catalog, written, command);
        if (!unhealthy)
            return Failure;
        QStringList sortedUnhealthy = *unhealthy;
        sortedUnhealthy.sort();
        const RootCauses causes = rootCauses(catalog, *unhealthy);
        if (asJson) {
            const QJsonObject object{
                {u"unhealthy"_s, jsonStrings(sortedUnhealthy)},
                {u"candidates"_s, jsonStrings(causes.candidates)},
            };
            printJson(object);
            return Success;
        }
        m_out << tr("Unhealthy (%1): %2").arg(sortedUnhealthy.size()).arg(joinedNames(sortedUnhealthy)) << "\n\n"
              << tr("Root-cause candidates (%1), none of their dependencies is unhealthy:").arg(causes.candidates.size())
              << '\n';
        writeServiceList(catalog, causes.candidates);
        return Success;
    }

    const StartupOrder order = startupOrder(catalog);
    if (asJson) {
        QJsonArray layers;
        for (const QStringList &layer : order.layers)
            layers.append(jsonStrings(layer));
        QJsonArray cycles;
        for (const QStringList &cycle : order.cycles)
            cycles.append(jsonStrings(cycle));
        QJsonArray broken;
        for (const StartupOrder::BrokenEdge &edge : order.brokenEdges)
            broken.append(QJsonObject{{u"from"_s, edge.from}, {u"to"_s, edge.to}, {u"soft"_s, edge.soft},
                                      {u"reason"_s, edge.reason}});
        QJsonArray violations;
        for (const StartupOrder::RtoViolation &v : order.rtoViolations)
            violations.append(QJsonObject{{u"service"_s, v.service}, {u"rto_ms"_s, v.rtoMs}, {u"chain_ms"_s, v.chainMs},
                                          {u"chain"_s, jsonStrings(v.chain)}, {u"message"_s, v.message}});
        const QJsonObject object{
            {u"layers"_s, layers},
            {u"cycles"_s, cycles},
            {u"broken_edges"_s, broken},
            {u"critical_path"_s, jsonStrings(order.criticalPath)},
            {u"critical_path_ms"_s, order.criticalPathMs},
            {u"rto_violations"_s, violations},
        };
        printJson(object);
        return Success;
    }

    if (order.cycles.isEmpty()) {
        m_out << tr("Cycles: none") << '\n';
    } else {
        m_out << tr("Cycles (%1), each broken at one dependency:").arg(order.cycles.size()) << '\n';
        for (qsizetype i = 0; i < order.cycles.size(); ++i) {
            // Each service depends on the next; the last on the first.
            m_out << "  " << (order.cycles.at(i) + QStringList{order.cycles.at(i).constFirst()}).join(u" → "_s) << '\n'
                  << "    " << order.brokenEdges.at(i).reason << '\n';
        }
    }
    m_out << '\n' << tr("Start order (services in one layer can start in parallel):") << '\n';
    Table layers;
    for (qsizetype i = 0; i < order.layers.size(); ++i)
        layers.add(QString::number(i + 1), joinedNames(order.layers.at(i)));
    layers.writeList(m_out, tr("none"));

    m_out << '\n' << tr("Critical path (%1), in start order:").arg(durationText(order.criticalPathMs)) << '\n';
    Table critical;
    for (const QString &id : order.criticalPath) {
        const std::optional<qint64> startupMs = catalog.find(id)->startupMs;
        critical.add(id, startupMs ? durationText(*startupMs) : tr("no startup_time"));
    }
    critical.writeList(m_out, tr("none"));

    if (order.rtoViolations.isEmpty()) {
        m_out << '\n' << tr("RTO violations: none") << '\n';
    } else {
        m_out << '\n' << tr("RTO violations (%1):").arg(order.rtoViolations.size()) << '\n';
        for (const StartupOrder::RtoViolation &violation : order.rtoViolations)
            m_out << "  " << violation.message << '\n'
                  << "    " << tr("start order: %1").arg(joinedNames(violation.chain)) << '\n';
    }
    return Success;
}

void IncidentCtl::printCatalogIssues(const QList<CatalogIssue> &errors, const QList<CatalogIssue> &warnings,
                                     const QString &command)
{
    for (const CatalogIssue &issue : errors)
        m_err << issue.toString() << '\n';
    for (const CatalogIssue &issue : warnings) {
        CatalogIssue marked = issue;
        marked.message = tr("warning: %1").arg(issue.message);
        m_err << marked.toString() << '\n';
    }
    if (!errors.isEmpty()) {
        m_err << Program << ' ' << command << ": "
              << (errors.size() == 1 ? tr("1 error in the service catalog")
                                     : tr("%1 errors in the service catalog").arg(errors.size()))
              << '\n';
    }
}

std::optional<QStringList> IncidentCtl::resolveServiceIds(const ServiceCatalog &catalog, const QStringList &written,
                                                          const QString &command)
{
    QStringList ids;
    bool allFound = true;
    for (const QString &text : written) {
        const QStringList matches = matchingServiceIds(catalog, text);
        if (matches.size() == 1) {
            ids.append(matches.constFirst());
            continue;
        }
        allFound = false;
        m_err << Program << ' ' << command << ": "
              << (matches.isEmpty() ? tr("unknown service '%1'").arg(text)
                                    : tr("'%1' could be any of %2; write the one you mean in full")
                                          .arg(text, joinedNames(matches)))
              << '\n';
    }
    if (!allFound)
        return std::nullopt;
    ids.removeDuplicates();
    return ids;
}

QString IncidentCtl::serviceSummary(const Service &service)
{
    QStringList parts;
    if (!service.name.isEmpty() && service.name != service.id)
        parts << service.name;
    if (service.tier)
        parts << tr("tier %1").arg(*service.tier);
    if (service.rtoMs)
        parts << tr("RTO %1").arg(durationText(*service.rtoMs));
    if (!service.owner.isEmpty())
        parts << service.owner;
    return parts.join(u" · "_s);
}

void IncidentCtl::writeServiceList(const ServiceCatalog &catalog, const QStringList &ids)
{
    Table table;
    for (const QString &id : ids)
        table.add(id, serviceSummary(*catalog.find(id)));
    table.writeList(m_out, tr("none"));
}

QString IncidentCtl::dotGraph(const ServiceCatalog &catalog) const
{
    // Dependents above their dependencies: an edge points from a service to what it needs.
    QString dot = u"digraph services {\n"_s
                  u"  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n"_s
                  u"  edge [fontname=\"sans-serif\"];\n"_s;
    for (const qsizetype i : catalog.idOrder()) {
        const Service &service = catalog.services().at(i);
        QString label = service.name.isEmpty() ? service.id : service.name;
        if (service.tier)
            label += u'\n' + tr("tier %1").arg(*service.tier);
        dot += u"  %1 [label=%2];\n"_s.arg(dotQuoted(service.id), dotQuoted(label));
    }
    for (const CatalogEdge &edge : catalogEdges(catalog)) {
        dot += u"  %1 -> %2%3;\n"_s.arg(dotQuoted(catalog.services().at(edge.from).id),
                                        dotQuoted(catalog.services().at(edge.to).id),
                                        edge.soft ? u" [style=dashed]"_s : QString());
    }
    dot += u"}\n"_s;
    return dot;
}

} // namespace ic

namespace ic {

int IncidentCtl::runReadiness(const QStringList &args)
{
    const QString command = u"readiness"_s;
    QCommandLineParser parser;
    prepare(parser,
            tr("Read the workspace's catalog and backends.yaml, run every configured check once (health\n"
               "endpoints, Patroni clusters, DNS) and print a report. Exit status: 0 when every tier-0/1\n"
               "service is healthy and every replica is within its RPO, 1 otherwise (or when the workspace\n"
               "has errors), 2 bad usage. Meant for cron: validate failover readiness continuously.\n"
               "The JSON shape is described in docs/cli.md."),
            tr("A workspace folder."), u"workspace"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the report as JSON."));
    parser.addOption(json);
    QString path;
    if (const auto done = parse(parser, command, args, path,
                                {tr("missing WORKSPACE argument"),
                                 tr("unexpected argument '%1' (only one WORKSPACE is accepted)"),
                                 tr("WORKSPACE must not be empty")}))
        return *done;

    const CatalogLoader::Result catalog = CatalogLoader::load(path);
    printCatalogIssues(catalog.errors, catalog.warnings, command);
    if (!catalog.ok())
        return Failure;
    const BackendsConfigLoader::Result backends = BackendsConfigLoader::load(path, catalog.catalog);
    printCatalogIssues(backends.errors, backends.warnings, command);
    if (!backends.ok())
        return Failure;

    ReadinessProbe probe;
    QEventLoop loop; // a command-line tool: nothing else to serve while it waits
    QObject::connect(&probe, &ReadinessProbe::finished, &loop, &QEventLoop::quit);
    probe.run(backends.config);
    loop.exec();
    const ReadinessReport report = Readiness::evaluate(catalog.catalog, backends.config, probe.observations().health,
                                                       probe.observations().topologies, probe.observations().dns);
    if (parser.isSet(json)) {
        printJson(report.toJson());
        return report.ready ? Success : Failure;
    }

    for (const ReadinessReport::Check &c : report.checks) {
        m_out << QStringLiteral("%1  %2  %3: %4")
                     .arg(ReadinessReport::statusName(c.status).toUpper().leftJustified(7), c.kind.leftJustified(11), c.name,
                          c.detail)
              << '\n';
    }
    for (const ReadinessReport::Cluster &cluster : report.replication) {
        m_out << '\n' << tr("Cluster %1: %2").arg(cluster.cluster,
                                                  cluster.reachable ? (cluster.leader.isEmpty() ? tr("no leader")
                                                                                                : tr("leader %1").arg(cluster.leader))
                                                                    : tr("unreachable (%1)").arg(cluster.error))
              << '\n';
        for (const ReadinessReport::Member &m : cluster.members) {
            const QString lag = m.lagBytes ? tr("lag %1 bytes").arg(*m.lagBytes) : QString();
            m_out << QStringLiteral("  %1  %2  %3  %4").arg(m.name.leftJustified(12), m.role.leftJustified(13),
                                                             m.state.leftJustified(10), lag)
                         .trimmed()
                  << '\n';
        }
    }
    if (!report.uncovered.isEmpty())
        m_out << '\n' << tr("Not watched by any check (tier 0/1): %1").arg(report.uncovered.join(u", "_s)) << '\n';
    m_out << '\n';
    if (report.ready) {
        m_out << tr("READY: every tier-0/1 service is healthy and every replica is within its RPO.") << '\n';
    } else {
        m_out << tr("NOT READY:") << '\n';
        for (const QString &reason : report.reasons)
            m_out << "  - " << reason << '\n';
    }
    return report.ready ? Success : Failure;
}

} // namespace ic
