#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>

namespace ic {

class HttpFetcher;

// Instant and range queries against the Prometheus 2.42 HTTP API.
//
// Queries are POSTed form-encoded (application/x-www-form-urlencoded) so that long PromQL never
// meets a URL length limit, with Prometheus' own `timeout` set a little below ours so that a slow
// query comes back as Prometheus' "timeout" error envelope rather than as a dead connection.
// 200 and the error statuses that carry the API envelope (400 bad_data, 422 execution,
// 503 timeout) count as answers: Prometheus' own errorType and error text reach the caller.
// Everything else (500, a timeout, a refused connection, HTML from a proxy, an oversized body,
// JSON that is not the envelope) is PromResult::ok false with the FetchFailure that says why.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const PromResult &)>;

    // `fetcher` is shared with other clients and must outlive this one; nullptr: use an own one.
    explicit PrometheusClient(PrometheusConfig config, HttpFetcher *fetcher = nullptr, QObject *parent = nullptr);

    const PrometheusConfig &config() const { return m_config; }

    // POST /api/v1/query (`time` invalid: Prometheus' "now"). `done` runs exactly once, later,
    // on this thread, unless `context` is destroyed or cancel(id) is called first.
    quint64 instantQuery(const QString &query, const QDateTime &time, QObject *context, Callback done);
    // POST /api/v1/query_range with `step` in milliseconds (resolution 1 ms).
    quint64 rangeQuery(const QString &query, const QDateTime &start, const QDateTime &end, qint64 stepMs,
                       QObject *context, Callback done);
    void cancel(quint64 id);

    // The form body of a query: every value percent-encoded (a '+' in PromQL must not turn into
    // a space). Public for the tests.
    static QByteArray formBody(const QList<std::pair<QByteArray, QString>> &fields);

private:
    quint64 post(const QString &path, const QByteArray &body, QObject *context, Callback done);

    PrometheusConfig m_config;
    HttpFetcher *m_fetcher = nullptr;
};

} // namespace ic
