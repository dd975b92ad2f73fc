#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace ic {

class HttpFetcher;

// Alerts and silences through the Alertmanager 0.25 API v2.
// Reads GET /api/v2/alerts?active=true&silenced=true&inhibited=true (silenced alerts are listed
// too, with silencedBy, so the console shows what it silenced); creates silences with
// POST /api/v2/silences and expires them with DELETE /api/v2/silence/{silenceID}. Basic auth
// (AlertmanagerConfig username/password) is sent with every request when a username is set:
// Alertmanager has no auth of its own, so it is for a proxy in front of it, which guards reads too.
class AlertmanagerClient : public QObject
{
    Q_OBJECT

public:
    struct Matcher {
        QString name;
        QString value;
        bool isRegex = false;
        bool isEqual = true;   // false: "!=" / "!~"
    };
    using SilenceCreated = std::function<void(bool ok, const QString &silenceId, const QString &error)>;
    using SilenceExpired = std::function<void(bool ok, const QString &error)>;

    // `fetcher` is shared with other clients and must outlive this one; nullptr: use an own one.
    explicit AlertmanagerClient(AlertmanagerConfig config, HttpFetcher *fetcher = nullptr, QObject *parent = nullptr);
    ~AlertmanagerClient() override;

    const AlertmanagerConfig &config() const { return m_config; }

    // One read now; does nothing while one is running. Answers with alertsRead.
    void fetchAlerts();
    bool isFetching() const { return m_alertsRequest != 0; }
    // Reads now and then every config().intervalMs (a tick finding the last read running is
    // skipped). stop() drops the read in flight.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // The callbacks run exactly once, later, unless `context` is destroyed first. Errors carry
    // Alertmanager's own text ("silence invalid: at least one matcher required").
    void createSilence(const QList<Matcher> &matchers, const QDateTime &startsAt, const QDateTime &endsAt,
                       const QString &createdBy, const QString &comment, QObject *context, SilenceCreated done);
    void expireSilence(const QString &silenceId, QObject *context, SilenceExpired done);

    // The JSON body of POST /api/v2/silences. Public for the tests.
    static QByteArray silenceBody(const QList<Matcher> &matchers, const QDateTime &startsAt, const QDateTime &endsAt,
                                  const QString &createdBy, const QString &comment);

Q_SIGNALS:
    // ok false: `alerts` is empty and `error` (translated) says why; the alert list is then unknown,
    // not empty.
    void alertsRead(const QList<ic::AlertInfo> &alerts, bool ok, const QString &error);

private:
    AlertmanagerConfig m_config;
    HttpFetcher *m_fetcher = nullptr;
    QTimer m_timer;
    quint64 m_alertsRequest = 0;
};

} // namespace ic
