#include "ServiceGraphLegend.h"

#include "Presentation.h"
#include "ServiceGraphItems.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int SampleWidth = 30;
constexpr int SampleGap = 5;
constexpr int EntryGap = 14;
constexpr int CaptionGap = 6;
constexpr int Margin = 4;
} // namespace

ServiceGraphLegend::ServiceGraphLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"serviceGraphLegend"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // A little smaller than the text around it: it explains, it is not the content.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    rebuild();
}

void ServiceGraphLegend::rebuild()
{
    using H = ServiceGraphModel::HealthState;
    using I = ServiceGraphModel::Impact;
    m_entries.clear();
    auto caption = [this](const QString &text) { m_entries.append({Sample::None, text, true, {}, {}, {}}); };
    caption(tr("Health:"));
    for (const H health : {H::Healthy, H::Degraded, H::Down, H::Unknown}) {
        m_entries.append({Sample::Health,
                          u"%1 %2"_s.arg(presentation::healthLook(health).glyph, ServiceGraphModel::healthText(health)),
                          false, health, I::None, {}});
    }
    caption(tr("Blast radius:"));
    m_entries.append({Sample::MarkedFailed, u"%1 %2"_s.arg(presentation::impactGlyph(I::Failed), tr("marked failed")),
                      false, H::Unknown, I::Failed, {}});
    m_entries.append({Sample::Impact, u"%1 %2"_s.arg(presentation::impactGlyph(I::Hard), tr("hard impact")), false,
                      H::Unknown, I::Hard, {}});
    m_entries.append({Sample::Impact, u"%1 %2"_s.arg(presentation::impactGlyph(I::Soft), tr("soft impact")), false,
                      H::Unknown, I::Soft, {}});
    caption(tr("Tier:"));
    m_entries.append({Sample::Tier, tr("0 critical"), false, H::Unknown, I::None, 0});
    m_entries.append({Sample::Tier, tr("1"), false, H::Unknown, I::None, 1});
    m_entries.append({Sample::Tier, tr("2"), false, H::Unknown, I::None, 2});
    m_entries.append({Sample::Tier, tr("3"), false, H::Unknown, I::None, 3});
    caption(tr("Arrow:"));
    m_entries.append({Sample::HardEdge, tr("depends on"), false, H::Unknown, I::None, {}});
    m_entries.append({Sample::SoftEdge, tr("soft dependency"), false, H::Unknown, I::None, {}});
    updateGeometry();
    update();
}

void ServiceGraphLegend::setSummary(const QString &text)
{
    if (text == m_summary)
        return;
    m_summary = text;
    updateGeometry();
    update();
}

void ServiceGraphLegend::setExplanationsVisible(bool visible)
{
    if (visible == m_explanations)
        return;
    m_explanations = visible;
    updateGeometry();
    update();
}

QStringList ServiceGraphLegend::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts << entry.text;
    return texts;
}

int ServiceGraphLegend::rowHeight() const
{
    return qMax(fontMetrics().height(), 16) + 4;
}

int ServiceGraphLegend::entryWidth(const Entry &entry) const
{
    QFont f = font();
    f.setBold(entry.caption);
    const int text = QFontMetrics(f).horizontalAdvance(entry.text);
    return entry.sample == Sample::None ? text : SampleWidth + SampleGap + text;
}

int ServiceGraphLegend::place(int width, QList<QPoint> *positions, QPoint *summaryAt) const
{
    const int row = rowHeight();
    int x = Margin;
    int y = Margin;
    for (qsizetype i = 0; m_explanations && i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        int w = entryWidth(entry);
        if (entry.caption) {
            // A group stays on one line when it can; else at least the caption stays with its
            // first entry.
            int group = w;
            for (qsizetype j = i + 1; j < m_entries.size() && !m_entries.at(j).caption; ++j)
                group += (j == i + 1 ? CaptionGap : EntryGap) + entryWidth(m_entries.at(j));
            w = group <= width - 2 * Margin || i + 1 >= m_entries.size()
                ? group
                : w + CaptionGap + entryWidth(m_entries.at(i + 1));
        }
        if (x > Margin && x + w > width - Margin) {
            x = Margin;
            y += row;
        }
        if (positions)
            positions->append(QPoint(x, y));
        x += entryWidth(entry) + (entry.caption ? CaptionGap : EntryGap);
        if (i + 1 < m_entries.size() && m_entries.at(i + 1).caption)
            x += EntryGap; // a little more room before the next group
    }
    if (!m_summary.isEmpty()) {
        // Right-aligned on the last line when it fits, else on a line of its own.
        const int w = fontMetrics().horizontalAdvance(m_summary);
        if (x + EntryGap + w > width - Margin)
            y += row;
        if (summaryAt)
            *summaryAt = QPoint(qMax(Margin, width - Margin - w), y);
    }
    return y + row + Margin;
}

int ServiceGraphLegend::heightForWidth(int width) const
{
    return place(width, nullptr);
}

QSize ServiceGraphLegend::sizeHint() const
{
    int width = 2 * Margin;
    for (qsizetype i = 0; m_explanations && i < m_entries.size(); ++i)
        width += entryWidth(m_entries.at(i)) + EntryGap + CaptionGap;
    if (!m_summary.isEmpty())
        width += EntryGap + fontMetrics().horizontalAdvance(m_summary);
    return QSize(width, rowHeight() + 2 * Margin);
}

QSize ServiceGraphLegend::minimumSizeHint() const
{
    int widest = 0;
    for (const Entry &entry : m_entries)
        widest = qMax(widest, entryWidth(entry));
    return QSize(qMin(widest + 2 * Margin, 200), rowHeight() + 2 * Margin);
}

void ServiceGraphLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void ServiceGraphLegend::paintSample(QPainter *painter, const Entry &entry, const QRect &rect) const
{
    using I = ServiceGraphModel::Impact;
    const QRectF box = QRectF(rect).adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    switch (entry.sample) {
    case Sample::None:
        break;
    case Sample::Health: {
        const presentation::HealthLook look = presentation::healthLook(entry.health);
        const QPainterPath shape = serviceNodeShape(box, 2, -2);
        painter->setPen(QPen(QColor(0x4d, 0x4d, 0x4d), 1));
        painter->setBrush(look.fill);
        painter->drawPath(shape);
        painter->setPen(Qt::NoPen);
        painter->setBrush(look.accent);
        QPainterPath stripe;
        stripe.addRect(QRectF(box.left(), box.top(), 4, box.height()));
        painter->drawPath(shape.intersected(stripe));
        break;
    }
    case Sample::MarkedFailed:
    case Sample::Impact: {
        const QRectF body = box.adjusted(3, 3, -3, -3);
        QPen pen(presentation::impactColor(entry.impact), entry.impact == I::Soft ? 2 : 2.5);
        if (entry.impact == I::Soft) {
            pen.setStyle(Qt::CustomDashLine);
            pen.setDashPattern({2.0, 1.5});
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(serviceNodeShape(body, 2, 2.5));
        painter->setPen(QPen(QColor(0x4d, 0x4d, 0x4d), 1));
        painter->setBrush(presentation::healthLook(ServiceGraphModel::HealthState::Unknown).fill);
        painter->drawPath(serviceNodeShape(body, 2, -1));
        if (entry.sample == Sample::MarkedFailed) {
            painter->setBrush(QBrush(QColor(0xd5, 0x5e, 0x00, 160), Qt::BDiagPattern));
            painter->drawPath(serviceNodeShape(body, 2, -1));
        }
        break;
    }
    case Sample::Tier: {
        // The border of that tier; the octagon's corners are cut less than on 40-point nodes.
        const double width = *entry.tier == 0 ? 2 : (*entry.tier == 1 ? 1.8 : (*entry.tier == 2 ? 1.2 : 1));
        const QColor color = *entry.tier <= 1 ? QColor(0x1a, 0x1a, 0x1a) : (*entry.tier == 2 ? QColor(0x4d, 0x4d, 0x4d) : QColor(0x80, 0x80, 0x80));
        painter->setPen(QPen(color, width));
        painter->setBrush(Qt::white);
        if (*entry.tier == 0) {
            QPainterPath octagon;
            const double c = 4;
            octagon.moveTo(box.left() + c, box.top());
            octagon.lineTo(box.right() - c, box.top());
            octagon.lineTo(box.right(), box.top() + c);
            octagon.lineTo(box.right(), box.bottom() - c);
            octagon.lineTo(box.right() - c, box.bottom());
            octagon.lineTo(box.left() + c, box.bottom());
            octagon.lineTo(box.left(), box.bottom() - c);
            octagon.lineTo(box.left(), box.top() + c);
            octagon.closeSubpath();
            painter->drawPath(octagon);
            // Tier 0 has a double border.
            painter->setPen(QPen(color, 0.8));
            painter->setBrush(Qt::NoBrush);
            const QRectF inner = box.adjusted(2.5, 2.5, -2.5, -2.5);
            QPainterPath innerOctagon;
            const double ci = 3;
            innerOctagon.moveTo(inner.left() + ci, inner.top());
            innerOctagon.lineTo(inner.right() - ci, inner.top());
            innerOctagon.lineTo(inner.right(), inner.top() + ci);
            innerOctagon.lineTo(inner.right(), inner.bottom() - ci);
            innerOctagon.lineTo(inner.right() - ci, inner.bottom());
            innerOctagon.lineTo(inner.left() + ci, inner.bottom());
            innerOctagon.lineTo(inner.left(), inner.bottom() - ci);
            innerOctagon.lineTo(inner.left(), inner.top() + ci);
            innerOctagon.closeSubpath();
            painter->drawPath(innerOctagon);
        } else {
            painter->drawPath(serviceNodeShape(box, entry.tier, -2));
        }
        QFont badge = font();
        badge.setBold(true);
        badge.setPointSizeF(badge.pointSizeF() * 0.75);
        painter->setFont(badge);
        painter->setPen(QColor(0x1a, 0x1a, 0x1a));
        painter->drawText(box, Qt::AlignCenter, presentation::tierBadge(entry.tier));
        break;
    }
    case Sample::HardEdge:
    case Sample::SoftEdge: {
        const double y = box.center().y();
        QPen pen(entry.sample == Sample::SoftEdge ? QColor(0x80, 0x80, 0x80) : QColor(0x55, 0x55, 0x55), 1.3);
        if (entry.sample == Sample::SoftEdge) {
            pen.setStyle(Qt::CustomDashLine);
            pen.setDashPattern({4.0, 3.0});
        }
        painter->setPen(pen);
        painter->drawLine(QPointF(box.left(), y), QPointF(box.right() - 6, y));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(QPolygonF({QPointF(box.right(), y), QPointF(box.right() - 7, y - 3.5),
                                        QPointF(box.right() - 7, y + 3.5)}));
        break;
    }
    }
    painter->restore();
}

void ServiceGraphLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    QList<QPoint> positions;
    QPoint summaryAt;
    place(width(), &positions, &summaryAt);
    const int row = rowHeight();
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QPoint at = positions.at(i);
        int x = at.x();
        if (entry.sample != Sample::None) {
            paintSample(&painter, entry, QRect(x, at.y(), SampleWidth, row));
            x += SampleWidth + SampleGap;
        }
        QFont f = font();
        f.setBold(entry.caption);
        painter.setFont(f);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, at.y(), width() - x, row), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
    if (!m_summary.isEmpty()) {
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(summaryAt.x(), summaryAt.y(), width() - summaryAt.x(), row),
                         Qt::AlignLeft | Qt::AlignVCenter, m_summary);
    }
}

} // namespace ic
