#pragma once

#include "LiveTypes.h"

#include <QList>
#include <QMetaType>

#include <algorithm>
#include <limits>
#include <optional>

namespace ic {

// The one (time, value) pair every live chart draws: health latency, replica lag, PromQL series.
using SamplePoint = PromPoint;

// A bounded history of points in time order, for charts and sparklines: the newest `capacity`
// points are kept, the oldest fall off. Memory is fixed per series, whatever the poll rate.
//
// With a spacing, a point that arrives less than `spacingMs` after the point that opened the
// current bucket is merged into the newest point (its time becomes the new time, its value the
// last or the largest of the two). So a series polled every second still spans
// capacity × spacing of history; Merge::Max keeps a short spike visible (latency, lag).
//
// Copying is cheap (implicitly shared storage): models hand rings out through QVariant.
class SampleRing
{
public:
    enum class Merge { Last, Max };

    static constexpr int DefaultCapacity = 1440;

    SampleRing() : SampleRing(DefaultCapacity) {}
    explicit SampleRing(int capacity, qint64 spacingMs = 0, Merge merge = Merge::Last)
        : m_capacity(std::max(1, capacity)), m_spacingMs(std::max<qint64>(0, spacingMs)), m_merge(merge)
    {
    }

    int capacity() const { return m_capacity; }
    qint64 spacingMs() const { return m_spacingMs; }
    int size() const { return int(m_points.size()); }
    bool isEmpty() const { return m_points.isEmpty(); }

    // False (and nothing stored) when `atMs` is older than the newest point: results of a
    // worker thread can arrive late, and a chart's x axis must not run backwards.
    bool append(qint64 atMs, double value)
    {
        if (!m_points.isEmpty()) {
            SamplePoint &newest = m_points[physical(size() - 1)];
            if (atMs < newest.atMs)
                return false;
            if (atMs == newest.atMs || (m_spacingMs > 0 && atMs - m_bucketStartMs < m_spacingMs)) {
                newest.value = m_merge == Merge::Max ? std::max(newest.value, value) : value;
                newest.atMs = atMs;
                return true;
            }
        }
        m_bucketStartMs = atMs;
        if (m_points.size() < m_capacity) {
            m_points.append({atMs, value});
        } else {
            m_points[m_head] = {atMs, value};
            m_head = (m_head + 1) % m_capacity;
        }
        return true;
    }

    void clear()
    {
        m_points.clear();
        m_head = 0;
        m_bucketStartMs = 0;
    }

    // 0 is the oldest point.
    SamplePoint at(int i) const { return m_points.at(physical(i)); }
    std::optional<SamplePoint> last() const
    {
        if (m_points.isEmpty())
            return std::nullopt;
        return m_points.at(physical(size() - 1));
    }

    // The points at or after `fromMs`, oldest first (a chart's "last 5 minutes").
    QList<SamplePoint> points(qint64 fromMs = std::numeric_limits<qint64>::min()) const
    {
        // Binary search over the logical order: the points are sorted by time.
        int lo = 0, hi = size();
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (at(mid).atMs < fromMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        QList<SamplePoint> out;
        out.reserve(size() - lo);
        for (int i = lo; i < size(); ++i)
            out.append(at(i));
        return out;
    }

private:
    int physical(int logical) const { return (m_head + logical) % int(std::max<qsizetype>(1, m_points.size())); }

    QList<SamplePoint> m_points; // circular once full: m_head is the oldest
    int m_head = 0;
    int m_capacity;
    qint64 m_spacingMs;
    Merge m_merge;
    qint64 m_bucketStartMs = 0;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::SampleRing)
