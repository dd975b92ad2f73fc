#include "PrometheusClient.h"

#include "BackendParsers.h"
#include "HttpFetcher.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// Prometheus reads times and durations as (fractional) seconds.
QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 3);
}

} // namespace

PrometheusClient::PrometheusClient(PrometheusConfig config, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_fetcher(fetcher ? fetcher : new HttpFetcher(this))
{
}

QByteArray PrometheusClient::formBody(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

quint64 PrometheusClient::instantQuery(const QString &query, const QDateTime &time, QObject *context, Callback done)
{
    QList<std::pair<QByteArray, QString>> fields{{QByteArrayLiteral("query"), query}};
    if (time.isValid())
        fields.append({QByteArrayLiteral("time"), seconds(time.toMSecsSinceEpoch())});
    return post(u"/api/v1/query"_s, formBody(fields), context, std::move(done));
}

quint64 PrometheusClient::rangeQuery(const QString &query, const QDateTime &start, const QDateTime &end, qint64 stepMs,
                                     QObject *context, Callback done)
{
    const QList<std::pair<QByteArray, QString>> fields{
        {QByteArrayLiteral("query"), query},
        {QByteArrayLiteral("start"), seconds(start.toMSecsSinceEpoch())},
        {QByteArrayLiteral("end"), seconds(end.toMSecsSinceEpoch())},
        {QByteArrayLiteral("step"), seconds(stepMs)},
    };
    return post(u"/api/v1/query_range"_s, formBody(fields), context, std::move(done));
}

void PrometheusClient::cancel(quint64 id)
{
    m_fetcher->cancel(id);
}

quint64 PrometheusClient::post(const QString &path, const QByteArray &body, QObject *context, Callback done)
{
    HttpFetcher::Request request;
    request.url = m_config.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    request.url.setPath(request.url.path() + path);
    request.method = QByteArrayLiteral("POST");
    // Prometheus stops evaluating at 80 % of our timeout and says so in its envelope.
    const qint64 evaluationMs = std::max<qint64>(1000, m_config.http.timeoutMs * 4 / 5);
    request.body = body + "&timeout=" + QUrl::toPercentEncoding(seconds(evaluationMs));
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.settings = m_config.http;
    request.expect.acceptedStatus = {200, 400, 422, 503};
    request.expect.acceptedTypes = {QByteArrayLiteral("application/json")};
    return m_fetcher->fetch(request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok() && result.failure != FetchFailure::HttpStatus) {
            PromResult failed;
            failed.failure = result.failure;
            failed.error = result.error;
            done(failed);
            return;
        }
        PromResult parsed = parsePrometheusEnvelope(result.status, result.body);
        // Without Prometheus' own words the fetcher's message (it names the host) says more.
        if (parsed.failure == FetchFailure::HttpStatus && parsed.errorType.isEmpty())
            parsed.error = result.error;
        done(parsed);
    });
}

} // namespace ic
