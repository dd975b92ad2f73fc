#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QTimer;

namespace ic {

// A strip at the top of the window for refusals and errors. It never blocks: the user reads it
// and carries on, and closes it when done. Information messages fade away on their own.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void showWarning(const QString &text) { showMessage(Level::Warning, text); }
    void showInformation(const QString &text) { showMessage(Level::Information, text); }
    void dismiss();

    QString text() const;
    Level level() const { return m_level; }

Q_SIGNALS:
    void dismissed();

private:
    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer *m_autoHide;
};

} // namespace ic
