#pragma once

#include "ServiceCatalog.h"

#include <QCoreApplication>
#include <QSet>

namespace ic {

// Everything that (transitively) depends on a set of failed services.
struct BlastRadius {
    QStringList failed;      // the input ids that exist, sorted
    QStringList unknownIds;  // input ids not in the catalog
    // Affected services (failed ones excluded), sorted by tier then id. A service is hard-impacted
    // when a path of hard edges leads from it to a failed service; otherwise (only paths through
    // at least one soft edge) it is soft-impacted and can run degraded.
    QStringList hard;
    QStringList soft;
    std::optional<int> highestTier;       // the most critical (lowest number) tier among failed + affected
    std::optional<qint64> tightestRtoMs;  // the smallest RTO among failed + affected
    QString tightestRtoService;
};
BlastRadius blastRadius(const ServiceCatalog &catalog, const QStringList &failedIds);

// Among the unhealthy services, those none of whose own dependencies (direct, hard or soft) is
// unhealthy: where to look first.
struct RootCauses {
    QStringList candidates;  // sorted by tier then id
    QStringList unknownIds;
};
RootCauses rootCauses(const ServiceCatalog &catalog, const QStringList &unhealthyIds);

// Failover / startup order.
struct StartupOrder {
    struct BrokenEdge {
        QString from;  // the dependent
        QString to;    // its dependency
        bool soft = false;
        QString reason; // translated: why this edge was chosen to break the cycle
    };
    struct RtoViolation {
        QString service;
        qint64 rtoMs = 0;
        qint64 chainMs = 0;      // startup time of the longest dependency chain ending in the service
        QStringList chain;       // that chain, first to start first
        QString message;         // translated: "orders-api cannot meet its 15 m RTO: its dependency chain needs 22 m"
    };
    // Layers in start order; services within a layer can start in parallel. Ids sorted.
    QList<QStringList> layers;
    // Each cycle found, as the ids around it (first id repeated at the end not included).
    QList<QStringList> cycles;
    QList<BrokenEdge> brokenEdges;
    // The longest startup chain (sum of startup_time; missing startup_time counts 0).
    QStringList criticalPath;
    qint64 criticalPathMs = 0;
    QList<RtoViolation> rtoViolations;
};
StartupOrder startupOrder(const ServiceCatalog &catalog);

} // namespace ic
