#include "BackendParsers.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

// Translation context of every parser message.
class BackendParsers
{
    Q_DECLARE_TR_FUNCTIONS(BackendParsers)
};

namespace {

// lupdate cannot parse `std::nullopt_t` as a return type; the alias reads the same to the compiler.
using Nothing = std::nullopt_t;


// Whole numbers as JSON carries them: qint64 when the text was an integer that fits, else a
// double; a double is accepted only when it is integral and exact (below 2^53).
std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    const double d = value.toDouble();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0)
        return qint64(d);
    return std::nullopt;
}

// Reads fields of JSON objects and keeps the first problem, named by its path ("members[1].lag").
class JsonFields
{
public:
    QString error;
    bool ok() const { return error.isEmpty(); }
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    static QString path(const QString &where, QLatin1StringView key)
    {
        return where.isEmpty() ? QString(key) : where + u'.' + key;
    }

    // nullopt when absent (or null and `nullable`) and not required, or on error.
    std::optional<QString> text(const QJsonObject &object, QLatin1StringView key, const QString &where,
                                bool required, bool nullable = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return missing(required, path(where, key));
        if (!value.isString()) {
            fail(BackendParsers::tr("%1 is not a string").arg(path(where, key)));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key, const QString &where,
                                  bool required, qint64 min, qint64 max, bool nullable = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return missing(required, path(where, key));
        return integer(value, path(where, key), min, max);
    }

    std::optional<qint64> integer(const QJsonValue &value, const QString &name, qint64 min, qint64 max)
    {
        if (!value.isDouble()) {
            fail(BackendParsers::tr("%1 is not a number").arg(name));
            return std::nullopt;
        }
        const std::optional<qint64> number = jsonInteger(value);
        if (!number || *number < min || *number > max) {
            fail(BackendParsers::tr("%1 is out of range or not a whole number").arg(name));
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key, const QString &where, bool required,
                                bool nullable = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return missing(required, path(where, key));
        if (!value.isBool()) {
            fail(BackendParsers::tr("%1 is not true or false").arg(path(where, key)));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QJsonObject> object(const QJsonObject &object, QLatin1StringView key, const QString &where, bool required,
                                      bool nullable = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return missing(required, path(where, key));
        if (!value.isObject()) {
            fail(BackendParsers::tr("%1 is not an object").arg(path(where, key)));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject &object, QLatin1StringView key, const QString &where, bool required,
                                    bool nullable = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull()))
            return missing(required, path(where, key));
        if (!value.isArray()) {
            fail(BackendParsers::tr("%1 is not an array").arg(path(where, key)));
            return std::nullopt;
        }
        return value.toArray();
    }

    // {"name": "value", …} with string values only (Prometheus metric labels, Alertmanager labels).
    QMap<QString, QString> labels(const QJsonObject &object, const QString &name)
    {
        QMap<QString, QString> result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                fail(BackendParsers::tr("%1 is not a string").arg(name + u'.' + it.key()));
                return {};
            }
            result.insert(it.key(), it.value().toString());
        }
        return result;
    }

    QStringList strings(const QJsonArray &array, const QString &name)
    {
        QStringList result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(BackendParsers::tr("%1 is not a string").arg(u"%1[%2]"_s.arg(name).arg(i)));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

private:
    Nothing missing(bool required, const QString &name)
    {
        if (required)
            fail(BackendParsers::tr("%1 is missing").arg(name));
        return std::nullopt;
    }
};

// The document of `body`, which must be a JSON object (or array when `arrayExpected`).
std::optional<QJsonDocument> jsonDocument(const QByteArray &body, bool arrayExpected, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = BackendParsers::tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (arrayExpected && !document.isArray()) {
        *error = BackendParsers::tr("the reply is not a JSON array");
        return std::nullopt;
    }
    if (!arrayExpected && !document.isObject()) {
        *error = BackendParsers::tr("the reply is not a JSON object");
        return std::nullopt;
    }
    return document;
}

constexpr qint64 MaxInt = std::numeric_limits<int>::max();
constexpr qint64 MaxInt64 = std::numeric_limits<qint64>::max();

} // namespace

// ---- Patroni -------------------------------------------------------------------------------

ClusterTopology parsePatroniCluster(const QByteArray &body)
{
    ClusterTopology topology;
    auto invalid = [&topology](const QString &reason) {
        ClusterTopology bad;
        bad.service = topology.service;
        bad.ok = false;
        bad.failure = FetchFailure::Malformed;
        bad.error = BackendParsers::tr("invalid Patroni /cluster reply: %1").arg(reason);
        return bad;
    };

    QString error;
    const std::optional<QJsonDocument> document = jsonDocument(body, false, &error);
    if (!document)
        return invalid(error);
    const QJsonObject root = document->object();
    JsonFields fields;

    const std::optional<QJsonArray> members = fields.array(root, "members"_L1, {}, true);
    const std::optional<bool> paused = fields.boolean(root, "pause"_L1, {}, false);
    if (!fields.ok())
        return invalid(fields.error);

    QSet<QString> names;
    QStringList leaders;
    for (qsizetype i = 0; i < members->size(); ++i) {
        const QString where = u"members[%1]"_s.arg(i);
        if (!members->at(i).isObject())
            return invalid(BackendParsers::tr("%1 is not an object").arg(where));
        const QJsonObject object = members->at(i).toObject();

        PatroniMember member;
        member.name = fields.text(object, "name"_L1, where, true).value_or(QString());
        member.role = fields.text(object, "role"_L1, where, true).value_or(QString());
        member.state = fields.text(object, "state"_L1, where, false).value_or(QString());
        member.apiUrl = fields.text(object, "api_url"_L1, where, false, true).value_or(QString());
        member.host = fields.text(object, "host"_L1, where, false).value_or(QString());
        member.port = int(fields.integer(object, "port"_L1, where, false, 0, 65535).value_or(0));
        member.timeline = int(fields.integer(object, "timeline"_L1, where, false, 0, MaxInt).value_or(0));
        const QJsonValue lag = object.value("lag"_L1);
        if (lag.isString()) {
            if (lag.toString() != "unknown"_L1)
                fields.fail(BackendParsers::tr("%1 is neither a number nor \"unknown\"").arg(where + u".lag"_s));
        } else if (!lag.isUndefined()) {
            member.lagBytes = fields.integer(lag, where + u".lag"_s, 0, MaxInt64);
        }
        if (!fields.ok())
            return invalid(fields.error);
        if (member.name.isEmpty())
            return invalid(BackendParsers::tr("%1 is empty").arg(where + u".name"_s));
        if (names.contains(member.name))
            return invalid(BackendParsers::tr("member \"%1\" is listed twice").arg(member.name));
        names.insert(member.name);

        if (member.role == "leader"_L1 || member.role == "standby_leader"_L1) {
            leaders.append(member.name);
            topology.leader = member.name;
            topology.timeline = member.timeline;
        }
        topology.members.append(member);
    }
    // One DCS has one leader key; two "leaders" in one reply cannot come from Patroni.
    if (leaders.size() > 1)
        return invalid(BackendParsers::tr("more than one leader: %1").arg(leaders.join(u", "_s)));

    topology.paused = paused.value_or(false);
    topology.ok = true;
    return topology;
}

Parsed<PatroniNodeStatus> parsePatroniNode(const QByteArray &body)
{
    auto invalid = [](const QString &reason) {
        Parsed<PatroniNodeStatus> bad;
        bad.error = BackendParsers::tr("invalid Patroni /patroni reply: %1").arg(reason);
        return bad;
    };
    QString error;
    const std::optional<QJsonDocument> document = jsonDocument(body, false, &error);
    if (!document)
        return invalid(error);
    const QJsonObject root = document->object();
    JsonFields fields;

    Parsed<PatroniNodeStatus> parsed;
    PatroniNodeStatus &node = parsed.value;
    node.state = fields.text(root, "state"_L1, {}, true).value_or(QString());
    node.role = fields.text(root, "role"_L1, {}, true).value_or(QString());
    node.timeline = int(fields.integer(root, "timeline"_L1, {}, false, 0, MaxInt, true).value_or(0));
    node.serverVersion = fields.integer(root, "server_version"_L1, {}, false, 0, MaxInt64).value_or(0);
    node.clusterUnlocked = fields.boolean(root, "cluster_unlocked"_L1, {}, false).value_or(false);
    if (const std::optional<QJsonObject> xlog = fields.object(root, "xlog"_L1, {}, false)) {
        const QString where = u"xlog"_s;
        node.location = fields.integer(*xlog, "location"_L1, where, false, 0, MaxInt64, true);
        node.receivedLocation = fields.integer(*xlog, "received_location"_L1, where, false, 0, MaxInt64, true);
        node.replayedLocation = fields.integer(*xlog, "replayed_location"_L1, where, false, 0, MaxInt64, true);
        node.replayPaused = fields.boolean(*xlog, "paused"_L1, where, false, true).value_or(false);
    }
    if (!fields.ok())
        return invalid(fields.error);
    if (node.role.isEmpty())
        return invalid(BackendParsers::tr("%1 is empty").arg(u"role"_s));

    const bool primaryRole = node.role == "master"_L1 || node.role == "primary"_L1;
    node.claimsPrimary = primaryRole && node.state == "running"_L1;
    return parsed;
}

// ---- Prometheus ----------------------------------------------------------------------------

namespace {

// Sample values are strings so that NaN and the infinities survive JSON.
std::optional<double> promSampleValue(const QString &text)
{
    if (text == "NaN"_L1)
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf"_L1 || text == "Inf"_L1)
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf"_L1)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// [<unix seconds, float>, "<value>"]
std::optional<PromPoint> promPoint(const QJsonValue &value, const QString &name, JsonFields &fields, QString *text = nullptr)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2) {
        fields.fail(BackendParsers::tr("%1 is not a [time, value] pair").arg(name));
        return std::nullopt;
    }
    if (!pair.at(0).isDouble()) {
        fields.fail(BackendParsers::tr("%1 is not a number").arg(name + u"[0]"_s));
        return std::nullopt;
    }
    const double seconds = pair.at(0).toDouble();
    // Far beyond any real time but still exact in qint64 milliseconds.
    if (!std::isfinite(seconds) || std::fabs(seconds) > 9.0e12) {
        fields.fail(BackendParsers::tr("%1 is out of range or not a whole number").arg(name + u"[0]"_s));
        return std::nullopt;
    }
    if (!pair.at(1).isString()) {
        fields.fail(BackendParsers::tr("%1 is not a string").arg(name + u"[1]"_s));
        return std::nullopt;
    }
    PromPoint point;
    point.atMs = qint64(std::llround(seconds * 1000.0));
    if (text) {
        *text = pair.at(1).toString();
        return point;
    }
    const std::optional<double> sample = promSampleValue(pair.at(1).toString());
    if (!sample) {
        fields.fail(BackendParsers::tr("%1 is not a sample value: \"%2\"").arg(name + u"[1]"_s, pair.at(1).toString().left(40)));
        return std::nullopt;
    }
    point.value = *sample;
    return point;
}

} // namespace

PromResult parsePrometheusEnvelope(int httpStatus, const QByteArray &body)
{
    const bool envelopeStatus = httpStatus == 200 || httpStatus == 400 || httpStatus == 422 || httpStatus == 503;
    auto malformed = [httpStatus, envelopeStatus](const QString &reason) {
        PromResult bad;
        if (envelopeStatus) {
            bad.failure = FetchFailure::Malformed;
            bad.error = BackendParsers::tr("invalid Prometheus reply: %1").arg(reason);
        } else {
            bad.failure = FetchFailure::HttpStatus;
            bad.error = BackendParsers::tr("Prometheus answered HTTP %1").arg(httpStatus);
        }
        return bad;
    };

    QString error;
    const std::optional<QJsonDocument> document = jsonDocument(body, false, &error);
    if (!document)
        return malformed(error);
    const QJsonObject root = document->object();
    JsonFields fields;
    const std::optional<QString> status = fields.text(root, "status"_L1, {}, true);
    if (!fields.ok())
        return malformed(fields.error);

    PromResult result;
    if (const std::optional<QJsonArray> warnings = fields.array(root, "warnings"_L1, {}, false, true))
        result.warnings = fields.strings(*warnings, u"warnings"_s);

    if (*status == "error"_L1) {
        result.errorType = fields.text(root, "errorType"_L1, {}, true).value_or(QString());
        result.error = fields.text(root, "error"_L1, {}, true).value_or(QString());
        if (!fields.ok())
            return malformed(fields.error);
        result.ok = false;
        result.failure = envelopeStatus ? FetchFailure::None : FetchFailure::HttpStatus;
        return result;
    }
    if (*status != "success"_L1)
        return malformed(BackendParsers::tr("status is \"%1\", neither \"success\" nor \"error\"").arg(status->left(40)));
    if (httpStatus != 200)
        return malformed(BackendParsers::tr("\"success\" with HTTP %1").arg(httpStatus));

    const std::optional<QJsonObject> data = fields.object(root, "data"_L1, {}, true);
    if (!fields.ok())
        return malformed(fields.error);
    const QString resultType = fields.text(*data, "resultType"_L1, u"data"_s, true).value_or(QString());
    if (!fields.ok())
        return malformed(fields.error);
    result.resultType = resultType;
    const QJsonValue resultValue = data->value("result"_L1);
    const QString resultName = u"data.result"_s;
    if (resultValue.isUndefined())
        return malformed(BackendParsers::tr("%1 is missing").arg(resultName));

    if (resultType == "vector"_L1 || resultType == "matrix"_L1) {
        const bool vector = resultType == "vector"_L1;
        if (!resultValue.isArray())
            return malformed(BackendParsers::tr("%1 is not an array").arg(resultName));
        const QJsonArray items = resultValue.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString where = u"%1[%2]"_s.arg(resultName).arg(i);
            if (!items.at(i).isObject())
                return malformed(BackendParsers::tr("%1 is not an object").arg(where));
            const QJsonObject item = items.at(i).toObject();
            PromSeries series;
            if (const std::optional<QJsonObject> metric = fields.object(item, "metric"_L1, where, true))
                series.labels = fields.labels(*metric, where + u".metric"_s);
            if (vector) {
                const QJsonValue value = item.value("value"_L1);
                if (value.isUndefined())
                    fields.fail(BackendParsers::tr("%1 is missing").arg(where + u".value"_s));
                else if (const std::optional<PromPoint> point = promPoint(value, where + u".value"_s, fields))
                    series.points.append(*point);
            } else if (const std::optional<QJsonArray> values = fields.array(item, "values"_L1, where, true)) {
                for (qsizetype j = 0; j < values->size() && fields.ok(); ++j) {
                    if (const std::optional<PromPoint> point = promPoint(values->at(j), u"%1.values[%2]"_s.arg(where).arg(j), fields))
                        series.points.append(*point);
                }
            }
            if (!fields.ok())
                return malformed(fields.error);
            result.series.append(series);
        }
    } else if (resultType == "scalar"_L1) {
        const std::optional<PromPoint> point = promPoint(resultValue, resultName, fields);
        if (!point)
            return malformed(fields.error);
        result.series.append(PromSeries{{}, {*point}});
    } else if (resultType == "string"_L1) {
        QString text;
        if (!promPoint(resultValue, resultName, fields, &text))
            return malformed(fields.error);
        result.text = text;
    } else {
        return malformed(BackendParsers::tr("unknown resultType \"%1\"").arg(resultType.left(40)));
    }
    if (!fields.ok())
        return malformed(fields.error);
    result.ok = true;
    return result;
}

// ---- Alertmanager --------------------------------------------------------------------------

std::optional<qint64> parseRfc3339Ms(QStringView text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    // RFC 3339 allows a leap second (:60); it is the last moment of that minute.
    const int second = std::min(number(6), 59);
    const int milliseconds = match.capturedView(7).isEmpty() ? 0 : (match.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(number(4), number(5), second, milliseconds);
    if (!date.isValid() || !time.isValid() || number(6) > 60)
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (match.capturedView(8).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.capturedView(9) == u"-" ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetSeconds * 1000;
}

Parsed<QList<AlertInfo>> parseAlerts(const QByteArray &body)
{
    auto invalid = [](const QString &reason) {
        Parsed<QList<AlertInfo>> bad;
        bad.error = BackendParsers::tr("invalid Alertmanager alerts reply: %1").arg(reason);
        return bad;
    };
    QString error;
    const std::optional<QJsonDocument> document = jsonDocument(body, true, &error);
    if (!document)
        return invalid(error);
    const QJsonArray items = document->array();
    JsonFields fields;
    Parsed<QList<AlertInfo>> parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = u"[%1]"_s.arg(i);
        if (!items.at(i).isObject())
            return invalid(BackendParsers::tr("%1 is not an object").arg(where));
        const QJsonObject item = items.at(i).toObject();
        AlertInfo alert;
        alert.fingerprint = fields.text(item, "fingerprint"_L1, where, true).value_or(QString());
        if (const std::optional<QJsonObject> labels = fields.object(item, "labels"_L1, where, true))
            alert.labels = fields.labels(*labels, where + u".labels"_s);
        QMap<QString, QString> annotations;
        if (const std::optional<QJsonObject> object = fields.object(item, "annotations"_L1, where, false))
            annotations = fields.labels(*object, where + u".annotations"_s);
        const QString startsAt = fields.text(item, "startsAt"_L1, where, true).value_or(QString());
        alert.generatorUrl = fields.text(item, "generatorURL"_L1, where, false).value_or(QString());
        if (const std::optional<QJsonObject> status = fields.object(item, "status"_L1, where, true)) {
            alert.state = fields.text(*status, "state"_L1, where + u".status"_s, true).value_or(QString());
            if (const std::optional<QJsonArray> silencedBy = fields.array(*status, "silencedBy"_L1, where + u".status"_s, false, true))
                alert.silencedBy = fields.strings(*silencedBy, where + u".status.silencedBy"_s);
        }
        if (!fields.ok())
            return invalid(fields.error);
        const std::optional<qint64> startsAtMs = parseRfc3339Ms(startsAt);
        if (!startsAtMs)
            return invalid(BackendParsers::tr("%1 is not an RFC 3339 time: \"%2\"").arg(where + u".startsAt"_s, startsAt.left(40)));
        alert.startsAtMs = *startsAtMs;
        alert.name = alert.labels.value(u"alertname"_s);
        alert.severity = alert.labels.value(u"severity"_s);
        alert.service = alert.labels.value(u"service"_s, alert.labels.value(u"job"_s));
        alert.summary = annotations.value(u"summary"_s, annotations.value(u"description"_s));
        parsed.value.append(alert);
    }
    return parsed;
}

Parsed<QString> parseSilenceId(const QByteArray &body)
{
    auto invalid = [](const QString &reason) {
        Parsed<QString> bad;
        bad.error = BackendParsers::tr("invalid Alertmanager silence reply: %1").arg(reason);
        return bad;
    };
    QString error;
    const std::optional<QJsonDocument> document = jsonDocument(body, false, &error);
    if (!document)
        return invalid(error);
    JsonFields fields;
    const QString id = fields.text(document->object(), "silenceID"_L1, {}, true).value_or(QString());
    if (!fields.ok())
        return invalid(fields.error);
    if (id.trimmed().isEmpty())
        return invalid(BackendParsers::tr("%1 is empty").arg(u"silenceID"_s));
    Parsed<QString> parsed;
    parsed.value = id;
    return parsed;
}

QString alertmanagerErrorText(const QByteArray &body)
{
    QString text;
    // A JSON string is wrapped in an array so that QJsonDocument (objects and arrays only) reads it.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
    if (wrapped.isArray() && wrapped.array().size() == 1 && wrapped.array().at(0).isString())
        text = wrapped.array().at(0).toString();
    else
        text = QString::fromUtf8(body);
    text = text.simplified();
    constexpr qsizetype MaxLength = 300;
    if (text.size() > MaxLength)
        text = text.left(MaxLength) + u'…';
    return text;
}

// ---- DNS -----------------------------------------------------------------------------------

namespace {

enum DnsType : quint16 { TypeA = 1, TypeNS = 2, TypeCNAME = 5, TypePTR = 12, TypeMX = 15, TypeTXT = 16, TypeAAAA = 28, TypeSRV = 33 };

QString reverseName(const QHostAddress &address)
{
    QStringList parts;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            parts.append(QString::number((ip >> shift) & 0xff));
        parts.append(u"in-addr.arpa"_s);
    } else {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        for (int i = 15; i >= 0; --i) {
            parts.append(QString::number(ip[i] & 0x0f, 16));
            parts.append(QString::number(ip[i] >> 4, 16));
        }
        parts.append(u"ip6.arpa"_s);
    }
    return parts.join(u'.');
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Lower case, ASCII-compatible, without the trailing dot; "." stays the root.
QString normalizedDnsName(const QString &name)
{
    QString text = name.trimmed();
    if (text.size() > 1 && text.endsWith(u'.'))
        text.chop(1);
    if (!isAscii(text)) {
        const QByteArray ace = QUrl::toAce(text);
        if (!ace.isEmpty())
            text = QString::fromLatin1(ace);
    }
    return text.toLower();
}

quint16 readU16(const QByteArray &packet, qsizetype at)
{
    return quint16((quint8(packet[at]) << 8) | quint8(packet[at + 1]));
}

quint32 readU32(const QByteArray &packet, qsizetype at)
{
    return (quint32(readU16(packet, at)) << 16) | readU16(packet, at + 2);
}

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

// A (possibly compressed) domain name at *pos; *pos moves past it as it sits in the packet.
// Each pointer must point before the start of the labels being read, so every jump goes
// strictly backwards from the last one and no packet can make us loop.
bool readDnsName(const QByteArray &packet, qsizetype *pos, QString *name, QString *error)
{
    qsizetype cursor = *pos;
    qsizetype segmentStart = cursor;
    bool jumped = false;
    int wireLength = 1;
    QString text;
    for (;;) {
        if (cursor >= packet.size()) {
            *error = BackendParsers::tr("a name runs past the end of the packet");
            return false;
        }
        const quint8 length = quint8(packet[cursor]);
        if ((length & 0xC0) == 0xC0) {
            if (cursor + 1 >= packet.size()) {
                *error = BackendParsers::tr("a name runs past the end of the packet");
                return false;
            }
            const qsizetype target = ((length & 0x3F) << 8) | quint8(packet[cursor + 1]);
            if (target >= segmentStart) {
                *error = BackendParsers::tr("a compression pointer does not point backwards (offset %1 → %2)").arg(cursor).arg(target);
                return false;
            }
            if (!jumped)
                *pos = cursor + 2;
            jumped = true;
            cursor = segmentStart = target;
            continue;
        }
        if (length & 0xC0) {
            *error = BackendParsers::tr("unsupported label type at offset %1").arg(cursor);
            return false;
        }
        if (length == 0) {
            if (!jumped)
                *pos = cursor + 1;
            break;
        }
        if (cursor + 1 + length > packet.size()) {
            *error = BackendParsers::tr("a name runs past the end of the packet");
            return false;
        }
        wireLength += 1 + length;
        if (wireLength > 255) {
            *error = BackendParsers::tr("a name is longer than 255 bytes");
            return false;
        }
        for (qsizetype i = cursor + 1; i <= cursor + length; ++i) {
            const quint8 byte = quint8(packet[i]);
            const QChar character{char16_t(byte)};
            if (byte == '.' || byte == '\\') {
                text += u'\\';
                text += character;
            } else if (byte < 0x21 || byte > 0x7e) {
                text += u"\\%1"_s.arg(int(byte), 3, 10, QChar(u'0'));
            } else {
                text += character.toLower();
            }
        }
        text += u'.';
        cursor += 1 + length;
    }
    if (text.size() > 1)
        text.chop(1);
    else
        text = u"."_s;
    *name = text;
    return true;
}

// The record data of one answer in presentation form.
std::optional<QString> dnsRecordValue(const QByteArray &packet, qsizetype start, qsizetype end, quint16 type, QString *error)
{
    auto nameAt = [&](qsizetype at) -> std::optional<QString> {
        qsizetype pos = at;
        QString name;
        if (!readDnsName(packet, &pos, &name, error))
            return std::nullopt;
        if (pos > end) {
            *error = BackendParsers::tr("a name runs past the end of its record");
            return std::nullopt;
        }
        return name;
    };
    const qsizetype length = end - start;
    switch (type) {
    case TypeA:
        if (length != 4)
            break;
        return QHostAddress(readU32(packet, start)).toString();
    case TypeAAAA: {
        if (length != 16)
            break;
        Q_IPV6ADDR ip;
        for (int i = 0; i < 16; ++i)
            ip[i] = quint8(packet[start + i]);
        return QHostAddress(ip).toString();
    }
    case TypeCNAME:
    case TypeNS:
    case TypePTR:
        return nameAt(start);
    case TypeMX: {
        if (length < 3)
            break;
        const std::optional<QString> exchange = nameAt(start + 2);
        if (!exchange)
            return std::nullopt;
        return u"%1 %2"_s.arg(readU16(packet, start)).arg(*exchange);
    }
    case TypeSRV: {
        if (length < 7)
            break;
        const std::optional<QString> target = nameAt(start + 6);
        if (!target)
            return std::nullopt;
        return u"%1 %2 %3 %4"_s.arg(readU16(packet, start)).arg(readU16(packet, start + 2)).arg(readU16(packet, start + 4)).arg(*target);
    }
    case TypeTXT: {
        QByteArray text;
        qsizetype pos = start;
        while (pos < end) {
            const quint8 chunk = quint8(packet[pos]);
            if (pos + 1 + chunk > end)
                break;
            text += packet.mid(pos + 1, chunk);
            pos += 1 + chunk;
        }
        if (pos != end)
            break;
        return QString::fromUtf8(text);
    }
    default:
        break;
    }
    *error = BackendParsers::tr("a record of type %1 has a wrong length (%2 bytes)").arg(type).arg(length);
    return std::nullopt;
}

} // namespace

quint16 dnsTypeCode(QStringView type)
{
    static const QList<std::pair<QLatin1StringView, quint16>> types = {
        {"A"_L1, TypeA}, {"AAAA"_L1, TypeAAAA}, {"CNAME"_L1, TypeCNAME}, {"MX"_L1, TypeMX},
        {"NS"_L1, TypeNS}, {"TXT"_L1, TypeTXT}, {"SRV"_L1, TypeSRV}, {"PTR"_L1, TypePTR},
    };
    for (const auto &[name, code] : types) {
        if (type.compare(name, Qt::CaseInsensitive) == 0)
            return code;
    }
    return 0;
}

Parsed<QString> dnsQueryName(const QString &name, QStringView type)
{
    Parsed<QString> parsed;
    QString text = name.trimmed();
    const QHostAddress address(text);
    if (type.compare("PTR"_L1, Qt::CaseInsensitive) == 0 && !address.isNull())
        text = reverseName(address);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty()) {
        parsed.error = BackendParsers::tr("the DNS name is empty");
        return parsed;
    }
    if (!isAscii(text)) {
        const QByteArray ace = QUrl::toAce(text);
        if (ace.isEmpty()) {
            parsed.error = BackendParsers::tr("\"%1\" is not a valid DNS name").arg(name);
            return parsed;
        }
        text = QString::fromLatin1(ace);
    }
    text = text.toLower();
    if (text.size() > 253) {
        parsed.error = BackendParsers::tr("\"%1\" is longer than 253 characters").arg(name.left(60) + u'…');
        return parsed;
    }
    for (const QString &label : text.split(u'.')) {
        if (label.isEmpty() || label.size() > 63) {
            parsed.error = BackendParsers::tr("\"%1\" has an empty label or one longer than 63 characters").arg(name);
            return parsed;
        }
        if (std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'\\'; })) {
            parsed.error = BackendParsers::tr("\"%1\" contains a space, a backslash or a control character").arg(name);
            return parsed;
        }
    }
    parsed.value = text;
    return parsed;
}

QByteArray buildDnsQuery(quint16 id, const QString &queryName, quint16 typeCode)
{
    QByteArray packet;
    appendU16(packet, id);
    appendU16(packet, 0x0100); // standard query, recursion desired
    appendU16(packet, 1);      // one question
    appendU16(packet, 0);
    appendU16(packet, 0);
    appendU16(packet, 0);
    for (const QString &label : queryName.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1();
        packet.append(char(bytes.size()));
        packet.append(bytes);
    }
    packet.append('\0');
    appendU16(packet, typeCode);
    appendU16(packet, 1); // class IN
    return packet;
}

Parsed<DnsReply> parseDnsReply(const QByteArray &packet, quint16 id, const QString &queryName, quint16 typeCode)
{
    Parsed<DnsReply> parsed;
    auto invalid = [&parsed](const QString &reason) {
        parsed.value = {};
        parsed.error = BackendParsers::tr("malformed DNS reply: %1").arg(reason);
        return parsed;
    };
    if (packet.size() < 12)
        return invalid(BackendParsers::tr("%n byte(s), shorter than a header", nullptr, int(packet.size())));
    if (readU16(packet, 0) != id)
        return invalid(BackendParsers::tr("the ID %1 is not the ID of the query (%2)").arg(readU16(packet, 0)).arg(id));
    const quint16 flags = readU16(packet, 2);
    if (!(flags & 0x8000))
        return invalid(BackendParsers::tr("the packet is a query, not a reply"));
    if (flags & 0x0200) {
        parsed.error = BackendParsers::tr("answer truncated (the reply did not fit in one UDP packet)");
        return parsed;
    }
    switch (flags & 0x000f) {
    case 0:
        break;
    case 1:
        parsed.error = BackendParsers::tr("the resolver could not read the query (FORMERR)");
        return parsed;
    case 2:
        parsed.error = BackendParsers::tr("server failure (SERVFAIL)");
        return parsed;
    case 3:
        parsed.error = BackendParsers::tr("the name does not exist (NXDOMAIN)");
        return parsed;
    case 4:
        parsed.error = BackendParsers::tr("the resolver does not support this query (NOTIMP)");
        return parsed;
    case 5:
        parsed.error = BackendParsers::tr("the resolver refused the query (REFUSED)");
        return parsed;
    default:
        parsed.error = BackendParsers::tr("the resolver answered with error code %1").arg(flags & 0x000f);
        return parsed;
    }

    const quint16 questions = readU16(packet, 4);
    const quint16 answers = readU16(packet, 6);
    QString error;
    qsizetype pos = 12;
    for (quint16 i = 0; i < questions; ++i) {
        QString name;
        if (!readDnsName(packet, &pos, &name, &error))
            return invalid(error);
        if (pos + 4 > packet.size())
            return invalid(BackendParsers::tr("the question runs past the end of the packet"));
        const quint16 type = readU16(packet, pos);
        pos += 4;
        if (name != queryName || type != typeCode)
            return invalid(BackendParsers::tr("it answers another question (%1, type %2)").arg(name).arg(type));
    }

    QStringList values;
    std::optional<quint32> ttl;
    for (quint16 i = 0; i < answers; ++i) {
        QString owner;
        if (!readDnsName(packet, &pos, &owner, &error))
            return invalid(error);
        if (pos + 10 > packet.size())
            return invalid(BackendParsers::tr("a record header runs past the end of the packet"));
        const quint16 type = readU16(packet, pos);
        const quint16 recordClass = readU16(packet, pos + 2);
        quint32 recordTtl = readU32(packet, pos + 4);
        const quint16 length = readU16(packet, pos + 8);
        pos += 10;
        if (pos + length > packet.size())
            return invalid(BackendParsers::tr("a record runs past the end of the packet"));
        // RFC 2181 §8: a TTL with the top bit set is read as zero.
        if (recordTtl & 0x80000000u)
            recordTtl = 0;
        ttl = ttl ? std::min(*ttl, recordTtl) : recordTtl;
        if (type == typeCode && recordClass == 1) {
            const std::optional<QString> value = dnsRecordValue(packet, pos, pos + length, type, &error);
            if (!value)
                return invalid(error);
            values.append(*value);
        }
        pos += length;
    }
    values.sort();
    values.removeDuplicates();
    parsed.value.values = values;
    parsed.value.ttlSeconds = ttl;
    return parsed;
}

QString normalizedDnsValue(QStringView type, const QString &value)
{
    const quint16 code = dnsTypeCode(type);
    const QString text = value.trimmed();
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    switch (code) {
    case TypeA:
    case TypeAAAA: {
        const QHostAddress address(text);
        return address.isNull() ? text : address.toString();
    }
    case TypeCNAME:
    case TypeNS:
    case TypePTR:
        return normalizedDnsName(text);
    case TypeMX:
        if (parts.size() == 2)
            return u"%1 %2"_s.arg(parts[0].toUInt()).arg(normalizedDnsName(parts[1]));
        return text;
    case TypeSRV:
        if (parts.size() == 4)
            return u"%1 %2 %3 %4"_s.arg(parts[0].toUInt()).arg(parts[1].toUInt()).arg(parts[2].toUInt()).arg(normalizedDnsName(parts[3]));
        return text;
    default:
        return value;
    }
}

} // namespace ic
