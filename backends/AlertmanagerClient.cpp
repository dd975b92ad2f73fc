#include "AlertmanagerClient.h"

#include "BackendParsers.h"
#include "HttpFetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

HttpFetcher::Request alertmanagerRequest(const AlertmanagerConfig &config, const QByteArray &method, const QString &path)
{
    HttpFetcher::Request request;
    request.url = config.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    request.url.setPath(request.url.path() + path);
    request.method = method;
    request.settings = config.http;
    if (!config.username.isEmpty()) {
        request.username = config.username;
        request.password = config.password;
    }
    return request;
}

// Why a silence call failed: Alertmanager's own words when it answered, else the fetcher's.
QString silenceError(const HttpResult &result)
{
    if (result.status <= 0)
        return result.error;
    const QString text = alertmanagerErrorText(result.body);
    return text.isEmpty() ? result.error : AlertmanagerClient::tr("Alertmanager answered HTTP %1: %2").arg(result.status).arg(text);
}

} // namespace

AlertmanagerClient::AlertmanagerClient(AlertmanagerConfig config, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_fetcher(fetcher ? fetcher : new HttpFetcher(this))
    , m_timer(this)
{
    m_timer.setInterval(int(std::clamp<qint64>(m_config.intervalMs, 100, 24 * 3600 * 1000)));
    connect(&m_timer, &QTimer::timeout, this, &AlertmanagerClient::fetchAlerts);
}

AlertmanagerClient::~AlertmanagerClient()
{
    if (m_alertsRequest)
        m_fetcher->cancel(m_alertsRequest);
}

void AlertmanagerClient::start()
{
    m_timer.start();
    fetchAlerts();
}

void AlertmanagerClient::stop()
{
    m_timer.stop();
    if (m_alertsRequest) {
        m_fetcher->cancel(m_alertsRequest);
        m_alertsRequest = 0;
    }
}

void AlertmanagerClient::fetchAlerts()
{
    if (m_alertsRequest)
        return;
    HttpFetcher::Request request = alertmanagerRequest(m_config, QByteArrayLiteral("GET"), u"/api/v2/alerts"_s);
    QUrlQuery query;
    query.addQueryItem(u"active"_s, u"true"_s);
    query.addQueryItem(u"silenced"_s, u"true"_s);
    query.addQueryItem(u"inhibited"_s, u"true"_s);
    request.url.setQuery(query);
    request.expect.acceptedTypes = {QByteArrayLiteral("application/json")};
    m_alertsRequest = m_fetcher->fetch(request, this, [this](const HttpResult &result) {
        m_alertsRequest = 0;
        if (!result.ok()) {
            Q_EMIT alertsRead({}, false, result.error);
            return;
        }
        const Parsed<QList<AlertInfo>> alerts = parseAlerts(result.body);
        if (!alerts.ok()) {
            Q_EMIT alertsRead({}, false, alerts.error);
            return;
        }
        Q_EMIT alertsRead(alerts.value, true, {});
    });
}

QByteArray AlertmanagerClient::silenceBody(const QList<Matcher> &matchers, const QDateTime &startsAt, const QDateTime &endsAt,
                                           const QString &createdBy, const QString &comment)
{
    QJsonArray matcherArray;
    for (const Matcher &matcher : matchers) {
        matcherArray.append(QJsonObject{
            {u"name"_s, matcher.name},
            {u"value"_s, matcher.value},
            {u"isRegex"_s, matcher.isRegex},
            {u"isEqual"_s, matcher.isEqual},
        });
    }
    const QJsonObject body{
        {u"matchers"_s, matcherArray},
        {u"startsAt"_s, startsAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"endsAt"_s, endsAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"createdBy"_s, createdBy},
        {u"comment"_s, comment},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void AlertmanagerClient::createSilence(const QList<Matcher> &matchers, const QDateTime &startsAt, const QDateTime &endsAt,
                                       const QString &createdBy, const QString &comment, QObject *context,
                                       SilenceCreated done)
{
    HttpFetcher::Request request = alertmanagerRequest(m_config, QByteArrayLiteral("POST"), u"/api/v2/silences"_s);
    request.body = silenceBody(matchers, startsAt, endsAt, createdBy, comment);
    request.contentType = QByteArrayLiteral("application/json");
    request.expect.acceptedStatus = {200};
    m_fetcher->fetch(request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(false, {}, silenceError(result));
            return;
        }
        const Parsed<QString> id = parseSilenceId(result.body);
        if (!id.ok())
            done(false, {}, id.error);
        else
            done(true, id.value, {});
    });
}

void AlertmanagerClient::expireSilence(const QString &silenceId, QObject *context, SilenceExpired done)
{
    const QString path = u"/api/v2/silence/"_s + QString::fromLatin1(QUrl::toPercentEncoding(silenceId));
    HttpFetcher::Request request = alertmanagerRequest(m_config, QByteArrayLiteral("DELETE"), path);
    request.expect.acceptedStatus = {200};
    m_fetcher->fetch(request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok())
            done(false, silenceError(result));
        else
            done(true, {});
    });
}

} // namespace ic
