#pragma once

#include <QString>

namespace ic {

// "+1:05:07" or "+2 d 03:04:05": how long after a reference moment (the declaration) something
// happened. Negative spans get a "-".
QString offsetText(qint64 ms);

} // namespace ic
