#include "PatroniClient.h"

#include "BackendParsers.h"
#include "HttpFetcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

// The same URL however it is written: scheme, host, effective port, path without trailing slash.
QString urlKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(url.port(scheme == "https"_L1 ? 443 : 80)) + path;
}

// "127.0.0.1:8008" (plus a path prefix when there is one): how a member without a Patroni
// name is shown, and what HttpFetcher's messages start with.
QString memberLabel(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveScheme | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::StripTrailingSlash)
                       .toString();
    while (text.startsWith(u'/'))
        text.remove(0, 1);
    return text;
}

bool transportFailure(FetchFailure failure)
{
    return failure == FetchFailure::Timeout || failure == FetchFailure::Refused || failure == FetchFailure::Tls
        || failure == FetchFailure::Network;
}

// Patroni's plain-text answer, made one line and of a length a message box can show.
QString replyText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    constexpr qsizetype MaxLength = 300;
    if (text.size() > MaxLength)
        text = text.left(MaxLength) + u'…';
    return text;
}

// The order in which members are tried: the one that answered last, then the others in order.
QList<int> memberOrder(qsizetype count, int preferred)
{
    QList<int> order;
    if (preferred >= 0 && preferred < count)
        order.append(preferred);
    for (int i = 0; i < count; ++i) {
        if (i != preferred)
            order.append(i);
    }
    return order;
}

// Patroni's poll_failover_result waits up to 2 × max(10 s, loop_wait) for the new leader.
constexpr qint64 SwitchoverTimeoutMs = 60000;

} // namespace

struct PatroniClient::Round {
    quint64 serial = 0;
    QList<int> order;            // indices into the configured members
    qsizetype next = 0;
    QStringList reasons;         // why each member's /cluster could not be read
    FetchFailure firstFailure = FetchFailure::None;
    QHash<int, QString> unreachable; // configured member → the transport failure of its /cluster
    ClusterTopology topology;
    int outstanding = 0;
    QList<quint64> requests;
};

struct PatroniClient::Switchover {
    QList<int> order;
    qsizetype next = 0;
    QByteArray body;
    QStringList reasons;
};

PatroniClient::PatroniClient(PatroniCluster cluster, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_fetcher(fetcher ? fetcher : new HttpFetcher(this))
    , m_timer(this)
{
    m_timer.setInterval(int(std::clamp<qint64>(m_cluster.intervalMs, 100, 24 * 3600 * 1000)));
    connect(&m_timer, &QTimer::timeout, this, &PatroniClient::poll);
}

PatroniClient::~PatroniClient()
{
    if (m_round) {
        for (quint64 id : std::as_const(m_round->requests))
            m_fetcher->cancel(id);
    }
}

QUrl PatroniClient::memberEndpoint(const QUrl &member, QStringView path) const
{
    QUrl url = member.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path.toString());
    return url;
}

void PatroniClient::start()
{
    m_timer.start();
    poll();
}

void PatroniClient::stop()
{
    m_timer.stop();
    if (m_round) {
        for (quint64 id : std::as_const(m_round->requests))
            m_fetcher->cancel(id);
        m_round.reset();
    }
}

void PatroniClient::poll()
{
    if (m_round)
        return;
    m_round = std::make_unique<Round>();
    m_round->serial = ++m_roundSerial;
    m_round->order = memberOrder(m_cluster.members.size(), m_preferred);
    m_round->topology.service = m_cluster.service;
    if (m_cluster.members.isEmpty()) {
        // Nothing to ask: still answer later, never inside poll().
        const quint64 serial = m_round->serial;
        QMetaObject::invokeMethod(
            this, [this, serial] {
                if (m_round && m_round->serial == serial)
                    tryNextClusterRead();
            },
            Qt::QueuedConnection);
        return;
    }
    tryNextClusterRead();
}

void PatroniClient::tryNextClusterRead()
{
    Round &round = *m_round;
    if (round.next >= round.order.size()) {
        round.topology.ok = false;
        round.topology.failure = round.reasons.isEmpty() ? FetchFailure::Network : round.firstFailure;
        round.topology.error = round.reasons.isEmpty()
            ? tr("no Patroni member is configured for %1").arg(m_cluster.service)
            : tr("no Patroni member of %1 answered /cluster: %2").arg(m_cluster.service, round.reasons.join(u"; "_s));
        probeMembers();
        return;
    }
    const int index = round.order.at(round.next++);
    const QUrl member = m_cluster.members.at(index);
    HttpFetcher::Request request;
    request.url = memberEndpoint(member, u"/cluster");
    request.settings = m_cluster.http;
    request.expect.acceptedTypes = {QByteArrayLiteral("application/json")};
    const quint64 serial = round.serial;
    round.requests.append(m_fetcher->fetch(request, this, [this, serial, index, member](const HttpResult &result) {
        if (!m_round || m_round->serial != serial)
            return;
        Round &round = *m_round;
        QString reason;
        FetchFailure failure = result.failure;
        if (result.ok()) {
            ClusterTopology topology = parsePatroniCluster(result.body);
            if (topology.ok) {
                topology.service = m_cluster.service;
                topology.sourceMember = member.toDisplayString(QUrl::RemoveUserInfo);
                round.topology = topology;
                m_preferred = index;
                probeMembers();
                return;
            }
            reason = memberLabel(member) + u": "_s + topology.error;
            failure = topology.failure;
        } else {
            reason = result.error;
            if (transportFailure(result.failure))
                round.unreachable.insert(index, result.error);
        }
        if (round.reasons.isEmpty())
            round.firstFailure = failure;
        round.reasons.append(reason);
        tryNextClusterRead();
    }));
}

void PatroniClient::probeMembers()
{
    Round &round = *m_round;
    ClusterTopology &topology = round.topology;
    struct Probe {
        QUrl url;
        int member = -1; // index into topology.members
    };
    QList<Probe> probes;
    QHash<QString, int> memberByUrl;

    for (int i = 0; i < topology.members.size(); ++i) {
        PatroniMember &member = topology.members[i];
        const QUrl url(member.apiUrl);
        if (member.apiUrl.isEmpty()) {
            member.apiReachable = false;
            member.apiError = tr("Patroni lists no REST API URL for %1").arg(member.name);
        } else if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
            member.apiReachable = false;
            member.apiError = tr("the REST API URL of %1 is not an http(s) URL: %2").arg(member.name, member.apiUrl);
        } else {
            memberByUrl.insert(urlKey(url), i);
            probes.append({url, i});
        }
    }

    const qsizetype describedByCluster = topology.ok ? topology.members.size() : 0;
    QSet<int> skipped;
    for (int index = 0; index < m_cluster.members.size(); ++index) {
        const QUrl url = memberEndpoint(m_cluster.members.at(index), u"/patroni");
        int member = memberByUrl.value(urlKey(url), -1);
        if (member < 0) {
            PatroniMember extra;
            extra.name = memberLabel(m_cluster.members.at(index));
            extra.apiUrl = url.toDisplayString(QUrl::RemoveUserInfo);
            // Without /cluster nobody knows who is in the cluster; "absent" would be a guess.
            extra.inCluster = !topology.ok;
            member = int(topology.members.size());
            topology.members.append(extra);
            memberByUrl.insert(urlKey(url), member);
            probes.append({url, member});
        }
        const auto failure = round.unreachable.constFind(index);
        if (failure != round.unreachable.constEnd()) {
            topology.members[member].apiReachable = false;
            topology.members[member].apiError = *failure;
            skipped.insert(member);
        }
    }

    for (const Probe &probe : std::as_const(probes)) {
        if (skipped.contains(probe.member))
            continue;
        HttpFetcher::Request request;
        request.url = probe.url;
        request.settings = m_cluster.http;
        // /patroni answers 200; 503 is accepted too because Patroni's health endpoints explain a
        // 503 in the same JSON, and a future version may do so here.
        request.expect.acceptedStatus = {200, 503};
        request.expect.acceptedTypes = {QByteArrayLiteral("application/json")};
        const quint64 serial = round.serial;
        const int memberIndex = probe.member;
        const bool ownViewOnly = memberIndex >= describedByCluster;
        ++round.outstanding;
        round.requests.append(m_fetcher->fetch(request, this, [this, serial, memberIndex, ownViewOnly](const HttpResult &result) {
            if (!m_round || m_round->serial != serial)
                return;
            PatroniMember &member = m_round->topology.members[memberIndex];
            if (!result.ok()) {
                member.apiReachable = false;
                member.apiError = result.error;
            } else {
                const Parsed<PatroniNodeStatus> node = parsePatroniNode(result.body);
                if (!node.ok()) {
                    member.apiReachable = false;
                    member.apiError = member.name + u": "_s + node.error;
                } else {
                    member.apiReachable = true;
                    member.claimsPrimary = node.value.claimsPrimary;
                    if (ownViewOnly) {
                        // Not described by /cluster: its own view is all there is.
                        member.role = node.value.role;
                        member.state = node.value.state;
                        member.timeline = node.value.timeline;
                    }
                }
            }
            if (--m_round->outstanding == 0)
                finishRound();
        }));
    }
    if (round.outstanding == 0)
        finishRound();
}

void PatroniClient::finishRound()
{
    ClusterTopology topology = std::move(m_round->topology);
    m_round.reset();
    topology.primaryClaims.clear();
    for (const PatroniMember &member : std::as_const(topology.members)) {
        if (member.claimsPrimary)
            topology.primaryClaims.append(member.name);
    }
    topology.atMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT topologyRead(topology);
}

void PatroniClient::switchover(const QString &leader, const QString &candidate, const QDateTime &scheduledAt)
{
    auto refuse = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT switchoverDone(false, message); }, Qt::QueuedConnection);
    };
    if (m_switchover)
        return refuse(tr("a switchover of %1 is already in progress").arg(m_cluster.service));
    if (leader.isEmpty())
        return refuse(tr("a switchover needs the name of the current leader"));
    if (m_cluster.members.isEmpty())
        return refuse(tr("no Patroni member is configured for %1").arg(m_cluster.service));

    QJsonObject body{{u"leader"_s, leader}};
    if (!candidate.isEmpty())
        body.insert(u"candidate"_s, candidate);
    if (scheduledAt.isValid())
        body.insert(u"scheduled_at"_s, scheduledAt.toUTC().toString(Qt::ISODate));
    m_switchover = std::make_unique<Switchover>();
    m_switchover->order = memberOrder(m_cluster.members.size(), m_preferred);
    m_switchover->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    sendSwitchover();
}

void PatroniClient::sendSwitchover()
{
    Switchover &switchover = *m_switchover;
    if (switchover.next >= switchover.order.size()) {
        const QString message = tr("no Patroni member of %1 took the switchover: %2")
                                    .arg(m_cluster.service, switchover.reasons.join(u"; "_s));
        m_switchover.reset();
        Q_EMIT switchoverDone(false, message);
        return;
    }
    const QUrl member = m_cluster.members.at(switchover.order.at(switchover.next++));
    HttpFetcher::Request request;
    request.url = memberEndpoint(member, u"/switchover");
    request.method = QByteArrayLiteral("POST");
    request.body = switchover.body;
    request.contentType = QByteArrayLiteral("application/json");
    request.settings = m_cluster.http;
    request.settings.timeoutMs = std::max(request.settings.timeoutMs, SwitchoverTimeoutMs);
    request.expect.acceptedStatus = {200, 202};
    request.username = m_cluster.username;
    request.password = m_cluster.password;
    m_fetcher->fetch(request, this, [this, member](const HttpResult &result) {
        if (!m_switchover)
            return;
        if (result.failure == FetchFailure::Refused) {
            m_switchover->reasons.append(result.error);
            sendSwitchover();
            return;
        }
        m_switchover.reset();
        if (result.ok()) {
            Q_EMIT switchoverDone(true, replyText(result.body));
        } else if (result.status > 0) {
            Q_EMIT switchoverDone(false, tr("%1 refused the switchover (HTTP %2): %3")
                                             .arg(memberLabel(member))
                                             .arg(result.status)
                                             .arg(replyText(result.body)));
        } else {
            Q_EMIT switchoverDone(false, result.error);
        }
    });
}

} // namespace ic
