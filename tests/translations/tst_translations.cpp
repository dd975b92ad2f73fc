// The German translation stays complete: lupdate extracts every string from the sources the build
// translates, and each must have a finished German translation with the same placeholders and
// accelerators. Then both executables are run with --lang de to see the translation take effect
// (which also proves that the contexts lupdate sees are the ones the code uses at run time).

#include <algorithm>

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;
};

QString keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

bool readTs(const QString &path, QList<Message> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "comment"_L1) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    m.type = xml.attributes().value("type"_L1).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                m.translations << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out->append(m);
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

// %1 … %99 (also %L1), as QString::arg() numbers them.
QSet<int> argPlaceholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2})"_s);
    QSet<int> numbers;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        numbers.insert(m.captured(1).toInt());
    return numbers;
}

bool hasCountPlaceholder(const QString &text)
{
    static const QRegularExpression re(u"%L?n"_s);
    return re.match(text).hasMatch();
}

// Keyboard accelerators: a single '&' before a character; "&&" is a literal ampersand and
// "&amp;" or "&#38;" are HTML entities in rich text.
int acceleratorCount(QString text)
{
    static const QRegularExpression entity(u"&(?:[A-Za-z]+|#\\d+);"_s);
    text.remove(entity);
    text.remove(u"&&"_s);
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString placeholderText(const QSet<int> &numbers)
{
    QList<int> sorted(numbers.cbegin(), numbers.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (int n : sorted)
        names << u"%"_s + QString::number(n);
    return names.isEmpty() ? u"none"_s : names.join(u' ');
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"%1 did not finish: %2"_s.arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The user's own locale must not decide which language a check sees.
QProcessEnvironment neutralEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void lupdateReportsNoProblems();
    void extractionCoversAllLayers();
    void everyStringIsTranslated_data() { addExtractedRows(); }
    void everyStringIsTranslated();
    void placeholdersAgree_data() { addExtractedRows(); }
    void placeholdersAgree();
    void acceleratorsAreKept_data() { addExtractedRows(); }
    void acceleratorsAreKept();

    void incidentctlSpeaksGerman();
    void incidentctlStaysEnglishWithoutLang();
    void modelMessagesAreGerman();
    void consoleSpeaksGerman();

private:
    void addExtractedRows();
    const Message *committed(const Message &extracted) const;
    QString german(const QString &context, const QString &source) const;

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    QStringList m_lupdateWarnings;
    QList<Message> m_extracted;
    QList<Message> m_committed;
    QHash<QString, qsizetype> m_committedByKey;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString extractedTs = m_dir.filePath(u"extracted_de.ts"_s);

    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  {u"@"_s + QStringLiteral(LUPDATE_SOURCES_LIST), u"-target-language"_s, u"de"_s, u"-locations"_s,
                   u"none"_s, u"-no-obsolete"_s, u"-ts"_s, extractedTs});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    m_lupdateOutput = QString::fromUtf8(lupdate.readAllStandardError());
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));

    // lupdate reports code it cannot read as FILE:LINE: MESSAGE ("Cannot invoke tr() like this",
    // "Class ... lacks Q_OBJECT macro", ...): such a string would silently stay English.
    static const QRegularExpression warning(u"^(.+):(\\d+): (.+)$"_s, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : warning.globalMatch(m_lupdateOutput))
        m_lupdateWarnings << m.captured(0);

    QString error;
    QVERIFY2(readTs(extractedTs, &m_extracted, &error), qPrintable(error));
    QVERIFY2(readTs(QStringLiteral(TS_FILE_DE), &m_committed, &error), qPrintable(error));
    for (qsizetype i = 0; i < m_committed.size(); ++i) {
        const QString key = keyOf(m_committed.at(i));
        QVERIFY2(!m_committedByKey.contains(key),
                 qPrintable(u"duplicate message in %1: %2 / %3"_s.arg(QStringLiteral(TS_FILE_DE),
                                                                       m_committed.at(i).context,
                                                                       m_committed.at(i).source)));
        m_committedByKey.insert(key, i);
    }

    // Not an error, but a sign that update_translations was not run after strings were removed.
    qsizetype stale = 0;
    QSet<QString> extractedKeys;
    for (const Message &m : std::as_const(m_extracted))
        extractedKeys.insert(keyOf(m));
    for (const Message &m : std::as_const(m_committed)) {
        if (!extractedKeys.contains(keyOf(m)) && m.type != "obsolete"_L1 && m.type != "vanished"_L1)
            ++stale;
    }
    if (stale > 0)
        qInfo("%lld message(s) in the .ts are no longer in the sources; "
              "run `cmake --build build/dev --target update_translations`",
              qlonglong(stale));
}

void TestTranslations::addExtractedRows()
{
    QTest::addColumn<qsizetype>("index");
    for (qsizetype i = 0; i < m_extracted.size(); ++i) {
        const Message &m = m_extracted.at(i);
        QString source = m.source;
        source.replace(u'\n', u"\\n"_s);
        if (source.size() > 70)
            source = source.left(67) + u"..."_s;
        if (!m.comment.isEmpty())
            source += u" [%1]"_s.arg(m.comment);
        QTest::addRow("%s: %s", qPrintable(m.context), qPrintable(source)) << i;
    }
}

const Message *TestTranslations::committed(const Message &extracted) const
{
    const auto it = m_committedByKey.constFind(keyOf(extracted));
    return it == m_committedByKey.cend() ? nullptr : &m_committed.at(*it);
}

QString TestTranslations::german(const QString &context, const QString &source) const
{
    for (const Message &m : m_committed) {
        if (m.context == context && m.source == source && !m.translations.isEmpty())
            return m.translations.constFirst();
    }
    return {};
}

void TestTranslations::lupdateReportsNoProblems()
{
    QVERIFY2(m_lupdateWarnings.isEmpty(), qPrintable(u"lupdate could not read every string:\n"_s + m_lupdateWarnings.join(u'\n')));
}

void TestTranslations::extractionCoversAllLayers()
{
    // One known string from each folder, so that a broken source list cannot pass as "nothing to translate".
    const QList<std::pair<QString, QString>> known = {
        {u"TimelineStore"_s, u"%1: no such file"_s},              // models/
        {u"ic::TimelinePanel"_s, u"Add note"_s},                   // widgets/
        {u"IncidentCtl"_s, u"Commands:"_s},                        // app/ctl
        {u"main"_s, u"Run, rehearse and audit failover incidents."_s}, // app/console
    };
    for (const auto &[context, source] : known) {
        const bool found = std::any_of(m_extracted.cbegin(), m_extracted.cend(), [&](const Message &m) {
            return m.context == context && m.source == source;
        });
        QVERIFY2(found, qPrintable(u"lupdate did not find \"%1\" in context %2"_s.arg(source, context)));
    }
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(qsizetype, index);
    const Message &source = m_extracted.at(index);
    const Message *de = committed(source);
    QVERIFY2(de, "missing from translations/incident-console_de.ts: "
                 "run `cmake --build build/dev --target update_translations` and translate it");
    QVERIFY2(de->type.isEmpty(), qPrintable(u"the German translation is marked \"%1\""_s.arg(de->type)));
    QCOMPARE(de->numerus, source.numerus);
    if (source.numerus)
        QCOMPARE(de->translations.size(), 2); // German: singular and plural
    else
        QCOMPARE(de->translations.size(), 1);
    for (const QString &form : de->translations)
        QVERIFY2(!form.trimmed().isEmpty(), "the German translation is empty");
}

void TestTranslations::placeholdersAgree()
{
    QFETCH(qsizetype, index);
    const Message &source = m_extracted.at(index);
    const Message *de = committed(source);
    if (!de)
        QSKIP("not translated (reported by everyStringIsTranslated)");
    const QSet<int> expected = argPlaceholders(source.source);
    for (const QString &form : de->translations) {
        const QSet<int> actual = argPlaceholders(form);
        QVERIFY2(actual == expected, qPrintable(u"placeholders differ: source has %1, \"%2\" has %3"_s.arg(
                                         placeholderText(expected), form, placeholderText(actual))));
        QVERIFY2(hasCountPlaceholder(form) == hasCountPlaceholder(source.source),
                 qPrintable(u"%n differs between the source and \"%1\""_s.arg(form)));
    }
}

void TestTranslations::acceleratorsAreKept()
{
    QFETCH(qsizetype, index);
    const Message &source = m_extracted.at(index);
    const Message *de = committed(source);
    if (!de)
        QSKIP("not translated (reported by everyStringIsTranslated)");
    for (const QString &form : de->translations) {
        QVERIFY2(acceleratorCount(form) == acceleratorCount(source.source),
                 qPrintable(u"the source has %1 keyboard accelerator(s) ('&'), \"%2\" has %3"_s.arg(
                     QString::number(acceleratorCount(source.source)), form,
                     QString::number(acceleratorCount(form)))));
    }
}

void TestTranslations::incidentctlSpeaksGerman()
{
    const Run r = run(QStringLiteral(INCIDENTCTL_PATH), {u"--lang"_s, u"de"_s, u"--help"_s}, neutralEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &source : {u"Commands:"_s, u"Show this overview."_s,
                                  u"Exit status: 0 success, 1 failure, 2 bad usage."_s}) {
        const QString de = german(u"IncidentCtl"_s, source);
        QVERIFY2(!de.isEmpty() && de != source, qPrintable(source));
        QVERIFY2(r.out.contains(de), qPrintable(u"\"%1\" is not in:\n%2"_s.arg(de, r.out)));
        QVERIFY2(!r.out.contains(source), qPrintable(u"English \"%1\" is in:\n%2"_s.arg(source, r.out)));
    }
}

void TestTranslations::incidentctlStaysEnglishWithoutLang()
{
    // The counter-check: in the C locale and without --lang the same output is English.
    const Run r = run(QStringLiteral(INCIDENTCTL_PATH), {u"--help"_s}, neutralEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Commands:"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(german(u"IncidentCtl"_s, u"Commands:"_s)), qPrintable(r.out));
}

void TestTranslations::modelMessagesAreGerman()
{
    // Strings of models/ use Q_DECLARE_TR_FUNCTIONS contexts; they must match at run time too.
    const QString ctl = QStringLiteral(INCIDENTCTL_PATH);
    const QProcessEnvironment env = neutralEnvironment();

    const QString missing = m_dir.filePath(u"missing.incident"_s);
    const Run notFound = run(ctl, {u"--lang"_s, u"de"_s, u"show"_s, missing}, env);
    QCOMPARE(notFound.exitCode, 1);
    const QString noSuchFile = german(u"TimelineStore"_s, u"%1: no such file"_s).arg(missing);
    QVERIFY2(notFound.err.contains(noSuchFile), qPrintable(u"\"%1\" is not in: %2"_s.arg(noSuchFile, notFound.err)));

    const QString file = m_dir.filePath(u"db-failover.incident"_s);
    const Run created = run(ctl, {u"new"_s, file, u"--title"_s, u"Primary database down"_s, u"--severity"_s,
                                  u"SEV2"_s, u"--commander"_s, u"alice"_s},
                            env);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run shown = run(ctl, {u"--lang"_s, u"de"_s, u"show"_s, file}, env);
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    for (const auto &[context, source] : QList<std::pair<QString, QString>>{
             {u"IncidentStatus"_s, u"Investigating"_s},
             {u"IncidentStatus"_s, u"SEV2 — major: a core function is degraded for many"_s},
             {u"IncidentStatus"_s, u"Incident commander"_s},
             {u"IncidentCtl"_s, u"Severity:"_s}}) {
        const QString de = german(context, source);
        QVERIFY2(!de.isEmpty(), qPrintable(source));
        QVERIFY2(shown.out.contains(de), qPrintable(u"\"%1\" is not in:\n%2"_s.arg(de, shown.out)));
    }
}

void TestTranslations::consoleSpeaksGerman()
{
    const Run r = run(QStringLiteral(INCIDENT_CONSOLE_PATH), {u"--lang"_s, u"de"_s, u"--help"_s}, neutralEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString source = u"Run, rehearse and audit failover incidents."_s;
    const QString de = german(u"main"_s, source);
    QVERIFY2(!de.isEmpty() && de != source, qPrintable(source));
    QVERIFY2(r.out.contains(de), qPrintable(u"\"%1\" is not in:\n%2"_s.arg(de, r.out)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
