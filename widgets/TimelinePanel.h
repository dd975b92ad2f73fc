#pragma once

#include "TimelineModel.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ic {

class EventDetailsPanel;
class TimelineViewProxy;

// The events of the open incident, newest at the bottom, with filters, the selected event in
// full below the list, and the note editor.
// It follows new events while the user is at the bottom and stays put when they scrolled up
// to read; scrolling to the top loads older events without moving what is on screen.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TextFilterDelayMs = 250;

    explicit TimelinePanel(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *noteEditor() const { return m_noteEditor; }
    EventDetailsPanel *detailsPanel() const { return m_details; }

    // Whether notes can be added; when not, `reason` says why in the editor.
    void setNoteEntryEnabled(bool enabled, const QString &reason = {});
    void clearNoteEditor();
    void resetFilters();

    // True while new events scroll into view (the user has not scrolled up).
    bool isFollowingNewEvents() const { return m_following; }

public Q_SLOTS:
    // Selects event `seq` and scrolls to it, loading older events or clearing the filters if
    // that is what it takes; false if it cannot be shown.
    bool selectEvent(qint64 seq);

Q_SIGNALS:
    void noteRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void requestNote();
    void updateNoteButton();
    void updateClearFilters();
    void onScrolled(int value);
    void fetchOlder();
    void beforeRowsInserted(int first);
    void afterRowsInserted(int first, int last);
    void configureColumns();
    void fitColumns();
    void updateDetails();

    QPointer<TimelineModel> m_model;
    TimelineViewProxy *m_proxy;
    QTableView *m_view;
    EventDetailsPanel *m_details;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_kindFilter;
    QLineEdit *m_textFilter;
    QTimer *m_textFilterDelay;
    QPushButton *m_clearFilters;
    QPlainTextEdit *m_noteEditor;
    QPushButton *m_addNote;
    bool m_noteEntryEnabled = false;
    QList<int> m_preferredWidths;
    QSet<int> m_userSizedColumns;
    bool m_fittingColumns = false;

    bool m_following = true;
    bool m_adjustingScroll = false;
    bool m_fetchQueued = false;
    // Anchor kept across a prepend of older rows: the seq at the top of the viewport and its offset.
    qint64 m_anchorSeq = 0;
    int m_anchorOffset = 0;
};

} // namespace ic
