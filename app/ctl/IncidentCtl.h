#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;
class QJsonObject;

namespace ic {

class Incident;
class ServiceCatalog;
struct CatalogIssue;
struct Service;

// The `incidentctl` command line: one QCommandLineParser per subcommand, messages on stderr,
// results on stdout. Exit status: 0 success, 1 failure (the file or the operation), 2 bad usage.
class IncidentCtl
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCtl)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    IncidentCtl();

    // `arguments` as QCoreApplication::arguments() gives them (argv[0] first).
    int run(const QStringList &arguments);

private:
    using Runner = int (IncidentCtl::*)(const QStringList &);
    struct Command {
        QString name;
        QString summary;
        Runner runner;
    };
    QList<Command> commands() const;

    int runHelp(const QStringList &args);
    int runNew(const QStringList &args);
    int runLog(const QStringList &args);
    int runShow(const QStringList &args);
    int runVerify(const QStringList &args);
    int runExport(const QStringList &args);
    int runGraph(const QStringList &args);
    int runReadiness(const QStringList &args);

    // graph, readiness: the catalog's (or backends.yaml's) problems as "file:line:column: message" on stderr.
    void printCatalogIssues(const QList<CatalogIssue> &errors, const QList<CatalogIssue> &warnings,
                            const QString &command);
    // graph: service ids as the user wrote them (native ids, Backstage references in any form,
    // bare Backstage names when unambiguous) resolved to catalog ids; nullopt after reporting
    // every one that names no service or several.
    std::optional<QStringList> resolveServiceIds(const ServiceCatalog &catalog, const QStringList &written,
                                                 const QString &command);
    // graph: "Orders API · tier 1 · RTO 15 m · commerce"
    static QString serviceSummary(const Service &service);
    void writeServiceList(const ServiceCatalog &catalog, const QStringList &ids);
    QString dotGraph(const ServiceCatalog &catalog) const;

    void printOverview(QTextStream &to) const;
    std::optional<Command> findCommand(const QString &name) const;
    int unknownCommand(const QString &name);

    // What bad usage of the one positional argument is called: none given, a second one (%1),
    // an empty one.
    struct ArgumentErrors {
        QString missing;
        QString extra;
        QString empty;
    };
    static ArgumentErrors fileArgumentErrors();

    // Adds --help and the one positional argument, `argument` (FILE unless named otherwise;
    // parse() adds --lang); every subcommand has them.
    void prepare(QCommandLineParser &parser, const QString &description, const QString &argumentHelp,
                 const QString &argument = QStringLiteral("file")) const;
    // Parses and takes the one positional argument into `value`; returns an exit code when the
    // command is done already (help shown or bad usage).
    std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                             QString &value, const ArgumentErrors &errors = fileArgumentErrors());
    QString helpText(const QCommandLineParser &parser, const QString &command) const;

    int usageError(const QString &command, const QString &message);
    int failure(const QString &command, const QString &message);
    // The result of a --json call, indented, on stdout.
    void printJson(const QJsonObject &object);

    static QString timeText(qint64 msUtc);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ic
