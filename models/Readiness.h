#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"
#include "ServiceCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ic {

// The answer to "could we fail over right now?", from one round of every configured check
// (`incidentctl readiness`, run from cron). Ready when every tier-0/1 service is healthy and every
// replica is within its RPO; anything that cannot be proven (no answer, lag "unknown") is not ready.
struct ReadinessReport {
    enum class Status { Pass, Warn, Fail, Unknown };

    struct Check {
        QString name;
        QString service;        // catalog id, may be empty (a DNS check without a service)
        QString kind;           // health | replication | dns
        Status status = Status::Unknown;
        QString detail;         // translated
        bool counts = false;    // decides `ready` (a tier-0/1 service, or a replica's RPO)
    };
    struct Member {
        QString name;
        QString role;
        QString state;
        std::optional<qint64> lagBytes;
    };
    struct Cluster {
        QString cluster;        // the database service id
        QString leader;         // empty when there is none
        bool reachable = false;
        QString error;
        qint64 maxLagBytes = 0;
        QList<Member> members;
    };

    bool ready = false;
    QList<Check> checks;
    QList<Cluster> replication;
    QStringList reasons;        // translated: why not ready, one line each
    QStringList uncovered;      // tier-0/1 services no health or Patroni check watches

    static QString statusName(Status status); // pass | warn | fail | unknown
    // The JSON of docs/cli.md: ready, checks[] {name, service, kind, status, detail},
    // replication[] {cluster, leader, members[] {name, role, state, lag_bytes}}.
    QJsonObject toJson() const;
};

class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)

public:
    // Folds one round of observations into the report. Health checks are judged on this one
    // probe (no hysteresis: a cron job has one look): pass → pass, warn → warn (not healthy),
    // fail → fail, unknown → unknown. A check counts towards `ready` when its service has tier 0
    // or 1. Each replica counts: within max_lag → pass; over → fail; lag unknown, member not
    // running or cluster unreadable → not ready. Split brain and a missing leader fail the cluster.
    static ReadinessReport evaluate(const ServiceCatalog &catalog, const BackendsConfig &config,
                                    const QList<HealthObservation> &health, const QList<ClusterTopology> &topologies,
                                    const QList<DnsAnswer> &dns);
};

} // namespace ic
