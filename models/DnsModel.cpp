#include "DnsModel.h"

#include "TimeText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

QString utcClock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"HH:mm:ss"_s);
}

} // namespace

DnsModel::DnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DnsModel::setChecks(const QList<DnsCheck> &checks)
{
    QList<Row> rows;
    for (const DnsCheck &check : checks) {
        const QList<DnsResolver> resolvers = check.resolvers.isEmpty() ? QList<DnsResolver>{DnsResolver{}} : check.resolvers;
        for (const DnsResolver &resolver : resolvers) {
            Row row{check.name, check.type, resolver.text(), check.expect, std::nullopt};
            for (const Row &old : std::as_const(m_rows)) {
                if (old.name == row.name && old.type == row.type && old.resolver == row.resolver && old.expected == row.expected)
                    row.answer = old.answer;
            }
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool DnsModel::observe(const DnsAnswer &answer)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.name != answer.name || row.type != answer.type || row.resolver != answer.resolver)
            continue;
        if (row.answer && row.answer->atMs > answer.atMs)
            return false;
        row.answer = answer;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return true;
    }
    return false;
}

DnsModel::Status DnsModel::status(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.answer)
        return Status::Unknown;
    if (!r.answer->ok)
        return Status::Failed;
    return r.answer->matchesExpected ? Status::Expected : Status::Unexpected;
}

bool DnsModel::isPropagated(const QString &name) const
{
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name != name)
            continue;
        any = true;
        if (status(i) != Status::Expected)
            return false;
    }
    return any;
}

QString DnsModel::statusText(Status status)
{
    switch (status) {
    case Status::Expected: return tr("Expected answer");
    case Status::Unexpected: return tr("Old or unexpected answer");
    case Status::Failed: return tr("No answer");
    case Status::Unknown: break;
    }
    return tr("Not asked yet");
}

int DnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Status st = status(index.row());
    switch (role) {
    case StatusRole: return int(st);
    case TtlSecondsRole: return row.answer && row.answer->ok ? QVariant(row.answer->ttlSeconds) : QVariant();
    case CheckedAtRole: return row.answer ? row.answer->atMs : qint64(0);
    case ExpectedRole: return row.expected;
    case Qt::ToolTipRole:
        if (index.column() == AnswerColumn && !row.expected.isEmpty())
            return tr("Expected: %1").arg(row.expected.join(u", "_s));
        if (index.column() == CheckedColumn && row.answer)
            return tr("%1 UTC\n%2 local time")
                .arg(QDateTime::fromMSecsSinceEpoch(row.answer->atMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                     QDateTime::fromMSecsSinceEpoch(row.answer->atMs).toString(u"yyyy-MM-dd HH:mm:ss t"_s));
        break;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return row.name;
        case TypeColumn: return row.type;
        case ResolverColumn: return row.resolver == "system"_L1 ? tr("System resolver") : row.resolver;
        case AnswerColumn:
            if (!row.answer)
                return QString();
            if (!row.answer->ok)
                return row.answer->error;
            return row.answer->values.isEmpty() ? tr("(no records)") : row.answer->values.join(u", "_s);
        case TtlColumn:
            if (!row.answer || !row.answer->ok)
                return QString();
            return durationText(qint64(row.answer->ttlSeconds) * 1000);
        case StatusColumn: return statusText(st);
        case CheckedColumn: return row.answer ? utcClock(row.answer->atMs) : QString();
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant DnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ResolverColumn: return tr("Resolver");
    case AnswerColumn: return tr("Answer");
    case TtlColumn: return tr("Cached up to");
    case StatusColumn: return tr("Status");
    case CheckedColumn: return tr("Checked (UTC)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ic
