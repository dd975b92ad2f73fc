#include "ReadinessProbe.h"

#include "DnsChecker.h"
#include "HealthProbe.h"
#include "HttpFetcher.h"
#include "PatroniClient.h"

namespace ic {

ReadinessProbe::ReadinessProbe(QObject *parent)
    : QObject(parent)
{
}

ReadinessProbe::~ReadinessProbe() = default;

void ReadinessProbe::run(const BackendsConfig &config)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_observations = {};
    m_fetcher = new HttpFetcher(this);

    // Each part counts as one until it has answered completely.
    m_waiting = 1; // released at the end of this function, so nothing finishes inside run()
    if (!config.health.isEmpty()) {
        ++m_waiting;
        m_prober = new HealthProber(this);
        connect(m_prober, &HealthProber::observed, this,
                [this](const HealthObservation &o) { m_observations.health.append(o); });
        connect(m_prober, &HealthProber::finished, this, &ReadinessProbe::checkDone);
        m_prober->setChecks(config.health);
        m_prober->runOnce();
    }
    for (const PatroniCluster &cluster : config.patroni) {
        ++m_waiting;
        auto *client = new PatroniClient(cluster, m_fetcher, this);
        connect(client, &PatroniClient::topologyRead, this, [this](const ClusterTopology &t) {
            m_observations.topologies.append(t);
            checkDone();
        });
        m_patroni.append(client);
        client->poll();
    }
    for (const DnsCheck &check : config.dns) {
        auto *checker = new DnsChecker(check, this);
        const int resolvers = int(checker->resolvers().size());
        m_waiting += resolvers;
        connect(checker, &DnsChecker::answered, this, [this](const DnsAnswer &a) {
            m_observations.dns.append(a);
            checkDone();
        });
        m_dns.append(checker);
        checker->query();
    }
    QMetaObject::invokeMethod(this, &ReadinessProbe::checkDone, Qt::QueuedConnection);
}

void ReadinessProbe::checkDone()
{
    if (!m_running || --m_waiting > 0)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace ic
