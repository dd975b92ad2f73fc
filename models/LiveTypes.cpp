#include "LiveTypes.h"

using namespace Qt::StringLiterals;

namespace ic {

QString serviceHealthName(ServiceHealth health)
{
    switch (health) {
    case ServiceHealth::Healthy: return u"healthy"_s;
    case ServiceHealth::Degraded: return u"degraded"_s;
    case ServiceHealth::Down: return u"down"_s;
    case ServiceHealth::Unknown: break;
    }
    return u"unknown"_s;
}

std::optional<ServiceHealth> serviceHealthFromName(QStringView name)
{
    for (ServiceHealth h : {ServiceHealth::Unknown, ServiceHealth::Healthy, ServiceHealth::Degraded, ServiceHealth::Down}) {
        if (name == serviceHealthName(h))
            return h;
    }
    return std::nullopt;
}

QString fetchFailureName(FetchFailure failure)
{
    switch (failure) {
    case FetchFailure::None: return u"none"_s;
    case FetchFailure::Timeout: return u"timeout"_s;
    case FetchFailure::Refused: return u"refused"_s;
    case FetchFailure::Tls: return u"tls"_s;
    case FetchFailure::HttpStatus: return u"http_status"_s;
    case FetchFailure::TooLarge: return u"too_large"_s;
    case FetchFailure::WrongContentType: return u"wrong_content_type"_s;
    case FetchFailure::Malformed: return u"malformed"_s;
    case FetchFailure::Network: break;
    }
    return u"network"_s;
}

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Pass: return u"pass"_s;
    case ProbeOutcome::Warn: return u"warn"_s;
    case ProbeOutcome::Fail: return u"fail"_s;
    case ProbeOutcome::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace ic
