#pragma once

// What the widget tests share: a test process that neither sees nor changes the user's settings,
// and an incident file read back the way an auditor would.

#include "Event.h"
#include "TimelineStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStandardPaths>
#include <QString>
#include <QtDebug>

inline QtMessageHandler previousMessageHandler = nullptr;

// The offscreen platform says this for every top-level window; it is noise, not a finding.
inline void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1StringView("This plugin does not support propagateSizeHints()"))
        return;
    previousMessageHandler(type, context, message);
}

// For initTestCase(): drops the offscreen platform's noise, and keeps the user's settings (recent
// files, layout) out of the test and vice versa: settings live in `configFolder` instead.
inline void isolateWidgetTest(const QString &configFolder, const QString &applicationName)
{
    previousMessageHandler = qInstallMessageHandler(dropOffscreenNoise);
    qputenv("XDG_CONFIG_HOME", configFolder.toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentConsoleTest"));
    QCoreApplication::setApplicationName(applicationName);
}

// Every event of the incident file at `path`, opened read-only; empty, with a warning, if it
// cannot be opened.
inline QList<ic::Event> readEvents(const QString &path)
{
    ic::TimelineStore store;
    QList<ic::Event> events;
    if (auto e = store.open(path, ic::TimelineStore::Mode::ReadOnly)) {
        qWarning() << e.message;
        return events;
    }
    store.forEach({}, [&](const ic::Event &event) {
        events << event;
        return true;
    });
    return events;
}
