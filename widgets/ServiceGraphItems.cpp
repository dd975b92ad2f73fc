#include "ServiceGraphItems.h"

#include "Presentation.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

using Health = ServiceGraphModel::HealthState;
using Impact = ServiceGraphModel::Impact;

class ServiceGraphText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceGraph)
};

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor SecondaryInk(0x3d, 0x3d, 0x3d);
const QColor HardEdge(0x55, 0x55, 0x55);
const QColor SoftEdge(0x80, 0x80, 0x80);

constexpr double BadgeHeightExtra = 3;
constexpr double RowGap = 3;
constexpr double Chamfer = 9;    // corner cut of the tier-0 octagon
constexpr double Radius = 5;     // corner radius of the other tiers
constexpr double ArrowLength = 9;
constexpr double ArrowHalfWidth = 4;
// Below this scale the text cannot be read anyway; boxes only keep large graphs fluid.
constexpr double TextLevelOfDetail = 0.35;
// The blast radius's edges are never drawn thinner than this, in pixels (see paintEdge()).
constexpr double MinHighlightPixels = 1.25;
// Below this scale (only graphs too large to fit the view at its minimum zoom of 5 % are
// shown that small) a node is two or three pixels high: its colours are all that can be seen.
constexpr double DotLevelOfDetail = 0.05;

QPen tierBorderPen(std::optional<int> tier)
{
    if (!tier)
        return QPen(QColor(0x8c, 0x8c, 0x8c), 1);
    switch (*tier) {
    case 0: return QPen(Ink, 2.2);
    case 1: return QPen(Ink, 2);
    case 2: return QPen(QColor(0x4d, 0x4d, 0x4d), 1.2);
    default: return QPen(QColor(0x80, 0x80, 0x80), 1);
    }
}

struct BadgeColors {
    QColor background;
    QColor border;
    QColor text;
};

BadgeColors badgeColors(std::optional<int> tier)
{
    if (!tier)
        return {QColor(0xf5, 0xf5, 0xf5), QColor(0xa0, 0xa0, 0xa0), SecondaryInk};
    switch (*tier) {
    case 0: return {Ink, Ink, Qt::white};
    case 1: return {QColor(0x4d, 0x4d, 0x4d), QColor(0x4d, 0x4d, 0x4d), Qt::white};
    case 2: return {Qt::white, QColor(0x4d, 0x4d, 0x4d), Ink};
    default: return {QColor(0xe6, 0xe6, 0xe6), QColor(0xb3, 0xb3, 0xb3), SecondaryInk};
    }
}

QPen impactOutlinePen(Impact impact)
{
    if (impact == Impact::None)
        return Qt::NoPen;
    QPen pen(presentation::impactColor(impact), impact == Impact::Failed ? 5 : 4);
    pen.setJoinStyle(Qt::RoundJoin);
    // Soft impact is dashed: told apart from hard impact without relying on the colour.
    if (impact == Impact::Soft) {
        pen.setWidthF(3);
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({2.0, 1.5});
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

} // namespace

// --- style -----------------------------------------------------------------------------------

ServiceGraphStyle::ServiceGraphStyle(const QFont &base)
    : nameFont(base)
    , statusFont(base)
    , badgeFont(base)
{
    nameFont.setBold(true);
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 9;
    statusFont.setPointSizeF(size * 0.9);
    badgeFont.setPointSizeF(size * 0.8);
    badgeFont.setBold(true);
    m_nameHeight = QFontMetricsF(nameFont).height();
    m_statusHeight = QFontMetricsF(statusFont).height();
    const QFontMetricsF status(statusFont);
    const QList<ServiceNodeLook> looks = {
        {Health::Unknown, Impact::None, false},  {Health::Healthy, Impact::None, false},
        {Health::Degraded, Impact::None, false}, {Health::Down, Impact::Failed, false},
        {Health::Unknown, Impact::Failed, true}, {Health::Unknown, Impact::Hard, false},
        {Health::Unknown, Impact::Soft, false},
    };
    for (const ServiceNodeLook &look : looks)
        m_longestStatus = qMax(m_longestStatus, status.horizontalAdvance(look.statusGlyph() + u' ' + look.statusText()));
}

QString ServiceGraphStyle::badgeText(std::optional<int> tier) const
{
    return presentation::tierBadge(tier);
}

double ServiceGraphStyle::badgeWidth(std::optional<int> tier) const
{
    return QFontMetricsF(badgeFont).horizontalAdvance(badgeText(tier)) + 8;
}

QSizeF ServiceGraphStyle::nodeSize(const QString &label, int memberCount) const
{
    const QString text = memberCount > 1 ? u"%1 (%2)"_s.arg(label).arg(memberCount) : label;
    // The badge is as wide as the widest ("T0"), so that nodes of one name line up.
    const double firstRow = badgeWidth(0) + 6 + QFontMetricsF(nameFont).horizontalAdvance(text);
    const double content = qMax(firstRow, m_longestStatus);
    const double width = qBound(MinNodeWidth, StripeWidth + Padding + content + Padding + 2, MaxNodeWidth);
    const double height = Padding + qMax(m_nameHeight, QFontMetricsF(badgeFont).height() + BadgeHeightExtra) + RowGap
        + m_statusHeight + Padding - 1;
    return QSizeF(qCeil(width), qCeil(height));
}

QString ServiceGraphStyle::displayLabel(const QString &label, int memberCount, double nodeWidth) const
{
    const QFontMetricsF metrics(nameFont);
    const double room = nodeWidth - StripeWidth - 2 * Padding - badgeWidth(0) - 6;
    const QString suffix = memberCount > 1 ? u" (%1)"_s.arg(memberCount) : QString();
    const QString whole = label + suffix;
    if (metrics.horizontalAdvance(whole) <= room)
        return whole;
    return metrics.elidedText(label, Qt::ElideRight, room - metrics.horizontalAdvance(suffix)) + suffix;
}

// --- look --------------------------------------------------------------------------------------

QString ServiceNodeLook::statusText() const
{
    if (markedFailed)
        return ServiceGraphText::tr("Marked failed");
    switch (impact) {
    case Impact::Failed:
        return health == Health::Down ? ServiceGraphText::tr("Down") : ServiceGraphText::tr("Failed");
    case Impact::Hard:
        return ServiceGraphText::tr("Hard impact");
    case Impact::Soft:
        return ServiceGraphText::tr("Soft impact");
    case Impact::None:
        break;
    }
    return ServiceGraphModel::healthText(health);
}

QString ServiceNodeLook::statusGlyph() const
{
    if (markedFailed)
        return presentation::impactGlyph(Impact::Failed);
    if (impact == Impact::Failed && health == Health::Down)
        return presentation::healthLook(Health::Down).glyph;
    if (impact != Impact::None)
        return presentation::impactGlyph(impact);
    return presentation::healthLook(health).glyph;
}

// --- painting ----------------------------------------------------------------------------------

QPainterPath serviceNodeShape(const QRectF &body, std::optional<int> tier, double grow)
{
    const QRectF r = body.adjusted(-grow, -grow, grow, grow);
    QPainterPath path;
    if (tier && *tier == 0) {
        // Cutting the corners by the same amount at every growth keeps outlines parallel.
        const double c = Chamfer + grow * 0.414;
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right() - c, r.top());
        path.lineTo(r.right(), r.top() + c);
        path.lineTo(r.right(), r.bottom() - c);
        path.lineTo(r.right() - c, r.bottom());
        path.lineTo(r.left() + c, r.bottom());
        path.lineTo(r.left(), r.bottom() - c);
        path.lineTo(r.left(), r.top() + c);
        path.closeSubpath();
    } else {
        const double radius = (tier ? Radius : 2) + grow;
        path.addRoundedRect(r, radius, radius);
    }
    return path;
}

// --- node item ---------------------------------------------------------------------------------

ServiceNodeItem::ServiceNodeItem(Content content, QSizeF size, const ServiceGraphStyle *style)
    : m_content(std::move(content))
    , m_rect(QPointF(-size.width() / 2, -size.height() / 2), size)
    , m_style(style)
{
    m_displayLabel = m_style->displayLabel(m_content.label, m_content.collapsedSystem ? int(m_content.members.size()) : 1,
                                           size.width());
    setAcceptHoverEvents(false);
    setZValue(1);

    const std::optional<int> tier = m_content.tier;
    Geometry &g = m_geometry;
    g.body = serviceNodeShape(m_rect, tier);
    QPainterPath stripeArea;
    stripeArea.addRect(QRectF(m_rect.left() - 1, m_rect.top() - 1, ServiceGraphStyle::StripeWidth + 1, m_rect.height() + 2));
    g.stripe = g.body.intersected(stripeArea);
    if (tier && *tier == 0)
        g.innerBorder = serviceNodeShape(m_rect, tier, -3.5);
    g.halo = serviceNodeShape(m_rect, tier, ServiceGraphStyle::HaloOffset);
    g.selection = serviceNodeShape(m_rect, tier, ServiceGraphStyle::SelectionOffset);
    g.search = serviceNodeShape(m_rect, tier, ServiceGraphStyle::SelectionOffset + 3);

    const QFontMetricsF badgeMetrics(m_style->badgeFont);
    const double badgeHeight = badgeMetrics.height() + BadgeHeightExtra;
    const double left = m_rect.left() + ServiceGraphStyle::StripeWidth + ServiceGraphStyle::Padding;
    g.badge = QRectF(left, m_rect.top() + ServiceGraphStyle::Padding - 1, m_style->badgeWidth(tier), badgeHeight);
    const double textLeft = g.badge.right() + 6;
    g.name = QRectF(textLeft, g.badge.top(), m_rect.right() - ServiceGraphStyle::Padding - textLeft,
                    qMax(QFontMetricsF(m_style->nameFont).height(), badgeHeight));
    g.status = QRectF(left, g.name.bottom() + RowGap, m_rect.right() - ServiceGraphStyle::Padding - left,
                      QFontMetricsF(m_style->statusFont).height());
}

bool ServiceNodeItem::setLook(const ServiceNodeLook &look)
{
    if (look == m_look)
        return false;
    m_look = look;
    if (m_look.markedFailed && m_geometry.hatch.isEmpty()) {
        // Diagonal hatching over the body, visible in grey-scale prints too. Areas cut to the
        // body rather than lines under a clip: not every paint device (SVG) clips.
        QPainterPath lines;
        for (double x = m_rect.left() - m_rect.height(); x < m_rect.right(); x += 7) {
            lines.moveTo(x, m_rect.bottom());
            lines.lineTo(x + m_rect.height(), m_rect.top());
        }
        QPainterPathStroker stroker;
        stroker.setWidth(1.2);
        m_geometry.hatch = stroker.createStroke(lines).intersected(m_geometry.body);
    }
    update();
    return true;
}

void ServiceNodeItem::setNodeSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setZValue(selected ? 2 : 1);
    update();
}

void ServiceNodeItem::setSearchMatch(bool match)
{
    if (match == m_searchMatch)
        return;
    m_searchMatch = match;
    update();
}

QBrush ServiceNodeItem::fillBrush() const
{
    return presentation::healthLook(m_look.health).fill;
}

QPen ServiceNodeItem::borderPen() const
{
    return tierBorderPen(m_content.tier);
}

QPen ServiceNodeItem::impactPen() const
{
    return impactOutlinePen(m_look.impact);
}

QRectF ServiceNodeItem::boundingRect() const
{
    const double m = ServiceGraphStyle::OuterMargin;
    return m_rect.adjusted(-m, -m, m, m);
}

QPainterPath ServiceNodeItem::shape() const
{
    return m_geometry.body;
}

void ServiceNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->save();
    // Far out the text cannot be read, and antialiasing costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, lod >= TextLevelOfDetail);
    if (lod < DotLevelOfDetail)
        paintDot(painter);
    else
        paintBody(painter, lod >= TextLevelOfDetail);
    painter->restore();
}

void ServiceNodeItem::paintDot(QPainter *painter) const
{
    // The colours of paintBody()'s layers as rectangles, without borders, badge and text:
    // thousands of nodes in view, each a few pixels, are filled in a fraction of the time
    // their outlines take, and look alike at that size.
    const Geometry &g = m_geometry;
    if (m_searchMatch)
        painter->fillRect(g.search.boundingRect(), presentation::searchMatchColor());
    if (m_selected)
        painter->fillRect(g.selection.boundingRect(), presentation::selectionColor());
    if (m_look.impact != Impact::None)
        painter->fillRect(g.halo.boundingRect(), presentation::impactColor(m_look.impact));
    const presentation::HealthLook health = presentation::healthLook(m_look.health);
    painter->fillRect(m_rect, health.fill);
    painter->fillRect(QRectF(m_rect.topLeft(), QSizeF(ServiceGraphStyle::StripeWidth, m_rect.height())), health.accent);
    if (m_look.markedFailed)
        painter->fillRect(m_rect, QColor(0xd5, 0x5e, 0x00, 120));
}

void ServiceNodeItem::paintBody(QPainter *painter, bool withText) const
{
    const Geometry &g = m_geometry;
    const presentation::HealthLook health = presentation::healthLook(m_look.health);

    if (m_searchMatch) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(presentation::searchMatchColor());
        painter->drawPath(g.search);
    }
    if (m_selected) {
        QPen ring(presentation::selectionColor(), 3);
        ring.setJoinStyle(Qt::RoundJoin);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(g.selection);
    }
    if (m_look.impact != Impact::None) {
        painter->setPen(impactOutlinePen(m_look.impact));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(g.halo);
    }

    const QPen border = tierBorderPen(m_content.tier);
    if (m_content.collapsedSystem) {
        // A stack of cards: this node stands for several services.
        painter->setPen(QPen(border.color(), 1));
        painter->setBrush(health.fill.darker(108));
        painter->drawPath(g.body.translated(6, 6));
        painter->drawPath(g.body.translated(3, 3));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(health.fill);
    painter->drawPath(g.body);
    // The status stripe on the left, in the strong health colour.
    painter->setBrush(health.accent);
    painter->drawPath(g.stripe);
    if (m_look.markedFailed) {
        painter->setBrush(QColor(0xd5, 0x5e, 0x00, 120));
        painter->drawPath(g.hatch);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(border);
    painter->drawPath(g.body);
    if (!g.innerBorder.isEmpty()) {
        painter->setPen(QPen(Ink, 1));
        painter->drawPath(g.innerBorder);
    }

    // The tier badge, top left.
    const BadgeColors colors = badgeColors(m_content.tier);
    painter->setPen(QPen(colors.border, 1));
    painter->setBrush(colors.background);
    painter->drawRoundedRect(g.badge, 3, 3);
    if (!withText)
        return;
    painter->setFont(m_style->badgeFont);
    painter->setPen(colors.text);
    painter->drawText(g.badge, Qt::AlignCenter, m_style->badgeText(m_content.tier));

    painter->setFont(m_style->nameFont);
    painter->setPen(Ink);
    painter->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter, m_displayLabel);

    painter->setFont(m_style->statusFont);
    const QString glyph = m_look.statusGlyph();
    QColor glyphColor = m_look.impact != Impact::None ? presentation::impactColor(m_look.impact) : health.accent;
    if (m_look.markedFailed || m_look.impact == Impact::Failed)
        glyphColor = presentation::impactColor(Impact::Failed);
    // Glyphs in the strong colours on a light tint can be faint: darker for contrast.
    painter->setPen(glyphColor.darker(135));
    painter->drawText(g.status, Qt::AlignLeft | Qt::AlignVCenter, glyph);
    const QFontMetricsF statusMetrics(m_style->statusFont);
    const double glyphWidth = statusMetrics.horizontalAdvance(glyph + u' ');
    painter->setPen(SecondaryInk);
    painter->drawText(g.status.adjusted(glyphWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      statusMetrics.elidedText(m_look.statusText(), Qt::ElideRight, g.status.width() - glyphWidth));
}

QString ServiceNodeItem::toolTipText() const
{
    QStringList lines;
    lines << (m_content.label == m_content.id ? m_content.label : u"%1 (%2)"_s.arg(m_content.label, m_content.id));
    lines << ServiceGraphModel::tierText(m_content.tier);
    if (m_content.collapsedSystem)
        lines << ServiceGraphText::tr("System of %n services: %1", nullptr, int(m_content.members.size()))
                     .arg(m_content.members.join(u", "_s));
    lines << ServiceGraphText::tr("Health: %1").arg(ServiceGraphModel::healthText(m_look.health));
    if (m_look.markedFailed)
        lines << ServiceGraphText::tr("Marked failed by hand");
    if (m_look.impact != Impact::None)
        lines << ServiceGraphText::tr("Blast radius: %1").arg(ServiceGraphModel::impactText(m_look.impact));
    return lines.join(u'\n');
}

// --- edge item ---------------------------------------------------------------------------------

ServiceEdgeItem::ServiceEdgeItem(QString from, QString to, bool soft, const QList<QPointF> &points,
                                 std::optional<QPointF> arrowTip)
    : m_from(std::move(from))
    , m_to(std::move(to))
    , m_soft(soft)
{
    setZValue(0);
    setFlag(ItemHasNoContents);
    if (!points.isEmpty()) {
        m_path.moveTo(points.first());
        qsizetype i = 1;
        for (; i + 2 < points.size(); i += 3)
            m_path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
        for (; i < points.size(); ++i)
            m_path.lineTo(points.at(i));
    }
    // The arrowhead points at the dependency. Graphviz leaves room for it between the spline's
    // end and the node; without that room the head ends where the spline does.
    if (points.size() >= 2) {
        QPointF tip = arrowTip.value_or(points.last());
        QPointF base = arrowTip ? points.last() : QPointF();
        if (!arrowTip) {
            const QPointF before = points.at(points.size() - 2);
            QPointF direction = tip - before;
            const double length = std::hypot(direction.x(), direction.y());
            direction = length > 0 ? direction / length : QPointF(0, 1);
            base = tip - direction * ArrowLength;
        }
        QPointF direction = tip - base;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0) {
            direction /= length;
            const QPointF normal(-direction.y(), direction.x());
            m_arrow << tip << base + normal * ArrowHalfWidth << base - normal * ArrowHalfWidth;
        }
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
}

QString ServiceEdgeItem::toolTipText() const
{
    return m_soft ? ServiceGraphText::tr("%1 depends on %2 (soft: runs degraded without it)").arg(m_from, m_to)
                  : ServiceGraphText::tr("%1 depends on %2").arg(m_from, m_to);
}

bool ServiceEdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return false;
    m_highlighted = highlighted;
    // Above the other edges for hit tests (tooltips); the scene paints it above them too.
    setZValue(highlighted ? 0.5 : 0);
    if (auto *graph = qobject_cast<ServiceGraphScene *>(scene()))
        graph->invalidateEdge(this);
    else if (scene())
        scene()->invalidate(sceneBoundingRect(), QGraphicsScene::BackgroundLayer);
    return true;
}

QPen ServiceEdgeItem::pen() const
{
    QPen pen(m_highlighted ? presentation::impactColor(m_soft ? Impact::Soft : Impact::Hard) : (m_soft ? SoftEdge : HardEdge),
             m_highlighted ? 2.4 : 1.3);
    if (m_soft) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({4.0, 3.0});
    }
    return pen;
}

QRectF ServiceEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ServiceEdgeItem::shape() const
{
    // Only needed for hit tests (hover, clicks): made on first use.
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void ServiceEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(painter)
    Q_UNUSED(option)
    Q_UNUSED(widget)
}

void ServiceEdgeItem::flatten() const
{
    // Flattened at four times the scale, so that the polyline is within an eighth of a point of
    // the curve (Qt flattens to half a unit): as smooth as the curve at the largest zoom.
    constexpr double Fine = 4;
    const QList<QPolygonF> pieces = m_path.toSubpathPolygons(QTransform::fromScale(Fine, Fine));
    for (const QPolygonF &piece : pieces) {
        for (const QPointF &p : piece)
            m_polyline.append(p / Fine);
    }
    m_lengths.reserve(m_polyline.size());
    double length = 0;
    for (qsizetype i = 0; i < m_polyline.size(); ++i) {
        if (i > 0)
            length += QLineF(m_polyline.at(i - 1), m_polyline.at(i)).length();
        m_lengths.append(length);
    }
}

namespace {

// The part of the segment a→b within `rect`, as parameters 0 ≤ *from ≤ *to ≤ 1 along it
// (Liang–Barsky); false when it misses the rectangle.
bool clipSegment(const QRectF &rect, const QPointF &a, const QPointF &b, double *from, double *to)
{
    double low = 0, high = 1;
    // Keeps the part where p · t ≤ q.
    const auto keep = [&low, &high](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double t = q / p;
        if (p < 0)
            low = std::max(low, t);
        else
            high = std::min(high, t);
        return low <= high;
    };
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    if (!keep(-dx, a.x() - rect.left()) || !keep(dx, rect.right() - a.x()) || !keep(-dy, a.y() - rect.top())
        || !keep(dy, rect.bottom() - a.y()))
        return false;
    *from = low;
    *to = high;
    return true;
}

} // namespace

QPainterPath ServiceEdgeItem::highlightPath(const QPen &pen, const QRectF &area, double levelOfDetail) const
{
    if (m_polyline.isEmpty())
        flatten();
    // Far enough out that the pen's caps and joins at the cuts are not painted.
    const double reach = 2 * pen.widthF() + 2 / std::max(levelOfDetail, 1e-3);
    const QRectF near = area.isNull() ? QRectF(m_bounds) : area.adjusted(-reach, -reach, reach, reach);
    // Dashes and gaps in scene units (a pattern is given in pen widths).
    QList<double> pattern;
    double period = 0;
    if (pen.style() != Qt::SolidLine) {
        const QList<double> dashes = pen.dashPattern();
        for (qsizetype i = 0; i + 1 < dashes.size(); i += 2) {
            pattern << dashes.at(i) * pen.widthF() << dashes.at(i + 1) * pen.widthF();
            period += pattern.at(i) + pattern.at(i + 1);
        }
        // A few pixels or less: the caps of the pixel-wide pen (see paintEdge()) close the gaps
        // anyway; thousands of tiny dashes would only cost time.
        if (period * levelOfDetail < 3)
            period = 0;
    }
    // Far out, hundreds of the polyline's points fall within one pixel, and stroking every
    // segment would take most of a frame. So a point is skipped while it is within a quarter
    // pixel, along the edge, of the last one taken. Which points are taken depends only on
    // the lengths along the edge, not on the area, so that every partial repaint strokes the
    // same segments as a whole one.
    const double spacing = 0.25 / std::max(levelOfDetail, 1e-3);
    const qsizetype count = m_polyline.size();
    QPainterPath path;
    QPointF end;
    bool open = false;
    // A piece that starts where the last one ended continues it (a dash over a corner).
    const auto add = [&](const QPointF &from, const QPointF &to) {
        if (!open || from != end)
            path.moveTo(from);
        path.lineTo(to);
        end = to;
        open = true;
    };
    for (qsizetype i = 0, next = 0; i + 1 < count; i = next) {
        const double bucket = std::floor(m_lengths.at(i) / spacing);
        next = i + 1;
        while (next + 1 < count && std::floor(m_lengths.at(next) / spacing) == bucket)
            ++next;
        const QPointF a = m_polyline.at(i), b = m_polyline.at(next);
        double t0 = 0, t1 = 1;
        if (!clipSegment(near, a, b, &t0, &t1)) {
            open = false;
            continue;
        }
        const auto at = [&a, &b](double t) { return t <= 0 ? a : t >= 1 ? b : a + (b - a) * t; };
        if (period <= 0) {
            add(at(t0), at(t1));
            if (t1 < 1)
                open = false;
            continue;
        }
        const double start = m_lengths.at(i), length = m_lengths.at(next) - start;
        if (length <= 0)
            continue;
        const double s0 = start + t0 * length, s1 = start + t1 * length;
        // Every dash of the pattern that overlaps [s0, s1] along the edge.
        double cycle = std::floor(s0 / period) * period;
        for (; cycle < s1; cycle += period) {
            double position = cycle;
            for (qsizetype k = 0; k < pattern.size(); k += 2) {
                const double d0 = std::max(s0, position), d1 = std::min(s1, position + pattern.at(k));
                if (d1 > d0)
                    add(at((d0 - start) / length), at((d1 - start) / length));
                position += pattern.at(k) + pattern.at(k + 1);
            }
        }
        if (t1 < 1)
            open = false;
    }
    return path;
}

void ServiceEdgeItem::paintEdge(QPainter *painter, double levelOfDetail, const QRectF &area) const
{
    const bool far = levelOfDetail < TextLevelOfDetail;
    painter->save();
    QPen line = pen();
    // Thousands of curves can dominate a frame. Ordinary edges are one-pixel cosmetic lines
    // (the rasteriser's fast path), and far out without antialiasing; the blast radius keeps
    // its width and stands out, except far out (below).
    painter->setRenderHint(QPainter::Antialiasing, !far);
    painter->setBrush(Qt::NoBrush);
    if (!m_highlighted) {
        line.setWidthF(1);
        line.setCosmetic(true);
        painter->setPen(line);
        painter->drawPath(m_path);
    } else {
        // A wide pen is outlined and filled along the whole curve, however little of it is
        // painted: tens of milliseconds for each of the few edges that run across a large graph.
        // So the highlighted edge is drawn as the pieces of its polyline within reach of the
        // painted area, dashed here (by the length along the whole edge, so that every partial
        // repaint puts the dashes where a whole one does).
        // A pen thinner than a pixel would be drawn as a faint one-pixel line, its opacity
        // scaled by the width: the blast radius would fade away as the view zooms out, and
        // where many such lines overlap, their pixels depend on how the repaint was clipped (a
        // partly repainted cached background would differ from a fresh one). So the pen is at
        // least MinHighlightPixels wide; and far out, where thousands of edges can be
        // highlighted and filling their outlines takes a quarter of a second, the edge is an
        // opaque one-pixel line like the others, in the highlight's colour.
        QPen highlight(line.brush(), std::max(line.widthF(), MinHighlightPixels / std::max(levelOfDetail, 1e-3)),
                       Qt::SolidLine, line.capStyle(), line.joinStyle());
        if (far) {
            highlight.setWidthF(1);
            highlight.setCosmetic(true);
            painter->setRenderHint(QPainter::Antialiasing, false);
        }
        painter->setPen(highlight);
        painter->drawPath(highlightPath(line, area, levelOfDetail));
    }
    if (!m_arrow.isEmpty()) {
        // A pixel wide at least, for the same reasons.
        QPen outline(line.color(), 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin);
        outline.setCosmetic(levelOfDetail < 1);
        painter->setPen(outline);
        painter->setBrush(line.color());
        painter->drawPolygon(m_arrow);
    }
    painter->restore();
}

// --- scene -------------------------------------------------------------------------------------

ServiceGraphScene::ServiceGraphScene(QObject *parent) : QGraphicsScene(parent) {}

double ServiceGraphScene::cosmeticMargin() const
{
    // One-pixel lines, antialiased: a pixel and a half either side of the path is plenty. The
    // edge's own bounding rectangle only allows for its widest pen in scene units.
    double scale = 1;
    const QList<QGraphicsView *> shownIn = views();
    for (const QGraphicsView *view : shownIn)
        scale = std::min(scale, view->transform().m11());
    return 1.5 / std::max(scale, 1e-3);
}

void ServiceGraphScene::invalidateEdge(const ServiceEdgeItem *edge)
{
    m_changedEdges |= edge->sceneBoundingRect();
    if (m_invalidationQueued)
        return;
    m_invalidationQueued = true;
    QMetaObject::invokeMethod(this, &ServiceGraphScene::invalidateChangedEdges, Qt::QueuedConnection);
}

void ServiceGraphScene::invalidateChangedEdges()
{
    m_invalidationQueued = false;
    if (m_changedEdges.isNull())
        return;
    const double margin = cosmeticMargin();
    const QRectF changed = m_changedEdges.adjusted(-margin, -margin, margin, margin);
    m_changedEdges = QRectF();
    invalidate(changed, BackgroundLayer);
}

void ServiceGraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    // A view asks for the bounding rectangle of what it repaints, which for a few long edges
    // can be far larger than the view; the clip is what gets painted.
    QRectF area = rect;
    if (painter->hasClipping())
        area &= painter->clipBoundingRect();
    if (const QPaintDevice *device = painter->device()) {
        const double ratio = device->devicePixelRatio();
        area &= painter->worldTransform().inverted().mapRect(
            QRectF(0, 0, device->width() / ratio, device->height() / ratio));
    }
    if (area.isEmpty())
        return;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // Edges are neither rotated nor scaled; the view puts them at the origin.
    const auto draw = [painter, lod, &area](const ServiceEdgeItem *edge) {
        const QPointF at = edge->scenePos();
        painter->translate(at);
        edge->paintEdge(painter, lod, area.translated(-at));
        painter->translate(-at);
    };
    // Also the edges just outside whose one-pixel lines reach in.
    const double margin = 1.5 / std::max(lod, 1e-3);
    const QList<QGraphicsItem *> hits =
        items(area.adjusted(-margin, -margin, margin, margin), Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    QList<const ServiceEdgeItem *> highlighted;
    for (const QGraphicsItem *hit : hits) {
        const auto *edge = qgraphicsitem_cast<const ServiceEdgeItem *>(hit);
        if (!edge || !edge->isVisible())
            continue;
        if (edge->isHighlighted())
            highlighted.append(edge);
        else
            draw(edge);
    }
    for (const ServiceEdgeItem *edge : std::as_const(highlighted))
        draw(edge);
}

} // namespace ic
