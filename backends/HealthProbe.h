#pragma once

// Health endpoints: what one answer means (interpretHealthResponse, a pure function) and the
// scheduler that probes every configured endpoint at its own interval (HealthProber).
// Raw observations only: when a service counts as down (down_after/up_after) is decided in models.

#include "BackendsConfig.h"
#include "HttpFetcher.h"
#include "LiveTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <queue>
#include <utility>
#include <vector>

class QTimer;

namespace ic {

// What one probe answer means. `r` is the fetcher's result for healthRequest(check); `service`
// and `url` are copied into the observation. The rules, by format:
//
// - Status: 2xx pass; 3xx, 4xx and 5xx fail (a redirect the fetcher did not follow means the
//   endpoint is not where it was configured; 429 means it cannot serve us either).
// - HealthJson (IETF draft-inadarei-api-health-check-06, application/health+json): `status`
//   pass|warn|fail, with ok/up → pass and error/down → fail; every `checks` entry that warns or
//   fails is listed as "name: output". The body decides, so a 503 with `"status": "fail"` is Fail
//   (not Unknown); a 4xx/5xx whose body still says pass or warn is Fail too (the server says it
//   cannot serve).
// - Actuator (Spring Boot /actuator/health): UP → pass, DOWN and OUT_OF_SERVICE → fail, UNKNOWN
//   and custom statuses → unknown; components (nested ones as "parent/child") not UP are listed.
// - Kubernetes (/livez, /readyz, /healthz): 200 with "ok" or a `[+]name ok` list → pass; `[-]name
//   failed: reason` lines are listed and make it fail, as does any status but 200.
// - Auto: by content type (application/health+json → IETF; …spring-boot.actuator… → actuator);
//   JSON with an upper-case `status` UP/DOWN/OUT_OF_SERVICE/UNKNOWN → actuator, with pass/warn/
//   fail/ok/up/down/error → IETF; text/plain with [+]/[-] lines or "ok" → Kubernetes; anything
//   else by the status code alone.
//
// A transport failure (timeout, refused, TLS, oversize, …) is Unknown with `failure` and the
// fetcher's reason. Where the format needs JSON or text, another content type is Unknown
// (WrongContentType) and unparsable JSON is Unknown (Malformed): a backend that cannot be read
// is unknown, never healthy. `detail` is short and translated; `latencyMs` is the time to the answer.
HealthObservation interpretHealthResponse(HealthFormat format, const HttpResult &r, const QString &service,
                                          const QString &url);

// The URL actually requested: for the Kubernetes format "?verbose" is appended when the URL has
// no query, so that a failing endpoint names its failing checks instead of only "failed".
QUrl healthProbeUrl(const HealthCheck &check);

// The request for one probe: GET healthProbeUrl(check) with the check's transport settings and
// an Accept header for its format. Any status and content type are taken (the body of a 503
// explains it); interpretHealthResponse judges them.
HttpFetcher::Request healthRequest(const HealthCheck &check);

// Probes health endpoints and emits one raw observation per answer. One QTimer drives a schedule
// of next-due times, so a thousand checks at one second cost one timer; every check's interval is
// jittered by ±10 % each round so that checks started together drift apart instead of firing in
// the same millisecond. The first probe of each check goes out at start(). A check whose previous
// probe has not answered yet is not probed again (a slow endpoint does not pile up requests): the
// tick is skipped and counted.
//
// Lives in one thread: create it, moveToThread() it if wanted, then call setChecks()/start() in
// that thread (e.g. through QMetaObject::invokeMethod): the timer and the fetcher are made there,
// on first use. Observations are queued to receivers in other threads as usual.
class HealthProber : public QObject
{
    Q_OBJECT

public:
    explicit HealthProber(QObject *parent = nullptr);
    ~HealthProber() override;

    // Replaces the checks. Requests in flight are dropped (no observation); when running, every
    // new check is probed at once.
    void setChecks(const QList<HealthCheck> &checks);
    QList<HealthCheck> checks() const;
    bool isRunning() const { return m_running; }

    // Ticks skipped because the previous probe of that check (by name) had not answered yet.
    int skippedTicks(const QString &name) const;
    int skippedTicks() const; // all checks together
    int probesInFlight() const;
    // Milliseconds until the scheduled probe of `name` (0 when due); -1 when not running or no such check.
    qint64 msUntilNextProbe(const QString &name) const;

public slots:
    void start();
    // Stops the schedule and drops requests in flight, including those of runOnce() (which then
    // does not emit finished()).
    void stop();
    // Probes `name` now, outside the schedule; false if there is no such check or its previous
    // probe is still in flight (its answer is coming).
    bool probeNow(const QString &name);
    // Probes every check once, without the schedule, and emits finished() after the last answer
    // (at once, queued, when there are no checks). For the headless readiness check.
    void runOnce();

signals:
    void observed(const ic::HealthObservation &observation);
    void finished();

private:
    struct Slot {
        HealthCheck check;
        HttpFetcher::Request request;
        QString url;        // as reported in observations
        qint64 dueMs = 0;   // on m_clock
        bool inFlight = false;
        int skipped = 0;
    };
    using Due = std::pair<qint64, int>; // due time, slot index
    using Schedule = std::priority_queue<Due, std::vector<Due>, std::greater<Due>>;

    void ensureMachinery();
    void probe(int index);
    void answered(quint64 generation, int index, const HttpResult &result);
    void tick();
    void arm();
    qint64 jittered(qint64 intervalMs) const;

    QList<Slot> m_slots;
    QHash<QString, int> m_byName;
    Schedule m_schedule;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
    HttpFetcher *m_fetcher = nullptr;
    bool m_running = false;
    quint64 m_generation = 0; // answers of replaced checks are ignored
    QSet<int> m_once;         // slots runOnce() still waits for
    bool m_onceActive = false;
};

} // namespace ic
