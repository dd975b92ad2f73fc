#include "RecentIncidentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ic {

RecentIncidentFiles::RecentIncidentFiles(QString settingsKey)
    : m_key(std::move(settingsKey))
{
}

QStringList RecentIncidentFiles::files() const
{
    QStringList list = QSettings().value(m_key).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    return list.mid(0, MaxEntries);
}

void RecentIncidentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxEntries));
}

void RecentIncidentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    store(list);
}

QStringList RecentIncidentFiles::pruneMissing()
{
    QStringList kept;
    QStringList dropped;
    const QStringList list = files();
    for (const QString &file : list) {
        if (QFileInfo::exists(file))
            kept << file;
        else
            dropped << file;
    }
    if (!dropped.isEmpty())
        store(kept);
    return dropped;
}

void RecentIncidentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, files);
}

} // namespace ic
