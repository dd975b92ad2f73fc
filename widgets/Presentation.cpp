#include "Presentation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ic::presentation {

Colors severityColors(Severity severity)
{
    switch (severity) {
    case Severity::Sev1: return {QColor(0xb7, 0x1c, 0x1c), Qt::white};
    case Severity::Sev2: return {QColor(0xe6, 0x51, 0x00), Qt::white};
    case Severity::Sev3: return {QColor(0xf9, 0xa8, 0x25), QColor(0x21, 0x21, 0x21)};
    case Severity::Sev4: return {QColor(0x54, 0x6e, 0x7a), Qt::white};
    }
    return {Qt::gray, Qt::black};
}

Colors statusColors(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating: return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case IncidentStatus::Identified: return {QColor(0xef, 0x6c, 0x00), Qt::white};
    case IncidentStatus::Mitigating: return {QColor(0xff, 0xb3, 0x00), QColor(0x21, 0x21, 0x21)};
    case IncidentStatus::Monitoring: return {QColor(0x15, 0x65, 0xc0), Qt::white};
    case IncidentStatus::Resolved: return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    case IncidentStatus::Closed: return {QColor(0x61, 0x61, 0x61), Qt::white};
    }
    return {Qt::gray, Qt::black};
}

Colors exerciseColors()
{
    return {QColor(0x6a, 0x1b, 0x9a), Qt::white};
}

QString chipStyleSheet(const Colors &colors, int paddingPx)
{
    return u"QLabel { background-color: %1; color: %2; border-radius: 4px; padding: %3px %4px; font-weight: bold; }"_s
        .arg(colors.background.name(), colors.foreground.name())
        .arg(paddingPx)
        .arg(paddingPx * 4);
}

QString formatDuration(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    return u"%1:%2:%3"_s.arg(hours, 2, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'));
}

QString formatUtc(qint64 atMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return QCoreApplication::translate("Presentation", "%1 UTC").arg(utc.toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString formatLocal(qint64 atMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = QCoreApplication::translate("Presentation", "local");
    return u"%1 %2"_s.arg(local.toString(u"yyyy-MM-dd HH:mm:ss"_s), zone);
}

QString formatUtcAndLocal(qint64 atMs, const QString &suffix)
{
    const QString utc = suffix.isEmpty() ? formatUtc(atMs) : u"%1  %2"_s.arg(formatUtc(atMs), suffix);
    if (isLocalTimeUtc(atMs))
        return utc;
    return utc + QLatin1Char('\n') + QCoreApplication::translate("Presentation", "local %1").arg(formatLocal(atMs));
}

bool isLocalTimeUtc(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().offsetFromUtc() == 0;
}

QString elapsedCaption(const IncidentState &state)
{
    if (state.resolvedAtMs())
        return QCoreApplication::translate("Presentation", "Resolved after");
    return QCoreApplication::translate("Presentation", "Elapsed");
}

QString severityLabel(Severity severity)
{
    const QString name = severityName(severity);
    const QString display = severityDisplayName(severity);
    if (display.isEmpty() || display == name)
        return name;
    if (display.contains(name))
        return display;
    return QCoreApplication::translate("Presentation", "%1 — %2").arg(name, display);
}

} // namespace ic::presentation

namespace ic::presentation {

HealthLook healthLook(ServiceGraphModel::HealthState state)
{
    using H = ServiceGraphModel::HealthState;
    switch (state) {
    case H::Unknown: return {QColor(0xee, 0xee, 0xee), QColor(0x80, 0x80, 0x80), u"?"_s};
    case H::Healthy: return {QColor(0xdf, 0xf2, 0xea), QColor(0x00, 0x9e, 0x73), u"✓"_s};
    case H::Degraded: return {QColor(0xfc, 0xea, 0xc0), QColor(0xe6, 0x9f, 0x00), u"!"_s};
    case H::Down: return {QColor(0xf8, 0xcf, 0xb8), QColor(0xd5, 0x5e, 0x00), u"▼"_s};
    }
    return {Qt::white, Qt::gray, u"?"_s};
}

QColor impactColor(ServiceGraphModel::Impact impact)
{
    using I = ServiceGraphModel::Impact;
    switch (impact) {
    case I::None: return {};
    case I::Soft: return QColor(0xcc, 0x79, 0xa7);
    case I::Hard: return QColor(0xa8, 0x3c, 0x82);
    case I::Failed: return QColor(0xd5, 0x5e, 0x00);
    }
    return {};
}

QString impactGlyph(ServiceGraphModel::Impact impact)
{
    using I = ServiceGraphModel::Impact;
    switch (impact) {
    case I::None: return {};
    case I::Soft: return u"△"_s;
    case I::Hard: return u"▲"_s;
    case I::Failed: return u"✕"_s;
    }
    return {};
}

QString tierBadge(std::optional<int> tier)
{
    return tier ? u"T%1"_s.arg(*tier) : u"–"_s;
}

QColor selectionColor()
{
    return QColor(0x00, 0x72, 0xb2);
}

QColor searchMatchColor()
{
    return QColor(0xf0, 0xe4, 0x42);
}

} // namespace ic::presentation

namespace ic::presentation {

void setUpDetailsBrowser(QTextBrowser *browser)
{
    browser->setOpenLinks(false);
    browser->setOpenExternalLinks(false);
    browser->setLineWrapMode(QTextEdit::WidgetWidth);
    browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    browser->document()->setDocumentMargin(6);
}

QColor secondaryTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int ink, int paper) { return (ink * 3 + paper * 2) / 5; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

QString internalLink(const QString &scheme, qint64 number)
{
    return scheme + u':' + QString::number(number);
}

std::optional<qint64> internalLinkNumber(const QUrl &url, const QString &scheme)
{
    if (url.scheme() != scheme)
        return std::nullopt;
    bool ok = false;
    const qint64 number = url.path().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

} // namespace ic::presentation
