#pragma once

#include "IncidentState.h"

#include <QWidget>

class QLabel;

namespace ic {

class ElidingLabel;

// The strip above the timeline that answers, from across the room: how bad (severity), where
// are we (status), for how long (elapsed), and is it real (exercise marker).
class IncidentHeader : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentHeader(QWidget *parent = nullptr);

    void setState(const IncidentState &state, bool readOnly);
    void clear();
    // Recomputes the elapsed time; the owner calls it every second.
    void tick(qint64 nowMs);

    QString statusText() const;
    QString severityText() const;
    QString elapsedText() const;

private:
    IncidentState m_state;
    bool m_hasState = false;
    QLabel *m_severity;
    QLabel *m_status;
    ElidingLabel *m_title;
    QLabel *m_exercise;
    QLabel *m_readOnly;
    QLabel *m_elapsedCaption;
    QLabel *m_elapsed;
};

} // namespace ic
