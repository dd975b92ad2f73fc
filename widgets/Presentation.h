#pragma once

#include "IncidentState.h"
#include "IncidentStatus.h"
#include "ServiceGraphModel.h"

#include <QColor>
#include <QString>

#include <optional>

class QPalette;
class QTextBrowser;
class QUrl;

// How incident facts look on screen, shared by every panel so that SEV1 is the same red in the
// header, the status bar and the summary.
namespace ic::presentation {

struct Colors {
    QColor background;
    QColor foreground;
};

Colors severityColors(Severity severity);
Colors statusColors(IncidentStatus status);
Colors exerciseColors();
// A style sheet for a QLabel drawn as a coloured chip.
QString chipStyleSheet(const Colors &colors, int paddingPx = 2);

// "01:23:45"; hours are not wrapped at 24, negative spans show as 00:00:00.
QString formatDuration(qint64 ms);
QString formatUtc(qint64 atMs);         // "2024-05-01 14:03:22 UTC"
QString formatLocal(qint64 atMs);       // "2024-05-01 16:03:22 CEST"
// UTC (with `suffix` after it), and local time on a second line unless local time is UTC.
QString formatUtcAndLocal(qint64 atMs, const QString &suffix = {});
bool isLocalTimeUtc(qint64 atMs);

// "Elapsed" or "Resolved after", translated, for the label next to IncidentState::elapsedMs().
QString elapsedCaption(const IncidentState &state);

// The visible name of a severity with its meaning ("SEV2 — Major: …").
QString severityLabel(Severity severity);

} // namespace ic::presentation


// How service health, blast radius and tier look in the graph, its legend and the details panel.
// Colours from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies); every colour also comes with a glyph and a word, so nothing is told by colour alone.
namespace ic::presentation {

struct HealthLook {
    QColor fill;   // node background: a light tint, dark text stays readable on it
    QColor accent; // the strong colour: status stripe, legend swatch
    QString glyph; // ✓ ? ! ▼
};
HealthLook healthLook(ServiceGraphModel::HealthState state);
// The outline drawn around failed and impacted nodes; invalid for Impact::None.
QColor impactColor(ServiceGraphModel::Impact impact);
// "✕", "▲", "△", or empty for Impact::None.
QString impactGlyph(ServiceGraphModel::Impact impact);
// The short badge on a node: "T0" … "T3", "–" without a tier.
QString tierBadge(std::optional<int> tier);
// Selection and search highlights in the graph.
QColor selectionColor();
QColor searchMatchColor();

} // namespace ic::presentation


// The details panels (service, event): rich text in a QTextBrowser whose links stay inside the
// program.
namespace ic::presentation {

// Links are reported (anchorClicked), never followed; text wraps at the widget's width, inside a
// long word (a hash, an id) rather than widening the window, and can be selected with mouse and
// keyboard.
void setUpDetailsBrowser(QTextBrowser *browser);
// Secondary text (ids, times, "not set"): 40 % of the way from the text to the background, still
// readable (the palette's placeholder colour is translucent, which the HTML here cannot express).
QColor secondaryTextColor(const QPalette &palette);
// "scheme:number", a link to a row or an event of the panel's own; and the number back, nullopt
// for a link of another scheme or without a number.
QString internalLink(const QString &scheme, qint64 number);
std::optional<qint64> internalLinkNumber(const QUrl &url, const QString &scheme);

} // namespace ic::presentation
