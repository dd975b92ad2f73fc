// Drives the console's window the way a user does: declare through the dialog, type notes,
// change status, undo, filter, open read-only; checks both the screen and the incident file.

#include "EventDetailsPanel.h"
#include "IncidentHeader.h"
#include "IncidentStatusIndicators.h"
#include "IncidentSummaryPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "NewIncidentDialog.h"
#include "Presentation.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "TimelineStore.h"
#include "WelcomePanel.h"
#include "WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QCommandLinkButton>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QUndoStack>

#include <ctime>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ic;

namespace {

// The window under test with a model tester watching its timeline the whole time.
struct Console {
    Console()
    {
        window.setActor(u"tester"_s);
        window.setLayoutSavedOnClose(false);
        tester = std::make_unique<QAbstractItemModelTester>(window.timelineModel(),
                                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1280, 800);
        window.show();
    }
    MainWindow window;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString summaryOfRow(const QTableView *view, int row)
{
    return view->model()->index(row, TimelineModel::SummaryColumn).data().toString();
}

void clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, TimelineModel::SummaryColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Clicks the link to `href` in a text browser the way a user does; false if there is none.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect rect = browser->cursorRect(cursor);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(1, 0));
            return true;
        }
    }
    return false;
}

// Who takes how much width, for a failure message about the window's minimum size.
QString minimumWidths(QWidget *root)
{
    QStringList lines;
    const std::function<void(QWidget *, int)> walk = [&](QWidget *widget, int depth) {
        if (depth > 5 || widget->isHidden())
            return;
        const int minimum = qMax(widget->minimumSizeHint().width(), widget->minimumWidth());
        if (minimum >= 200)
            lines << u"%1%2 (%3): min %4"_s.arg(QString(depth * 2, u' '), widget->objectName(),
                                                 QString::fromLatin1(widget->metaObject()->className()))
                         .arg(minimum);
        for (QObject *child : widget->children()) {
            if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow())
                walk(w, depth + 1);
        }
    };
    walk(root, 0);
    return lines.join(u'\n');
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void slugify_data();
    void slugify();
    void formatDuration_data();
    void formatDuration();
    void dialogValidation_data();
    void dialogValidation();
    void declareThroughDialog();
    void addNoteWithCtrlEnter();
    void changeStatusAndRefusal();
    void undoNoteAppendsCorrection();
    void kindAndTextFilters();
    void openReadOnly();
    void followsEventsFromOtherPrograms();
    void olderEventsLoadWithoutMovingTheView();
    void emptyStateAndRecentFiles();
    void declareFailureKeepsDialogOpen();
    void layoutResetAndRestore();
    void undoActionNamesTheCommand();
    void eventDetailsShowTheWholeEvent();
    void narrowWindowFits_data();
    void narrowWindowFits();

private:
    // Declares an incident by filling in the New Incident dialog with keystrokes.
    bool declareViaDialog(MainWindow &window, const QString &path, const QString &title, bool exercise = false);
    QString makeIncident(const QString &name, int notes);

    QTemporaryDir m_dir;
};

void TestWidgets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateWidgetTest(m_dir.filePath(u"config"_s), u"tst_widgets"_s);
}

void TestWidgets::init()
{
    QSettings().clear();
}

bool TestWidgets::declareViaDialog(MainWindow &window, const QString &path, const QString &title, bool exercise)
{
    window.newIncidentAction()->trigger();
    QPointer<NewIncidentDialog> dialog = window.findChild<NewIncidentDialog *>();
    if (!dialog || !dialog->isVisible()) {
        qWarning("New Incident dialog did not open");
        return false;
    }
    auto *titleEdit = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *commander = dialog->findChild<QLineEdit *>(u"commanderEdit"_s);
    auto *severity = dialog->findChild<QComboBox *>(u"severityCombo"_s);
    auto *exerciseCheck = dialog->findChild<QCheckBox *>(u"exerciseCheck"_s);
    auto *pathEdit = dialog->findChild<QLineEdit *>(u"pathEdit"_s);
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);

    QTest::keyClicks(titleEdit, title);
    commander->selectAll();
    QTest::keyClicks(commander, u"alice"_s);
    // SEV2: from the top of the list, one step down.
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Home);
    QTest::keyClick(severity, Qt::Key_Down);
    if (exercise) {
        exerciseCheck->setFocus();
        QTest::keyClick(exerciseCheck, Qt::Key_Space);
    }
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, path);
    if (!ok->isEnabled()) {
        qWarning() << "OK is disabled:" << dialog->findChild<QLabel *>(u"pathMessage"_s)->text();
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); });
}

QString TestWidgets::makeIncident(const QString &name, int notes)
{
    const QString path = m_dir.filePath(name);
    Incident incident;
    Incident::Declaration declaration;
    declaration.title = u"Prepared %1"_s.arg(name);
    declaration.severity = Severity::Sev3;
    declaration.commander = u"carol"_s;
    if (auto e = incident.declare(path, declaration)) {
        qWarning() << e.message;
        return {};
    }
    QList<NewEvent> batch;
    for (int i = 1; i <= notes; ++i)
        batch << NewEvent{u"carol"_s, {}, u"note"_s, QJsonObject{{u"text"_s, u"prepared note %1"_s.arg(i)}}, {}};
    if (!batch.isEmpty()) {
        if (auto e = incident.store()->appendBatch(batch)) {
            qWarning() << e.message;
            return {};
        }
    }
    incident.close();
    return path;
}

void TestWidgets::slugify_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::addRow("plain") << u"Checkout returns 502"_s << u"checkout-returns-502"_s;
    QTest::addRow("punctuation") << u"  DB failover — EU (west)!  "_s << u"db-failover-eu-west"_s;
    QTest::addRow("accents") << u"Störung Zahlungsdienst"_s << u"storung-zahlungsdienst"_s;
    QTest::addRow("empty") << QString() << u"incident"_s;
    QTest::addRow("only symbols") << u"!!!"_s << u"incident"_s;
    QTest::addRow("long") << QString(80, u'a') << QString(48, u'a');
}

void TestWidgets::slugify()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(NewIncidentDialog::slugify(title), slug);
}

void TestWidgets::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << u"00:00:00"_s;
    QTest::addRow("h m s") << qint64(3723000) << u"01:02:03"_s;
    QTest::addRow("rounds down") << qint64(59999) << u"00:00:59"_s;
    QTest::addRow("past a day") << qint64(25 * 3600 * 1000LL) << u"25:00:00"_s;
    QTest::addRow("negative") << qint64(-5000) << u"00:00:00"_s;
}

void TestWidgets::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(presentation::formatDuration(ms), text);
}

void TestWidgets::dialogValidation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("commander");
    QTest::addColumn<QString>("path"); // relative to the temporary folder unless absolute-looking
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messageObject");

    QTest::addRow("valid") << u"Outage"_s << u"alice"_s << u"new/outage.incident"_s << true << QString();
    QTest::addRow("no title") << QString() << u"alice"_s << u"a.incident"_s << false << u"titleMessage"_s;
    QTest::addRow("no commander") << u"Outage"_s << QString() << u"b.incident"_s << false << u"commanderMessage"_s;
    QTest::addRow("wrong suffix") << u"Outage"_s << u"alice"_s << u"c.db"_s << false << u"pathMessage"_s;
    QTest::addRow("exists") << u"Outage"_s << u"alice"_s << u"existing.incident"_s << false << u"pathMessage"_s;
    QTest::addRow("relative") << u"Outage"_s << u"alice"_s << u"!relative.incident"_s << false << u"pathMessage"_s;
}

void TestWidgets::dialogValidation()
{
    QFETCH(QString, title);
    QFETCH(QString, commander);
    QFETCH(QString, path);
    QFETCH(bool, valid);
    QFETCH(QString, messageObject);

    QFile existing(m_dir.filePath(u"existing.incident"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();

    NewIncidentDialog dialog;
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet

    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), title);
    auto *commanderEdit = dialog.findChild<QLineEdit *>(u"commanderEdit"_s);
    commanderEdit->selectAll();
    if (commander.isEmpty())
        QTest::keyClick(commanderEdit, Qt::Key_Backspace);
    else
        QTest::keyClicks(commanderEdit, commander);
    auto *pathEdit = dialog.findChild<QLineEdit *>(u"pathEdit"_s);
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, path.startsWith(u'!') ? path.mid(1) : m_dir.filePath(path));

    QCOMPARE(ok->isEnabled(), valid);
    QCOMPARE(dialog.isInputValid(), valid);
    if (!messageObject.isEmpty()) {
        auto *message = dialog.findChild<QLabel *>(messageObject);
        QVERIFY(message);
        QVERIFY(!message->isHidden());
        QVERIFY(!message->text().isEmpty());
    }
}

void TestWidgets::declareThroughDialog()
{
    Console console;
    MainWindow &window = console.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The suggested file name follows the title until the user edits it.
    window.newIncidentAction()->trigger();
    auto *dialog = window.findChild<NewIncidentDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Checkout returns 502"_s);
    QVERIFY2(dialog->filePath().endsWith(u"-checkout-returns-502.incident"_s), qPrintable(dialog->filePath()));
    QVERIFY(dialog->filePath().contains(QDate::currentDate().toString(u"yyyy-MM-dd"_s)));
    dialog->reject();
    QTRY_VERIFY(window.findChild<NewIncidentDialog *>() == nullptr); // deleted on close

    const QString path = m_dir.filePath(u"declared/checkout.incident"_s);
    QVERIFY(declareViaDialog(window, path, u"Checkout returns 502"_s, true));

    QVERIFY(QFile::exists(path));
    QVERIFY(window.incident()->isOpen());
    QVERIFY(!window.incident()->isReadOnly());
    const QList<Event> events = readEvents(path);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, u"declared"_s);
    const QJsonObject payload = events.first().payloadObject();
    QCOMPARE(payload.value(u"title"_s).toString(), u"Checkout returns 502"_s);
    QCOMPARE(window.incident()->state().severity, Severity::Sev2);
    QVERIFY(window.incident()->state().exercise);
    QCOMPARE(window.incident()->state().roleHolders.value(QString::fromLatin1(roles::IncidentCommander)), u"alice"_s);

    // What a user sees at a glance.
    QCOMPARE(window.header()->severityText(), u"SEV2"_s);
    QCOMPARE(window.header()->statusText(), statusDisplayName(IncidentStatus::Investigating).toUpper());
    QVERIFY(window.header()->elapsedText().contains(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d$"_s)));
    QCOMPARE(window.summaryPanel()->titleText(), u"Checkout returns 502"_s);
    QVERIFY(window.summaryPanel()->isExerciseBannerVisible());
    QVERIFY(window.statusIndicators()->statusText().contains(statusDisplayName(IncidentStatus::Investigating)));
    QCOMPARE(window.statusIndicators()->severityText(), u"SEV2"_s);
    QVERIFY(!window.statusIndicators()->isReadOnlyShown());
    QVERIFY(window.statusIndicators()->clockText().contains(u"UTC"_s));
    QVERIFY(window.windowTitle().contains(u"Checkout returns 502"_s));
    QVERIFY(window.statusAction(IncidentStatus::Investigating)->isChecked());
    QCOMPARE(window.timelineModel()->rowCount(), 1);

    // The commander is remembered for the next incident.
    QCOMPARE(QSettings().value(u"newIncident/lastCommander"_s).toString(), u"alice"_s);
}

void TestWidgets::addNoteWithCtrlEnter()
{
    Console console;
    MainWindow &window = console.window;
    const QString path = m_dir.filePath(u"note.incident"_s);
    QVERIFY(declareViaDialog(window, path, u"Notes"_s));

    QPlainTextEdit *editor = window.timelinePanel()->noteEditor();
    QVERIFY(editor->isEnabled());
    auto *addButton = window.timelinePanel()->findChild<QPushButton *>(u"addNoteButton"_s);
    QVERIFY(!addButton->isEnabled()); // nothing to add yet
    editor->setFocus();
    QTest::keyClicks(editor, u"Paged the DBA on call"_s);
    QVERIFY(addButton->isEnabled());
    // A plain Enter is a new line in the note, not a submission.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"second line"_s);
    QCOMPARE(readEvents(path).size(), 1);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    const QList<Event> events = readEvents(path);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().kind, u"note"_s);
    QCOMPARE(events.last().actor, u"tester"_s);
    QCOMPARE(events.last().payloadObject().value(u"text"_s).toString(), u"Paged the DBA on call\nsecond line"_s);
    QVERIFY(editor->toPlainText().isEmpty());

    // Shown at the bottom, and scrolled into view.
    QTableView *view = window.timelinePanel()->view();
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(summaryOfRow(view, 1).contains(u"Paged the DBA on call"_s));
    QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->model()->index(1, 0))));

    // The button does the same as Ctrl+Enter.
    QTest::keyClicks(editor, u"Status page updated"_s);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(readEvents(path).size(), 3);
    QVERIFY(summaryOfRow(view, view->model()->rowCount() - 1).contains(u"Status page updated"_s));
    QCOMPARE(window.undoStack()->count(), 2);
}

void TestWidgets::changeStatusAndRefusal()
{
    Console console;
    MainWindow &window = console.window;
    const QString path = m_dir.filePath(u"status.incident"_s);
    QVERIFY(declareViaDialog(window, path, u"Status"_s));

    window.statusAction(IncidentStatus::Identified)->trigger();
    QCOMPARE(window.incident()->state().status, IncidentStatus::Identified);
    QList<Event> events = readEvents(path);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().kind, u"status_changed"_s);
    QCOMPARE(events.last().payloadObject().value(u"to"_s).toString(), u"identified"_s);
    QVERIFY(window.statusAction(IncidentStatus::Identified)->isChecked());
    QCOMPARE(window.header()->statusText(), statusDisplayName(IncidentStatus::Identified).toUpper());
    QVERIFY(window.statusIndicators()->statusText().contains(statusDisplayName(IncidentStatus::Identified)));

    // identified → closed skips resolved: refused, with the reason in the banner.
    const QString expected = transitionRefusal(IncidentStatus::Identified, IncidentStatus::Closed);
    QVERIFY(!expected.isEmpty());
    QVERIFY(window.banner()->text().isEmpty() || !window.banner()->text().contains(expected));
    window.statusAction(IncidentStatus::Closed)->trigger();
    QCOMPARE(window.banner()->text(), expected);
    QCOMPARE(window.banner()->level(), MessageBanner::Level::Warning);
    QCOMPARE(readEvents(path).size(), 2);
    QCOMPARE(window.incident()->state().status, IncidentStatus::Identified);
    QVERIFY(window.statusAction(IncidentStatus::Identified)->isChecked());
    QVERIFY(!window.statusAction(IncidentStatus::Closed)->isChecked());
    QCOMPARE(window.undoStack()->count(), 1);

    // The banner goes away when dismissed.
    QTest::mouseClick(window.banner()->findChild<QWidget *>(u"messageBannerClose"_s), Qt::LeftButton);
    QVERIFY(window.banner()->isHidden());

    // Undo takes the status change back with a correction.
    window.undoAction()->trigger();
    QCOMPARE(window.incident()->state().status, IncidentStatus::Investigating);
    QVERIFY(window.statusAction(IncidentStatus::Investigating)->isChecked());
    events = readEvents(path);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.last().kind, u"correction"_s);
}

void TestWidgets::undoNoteAppendsCorrection()
{
    Console console;
    MainWindow &window = console.window;
    const QString path = m_dir.filePath(u"undo.incident"_s);
    QVERIFY(declareViaDialog(window, path, u"Undo"_s));

    QPlainTextEdit *editor = window.timelinePanel()->noteEditor();
    QTest::keyClicks(editor, u"Wrong host named"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(readEvents(path).size(), 2);
    const qint64 noteSeq = readEvents(path).last().seq;
    QVERIFY(window.undoAction()->isEnabled());
    QVERIFY(window.undoAction()->text().contains(u"note"_s, Qt::CaseInsensitive));

    window.undoAction()->trigger();
    const QList<Event> events = readEvents(path);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.last().kind, u"correction"_s);
    QCOMPARE(events.last().payloadObject().value(u"corrects"_s).toInteger(), noteSeq);

    QTableView *view = window.timelinePanel()->view();
    const int noteRow = window.timelineModel()->rowOfSeq(noteSeq);
    QVERIFY(noteRow >= 0);
    const QModelIndex noteIndex = view->model()->index(noteRow, TimelineModel::SummaryColumn);
    QCOMPARE(noteIndex.data(TimelineModel::CorrectedBySeqRole).toLongLong(), events.last().seq);
    QVERIFY(noteIndex.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(noteIndex.data(Qt::ToolTipRole).toString().contains(QString::number(events.last().seq)));
    const QModelIndex correction = view->model()->index(view->model()->rowCount() - 1, TimelineModel::SummaryColumn);
    QCOMPARE(correction.data(TimelineModel::CorrectsSeqRole).toLongLong(), noteSeq);
    QVERIFY(correction.data(Qt::FontRole).value<QFont>().italic());

    // Redo appends the note again (the log only grows).
    window.redoAction()->trigger();
    const QList<Event> after = readEvents(path);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.last().kind, u"note"_s);
    QCOMPARE(after.last().payloadObject().value(u"text"_s).toString(), u"Wrong host named"_s);
}

void TestWidgets::kindAndTextFilters()
{
    Console console;
    MainWindow &window = console.window;
    const QString path = m_dir.filePath(u"filters.incident"_s);
    QVERIFY(declareViaDialog(window, path, u"Filters"_s));
    QPlainTextEdit *editor = window.timelinePanel()->noteEditor();
    for (const QString &note : {u"database primary unreachable"_s, u"database replica promoted"_s,
                                u"customers notified"_s}) {
        QTest::keyClicks(editor, note);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    }
    window.statusAction(IncidentStatus::Mitigating)->trigger();
    QTableView *view = window.timelinePanel()->view();
    QCOMPARE(view->model()->rowCount(), 5);

    auto *kind = window.timelinePanel()->findChild<QComboBox *>(u"kindFilter"_s);
    auto *text = window.timelinePanel()->findChild<QLineEdit *>(u"textFilter"_s);
    auto *clear = window.timelinePanel()->findChild<QPushButton *>(u"clearFilters"_s);
    QVERIFY(clear->isHidden());
    QCOMPARE(kind->currentIndex(), 0);
    QVERIFY(kind->currentData().toString().isEmpty());
    const int noteIndex = kind->findData(u"note"_s);
    QVERIFY(noteIndex > 0);
    QCOMPARE(kind->itemText(noteIndex), eventKindDisplayName(u"note"));
    kind->setFocus();
    kind->setCurrentIndex(noteIndex);
    QCOMPARE(view->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(view->model()->index(row, 0).data(TimelineModel::KindRole).toString(), u"note"_s);
    QVERIFY(!clear->isHidden());

    // The text filter waits for the typing to pause.
    QTest::keyClicks(text, u"database"_s);
    QCOMPARE(view->model()->rowCount(), 3);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(summaryOfRow(view, 0).contains(u"database"_s));

    // Both filters together: prefix words, all must match.
    QTest::keyClicks(text, u" promo"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(summaryOfRow(view, 0).contains(u"replica promoted"_s));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(kind->currentIndex(), 0);
    QVERIFY(text->text().isEmpty());
}

void TestWidgets::openReadOnly()
{
    const QString path = makeIncident(u"readonly.incident"_s, 3);
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileDigest(path);

    Console console;
    MainWindow &window = console.window;
    window.openReadOnlyAction()->trigger();
    auto *fileDialog = window.findChild<QFileDialog *>(u"openReadOnlyFileDialog"_s);
    QVERIFY(fileDialog);
    QVERIFY(fileDialog->isVisible());
    fileDialog->selectFile(path);
    QVERIFY(QMetaObject::invokeMethod(fileDialog, "accept"));

    QVERIFY(window.incident()->isOpen());
    QVERIFY(window.incident()->isReadOnly());
    QCOMPARE(window.timelineModel()->rowCount(), 4);
    QVERIFY(!window.timelinePanel()->noteEditor()->isEnabled());
    QVERIFY(!window.timelinePanel()->findChild<QPushButton *>(u"addNoteButton"_s)->isEnabled());
    for (const IncidentStatus status : AllStatuses)
        QVERIFY(!window.statusAction(status)->isEnabled());
    QVERIFY(window.statusIndicators()->isReadOnlyShown());
    QVERIFY(window.windowTitle().contains(u"read-only"_s));

    // Nothing gets through, not even a note requested directly.
    window.addNote(u"should not land"_s);
    window.requestStatus(IncidentStatus::Identified);
    QCOMPARE(readEvents(path).size(), 4);
    window.closeIncident();
    QCOMPARE(fileDigest(path), before);

    // Opening it for writing again enables everything.
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadWrite));
    QVERIFY(window.timelinePanel()->noteEditor()->isEnabled());
    QVERIFY(window.statusAction(IncidentStatus::Identified)->isEnabled());
}

void TestWidgets::followsEventsFromOtherPrograms()
{
    const QString path = makeIncident(u"external.incident"_s, 60);
    QVERIFY(!path.isEmpty());
    Console console;
    MainWindow &window = console.window;
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadWrite));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.timelinePanel()->view();
    const int rows = view->model()->rowCount();
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    // Another program (incidentctl log) appends to the same file.
    {
        Incident other;
        QVERIFY(!other.open(path, TimelineStore::Mode::ReadWrite));
        QVERIFY(!other.addNote(u"appended by another program"_s, u"dave"_s));
        QVERIFY(!other.changeStatus(IncidentStatus::Identified, u"dave"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), rows + 2, 5000);
    QTRY_COMPARE(window.incident()->state().status, IncidentStatus::Identified);
    QVERIFY(window.statusAction(IncidentStatus::Identified)->isChecked());
    // Following the bottom: the new rows are in view.
    QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->model()->index(rows + 1, 0))));

    // Scrolled up to read: new events do not pull the view away.
    view->verticalScrollBar()->setValue(0);
    QVERIFY(!window.timelinePanel()->isFollowingNewEvents());
    const int topRow = view->rowAt(0);
    const qint64 topSeq = view->model()->index(topRow, 0).data(TimelineModel::SeqRole).toLongLong();
    {
        Incident other;
        QVERIFY(!other.open(path, TimelineStore::Mode::ReadWrite));
        QVERIFY(!other.addNote(u"another one"_s, u"dave"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), rows + 3, 5000);
    QTest::qWait(50);
    QCOMPARE(view->model()->index(view->rowAt(0), 0).data(TimelineModel::SeqRole).toLongLong(), topSeq);
}

void TestWidgets::olderEventsLoadWithoutMovingTheView()
{
    const QString path = makeIncident(u"large.incident"_s, 999);
    QVERIFY(!path.isEmpty());
    Console console;
    MainWindow &window = console.window;
    window.timelineModel()->setPageSize(50);
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadOnly));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.timelinePanel()->view();
    QAbstractItemModel *model = view->model();

    // Only the newest page is loaded, and the view does not fetch on its own.
    QCOMPARE(model->rowCount(), 50);
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), 50);
    QCOMPARE(model->index(49, 0).data(TimelineModel::SeqRole).toLongLong(), 1000);
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    // Scrolling to the top loads the page before; the row that was on top stays on top.
    view->verticalScrollBar()->setValue(0);
    const qint64 topSeq = model->index(view->rowAt(0), 0).data(TimelineModel::SeqRole).toLongLong();
    QCOMPARE(topSeq, 951);
    QTRY_COMPARE(model->rowCount(), 100);
    QCOMPARE(model->index(view->rowAt(0), 0).data(TimelineModel::SeqRole).toLongLong(), topSeq);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QCOMPARE(model->index(0, 0).data(TimelineModel::SeqRole).toLongLong(), 901);

    // Again, with the kind filter: it runs over the whole file, not only what is loaded.
    auto *kind = window.timelinePanel()->findChild<QComboBox *>(u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"declared"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(TimelineModel::SeqRole).toLongLong(), 1);
}

void TestWidgets::emptyStateAndRecentFiles()
{
    const QString first = makeIncident(u"recent-a.incident"_s, 0);
    const QString second = makeIncident(u"recent-b.incident"_s, 0);
    Console console;
    MainWindow &window = console.window;

    // Nothing open: the welcome page, a clear status bar, nothing to act on.
    QVERIFY(window.welcomePanel()->isVisible());
    QVERIFY(window.statusIndicators()->statusText().isEmpty());
    QVERIFY(!window.closeIncidentAction()->isEnabled());
    for (const IncidentStatus status : AllStatuses)
        QVERIFY(!window.statusAction(status)->isEnabled());
    QVERIFY(!window.timelinePanel()->noteEditor()->isEnabled());
    auto *newButton = window.welcomePanel()->findChild<QPushButton *>(u"welcomeNewButton"_s);
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto *dialog = window.findChild<NewIncidentDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->reject();

    QVERIFY(window.openIncident(first, MainWindow::Access::ReadWrite));
    QVERIFY(!window.welcomePanel()->isVisible());
    QVERIFY(window.openIncident(second, MainWindow::Access::ReadWrite));
    window.closeIncident();
    QVERIFY(window.welcomePanel()->isVisible());
    QCOMPARE(window.welcomePanel()->recentFiles(), QStringList({second, first}));
    QCOMPARE(window.welcomePanel()->recentButtons().size(), 2);

    // A recent file that disappeared is dropped when the menu is shown, and the user is told.
    QVERIFY(QFile::remove(second));
    auto *menu = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QVERIFY(window.banner()->text().contains(QDir::toNativeSeparators(second)));
    QCOMPARE(window.welcomePanel()->recentFiles(), QStringList{first});
    const QList<QAction *> entries = menu->actions();
    QCOMPARE(entries.size(), 1);
    entries.first()->trigger();
    QVERIFY(window.incident()->isOpen());
    QCOMPARE(window.incident()->path(), first);

    // The start page's entry opens it with one click.
    window.closeIncident();
    QCOMPARE(window.welcomePanel()->recentButtons().size(), 1);
    QTest::mouseClick(window.welcomePanel()->recentButtons().first(), Qt::LeftButton);
    QVERIFY(window.incident()->isOpen());
    QCOMPARE(window.incident()->path(), first);

    // A file that cannot be opened: the reason in the banner; the open incident stays open.
    const QString bogus = m_dir.filePath(u"bogus.incident"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an incident file, just text\n");
    file.close();
    QString error;
    QVERIFY(!window.openIncident(bogus, MainWindow::Access::ReadWrite, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.banner()->text(), error);
    QCOMPARE(window.banner()->level(), MessageBanner::Level::Error);
    QVERIFY(window.incident()->isOpen());
    QCOMPARE(window.incident()->path(), first);
    QVERIFY(!window.welcomePanel()->isVisible());

    // With nothing open, the start page stays.
    window.closeIncident();
    QVERIFY(!window.openIncident(bogus, MainWindow::Access::ReadOnly));
    QVERIFY(!window.incident()->isOpen());
    QVERIFY(window.welcomePanel()->isVisible());
}

void TestWidgets::declareFailureKeepsDialogOpen()
{
    Console console;
    MainWindow &window = console.window;
    const QString current = makeIncident(u"current.incident"_s, 0);
    QVERIFY(window.openIncident(current, MainWindow::Access::ReadWrite));

    // A plain file where the folder should be: the dialog cannot know in advance.
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/sub/new.incident"_s;

    window.newIncidentAction()->trigger();
    QPointer<NewIncidentDialog> dialog = window.findChild<NewIncidentDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Blocked"_s);
    auto *pathEdit = dialog->findChild<QLineEdit *>(u"pathEdit"_s);
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, path);
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    auto *failure = dialog->findChild<QLabel *>(u"failureMessage"_s);
    QVERIFY(!failure->isHidden());
    QVERIFY2(failure->text().contains(u"blocker"_s), qPrintable(failure->text()));
    QCOMPARE(window.incident()->path(), current); // untouched
    QVERIFY(!QFile::exists(path));

    // Fixing the path in place and trying again works.
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, m_dir.filePath(u"unblocked.incident"_s));
    QVERIFY(failure->isHidden());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(window.incident()->path(), m_dir.filePath(u"unblocked.incident"_s));
    QCOMPARE(readEvents(m_dir.filePath(u"unblocked.incident"_s)).size(), 1);
}

void TestWidgets::layoutResetAndRestore()
{
    {
        MainWindow window;
        window.show();
        auto *dock = window.findChild<QDockWidget *>(u"summaryDock"_s);
        QVERIFY(dock && dock->isVisible());
        dock->close();
        QVERIFY(!dock->isVisible());
        window.close(); // saves the layout
    }
    {
        MainWindow window;
        window.restoreSavedLayout();
        window.show();
        auto *dock = window.findChild<QDockWidget *>(u"summaryDock"_s);
        QVERIFY(!dock->isVisible());
        window.resetLayoutAction()->trigger();
        QVERIFY(dock->isVisible());
        window.setLayoutSavedOnClose(false);
    }
}

void TestWidgets::undoActionNamesTheCommand()
{
    const QString path = makeIncident(u"undotext.incident"_s, 0);
    QVERIFY(!path.isEmpty());
    Console console;
    MainWindow &window = console.window;
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadWrite));
    QAction *undo = window.undoAction();
    QAction *redo = window.redoAction();
    QCOMPARE(undo->text(), u"&Undo"_s);
    QCOMPARE(redo->text(), u"&Redo"_s);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    // One sentence naming the command, in the menu; the toolbar keeps its short name.
    window.addNote(u"Paged the DBA"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Add note"_s);
    QCOMPARE(undo->toolTip(), u"Undo Add note"_s);
    QCOMPARE(undo->iconText(), u"Undo"_s);
    QCOMPARE(redo->text(), u"&Redo"_s);

    undo->trigger();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo"_s);
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), u"&Redo Add note"_s);

    redo->trigger();
    window.requestStatus(IncidentStatus::Identified);
    QCOMPARE(undo->text(), u"&Undo Set status to %1"_s.arg(statusDisplayName(IncidentStatus::Identified)));
    QCOMPARE(redo->text(), u"&Redo"_s);

    // A new incident starts with nothing to undo.
    window.closeIncident();
    QCOMPARE(undo->text(), u"&Undo"_s);
    QVERIFY(!undo->isEnabled());

    // The translation decides where the command goes in the sentence, not a glued prefix.
    QTranslator german;
    QVERIFY(german.load(u":/i18n/incident-console_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    Console translated;
    QVERIFY(translated.window.openIncident(path, MainWindow::Access::ReadWrite));
    translated.window.addNote(u"Notiz"_s);
    QCOMPARE(translated.window.undoAction()->text(), u"&Rückgängig: Notiz hinzufügen"_s);
    QCOMPARE(translated.window.undoAction()->iconText(), u"Rückgängig"_s);
}

void TestWidgets::eventDetailsShowTheWholeEvent()
{
    // A long note far back, many short ones after it, and a correction of it at the end.
    const QString path = makeIncident(u"details.incident"_s, 0);
    QVERIFY(!path.isEmpty());
    const QString longNote = u"orders-db primary unreachable since 03:12 UTC; Patroni shows node1 down, node2 "
                             u"streaming with 3 MB lag. Hypotheses: disk full on node1 after the nightly "
                             u"vacuum, or the network partition in eu-west-1b reported by the cloud provider.\n"
                             u"Next: page the DBA on call and freeze deploys."_s;
    {
        TimelineStore store;
        QVERIFY(!store.open(path, TimelineStore::Mode::ReadWrite));
        QList<NewEvent> batch;
        batch << NewEvent{u"sam"_s, QString::fromLatin1(roles::OperationsLead), u"note"_s,
                          QJsonObject{{u"text"_s, longNote}}, {}};
        for (int i = 0; i < 120; ++i)
            batch << NewEvent{u"carol"_s, {}, u"note"_s, QJsonObject{{u"text"_s, u"short note %1"_s.arg(i)}}, {}};
        batch << NewEvent{u"sam"_s, QString::fromLatin1(roles::OperationsLead), u"correction"_s,
                          QJsonObject{{u"corrects"_s, 2}, {u"reason"_s, u"misread the dashboard"_s},
                                      {u"text"_s, u"lag is 0.4 MB"_s}},
                          {}};
        QVERIFY(!store.appendBatch(batch));
    }
    const QList<Event> events = readEvents(path);
    QCOMPARE(events.size(), 123);
    const Event &note = events.at(1);
    QCOMPARE(note.seq, 2);

    Console console;
    MainWindow &window = console.window;
    window.timelineModel()->setPageSize(50);
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadOnly));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelinePanel *panel = window.timelinePanel();
    QTableView *view = panel->view();
    EventDetailsPanel *details = panel->detailsPanel();
    QVERIFY(details->isVisible());
    QCOMPARE(details->seq(), 0);
    QVERIFY(window.timelineModel()->rowOfSeq(2) < 0); // not loaded yet

    // Selecting the correction shows it, and which event it corrects.
    const int last = view->model()->rowCount() - 1;
    clickRow(view, last);
    QCOMPARE(details->seq(), 123);
    QVERIFY2(details->plainText().contains(u"Corrects event 2"_s), qPrintable(details->plainText()));
    QVERIFY(details->plainText().contains(u"lag is 0.4 MB"_s));
    QVERIFY(details->plainText().contains(QString::fromLatin1(events.last().hash)));

    // Its link goes to the corrected event, loading it first.
    QVERIFY(clickLink(details->browser(), u"event:2"_s));
    QCOMPARE(details->seq(), 2);
    const int noteRow = window.timelineModel()->rowOfSeq(2);
    QVERIFY(noteRow >= 0);
    QCOMPARE(view->selectionModel()->currentIndex().row(), noteRow);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->model()->index(noteRow, 0))));

    // The table elides the note; the details show all of it, selectable, with who, when and the chain.
    const QModelIndex summary = view->model()->index(noteRow, TimelineModel::SummaryColumn);
    QVERIFY(view->fontMetrics().horizontalAdvance(longNote) > view->visualRect(summary).width());
    const QString shown = details->plainText();
    QVERIFY2(shown.contains(longNote), qPrintable(shown));
    QVERIFY(shown.contains(u"Event 2"_s));
    QVERIFY(shown.contains(eventKindDisplayName(u"note")));
    QVERIFY(shown.contains(u"sam"_s));
    QVERIFY(shown.contains(roles::displayName(QString::fromLatin1(roles::OperationsLead))));
    QVERIFY(shown.contains(note.at().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s));
    QVERIFY(shown.contains(u"local"_s));
    QVERIFY(shown.contains(QString::fromLatin1(note.hash)));
    QVERIFY(shown.contains(QString::fromLatin1(note.prevHash)));
    QCOMPARE(note.prevHash, events.at(0).hash);
    QVERIFY(shown.contains(u"Corrected by event 123"_s));
    QVERIFY(details->browser()->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    // Selecting nothing shows the hint again.
    view->clearSelection();
    QCOMPARE(details->seq(), 0);
    QVERIFY(!details->plainText().contains(longNote));

    // A filter that hides the target is lifted to show it.
    auto *kind = panel->findChild<QComboBox *>(u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"correction"_s));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(details->seq(), 0);
    clickRow(view, 0);
    QCOMPARE(details->seq(), 123);
    QVERIFY(clickLink(details->browser(), u"event:2"_s));
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(details->seq(), 2);
    QVERIFY(details->plainText().contains(longNote));

    // Too far back to load at once: the details say so instead of doing nothing.
    const QString far = makeIncident(u"far.incident"_s, 12000);
    QVERIFY(!far.isEmpty());
    {
        TimelineStore store;
        QVERIFY(!store.open(far, TimelineStore::Mode::ReadWrite));
        QVERIFY(!store.append(NewEvent{u"carol"_s, {}, u"correction"_s,
                                       QJsonObject{{u"corrects"_s, 2}, {u"reason"_s, u"typo"_s}}, {}}));
    }
    QVERIFY(window.openIncident(far, MainWindow::Access::ReadOnly));
    clickRow(view, view->model()->rowCount() - 1);
    QCOMPARE(details->seq(), 12002);
    QVERIFY(clickLink(details->browser(), u"event:2"_s));
    QCOMPARE(details->seq(), 12002);
    QVERIFY2(details->plainText().contains(u"too far back"_s), qPrintable(details->plainText()));
    QCOMPARE(window.timelineModel()->rowOfSeq(2), -1);
}

void TestWidgets::narrowWindowFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QString();
    QTest::addRow("German") << u"de"_s;
}

void TestWidgets::narrowWindowFits()
{
    QFETCH(QString, language);
    // The German words are longer; the .qm is the one the console embeds.
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(u":/i18n/incident-console_%1.qm"_s.arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    // Local time that is not UTC makes the clock in the status bar longer.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    });

    // An exercise, open read-only: the header carries every tag it can.
    const QString path = m_dir.filePath(u"narrow-%1.incident"_s.arg(language.isEmpty() ? u"en"_s : language));
    {
        Incident incident;
        Incident::Declaration declaration;
        declaration.title = u"Checkout returns 502 in eu-west after the failover of the orders database"_s;
        declaration.severity = Severity::Sev1;
        declaration.commander = u"Dana Okafor"_s;
        declaration.exercise = true;
        QVERIFY(!incident.declare(path, declaration));
        QVERIFY(!incident.store()->append(NewEvent{u"dana"_s, QString::fromLatin1(roles::IncidentCommander),
                                                   u"status_changed"_s,
                                                   QJsonObject{{u"from"_s, u"investigating"_s},
                                                               {u"to"_s, u"mitigating"_s}},
                                                   {}}));
        QVERIFY(!incident.store()->append(NewEvent{u"sam"_s, QString::fromLatin1(roles::CommunicationsLead),
                                                   u"note"_s, QJsonObject{{u"text"_s, u"Status page updated"_s}},
                                                   {}}));
        incident.close();
    }

    Console console;
    MainWindow &window = console.window;
    QVERIFY(window.openIncident(path, MainWindow::Access::ReadOnly));
    QVERIFY(window.header()->findChild<QWidget *>(u"headerExercise"_s)->isVisibleTo(&window));
    QVERIFY(window.header()->findChild<QWidget *>(u"headerReadOnly"_s)->isVisibleTo(&window));
    QVERIFY(window.statusIndicators()->isReadOnlyShown());
    if (language == u"de"_s) // the translation is in use
        QVERIFY2(window.windowTitle().contains(u"schreibgeschützt"_s), qPrintable(window.windowTitle()));
    auto *dock = window.findChild<QDockWidget *>(u"summaryDock"_s);
    QVERIFY(dock->isVisible());

    // Layouts take in changed size hints through posted events: let them, then measure.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const int minimum = window.minimumSizeHint().width();
    QVERIFY2(minimum <= 1024, qPrintable(u"minimum width %1:\n"_s.arg(minimum) + minimumWidths(&window)));

    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    QCoreApplication::processEvents();
    QVERIFY(dock->isVisible());
    QVERIFY(dock->geometry().right() < window.width());
    QVERIFY(window.header()->width() >= window.header()->minimumSizeHint().width());

    // "What happened" stays in view with a useful width, without a horizontal scroll bar.
    QTableView *view = window.timelinePanel()->view();
    QHeaderView *columns = view->horizontalHeader();
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
    const int summaryLeft = columns->sectionViewportPosition(TimelineModel::SummaryColumn);
    const int summaryWidth = columns->sectionSize(TimelineModel::SummaryColumn);
    QVERIFY2(summaryWidth >= view->viewport()->width() / 3,
             qPrintable(u"summary %1 of %2 px"_s.arg(summaryWidth).arg(view->viewport()->width())));
    QVERIFY(summaryLeft + summaryWidth <= view->viewport()->width());
    // Number and time of day stay readable.
    QVERIFY(view->fontMetrics().horizontalAdvance(u"00:00:00"_s) < columns->sectionSize(TimelineModel::TimeColumn));
    QVERIFY(view->fontMetrics().horizontalAdvance(u"000"_s) < columns->sectionSize(TimelineModel::SeqColumn));

    // The fit holds after the model is reset by a filter and the window is resized again.
    auto *kind = window.timelinePanel()->findChild<QComboBox *>(u"kindFilter"_s);
    kind->setCurrentIndex(kind->findData(u"note"_s));
    QCOMPARE(view->model()->rowCount(), 1);
    kind->setCurrentIndex(0);
    window.resize(1100, 700);
    QTRY_COMPARE(window.width(), 1100);
    QCoreApplication::processEvents();
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    QVERIFY(columns->sectionSize(TimelineModel::SummaryColumn) >= view->viewport()->width() / 3);
    QVERIFY(columns->sectionViewportPosition(TimelineModel::SummaryColumn)
                + columns->sectionSize(TimelineModel::SummaryColumn)
            <= view->viewport()->width());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
