#pragma once

#include "ServiceGraphModel.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <optional>

namespace ic {

// Fonts and measures shared by every node of one view (and its legend), so that the size asked
// of the layout is the size drawn. Scene units are points, as in the layout.
class ServiceGraphStyle
{
public:
    explicit ServiceGraphStyle(const QFont &base = {});

    // The size a node needs for its label (elided beyond MaxNodeWidth) and the longest status line.
    QSizeF nodeSize(const QString &label, int memberCount) const;
    // The label as drawn: elided to the node's width, with the member count of a collapsed System.
    QString displayLabel(const QString &label, int memberCount, double nodeWidth) const;
    QString badgeText(std::optional<int> tier) const;
    double badgeWidth(std::optional<int> tier) const;

    QFont nameFont;
    QFont statusFont;
    QFont badgeFont;

    static constexpr double StripeWidth = 5;
    static constexpr double Padding = 8;
    static constexpr double MinNodeWidth = 120;
    static constexpr double MaxNodeWidth = 250;
    // How far outside the node the impact outline, the selection ring and the search highlight reach.
    static constexpr double HaloOffset = 5;
    static constexpr double SelectionOffset = 10;
    static constexpr double OuterMargin = 14;

private:
    double m_nameHeight = 0;
    double m_statusHeight = 0;
    double m_longestStatus = 0;
};

// How a node looks right now; the view derives it from the model.
struct ServiceNodeLook {
    ServiceGraphModel::HealthState health = ServiceGraphModel::HealthState::Unknown;
    ServiceGraphModel::Impact impact = ServiceGraphModel::Impact::None;
    bool markedFailed = false; // by hand (for a collapsed System: any member)
    bool operator==(const ServiceNodeLook &other) const = default;

    // The status line under the name: the most pressing fact in words, with its glyph.
    QString statusText() const;
    QString statusGlyph() const;
};

// The outline of a node body of this tier: an octagon for tier 0, rounded rectangles otherwise.
QPainterPath serviceNodeShape(const QRectF &rect, std::optional<int> tier, double grow = 0);

// One node of the dependency graph: a service, or a collapsed System standing for its members.
class ServiceNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    struct Content {
        QString id;
        QString label;
        QStringList members;
        std::optional<int> tier;
        bool collapsedSystem = false;
    };

    ServiceNodeItem(Content content, QSizeF size, const ServiceGraphStyle *style);

    const QString &id() const { return m_content.id; }
    const Content &content() const { return m_content; }
    QRectF nodeRect() const { return m_rect; } // the body, in item coordinates (centred on 0,0)

    // Returns whether anything visible changed (and schedules a repaint then).
    bool setLook(const ServiceNodeLook &look);
    const ServiceNodeLook &look() const { return m_look; }
    void setNodeSelected(bool selected);
    bool isNodeSelected() const { return m_selected; }
    void setSearchMatch(bool match);
    bool isSearchMatch() const { return m_searchMatch; }

    // What paint() uses, for tests and the legend: the body's fill, its border, and the impact
    // outline (Qt::NoPen when the service is not affected).
    QBrush fillBrush() const;
    QPen borderPen() const;
    QPen impactPen() const;
    // Computed when asked (the view shows it on hover), not on every change.
    QString toolTipText() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    // The outlines depend only on size and tier: computed once, not on every paint (the stripe
    // is a path intersection, which is expensive with thousands of nodes).
    struct Geometry {
        QPainterPath body;
        QPainterPath stripe;
        QPainterPath innerBorder; // tier 0's double border
        QPainterPath halo;        // impact outline
        QPainterPath selection;
        QPainterPath search;
        QPainterPath hatch;       // "marked failed" lines, as areas within the body
        QRectF badge;
        QRectF name;
        QRectF status;
    };
    void paintBody(QPainter *painter, bool withText) const;

    Content m_content;
    QRectF m_rect;
    Geometry m_geometry;
    QString m_displayLabel;
    const ServiceGraphStyle *m_style;
    ServiceNodeLook m_look;
    bool m_selected = false;
    bool m_searchMatch = false;
};

// A dependency: from the dependent to its dependency, arrowhead at the dependency; dashed when soft.
class ServiceEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 702 };

    // `points`: a cubic Bézier spline (start, then control, control, end triples), as from Graphviz.
    ServiceEdgeItem(QString from, QString to, bool soft, const QList<QPointF> &points,
                    std::optional<QPointF> arrowTip);

    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    bool isSoft() const { return m_soft; }
    // Part of the blast radius: the dependency is failed or impacted and so is the dependent.
    bool setHighlighted(bool highlighted);
    // The node items at the ends, for recolouring without looking them up.
    void setEnds(ServiceNodeItem *from, ServiceNodeItem *to)
    {
        m_fromItem = from;
        m_toItem = to;
    }
    ServiceNodeItem *fromItem() const { return m_fromItem; }
    ServiceNodeItem *toItem() const { return m_toItem; }
    QString toolTipText() const;
    bool isHighlighted() const { return m_highlighted; }
    QPen pen() const;
    QPolygonF arrowHead() const { return m_arrow; }
    QPainterPath path() const { return m_path; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QString m_from, m_to;
    bool m_soft;
    bool m_highlighted = false;
    ServiceNodeItem *m_fromItem = nullptr;
    ServiceNodeItem *m_toItem = nullptr;
    QPainterPath m_path;
    mutable QPainterPath m_shape;
    QPolygonF m_arrow;
    QRectF m_bounds;
};

} // namespace ic
