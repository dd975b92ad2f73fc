#include "Incident.h"
#include "IncidentCommands.h"
#include "IncidentState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ic::IncidentStatus;
using S = ic::IncidentStatus;

Q_DECLARE_METATYPE(ic::IncidentStatus)

class IncidentStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<IncidentStatus>("from");
        QTest::addColumn<IncidentStatus>("to");
        QTest::addColumn<bool>("allowed");
        // Every pair, with the rule written out once more by hand.
        const QList<std::pair<S, S>> allowed = {
            {S::Investigating, S::Identified}, {S::Investigating, S::Mitigating}, {S::Investigating, S::Monitoring},
            {S::Investigating, S::Resolved},   {S::Identified, S::Mitigating},    {S::Identified, S::Monitoring},
            {S::Identified, S::Resolved},      {S::Mitigating, S::Monitoring},    {S::Mitigating, S::Resolved},
            {S::Monitoring, S::Resolved},      {S::Resolved, S::Closed},          {S::Monitoring, S::Mitigating},
            {S::Monitoring, S::Identified},    {S::Monitoring, S::Investigating}, {S::Resolved, S::Investigating},
        };
        for (S from : ic::AllStatuses)
            for (S to : ic::AllStatuses)
                QTest::addRow("%s -> %s", qPrintable(ic::statusName(from)), qPrintable(ic::statusName(to)))
                    << from << to << allowed.contains({from, to});
    }

    void transitions()
    {
        QFETCH(IncidentStatus, from);
        QFETCH(IncidentStatus, to);
        QFETCH(bool, allowed);
        const QString refusal = ic::transitionRefusal(from, to);
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed)
            QVERIFY(refusal.contains(ic::statusDisplayName(to)));
    }

    void severityNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("severity"); // 0: invalid
        QTest::addRow("SEV1") << u"SEV1"_s << 1;
        QTest::addRow("sev2") << u"sev2"_s << 2;
        QTest::addRow("3") << u"3"_s << 3;
        QTest::addRow("spaces") << u" SEV4 "_s << 4;
        QTest::addRow("SEV0") << u"SEV0"_s << 0;
        QTest::addRow("SEV5") << u"SEV5"_s << 0;
        QTest::addRow("SEV12") << u"SEV12"_s << 0;
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("word") << u"major"_s << 0;
    }

    void severityNames()
    {
        QFETCH(QString, text);
        QFETCH(int, severity);
        const auto parsed = ic::severityFromName(text);
        QCOMPARE(parsed.has_value(), severity != 0);
        if (parsed)
            QCOMPARE(int(*parsed), severity);
    }

    void declareFoldAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"i.incident"_s);
        qint64 identifiedAt = 0;
        {
            ic::Incident incident;
            QSignalSpy appended(&incident, &ic::Incident::eventsAppended);
            QVERIFY(!incident.declare(path, {u"Payments timing out"_s, ic::Severity::Sev1, u"alice"_s, true}));
            const auto &s = incident.state();
            QVERIFY(s.declared);
            QCOMPARE(s.title, u"Payments timing out"_s);
            QCOMPARE(s.severity, ic::Severity::Sev1);
            QVERIFY(s.exercise);
            QCOMPARE(s.status, S::Investigating);
            QCOMPARE(s.roleHolders.value(u"incident_commander"_s), u"alice"_s);
            QVERIFY(!incident.changeStatus(S::Identified, u"alice"_s));
            identifiedAt = incident.state().lastEventAtMs;
            QVERIFY(!incident.addNote(u"card processor returns 503"_s, u"bob"_s, u"scribe"_s));
            const auto refused = incident.changeStatus(S::Closed, u"alice"_s);
            QCOMPARE(refused.code, ic::TimelineStore::ErrorCode::InvalidEvent);
            QVERIFY(refused.message.contains(u"resolved"_s));
            QCOMPARE(incident.state().lastSeq, 3);
            QVERIFY(!incident.append({u"alice"_s, {}, u"role_assigned"_s,
                                      QJsonObject{{u"role"_s, u"scribe"_s}, {u"person"_s, u"bob"_s}}, std::nullopt}));
            QVERIFY(!incident.append({u"alice"_s, {}, u"role_handoff"_s,
                                      QJsonObject{{u"role"_s, u"incident_commander"_s}, {u"from"_s, u"alice"_s},
                                                  {u"to"_s, u"dave"_s}},
                                      std::nullopt}));
            QCOMPARE(appended.size(), 5);
            // A second declaration is refused.
            QVERIFY(incident.append({u"x"_s, {}, u"declared"_s,
                                     QJsonObject{{u"title"_s, u"t"_s}, {u"severity"_s, u"SEV1"_s},
                                                 {u"commander"_s, u"x"_s}, {u"exercise"_s, false}},
                                     std::nullopt}));
        }
        ic::Incident reopened;
        QVERIFY(!reopened.open(path, ic::TimelineStore::Mode::ReadOnly));
        const auto &s = reopened.state();
        QCOMPARE(s.status, S::Identified);
        QCOMPARE(s.firstEnteredMs.value(S::Identified), identifiedAt);
        QCOMPARE(s.roleHolders.value(u"incident_commander"_s), u"dave"_s);
        QCOMPARE(s.roleHolders.value(u"scribe"_s), u"bob"_s);
        QCOMPARE(s.roleHistory.size(), 3);
        QCOMPARE(s.roleHistory.last().previousHolder, u"alice"_s);
        QCOMPARE(s.eventCount, 5);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(u"status"_s).toString(), u"identified"_s);
        QCOMPARE(json.value(u"roles"_s).toObject().value(u"incident_commander"_s).toString(), u"dave"_s);
        QVERIFY(reopened.addNote(u"read-only"_s, u"x"_s).code == ic::TimelineStore::ErrorCode::ReadOnly);
    }

    void correctionsAndUndo()
    {
        QTemporaryDir dir;
        ic::Incident incident;
        QVERIFY(!incident.declare(dir.filePath(u"u.incident"_s), {u"t"_s, ic::Severity::Sev3, u"alice"_s, false}));
        QUndoStack stack;
        stack.push(new ic::AddNoteCommand(&incident, u"wrong host"_s, u"alice"_s, {}));
        QCOMPARE(incident.state().lastSeq, 2);
        stack.push(new ic::ChangeStatusCommand(&incident, S::Mitigating, u"alice"_s, {}));
        QCOMPARE(incident.state().status, S::Mitigating);
        QVERIFY(incident.state().firstEnteredMs.contains(S::Mitigating));

        stack.undo(); // appends a correction that takes the status change back
        QCOMPARE(incident.state().lastSeq, 4);
        QCOMPARE(incident.state().status, S::Investigating);
        QVERIFY(!incident.state().firstEnteredMs.contains(S::Mitigating));
        QCOMPARE(incident.state().correctedBy.value(3), 4);

        stack.undo(); // retracts the note
        QCOMPARE(incident.state().correctedBy.value(2), 5);
        stack.redo(); // the note again, as a new event
        QCOMPARE(incident.state().lastSeq, 6);

        // Rules for corrections.
        QVERIFY(incident.correct(2, u"again"_s, {}, u"alice"_s)); // already corrected
        QVERIFY(incident.correct(5, u"x"_s, {}, u"alice"_s));     // a correction itself
        QVERIFY(incident.correct(99, u"x"_s, {}, u"alice"_s));    // no such event
        QVERIFY(!incident.changeStatus(S::Identified, u"alice"_s));
        QVERIFY(!incident.changeStatus(S::Mitigating, u"alice"_s));
        QVERIFY(incident.correct(7, u"x"_s, {}, u"alice"_s)); // not the latest status change
        QVERIFY(!incident.correct(6, u"typo"_s, u"right host"_s, u"alice"_s));
        QCOMPARE(incident.state().correctedBy.value(6), 9);
        QCOMPARE(incident.store()->verify().ok, true);
    }

    void elapsedClockStopsAtResolution()
    {
        auto at = [](const char *kind, QJsonObject payload, qint64 seq, qint64 atMs) {
            ic::Event e;
            e.seq = seq;
            e.atMs = atMs;
            e.actor = u"a"_s;
            e.kind = QString::fromLatin1(kind);
            e.payload = ic::chain::canonicalJson(payload);
            return e;
        };
        ic::IncidentState s;
        QCOMPARE(s.elapsedMs(5000), 0);
        s.apply(at("declared", {{u"title"_s, u"t"_s}, {u"severity"_s, u"SEV2"_s}, {u"commander"_s, u"a"_s},
                                {u"exercise"_s, false}}, 1, 1000));
        QCOMPARE(s.elapsedMs(61000), 60000);
        QVERIFY(!s.resolvedAtMs());
        s.apply(at("status_changed", {{u"from"_s, u"investigating"_s}, {u"to"_s, u"resolved"_s}}, 2, 31000));
        QCOMPARE(s.resolvedAtMs().value_or(0), 31000);
        QCOMPARE(s.elapsedMs(99000), 30000);
        s.apply(at("status_changed", {{u"from"_s, u"resolved"_s}, {u"to"_s, u"closed"_s}}, 3, 41000));
        QCOMPARE(s.elapsedMs(99000), 30000); // closing does not restart the clock
        s.apply(at("correction", {{u"corrects"_s, 3}}, 4, 42000));
        s.apply(at("correction", {{u"corrects"_s, 2}}, 5, 43000));
        QCOMPARE(s.status, S::Investigating);
        QVERIFY(!s.resolvedAtMs());
        QCOMPARE(s.elapsedMs(99000), 98000);
    }

    void servicesMarkedFailedByHand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"marks.incident"_s);
        ic::Incident incident;
        QVERIFY(!incident.declare(path, {u"t"_s, ic::Severity::Sev2, u"alice"_s, true}));
        QUndoStack stack;
        stack.push(new ic::MarkServiceCommand(&incident, u"orders-db"_s, true, u"alice"_s, {}));
        stack.push(new ic::MarkServiceCommand(&incident, u"payments"_s, true, u"alice"_s, {}));
        QCOMPARE(incident.state().manuallyFailed(), (QStringList{u"orders-db"_s, u"payments"_s}));
        stack.push(new ic::MarkServiceCommand(&incident, u"orders-db"_s, false, u"alice"_s, {}));
        QCOMPARE(incident.state().manuallyFailed(), QStringList{u"payments"_s});
        stack.undo(); // the clearing is taken back: orders-db is failed again
        QCOMPARE(incident.state().manuallyFailed(), (QStringList{u"orders-db"_s, u"payments"_s}));
        stack.undo(); // payments' mark taken back
        QCOMPARE(incident.state().manuallyFailed(), QStringList{u"orders-db"_s});
        QVERIFY(incident.append({u"a"_s, {}, u"service_marked"_s, QJsonObject{{u"service"_s, u"x"_s}}, std::nullopt}));

        ic::Incident reopened;
        QVERIFY(!reopened.open(path, ic::TimelineStore::Mode::ReadOnly));
        QCOMPARE(reopened.state().manuallyFailed(), QStringList{u"orders-db"_s});
        QCOMPARE(reopened.state().toJson().value(u"services_marked_failed"_s).toArray().size(), 1);
        ic::Event e;
        QVERIFY(!reopened.store()->event(2, &e));
        QCOMPARE(ic::eventSummary(e), u"orders-db marked failed by hand"_s);
    }

    void refreshSeesOtherWriters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.incident"_s);
        ic::Incident a;
        QVERIFY(!a.declare(path, {u"t"_s, ic::Severity::Sev2, u"alice"_s, false}));
        ic::Incident b;
        QVERIFY(!b.open(path, ic::TimelineStore::Mode::ReadWrite));
        QVERIFY(!b.changeStatus(S::Identified, u"bob"_s));
        QSignalSpy stateSpy(&a, &ic::Incident::stateChanged);
        a.refresh();
        QCOMPARE(stateSpy.size(), 1);
        QCOMPARE(a.state().status, S::Identified);
        // a's view is current, so its own change starts from identified.
        QVERIFY(!a.changeStatus(S::Mitigating, u"alice"_s));
        ic::Event e;
        QVERIFY(!a.store()->event(3, &e));
        QCOMPARE(e.payloadObject().value(u"from"_s).toString(), u"identified"_s);
    }
};

QTEST_GUILESS_MAIN(IncidentStateTest)
#include "tst_incidentstate.moc"
