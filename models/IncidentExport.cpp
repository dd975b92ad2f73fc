#include "IncidentExport.h"

#include "TimeText.h"

#include <QDateTime>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// Bytes are collected and handed to the device in chunks of this size, so a million events
// cost a few hundred writes, not millions.
constexpr qsizetype FlushThreshold = 64 * 1024;

// Collects output and reports the first write error; later writes are dropped.
class ChunkedWriter
{
public:
    explicit ChunkedWriter(QIODevice *out) : m_out(out) { m_buffer.reserve(FlushThreshold + 4096); }

    void append(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= FlushThreshold)
            flush();
    }
    void appendText(const QString &text) { append(QByteArrayView(text.toUtf8())); }

    bool flush()
    {
        if (m_failed)
            return false;
        const char *data = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0) {
            const qint64 written = m_out->write(data, left);
            if (written <= 0) {
                m_failed = true;
                break;
            }
            data += written;
            left -= written;
        }
        m_buffer.clear();
        return !m_failed;
    }

    bool failed() const { return m_failed; }

private:
    QIODevice *m_out;
    QByteArray m_buffer;
    bool m_failed = false;
};

// "2024-05-01T10:00:00.123Z". Qt::UTC, not QTimeZone::utc(): Qt 6.4 writes the latter as "+00:00".
QString utcIso(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString utcReadable(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// JSON string literal, quotes included. Quotes, backslashes and control characters are escaped;
// everything else is written as UTF-8.
void appendJsonString(QByteArray &to, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    to.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        to.append(text.mid(runStart, i - runStart).toUtf8());
        runStart = i + 1;
        switch (u) {
        case u'"': to.append("\\\""); break;
        case u'\\': to.append("\\\\"); break;
        case u'\n': to.append("\\n"); break;
        case u'\r': to.append("\\r"); break;
        case u'\t': to.append("\\t"); break;
        default:
            to.append("\\u00");
            to.append(hex[u >> 4]);
            to.append(hex[u & 0xf]);
        }
    }
    to.append(text.mid(runStart).toUtf8());
    to.append('"');
}

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

// The stored payload is canonical JSON; when it parses as an object it is written verbatim, so
// an auditor can recompute each hash from the export alone. Anything else (a damaged file) is
// written as null with the raw text beside it, keeping the export valid JSON.
void appendPayload(QByteArray &to, const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        to.append("\"payload\":");
        to.append(payload.trimmed());
    } else {
        to.append("\"payload\":null,\"payload_text\":");
        appendJsonString(to, QString::fromUtf8(payload));
    }
}

QByteArray eventJson(const Event &event)
{
    QByteArray line;
    line.reserve(256 + event.payload.size());
    line.append("{\"seq\":").append(QByteArray::number(event.seq));
    line.append(",\"at\":").append(jsonString(utcIso(event.atMs)));
    line.append(",\"at_ms\":").append(QByteArray::number(event.atMs));
    line.append(",\"actor\":").append(jsonString(event.actor));
    line.append(",\"role\":").append(jsonString(event.role));
    line.append(",\"kind\":").append(jsonString(event.kind));
    line.append(',');
    appendPayload(line, event.payload);
    line.append(",\"prev_hash\":").append(jsonString(QString::fromLatin1(event.prevHash)));
    line.append(",\"hash\":").append(jsonString(QString::fromLatin1(event.hash)));
    line.append('}');
    return line;
}

// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

// Text inside a GitHub-flavoured Markdown table cell: characters that would format, link or end
// the cell are escaped so names and notes show literally, and line breaks stay inside the cell.
// `<` and `&` are escaped only where they could start HTML or an entity, to keep the source
// readable.
QString markdownCell(const QString &value)
{
    static constexpr QStringView special = u"\\`*_[]|~";
    static const QRegularExpression entity(u"&#?[A-Za-z0-9]+;"_s);
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c == u'\r') {
            if (next != u'\n')
                out.append(u"<br>"_s);
            continue;
        }
        if (c == u'\n') {
            out.append(u"<br>"_s);
            continue;
        }
        const bool escape = special.contains(c)
            || (c == u'<' && (next.isLetter() || next == u'/' || next == u'!' || next == u'?'))
            || (c == u'&'
                && entity.match(value, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                       .hasMatch());
        if (escape)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString roleText(const QString &role)
{
    return role.isEmpty() ? QString() : roles::displayName(role);
}

TimelineStore::Error writeError(QIODevice *out)
{
    QString target;
    if (auto *file = qobject_cast<QFileDevice *>(out); file && !file->fileName().isEmpty())
        target = file->fileName();
    const QString reason = out->errorString();
    if (target.isEmpty())
        return {TimelineStore::ErrorCode::Io,
                IncidentExport::tr("Cannot write the export: %1").arg(reason)};
    return {TimelineStore::ErrorCode::Io,
            IncidentExport::tr("Cannot write the export to %1: %2").arg(target, reason)};
}

TimelineStore::Error writeJson(const TimelineStore &store, const IncidentState &state, ChunkedWriter &w)
{
    QByteArray head;
    head.append("{\n  \"format\": \"incident-console-export\",\n  \"version\": 1,\n  \"file\": ");
    appendJsonString(head, store.path());
    head.append(",\n  \"state\": ");
    // QJsonDocument indents by four; the export uses two throughout, one level in.
    const QList<QByteArray> stateLines =
        QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented).trimmed().split('\n');
    for (qsizetype i = 0; i < stateLines.size(); ++i) {
        const QByteArray &line = stateLines.at(i);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        if (i > 0)
            head.append('\n').append(QByteArray(2 + indent / 2, ' '));
        head.append(line.mid(indent));
    }
    head.append(",\n  \"events\": [");
    w.append(head);

    bool first = true;
    const TimelineStore::Error error = store.forEach({}, [&](const Event &event) {
        w.append(first ? QByteArrayView("\n    ") : QByteArrayView(",\n    "));
        first = false;
        w.append(eventJson(event));
        return !w.failed();
    });
    if (error)
        return error;
    w.append(first ? QByteArrayView("]\n}\n") : QByteArrayView("\n  ]\n}\n"));
    return {};
}

TimelineStore::Error writeCsv(const TimelineStore &store, ChunkedWriter &w)
{
    w.append(QByteArrayView("seq,at_utc,actor,role,kind,summary,payload,prev_hash,hash\r\n"));
    return store.forEach({}, [&](const Event &event) {
        const QString record = QString::number(event.seq) + u',' + utcIso(event.atMs) + u','
            + csvField(event.actor) + u',' + csvField(event.role) + u',' + csvField(event.kind) + u','
            + csvField(eventSummary(event)) + u',' + csvField(QString::fromUtf8(event.payload)) + u','
            + csvField(QString::fromLatin1(event.prevHash)) + u',' + csvField(QString::fromLatin1(event.hash))
            + u"\r\n"_s;
        w.appendText(record);
        return !w.failed();
    });
}

TimelineStore::Error writeMarkdown(const TimelineStore &store, const IncidentState &state, ChunkedWriter &w)
{
    const QString title = state.title.isEmpty() ? IncidentExport::tr("(untitled incident)") : state.title;
    QString head;
    head += u"# "_s + IncidentExport::tr("Incident report: %1").arg(markdownCell(title)) + u"\n\n"_s;
    if (state.exercise) {
        head += u"> **"_s + IncidentExport::tr("EXERCISE") + u"** — "_s
            + IncidentExport::tr("This incident was a rehearsal, not a real outage.") + u"\n\n"_s;
    }

    // The integrity check runs through the store's own verification, so the report states
    // exactly what `incidentctl verify` would.
    const TimelineStore::VerifyResult verified = store.verify();
    QString integrity;
    if (verified.error)
        integrity = IncidentExport::tr("could not be checked: %1").arg(verified.error.message);
    else if (verified.ok)
        integrity = (verified.eventCount == 1
                         ? IncidentExport::tr("intact: 1 event, head hash %1")
                         : IncidentExport::tr("intact: %1 events, head hash %2").arg(verified.eventCount))
                        .arg(u'`' + QString::fromLatin1(verified.headHash) + u'`');
    else
        integrity = u"**"_s + IncidentExport::tr("BROKEN") + u"** — "_s
            + IncidentExport::tr("first bad event: seq %1 (%2)").arg(verified.firstBadSeq).arg(verified.reason);

    head += u"| | |\n|---|---|\n"_s;
    const auto row = [&head](const QString &label, const QString &value) {
        head += u"| "_s + label + u" | "_s + value + u" |\n"_s;
    };
    row(IncidentExport::tr("Status"), markdownCell(statusDisplayName(state.status)));
    row(IncidentExport::tr("Severity"), markdownCell(severityDisplayName(state.severity)));
    if (state.declared) {
        row(IncidentExport::tr("Declared (UTC)"), utcReadable(state.declaredAtMs));
        row(IncidentExport::tr("Declared by"), markdownCell(state.declaredBy));
    }
    row(IncidentExport::tr("Events"), QString::number(state.eventCount));
    if (state.eventCount > 0)
        row(IncidentExport::tr("Last event (UTC)"), utcReadable(state.lastEventAtMs));
    row(IncidentExport::tr("Incident file"), markdownCell(store.path()));
    row(IncidentExport::tr("Hash chain"), integrity);
    row(IncidentExport::tr("Report written (UTC)"), utcReadable(QDateTime::currentMSecsSinceEpoch()));
    head += u'\n';

    head += u"## "_s + IncidentExport::tr("Key timestamps (UTC)") + u"\n\n"_s;
    if (state.firstEnteredMs.isEmpty()) {
        head += IncidentExport::tr("No status was entered.") + u"\n\n"_s;
    } else {
        head += u"| "_s + IncidentExport::tr("Status") + u" | "_s + IncidentExport::tr("First entered (UTC)") + u" | "_s
            + IncidentExport::tr("After declaration") + u" |\n|---|---|---:|\n"_s;
        for (const IncidentStatus status : AllStatuses) {
            const auto it = state.firstEnteredMs.constFind(status);
            if (it == state.firstEnteredMs.cend())
                continue;
            head += u"| "_s + markdownCell(statusDisplayName(status)) + u" | "_s + utcReadable(*it) + u" | "_s
                + (state.declared ? offsetText(*it - state.declaredAtMs) : QString()) + u" |\n"_s;
        }
        head += u'\n';
    }

    head += u"## "_s + IncidentExport::tr("Role holders") + u"\n\n"_s;
    if (state.roleHolders.isEmpty()) {
        head += IncidentExport::tr("No roles were assigned.") + u"\n\n"_s;
    } else {
        head += u"| "_s + IncidentExport::tr("Role") + u" | "_s + IncidentExport::tr("Holder") + u" |\n|---|---|\n"_s;
        for (auto it = state.roleHolders.cbegin(); it != state.roleHolders.cend(); ++it)
            head += u"| "_s + markdownCell(roleText(it.key())) + u" | "_s + markdownCell(it.value()) + u" |\n"_s;
        head += u'\n';
    }

    head += u"## "_s + IncidentExport::tr("Timeline") + u"\n\n"_s;
    head += u"| "_s + IncidentExport::tr("Seq") + u" | "_s + IncidentExport::tr("Time (UTC)") + u" | "_s + IncidentExport::tr("Actor") + u" | "_s + IncidentExport::tr("Role")
        + u" | "_s + IncidentExport::tr("Kind") + u" | "_s + IncidentExport::tr("Summary") + u" |\n|---:|---|---|---|---|---|\n"_s;
    w.appendText(head);

    const TimelineStore::Error error = store.forEach({}, [&](const Event &event) {
        QString summary = markdownCell(eventSummary(event));
        const auto corrected = state.correctedBy.constFind(event.seq);
        if (corrected != state.correctedBy.cend())
            summary += u" **("_s + IncidentExport::tr("corrected by seq %1").arg(*corrected) + u")**"_s;
        const QString line = u"| "_s + QString::number(event.seq) + u" | "_s + utcReadable(event.atMs) + u" | "_s
            + markdownCell(event.actor) + u" | "_s + markdownCell(roleText(event.role)) + u" | "_s
            + markdownCell(eventKindDisplayName(event.kind)) + u" | "_s + summary + u" |\n"_s;
        w.appendText(line);
        return !w.failed();
    });
    if (error)
        return error;
    if (!state.correctedBy.isEmpty())
        w.appendText(u"\n"_s + IncidentExport::tr("Events marked as corrected stay in the log unchanged; the correction is a later event.")
                 + u'\n');
    return {};
}

} // namespace

std::optional<IncidentExport::Format> IncidentExport::formatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"json")
        return Format::Json;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"markdown" || n == u"md")
        return Format::Markdown;
    return std::nullopt;
}

TimelineStore::Error IncidentExport::write(const TimelineStore &store, const IncidentState &state, Format format,
                                           QIODevice *out)
{
    if (!store.isOpen())
        return {TimelineStore::ErrorCode::NotOpen, tr("No incident file is open.")};
    if (!out || !out->isWritable())
        return {TimelineStore::ErrorCode::Io, tr("The export target is not open for writing.")};

    ChunkedWriter writer(out);
    TimelineStore::Error error;
    switch (format) {
    case Format::Json:
        error = writeJson(store, state, writer);
        break;
    case Format::Csv:
        error = writeCsv(store, writer);
        break;
    case Format::Markdown:
        error = writeMarkdown(store, state, writer);
        break;
    }
    if (!writer.flush())
        return writeError(out);
    return error;
}

} // namespace ic
