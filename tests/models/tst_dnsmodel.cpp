// The DNS cutover table: rows per (check, resolver), answers matched to rows, propagation.

#include "DnsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

DnsCheck check()
{
    DnsCheck c;
    c.name = u"api.example.com"_s;
    c.type = u"A"_s;
    c.expect = {u"192.0.2.10"_s};
    c.resolvers = {DnsResolver{u"127.0.0.1"_s, 5353}, DnsResolver{u"127.0.0.2"_s, 53}};
    return c;
}

DnsAnswer answer(const char *resolver, QStringList values, qint64 atMs, bool ok = true)
{
    DnsAnswer a;
    a.name = u"api.example.com"_s;
    a.type = u"A"_s;
    a.resolver = QString::fromLatin1(resolver);
    a.atMs = atMs;
    a.ok = ok;
    a.error = ok ? QString() : u"timed out"_s;
    a.values = values;
    a.ttlSeconds = 300;
    a.matchesExpected = ok && values == QStringList{u"192.0.2.10"_s};
    return a;
}

} // namespace

class TestDnsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndPropagation();
};

void TestDnsModel::rowsAndPropagation()
{
    DnsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChecks({check()});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.status(0), DnsModel::Status::Unknown);
    QVERIFY(!model.isPropagated(u"api.example.com"_s));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.observe(answer("127.0.0.1:5353", {u"192.0.2.10"_s}, 1000)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.status(0), DnsModel::Status::Expected);
    QVERIFY(!model.isPropagated(u"api.example.com"_s)); // the second resolver still has the old answer

    QVERIFY(model.observe(answer("127.0.0.2:53", {u"192.0.2.99"_s}, 1000)));
    QCOMPARE(model.status(1), DnsModel::Status::Unexpected);
    QCOMPARE(model.data(model.index(1, DnsModel::AnswerColumn)).toString(), u"192.0.2.99"_s);
    QCOMPARE(model.data(model.index(1, DnsModel::TtlColumn)).toString(), u"5 m"_s);
    QCOMPARE(model.data(model.index(1, DnsModel::TtlColumn), DnsModel::TtlSecondsRole).toUInt(), 300u);

    QVERIFY(!model.observe(answer("127.0.0.2:53", {u"192.0.2.10"_s}, 500))); // older than the row's
    QVERIFY(!model.observe(answer("10.0.0.1:53", {u"192.0.2.10"_s}, 2000)));  // no such resolver
    QVERIFY(model.observe(answer("127.0.0.2:53", {u"192.0.2.10"_s}, 2000)));
    QVERIFY(model.isPropagated(u"api.example.com"_s));

    QVERIFY(model.observe(answer("127.0.0.1:5353", {}, 3000, false)));
    QCOMPARE(model.status(0), DnsModel::Status::Failed);
    QCOMPARE(model.data(model.index(0, DnsModel::AnswerColumn)).toString(), u"timed out"_s);
    QVERIFY(!model.isPropagated(u"api.example.com"_s));

    // A new configuration keeps the answers of rows that stay.
    DnsCheck same = check();
    same.resolvers.removeLast();
    model.setChecks({same});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.status(0), DnsModel::Status::Failed);
}

QTEST_GUILESS_MAIN(TestDnsModel)
#include "tst_dnsmodel.moc"
