#include "IncidentCtl.h"
#include "Language.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("incidentctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IC_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Incident Console"));

    // Before any parser exists, so that its help text is already translated.
    ic::installTranslations(app, ic::languageFromArguments(argc, argv));

    ic::IncidentCtl ctl;
    return ctl.run(QCoreApplication::arguments());
}
