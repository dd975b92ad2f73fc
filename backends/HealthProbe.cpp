#include "HealthProbe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace ic {

namespace {

constexpr qsizetype maxDetailChars = 200;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > maxDetailChars)
        text = text.left(maxDetailChars - 1) + u'…';
    return text;
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

bool isTextType(const QByteArray &type)
{
    // Kubernetes says text/plain; a bare server may say nothing.
    return type == "text/plain" || type.isEmpty();
}

// The fetcher's texts start with "host:port: "; the observation belongs to that URL already.
QString withoutHostPrefix(const QString &error)
{
    static const QRegularExpression prefix(u"^(\\[[^\\]]*\\]|[^\\s:/]+):\\d+: "_s);
    return QString(error).remove(prefix);
}

std::optional<ProbeOutcome> ietfStatus(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"pass" || w == u"ok" || w == u"up")
        return ProbeOutcome::Pass;
    if (w == u"warn")
        return ProbeOutcome::Warn;
    if (w == u"fail" || w == u"error" || w == u"down")
        return ProbeOutcome::Fail;
    return std::nullopt;
}

bool isActuatorWord(const QString &word)
{
    return word == u"UP" || word == u"DOWN" || word == u"OUT_OF_SERVICE" || word == u"UNKNOWN";
}

bool isIetfWord(const QString &word)
{
    return word == u"pass" || word == u"warn" || word == u"fail" || word == u"ok" || word == u"up"
        || word == u"down" || word == u"error";
}

struct KubernetesLines {
    QStringList failing; // "name: reason"
    int checks = 0;      // [+] and [-] lines
};

KubernetesLines kubernetesLines(const QByteArray &body)
{
    KubernetesLines result;
    for (const QByteArray &raw : body.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u"[+]"))
            ++result.checks;
        if (!line.startsWith(u"[-]"))
            continue;
        ++result.checks;
        // "[-]etcd failed: reason withheld"
        QString rest = line.mid(3);
        const qsizetype space = rest.indexOf(u' ');
        const QString name = space < 0 ? rest : rest.left(space);
        QString reason = space < 0 ? QString() : rest.mid(space + 1).trimmed();
        if (reason.startsWith(u"failed: "))
            reason = reason.mid(8);
        result.failing.append(reason.isEmpty() ? name : name + u": "_s + reason);
    }
    return result;
}

HealthFormat detectFormat(const HttpResult &r)
{
    if (r.contentType == "application/health+json")
        return HealthFormat::HealthJson;
    if (r.contentType.startsWith("application/vnd.spring-boot.actuator"))
        return HealthFormat::Actuator;
    if (isJsonType(r.contentType)) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonValue status = doc.object().value("status"_L1);
        if (status.isString()) {
            if (isActuatorWord(status.toString()))
                return HealthFormat::Actuator;
            if (isIetfWord(status.toString()))
                return HealthFormat::HealthJson;
        }
        return HealthFormat::Status;
    }
    if (r.contentType == "text/plain") {
        if (r.body.trimmed() == "ok" || kubernetesLines(r.body).checks > 0)
            return HealthFormat::Kubernetes;
    }
    return HealthFormat::Status;
}

// Collects the components of an actuator answer that are not UP, as "parent/child: status".
// Spring Boot 2.2+ nests them under "components"; 2.0/2.1 under "details".
void actuatorComponents(const QJsonObject &node, const QString &path, QStringList *notUp)
{
    QJsonObject children = node.value("components"_L1).toObject();
    if (children.isEmpty()) {
        const QJsonObject details = node.value("details"_L1).toObject();
        bool allComponents = !details.isEmpty();
        for (auto it = details.begin(); it != details.end() && allComponents; ++it)
            allComponents = it->isObject() && it->toObject().value("status"_L1).isString();
        if (allComponents)
            children = details;
    }
    if (children.isEmpty()) {
        const QString status = node.value("status"_L1).toString();
        if (!path.isEmpty() && status != u"UP") {
            const QString error = node.value("details"_L1).toObject().value("error"_L1).toString();
            notUp->append(path + u": "_s + (error.isEmpty() ? status : status + u", "_s + error));
        }
        return;
    }
    for (auto it = children.begin(); it != children.end(); ++it)
        actuatorComponents(it->toObject(), path.isEmpty() ? it.key() : path + u'/' + it.key(), notUp);
}

// The body says pass or warn but the status line refuses service: believe the refusal.
void failOnErrorStatus(HealthObservation *o, const QString &word)
{
    if (o->httpStatus >= 400 && (o->outcome == ProbeOutcome::Pass || o->outcome == ProbeOutcome::Warn)) {
        o->outcome = ProbeOutcome::Fail;
        o->detail = HealthProber::tr("HTTP %1 although the answer says %2").arg(o->httpStatus).arg(word);
    }
}

void interpretIetf(const QJsonObject &root, HealthObservation *o)
{
    const QString word = root.value("status"_L1).toString();
    const std::optional<ProbeOutcome> outcome = ietfStatus(word);
    if (!root.value("status"_L1).isString() || !outcome) {
        o->failure = FetchFailure::Malformed;
        o->detail = root.value("status"_L1).isString()
            ? HealthProber::tr("unknown health status \"%1\"").arg(word)
            : HealthProber::tr("the answer has no \"status\"");
        return;
    }
    o->outcome = *outcome;
    const QJsonObject checks = root.value("checks"_L1).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        // Each check is an array of measurements (one per component instance); be lenient
        // about a single object.
        const QJsonArray entries = it->isArray() ? it->toArray() : QJsonArray{*it};
        for (const QJsonValue &entryValue : entries) {
            const QJsonObject entry = entryValue.toObject();
            const std::optional<ProbeOutcome> state = ietfStatus(entry.value("status"_L1).toString());
            if (state != ProbeOutcome::Fail && state != ProbeOutcome::Warn)
                continue;
            QString name = it.key();
            const QString component = entry.value("componentId"_L1).toString();
            if (entries.size() > 1 && !component.isEmpty())
                name += u" ("_s + component + u')';
            const QString output = entry.value("output"_L1).toString().simplified();
            o->failingChecks.append(name + u": "_s + (output.isEmpty() ? entry.value("status"_L1).toString() : output));
        }
    }
    const QString output = root.value("output"_L1).toString().simplified();
    if (!o->failingChecks.isEmpty())
        o->detail = HealthProber::tr("%1: %2").arg(word, o->failingChecks.join(u"; "_s));
    else if (!output.isEmpty())
        o->detail = HealthProber::tr("%1: %2").arg(word, output);
    else
        o->detail = word;
    failOnErrorStatus(o, word);
}

void interpretActuator(const QJsonObject &root, HealthObservation *o)
{
    if (!root.value("status"_L1).isString()) {
        o->failure = FetchFailure::Malformed;
        o->detail = HealthProber::tr("the answer has no \"status\"");
        return;
    }
    const QString word = root.value("status"_L1).toString();
    if (word == u"UP")
        o->outcome = ProbeOutcome::Pass;
    else if (word == u"DOWN" || word == u"OUT_OF_SERVICE")
        o->outcome = ProbeOutcome::Fail;
    else
        o->outcome = ProbeOutcome::Unknown; // UNKNOWN or a status of the application's own
    actuatorComponents(root, QString(), &o->failingChecks);
    o->detail = o->failingChecks.isEmpty() ? word : HealthProber::tr("%1: %2").arg(word, o->failingChecks.join(u"; "_s));
    failOnErrorStatus(o, word);
}

void interpretKubernetes(const HttpResult &r, HealthObservation *o)
{
    const KubernetesLines lines = kubernetesLines(r.body);
    o->failingChecks = lines.failing;
    if (r.status == 200 && lines.failing.isEmpty()) {
        if (r.body.trimmed() != "ok" && lines.checks == 0) {
            o->failure = FetchFailure::Malformed;
            o->detail = HealthProber::tr("expected \"ok\" or a list of checks");
            return;
        }
        o->outcome = ProbeOutcome::Pass;
        o->detail = HealthProber::tr("ok");
        return;
    }
    o->outcome = ProbeOutcome::Fail;
    if (!lines.failing.isEmpty()) {
        o->detail = HealthProber::tr("HTTP %1: %2").arg(QString::number(r.status), lines.failing.join(u"; "_s));
    } else {
        const QString firstLine = QString::fromUtf8(r.body.left(500)).section(u'\n', 0, 0).simplified();
        o->detail = firstLine.isEmpty() ? HealthProber::tr("HTTP %1").arg(r.status)
                                        : HealthProber::tr("HTTP %1: %2").arg(QString::number(r.status), firstLine);
    }
}

} // namespace

HealthObservation interpretHealthResponse(HealthFormat format, const HttpResult &r, const QString &service,
                                          const QString &url)
{
    HealthObservation o;
    o.service = service;
    o.url = url;
    o.atMs = QDateTime::currentMSecsSinceEpoch();
    o.outcome = ProbeOutcome::Unknown;

    // The fetcher marks non-2xx as HttpStatus and a type mismatch as WrongContentType, but still
    // hands over the answer: those are for us to judge. Everything else means no answer.
    const bool answered = r.status > 0
        && (r.failure == FetchFailure::None || r.failure == FetchFailure::HttpStatus
            || r.failure == FetchFailure::WrongContentType);
    if (!answered) {
        o.failure = r.failure == FetchFailure::None ? FetchFailure::Network : r.failure;
        o.detail = shortened(withoutHostPrefix(r.error));
        if (o.detail.isEmpty())
            o.detail = HealthProber::tr("no answer");
        return o;
    }
    o.httpStatus = r.status;
    o.latencyMs = r.elapsedMs;

    if (format == HealthFormat::Auto)
        format = detectFormat(r);

    const auto wrongType = [&](const QString &expected) {
        o.failure = FetchFailure::WrongContentType;
        o.detail = HealthProber::tr("expected %1, got %2")
                       .arg(expected, r.contentType.isEmpty() ? HealthProber::tr("no content type")
                                                              : QString::fromLatin1(r.contentType));
    };

    switch (format) {
    case HealthFormat::Auto:
    case HealthFormat::Status:
        o.outcome = r.status >= 200 && r.status <= 299 ? ProbeOutcome::Pass : ProbeOutcome::Fail;
        o.detail = HealthProber::tr("HTTP %1").arg(r.status);
        break;
    case HealthFormat::HealthJson:
    case HealthFormat::Actuator: {
        if (!isJsonType(r.contentType)) {
            wrongType(format == HealthFormat::HealthJson ? u"application/health+json"_s
                                                         : u"application/vnd.spring-boot.actuator.v3+json"_s);
            break;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            o.failure = FetchFailure::Malformed;
            o.detail = error.error != QJsonParseError::NoError
                ? HealthProber::tr("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                : HealthProber::tr("expected a JSON object");
            break;
        }
        if (format == HealthFormat::HealthJson)
            interpretIetf(doc.object(), &o);
        else
            interpretActuator(doc.object(), &o);
        break;
    }
    case HealthFormat::Kubernetes:
        if (!isTextType(r.contentType)) {
            wrongType(u"text/plain"_s);
            break;
        }
        interpretKubernetes(r, &o);
        break;
    }
    o.detail = shortened(o.detail);
    return o;
}

QUrl healthProbeUrl(const HealthCheck &check)
{
    QUrl url = check.url;
    if (check.format == HealthFormat::Kubernetes && !url.hasQuery())
        url.setQuery(u"verbose"_s);
    return url;
}

HttpFetcher::Request healthRequest(const HealthCheck &check)
{
    HttpFetcher::Request request;
    request.url = healthProbeUrl(check);
    request.settings = check.http;
    QByteArray accept;
    switch (check.format) {
    case HealthFormat::HealthJson: accept = "application/health+json, application/json;q=0.9"; break;
    case HealthFormat::Actuator: accept = "application/vnd.spring-boot.actuator.v3+json, application/json;q=0.9"; break;
    case HealthFormat::Kubernetes: accept = "text/plain"; break;
    case HealthFormat::Status: accept = "*/*"; break;
    case HealthFormat::Auto:
        accept = "application/health+json, application/vnd.spring-boot.actuator.v3+json;q=0.9, "
                 "application/json;q=0.8, text/plain;q=0.5, */*;q=0.1";
        break;
    }
    request.headers.append({"Accept", accept});
    return request;
}

HealthProber::HealthProber(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ic::HealthObservation>();
}

HealthProber::~HealthProber() = default;

void HealthProber::setChecks(const QList<HealthCheck> &checks)
{
    ++m_generation;
    if (m_fetcher)
        m_fetcher->cancelAll();
    m_slots.clear();
    m_byName.clear();
    m_schedule = Schedule();
    m_once.clear();
    m_onceActive = false;
    for (const HealthCheck &check : checks) {
        Slot slot;
        slot.check = check;
        slot.request = healthRequest(check);
        slot.url = check.url.toString(QUrl::RemoveUserInfo);
        m_byName.insert(check.name, int(m_slots.size()));
        m_slots.append(slot);
    }
    if (m_running) {
        const qint64 now = m_clock.elapsed();
        for (int i = 0; i < m_slots.size(); ++i) {
            m_slots[i].dueMs = now;
            m_schedule.push({now, i});
        }
        arm();
    }
}

QList<HealthCheck> HealthProber::checks() const
{
    QList<HealthCheck> result;
    result.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        result.append(slot.check);
    return result;
}

int HealthProber::skippedTicks(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? 0 : m_slots.at(*it).skipped;
}

int HealthProber::skippedTicks() const
{
    int n = 0;
    for (const Slot &slot : m_slots)
        n += slot.skipped;
    return n;
}

int HealthProber::probesInFlight() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return s.inFlight; }));
}

qint64 HealthProber::msUntilNextProbe(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    if (!m_running || it == m_byName.constEnd())
        return -1;
    return std::max<qint64>(0, m_slots.at(*it).dueMs - m_clock.elapsed());
}

void HealthProber::ensureMachinery()
{
    if (m_fetcher)
        return;
    m_fetcher = new HttpFetcher(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &HealthProber::tick);
    m_clock.start();
}

void HealthProber::start()
{
    if (m_running)
        return;
    ensureMachinery();
    m_running = true;
    m_schedule = Schedule();
    const qint64 now = m_clock.elapsed();
    for (int i = 0; i < m_slots.size(); ++i) {
        m_slots[i].dueMs = now;
        m_schedule.push({now, i});
    }
    arm();
}

void HealthProber::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    m_schedule = Schedule();
    ++m_generation;
    if (m_fetcher)
        m_fetcher->cancelAll();
    for (Slot &slot : m_slots)
        slot.inFlight = false;
    m_once.clear();
    m_onceActive = false;
}

bool HealthProber::probeNow(const QString &name)
{
    const auto it = m_byName.constFind(name);
    if (it == m_byName.constEnd() || m_slots.at(*it).inFlight)
        return false;
    ensureMachinery();
    probe(*it);
    return true;
}

void HealthProber::runOnce()
{
    ensureMachinery();
    m_onceActive = true;
    m_once.clear();
    for (int i = 0; i < m_slots.size(); ++i)
        m_once.insert(i);
    if (m_once.isEmpty()) {
        m_onceActive = false;
        QMetaObject::invokeMethod(this, &HealthProber::finished, Qt::QueuedConnection);
        return;
    }
    // A check already in flight (scheduled) counts when that answer arrives.
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_slots.at(i).inFlight)
            probe(i);
    }
}

void HealthProber::probe(int index)
{
    Slot &slot = m_slots[index];
    slot.inFlight = true;
    const quint64 generation = m_generation;
    m_fetcher->fetch(slot.request, this, [this, generation, index](const HttpResult &result) {
        answered(generation, index, result);
    });
}

void HealthProber::answered(quint64 generation, int index, const HttpResult &result)
{
    if (generation != m_generation || index >= m_slots.size())
        return;
    Slot &slot = m_slots[index];
    slot.inFlight = false;
    HealthObservation observation = interpretHealthResponse(slot.check.format, result, slot.check.service, slot.url);
    observation.check = slot.check.name; // the models and the readiness verdict match on the name
    emit observed(observation);
    // A receiver may have called setChecks() or stop(): the slot may be gone.
    if (generation != m_generation)
        return;
    if (m_onceActive && m_once.remove(index) && m_once.isEmpty()) {
        m_onceActive = false;
        emit finished();
    }
}

void HealthProber::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    while (!m_schedule.empty() && m_schedule.top().first <= now) {
        const auto [due, index] = m_schedule.top();
        m_schedule.pop();
        Slot &slot = m_slots[index];
        if (slot.inFlight)
            ++slot.skipped;
        else
            probe(index);
        // From the due time, not from now, so that a late timer does not stretch every interval;
        // but never schedule into the past after a long stall (that would fire a burst).
        qint64 next = due + jittered(slot.check.intervalMs);
        if (next <= now)
            next = now + jittered(slot.check.intervalMs);
        slot.dueMs = next;
        m_schedule.push({next, index});
    }
    arm();
}

void HealthProber::arm()
{
    if (!m_running || !m_timer || m_schedule.empty())
        return;
    const qint64 wait = std::max<qint64>(0, m_schedule.top().first - m_clock.elapsed());
    m_timer->start(int(std::min<qint64>(wait, INT_MAX)));
}

qint64 HealthProber::jittered(qint64 intervalMs) const
{
    const qint64 interval = std::max<qint64>(intervalMs, 1);
    const qint64 spread = interval / 10;
    if (spread == 0)
        return interval;
    return interval - spread + qint64(QRandomGenerator::global()->bounded(quint64(2 * spread + 1)));
}

} // namespace ic
