#pragma once

#include "BackendsConfig.h"
#include "LiveTypes.h"

#include <QObject>

namespace ic {

class DnsChecker;
class HealthProber;
class HttpFetcher;
class PatroniClient;

// One round of every check of backends.yaml (health endpoints, Patroni clusters, DNS), all at
// once, for the headless readiness check. Every client has its own timeout, so the round ends.
class ReadinessProbe : public QObject
{
    Q_OBJECT

public:
    struct Observations {
        QList<HealthObservation> health;
        QList<ClusterTopology> topologies;
        QList<DnsAnswer> dns;
    };

    explicit ReadinessProbe(QObject *parent = nullptr);
    ~ReadinessProbe() override;

    // Starts the round; finished() follows once, later, with everything that answered or failed.
    void run(const BackendsConfig &config);
    bool isRunning() const { return m_running; }
    const Observations &observations() const { return m_observations; }

Q_SIGNALS:
    void finished();

private:
    void checkDone();

    HttpFetcher *m_fetcher = nullptr;
    HealthProber *m_prober = nullptr;
    QList<PatroniClient *> m_patroni;
    QList<DnsChecker *> m_dns;
    Observations m_observations;
    int m_waiting = 0;
    bool m_running = false;
};

} // namespace ic
