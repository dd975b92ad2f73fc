#pragma once

#include <QString>

namespace ic {

// "+1:05:07" or "+2 d 03:04:05": how long after a reference moment (the declaration) something
// happened. Negative spans get a "-".
QString offsetText(qint64 ms);

// "15 m", "1 h 30 m", "2 d 4 h", "45 s", "500 ms": a duration for people (RTO, RPO, startup
// times). Zero and negative spans read "0 s".
QString durationText(qint64 ms);

} // namespace ic
