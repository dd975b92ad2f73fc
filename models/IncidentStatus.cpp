#include "IncidentStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ic {

// Translation context of the free functions in this file.
class IncidentStatusText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStatus)
};

QString statusName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating: return u"investigating"_s;
    case IncidentStatus::Identified: return u"identified"_s;
    case IncidentStatus::Mitigating: return u"mitigating"_s;
    case IncidentStatus::Monitoring: return u"monitoring"_s;
    case IncidentStatus::Resolved: return u"resolved"_s;
    case IncidentStatus::Closed: return u"closed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<IncidentStatus> statusFromName(QStringView name)
{
    for (IncidentStatus s : AllStatuses)
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString statusDisplayName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating: return IncidentStatusText::tr("Investigating");
    case IncidentStatus::Identified: return IncidentStatusText::tr("Identified");
    case IncidentStatus::Mitigating: return IncidentStatusText::tr("Mitigating");
    case IncidentStatus::Monitoring: return IncidentStatusText::tr("Monitoring");
    case IncidentStatus::Resolved: return IncidentStatusText::tr("Resolved");
    case IncidentStatus::Closed: return IncidentStatusText::tr("Closed");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList allStatusNames()
{
    QStringList names;
    for (IncidentStatus s : AllStatuses)
        names << statusName(s);
    return names;
}

QString transitionRefusal(IncidentStatus from, IncidentStatus to)
{
    const auto reason = [&](const QString &why) {
        return IncidentStatusText::tr("Cannot move from %1 to %2: %3").arg(statusDisplayName(from), statusDisplayName(to), why);
    };
    if (from == to)
        return reason(IncidentStatusText::tr("the incident already has this status"));
    if (from == IncidentStatus::Closed)
        return reason(IncidentStatusText::tr("a closed incident is final; declare a new incident instead"));
    if (to > from) {
        if (to == IncidentStatus::Closed && from != IncidentStatus::Resolved)
            return reason(IncidentStatusText::tr("an incident must be resolved before it is closed"));
        return {};
    }
    // Going back: the fix did not hold, or the problem came back.
    if (from == IncidentStatus::Monitoring)
        return {};
    if (from == IncidentStatus::Resolved && to == IncidentStatus::Investigating)
        return {};
    if (from == IncidentStatus::Resolved)
        return reason(IncidentStatusText::tr("a resolved incident can only be reopened as investigating"));
    return reason(IncidentStatusText::tr("only monitoring or resolved incidents can go back"));
}

QString severityName(Severity severity)
{
    return u"SEV"_s + QString::number(int(severity));
}

std::optional<Severity> severityFromName(QStringView name)
{
    QStringView digits = name.trimmed();
    if (digits.startsWith(u"sev", Qt::CaseInsensitive))
        digits = digits.mid(3);
    if (digits.size() != 1)
        return std::nullopt;
    const int n = digits.at(0).digitValue();
    if (n < 1 || n > 4)
        return std::nullopt;
    return Severity(n);
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Sev1: return IncidentStatusText::tr("SEV1 — critical: customers cannot use the product");
    case Severity::Sev2: return IncidentStatusText::tr("SEV2 — major: a core function is degraded for many");
    case Severity::Sev3: return IncidentStatusText::tr("SEV3 — minor: limited impact, workaround exists");
    case Severity::Sev4: return IncidentStatusText::tr("SEV4 — low: no customer impact yet");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList allSeverityNames()
{
    return {u"SEV1"_s, u"SEV2"_s, u"SEV3"_s, u"SEV4"_s};
}

namespace roles {

QStringList all()
{
    return {QString::fromLatin1(IncidentCommander), QString::fromLatin1(CommunicationsLead),
            QString::fromLatin1(OperationsLead), QString::fromLatin1(Scribe)};
}

QString displayName(QStringView role)
{
    if (role == QLatin1StringView(IncidentCommander))
        return IncidentStatusText::tr("Incident commander");
    if (role == QLatin1StringView(CommunicationsLead))
        return IncidentStatusText::tr("Communications lead");
    if (role == QLatin1StringView(OperationsLead))
        return IncidentStatusText::tr("Operations lead");
    if (role == QLatin1StringView(Scribe))
        return IncidentStatusText::tr("Scribe");
    return role.toString();
}

} // namespace roles

} // namespace ic
