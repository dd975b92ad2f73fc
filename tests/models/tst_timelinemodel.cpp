#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ic::TimelineModel;
using ic::TimelineStore;

class TimelineModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"m.incident"_s);
        TimelineStore store;
        QVERIFY(!store.create(m_path));
        QList<ic::NewEvent> batch;
        batch << ic::NewEvent{u"alice"_s, u"incident_commander"_s, u"declared"_s,
                              QJsonObject{{u"title"_s, u"t"_s}, {u"severity"_s, u"SEV2"_s},
                                          {u"commander"_s, u"alice"_s}, {u"exercise"_s, false}},
                              std::nullopt};
        for (int i = 2; i <= 1000; ++i) {
            if (i % 100 == 0)
                batch << ic::NewEvent{u"alice"_s, {}, u"status_changed"_s,
                                      QJsonObject{{u"from"_s, u"investigating"_s}, {u"to"_s, u"identified"_s}},
                                      std::nullopt};
            else
                batch << ic::NewEvent{u"bob"_s, {}, u"note"_s,
                                      QJsonObject{{u"text"_s, i % 7 == 0 ? u"replica lag %1"_s.arg(i) : u"note %1"_s.arg(i)}},
                                      std::nullopt};
        }
        QVERIFY(!store.appendBatch(batch));
    }

    void lazyLoadingFromTheNewestEnd()
    {
        TimelineStore store;
        QVERIFY(!store.open(m_path, TimelineStore::Mode::ReadWrite));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(150);
        model.setStore(&store);
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.index(149, TimelineModel::SeqColumn).data().toLongLong(), 1000);
        QCOMPARE(model.index(0, TimelineModel::SeqColumn).data().toLongLong(), 851);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(0, 0).data(TimelineModel::SeqRole).toLongLong(), 701);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, 0).data(TimelineModel::SeqRole).toLongLong(), 1);
        QCOMPARE(model.rowOfSeq(500), 499);
        QCOMPARE(model.index(0, TimelineModel::KindColumn).data().toString(), u"Declared"_s);
        QVERIFY(model.index(0, TimelineModel::SummaryColumn).data().toString().contains(u"alice"_s));
        QCOMPARE(model.headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString(), u"Time (UTC)"_s);
    }

    void filtersRunOverTheWholeFile()
    {
        TimelineStore store;
        QVERIFY(!store.open(m_path, TimelineStore::Mode::ReadOnly));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setStore(&store);
        model.setQuery({{u"status_changed"_s}, {}});
        QCOMPARE(model.rowCount(), 10); // one every 100 seqs, across the whole file
        QVERIFY(!model.canFetchMore({}));
        model.setQuery({{}, u"replica"_s});
        int expected = 0;
        for (int i = 2; i <= 1000; ++i)
            expected += (i % 100 != 0 && i % 7 == 0);
        QCOMPARE(model.rowCount(), 50);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), expected);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 50);
    }

    void refreshAppendsAndMarksCorrections()
    {
        const QString path = m_dir.filePath(u"live.incident"_s);
        TimelineStore writer;
        QVERIFY(!writer.create(path));
        QVERIFY(!writer.append({u"a"_s, {}, u"note"_s, QJsonObject{{u"text"_s, u"one"_s}}, std::nullopt}));

        TimelineStore reader;
        QVERIFY(!reader.open(path, TimelineStore::Mode::ReadOnly));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&reader);
        model.setQuery({{u"note"_s}, {}});
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(!writer.append({u"a"_s, {}, u"note"_s, QJsonObject{{u"text"_s, u"two"_s}}, std::nullopt}));
        QVERIFY(!writer.append({u"a"_s, {}, u"correction"_s, QJsonObject{{u"corrects"_s, 1}, {u"reason"_s, u"typo"_s}},
                                std::nullopt}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2); // the correction itself is filtered out
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(TimelineModel::CorrectedBySeqRole).toLongLong(), 3);
        QVERIFY(model.index(0, TimelineModel::SummaryColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(1, 0).data(TimelineModel::CorrectedBySeqRole).toLongLong(), 0);
        model.refresh(); // nothing new
        QCOMPARE(inserted.size(), 1);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TimelineModelTest)
#include "tst_timelinemodel.moc"
