#pragma once

#include "LiveTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ic {

// The active Alertmanager alerts, one row per fingerprint. Rows keep their place between polls:
// a poll removes the rows of resolved alerts and appends new ones (a view sorts through a
// proxy). Each successful poll is diffed by fingerprint: alertFired() for a fingerprint not seen
// in the previous poll (every alert of the first poll: alerts already firing when the console
// starts are facts too), alertResolved() for one that is gone.
//
// A failed poll (setUnreachable) changes no row and resolves nothing: the last list stays,
// marked stale with the reason, until a poll succeeds again — an unreachable Alertmanager is
// not the end of every alert.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AlertColumn, SeverityColumn, ServiceColumn, SinceColumn, StateColumn, SummaryColumn, ColumnCount };
    enum Role {
        FingerprintRole = Qt::UserRole + 1,
        NameRole,
        SeverityRole,
        ServiceRole,
        SummaryRole,
        LabelsRole,         // QVariantMap of every label
        StartsAtMsRole,     // qint64 UTC ms
        StateRole,          // Alertmanager's state: active | suppressed | unprocessed
        SilencedRole,       // bool: at least one silence matches
        SilencedByRole,     // QStringList of silence ids
        GeneratorUrlRole,
        FirstSeenMsRole,    // qint64: the poll that first listed it
    };

    explicit AlertsModel(QObject *parent = nullptr);

    // The alerts of one successful poll read at `atMs`. A poll older than the last applied one
    // is dropped (false). Duplicate fingerprints count once (the first).
    bool setAlerts(const QList<AlertInfo> &alerts, qint64 atMs);
    // The poll failed: keep the list, mark it stale.
    void setUnreachable(const QString &reason, qint64 atMs);

    bool hasBeenRead() const { return m_lastSuccessMs > 0; }
    bool isStale() const { return m_stale; }
    QString staleReason() const { return m_staleReason; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }

    int rowOf(const QString &fingerprint) const;
    AlertInfo alert(int row) const { return m_rows.at(row).info; }
    QList<AlertInfo> alerts() const;

    static bool isSilenced(const AlertInfo &alert) { return !alert.silencedBy.isEmpty(); }
    // "Active", "Silenced", "Inhibited", "Unprocessed", translated.
    static QString stateText(const AlertInfo &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void alertFired(const ic::AlertInfo &alert);
    void alertResolved(const ic::AlertInfo &alert); // as it was last listed
    void staleChanged(bool stale, const QString &reason);

private:
    struct Row {
        AlertInfo info;
        qint64 firstSeenMs = 0;
    };
    void setStale(bool stale, const QString &reason);

    QList<Row> m_rows;
    qint64 m_lastPollMs = 0;
    qint64 m_lastSuccessMs = 0;
    bool m_stale = false;
    QString m_staleReason;
};

} // namespace ic
