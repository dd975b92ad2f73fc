#include "HealthTracker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

HealthTracker::Reading HealthTracker::classify(const HealthObservation &o)
{
    switch (o.outcome) {
    case ProbeOutcome::Pass: return Reading::Pass;
    case ProbeOutcome::Warn: return Reading::Warn;
    case ProbeOutcome::Fail: return Reading::Fail;
    case ProbeOutcome::Unknown: break;
    }
    switch (o.failure) {
    case FetchFailure::Timeout:
    case FetchFailure::Refused:
    case FetchFailure::Network:
        return Reading::Fail;
    case FetchFailure::HttpStatus:
        // The server itself says it is broken; a 4xx says the check is configured wrong.
        return o.httpStatus >= 500 && o.httpStatus <= 599 ? Reading::Fail : Reading::Unreadable;
    case FetchFailure::None:
    case FetchFailure::Tls:
    case FetchFailure::TooLarge:
    case FetchFailure::WrongContentType:
    case FetchFailure::Malformed:
        break;
    }
    return Reading::Unreadable;
}

QString HealthTracker::readingName(Reading reading)
{
    switch (reading) {
    case Reading::Pass: return u"pass"_s;
    case Reading::Warn: return u"warn"_s;
    case Reading::Fail: return u"fail"_s;
    case Reading::Unreadable: break;
    }
    return u"unreadable"_s;
}

HealthTracker::HealthTracker(int downAfter, int upAfter)
    : m_downAfter(std::max(1, downAfter)), m_upAfter(std::max(1, upAfter))
{
}

bool HealthTracker::apply(Reading reading, const QString &reason)
{
    const ServiceHealth before = m_state;
    m_lastReading = reading;
    m_reason = reason;

    const bool ok = reading == Reading::Pass || reading == Reading::Warn;
    m_okStreak = ok ? m_okStreak + 1 : 0;
    m_passStreak = reading == Reading::Pass ? m_passStreak + 1 : 0;
    m_failStreak = reading == Reading::Fail ? m_failStreak + 1 : 0;
    m_unreadableStreak = reading == Reading::Unreadable ? m_unreadableStreak + 1 : 0;
    m_badStreak = ok ? 0 : m_badStreak + 1;

    ServiceHealth next = m_state;
    if (ok) {
        const ServiceHealth target = reading == Reading::Pass ? ServiceHealth::Healthy : ServiceHealth::Degraded;
        const bool leavingDown = m_state == ServiceHealth::Down
                              || (m_state == ServiceHealth::Unknown && m_lastKnown == ServiceHealth::Down);
        if (leavingDown) {
            if (m_okStreak >= m_upAfter)
                next = target;
        } else if (m_state == ServiceHealth::Degraded && target == ServiceHealth::Healthy) {
            if (m_passStreak >= m_upAfter)
                next = target;
        } else {
            next = target;
        }
    } else if (m_failStreak >= m_downAfter) {
        next = ServiceHealth::Down;
    } else if (m_state == ServiceHealth::Down ? m_unreadableStreak >= m_downAfter : m_badStreak >= m_downAfter) {
        next = ServiceHealth::Unknown;
    }

    m_state = next;
    if (m_state != ServiceHealth::Unknown)
        m_lastKnown = m_state;
    return m_state != before;
}

QString HealthTracker::detail() const
{
    if (!m_lastReading)
        return tr("not checked yet");
    auto withReason = [this](const QString &text) { return m_reason.isEmpty() ? text : tr("%1: %2").arg(text, m_reason); };
    switch (*m_lastReading) {
    case Reading::Fail:
        if (m_state != ServiceHealth::Down)
            return withReason(tr("failing %1/%2").arg(m_failStreak).arg(m_downAfter));
        break;
    case Reading::Unreadable:
        if (m_state != ServiceHealth::Unknown)
            return withReason(tr("cannot read %1/%2").arg(m_unreadableStreak).arg(m_downAfter));
        break;
    case Reading::Pass:
    case Reading::Warn: {
        const bool recovering = m_state == ServiceHealth::Down
                             || (m_state == ServiceHealth::Unknown && m_lastKnown == ServiceHealth::Down);
        if (recovering)
            return withReason(tr("recovering %1/%2").arg(m_okStreak).arg(m_upAfter));
        if (m_state == ServiceHealth::Degraded && *m_lastReading == Reading::Pass)
            return tr("recovering %1/%2").arg(m_passStreak).arg(m_upAfter);
        break;
    }
    }
    return m_reason;
}

} // namespace ic
