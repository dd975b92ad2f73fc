#include "SecondTicker.h"

#include <QDateTime>

namespace ic {

SecondTicker::SecondTicker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Q_EMIT ticked();
        scheduleNext();
    });
    scheduleNext();
}

void SecondTicker::scheduleNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(int(1000 - now % 1000) + 5);
}

} // namespace ic
