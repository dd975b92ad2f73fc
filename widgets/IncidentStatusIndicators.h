#pragma once

#include "IncidentState.h"

#include <QWidget>

class QLabel;

namespace ic {

// The status bar's content: status, severity, elapsed time since declared, a read-only
// marker, and the clock in UTC and local time. tick() is called every second by the owner.
class IncidentStatusIndicators : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentStatusIndicators(QWidget *parent = nullptr);

    void setState(const IncidentState &state, bool readOnly);
    void clear();
    void tick(qint64 nowMs);

    QString statusText() const;
    QString severityText() const;
    QString elapsedText() const;
    QString clockText() const;
    bool isReadOnlyShown() const;

private:
    IncidentState m_state;
    bool m_hasState = false;
    QLabel *m_noIncident;
    QLabel *m_status;
    QLabel *m_severity;
    QLabel *m_elapsed;
    QLabel *m_readOnly;
    QLabel *m_clock;
};

} // namespace ic
