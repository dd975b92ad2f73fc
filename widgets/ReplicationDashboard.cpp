#include "ReplicationDashboard.h"

#include "Presentation.h"
#include "ReplicationModel.h"
#include "SampleRing.h"
#include "TimeSeriesChart.h"

#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

using Rpo = ReplicationModel::Rpo;

const QColor BreachInk(0xb0, 0x40, 0x00);
const QColor DownInk(0xb0, 0x40, 0x00);

// How the topology reads at a glance: the leader in bold with a crown, RPO and member state
// with a glyph as well as a word (and a colour only on top of both), clusters in bold.
class TopologyProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const bool isCluster = source.data(ReplicationModel::IsClusterRole).toBool();
        const bool isLeader = !isCluster && source.data(ReplicationModel::IsLeaderRole).toBool();
        const auto rpo = Rpo(source.data(ReplicationModel::RpoRole).toInt());
        switch (role) {
        case Qt::DisplayRole: {
            const QString text = QIdentityProxyModel::data(index, role).toString();
            if (index.column() == ReplicationModel::MemberColumn && isLeader)
                return ReplicationDashboard::tr("♛ %1").arg(text);
            if (index.column() == ReplicationModel::RpoColumn && !text.isEmpty())
                return u"%1 %2"_s.arg(rpoGlyph(rpo), text);
            if (index.column() == ReplicationModel::StateColumn && !isCluster && !text.isEmpty())
                return u"%1 %2"_s.arg(source.data(ReplicationModel::UpRole).toBool() ? u"✓"_s : u"▼"_s, text);
            if (index.column() == ReplicationModel::StateColumn && isCluster
                && source.data(ReplicationModel::SplitBrainRole).toBool())
                return u"⚠ %1"_s.arg(text);
            if (index.column() == ReplicationModel::StateColumn && isCluster
                && source.data(ReplicationModel::ObservedRole).toBool()
                && !source.data(ReplicationModel::ReachableRole).toBool())
                return u"? %1"_s.arg(text);
            return QIdentityProxyModel::data(index, role);
        }
        case Qt::FontRole:
            if (isCluster || isLeader) {
                QFont font;
                font.setBold(true);
                return font;
            }
            break;
        case Qt::ForegroundRole:
            if (index.column() == ReplicationModel::RpoColumn && rpo == Rpo::Breached)
                return BreachInk;
            if (index.column() == ReplicationModel::LagColumn && rpo == Rpo::Breached && !isCluster)
                return BreachInk;
            if (index.column() == ReplicationModel::StateColumn && !isCluster && !source.data(ReplicationModel::UpRole).toBool())
                return DownInk;
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == ReplicationModel::LagColumn || index.column() == ReplicationModel::TimelineColumn)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            break;
        default: break;
        }
        return QIdentityProxyModel::data(index, role);
    }

    static QString rpoGlyph(Rpo rpo)
    {
        switch (rpo) {
        case Rpo::Within: return u"✓"_s;
        case Rpo::Breached: return u"▲"_s;
        case Rpo::Unknown: return u"?"_s;
        case Rpo::NotApplicable: break;
        }
        return QString();
    }
};

QString bannerStyle(const QString &background, const QString &border, const QString &ink)
{
    return u"QLabel { background-color: %1; color: %3; border-left: 6px solid %2; padding: 6px 10px; }"_s.arg(background, border, ink);
}

} // namespace

ReplicationDashboard::ReplicationDashboard(ReplicationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_splitBrain(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_proxy(new TopologyProxy(this))
    , m_tree(new QTreeView(this))
    , m_chart(new TimeSeriesChart(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"replicationDashboard"_s);

    m_splitBrain->setObjectName(u"splitBrainBanner"_s);
    m_splitBrain->setWordWrap(true);
    m_splitBrain->setTextFormat(Qt::PlainText);
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_splitBrain->setFont(big);
    m_splitBrain->setStyleSheet(bannerStyle(u"#b71c1c"_s, u"#7f0000"_s, u"#ffffff"_s));
    m_splitBrain->setAccessibleName(tr("Split brain warning"));
    m_splitBrain->hide();

    m_problems->setObjectName(u"replicationProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(bannerStyle(u"#fff3e0"_s, u"#d55e00"_s, u"#212121"_s));
    m_problems->hide();

    m_proxy->setSourceModel(model);
    m_tree->setObjectName(u"replicationTree"_s);
    m_tree->setAccessibleName(tr("Replication topology"));
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_tree->setColumnWidth(ReplicationModel::MemberColumn, 12 * em);
    m_tree->setColumnWidth(ReplicationModel::RoleColumn, 11 * em);
    m_tree->setColumnWidth(ReplicationModel::StateColumn, 22 * em);
    m_tree->setColumnWidth(ReplicationModel::TimelineColumn, 6 * em);
    m_tree->setColumnWidth(ReplicationModel::LagColumn, 8 * em);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            setCurrentCluster(current.data(ReplicationModel::ClusterRole).toString());
    });

    m_chart->setObjectName(u"replicationLagChart"_s);
    m_chart->setUnit(u"bytes"_s);
    m_chart->setEmptyText(tr("No replica lag in this time range"));

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    m_splitter->installEventFilter(this);

    m_empty->setObjectName(u"replicationEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitBrain);
    layout->addWidget(m_problems);
    layout->addWidget(m_pages, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ReplicationDashboard::onModelChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReplicationDashboard::onModelChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReplicationDashboard::onModelChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateBanners();
        updateChart();
    });
    onModelChanged();
}

void ReplicationDashboard::onModelChanged()
{
    m_tree->expandAll();
    fitTreeHeight();
    if (m_model->clusterRow(m_cluster) < 0)
        m_cluster = m_model->rowCount() > 0 ? m_model->index(0, 0).data(ReplicationModel::ClusterRole).toString() : QString();
    updateEmptyState();
    updateBanners();
    updateChart();
}

// The topology gets the height of its rows (up to 45 %), the chart the rest: a few members
// need little room, and the lag chart is what is read over time. Once the user moves the
// splitter, their choice stays.
void ReplicationDashboard::fitTreeHeight()
{
    if (m_splitterMoved)
        return;
    int rows = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows += 1 + m_proxy->rowCount(m_proxy->index(row, 0));
    const int rowHeight = rows > 0 ? std::max(m_tree->sizeHintForRow(0), fontMetrics().height() + 2) : fontMetrics().height() + 4;
    const int wanted = m_tree->header()->sizeHint().height() + std::max(rows, 3) * rowHeight + 2 * m_tree->frameWidth() + 6;
    const int total = m_splitter->height();
    if (total <= 0)
        return;
    const int tree = std::min(wanted, total * 45 / 100);
    m_splitter->setSizes({tree, total - tree - m_splitter->handleWidth()});
}

bool ReplicationDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitTreeHeight();
    return QWidget::eventFilter(watched, event);
}

void ReplicationDashboard::setCurrentCluster(const QString &service)
{
    if (service == m_cluster)
        return;
    m_cluster = service;
    const QModelIndex index = m_proxy->mapFromSource(m_model->clusterIndex(service));
    if (index.isValid() && m_tree->currentIndex().data(ReplicationModel::ClusterRole).toString() != service)
        m_tree->setCurrentIndex(index);
    updateChart();
}

void ReplicationDashboard::setBackendsFile(const QString &path)
{
    m_backendsFile = path;
    updateEmptyState();
}

void ReplicationDashboard::setRange(TimeRangeBar::Range range)
{
    m_chart->setRange(range);
}

void ReplicationDashboard::setIncidentStart(std::optional<qint64> startMs)
{
    m_chart->setIncidentStart(startMs);
}

void ReplicationDashboard::setPaused(bool paused)
{
    m_chart->setPaused(paused);
}

void ReplicationDashboard::setClock(std::function<qint64()> nowMs)
{
    m_chart->setClock(std::move(nowMs));
}

QString ReplicationDashboard::splitBrainText() const
{
    return m_splitBrain->isHidden() ? QString() : m_splitBrain->text();
}

QString ReplicationDashboard::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

bool ReplicationDashboard::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QString ReplicationDashboard::emptyStateText() const
{
    return m_empty->text();
}

void ReplicationDashboard::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_splitter);
        return;
    }
    const QString where = m_backendsFile.isEmpty() ? tr("backends.yaml in the workspace folder") : m_backendsFile;
    m_empty->setText(tr("No Patroni clusters in backends.yaml.\n\nAdd a “patroni:” list with the service, the members' "
                        "REST API URLs and max_lag to %1 to see the topology and the replica lag here.")
                         .arg(where));
    m_pages->setCurrentWidget(m_empty);
}

void ReplicationDashboard::updateBanners()
{
    QStringList splitBrains;
    QStringList problems;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cluster = m_model->index(row, 0);
        const QString name = cluster.data(ReplicationModel::ClusterRole).toString();
        if (cluster.data(ReplicationModel::SplitBrainRole).toBool()) {
            const QStringList claims = cluster.data(ReplicationModel::PrimaryClaimsRole).toStringList();
            splitBrains << (claims.size() == 2
                                ? tr("Split brain in %1: %2 and %3 both claim to be primary").arg(name, claims.at(0), claims.at(1))
                                : tr("Split brain in %1: %2 all claim to be primary").arg(name, QLocale().createSeparatedList(claims)));
        }
        if (cluster.data(ReplicationModel::ObservedRole).toBool() && !cluster.data(ReplicationModel::ReachableRole).toBool()) {
            const QString error = cluster.data(ReplicationModel::ErrorRole).toString();
            QString line = error.isEmpty() ? tr("%1 cannot be read.").arg(name) : tr("%1 cannot be read: %2.").arg(name, error);
            if (m_model->rowCount(cluster) > 0)
                line += u' ' + tr("Its members are shown as last read; they may have changed.");
            problems << u"⚠ "_s + line;
        }
    }
    m_splitBrain->setText(u"⚠ "_s + splitBrains.join(u"\n⚠ "_s));
    m_splitBrain->setVisible(!splitBrains.isEmpty());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void ReplicationDashboard::updateChart()
{
    const QModelIndex cluster = m_model->clusterIndex(m_cluster);
    if (!cluster.isValid()) {
        m_chart->setTitle(tr("Replica lag"));
        m_chart->setThreshold(std::nullopt);
        m_chart->setSeries({});
        m_chart->setError({});
        return;
    }
    m_chart->setTitle(tr("Replica lag — %1").arg(m_cluster));
    m_chart->setThreshold(cluster.data(ReplicationModel::MaxLagBytesRole).toDouble(), tr("RPO max lag"));
    QList<ChartSeries> series;
    for (int row = 0; row < m_model->rowCount(cluster); ++row) {
        const QModelIndex member = m_model->index(row, 0, cluster);
        const SampleRing ring = member.data(ReplicationModel::LagHistoryRole).value<SampleRing>();
        const bool isLeader = member.data(ReplicationModel::IsLeaderRole).toBool();
        // The leader has no lag; it is drawn only if it has a history from when it replicated.
        if (isLeader && ring.isEmpty())
            continue;
        ChartSeries line;
        const QString name = member.data(ReplicationModel::MemberRole).toString();
        line.label = isLeader ? tr("%1 (leader)").arg(name) : name;
        line.points.reserve(ring.size());
        for (int i = 0; i < ring.size(); ++i) {
            const SamplePoint p = ring.at(i);
            line.points.append(QPointF(double(p.atMs), p.value));
        }
        series.append(line);
    }
    m_chart->setSeries(series);
    if (cluster.data(ReplicationModel::ObservedRole).toBool() && !cluster.data(ReplicationModel::ReachableRole).toBool()) {
        const QString error = cluster.data(ReplicationModel::ErrorRole).toString();
        m_chart->setError(error.isEmpty() ? tr("%1 cannot be read").arg(m_cluster) : tr("%1 cannot be read: %2").arg(m_cluster, error));
    } else {
        m_chart->setError({});
    }
    if (series.isEmpty())
        m_chart->setEmptyText(cluster.data(ReplicationModel::ObservedRole).toBool() ? tr("No replica lag read yet")
                                                                                    : tr("%1 has not been read yet").arg(m_cluster));
}

} // namespace ic
