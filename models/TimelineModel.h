#pragma once

#include "TimelineStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ic {

// The events of one incident file, oldest at the top. Loads lazily from the newest end:
// it starts with the last page, and fetchMore() prepends older pages, so a file with a
// million events opens in milliseconds. Filters (kind, text) run in SQL over the whole file.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, RoleColumn, KindColumn, SummaryColumn, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        AtMsRole,
        KindRole,
        PayloadRole,
        HashRole,
        CorrectedBySeqRole, // 0 when not corrected
        CorrectsSeqRole,    // for correction events: the seq they correct
        PrevHashRole,       // the hash of the event before (the genesis hash for seq 1)
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // The store must outlive the model or be detached with setStore(nullptr).
    void setStore(TimelineStore *store);
    TimelineStore *store() const { return m_store; }

    void setQuery(const TimelineStore::Query &query);
    TimelineStore::Query query() const { return m_query; }

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Loads events appended since the last load (by us or another program).
    void refresh();

    // Row of `seq` if loaded, else -1.
    int rowOfSeq(qint64 seq) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload();
    void loadCorrections(bool notify);
    void setError(const TimelineStore::Error &error);

    TimelineStore *m_store = nullptr;
    TimelineStore::Query m_query;
    QList<Event> m_events; // ascending seq
    QHash<qint64, qint64> m_correctedBy;
    qint64 m_correctionsLoadedUpTo = 0;
    qint64 m_lastSeenSeq = 0; // newest seq in the file at the last load, matching or not
    bool m_olderExhausted = true;
    int m_pageSize = 200;
    QString m_lastError;
    // Set while a structural change is being announced: a fetchMore() from a slot connected to
    // those signals would nest one change in another, so it waits for the next call instead.
    bool m_changing = false;
};

} // namespace ic
