#pragma once

#include <QString>

class QCoreApplication;

namespace ic {

// The value of `--lang X` / `--lang=X` in argv, read before the command-line parser exists so
// that its help text is already translated. Empty when absent.
QString languageFromArguments(int argc, char **argv);

// Installs Qt's and our translators for `language` ("de", "de_DE"); an empty language means the
// system locale. Our catalogues are embedded at :/i18n/incident-console_<lang>.qm. English needs
// none. Returns the language that was installed, or empty when falling back to English.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace ic
