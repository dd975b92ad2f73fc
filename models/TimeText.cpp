#include "TimeText.h"

#include <QCoreApplication>

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

} // namespace ic
