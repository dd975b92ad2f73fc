#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QTextBrowser;

namespace ic {

// The selected timeline event in full, below the table: the table elides long notes to one
// line, and a commander must be able to read a whole note without hovering. Shows number,
// time in UTC and local time, who and in which role, the kind, the whole text (selectable),
// the hash chain fields for auditors, and which event corrects this one or is corrected by it
// (as links). It reads everything from TimelineModel's roles on the index it is given.
class EventDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);

    // An index of a TimelineModel (or a proxy of one); an invalid index shows the hint.
    void setEvent(const QModelIndex &index);
    void clearEvent() { setEvent({}); }
    // Re-reads the event, e.g. after the model said its data changed (a correction arrived).
    void refresh();
    // A line above the event, until another event is shown (e.g. why a link led nowhere).
    void setNotice(const QString &text);

    qint64 seq() const { return m_seq; }
    // What is shown, as plain text (for tests and for copying).
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // The user clicked "event N" in a correction link.
    void eventLinkActivated(qint64 seq);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html() const;

    QPersistentModelIndex m_index;
    qint64 m_seq = 0;
    QString m_notice;
    QTextBrowser *m_browser;
};

} // namespace ic
