#include "BackendsConfig.h"

#include "YamlReader.h"

#include "ServiceReference.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QtNumeric>

#include <yaml-cpp/yaml.h>

#include <arpa/inet.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <iterator>

using namespace Qt::StringLiterals;

namespace ic {

QString SecretRef::reference() const
{
    switch (source) {
    case Source::None:
        return {};
    case Source::Environment:
        return u"${env:%1}"_s.arg(name);
    case Source::Keychain:
        return u"${keychain:%1}"_s.arg(name);
    }
    return {};
}

QString healthFormatName(HealthFormat format)
{
    switch (format) {
    case HealthFormat::Auto:
        return u"auto"_s;
    case HealthFormat::Status:
        return u"status"_s;
    case HealthFormat::HealthJson:
        return u"health+json"_s;
    case HealthFormat::Actuator:
        return u"actuator"_s;
    case HealthFormat::Kubernetes:
        return u"k8s"_s;
    }
    return {};
}

QString DnsResolver::text() const
{
    if (address.isEmpty())
        return u"system"_s;
    if (address.contains(u':'))
        return u"[%1]:%2"_s.arg(address).arg(port);
    return u"%1:%2"_s.arg(address).arg(port);
}

bool BackendsConfig::inMaintenance(const QString &service, qint64 atMs) const
{
    return std::any_of(maintenance.cbegin(), maintenance.cend(), [&](const MaintenanceWindow &window) {
        return window.service == service && window.covers(atMs);
    });
}

// ---------------------------------------------------------------------------------------------
// Byte sizes

namespace {

struct ByteUnit {
    QStringView name;
    qint64 bytes;
};

// PostgreSQL's memory units (case matters there too) and their IEC spellings.
constexpr ByteUnit ByteUnits[] = {
    {u"B", 1},
    {u"kB", qint64(1) << 10},  {u"KiB", qint64(1) << 10}, {u"MB", qint64(1) << 20}, {u"MiB", qint64(1) << 20},
    {u"GB", qint64(1) << 30},  {u"GiB", qint64(1) << 30}, {u"TB", qint64(1) << 40}, {u"TiB", qint64(1) << 40},
};

// Enough for any real size, and small enough that fraction × unit cannot overflow.
constexpr int MaxFractionDigits = 6;

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

} // namespace

std::optional<qint64> parseByteSize(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype pos = 0;
    qint64 whole = 0;
    while (pos < t.size() && isAsciiDigit(t[pos])) {
        if (qMulOverflow(whole, qint64(10), &whole) || qAddOverflow(whole, qint64(t[pos].unicode() - u'0'), &whole))
            return std::nullopt;
        ++pos;
    }
    if (pos == 0)
        return std::nullopt; // no number, or a sign
    qint64 fraction = 0;
    qint64 fractionScale = 1;
    if (pos < t.size() && t[pos] == u'.') {
        ++pos;
        const qsizetype start = pos;
        while (pos < t.size() && isAsciiDigit(t[pos])) {
            if (pos - start >= MaxFractionDigits)
                return std::nullopt;
            fraction = fraction * 10 + (t[pos].unicode() - u'0');
            fractionScale *= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    while (pos < t.size() && t[pos] == u' ')
        ++pos;
    const QStringView unitText = t.mid(pos);
    qint64 unit = 0;
    if (unitText.isEmpty()) {
        unit = 1;
    } else {
        for (const ByteUnit &candidate : ByteUnits) {
            if (candidate.name == unitText)
                unit = candidate.bytes;
        }
    }
    if (unit == 0)
        return std::nullopt;
    if (fractionScale > 1 && unit == 1)
        return std::nullopt; // there are no fractions of a byte
    qint64 bytes = 0;
    if (qMulOverflow(whole, unit, &bytes))
        return std::nullopt;
    // Rounded to the nearest byte, as PostgreSQL does with "1.5MB".
    const qint64 fractionBytes = (fraction * unit + fractionScale / 2) / fractionScale;
    if (qAddOverflow(bytes, fractionBytes, &bytes))
        return std::nullopt;
    return bytes;
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

constexpr qint64 MinIntervalMs = 100;
constexpr qint64 MaxTimeoutMs = 60 * 1000;
constexpr qint64 MinResponseBytes = qint64(1) << 10;
constexpr qint64 MaxResponseBytes = qint64(1) << 30;

const QStringList DnsTypes = {u"A"_s, u"AAAA"_s, u"CNAME"_s, u"MX"_s, u"NS"_s, u"TXT"_s, u"SRV"_s, u"PTR"_s};

using Field = YamlField;

// "1.2.3.4" / "2001:db8::1" in the form inet_ntop writes, so that answers compare as text.
std::optional<QString> canonicalAddress(const QString &text, int family)
{
    const QByteArray bytes = text.toLatin1();
    if (bytes.isEmpty() || bytes.contains('?'))
        return std::nullopt;
    unsigned char binary[16];
    if (inet_pton(family, bytes.constData(), binary) != 1)
        return std::nullopt;
    char out[64];
    if (!inet_ntop(family, binary, out, sizeof out))
        return std::nullopt;
    return QString::fromLatin1(out);
}

std::optional<QString> canonicalIp(const QString &text)
{
    if (auto v4 = canonicalAddress(text, AF_INET))
        return v4;
    return canonicalAddress(text, AF_INET6);
}

// Host names as DNS carries them: labels of letters, digits, "-" and "_" (SRV and DKIM names
// use it), at most 63 characters each and 253 in all; one trailing dot allowed.
bool isDnsName(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &label : name.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (!(isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-' || c == u'_'))
                return false;
        }
    }
    return true;
}

QString normalDnsName(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}

class BackendsReader : public YamlReader
{
public:
    BackendsReader(const QString &file, const QString &workspaceDir, const ServiceCatalog &catalog)
        : YamlReader(file), m_workspace(workspaceDir), m_catalog(catalog)
    {
    }

    BackendsConfig config;

    void read(const QByteArray &bytes);

private:
    QString m_workspace;
    const ServiceCatalog &m_catalog;

    // Health check names are settled once every check is read.
    struct HealthName {
        bool written = false; // false: named after its service
        YAML::Node node;      // the `name` value
    };
    QList<HealthName> m_healthNames;

    bool isList(const Field &field, const QString &ofWhat);
    void missing(const YAML::Node &node, const QString &what, const QString &key);
    std::optional<QString> text(const YAML::Node &node, const QString &what);
    std::optional<QString> text(const Field &field) { return text(field.value, field.key); }
    std::optional<QString> nonEmptyText(const Field &field);
    std::optional<qint64> interval(const Field &field);
    std::optional<qint64> timeout(const Field &field);
    std::optional<qint64> byteSize(const Field &field);
    std::optional<int> count(const Field &field);
    std::optional<QUrl> httpUrl(const YAML::Node &node, const QString &what);
    std::optional<SecretRef> secret(const Field &field);
    std::optional<QString> serviceId(const YAML::Node &node, const QString &key);
    std::optional<qint64> utcTime(const Field &field);
    std::optional<DnsResolver> resolver(const YAML::Node &node);

    // The transport keys every HTTP backend shares; false when `field` is not one of them.
    bool readHttpKey(const Field &field, HttpSettings &http, YAML::Node *caFileNode);
    void checkCaFileUse(const HttpSettings &http, const YAML::Node &caFileNode, const QList<QUrl> &urls);
    void checkCredentials(const YAML::Node &entry, const QString &username, const SecretRef &password, bool passwordGiven);

    void readDocument(const YAML::Node &document);
    void readPrometheus(const Field &field);
    void readPanel(const YAML::Node &node, PrometheusConfig &prometheus);
    void readAlertmanager(const Field &field);
    void readPatroni(const YAML::Node &node);
    void readHealth(const YAML::Node &node);
    void readDns(const YAML::Node &node);
    void readMaintenance(const YAML::Node &node);
    void settleHealthNames();
};

bool BackendsReader::isList(const Field &field, const QString &ofWhat)
{
    if (field.value.IsSequence())
        return true;
    error(field.value, BackendsConfigLoader::tr("%1 must be a list of %2").arg(field.key, ofWhat));
    return false;
}

void BackendsReader::missing(const YAML::Node &node, const QString &what, const QString &key)
{
    error(node, BackendsConfigLoader::tr("%1 needs \"%2\"").arg(what, key));
}

std::optional<QString> BackendsReader::text(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar()) {
        error(node, BackendsConfigLoader::tr("%1 must be a single text value").arg(what));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar()).trimmed();
}

std::optional<QString> BackendsReader::nonEmptyText(const Field &field)
{
    std::optional<QString> value = text(field);
    if (value && value->isEmpty()) {
        error(field.value, BackendsConfigLoader::tr("%1 must not be empty").arg(field.key));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> BackendsReader::interval(const Field &field)
{
    const std::optional<QString> value = text(field);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> ms = parseDuration(*value);
    if (!ms) {
        error(field.value, BackendsConfigLoader::tr("bad duration \"%1\" for %2: write e.g. 500ms, 5s, 1m or 1h30m")
                               .arg(*value, field.key));
        return std::nullopt;
    }
    if (*ms < MinIntervalMs) {
        error(field.value, BackendsConfigLoader::tr("%1 must be at least %2, not %3")
                               .arg(field.key, formatDuration(MinIntervalMs), *value));
        return std::nullopt;
    }
    return ms;
}

std::optional<qint64> BackendsReader::timeout(const Field &field)
{
    const std::optional<QString> value = text(field);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> ms = parseDuration(*value);
    if (!ms) {
        error(field.value, BackendsConfigLoader::tr("bad duration \"%1\" for %2: write e.g. 500ms, 2s or 30s")
                               .arg(*value, field.key));
        return std::nullopt;
    }
    if (*ms <= 0 || *ms > MaxTimeoutMs) {
        error(field.value, BackendsConfigLoader::tr("%1 must be more than 0s and at most %2, not %3")
                               .arg(field.key, formatDuration(MaxTimeoutMs), *value));
        return std::nullopt;
    }
    return ms;
}

std::optional<qint64> BackendsReader::byteSize(const Field &field)
{
    const std::optional<QString> value = text(field);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> bytes = parseByteSize(*value);
    if (!bytes)
        error(field.value, BackendsConfigLoader::tr("bad byte size \"%1\" for %2: write e.g. 1MB, 512kB or 1048576 "
                                                    "(kB, MB, GB and TB are powers of 1024)")
                               .arg(*value, field.key));
    return bytes;
}

std::optional<int> BackendsReader::count(const Field &field)
{
    const std::optional<QString> value = text(field);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < 1) {
        error(field.value, BackendsConfigLoader::tr("%1 must be a whole number of at least 1, not \"%2\"").arg(field.key, *value));
        return std::nullopt;
    }
    return n;
}

std::optional<QUrl> BackendsReader::httpUrl(const YAML::Node &node, const QString &what)
{
    const std::optional<QString> value = text(node, what);
    if (!value)
        return std::nullopt;
    // Checked before anything echoes the URL: what precedes "@" may be a password.
    if (value->contains(u'@')) {
        error(node, BackendsConfigLoader::tr("%1 must not hold a user name or password: use the keys username and "
                                             "password (a secret reference) instead")
                        .arg(what));
        return std::nullopt;
    }
    if (value->isEmpty()) {
        error(node, BackendsConfigLoader::tr("%1 must not be empty").arg(what));
        return std::nullopt;
    }
    const QUrl url(*value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        error(node, BackendsConfigLoader::tr("%1 \"%2\" is not a URL; expected e.g. http://127.0.0.1:9090").arg(what, *value));
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        error(node, BackendsConfigLoader::tr("%1 \"%2\" must start with http:// or https://").arg(what, *value));
        return std::nullopt;
    }
    if (url.host().isEmpty()) {
        error(node, BackendsConfigLoader::tr("%1 \"%2\" has no host").arg(what, *value));
        return std::nullopt;
    }
    if (url.hasFragment()) {
        error(node, BackendsConfigLoader::tr("%1 \"%2\" must not have a fragment (#…)").arg(what, *value));
        return std::nullopt;
    }
    return url;
}

// Never puts the written value into a message: when it is not a reference it is a password.
std::optional<SecretRef> BackendsReader::secret(const Field &field)
{
    const QString rules = BackendsConfigLoader::tr("secrets must be references such as ${env:NAME} or "
                                                   "${keychain:NAME}, never the value itself");
    if (!field.value.IsScalar()) {
        error(field.value, BackendsConfigLoader::tr("%1 must be a single secret reference: %2").arg(field.key, rules));
        return std::nullopt;
    }
    const QString value = QString::fromStdString(field.value.Scalar()).trimmed();
    static const QRegularExpression reference(u"\\A\\$\\{(env|keychain):([^}]*)\\}\\z"_s);
    const QRegularExpressionMatch match = reference.match(value);
    if (!match.hasMatch()) {
        if (value.startsWith(u"${"))
            error(field.value, BackendsConfigLoader::tr("%1 is not a valid secret reference: write ${env:NAME} or "
                                                        "${keychain:NAME}")
                                   .arg(field.key));
        else
            error(field.value, BackendsConfigLoader::tr("%1 holds a literal value: %2 (set an environment variable or "
                                                        "a keychain entry and name it here)")
                                   .arg(field.key, rules));
        return std::nullopt;
    }
    SecretRef ref;
    ref.name = match.captured(2);
    if (match.captured(1) == u"env") {
        ref.source = SecretRef::Source::Environment;
        static const QRegularExpression variable(u"\\A[A-Za-z_][A-Za-z0-9_]*\\z"_s);
        if (!variable.match(ref.name).hasMatch()) {
            error(field.value, BackendsConfigLoader::tr("%1: the environment variable in ${env:NAME} must be a name of "
                                                        "letters, digits and _, not starting with a digit")
                                   .arg(field.key));
            return std::nullopt;
        }
    } else {
        ref.source = SecretRef::Source::Keychain;
        if (ref.name.isEmpty() || ref.name.trimmed() != ref.name || ref.name.contains(u'$')) {
            error(field.value, BackendsConfigLoader::tr("%1: the keychain entry in ${keychain:NAME} must be a name "
                                                        "without spaces around it")
                                   .arg(field.key));
            return std::nullopt;
        }
    }
    return ref;
}

std::optional<QString> BackendsReader::serviceId(const YAML::Node &node, const QString &key)
{
    const std::optional<QString> written = text(node, key);
    if (!written)
        return std::nullopt;
    if (written->isEmpty()) {
        error(node, BackendsConfigLoader::tr("%1 must not be empty").arg(key));
        return std::nullopt;
    }
    const QStringList matches = matchingServiceIds(m_catalog, *written);
    if (matches.size() == 1)
        return matches.constFirst();
    if (!matches.isEmpty()) {
        error(node, BackendsConfigLoader::tr("service \"%1\" could be any of %2; write the one you mean in full")
                        .arg(*written, matches.join(u", "_s)));
    } else if (m_catalog.isEmpty()) {
        error(node, BackendsConfigLoader::tr("service \"%1\" is not in the catalog: the workspace has no services")
                        .arg(*written));
    } else {
        const QString closest = closestServiceId(m_catalog, *written);
        error(node, BackendsConfigLoader::tr("service \"%1\" is not in the catalog%2")
                        .arg(*written, closest.isEmpty() ? QString()
                                                         : BackendsConfigLoader::tr(" (did you mean %1?)").arg(closest)));
    }
    return std::nullopt;
}

std::optional<qint64> BackendsReader::utcTime(const Field &field)
{
    const std::optional<QString> value = text(field);
    if (!value)
        return std::nullopt;
    static const QRegularExpression iso(
        u"\\A(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?Z\\z"_s);
    const QRegularExpressionMatch m = iso.match(*value);
    QDateTime time;
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(3, u'0').toInt();
        const QTime clock(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        if (date.isValid() && clock.isValid())
            time = QDateTime(date, clock, Qt::UTC);
    }
    if (!time.isValid()) {
        error(field.value, BackendsConfigLoader::tr("%1 must be a UTC time such as 2026-11-23T02:00:00Z, not \"%2\"")
                               .arg(field.key, *value));
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

// "IP:port", "IP" (port 53), "[IPv6]:port", a bare IPv6 address, or "system".
std::optional<DnsResolver> BackendsReader::resolver(const YAML::Node &node)
{
    const std::optional<QString> value = text(node, u"resolvers"_s);
    if (!value)
        return std::nullopt;
    DnsResolver result;
    if (*value == u"system")
        return result;
    QString address = *value;
    QString port;
    if (value->startsWith(u'[')) {
        const qsizetype close = value->indexOf(u']');
        const QString rest = close < 0 ? QString() : value->mid(close + 1);
        if (close < 0 || !(rest.isEmpty() || rest.startsWith(u':'))) {
            address.clear();
        } else {
            address = value->mid(1, close - 1);
            port = rest.mid(1);
            if (rest == u":")
                address.clear();
        }
    } else if (value->count(u':') == 1) {
        const qsizetype colon = value->indexOf(u':');
        address = value->left(colon);
        port = value->mid(colon + 1);
        if (port.isEmpty())
            address.clear();
    }
    const std::optional<QString> canonical = value->startsWith(u'[') ? canonicalAddress(address, AF_INET6)
                                                                     : canonicalIp(address);
    if (!canonical) {
        error(node, BackendsConfigLoader::tr("resolver \"%1\" is not an IP address: write e.g. 127.0.0.1:5353, "
                                             "192.0.2.53 (port 53), [2001:db8::53]:5353 or system")
                        .arg(*value));
        return std::nullopt;
    }
    result.address = *canonical;
    if (!port.isEmpty()) {
        bool ok = std::all_of(port.cbegin(), port.cend(), isAsciiDigit);
        const int number = ok ? port.toInt(&ok) : 0;
        if (!ok || number < 1 || number > 65535) {
            error(node, BackendsConfigLoader::tr("resolver \"%1\" has a bad port: use 1 to 65535").arg(*value));
            return std::nullopt;
        }
        result.port = quint16(number);
    }
    return result;
}

bool BackendsReader::readHttpKey(const Field &field, HttpSettings &http, YAML::Node *caFileNode)
{
    const QString &k = field.key;
    if (k == u"timeout") {
        if (auto ms = timeout(field))
            http.timeoutMs = *ms;
    } else if (k == u"max_response") {
        if (auto bytes = byteSize(field)) {
            if (*bytes < MinResponseBytes || *bytes > MaxResponseBytes)
                error(field.value, BackendsConfigLoader::tr("max_response must be from 1kB to 1GB"));
            else
                http.maxResponseBytes = *bytes;
        }
    } else if (k == u"tls_verify") {
        bool verify = false;
        if (field.value.IsScalar() && YAML::convert<bool>::decode(field.value, verify) && verify) {
            warning(field.keyNode, BackendsConfigLoader::tr("tls_verify: certificates are always verified, the key "
                                                            "can be removed"));
        } else {
            error(field.value, BackendsConfigLoader::tr("TLS verification cannot be turned off: an invalid certificate "
                                                        "is an error. For a private CA, name its certificate in "
                                                        "ca_file instead"));
        }
    } else if (k == u"ca_file") {
        const std::optional<QString> value = nonEmptyText(field);
        if (!value)
            return true;
        const QString path = QDir::cleanPath(QDir(m_workspace).absoluteFilePath(*value));
        QFile file(path);
        if (!QFileInfo(path).isFile()) {
            error(field.value, BackendsConfigLoader::tr("ca_file %1 does not exist").arg(path));
        } else if (!file.open(QIODevice::ReadOnly)) {
            error(field.value, BackendsConfigLoader::tr("cannot read ca_file %1: %2").arg(path, file.errorString()));
        } else if (!file.readAll().contains("-----BEGIN CERTIFICATE-----")) {
            error(field.value, BackendsConfigLoader::tr("ca_file %1 holds no PEM certificate "
                                                        "(-----BEGIN CERTIFICATE-----)")
                                   .arg(path));
        } else {
            http.caFile = path;
            *caFileNode = field.value;
        }
    } else {
        return false;
    }
    return true;
}

void BackendsReader::checkCaFileUse(const HttpSettings &http, const YAML::Node &caFileNode, const QList<QUrl> &urls)
{
    if (http.caFile.isEmpty())
        return;
    const bool anyHttps = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    });
    if (!anyHttps && !urls.isEmpty())
        warning(caFileNode, BackendsConfigLoader::tr("ca_file is only used for https URLs; this backend has none"));
}

void BackendsReader::checkCredentials(const YAML::Node &entry, const QString &username, const SecretRef &password,
                                      bool passwordGiven)
{
    if (!username.isEmpty() && !passwordGiven)
        error(entry, BackendsConfigLoader::tr("username needs a password (a secret reference such as ${env:NAME})"));
    else if (username.isEmpty() && password.isSet())
        error(entry, BackendsConfigLoader::tr("password needs a username"));
}

void BackendsReader::read(const QByteArray &bytes)
{
    const std::optional<std::vector<YAML::Node>> documents = loadDocuments(bytes);
    if (!documents)
        return;
    bool read = false;
    for (const YAML::Node &document : *documents) {
        if (document.IsNull())
            continue;
        if (read) {
            error(document, BackendsConfigLoader::tr("backends.yaml holds one document; remove the \"---\" before this one"));
            return;
        }
        read = true;
        readGuarded(document, [&] { readDocument(document); });
    }
    settleHealthNames();
}

void BackendsReader::readDocument(const YAML::Node &document)
{
    const std::optional<QList<Field>> fields = mapFields(document, u"backends.yaml"_s);
    if (!fields)
        return;
    for (const Field &f : *fields) {
        const QString &k = f.key;
        if (k != u"prometheus" && k != u"alertmanager" && k != u"patroni" && k != u"health" && k != u"dns"
            && k != u"maintenance") {
            warnUnknownKey(f, u"backends.yaml"_s);
            continue;
        }
        if (f.value.IsNull())
            continue; // "patroni:" with nothing under it: none configured
        if (k == u"prometheus") {
            readPrometheus(f);
        } else if (k == u"alertmanager") {
            readAlertmanager(f);
        } else if (k == u"patroni") {
            if (isList(f, BackendsConfigLoader::tr("Patroni clusters (\"- service: …\")"))) {
                for (const YAML::Node &item : f.value)
                    readPatroni(item);
            }
        } else if (k == u"health") {
            if (isList(f, BackendsConfigLoader::tr("health checks (\"- service: …\")"))) {
                for (const YAML::Node &item : f.value)
                    readHealth(item);
            }
        } else if (k == u"dns") {
            if (isList(f, BackendsConfigLoader::tr("DNS checks (\"- name: …\")"))) {
                for (const YAML::Node &item : f.value)
                    readDns(item);
            }
        } else if (k == u"maintenance") {
            if (isList(f, BackendsConfigLoader::tr("maintenance windows (\"- service: …\")"))) {
                for (const YAML::Node &item : f.value)
                    readMaintenance(item);
            }
        }
    }
}

void BackendsReader::readPrometheus(const Field &field)
{
    const QString what = u"prometheus"_s;
    const std::optional<QList<Field>> fields = mapFields(field.value, what);
    if (!fields)
        return;
    PrometheusConfig p;
    p.where = at(field.value);
    bool hasUrl = false;
    YAML::Node caFileNode;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"url") {
            hasUrl = true;
            if (auto url = httpUrl(f.value, f.key))
                p.url = *url;
        } else if (f.key == u"interval") {
            if (auto ms = interval(f))
                p.intervalMs = *ms;
        } else if (f.key == u"panels") {
            if (isList(f, BackendsConfigLoader::tr("panels (\"- title: …\")"))) {
                for (const YAML::Node &item : f.value)
                    readPanel(item, p);
            }
        } else if (!readHttpKey(f, p.http, &caFileNode)) {
            warnUnknownKey(f, what);
        }
    }
    if (!hasUrl)
        missing(field.value, what, u"url"_s);
    checkCaFileUse(p.http, caFileNode, {p.url});
    config.prometheus = p;
}

void BackendsReader::readPanel(const YAML::Node &node, PrometheusConfig &prometheus)
{
    const QString what = BackendsConfigLoader::tr("a Prometheus panel");
    const std::optional<QList<Field>> fields = mapFields(node, what);
    if (!fields)
        return;
    PrometheusPanel panel;
    panel.where = at(node);
    bool hasTitle = false;
    bool hasQuery = false;
    bool hasUnit = false;
    const Field *threshold = nullptr;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"title") {
            hasTitle = true;
            if (auto v = nonEmptyText(f))
                panel.title = *v;
        } else if (f.key == u"query") {
            hasQuery = true;
            if (auto v = nonEmptyText(f))
                panel.query = *v;
        } else if (f.key == u"unit") {
            hasUnit = true;
            if (auto v = text(f))
                panel.unit = *v;
        } else if (f.key == u"threshold") {
            threshold = &f;
        } else if (f.key == u"service") {
            if (auto id = serviceId(f.value, f.key))
                panel.service = *id;
        } else {
            warnUnknownKey(f, what);
        }
    }
    // After the loop: whether "1MB" is a threshold depends on the unit.
    if (threshold) {
        if (auto v = text(*threshold)) {
            bool ok = false;
            const double number = v->toDouble(&ok);
            const bool bytes = panel.unit == u"bytes" || panel.unit == u"B";
            if (ok && std::isfinite(number)) {
                panel.threshold = number;
            } else if (const std::optional<qint64> size = bytes ? parseByteSize(*v) : std::nullopt) {
                panel.threshold = double(*size);
            } else {
                error(threshold->value, bytes ? BackendsConfigLoader::tr("threshold must be a number or a byte size "
                                                                         "such as 1MB, not \"%1\"")
                                                    .arg(*v)
                                              : BackendsConfigLoader::tr("threshold must be a number, not \"%1\"").arg(*v));
            }
        }
    }
    if (!hasTitle)
        missing(node, what, u"title"_s);
    if (!hasQuery)
        missing(node, what, u"query"_s);
    if (!hasUnit)
        missing(node, what, u"unit"_s);
    prometheus.panels.append(panel);
}

void BackendsReader::readAlertmanager(const Field &field)
{
    const QString what = u"alertmanager"_s;
    const std::optional<QList<Field>> fields = mapFields(field.value, what);
    if (!fields)
        return;
    AlertmanagerConfig a;
    a.where = at(field.value);
    bool hasUrl = false;
    bool passwordGiven = false;
    YAML::Node caFileNode;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"url") {
            hasUrl = true;
            if (auto url = httpUrl(f.value, f.key))
                a.url = *url;
        } else if (f.key == u"interval") {
            if (auto ms = interval(f))
                a.intervalMs = *ms;
        } else if (f.key == u"username") {
            if (auto v = nonEmptyText(f))
                a.username = *v;
        } else if (f.key == u"password") {
            passwordGiven = true;
            if (auto ref = secret(f))
                a.password = *ref;
        } else if (!readHttpKey(f, a.http, &caFileNode)) {
            warnUnknownKey(f, what);
        }
    }
    if (!hasUrl)
        missing(field.value, what, u"url"_s);
    checkCredentials(field.value, a.username, a.password, passwordGiven);
    checkCaFileUse(a.http, caFileNode, {a.url});
    config.alertmanager = a;
}

void BackendsReader::readPatroni(const YAML::Node &node)
{
    const QString what = BackendsConfigLoader::tr("a Patroni cluster");
    const std::optional<QList<Field>> fields = mapFields(node, what);
    if (!fields)
        return;
    PatroniCluster c;
    c.where = at(node);
    bool hasService = false;
    bool hasMembers = false;
    bool passwordGiven = false;
    YAML::Node serviceNode;
    YAML::Node caFileNode;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"service") {
            hasService = true;
            serviceNode = f.value;
            if (auto id = serviceId(f.value, f.key))
                c.service = *id;
        } else if (f.key == u"members") {
            hasMembers = true;
            if (!isList(f, BackendsConfigLoader::tr("REST API URLs, e.g. [http://127.0.0.1:8008]")))
                continue;
            if (f.value.size() == 0)
                error(f.value, BackendsConfigLoader::tr("members must name at least one Patroni REST API URL"));
            for (const YAML::Node &item : f.value) {
                const std::optional<QUrl> url = httpUrl(item, BackendsConfigLoader::tr("member"));
                if (!url)
                    continue;
                if (c.members.contains(*url))
                    error(item, BackendsConfigLoader::tr("member %1 is listed twice").arg(url->toString()));
                else
                    c.members.append(*url);
            }
        } else if (f.key == u"username") {
            if (auto v = nonEmptyText(f))
                c.username = *v;
        } else if (f.key == u"password") {
            passwordGiven = true;
            if (auto ref = secret(f))
                c.password = *ref;
        } else if (f.key == u"max_lag") {
            if (auto bytes = byteSize(f))
                c.maxLagBytes = *bytes;
        } else if (f.key == u"interval") {
            if (auto ms = interval(f))
                c.intervalMs = *ms;
        } else if (!readHttpKey(f, c.http, &caFileNode)) {
            warnUnknownKey(f, what);
        }
    }
    if (!hasService)
        missing(node, what, u"service"_s);
    if (!hasMembers)
        missing(node, what, u"members"_s);
    checkCredentials(node, c.username, c.password, passwordGiven);
    checkCaFileUse(c.http, caFileNode, c.members);
    if (!c.service.isEmpty()) {
        for (const PatroniCluster &other : std::as_const(config.patroni)) {
            if (other.service == c.service) {
                error(serviceNode, BackendsConfigLoader::tr("service %1 already has a Patroni cluster at line %2")
                                       .arg(c.service)
                                       .arg(other.where.line));
                break;
            }
        }
    }
    config.patroni.append(c);
}

void BackendsReader::readHealth(const YAML::Node &node)
{
    const QString what = BackendsConfigLoader::tr("a health check");
    const std::optional<QList<Field>> fields = mapFields(node, what);
    if (!fields)
        return;
    HealthCheck h;
    h.where = at(node);
    HealthName name;
    bool hasService = false;
    bool hasUrl = false;
    YAML::Node caFileNode;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"service") {
            hasService = true;
            if (auto id = serviceId(f.value, f.key))
                h.service = *id;
        } else if (f.key == u"name") {
            if (auto v = nonEmptyText(f)) {
                h.name = *v;
                name.written = true;
                name.node = f.value;
            }
        } else if (f.key == u"url") {
            hasUrl = true;
            if (auto url = httpUrl(f.value, f.key))
                h.url = *url;
        } else if (f.key == u"format") {
            const std::optional<QString> v = text(f);
            if (!v)
                continue;
            bool known = false;
            for (HealthFormat format : {HealthFormat::Auto, HealthFormat::Status, HealthFormat::HealthJson,
                                        HealthFormat::Actuator, HealthFormat::Kubernetes}) {
                if (healthFormatName(format) == *v) {
                    h.format = format;
                    known = true;
                }
            }
            if (!known)
                error(f.value, BackendsConfigLoader::tr("unknown format \"%1\": use status, health+json, actuator, k8s "
                                                        "or auto")
                                   .arg(*v));
        } else if (f.key == u"interval") {
            if (auto ms = interval(f))
                h.intervalMs = *ms;
        } else if (f.key == u"down_after") {
            if (auto n = count(f))
                h.downAfter = *n;
        } else if (f.key == u"up_after") {
            if (auto n = count(f))
                h.upAfter = *n;
        } else if (!readHttpKey(f, h.http, &caFileNode)) {
            warnUnknownKey(f, what);
        }
    }
    if (!hasService)
        missing(node, what, u"service"_s);
    if (!hasUrl)
        missing(node, what, u"url"_s);
    checkCaFileUse(h.http, caFileNode, {h.url});
    config.health.append(h);
    m_healthNames.append(name);
}

// Every check gets a unique name: events and samples are keyed by it. Names a user wrote must be
// unique; the rest are named after their service, numbered when a service has several checks.
void BackendsReader::settleHealthNames()
{
    QHash<QString, qsizetype> taken; // name → check
    QHash<QString, int> perService;
    for (qsizetype i = 0; i < config.health.size(); ++i) {
        HealthCheck &h = config.health[i];
        if (m_healthNames.at(i).written)
            continue;
        const int n = ++perService[h.service];
        h.name = n == 1 ? h.service : u"%1#%2"_s.arg(h.service).arg(n);
        taken.insert(h.name, i);
    }
    for (qsizetype i = 0; i < config.health.size(); ++i) {
        if (!m_healthNames.at(i).written)
            continue;
        const YAML::Node &node = m_healthNames.at(i).node;
        const QString &name = config.health.at(i).name;
        if (const auto other = taken.constFind(name); other != taken.constEnd()) {
            const SourceLocation &w = config.health.at(*other).where;
            error(node, BackendsConfigLoader::tr("duplicate health check name \"%1\": the check at line %2, column %3 "
                                                 "has it too")
                            .arg(name)
                            .arg(w.line)
                            .arg(w.column));
            continue;
        }
        taken.insert(name, i);
    }
}

void BackendsReader::readDns(const YAML::Node &node)
{
    const QString what = BackendsConfigLoader::tr("a DNS check");
    const std::optional<QList<Field>> fields = mapFields(node, what);
    if (!fields)
        return;
    DnsCheck d;
    d.where = at(node);
    bool hasName = false;
    const Field *expect = nullptr;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"name") {
            hasName = true;
            const std::optional<QString> v = text(f);
            if (!v)
                continue;
            if (!isDnsName(*v))
                error(f.value, BackendsConfigLoader::tr("\"%1\" is not a DNS name").arg(*v));
            else
                d.name = *v;
        } else if (f.key == u"type") {
            const std::optional<QString> v = text(f);
            if (!v)
                continue;
            if (!DnsTypes.contains(v->toUpper()))
                error(f.value, BackendsConfigLoader::tr("unknown DNS type \"%1\": use %2").arg(*v, DnsTypes.join(u", "_s)));
            else
                d.type = v->toUpper();
        } else if (f.key == u"expect") {
            expect = &f;
        } else if (f.key == u"resolvers") {
            if (!isList(f, BackendsConfigLoader::tr("resolver addresses, e.g. [127.0.0.1:5353]")))
                continue;
            for (const YAML::Node &item : f.value) {
                const std::optional<DnsResolver> r = resolver(item);
                if (!r)
                    continue;
                const bool twice = std::any_of(d.resolvers.cbegin(), d.resolvers.cend(), [&r](const DnsResolver &o) {
                    return o.address == r->address && o.port == r->port;
                });
                if (twice)
                    error(item, BackendsConfigLoader::tr("resolver %1 is listed twice").arg(r->text()));
                else
                    d.resolvers.append(*r);
            }
        } else if (f.key == u"service") {
            if (auto id = serviceId(f.value, f.key))
                d.service = *id;
        } else if (f.key == u"interval") {
            if (auto ms = interval(f))
                d.intervalMs = *ms;
        } else {
            warnUnknownKey(f, what);
        }
    }
    // After the loop: how an answer is written depends on the type.
    if (expect && isList(*expect, BackendsConfigLoader::tr("expected answers, e.g. [192.0.2.10]"))) {
        for (const YAML::Node &item : expect->value) {
            const std::optional<QString> v = text(item, u"expect"_s);
            if (!v)
                continue;
            std::optional<QString> answer;
            if (d.type == u"A") {
                answer = canonicalAddress(*v, AF_INET);
                if (!answer)
                    error(item, BackendsConfigLoader::tr("\"%1\" is not an IPv4 address (type A)").arg(*v));
            } else if (d.type == u"AAAA") {
                answer = canonicalAddress(*v, AF_INET6);
                if (!answer)
                    error(item, BackendsConfigLoader::tr("\"%1\" is not an IPv6 address (type AAAA)").arg(*v));
            } else if (d.type == u"CNAME" || d.type == u"NS" || d.type == u"PTR" || d.type == u"MX") {
                if (isDnsName(*v))
                    answer = normalDnsName(*v);
                else
                    error(item, BackendsConfigLoader::tr("\"%1\" is not a DNS name (type %2)").arg(*v, d.type));
            } else if (d.type == u"SRV") {
                const qsizetype colon = v->lastIndexOf(u':');
                bool ok = colon > 0 && isDnsName(v->left(colon));
                const int port = ok ? v->mid(colon + 1).toInt(&ok) : 0;
                if (ok && port >= 1 && port <= 65535)
                    answer = u"%1:%2"_s.arg(normalDnsName(v->left(colon))).arg(port);
                else
                    error(item, BackendsConfigLoader::tr("\"%1\" is not a SRV target: write target:port, e.g. "
                                                         "sip.example.com:5060")
                                    .arg(*v));
            } else if (v->isEmpty()) {
                error(item, BackendsConfigLoader::tr("an expected TXT answer must not be empty"));
            } else {
                answer = *v;
            }
            if (answer && !d.expect.contains(*answer))
                d.expect.append(*answer);
        }
        d.expect.sort();
    }
    if (!hasName)
        missing(node, what, u"name"_s);
    config.dns.append(d);
}

void BackendsReader::readMaintenance(const YAML::Node &node)
{
    const QString what = BackendsConfigLoader::tr("a maintenance window");
    const std::optional<QList<Field>> fields = mapFields(node, what);
    if (!fields)
        return;
    MaintenanceWindow w;
    w.where = at(node);
    bool hasService = false;
    std::optional<qint64> start;
    std::optional<qint64> end;
    bool hasStart = false;
    bool hasEnd = false;
    YAML::Node endNode;
    for (const Field &f : *fields) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"service") {
            hasService = true;
            if (auto id = serviceId(f.value, f.key))
                w.service = *id;
        } else if (f.key == u"start") {
            hasStart = true;
            start = utcTime(f);
        } else if (f.key == u"end") {
            hasEnd = true;
            endNode = f.value;
            end = utcTime(f);
        } else if (f.key == u"reason") {
            if (auto v = text(f))
                w.reason = *v;
        } else {
            warnUnknownKey(f, what);
        }
    }
    if (!hasService)
        missing(node, what, u"service"_s);
    if (!hasStart)
        missing(node, what, u"start"_s);
    if (!hasEnd)
        missing(node, what, u"end"_s);
    if (start && end) {
        w.startMs = *start;
        w.endMs = *end;
        if (*end <= *start)
            error(endNode, BackendsConfigLoader::tr("the maintenance window ends before it starts: end must be after start"));
    }
    config.maintenance.append(w);
}

BackendsConfigLoader::Result finish(BackendsReader &reader, const QString &file)
{
    auto byPosition = [](const CatalogIssue &a, const CatalogIssue &b) {
        if (a.where.line != b.where.line)
            return a.where.line < b.where.line;
        return a.where.column < b.where.column;
    };
    BackendsConfigLoader::Result result;
    result.errors = reader.errors;
    result.warnings = reader.warnings;
    std::stable_sort(result.errors.begin(), result.errors.end(), byPosition);
    std::stable_sort(result.warnings.begin(), result.warnings.end(), byPosition);
    if (result.errors.isEmpty()) {
        result.config = std::move(reader.config);
        result.config.file = file;
    }
    return result;
}

} // namespace

BackendsConfigLoader::Result BackendsConfigLoader::load(const QString &workspace, const ServiceCatalog &catalog)
{
    const QFileInfo info(workspace);
    QString file = workspace;
    if (!info.exists()) {
        Result result;
        result.errors.append({{workspace, 0, 0}, tr("no such file or folder")});
        return result;
    }
    if (info.isDir()) {
        file = QDir(workspace).filePath(u"backends.yaml"_s);
        if (!QFileInfo::exists(file))
            return {}; // no live backends configured: the console works from the catalog alone
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append({{file, 0, 0}, tr("cannot read the file: %1").arg(f.errorString())});
        return result;
    }
    BackendsReader reader(file, QFileInfo(file).absolutePath(), catalog);
    reader.read(f.readAll());
    return finish(reader, file);
}

BackendsConfigLoader::Result BackendsConfigLoader::loadFromString(const QByteArray &yaml, const QString &fileName,
                                                                  const ServiceCatalog &catalog)
{
    BackendsReader reader(fileName, QFileInfo(fileName).absolutePath(), catalog);
    reader.read(yaml);
    return finish(reader, fileName);
}

} // namespace ic
