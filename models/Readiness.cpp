#include "Readiness.h"

#include "TimeText.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

bool isCritical(const ServiceCatalog &catalog, const QString &service)
{
    const Service *s = catalog.find(service);
    return s && s->tier && *s->tier <= 1;
}

ReadinessReport::Status statusOf(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Pass: return ReadinessReport::Status::Pass;
    case ProbeOutcome::Warn: return ReadinessReport::Status::Warn;
    case ProbeOutcome::Fail: return ReadinessReport::Status::Fail;
    case ProbeOutcome::Unknown: break;
    }
    return ReadinessReport::Status::Unknown;
}

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isLeaderRole(const QString &role)
{
    return role == "leader"_L1 || role == "standby_leader"_L1;
}

} // namespace

QString ReadinessReport::statusName(Status status)
{
    switch (status) {
    case Status::Pass: return u"pass"_s;
    case Status::Warn: return u"warn"_s;
    case Status::Fail: return u"fail"_s;
    case Status::Unknown: break;
    }
    return u"unknown"_s;
}

QJsonObject ReadinessReport::toJson() const
{
    QJsonArray checkArray;
    for (const Check &c : checks) {
        checkArray.append(QJsonObject{{u"name"_s, c.name},
                                      {u"service"_s, c.service.isEmpty() ? QJsonValue() : QJsonValue(c.service)},
                                      {u"kind"_s, c.kind},
                                      {u"status"_s, statusName(c.status)},
                                      {u"detail"_s, c.detail}});
    }
    QJsonArray clusterArray;
    for (const Cluster &cluster : replication) {
        QJsonArray members;
        for (const Member &m : cluster.members) {
            members.append(QJsonObject{{u"name"_s, m.name},
                                       {u"role"_s, m.role},
                                       {u"state"_s, m.state},
                                       {u"lag_bytes"_s, m.lagBytes ? QJsonValue(double(*m.lagBytes)) : QJsonValue()}});
        }
        QJsonObject object{{u"cluster"_s, cluster.cluster},
                           {u"leader"_s, cluster.leader.isEmpty() ? QJsonValue() : QJsonValue(cluster.leader)},
                           {u"reachable"_s, cluster.reachable},
                           {u"max_lag_bytes"_s, double(cluster.maxLagBytes)},
                           {u"members"_s, members}};
        if (!cluster.error.isEmpty())
            object.insert(u"error"_s, cluster.error);
        clusterArray.append(object);
    }
    return QJsonObject{{u"ready"_s, ready},
                       {u"checks"_s, checkArray},
                       {u"replication"_s, clusterArray},
                       {u"reasons"_s, QJsonArray::fromStringList(reasons)},
                       {u"uncovered_services"_s, QJsonArray::fromStringList(uncovered)}};
}

ReadinessReport Readiness::evaluate(const ServiceCatalog &catalog, const BackendsConfig &config,
                                    const QList<HealthObservation> &health, const QList<ClusterTopology> &topologies,
                                    const QList<DnsAnswer> &dns)
{
    ReadinessReport report;

    for (const HealthCheck &check : config.health) {
        ReadinessReport::Check c;
        c.name = check.name;
        c.service = check.service;
        c.kind = u"health"_s;
        c.counts = isCritical(catalog, check.service);
        const auto it = std::find_if(health.cbegin(), health.cend(),
                                     [&check](const HealthObservation &o) { return o.check == check.name; });
        if (it == health.cend()) {
            c.status = ReadinessReport::Status::Unknown;
            c.detail = tr("no answer");
        } else {
            c.status = statusOf(it->outcome);
            c.detail = it->detail;
            if (it->latencyMs >= 0 && c.status != ReadinessReport::Status::Unknown)
                c.detail = c.detail.isEmpty() ? tr("%1 ms").arg(it->latencyMs)
                                              : tr("%1 (%2 ms)").arg(c.detail).arg(it->latencyMs);
        }
        if (c.counts && c.status != ReadinessReport::Status::Pass)
            report.reasons.append(tr("%1 (%2) is not healthy: %3")
                                      .arg(check.service, ReadinessReport::statusName(c.status), c.detail));
        report.checks.append(c);
    }

    for (const PatroniCluster &clusterConfig : config.patroni) {
        ReadinessReport::Cluster cluster;
        cluster.cluster = clusterConfig.service;
        cluster.maxLagBytes = clusterConfig.maxLagBytes;
        const auto it = std::find_if(topologies.cbegin(), topologies.cend(), [&clusterConfig](const ClusterTopology &t) {
            return t.service == clusterConfig.service;
        });
        ReadinessReport::Check c;
        c.name = clusterConfig.service;
        c.service = clusterConfig.service;
        c.kind = u"replication"_s;
        c.counts = true;
        if (it == topologies.cend() || !it->ok) {
            cluster.error = it == topologies.cend() ? tr("no answer") : it->error;
            c.status = ReadinessReport::Status::Unknown;
            c.detail = tr("cluster unreadable: %1").arg(cluster.error);
            report.reasons.append(tr("%1: %2").arg(clusterConfig.service, c.detail));
            report.checks.append(c);
            report.replication.append(cluster);
            continue;
        }
        cluster.reachable = true;
        cluster.leader = it->leader;
        QStringList problems;
        QStringList unknowns;
        for (const PatroniMember &m : it->members) {
            cluster.members.append({m.name, m.role, m.state, m.lagBytes});
            if (isLeaderRole(m.role))
                continue;
            if (!m.inCluster) {
                problems.append(m.claimsPrimary ? tr("%1 runs as a primary outside the cluster").arg(m.name)
                                                : tr("%1 is not in the cluster").arg(m.name));
                continue;
            }
            if (m.state != "streaming"_L1 && m.state != "running"_L1)
                problems.append(tr("replica %1 is %2").arg(m.name, m.state.isEmpty() ? tr("in no known state") : m.state));
            else if (!m.lagBytes)
                unknowns.append(tr("replica %1 lag is unknown").arg(m.name));
            else if (*m.lagBytes > clusterConfig.maxLagBytes)
                problems.append(tr("replica %1 lags %2, over the RPO limit of %3")
                                    .arg(m.name, bytesText(*m.lagBytes), bytesText(clusterConfig.maxLagBytes)));
        }
        if (it->leader.isEmpty())
            problems.prepend(tr("no leader"));
        if (it->splitBrain())
            problems.prepend(tr("split brain: %1 all claim to be primary").arg(it->primaryClaims.join(u", "_s)));
        const bool hasReplica = std::any_of(it->members.cbegin(), it->members.cend(),
                                            [](const PatroniMember &m) { return m.inCluster && !isLeaderRole(m.role); });
        if (!hasReplica)
            problems.append(tr("no replica to fail over to"));
        for (const PatroniMember &m : it->members) {
            if (!m.apiReachable)
                problems.append(tr("member %1 does not answer").arg(m.name));
        }
        if (!problems.isEmpty()) {
            c.status = ReadinessReport::Status::Fail;
            c.detail = (problems + unknowns).join(u"; "_s);
        } else if (!unknowns.isEmpty()) {
            c.status = ReadinessReport::Status::Unknown;
            c.detail = unknowns.join(u"; "_s);
        } else {
            c.status = ReadinessReport::Status::Pass;
            c.detail = tr("leader %1, every replica within %2").arg(it->leader, bytesText(clusterConfig.maxLagBytes));
        }
        if (c.status != ReadinessReport::Status::Pass)
            report.reasons.append(tr("%1: %2").arg(clusterConfig.service, c.detail));
        report.checks.append(c);
        report.replication.append(cluster);
    }

    for (const DnsCheck &check : config.dns) {
        const QList<DnsResolver> resolvers = check.resolvers.isEmpty() ? QList<DnsResolver>{DnsResolver{}} : check.resolvers;
        for (const DnsResolver &resolver : resolvers) {
            ReadinessReport::Check c;
            c.name = u"%1 %2 @%3"_s.arg(check.name, check.type, resolver.text());
            c.service = check.service;
            c.kind = u"dns"_s;
            c.counts = !check.service.isEmpty() && isCritical(catalog, check.service);
            const auto it = std::find_if(dns.cbegin(), dns.cend(), [&](const DnsAnswer &a) {
                return a.name == check.name && a.type == check.type && a.resolver == resolver.text();
            });
            if (it == dns.cend() || !it->ok) {
                c.status = ReadinessReport::Status::Unknown;
                c.detail = it == dns.cend() ? tr("no answer") : it->error;
            } else {
                const QString answer = it->values.isEmpty() ? tr("no records") : it->values.join(u", "_s);
                if (it->matchesExpected) {
                    c.status = ReadinessReport::Status::Pass;
                    c.detail = tr("%1 (TTL %2 s)").arg(answer).arg(it->ttlSeconds);
                } else {
                    c.status = ReadinessReport::Status::Fail;
                    c.detail = tr("%1, expected %2; clients may cache it for %3 s")
                                   .arg(answer, check.expect.join(u", "_s))
                                   .arg(it->ttlSeconds);
                }
            }
            if (c.counts && c.status != ReadinessReport::Status::Pass)
                report.reasons.append(tr("%1: %2").arg(c.name, c.detail));
            report.checks.append(c);
        }
    }

    // Tier-0/1 services no check looks at: not a failure (the team chose what to watch), but said,
    // since "ready" cannot speak for them.
    for (const Service &service : catalog.services()) {
        if (!service.tier || *service.tier > 1)
            continue;
        const bool covered = std::any_of(config.health.cbegin(), config.health.cend(),
                                         [&](const HealthCheck &h) { return h.service == service.id; })
            || std::any_of(config.patroni.cbegin(), config.patroni.cend(),
                           [&](const PatroniCluster &p) { return p.service == service.id; });
        if (!covered)
            report.uncovered.append(service.id);
    }

    if (report.checks.isEmpty())
        report.reasons.append(tr("no checks are configured (backends.yaml has no health, patroni or dns entries)"));
    report.ready = report.reasons.isEmpty();
    return report;
}

} // namespace ic
