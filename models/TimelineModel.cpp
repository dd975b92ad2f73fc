#include "TimelineModel.h"

#include "IncidentStatus.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

namespace {
constexpr int RefreshPage = 1000;
}

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setStore(TimelineStore *store)
{
    m_store = store;
    reload();
}

void TimelineModel::setQuery(const TimelineStore::Query &query)
{
    if (query.kinds == m_query.kinds && query.text.trimmed() == m_query.text.trimmed())
        return;
    m_query = query;
    reload();
}

void TimelineModel::setError(const TimelineStore::Error &error)
{
    m_lastError = error.message;
    Q_EMIT loadFailed(error.message);
}

void TimelineModel::reload()
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    m_events.clear();
    m_correctedBy.clear();
    m_correctionsLoadedUpTo = 0;
    m_lastSeenSeq = 0;
    m_olderExhausted = true;
    m_lastError.clear();
    if (m_store && m_store->isOpen()) {
        TimelineStore::Error error;
        m_lastSeenSeq = m_store->lastSeq(&error);
        QList<Event> page;
        if (!error)
            error = m_store->pageBefore(m_query, std::numeric_limits<qint64>::max(), m_pageSize, &page);
        if (error) {
            endResetModel();
            setError(error);
            return;
        }
        m_events.reserve(page.size());
        for (auto it = page.crbegin(); it != page.crend(); ++it)
            m_events.append(*it);
        m_olderExhausted = page.size() < m_pageSize;
        loadCorrections(false);
    }
    endResetModel();
}

void TimelineModel::loadCorrections(bool notify)
{
    // Corrections are few; the kind index finds them without reading the log.
    const QString correction = eventKindName(EventKind::Correction);
    QList<Event> page;
    for (;;) {
        if (auto e = m_store->pageAfter({{correction}, {}}, m_correctionsLoadedUpTo, RefreshPage, &page)) {
            setError(e);
            return;
        }
        for (const Event &event : std::as_const(page)) {
            const qint64 target = event.payloadObject().value("corrects"_L1).toInteger();
            m_correctedBy.insert(target, event.seq);
            m_correctionsLoadedUpTo = event.seq;
            const int row = notify ? rowOfSeq(target) : -1;
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        if (page.size() < RefreshPage)
            return;
    }
}

void TimelineModel::refresh()
{
    if (!m_store || !m_store->isOpen())
        return;
    TimelineStore::Error error;
    const qint64 last = m_store->lastSeq(&error);
    if (error) {
        setError(error);
        return;
    }
    if (last <= m_lastSeenSeq)
        return;
    const QScopedValueRollback guard(m_changing, true);
    QList<Event> page;
    qint64 after = m_lastSeenSeq;
    for (;;) {
        if (auto e = m_store->pageAfter(m_query, after, RefreshPage, &page)) {
            setError(e);
            return;
        }
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size() - 1));
            m_events.append(page);
            endInsertRows();
            after = page.constLast().seq;
        }
        if (page.size() < RefreshPage)
            break;
    }
    m_lastSeenSeq = last;
    loadCorrections(true);
}

int TimelineModel::rowOfSeq(qint64 seq) const
{
    const auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), seq,
                                     [](const Event &e, qint64 s) { return e.seq < s; });
    if (it == m_events.cend() || it->seq != seq)
        return -1;
    return int(it - m_events.cbegin());
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    const qint64 correctedBy = m_correctedBy.value(e.seq);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return e.at().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case ActorColumn: return e.actor;
        case RoleColumn: return e.role.isEmpty() ? QString() : roles::displayName(e.role);
        case KindColumn: return eventKindDisplayName(e.kind);
        case SummaryColumn: return eventSummary(e);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 UTC\n%2 local time")
                .arg(e.at().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                     e.at().toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s));
        case SummaryColumn:
            if (correctedBy)
                return tr("%1\n\nCorrected by event %2").arg(eventSummary(e)).arg(correctedBy);
            return eventSummary(e);
        default:
            if (correctedBy)
                return tr("Corrected by event %1").arg(correctedBy);
        }
        break;
    case Qt::FontRole:
        if (correctedBy) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (correctedBy)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeqRole: return e.seq;
    case AtMsRole: return e.atMs;
    case KindRole: return e.kind;
    case PayloadRole: return e.payload;
    case HashRole: return e.hash;
    case PrevHashRole: return e.prevHash;
    case CorrectedBySeqRole: return correctedBy;
    case CorrectsSeqRole:
        if (e.kind == eventKindName(EventKind::Correction))
            return e.payloadObject().value("corrects"_L1).toInteger();
        return qint64(0);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("#");
    case TimeColumn: return tr("Time (UTC)");
    case ActorColumn: return tr("Who");
    case RoleColumn: return tr("Role");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("What happened");
    }
    return {};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_store->isOpen() && !m_olderExhausted;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    const QScopedValueRollback guard(m_changing, true);
    const qint64 oldest = m_events.isEmpty() ? std::numeric_limits<qint64>::max() : m_events.constFirst().seq;
    QList<Event> page;
    if (auto e = m_store->pageBefore(m_query, oldest, m_pageSize, &page)) {
        m_olderExhausted = true;
        setError(e);
        return;
    }
    m_olderExhausted = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, 0, int(page.size() - 1));
    QList<Event> older;
    older.reserve(page.size() + m_events.size());
    for (auto it = page.crbegin(); it != page.crend(); ++it)
        older.append(*it);
    older.append(m_events);
    m_events = std::move(older);
    endInsertRows();
}

} // namespace ic
