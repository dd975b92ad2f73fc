// What every benchmark of scripts/bench shares: the one-line-per-figure format on stdout that
// scripts/bench, docs/performance.md and check_smoke.cmake rely on, progress on stderr, and the
// verdicts at the end.
//
//   name: value unit (baseline: value unit, ratio: r)     measured against a baseline program
//   name: value unit (goal: < X unit)                      measured against a goal
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace bench {

class BenchError : public std::runtime_error
{
public:
    explicit BenchError(const QString &what) : std::runtime_error(what.toStdString()) {}
};

// A scratch folder bench-XXXXXX inside `work` (on the disk being measured), removed afterwards
// unless `keep`; null after saying why on stderr.
inline std::unique_ptr<QTemporaryDir> makeScratchFolder(const QString &work, bool keep)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir(work).absoluteFilePath(QStringLiteral("bench-XXXXXX")));
    if (!dir->isValid()) {
        std::fprintf(stderr, "bench: cannot create a folder in %s: %s\n", qPrintable(work), qPrintable(dir->errorString()));
        return nullptr;
    }
    dir->setAutoRemove(!keep);
    if (keep)
        std::fprintf(stderr, "bench: scratch folder: %s\n", qPrintable(dir->path()));
    return dir;
}

inline void progress(const QString &text)
{
    std::fprintf(stderr, "bench: %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Enough digits to compare, no more: 12345, 123, 12.3, 1.23.
inline QString number(double value)
{
    if (value >= 100)
        return QString::number(qRound64(value));
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

inline double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figure {
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> baseline; // printed with the ratio value / baseline
    std::optional<double> below;    // printed as the goal "< below"
    QString goal;                   // for the verdict on stderr
    bool met = false;
    // Printed instead of value / baseline (e.g. a median of per-round ratios).
    std::optional<double> ratio = std::nullopt;
};

inline QList<Figure> &figures()
{
    static QList<Figure> all;
    return all;
}

inline void report(const Figure &f)
{
    using namespace Qt::StringLiterals;
    QString line = f.name + u": "_s + number(f.value) + u' ' + f.unit;
    if (f.baseline)
        line += u" (baseline: %1 %2, ratio: %3)"_s.arg(number(*f.baseline), f.unit,
                                                        QString::number(f.ratio.value_or(f.value / *f.baseline), 'f', 2));
    else if (f.below)
        line += u" (goal: < %1 %2)"_s.arg(QString::number(*f.below), f.unit);
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
    figures().append(f);
}

inline void reportLoad()
{
    using namespace Qt::StringLiterals;
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const double load = file.readLine().split(' ').value(0).toDouble();
    const int cores = QThread::idealThreadCount();
    progress(u"load average %1 on %2 cores%3"_s.arg(load).arg(cores).arg(
        load > 0.5 ? u": the machine is busy, figures will be lower than on an idle machine"_s : QString()));
}

// After the last figure: whether each goal was met (or that a smoke run measures nothing).
inline void reportVerdicts(bool smoke)
{
    using namespace Qt::StringLiterals;
    if (smoke) {
        progress(u"smoke run: the figures above come from tiny sizes and mean nothing"_s);
        return;
    }
    for (const Figure &f : std::as_const(figures()))
        progress(u"%1: goal %2 %3"_s.arg(f.name, f.goal, f.met ? u"met"_s : u"MISSED"_s));
}

} // namespace bench
