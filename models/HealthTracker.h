#pragma once

#include "LiveTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ic {

// The state of one health check, from its observations, without flapping (issue 4: "down only
// after N consecutive failures and recovery after M successes"). A plain value: no clock, no
// signals; HealthModel keeps one per configured check.
//
// Every observation is first read as one of four readings (classify()):
//   Pass        the endpoint answered and says it is fine
//   Warn        it answered and says it works with problems (health+json "warn", a failing
//               non-critical sub-check)
//   Fail        it says it is not fine (probe outcome Fail: HTTP 503, status "fail"/"DOWN", a
//               failed /readyz), or it cannot be reached: timeout, connection refused, any other
//               network error, or an HTTP 5xx without an interpretable body. A health endpoint
//               that refuses connections is the service being down, so these count toward
//               down_after like a "fail" answer; the reason is shown with the state.
//   Unreadable  it answered with something that cannot be interpreted: TLS failure, oversized
//               or malformed body, wrong content type, an HTTP status other than 5xx (404, 401:
//               a configuration problem), or an outcome the prober could not decide. That is a
//               monitoring problem, not proof that the service is down.
//
// The rules, with N = down_after and M = up_after (both at least 1):
//   - Unknown is the state before the first reading ("not checked yet").
//   - From that initial Unknown, the first Pass gives Healthy and the first Warn Degraded at once:
//     at startup a user expects to see the service's state with the first answer, and nothing
//     was flapping yet.
//   - Down needs N Fail readings in a row. Until then the state stays what it was (including the
//     initial Unknown) and detail() says "failing k/N: <reason>".
//   - Unknown is entered after N bad readings in a row (Fail or Unreadable) that are not N Fail
//     readings in a row; from Down, only after N Unreadable readings in a row (a service that
//     went down and now answers garbage is not known to be up). Detail: "cannot read k/N: …".
//   - Warn gives Degraded at once from Healthy: a warning is not a failure, and the way back is
//     damped (next rule), so a service alternating warn and pass stays Degraded.
//   - Leaving Down, or an Unknown that followed Down, needs M readings in a row that are Pass or
//     Warn; the state is then Healthy or Degraded after the last of them. Leaving Degraded for
//     Healthy needs M Pass readings in a row. Detail: "recovering k/M".
//   - An Unknown that followed Healthy or Degraded (monitoring was blind for a while) is left
//     with the first Pass or Warn, as at startup.
class HealthTracker
{
    Q_DECLARE_TR_FUNCTIONS(HealthTracker)

public:
    enum class Reading { Pass, Warn, Fail, Unreadable };

    static Reading classify(const HealthObservation &observation);

    explicit HealthTracker(int downAfter = 3, int upAfter = 2);

    // Applies one reading; true when state() changed. `reason` is the observation's one-line
    // detail ("HTTP 503", "timed out after 2 s"), kept for detail().
    bool apply(Reading reading, const QString &reason = {});
    bool observe(const HealthObservation &observation) { return apply(classify(observation), observation.detail); }

    ServiceHealth state() const { return m_state; }
    // The last state other than Unknown (Unknown before any); decides how an Unknown is left.
    ServiceHealth lastKnownState() const { return m_lastKnown; }
    bool hasBeenRead() const { return m_lastReading.has_value(); }
    std::optional<Reading> lastReading() const { return m_lastReading; }
    int downAfter() const { return m_downAfter; }
    int upAfter() const { return m_upAfter; }

    // Consecutive readings of each sort, counting the last one.
    int failStreak() const { return m_failStreak; }
    int unreadableStreak() const { return m_unreadableStreak; }
    int badStreak() const { return m_badStreak; }   // Fail or Unreadable
    int okStreak() const { return m_okStreak; }     // Pass or Warn
    int passStreak() const { return m_passStreak; }

    // The reason given with the last reading.
    QString reason() const { return m_reason; }
    // Translated, one line: why the state is what it is or what it is about to become —
    // "not checked yet", "failing 1/3: HTTP 503", "cannot read 2/3: malformed JSON",
    // "recovering 1/2", or the last reason.
    QString detail() const;

    static QString readingName(Reading reading); // "pass" | "warn" | "fail" | "unreadable"

private:
    int m_downAfter;
    int m_upAfter;
    ServiceHealth m_state = ServiceHealth::Unknown;
    ServiceHealth m_lastKnown = ServiceHealth::Unknown;
    std::optional<Reading> m_lastReading;
    int m_failStreak = 0;
    int m_unreadableStreak = 0;
    int m_badStreak = 0;
    int m_okStreak = 0;
    int m_passStreak = 0;
    QString m_reason;
};

} // namespace ic
