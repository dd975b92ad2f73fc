#include "TimelinePanel.h"

#include "Event.h"
#include "EventDetailsPanel.h"
#include "IncidentStatus.h"
#include "TimelineModel.h"
#include "TimelineViewProxy.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
// Pixels from the bottom that still count as "at the bottom" (touchpads rarely land exactly).
constexpr int FollowSlackPx = 4;
// The summary column ("What happened") keeps at least this share of the table and this many
// pixels; the other columns give up width (and elide) before it does.
constexpr double SummaryShare = 0.4;
constexpr int SummaryMinPx = 160;
// How far back a click on "event N" loads older events to show it; beyond that the user scrolls.
constexpr qint64 JumpLoadLimit = 10000;

// Shows the time of day alone when the column is too narrow for the date as well: the time is
// what tells events apart (the tooltip and the details have the full date).
class TimeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->rect.isEmpty())
            return;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
        if (option->fontMetrics.horizontalAdvance(option->text) <= option->rect.width() - 2 * margin)
            return;
        const QVariant atMs = index.data(TimelineModel::AtMsRole);
        if (atMs.isValid())
            option->text = QDateTime::fromMSecsSinceEpoch(atMs.toLongLong(), Qt::UTC).toString(u"HH:mm:ss"_s);
    }
};

// Ctrl+Enter, as the platform writes it.
QString addNoteShortcutText()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
}
} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TimelineViewProxy(this))
    , m_view(new QTableView(this))
    , m_details(new EventDetailsPanel(this))
    , m_kindFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_textFilterDelay(new QTimer(this))
    , m_clearFilters(new QPushButton(tr("Clear filters"), this))
    , m_noteEditor(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("Add note"), this))
{
    setObjectName(u"timelinePanel"_s);

    // Filters
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->setToolTip(tr("Show only events of one kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &kind : allEventKindNames())
        m_kindFilter->addItem(eventKindDisplayName(kind), kind);
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilters);

    m_textFilter->setObjectName(u"textFilter"_s);
    m_textFilter->setPlaceholderText(tr("Search the timeline…"));
    m_textFilter->setToolTip(tr("Shows events that contain every word you type, anywhere in the incident"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilterDelay->setSingleShot(true);
    m_textFilterDelay->setInterval(TextFilterDelayMs);
    connect(m_textFilter, &QLineEdit::textChanged, m_textFilterDelay, qOverload<>(&QTimer::start));
    connect(m_textFilterDelay, &QTimer::timeout, this, &TimelinePanel::applyFilters);
    // Enter applies at once; nobody should wait for a debounce they asked to skip.
    connect(m_textFilter, &QLineEdit::returnPressed, this, [this] {
        m_textFilterDelay->stop();
        applyFilters();
    });

    m_clearFilters->setObjectName(u"clearFilters"_s);
    m_clearFilters->setVisible(false);
    connect(m_clearFilters, &QPushButton::clicked, this, &TimelinePanel::resetFilters);

    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kindFilter);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_textFilter, 1);
    filterRow->addWidget(m_clearFilters);

    // The list
    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(TimelineModel::TimeColumn, new TimeDelegate(m_view));
    // The columns are fitted to the width (configureColumns), so the summary stays in view.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        // Once the user sets a width by hand, the panel leaves that column alone.
        if (!m_fittingColumns && section != TimelineModel::SummaryColumn)
            m_userSizedColumns.insert(section);
    });

    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TimelinePanel::onScrolled);
    connect(bar, &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_adjustingScroll)
            return;
        if (m_following && m_view->verticalScrollBar()->value() != max) {
            m_adjustingScroll = true;
            m_view->verticalScrollBar()->setValue(max);
            m_adjustingScroll = false;
        }
        // Fewer rows than fit on screen: load older ones until the view is full.
        if (max == 0)
            fetchOlder();
    });

    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { beforeRowsInserted(first); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { afterRowsInserted(first, last); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_following = true;
        m_details->clearEvent();
        fitColumns();
        m_view->scrollToBottom();
        if (m_view->verticalScrollBar()->maximum() == 0)
            fetchOlder();
    });

    // Note entry
    m_noteEditor->setObjectName(u"noteEditor"_s);
    m_noteEditor->setTabChangesFocus(true);
    m_noteEditor->installEventFilter(this);
    m_noteEditor->setFixedHeight(m_noteEditor->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_noteEditor, &QPlainTextEdit::textChanged, this, &TimelinePanel::updateNoteButton);

    m_addNote->setObjectName(u"addNoteButton"_s);
    m_addNote->setToolTip(tr("Add the note to the timeline (%1)").arg(addNoteShortcutText()));
    connect(m_addNote, &QPushButton::clicked, this, &TimelinePanel::requestNote);

    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_noteEditor, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    // The selected event in full, below the list as in a mail reader; the handle between
    // them moves, and the strip can be pushed closed.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePanel::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelinePanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const qint64 seq = m_details->seq();
        if (seq == 0)
            return;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            if (m_proxy->index(row, 0).data(TimelineModel::SeqRole).toLongLong() == seq) {
                m_details->refresh();
                return;
            }
        }
    });
    connect(m_details, &EventDetailsPanel::eventLinkActivated, this, [this](qint64 seq) {
        if (!selectEvent(seq))
            m_details->setNotice(tr("Event %1 is too far back to jump to; scroll up to load older events.").arg(seq));
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"timelineSplitter"_s);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    // A fifth of the height for the details at first: a few lines of a note, the rest on
    // scrolling; the timeline itself keeps the most room when the service graph shares the window.
    const int detailsHeight = m_details->fontMetrics().lineSpacing() * 5 + 16;
    m_splitter->setSizes({detailsHeight * 4, detailsHeight});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(noteRow);

    setNoteEntryEnabled(false);
    configureColumns();
}

void TimelinePanel::setModel(TimelineModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_following = true;
    configureColumns();
    m_view->scrollToBottom();
}

void TimelinePanel::configureColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->count() < TimelineModel::ColumnCount)
        return;
    m_userSizedColumns.clear();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);

    // What each column would like: its widest typical content or its title, whichever is wider.
    // The texts are the model's own (role names, kind names, column titles), so they are
    // translated once, where they are shown.
    const QFontMetrics metrics(m_view->font());
    const QFontMetrics headerMetrics(header->font());
    const int padding = 24;
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    const auto title = [&](int column) {
        return headerMetrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString()) + padding;
    };
    m_preferredWidths.fill(0, TimelineModel::ColumnCount);
    m_preferredWidths[TimelineModel::SeqColumn] = title(TimelineModel::SeqColumn); // grows with the numbers
    m_preferredWidths[TimelineModel::TimeColumn] =
        qMax(title(TimelineModel::TimeColumn), width(u"0000-00-00 00:00:00"_s));
    m_preferredWidths[TimelineModel::ActorColumn] = qMax(title(TimelineModel::ActorColumn), width(u"MMMMMMMM"_s));
    int roleWidth = title(TimelineModel::RoleColumn);
    for (const QString &role : roles::all())
        roleWidth = qMax(roleWidth, width(roles::displayName(role)));
    m_preferredWidths[TimelineModel::RoleColumn] = qMin(roleWidth, width(u"MMMMMMMMMMMM"_s));
    int kindWidth = title(TimelineModel::KindColumn);
    for (const QString &kind : allEventKindNames())
        kindWidth = qMax(kindWidth, width(eventKindDisplayName(kind)));
    m_preferredWidths[TimelineModel::KindColumn] = qMin(kindWidth, width(u"MMMMMMMMMMMM"_s));
    fitColumns();
}

void TimelinePanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->count() < TimelineModel::ColumnCount || m_preferredWidths.size() < TimelineModel::ColumnCount)
        return;
    // The columns share the viewport so that "What happened" always keeps a good part of it.
    // The others get what they would like; when that leaves the summary too little, the time
    // column drops the date first (TimeDelegate), then who, role and kind give up width in
    // proportion, down to a floor, and elide. The details below the list show all of it.
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    const QFontMetrics metrics(m_view->font());
    const int padding = 24;
    // The number column is as wide as the largest number loaded (at least three digits).
    const int rows = m_proxy->rowCount();
    const qint64 lastSeq = rows > 0 ? m_proxy->index(rows - 1, 0).data(TimelineModel::SeqRole).toLongLong() : 0;
    const int digits = qMax(3, int(QString::number(lastSeq).size()));
    const int summaryMin = qMax(SummaryMinPx, int(available * SummaryShare));
    const int timeOnly = metrics.horizontalAdvance(u"00:00:00"_s) + padding;
    const int floor = metrics.horizontalAdvance(u"MMMM"_s);
    const auto fitted = [this](int column) { return !m_userSizedColumns.contains(column); };

    QList<int> widths = m_preferredWidths;
    widths[TimelineModel::SeqColumn] =
        qMax(widths.at(TimelineModel::SeqColumn), metrics.horizontalAdvance(QString(digits, u'0')) + padding);
    int used = 0;
    for (int column = 0; column < TimelineModel::ColumnCount; ++column) {
        if (column == TimelineModel::SummaryColumn)
            continue;
        if (!fitted(column))
            widths[column] = header->sectionSize(column);
        used += widths[column];
    }
    int excess = used + summaryMin - available;

    if (excess > 0 && fitted(TimelineModel::TimeColumn)) {
        const int give = qBound(0, widths.at(TimelineModel::TimeColumn) - timeOnly, excess);
        widths[TimelineModel::TimeColumn] -= give;
        excess -= give;
    }
    if (excess > 0) {
        QList<int> squeezable;
        int slack = 0;
        for (int column : {TimelineModel::ActorColumn, TimelineModel::RoleColumn, TimelineModel::KindColumn}) {
            if (fitted(column) && widths.at(column) > floor) {
                squeezable << column;
                slack += widths.at(column) - floor;
            }
        }
        const int take = qMin(excess, slack);
        int taken = 0;
        for (int column : std::as_const(squeezable)) {
            const int share = int(qint64(widths.at(column) - floor) * take / qMax(1, slack));
            widths[column] -= share;
            taken += share;
        }
        // What the rounding left over, a pixel at a time.
        for (qsizetype i = 0; taken < take && i < squeezable.size(); ++i) {
            if (widths.at(squeezable.at(i)) > floor) {
                --widths[squeezable.at(i)];
                ++taken;
                if (i == squeezable.size() - 1)
                    i = -1;
            }
        }
    }

    m_fittingColumns = true;
    for (int column = 0; column < TimelineModel::ColumnCount; ++column) {
        if (column != TimelineModel::SummaryColumn && fitted(column) && header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    m_fittingColumns = false;
}

void TimelinePanel::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        m_details->setEvent(current);
    else
        m_details->clearEvent();
}

bool TimelinePanel::selectEvent(qint64 seq)
{
    if (!m_model || seq <= 0)
        return false;
    int row = m_model->rowOfSeq(seq);
    if (row < 0 && (m_kindFilter->currentIndex() > 0 || !m_textFilter->text().trimmed().isEmpty())) {
        // The filters hide it: show everything again rather than fail.
        resetFilters();
        row = m_model->rowOfSeq(seq);
    }
    if (row < 0 && m_model->rowCount() > 0 && m_model->canFetchMore({})) {
        // Older than what is loaded: load back to it in one page, within reason.
        const qint64 oldest = m_model->index(0, 0).data(TimelineModel::SeqRole).toLongLong();
        const qint64 missing = oldest - seq;
        if (missing > 0 && missing <= JumpLoadLimit) {
            const int pageSize = m_model->pageSize();
            m_model->setPageSize(int(missing));
            m_model->fetchMore({});
            m_model->setPageSize(pageSize);
            row = m_model->rowOfSeq(seq);
        }
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TimelinePanel::setNoteEntryEnabled(bool enabled, const QString &reason)
{
    m_noteEntryEnabled = enabled;
    m_noteEditor->setReadOnly(!enabled);
    m_noteEditor->setEnabled(enabled);
    m_noteEditor->setPlaceholderText(enabled
        ? tr("Add a note to the timeline… (%1 adds it)").arg(addNoteShortcutText())
        : (reason.isEmpty() ? tr("Notes cannot be added: no incident is open for writing.") : reason));
    updateNoteButton();
}

void TimelinePanel::clearNoteEditor()
{
    m_noteEditor->clear();
}

void TimelinePanel::resetFilters()
{
    const QSignalBlocker blockKind(m_kindFilter);
    const QSignalBlocker blockText(m_textFilter);
    m_kindFilter->setCurrentIndex(0);
    m_textFilter->clear();
    m_textFilterDelay->stop();
    applyFilters();
}

void TimelinePanel::applyFilters()
{
    updateClearFilters();
    if (!m_model)
        return;
    TimelineStore::Query query;
    const QString kind = m_kindFilter->currentData().toString();
    if (!kind.isEmpty())
        query.kinds << kind;
    query.text = m_textFilter->text().trimmed();
    const TimelineStore::Query current = m_model->query();
    if (current.kinds == query.kinds && current.text.trimmed() == query.text)
        return;
    m_model->setQuery(query);
}

void TimelinePanel::updateClearFilters()
{
    const bool filtered = m_kindFilter->currentIndex() > 0 || !m_textFilter->text().trimmed().isEmpty();
    m_clearFilters->setVisible(filtered);
}

void TimelinePanel::updateNoteButton()
{
    m_addNote->setEnabled(m_noteEntryEnabled && !m_noteEditor->toPlainText().trimmed().isEmpty());
}

void TimelinePanel::requestNote()
{
    if (!m_noteEntryEnabled)
        return;
    const QString text = m_noteEditor->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    Q_EMIT noteRequested(text);
}

bool TimelinePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_noteEditor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            requestNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePanel::onScrolled(int value)
{
    if (m_adjustingScroll)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_following = value >= bar->maximum() - FollowSlackPx;
    if (value == bar->minimum() && bar->maximum() > 0)
        fetchOlder();
}

void TimelinePanel::fetchOlder()
{
    if (!m_model || m_fetchQueued || !m_model->canFetchMore({}))
        return;
    // Not from inside the scroll bar's own signal: the fetch moves the scroll bar again.
    m_fetchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fetchQueued = false;
        if (m_model && m_model->canFetchMore({}))
            m_model->fetchMore({});
    });
}

void TimelinePanel::beforeRowsInserted(int first)
{
    m_anchorSeq = 0;
    if (first != 0 || m_proxy->rowCount() == 0 || m_following)
        return;
    // Older rows are about to be prepended: remember what the user is looking at.
    int row = m_view->rowAt(0);
    if (row < 0)
        row = 0;
    m_anchorSeq = m_proxy->index(row, 0).data(TimelineModel::SeqRole).toLongLong();
    m_anchorOffset = m_view->rowViewportPosition(row);
}

void TimelinePanel::afterRowsInserted(int first, int last)
{
    Q_UNUSED(last)
    fitColumns(); // the numbers may have grown a digit
    if (first != 0 || m_anchorSeq == 0 || !m_model)
        return;
    const int row = m_model->rowOfSeq(m_anchorSeq);
    m_anchorSeq = 0;
    if (row < 0)
        return;
    // Lay out now so the scroll range already includes the new rows, then shift by their height.
    m_adjustingScroll = true;
    m_view->doItemsLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + m_view->rowViewportPosition(row) - m_anchorOffset);
    m_adjustingScroll = false;
}

} // namespace ic
