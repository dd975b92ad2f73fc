#pragma once

#include <QIdentityProxyModel>

namespace ic {

// Sits between TimelineModel and its view. It marks correction events (italic, with the seq
// they correct in the tooltip) and it hides canFetchMore() from the view: QAbstractItemView fetches whenever its *last* row is
// visible, but the timeline grows older rows at the *top*, so the panel fetches itself when
// the user scrolls up.
class TimelineViewProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TimelineViewProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
};

} // namespace ic
