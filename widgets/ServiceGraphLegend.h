#pragma once

#include "ServiceGraphModel.h"

#include <QWidget>

#include <optional>

namespace ic {

// What the graph's shapes, colours and lines mean, drawn with the graph's own painting so that
// the two cannot drift apart. Wraps onto more lines when narrow.
class ServiceGraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceGraphLegend(QWidget *parent = nullptr);

    // The entries' texts in order (for tests and accessibility).
    QStringList entryTexts() const;
    // A note at the right end (e.g. how many services are shown); empty for none.
    void setSummary(const QString &text);
    QString summary() const { return m_summary; }
    // Without the explanations only the summary line is left.
    void setExplanationsVisible(bool visible);
    bool explanationsVisible() const { return m_explanations; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Sample { None, Health, MarkedFailed, Impact, Tier, HardEdge, SoftEdge };
    struct Entry {
        Sample sample = Sample::None;
        QString text;
        bool caption = false;
        ServiceGraphModel::HealthState health = ServiceGraphModel::HealthState::Unknown;
        ServiceGraphModel::Impact impact = ServiceGraphModel::Impact::None;
        std::optional<int> tier;
    };
    void rebuild();
    int entryWidth(const Entry &entry) const;
    int rowHeight() const;
    // Top-left of each entry when laid out in `width`, and of the summary; returns the height used.
    int place(int width, QList<QPoint> *positions, QPoint *summaryAt = nullptr) const;
    void paintSample(QPainter *painter, const Entry &entry, const QRect &rect) const;

    QList<Entry> m_entries;
    QString m_summary;
    bool m_explanations = true;
};

} // namespace ic
