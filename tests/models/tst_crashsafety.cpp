#include "TimelineStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ic::TimelineStore;

// Appends from a child process and kills it with SIGKILL at random moments, many times.
// Every append the child acknowledged must be in the file afterwards, and the chain must hold.
class CrashSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedAppendsSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.incident"_s);
        {
            TimelineStore store;
            QVERIFY(!store.create(path));
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        constexpr int Runs = 60;
        QHash<qint64, QString> acknowledged;
        int killedWithAcks = 0;
        for (int run = 0; run < Runs; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(CRASH_APPENDER),
                        {path, run % 2 ? u"batch"_s : u"single"_s, QString::number(run)});
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            QTest::qWait(int(random.bounded(10, 250)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());

            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            int acks = 0;
            // The last element is empty or a line cut by the kill: not an acknowledgement.
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const int space = lines.at(i).indexOf(' ');
                QVERIFY(space > 0);
                acknowledged.insert(lines.at(i).left(space).toLongLong(), QString::fromUtf8(lines.at(i).mid(space + 1)));
                ++acks;
            }
            killedWithAcks += acks > 0;

            // After each kill: everything acknowledged is there and the chain verifies.
            TimelineStore store;
            QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
            const auto result = store.verify();
            QVERIFY2(result.ok, qPrintable(u"run %1: seq %2: %3"_s.arg(run).arg(result.firstBadSeq).arg(result.reason)));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                ic::Event e;
                QVERIFY2(!store.event(it.key(), &e), qPrintable(u"acknowledged seq %1 lost"_s.arg(it.key())));
                QCOMPARE(e.payloadObject().value(u"text"_s).toString(), it.value());
            }
        }
        qInfo("%d runs, %d killed after at least one acknowledged append, %lld acknowledged events", Runs,
              killedWithAcks, qint64(acknowledged.size()));
        QVERIFY(killedWithAcks > Runs / 2); // the kills really landed mid-stream
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
