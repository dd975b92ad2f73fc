#include "TimelineViewProxy.h"

#include "TimelineModel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ic {

TimelineViewProxy::TimelineViewProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

bool TimelineViewProxy::canFetchMore(const QModelIndex &) const
{
    return false;
}

void TimelineViewProxy::fetchMore(const QModelIndex &)
{
}

QVariant TimelineViewProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TimelineModel::TimeColumn)
        return tr("Times are UTC; hover over a time to see it in local time.");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QVariant TimelineViewProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant source = QIdentityProxyModel::data(index, role);
    const auto correctsSeq = [&] {
        return QIdentityProxyModel::data(index, TimelineModel::CorrectsSeqRole).toLongLong();
    };

    switch (role) {
    case Qt::ToolTipRole:
        // A correction names the event it takes back, so the reader can find it.
        if (const qint64 target = correctsSeq()) {
            const QString own = source.toString();
            const QString corrects = tr("Corrects event %1").arg(target);
            return own.isEmpty() ? corrects : own + u"\n\n"_s + corrects;
        }
        break;
    case Qt::FontRole:
        if (correctsSeq() != 0) {
            QFont font = source.isValid() ? source.value<QFont>() : QFont();
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return source;
}

} // namespace ic
