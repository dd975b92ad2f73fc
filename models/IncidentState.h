#pragma once

#include "Event.h"
#include "IncidentStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ic {

// The state of an incident, derived by folding its events in seq order. Replay is the same
// fold stopped at a time. Only the kinds in stateKinds() change it.
struct IncidentState {
    struct RoleChange {
        QString role;
        QString holder;
        QString previousHolder;
        qint64 atMs = 0;
        qint64 seq = 0;
    };
    struct StatusChange {
        IncidentStatus from;
        IncidentStatus to;
        qint64 atMs = 0;
        qint64 seq = 0;
        bool revoked = false; // undone by a correction
    };

    bool declared = false;
    QString title;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Investigating;
    bool exercise = false;
    qint64 declaredAtMs = 0;
    QString declaredBy;
    // First time each status was entered (key timestamps for RTO evidence).
    QMap<IncidentStatus, qint64> firstEnteredMs;
    QList<StatusChange> statusHistory;
    QMap<QString, QString> roleHolders; // role -> person
    QList<RoleChange> roleHistory;
    struct ServiceMark {
        QString service;
        bool failed = false;
        qint64 atMs = 0;
        qint64 seq = 0;
        bool revoked = false; // taken back by a correction
    };
    QList<ServiceMark> serviceMarks;
    QHash<qint64, qint64> correctedBy;  // seq -> seq of the correction
    qint64 lastSeq = 0;
    qint64 lastEventAtMs = 0;
    qint64 eventCount = 0;

    static QStringList stateKinds();

    // Applies one event; events must come in seq order.
    void apply(const Event &event);

    // Why `to` cannot be reached now, or empty. Takes the state into account (an undeclared
    // incident accepts nothing; a closed one nothing either).
    QString refusal(IncidentStatus to) const;

    // When the incident last reached `resolved` (taken-back changes ignored), while it is
    // resolved or closed; the elapsed clock stops there.
    std::optional<qint64> resolvedAtMs() const;
    // Time since the declaration: up to now while the incident runs, up to resolution after.
    qint64 elapsedMs(qint64 nowMs) const;

    // Services currently marked failed by hand (the latest mark of each that was not taken back), sorted.
    QStringList manuallyFailed() const;

    QJsonObject toJson() const;
};

} // namespace ic
