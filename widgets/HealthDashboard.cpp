#include "HealthDashboard.h"

#include "HealthModel.h"
#include "Presentation.h"
#include "SparklineDelegate.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// Worst first when sorted ascending: what needs attention comes to the top.
int stateRank(ServiceHealth state)
{
    switch (state) {
    case ServiceHealth::Down: return 0;
    case ServiceHealth::Degraded: return 1;
    case ServiceHealth::Unknown: return 2;
    case ServiceHealth::Healthy: return 3;
    }
    return 2;
}

presentation::HealthLook lookOf(ServiceHealth state)
{
    return presentation::healthLook(static_cast<ServiceGraphModel::HealthState>(state));
}

// Sorts state by severity, and times and latencies by their numbers rather than their text.
class HealthSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        switch (left.column()) {
        case HealthModel::StateColumn:
            return stateRank(ServiceHealth(left.data(HealthModel::StateRole).toInt()))
                < stateRank(ServiceHealth(right.data(HealthModel::StateRole).toInt()));
        case HealthModel::LatencyColumn:
            return left.data(HealthModel::LatencyMsRole).toLongLong() < right.data(HealthModel::LatencyMsRole).toLongLong();
        case HealthModel::LastCheckedColumn:
            return left.data(HealthModel::LastCheckedMsRole).toLongLong()
                < right.data(HealthModel::LastCheckedMsRole).toLongLong();
        default: break;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

// The state as a tinted chip with glyph and word, and "maintenance" beside it, so that the
// state is told by the word and the glyph as well as by the colour.
class HealthStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = {};
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const auto state = ServiceHealth(index.data(HealthModel::StateRole).toInt());
        const presentation::HealthLook look = lookOf(state);
        const QString text = u"%1 %2"_s.arg(look.glyph, HealthModel::stateText(state));
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QRect cell = option.rect.adjusted(4, 3, -4, -3);
        QRect chip(cell.left(), cell.top(), metrics.horizontalAdvance(text) + 14, cell.height());
        chip.setWidth(std::min(chip.width(), cell.width()));

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(look.accent, 1));
        painter->setBrush(look.fill);
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->setFont(bold);
        painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, chip.width() - 6));
        if (index.data(HealthModel::InMaintenanceRole).toBool()) {
            QFont italic = option.font;
            italic.setItalic(true);
            painter->setFont(italic);
            const bool selected = option.state & QStyle::State_Selected;
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            const QRect rest = cell.adjusted(chip.width() + 6, 0, 0, 0);
            painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                              QFontMetrics(italic).elidedText(HealthDashboard::tr("maintenance"), Qt::ElideRight, rest.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QFont bold = option.font;
        bold.setBold(true);
        const int chip = QFontMetrics(bold).horizontalAdvance(u"▼ %1"_s.arg(HealthModel::stateText(ServiceHealth::Degraded))) + 14;
        const int maintenance = QFontMetrics(option.font).horizontalAdvance(HealthDashboard::tr("maintenance")) + 10;
        size.setWidth(chip + maintenance + 8);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

HealthDashboard::HealthDashboard(HealthModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new HealthSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_sparkline(new SparklineDelegate(HealthModel::LatencyHistoryRole, this))
{
    setObjectName(u"healthDashboard"_s);
    m_filter->setObjectName(u"healthFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by service, check or error…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter health checks"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_summary->setObjectName(u"healthSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(u"healthTable"_s);
    m_table->setAccessibleName(tr("Health checks"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HealthModel::ServiceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->setItemDelegateForColumn(HealthModel::StateColumn, new HealthStateDelegate(this));
    m_sparkline->setUnit(u"ms"_s);
    // A cell is too small for two hours: the last ten minutes show the trend that matters now.
    m_sparkline->setSpanMs(10 * 60 * 1000);
    m_sparkline->setHistoryReader([](const QModelIndex &index) {
        const SampleRing ring = index.data(HealthModel::LatencyHistoryRole).value<SampleRing>();
        QList<QPointF> points;
        points.reserve(ring.size());
        for (int i = 0; i < ring.size(); ++i) {
            const SamplePoint p = ring.at(i);
            points.append(QPointF(double(p.atMs), p.value));
        }
        return points;
    });
    m_table->setItemDelegateForColumn(HealthModel::LatencyColumn, m_sparkline);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(HealthModel::ServiceColumn, 11 * em);
    m_table->setColumnWidth(HealthModel::CheckColumn, 11 * em);
    m_table->setColumnWidth(HealthModel::StateColumn, 16 * em);
    m_table->setColumnWidth(HealthModel::LatencyColumn, 12 * em);
    m_table->setColumnWidth(HealthModel::LastCheckedColumn,
                            std::max(9 * em, header->fontMetrics().horizontalAdvance(
                                                 model->headerData(HealthModel::LastCheckedColumn, Qt::Horizontal).toString())
                                                 + 3 * em));
    connect(m_table, &QTableView::activated, this, &HealthDashboard::activate);

    m_empty->setObjectName(u"healthEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 2);
    top->addSpacing(12);
    top->addWidget(m_summary, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &HealthDashboard::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HealthDashboard::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HealthDashboard::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &HealthDashboard::updateState);
    updateState();
}

void HealthDashboard::setBackendsFile(const QString &path)
{
    m_backendsFile = path;
    updateState();
}

bool HealthDashboard::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QString HealthDashboard::emptyStateText() const
{
    return m_empty->text();
}

QString HealthDashboard::summaryText() const
{
    return m_summary->text();
}

void HealthDashboard::updateState()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        const QString where = m_backendsFile.isEmpty() ? tr("backends.yaml in the workspace folder") : m_backendsFile;
        m_empty->setText(tr("No health checks in backends.yaml.\n\nAdd a “health:” list with a service, a url and a "
                            "format per check to %1; the grid fills as soon as the workspace is reloaded.")
                             .arg(where));
        m_pages->setCurrentWidget(m_empty);
        m_filter->setEnabled(false);
        m_summary->clear();
        return;
    }
    m_pages->setCurrentWidget(m_table);
    m_filter->setEnabled(true);
    int down = 0;
    int degraded = 0;
    int unknown = 0;
    int maintenance = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        // A check in a maintenance window is expected to fail: counted apart, not as a problem.
        if (index.data(HealthModel::InMaintenanceRole).toBool()) {
            ++maintenance;
            continue;
        }
        switch (ServiceHealth(index.data(HealthModel::StateRole).toInt())) {
        case ServiceHealth::Down: ++down; break;
        case ServiceHealth::Degraded: ++degraded; break;
        case ServiceHealth::Unknown: ++unknown; break;
        case ServiceHealth::Healthy: break;
        }
    }
    QStringList problems;
    if (down)
        problems << tr("%1 %2").arg(lookOf(ServiceHealth::Down).glyph, tr("%n down", nullptr, down));
    if (degraded)
        problems << tr("%1 %2").arg(lookOf(ServiceHealth::Degraded).glyph, tr("%n degraded", nullptr, degraded));
    if (unknown)
        problems << tr("%1 %2").arg(lookOf(ServiceHealth::Unknown).glyph, tr("%n unknown", nullptr, unknown));
    if (maintenance)
        problems << tr("%n in maintenance", nullptr, maintenance);
    const QString checks = rows == 1 ? tr("1 check") : tr("%1 checks").arg(rows);
    m_summary->setText(problems.isEmpty() ? tr("%1, all healthy").arg(checks)
                                          : tr("%1: %2").arg(checks, problems.join(u", "_s)));
}

void HealthDashboard::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString service = proxyIndex.siblingAtColumn(0).data(HealthModel::ServiceRole).toString();
    if (!service.isEmpty())
        Q_EMIT serviceActivated(service);
}

} // namespace ic
