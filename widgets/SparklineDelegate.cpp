#include "SparklineDelegate.h"

#include "TimeSeriesChart.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int LineWidthPx = 72;
constexpr int GapPx = 6;
constexpr int PaddingPx = 4;
} // namespace

SparklineDelegate::SparklineDelegate(int historyRole, QObject *parent) : QStyledItemDelegate(parent), m_role(historyRole)
{
}

QList<QPointF> SparklineDelegate::history(const QModelIndex &index) const
{
    QList<QPointF> points = m_reader ? m_reader(index) : index.data(m_role).value<QList<QPointF>>();
    if (m_spanMs > 0 && !points.isEmpty()) {
        const double from = points.last().x() - double(m_spanMs);
        points.erase(points.begin(), std::find_if(points.begin(), points.end(), [from](const QPointF &p) { return p.x() >= from; }));
    }
    return points;
}

QString SparklineDelegate::lastValueText(const QModelIndex &index) const
{
    const QList<QPointF> points = history(index);
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        if (it->y() >= 0)
            return TimeSeriesChart::formatValue(it->y(), m_unit);
    }
    return u"–"_s;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect cell = option.rect.adjusted(PaddingPx, 3, -PaddingPx, -3);
    const QRect lineRect(cell.left(), cell.top(), std::min(LineWidthPx, cell.width() / 2), cell.height());
    const QRect textRect = cell.adjusted(lineRect.width() + GapPx, 0, 0, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QList<QPointF> points = history(index);
    double low = 0;
    double high = 0;
    bool any = false;
    for (const QPointF &p : points) {
        if (p.y() < 0)
            continue;
        high = any ? std::max(high, p.y()) : p.y();
        any = true;
    }
    if (any && points.size() > 1) {
        const double first = points.first().x();
        const double span = std::max(1.0, points.last().x() - first);
        const double range = std::max(1e-9, high - low);
        const auto toPixel = [&](const QPointF &p) {
            return QPointF(lineRect.left() + (p.x() - first) / span * lineRect.width(),
                           lineRect.bottom() - (p.y() - low) / range * lineRect.height());
        };
        QPainterPath path;
        bool drawing = false;
        QPointF last;
        for (const QPointF &p : points) {
            if (p.y() < 0) { // no answer: a gap, not a drop to zero
                drawing = false;
                continue;
            }
            last = toPixel(p);
            if (drawing)
                path.lineTo(last);
            else
                path.moveTo(last);
            drawing = true;
        }
        QColor lineColor = selected ? ink : QColor(0x00, 0x72, 0xb2);
        painter->setPen(QPen(lineColor, 1.5));
        painter->drawPath(path);
        painter->setBrush(lineColor);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(last, 2.2, 2.2);
    }
    painter->setPen(ink);
    painter->setFont(option.font);
    const QString text = option.fontMetrics.elidedText(lastValueText(index), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int textWidth = option.fontMetrics.horizontalAdvance(u"0000 ms"_s);
    return QSize(PaddingPx * 2 + LineWidthPx + GapPx + textWidth, option.fontMetrics.height() + 8);
}

} // namespace ic
