#pragma once

#include <QList>
#include <QPointF>
#include <QStyledItemDelegate>

#include <functional>

namespace ic {

// A table cell that draws a short history (latency of a health check) as a tiny line with its
// latest value written beside it, so a rising trend is seen without opening a chart.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Reads the history of a cell: (UTC ms, value) in ascending time. A negative value is a gap
    // (no answer).
    using HistoryReader = std::function<QList<QPointF>(const QModelIndex &index)>;

    // By default the history is `index.data(historyRole)` as a QList<QPointF>.
    explicit SparklineDelegate(int historyRole, QObject *parent = nullptr);

    void setHistoryReader(HistoryReader reader) { m_reader = std::move(reader); }
    // The unit of the values, as TimeSeriesChart::formatValue takes it ("ms").
    void setUnit(const QString &unit) { m_unit = unit; }
    // Only the last `ms` of history are drawn (0: all of it).
    void setSpanMs(qint64 ms) { m_spanMs = ms; }

    QList<QPointF> history(const QModelIndex &index) const;
    // The text written beside the line: the latest value, or "–" without one.
    QString lastValueText(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    HistoryReader m_reader;
    QString m_unit = QStringLiteral("ms");
    qint64 m_spanMs = 0;
};

} // namespace ic
