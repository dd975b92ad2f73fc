#pragma once

// Direct SQLite access for tests that play the attacker or an old version of the program:
// they write what TimelineStore never would.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <sqlite3.h>

class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        const QByteArray native = QFile::encodeName(path);
        if (sqlite3_open_v2(native.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            qWarning("cannot open %s", native.constData());
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    // Runs SQL; returns the error message, empty on success.
    QString exec(const QByteArray &sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
        QString error;
        if (rc != SQLITE_OK)
            error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return error;
    }

    // Drops the append-only guards, as a tamperer with write access would.
    void dropGuards()
    {
        QVERIFY(exec("DROP TRIGGER IF EXISTS events_append_only_update;"
                     "DROP TRIGGER IF EXISTS events_append_only_delete;"
                     "DROP TRIGGER IF EXISTS events_append_only_insert;")
                    .isEmpty());
    }

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
