#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// investigating → identified → mitigating → monitoring → resolved → closed
enum class IncidentStatus { Investigating, Identified, Mitigating, Monitoring, Resolved, Closed };

inline constexpr IncidentStatus AllStatuses[] = {
    IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Mitigating,
    IncidentStatus::Monitoring,    IncidentStatus::Resolved,   IncidentStatus::Closed,
};

QString statusName(IncidentStatus status);                 // "mitigating"
std::optional<IncidentStatus> statusFromName(QStringView name);
QString statusDisplayName(IncidentStatus status);          // translated
QStringList allStatusNames();

// Empty when `from → to` is allowed, else a translated reason. Rules (docs/incident-model.md):
// forward to any later status except that `closed` needs `resolved` first; back from
// monitoring to mitigating/identified/investigating (the fix did not hold); resolved back to
// investigating (reopen); nothing leaves `closed`; a move to the same status is refused.
QString transitionRefusal(IncidentStatus from, IncidentStatus to);

enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };
QString severityName(Severity severity);                   // "SEV2"
std::optional<Severity> severityFromName(QStringView name); // case-insensitive "sev2", "SEV2", "2"
QString severityDisplayName(Severity severity);            // translated, with meaning
QStringList allSeverityNames();

// Role names stored in events.
namespace roles {
inline constexpr char IncidentCommander[] = "incident_commander";
inline constexpr char CommunicationsLead[] = "communications_lead";
inline constexpr char OperationsLead[] = "operations_lead";
inline constexpr char Scribe[] = "scribe";
QStringList all();
QString displayName(QStringView role); // translated
} // namespace roles

} // namespace ic
