#pragma once

#include "IncidentState.h"

#include <QWidget>


namespace ic {

class ElidingLabel;
class FittingText;

// The strip above the timeline that answers, from across the room: how bad (severity), where
// are we (status), for how long (elapsed), and is it real (exercise marker). In a narrow window
// the chips and the clock switch to a compact size and the title elides.
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
    // Whether the chips and the clock are in their compact form (a narrow window).
    bool isCompact() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateForm();

    IncidentState m_state;
    bool m_hasState = false;
    FittingText *m_severity;
    FittingText *m_status;
    ElidingLabel *m_title;
    FittingText *m_exercise;
    FittingText *m_readOnly;
    FittingText *m_elapsedCaption;
    FittingText *m_elapsed;
};

} // namespace ic
