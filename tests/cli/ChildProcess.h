#pragma once

// Runs a program (incidentctl, Graphviz's dot) as a child process, the way a user's shell does,
// and reads what it printed.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtDebug>

constexpr int ProcessTimeoutMs = 60000;

struct ProcessResult {
    int exitCode = -1; // -100: crashed; -1: did not start or timed out (the reason in err)
    QString out;
    QString err;
    QByteArray rawOut;
};

// This environment in the C.UTF-8 locale with English messages, whatever the machine's settings.
inline QProcessEnvironment englishEnvironment(QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// Runs `program` in `workingDirectory` to its end, `input` on its standard input.
inline ProcessResult runProcess(const QString &program, const QStringList &args, const QString &workingDirectory,
                                const QProcessEnvironment &env = englishEnvironment(), const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(ProcessTimeoutMs)) {
        result.err = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -100;
    return result;
}

// Strict: the whole of `json` must be one JSON object, nothing before or after it. Otherwise a
// warning that shows it, and an empty object.
inline QJsonObject parseObject(const QByteArray &json, bool *ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    if (ok)
        *ok = isObject;
    if (!isObject)
        qWarning().noquote() << "not a JSON object:" << error.errorString() << "at" << error.offset << '\n' << json;
    return document.object();
}
