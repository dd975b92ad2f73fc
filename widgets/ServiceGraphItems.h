#pragma once

#include "ServiceGraphModel.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsScene>
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
    // Far out: the same colours as rectangles.
    void paintDot(QPainter *painter) const;

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
//
// The item is for hit tests, tooltips and state; ServiceGraphScene paints it, as part of the
// scene's background (see there), so it has no contents of its own.
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
    // A change invalidates the scene's background where the edge runs.
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

    // Draws the edge with the painter's transform; `levelOfDetail` is that transform's scale.
    // `area` (item coordinates), when not null, is all that is being painted.
    void paintEdge(QPainter *painter, double levelOfDetail, const QRectF &area = {}) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Nothing: the scene paints edges with its background (ItemHasNoContents is set).
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    void flatten() const;
    // What paintEdge() strokes for a highlighted edge: the pieces of the polyline within reach
    // of `area` (all of it for a null area), dashed by `pen`'s pattern; stroke with a solid pen.
    QPainterPath highlightPath(const QPen &pen, const QRectF &area, double levelOfDetail) const;

    QString m_from, m_to;
    bool m_soft;
    bool m_highlighted = false;
    ServiceNodeItem *m_fromItem = nullptr;
    ServiceNodeItem *m_toItem = nullptr;
    QPainterPath m_path;
    mutable QPainterPath m_shape;
    // The path as a polyline, with the length along it at each point; made when first needed
    // (see paintEdge()).
    mutable QPolygonF m_polyline;
    mutable QList<double> m_lengths;
    QPolygonF m_arrow;
    QRectF m_bounds;
};

// The scene of a dependency graph. It paints the edges (ServiceEdgeItem) as part of its
// background, under every node, the blast radius's edges over the others. A view that caches its
// background (QGraphicsView::CacheBackground) then repaints only nodes when they change colour:
// thousands of long edge curves cost several times a 60 Hz frame to stroke, and a health poll
// that recolours hundreds of nodes all over the view would otherwise stroke all of them again.
// Whoever adds or removes edges must reset the views' cached content; an edge's highlight
// invalidates its own area. Exports (render()) paint the edges the same way.
class ServiceGraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ServiceGraphScene(QObject *parent = nullptr);

    // The edge looks different now: its part of the background is painted again. Collected and
    // handed to the views at the latest in the next pass of the event loop, however many edges
    // changed (a blast radius highlights hundreds at once).
    void invalidateEdge(const ServiceEdgeItem *edge);
    // Hands the edges changed so far to the views now, so that the frame that shows the changed
    // nodes shows their edges too.
    void invalidateChangedEdges();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    // How far, in scene units, an edge's one-pixel lines reach beyond its bounding rectangle in
    // the most zoomed-out view of this scene.
    double cosmeticMargin() const;

    QRectF m_changedEdges;
    bool m_invalidationQueued = false;
};

} // namespace ic
