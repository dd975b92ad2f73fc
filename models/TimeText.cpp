#include "TimeText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ic {

QString offsetText(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 seconds = (negative ? -ms : ms) / 1000;
    const qint64 days = seconds / 86400;
    seconds %= 86400;
    QString clock = u"%1:%2:%3"_s.arg(seconds / 3600)
                        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
                        .arg(seconds % 60, 2, 10, QChar(u'0'));
    if (days > 0)
        clock = QCoreApplication::translate("ic::TimeText", "%1 d %2", "days, then h:mm:ss")
                    .arg(days)
                    .arg(clock.rightJustified(8, u'0'));
    return (negative ? u"-"_s : u"+"_s) + clock;
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("ic::TimeText", "%1 s", "duration: seconds").arg(0);
    QStringList parts;
    if (const qint64 days = ms / 86'400'000)
        parts << QCoreApplication::translate("ic::TimeText", "%1 d", "duration: days").arg(days);
    if (const qint64 hours = ms / 3'600'000 % 24)
        parts << QCoreApplication::translate("ic::TimeText", "%1 h", "duration: hours").arg(hours);
    if (const qint64 minutes = ms / 60'000 % 60)
        parts << QCoreApplication::translate("ic::TimeText", "%1 m", "duration: minutes").arg(minutes);
    if (const qint64 seconds = ms / 1000 % 60)
        parts << QCoreApplication::translate("ic::TimeText", "%1 s", "duration: seconds").arg(seconds);
    if (const qint64 millis = ms % 1000)
        parts << QCoreApplication::translate("ic::TimeText", "%1 ms", "duration: milliseconds").arg(millis);
    return parts.join(u' ');
}

} // namespace ic
