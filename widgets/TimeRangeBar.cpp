#include "TimeRangeBar.h"

#include "Presentation.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ic {

TimeRangeBar::TimeRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_rangeButtons(new QButtonGroup(this))
    , m_sinceIncident(nullptr)
    , m_pause(new QPushButton(this))
    , m_pausedLabel(new QLabel(this))
{
    setObjectName(u"timeRangeBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *caption = new QLabel(tr("Time range:"), this);
    layout->addWidget(caption);

    m_rangeButtons->setExclusive(true);
    for (Range range : {Range::LastFiveMinutes, Range::LastHour, Range::SinceIncidentStart}) {
        auto *button = new QPushButton(rangeText(range), this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setObjectName(u"timeRange%1"_s.arg(int(range)));
        m_rangeButtons->addButton(button, int(range));
        // The chosen range in bold as well as pressed: the pressed look alone is faint in some styles.
        connect(button, &QPushButton::toggled, button, [button](bool checked) {
            QFont font = button->font();
            font.setBold(checked);
            button->setFont(font);
        });
        layout->addWidget(button);
        if (range == Range::SinceIncidentStart)
            m_sinceIncident = button;
    }
    caption->setBuddy(m_rangeButtons->button(int(Range::LastFiveMinutes)));
    m_rangeButtons->button(int(m_range))->setChecked(true);
    m_sinceIncident->setEnabled(false);
    m_sinceIncident->setToolTip(tr("No incident is open: there is no start to show from."));
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });

    layout->addSpacing(16);
    m_pause->setObjectName(u"timeRangePause"_s);
    m_pause->setCheckable(true);
    m_pause->setAutoDefault(false);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pause, &QPushButton::toggled, this, &TimeRangeBar::setPaused);
    layout->addWidget(m_pause);

    m_pausedLabel->setObjectName(u"timeRangePausedLabel"_s);
    m_pausedLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_pausedLabel);
    layout->addStretch(1);
    updatePauseLook();
}

QString TimeRangeBar::rangeText(Range range)
{
    switch (range) {
    case Range::LastFiveMinutes: return tr("Last 5 min");
    case Range::LastHour: return tr("Last hour");
    case Range::SinceIncidentStart: return tr("Since incident start");
    }
    return {};
}

void TimeRangeBar::setRange(Range range)
{
    if (range == Range::SinceIncidentStart && !m_incidentStart) {
        m_rangeButtons->button(int(m_range))->setChecked(true);
        return;
    }
    m_rangeButtons->button(int(range))->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged(range);
}

void TimeRangeBar::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
    }
    updatePauseLook();
    Q_EMIT pausedChanged(paused);
}

void TimeRangeBar::setIncidentStart(std::optional<qint64> startMs)
{
    m_incidentStart = startMs;
    m_sinceIncident->setEnabled(startMs.has_value());
    if (startMs) {
        m_sinceIncident->setToolTip(tr("From the incident's declaration, %1").arg(presentation::formatUtc(*startMs)));
    } else {
        m_sinceIncident->setToolTip(tr("No incident is open: there is no start to show from."));
        if (m_range == Range::SinceIncidentStart)
            setRange(Range::LastHour);
    }
}

void TimeRangeBar::updatePauseLook()
{
    // The word changes with the state (not only the pressed look), so it reads the same for a
    // screen reader and at a glance.
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause, nullptr, this));
    m_pause->setAccessibleName(m_paused ? tr("Resume live updates") : tr("Pause live updates"));
    m_pause->setToolTip(m_paused ? tr("Follow live data again (Ctrl+Shift+P)")
                                 : tr("Hold the charts still; new data is kept and shown on resume (Ctrl+Shift+P)"));
    if (m_paused) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch()).toLocalTime();
        m_pausedLabel->setText(tr("Paused at %1 — new data is held back").arg(now.toString(u"HH:mm:ss"_s)));
        m_pausedLabel->setStyleSheet(presentation::chipStyleSheet({QColor(0xf0, 0xe4, 0x42), QColor(0x21, 0x21, 0x21)}));
        m_pausedLabel->show();
    } else {
        m_pausedLabel->clear();
        m_pausedLabel->hide();
    }
}

} // namespace ic
