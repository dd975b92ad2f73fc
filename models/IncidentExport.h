#pragma once

#include "IncidentState.h"
#include "TimelineStore.h"

#include <QIODevice>
#include <QString>

namespace ic {

// Writes an incident's state and every event as JSON, CSV or a Markdown report. Streams
// events, so the size of the file does not matter.
class IncidentExport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentExport)

public:
    enum class Format { Json, Csv, Markdown };
    static std::optional<Format> formatFromName(QStringView name);

    static TimelineStore::Error write(const TimelineStore &store, const IncidentState &state,
                                      Format format, QIODevice *out);
};

} // namespace ic
