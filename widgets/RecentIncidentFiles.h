#pragma once

#include <QString>
#include <QStringList>

namespace ic {

// The "Open recent" list, newest first, kept in the application's QSettings.
class RecentIncidentFiles
{
public:
    static constexpr int MaxEntries = 8;

    explicit RecentIncidentFiles(QString settingsKey = QStringLiteral("recentFiles"));

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    // Drops entries whose file no longer exists; returns the dropped paths.
    QStringList pruneMissing();

private:
    void store(const QStringList &files);

    QString m_key;
};

} // namespace ic
