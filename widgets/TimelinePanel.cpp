#include "TimelinePanel.h"

#include "Event.h"
#include "TimelineModel.h"
#include "TimelineViewProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
// Pixels from the bottom that still count as "at the bottom" (touchpads rarely land exactly).
constexpr int FollowSlackPx = 4;
} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TimelineViewProxy(this))
    , m_view(new QTableView(this))
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
    m_addNote->setToolTip(tr("Add the note to the timeline (Ctrl+Enter)"));
    connect(m_addNote, &QPushButton::clicked, this, &TimelinePanel::requestNote);

    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_noteEditor, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
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
    const QFontMetrics metrics(m_view->font());
    const int padding = 24;
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    header->resizeSection(TimelineModel::SeqColumn, width(u"00000"_s));
    header->resizeSection(TimelineModel::TimeColumn, width(u"0000-00-00 00:00:00"_s));
    header->resizeSection(TimelineModel::ActorColumn, width(u"MMMMMMMM"_s));
    header->resizeSection(TimelineModel::RoleColumn, width(tr("Incident commander")));
    int kindWidth = width(tr("Kind"));
    for (const QString &kind : allEventKindNames())
        kindWidth = qMax(kindWidth, width(eventKindDisplayName(kind)));
    header->resizeSection(TimelineModel::KindColumn, qMin(kindWidth, width(u"MMMMMMMMMMMMMM"_s)));
}

void TimelinePanel::setNoteEntryEnabled(bool enabled, const QString &reason)
{
    m_noteEntryEnabled = enabled;
    m_noteEditor->setReadOnly(!enabled);
    m_noteEditor->setEnabled(enabled);
    m_noteEditor->setPlaceholderText(enabled
        ? tr("Add a note to the timeline… (Ctrl+Enter adds it)")
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
