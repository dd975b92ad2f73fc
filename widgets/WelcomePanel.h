#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QCommandLinkButton;
class QVBoxLayout;
class QPushButton;

namespace ic {

// What the window shows when no incident is open: the two ways in, and the recent files.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    void setWorkspaceName(const QString &name);
    QStringList recentFiles() const { return m_recentFiles; }
    QList<QCommandLinkButton *> recentButtons() const;

Q_SIGNALS:
    void newIncidentRequested();
    void openRequested();
    void recentFileActivated(const QString &path);

private:
    QLabel *m_workspace;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_recentCaption;
    QWidget *m_recent;
    QVBoxLayout *m_recentLayout;
    QStringList m_recentFiles;
    QLabel *m_noRecent;
};

} // namespace ic
