#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace ic {

// DNS cutover watch: one row per (check, resolver) of backends.yaml with the latest answer, its
// TTL (how long clients may still cache the old answer) and whether it is the expected one.
// A cutover has propagated when every row of a name shows the expected answer.
class DnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ResolverColumn, AnswerColumn, TtlColumn, StatusColumn, CheckedColumn, ColumnCount };
    enum class Status { Unknown, Expected, Unexpected, Failed };
    Q_ENUM(Status)
    enum Role {
        StatusRole = Qt::UserRole + 1, // Status as int
        TtlSecondsRole,                // quint32, invalid before the first answer
        CheckedAtRole,                 // qint64 UTC ms, 0 before the first answer
        ExpectedRole,                  // QStringList
    };

    explicit DnsModel(QObject *parent = nullptr);

    // Answers of rows whose name, type and resolver stay are kept.
    void setChecks(const QList<DnsCheck> &checks);
    // False when no row matches (name, type, resolver) or the answer is older than the row's.
    bool observe(const DnsAnswer &answer);

    Status status(int row) const;
    // Names whose every resolver gives the expected answer.
    bool isPropagated(const QString &name) const;
    static QString statusText(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString name;
        QString type;
        QString resolver;
        QStringList expected;
        std::optional<DnsAnswer> answer;
    };
    QList<Row> m_rows;
};

} // namespace ic
