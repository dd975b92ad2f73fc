#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace ic {

// The one time-range selector of the live dashboard: which span every chart shows, and whether
// the charts follow "now" or stay where they are while the commander reads them.
class TimeRangeBar : public QWidget
{
    Q_OBJECT

public:
    enum class Range { LastFiveMinutes, LastHour, SinceIncidentStart };
    Q_ENUM(Range)

    explicit TimeRangeBar(QWidget *parent = nullptr);

    Range range() const { return m_range; }
    // Refused (nothing changes) for SinceIncidentStart while no incident is open.
    void setRange(Range range);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // Enables "Since incident start"; clearing it while that range is chosen falls back to
    // "Last hour" so that the charts never show a window nobody chose.
    void setIncidentStart(std::optional<qint64> startMs);
    std::optional<qint64> incidentStart() const { return m_incidentStart; }

    // Where "now" comes from for the "Paused at" note; tests pass a fixed clock.
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

    // The visible name of a range ("Last 5 min").
    static QString rangeText(Range range);

Q_SIGNALS:
    void rangeChanged(ic::TimeRangeBar::Range range);
    void pausedChanged(bool paused);

private:
    void updatePauseLook();

    Range m_range = Range::LastFiveMinutes;
    bool m_paused = false;
    std::optional<qint64> m_incidentStart;
    std::function<qint64()> m_clock;
    QButtonGroup *m_rangeButtons;
    QPushButton *m_sinceIncident;
    QPushButton *m_pause;
    QLabel *m_pausedLabel;
};

} // namespace ic
