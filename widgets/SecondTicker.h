#pragma once

#include <QObject>
#include <QTimer>

namespace ic {

// Emits ticked() just after every full wall-clock second, so clocks and elapsed counters
// change together and in step with the system clock instead of drifting by up to a second.
class SecondTicker : public QObject
{
    Q_OBJECT

public:
    explicit SecondTicker(QObject *parent = nullptr);

Q_SIGNALS:
    void ticked();

private:
    void scheduleNext();

    QTimer m_timer;
};

} // namespace ic
