// Child process of tst_crashsafety: appends forever and acknowledges each durable append on
// stdout ("<seq> <token>"), until the test kills it with SIGKILL.

#include "TimelineStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crash_appender FILE single|batch RUN\n");
        return 2;
    }
    const bool batch = args.at(2) == u"batch";
    const QString run = args.at(3);
    ic::TimelineStore store;
    if (const auto e = store.open(args.at(1), ic::TimelineStore::Mode::ReadWrite)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    for (qint64 n = 0;; ++n) {
        QList<ic::NewEvent> events;
        const int count = batch ? 25 : 1;
        for (int i = 0; i < count; ++i)
            events << ic::NewEvent{u"child"_s, {}, u"note"_s,
                                   QJsonObject{{u"text"_s, u"run %1 append %2.%3"_s.arg(run).arg(n).arg(i)}},
                                   std::nullopt};
        QList<ic::Event> stored;
        if (const auto e = store.appendBatch(events, &stored)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
        for (const ic::Event &event : std::as_const(stored))
            std::printf("%lld %s\n", event.seq, event.payloadObject().value(u"text"_s).toString().toUtf8().constData());
        std::fflush(stdout); // the acknowledgement: only after the commit returned
    }
}
