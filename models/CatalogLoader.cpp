#include "CatalogLoader.h"

#include "YamlReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtNumeric>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

// ---------------------------------------------------------------------------------------------
// Durations

namespace {

struct DurationUnit {
    QStringView name;
    qint64 ms;
};

// Largest first: a duration lists its parts in this order, each at most once ("1h30m").
constexpr DurationUnit DurationUnits[] = {
    {u"d", 24 * 60 * 60 * 1000}, {u"h", 60 * 60 * 1000}, {u"m", 60 * 1000}, {u"s", 1000}, {u"ms", 1},
};

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

// parseDuration with the reason of a failure, for validation messages.
std::optional<qint64> parseDurationExplained(QStringView text, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<qint64> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(CatalogLoader::tr("the duration is empty"));
    if (t.front() == u'-')
        return fail(CatalogLoader::tr("a duration cannot be negative"));

    qint64 total = 0;
    int lastUnit = -1;
    qsizetype pos = 0;
    while (pos < t.size()) {
        if (!isAsciiDigit(t[pos]))
            return fail(CatalogLoader::tr("expected a number at \"%1\"").arg(t.mid(pos).toString()));
        qint64 value = 0;
        while (pos < t.size() && isAsciiDigit(t[pos])) {
            if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(t[pos].unicode() - u'0'), &value))
                return fail(CatalogLoader::tr("the duration is too long"));
            ++pos;
        }
        if (pos == t.size()) {
            if (lastUnit < 0)
                return fail(CatalogLoader::tr("a duration needs a unit: write e.g. 500ms, 30s, 15m, 2h or 1d"));
            return fail(CatalogLoader::tr("the last number has no unit"));
        }
        if (t[pos] == u'.' || t[pos] == u',')
            return fail(CatalogLoader::tr("fractions are not allowed: combine units instead, e.g. 1h30m"));
        const qsizetype unitStart = pos;
        while (pos < t.size() && isAsciiLetter(t[pos]))
            ++pos;
        const QStringView unitText = t.mid(unitStart, pos - unitStart);
        int unit = -1;
        for (int i = 0; i < int(std::size(DurationUnits)); ++i) {
            if (DurationUnits[i].name == unitText)
                unit = i;
        }
        if (unit < 0) {
            if (unitText.isEmpty())
                return fail(CatalogLoader::tr("unexpected \"%1\"").arg(t.mid(unitStart).toString()));
            return fail(CatalogLoader::tr("unknown unit \"%1\" (use ms, s, m, h or d)").arg(unitText.toString()));
        }
        if (unit <= lastUnit)
            return fail(CatalogLoader::tr("units must go from the largest to the smallest, each at most once, e.g. 1h30m"));
        lastUnit = unit;
        qint64 part = 0;
        if (qMulOverflow(value, DurationUnits[unit].ms, &part) || qAddOverflow(total, part, &total))
            return fail(CatalogLoader::tr("the duration is too long"));
    }
    return total;
}

} // namespace

std::optional<qint64> parseDuration(QStringView text)
{
    return parseDurationExplained(text, nullptr);
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return u"0s"_s;
    QString text;
    // Unsigned, so that the most negative value can be negated.
    quint64 rest = ms < 0 ? quint64(0) - quint64(ms) : quint64(ms);
    if (ms < 0)
        text += u'-';
    for (const DurationUnit &unit : DurationUnits) {
        const quint64 count = rest / quint64(unit.ms);
        rest %= quint64(unit.ms);
        if (count > 0) {
            text += QString::number(count);
            text += unit.name;
        }
    }
    return text;
}

QString CatalogIssue::toString() const
{
    if (where.file.isEmpty())
        return message;
    if (where.line <= 0)
        return u"%1: %2"_s.arg(where.file, message);
    return u"%1:%2:%3: %4"_s.arg(where.file).arg(where.line).arg(where.column).arg(message);
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

const QString NativeKind = u"service"_s;
const QString DefaultNamespace = u"default"_s;
const QString AnnotationPrefix = u"incident-console/"_s;

// A reference to another service or entity, as written, before it is resolved.
struct Reference {
    QString text;        // as written, for messages
    QString kind;        // lower-case; empty when not written
    QString ns;          // empty when not written
    QString name;
    bool nativeId = false; // a plain id in a native file: names a native service
    bool soft = false;
    SourceLocation where;
};

struct LocatedText {
    QString text;
    SourceLocation where;
};

// A native service or a Backstage entity on its way into the catalog.
struct Entity {
    Service service;
    bool backstage = false;
    QString ns;   // Backstage namespace
    QString name; // Backstage metadata.name
    QList<Reference> dependsOn;
    QList<Reference> dependencyOf;
    QList<Reference> consumesApis;
    QList<Reference> providesApis;
    QList<Reference> softDependencies;
    std::optional<Reference> system;
    std::optional<Reference> owner;
    QList<LocatedText> runbooks;
    QString email;              // Group: spec.profile.email
    bool contactsGiven = false;
};

using Field = YamlField;

QString lowerKind(const QString &kind) { return kind.toLower(); }

QString backstageId(const QString &kind, const QString &ns, const QString &name)
{
    return (kind + u':' + ns + u'/' + name).toLower();
}

// Backstage's own rule for compact references: "[<kind>:][<namespace>/]<name>", where a colon
// after the first slash belongs to the name.
bool parseCompactReference(const QString &text, Reference *ref)
{
    qsizetype colon = text.indexOf(u':');
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0 && slash < colon)
        colon = -1;
    const QString kind = colon < 0 ? QString() : text.left(colon);
    const QString ns = slash < 0 ? QString() : text.mid(colon + 1, slash - colon - 1);
    const QString name = text.mid(std::max(colon + 1, slash + 1));
    if ((colon >= 0 && kind.isEmpty()) || (slash >= 0 && ns.isEmpty()) || name.isEmpty())
        return false;
    ref->kind = lowerKind(kind);
    ref->ns = ns;
    ref->name = name;
    return true;
}

const QStringList SkippedBackstageKinds = {u"location"_s, u"user"_s, u"domain"_s, u"template"_s};
const QStringList ReadBackstageKinds = {u"component"_s, u"resource"_s, u"system"_s, u"api"_s, u"group"_s};

QString displayKind(const QString &kind)
{
    if (kind == u"api")
        return u"API"_s;
    if (kind.isEmpty())
        return kind;
    return kind.front().toUpper() + kind.mid(1);
}

class CatalogReader : public YamlReader
{
public:
    QList<Entity> entities;
    QStringList files;

    void readFile(const QString &file, const QByteArray &bytes);
    // Resolves every reference and builds the catalog; call once after reading every file.
    ServiceCatalog resolve();
    void checkRunbooks(const QDir &workspace);

private:
    std::optional<QString> text(const Field &field);
    std::optional<QString> text(const YAML::Node &node, const QString &what);
    std::optional<QStringList> textList(const Field &field, QList<SourceLocation> *locations = nullptr);
    std::optional<int> tier(const YAML::Node &node, const QString &what);
    std::optional<qint64> duration(const YAML::Node &node, const QString &what);
    bool isSequence(const Field &field);

    void readDocument(const YAML::Node &document);
    void readNative(const YAML::Node &document, const QList<Field> &fields);
    void readNativeService(const YAML::Node &node);
    void readNativeDependency(const YAML::Node &node, Entity &entity);
    void readBackstage(const YAML::Node &document, const QList<Field> &fields, const QString &kind);
    void readAnnotations(const Field &field, Entity &entity);
    std::optional<Reference> backstageReference(const YAML::Node &node, const QString &what);
    void backstageReferences(const Field &field, QList<Reference> *into);

    // Resolution
    QHash<QString, qsizetype> m_index;       // id → entity
    QHash<QString, qsizetype> m_nativeLower; // lower-case native id → entity, for Backstage refs
    QHash<QString, QList<QString>> m_providers; // API id → ids of the components providing it
    qsizetype resolveReference(const Reference &ref, const Entity &from, const QString &field,
                               const QString &defaultKind);
    QStringList expand(qsizetype entity) const;
    QString suggestionFor(const QString &name, const QString &exceptId = QString(), bool nativeContext = false) const;
    QString ownerText(const Reference &ref, const Entity &from) const;
};

std::optional<QString> CatalogReader::text(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar()) {
        error(node, CatalogLoader::tr("%1 must be a single text value").arg(what));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> CatalogReader::text(const Field &field)
{
    return text(field.value, field.key);
}

bool CatalogReader::isSequence(const Field &field)
{
    if (field.value.IsSequence())
        return true;
    error(field.value, CatalogLoader::tr("%1 must be a list").arg(field.key));
    return false;
}

std::optional<QStringList> CatalogReader::textList(const Field &field, QList<SourceLocation> *locations)
{
    if (!isSequence(field))
        return std::nullopt;
    QStringList list;
    bool ok = true;
    for (const YAML::Node &item : field.value) {
        if (!item.IsScalar()) {
            error(item, CatalogLoader::tr("every entry of %1 must be a single text value").arg(field.key));
            ok = false;
            continue;
        }
        list.append(QString::fromStdString(item.Scalar()));
        if (locations)
            locations->append(at(item));
    }
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<int> CatalogReader::tier(const YAML::Node &node, const QString &what)
{
    bool ok = false;
    int value = -1;
    if (node.IsScalar())
        value = QString::fromStdString(node.Scalar()).toInt(&ok);
    if (!ok || value < 0 || value > 3) {
        error(node, CatalogLoader::tr("%1 must be a whole number from 0 (most critical) to 3, not \"%2\"")
                        .arg(what, node.IsScalar() ? QString::fromStdString(node.Scalar()) : CatalogLoader::tr("a list or map")));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> CatalogReader::duration(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar()) {
        error(node, CatalogLoader::tr("%1 must be a duration such as 30s, 15m or 1h30m").arg(what));
        return std::nullopt;
    }
    const QString value = QString::fromStdString(node.Scalar());
    QString problem;
    const std::optional<qint64> ms = parseDurationExplained(value, &problem);
    if (!ms)
        error(node, CatalogLoader::tr("bad duration \"%1\" for %2: %3").arg(value, what, problem));
    return ms;
}

void CatalogReader::readFile(const QString &file, const QByteArray &bytes)
{
    m_file = file;
    files.append(file);
    const std::optional<std::vector<YAML::Node>> documents = loadDocuments(bytes);
    if (!documents)
        return;
    for (const YAML::Node &document : *documents)
        readGuarded(document, [&] { readDocument(document); });
}

void CatalogReader::readDocument(const YAML::Node &document)
{
    if (document.IsNull())
        return; // an empty document, e.g. after a trailing "---"
    if (!document.IsMap()) {
        error(document, CatalogLoader::tr("expected a native catalog (a map with \"services:\") or a Backstage "
                                          "entity (a map with \"apiVersion:\" and \"kind:\")"));
        return;
    }
    const std::optional<QList<Field>> fields = mapFields(document, CatalogLoader::tr("the document"));
    if (!fields)
        return;
    const Field *apiVersion = nullptr;
    const Field *kind = nullptr;
    const Field *services = nullptr;
    for (const Field &field : *fields) {
        if (field.key == u"apiVersion")
            apiVersion = &field;
        else if (field.key == u"kind")
            kind = &field;
        else if (field.key == u"services")
            services = &field;
    }
    if (apiVersion || kind) {
        if (!apiVersion || !kind) {
            error(document, CatalogLoader::tr("a Backstage entity needs both \"apiVersion\" and \"kind\""));
            return;
        }
        const std::optional<QString> version = text(*apiVersion);
        const std::optional<QString> kindText = text(*kind);
        if (!version || !kindText)
            return;
        const QString kindName = lowerKind(*kindText);
        if (!version->contains(u"backstage.io/")) {
            warning(apiVersion->value, CatalogLoader::tr("apiVersion \"%1\" is not a Backstage entity, document skipped")
                                           .arg(*version));
            return;
        }
        if (SkippedBackstageKinds.contains(kindName))
            return; // known Backstage kinds that describe no runtime service
        if (!ReadBackstageKinds.contains(kindName)) {
            warning(kind->value, CatalogLoader::tr("Backstage kind \"%1\" is not supported, entity skipped").arg(*kindText));
            return;
        }
        if (*version != u"backstage.io/v1alpha1" && *version != u"backstage.io/v1beta1") {
            error(apiVersion->value, CatalogLoader::tr("unsupported apiVersion \"%1\" (expected backstage.io/v1alpha1 or "
                                                       "backstage.io/v1beta1)")
                                         .arg(*version));
            return;
        }
        readBackstage(document, *fields, kindName);
        return;
    }
    if (services) {
        readNative(document, *fields);
        return;
    }
    error(document, CatalogLoader::tr("expected a native catalog (a map with \"services:\") or a Backstage "
                                      "entity (a map with \"apiVersion:\" and \"kind:\")"));
}

void CatalogReader::readNative(const YAML::Node &, const QList<Field> &fields)
{
    for (const Field &field : fields) {
        if (field.key != u"services") {
            warnUnknownKey(field, CatalogLoader::tr("the catalog"));
            continue;
        }
        if (field.value.IsNull())
            continue;
        if (!isSequence(field))
            continue;
        for (const YAML::Node &service : field.value)
            readNativeService(service);
    }
}

void CatalogReader::readNativeService(const YAML::Node &node)
{
    const std::optional<QList<Field>> fields = mapFields(node, CatalogLoader::tr("a service"));
    if (!fields)
        return;
    Entity entity;
    Service &s = entity.service;
    s.kind = NativeKind;
    s.where = at(node);
    bool hasId = false;
    bool ok = true; // the entity is kept (for reference checks) only when its id is usable
    for (const Field &f : *fields) {
        const QString &k = f.key;
        // An empty value (`rto:`) means "not given" for every optional key.
        if (f.value.IsNull() && k != u"id")
            continue;
        if (k == u"id") {
            const std::optional<QString> id = f.value.IsNull() ? std::optional<QString>(QString()) : text(f);
            if (!id) {
                ok = false;
                continue;
            }
            hasId = true;
            s.id = id->trimmed();
            s.where = at(f.value);
            if (s.id.isEmpty()) {
                error(f.value, CatalogLoader::tr("the id of a service must not be empty"));
                ok = false;
            } else if (s.id.contains(u':') || s.id.contains(u'/')
                       || std::any_of(s.id.cbegin(), s.id.cend(), [](QChar c) { return c.isSpace(); })) {
                error(f.value, CatalogLoader::tr("the id \"%1\" must not contain \":\", \"/\" or spaces").arg(s.id));
                ok = false;
            }
        } else if (k == u"name") {
            if (auto v = text(f))
                s.name = *v;
        } else if (k == u"tier") {
            s.tier = tier(f.value, k);
        } else if (k == u"owner") {
            if (auto v = text(f))
                s.owner = *v;
        } else if (k == u"contacts") {
            if (auto v = textList(f))
                s.contacts = *v;
        } else if (k == u"site") {
            if (auto v = text(f))
                s.site = *v;
        } else if (k == u"region") {
            if (auto v = text(f))
                s.region = *v;
        } else if (k == u"rto") {
            s.rtoMs = duration(f.value, k);
        } else if (k == u"rpo") {
            s.rpoMs = duration(f.value, k);
        } else if (k == u"startup_time") {
            s.startupMs = duration(f.value, k);
        } else if (k == u"depends_on") {
            if (isSequence(f)) {
                for (const YAML::Node &item : f.value)
                    readNativeDependency(item, entity);
            }
        } else if (k == u"vendor") {
            const std::optional<QList<Field>> vendorFields = mapFields(f.value, k);
            if (!vendorFields)
                continue;
            Vendor vendor;
            for (const Field &vf : *vendorFields) {
                if (vf.value.IsNull())
                    continue;
                if (vf.key == u"name") {
                    if (auto v = text(vf))
                        vendor.name = *v;
                } else if (vf.key == u"sla") {
                    if (auto v = text(vf))
                        vendor.sla = *v;
                } else {
                    warnUnknownKey(vf, k);
                }
            }
            if (vendor.name.trimmed().isEmpty())
                error(f.value, CatalogLoader::tr("vendor needs a name"));
            else
                s.vendor = vendor;
        } else if (k == u"runbooks") {
            QList<SourceLocation> locations;
            if (auto v = textList(f, &locations)) {
                s.runbooks = *v;
                for (qsizetype i = 0; i < v->size(); ++i)
                    entity.runbooks.append({v->at(i), locations.at(i)});
            }
        } else if (k == u"health") {
            if (auto v = text(f))
                s.health = *v;
        } else if (k == u"system") {
            if (auto v = text(f)) {
                Reference ref;
                ref.text = *v;
                ref.where = at(f.value);
                if (!parseCompactReference(*v, &ref))
                    error(f.value, CatalogLoader::tr("\"%1\" is not a valid System reference").arg(*v));
                else
                    entity.system = ref;
            }
        } else if (k == u"description") {
            if (auto v = text(f))
                s.description = *v;
        } else {
            warnUnknownKey(f, CatalogLoader::tr("a service"));
        }
    }
    if (!hasId) {
        error(node, CatalogLoader::tr("this service has no id"));
        return;
    }
    if (!ok)
        return;
    if (s.name.isEmpty())
        s.name = s.id;
    entities.append(std::move(entity));
}

void CatalogReader::readNativeDependency(const YAML::Node &item, Entity &entity)
{
    Reference ref;
    YAML::Node idNode;
    if (item.IsScalar()) {
        idNode = item;
    } else if (item.IsMap()) {
        const std::optional<QList<Field>> fields = mapFields(item, CatalogLoader::tr("a dependency"));
        if (!fields)
            return;
        bool hasId = false;
        for (const Field &f : *fields) {
            if (f.key == u"id") {
                hasId = true;
                idNode = f.value;
            } else if (f.key == u"soft") {
                bool soft = false;
                if (!f.value.IsScalar() || !YAML::convert<bool>::decode(f.value, soft)) {
                    error(f.value, CatalogLoader::tr("soft must be true or false"));
                    return;
                }
                ref.soft = soft;
            } else {
                warnUnknownKey(f, CatalogLoader::tr("a dependency"));
            }
        }
        if (!hasId) {
            error(item, CatalogLoader::tr("this dependency has no id"));
            return;
        }
    } else {
        error(item, CatalogLoader::tr("a dependency must be a service id or a map with \"id\" and \"soft\""));
        return;
    }
    const std::optional<QString> id = text(idNode, u"id"_s);
    if (!id)
        return;
    ref.text = id->trimmed();
    ref.where = at(idNode);
    if (ref.text.isEmpty()) {
        error(idNode, CatalogLoader::tr("the id of a dependency must not be empty"));
        return;
    }
    if (ref.text.contains(u':')) {
        // A Backstage entity, by reference; the default namespace is "default".
        if (!parseCompactReference(ref.text, &ref)) {
            error(idNode, CatalogLoader::tr("\"%1\" is not a valid entity reference; expected "
                                            "[<kind>:][<namespace>/]<name>")
                              .arg(ref.text));
            return;
        }
    } else if (ref.text.contains(u'/')) {
        error(idNode, CatalogLoader::tr("\"%1\" looks like a Backstage reference without a kind; write e.g. "
                                        "component:%1")
                          .arg(ref.text));
        return;
    } else {
        ref.nativeId = true;
        ref.name = ref.text;
    }
    entity.dependsOn.append(ref);
}

std::optional<Reference> CatalogReader::backstageReference(const YAML::Node &node, const QString &what)
{
    Reference ref;
    ref.where = at(node);
    if (node.IsScalar()) {
        ref.text = QString::fromStdString(node.Scalar()).trimmed();
        if (!parseCompactReference(ref.text, &ref)) {
            error(node, CatalogLoader::tr("\"%1\" in %2 is not a valid entity reference; expected "
                                          "[<kind>:][<namespace>/]<name>")
                            .arg(ref.text, what));
            return std::nullopt;
        }
        return ref;
    }
    if (node.IsMap()) {
        // Compound reference: {kind, namespace, name}, for names with ":" or "/".
        const std::optional<QList<Field>> fields = mapFields(node, what);
        if (!fields)
            return std::nullopt;
        for (const Field &f : *fields) {
            std::optional<QString> value;
            if (f.key == u"kind" || f.key == u"namespace" || f.key == u"name")
                value = text(f);
            else
                warnUnknownKey(f, what);
            if (!value)
                continue;
            if (f.key == u"kind")
                ref.kind = lowerKind(value->trimmed());
            else if (f.key == u"namespace")
                ref.ns = value->trimmed();
            else if (f.key == u"name")
                ref.name = value->trimmed();
        }
        if (ref.name.isEmpty()) {
            error(node, CatalogLoader::tr("an entity reference in %1 needs a name").arg(what));
            return std::nullopt;
        }
        ref.text = (ref.kind.isEmpty() ? QString() : ref.kind + u':') + (ref.ns.isEmpty() ? QString() : ref.ns + u'/')
            + ref.name;
        return ref;
    }
    error(node, CatalogLoader::tr("%1 must be an entity reference such as component:default/name").arg(what));
    return std::nullopt;
}

void CatalogReader::backstageReferences(const Field &field, QList<Reference> *into)
{
    if (!isSequence(field))
        return;
    for (const YAML::Node &item : field.value) {
        if (auto ref = backstageReference(item, u"spec."_s + field.key))
            into->append(*ref);
    }
}

void CatalogReader::readAnnotations(const Field &field, Entity &entity)
{
    const std::optional<QList<Field>> fields = mapFields(field.value, u"metadata.annotations"_s);
    if (!fields)
        return;
    Service &s = entity.service;
    auto list = [](const QString &value) {
        QStringList items;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
        return items;
    };
    std::optional<Vendor> vendor;
    QString vendorSla;
    YAML::Node vendorSlaNode;
    for (const Field &f : *fields) {
        if (!f.key.startsWith(AnnotationPrefix))
            continue; // other tools' annotations
        const QString key = f.key.mid(AnnotationPrefix.size());
        const std::optional<QString> value = text(f);
        if (!value)
            continue;
        if (key == u"tier") {
            s.tier = tier(f.value, f.key);
        } else if (key == u"rto") {
            s.rtoMs = duration(f.value, f.key);
        } else if (key == u"rpo") {
            s.rpoMs = duration(f.value, f.key);
        } else if (key == u"startup-time") {
            s.startupMs = duration(f.value, f.key);
        } else if (key == u"site") {
            s.site = value->trimmed();
        } else if (key == u"region") {
            s.region = value->trimmed();
        } else if (key == u"contacts") {
            s.contacts = list(*value);
            entity.contactsGiven = true;
        } else if (key == u"runbooks") {
            s.runbooks = list(*value);
            for (const QString &runbook : std::as_const(s.runbooks))
                entity.runbooks.append({runbook, at(f.value)});
        } else if (key == u"health") {
            s.health = value->trimmed();
        } else if (key == u"vendor") {
            vendor = Vendor{value->trimmed(), {}};
        } else if (key == u"vendor-sla") {
            vendorSla = value->trimmed();
            vendorSlaNode = f.value;
        } else if (key == u"soft-dependencies") {
            for (const QString &item : list(*value)) {
                Reference ref;
                ref.text = item;
                ref.where = at(f.value);
                if (!parseCompactReference(item, &ref))
                    error(f.value, CatalogLoader::tr("\"%1\" in %2 is not a valid entity reference; expected "
                                                     "[<kind>:][<namespace>/]<name>")
                                       .arg(item, f.key));
                else
                    entity.softDependencies.append(ref);
            }
        } else {
            warning(f.keyNode, CatalogLoader::tr("unknown annotation \"%1\", ignored").arg(f.key));
        }
    }
    if (vendor) {
        vendor->sla = vendorSla;
        s.vendor = vendor;
    } else if (!vendorSla.isEmpty()) {
        error(vendorSlaNode, CatalogLoader::tr("%1vendor-sla needs %1vendor (the vendor's name)").arg(AnnotationPrefix));
    }
}

void CatalogReader::readBackstage(const YAML::Node &document, const QList<Field> &fields, const QString &kind)
{
    Entity entity;
    entity.backstage = true;
    Service &s = entity.service;
    s.kind = kind;
    const Field *metadata = nullptr;
    const Field *spec = nullptr;
    for (const Field &f : fields) {
        if (f.key == u"metadata")
            metadata = &f;
        else if (f.key == u"spec")
            spec = &f;
        else if (f.key != u"apiVersion" && f.key != u"kind" && f.key != u"relations" && f.key != u"status")
            warnUnknownKey(f, CatalogLoader::tr("a Backstage entity"));
    }
    if (!metadata) {
        error(document, CatalogLoader::tr("this %1 has no metadata").arg(displayKind(kind)));
        return;
    }
    const std::optional<QList<Field>> meta = mapFields(metadata->value, u"metadata"_s);
    if (!meta)
        return;
    QString title;
    YAML::Node nameNode;
    bool nameOk = false;
    entity.ns = DefaultNamespace;
    for (const Field &f : *meta) {
        if (f.value.IsNull())
            continue;
        if (f.key == u"name") {
            nameNode = f.value;
            if (auto v = text(f)) {
                entity.name = v->trimmed();
                nameOk = true;
            }
        } else if (f.key == u"namespace") {
            if (auto v = text(f))
                entity.ns = v->trimmed();
        } else if (f.key == u"title") {
            if (auto v = text(f))
                title = *v;
        } else if (f.key == u"description") {
            if (auto v = text(f))
                s.description = *v;
        } else if (f.key == u"annotations") {
            readAnnotations(f, entity);
        }
        // Backstage allows any other metadata (labels, tags, links, …): nothing to warn about.
    }
    if (!nameNode.IsDefined() || nameNode.IsNull()) {
        error(metadata->value, CatalogLoader::tr("this %1 has no metadata.name").arg(displayKind(kind)));
        return;
    }
    auto badPart = [](const QString &part) {
        return part.isEmpty() || part.contains(u':') || part.contains(u'/')
            || std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.isSpace(); });
    };
    if (nameOk && badPart(entity.name)) {
        error(nameNode, CatalogLoader::tr("metadata.name \"%1\" must not be empty or contain \":\", \"/\" or spaces")
                            .arg(entity.name));
        return;
    }
    if (!nameOk)
        return;
    if (badPart(entity.ns)) {
        error(metadata->value, CatalogLoader::tr("metadata.namespace \"%1\" must not be empty or contain \":\", \"/\" or spaces")
                                   .arg(entity.ns));
        return;
    }
    s.id = backstageId(kind, entity.ns, entity.name);
    s.name = title.isEmpty() ? entity.name : title;
    s.where = at(nameNode);

    if (spec && !spec->value.IsNull()) {
        static const QHash<QString, QStringList> specKeys = {
            {u"component"_s,
             {u"type"_s, u"lifecycle"_s, u"owner"_s, u"system"_s, u"subcomponentOf"_s, u"providesApis"_s,
              u"consumesApis"_s, u"dependsOn"_s, u"dependencyOf"_s}},
            {u"resource"_s, {u"type"_s, u"owner"_s, u"system"_s, u"dependsOn"_s, u"dependencyOf"_s}},
            {u"system"_s, {u"type"_s, u"owner"_s, u"domain"_s}},
            {u"api"_s, {u"type"_s, u"lifecycle"_s, u"owner"_s, u"system"_s, u"definition"_s}},
            {u"group"_s, {u"type"_s, u"profile"_s, u"parent"_s, u"children"_s, u"members"_s}},
        };
        const std::optional<QList<Field>> specFields = mapFields(spec->value, u"spec"_s);
        for (const Field &f : specFields.value_or(QList<Field>())) {
            if (!specKeys.value(kind).contains(f.key)) {
                warnUnknownKey(f, u"spec"_s);
                continue;
            }
            if (f.value.IsNull())
                continue;
            if (f.key == u"lifecycle") {
                if (auto v = text(f))
                    s.lifecycle = *v;
            } else if (f.key == u"owner") {
                entity.owner = backstageReference(f.value, u"spec.owner"_s);
            } else if (f.key == u"system") {
                entity.system = backstageReference(f.value, u"spec.system"_s);
            } else if (f.key == u"dependsOn") {
                backstageReferences(f, &entity.dependsOn);
            } else if (f.key == u"dependencyOf") {
                backstageReferences(f, &entity.dependencyOf);
            } else if (f.key == u"consumesApis") {
                backstageReferences(f, &entity.consumesApis);
            } else if (f.key == u"providesApis") {
                backstageReferences(f, &entity.providesApis);
            } else if (f.key == u"profile") {
                const std::optional<QList<Field>> profile = mapFields(f.value, u"spec.profile"_s);
                for (const Field &p : profile.value_or(QList<Field>())) {
                    if (p.key == u"email" && !p.value.IsNull()) {
                        if (auto v = text(p))
                            entity.email = v->trimmed();
                    }
                }
            }
            // type, subcomponentOf, definition, domain, parent, children, members: valid Backstage,
            // not needed for failover.
        }
    }
    entities.append(std::move(entity));
}

// " (did you mean …?)" when exactly one service or entity has that name in another form.
QString CatalogReader::suggestionFor(const QString &name, const QString &exceptId, bool nativeContext) const
{
    QStringList candidates;
    for (const Entity &e : entities) {
        if (e.service.id == exceptId || e.service.kind == u"group")
            continue;
        const QString candidateName = e.backstage ? e.name : e.service.id;
        if (candidateName.compare(name, Qt::CaseInsensitive) == 0)
            candidates.append(e.backstage || nativeContext ? e.service.id : (u"service:"_s + e.service.id));
    }
    if (candidates.size() != 1)
        return {};
    return CatalogLoader::tr(" (did you mean %1?)").arg(candidates.constFirst());
}

qsizetype CatalogReader::resolveReference(const Reference &ref, const Entity &from, const QString &field,
                                          const QString &defaultKind)
{
    if (ref.nativeId) {
        const qsizetype found = m_index.value(ref.name, -1);
        if (found >= 0 && !entities.at(found).backstage)
            return found;
        addError(ref.where, CatalogLoader::tr("unknown service \"%1\" in %2%3")
                                .arg(ref.name, field, suggestionFor(ref.name, QString(), true)));
        return -1;
    }
    const QString kind = ref.kind.isEmpty() ? defaultKind : ref.kind;
    if (kind.isEmpty()) {
        addError(ref.where, CatalogLoader::tr("\"%1\" in %2 needs a kind, e.g. component:%1 or resource:%1%3")
                                .arg(ref.text, field, suggestionFor(ref.name, from.service.id)));
        return -1;
    }
    if (kind == NativeKind) {
        // Bridge from Backstage to the native catalog: "service:<native id>".
        if (!ref.ns.isEmpty() && ref.ns.compare(DefaultNamespace, Qt::CaseInsensitive) != 0) {
            addError(ref.where, CatalogLoader::tr("native services have no namespace: write service:%1").arg(ref.name));
            return -1;
        }
        qsizetype found = m_index.value(ref.name, -1);
        if (found < 0 || entities.at(found).backstage)
            found = m_nativeLower.value(ref.name.toLower(), -1);
        if (found < 0)
            addError(ref.where, CatalogLoader::tr("%1 refers to service \"%2\", which is not in the catalog%3")
                                    .arg(field, ref.name, suggestionFor(ref.name)));
        return found;
    }
    const QString ns = ref.ns.isEmpty() ? (from.backstage ? from.ns : DefaultNamespace) : ref.ns;
    const QString id = backstageId(kind, ns, ref.name);
    const qsizetype found = m_index.value(id, -1);
    if (found < 0)
        addError(ref.where, CatalogLoader::tr("%1 refers to %2, which is not in the catalog%3")
                                .arg(field, id, suggestionFor(ref.name, id)));
    return found;
}

// The services an edge to `entity` stands for: an API is represented by its providers.
QStringList CatalogReader::expand(qsizetype entity) const
{
    const Service &s = entities.at(entity).service;
    if (s.kind == u"api") {
        const QStringList providers = m_providers.value(s.id);
        if (!providers.isEmpty())
            return providers;
    }
    return {s.id};
}

QString CatalogReader::ownerText(const Reference &ref, const Entity &from) const
{
    const QString kind = ref.kind.isEmpty() ? u"group"_s : ref.kind;
    const QString ns = ref.ns.isEmpty() ? from.ns : ref.ns;
    QString text = ref.name;
    if (ns.compare(DefaultNamespace, Qt::CaseInsensitive) != 0)
        text = ns + u'/' + text;
    if (kind != u"group")
        text = kind + u':' + text;
    return text;
}

ServiceCatalog CatalogReader::resolve()
{
    m_index.clear();
    m_nativeLower.clear();
    m_providers.clear();
    bool anyGroup = false;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Service &s = entities.at(i).service;
        if (const auto first = m_index.constFind(s.id); first != m_index.constEnd()) {
            const SourceLocation &w = entities.at(*first).service.where;
            addError(s.where, CatalogLoader::tr("duplicate id \"%1\": already defined at %2:%3:%4")
                                  .arg(s.id, w.file)
                                  .arg(w.line)
                                  .arg(w.column));
            continue;
        }
        m_index.insert(s.id, i);
        if (!entities.at(i).backstage)
            m_nativeLower.insert(s.id.toLower(), i);
        anyGroup = anyGroup || s.kind == u"group";
    }

    // Providers first: consumers of an API depend on them.
    for (const Entity &e : std::as_const(entities)) {
        for (const Reference &ref : e.providesApis) {
            const QString kind = ref.kind.isEmpty() ? u"api"_s : ref.kind;
            const QString ns = ref.ns.isEmpty() ? e.ns : ref.ns;
            const QString id = backstageId(kind, ns, ref.name);
            const qsizetype api = m_index.value(id, -1);
            if (kind != u"api") {
                addError(ref.where, CatalogLoader::tr("spec.providesApis must name APIs, not %1").arg(ref.text));
            } else if (api < 0) {
                addWarning(ref.where, CatalogLoader::tr("spec.providesApis names %1, which is not in the catalog").arg(id));
            } else if (!m_providers.value(id).contains(e.service.id)) {
                m_providers[id].append(e.service.id);
            }
        }
    }

    QList<QList<Dependency>> edges(entities.size());
    auto addEdge = [&](qsizetype from, const QString &to, bool soft, const SourceLocation &where) {
        if (entities.at(from).service.id == to)
            return;
        for (Dependency &existing : edges[from]) {
            if (existing.target == to) {
                existing.soft = existing.soft && soft; // a hard edge wins
                return;
            }
        }
        edges[from].append(Dependency{to, soft, where});
    };
    const QStringList dependableKinds = {NativeKind, u"component"_s, u"resource"_s, u"system"_s, u"api"_s};

    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Entity &e = entities.at(i);
        if (m_index.value(e.service.id, -1) != i)
            continue; // a duplicate, already reported
        const QString dependsField = e.backstage ? u"spec.dependsOn"_s : u"depends_on"_s;
        for (const Reference &ref : e.dependsOn) {
            const qsizetype target = resolveReference(ref, e, dependsField, QString());
            if (target < 0)
                continue;
            const Service &t = entities.at(target).service;
            if (!dependableKinds.contains(t.kind)) {
                addError(ref.where, CatalogLoader::tr("%1 cannot name %2: a %3 is not a runtime dependency")
                                        .arg(dependsField, t.id, displayKind(t.kind)));
                continue;
            }
            if (target == i) {
                addError(ref.where, CatalogLoader::tr("%1 depends on itself").arg(e.service.id));
                continue;
            }
            for (const QString &id : expand(target))
                addEdge(i, id, ref.soft, ref.where);
        }
        for (const Reference &ref : e.dependencyOf) {
            const qsizetype target = resolveReference(ref, e, u"spec.dependencyOf"_s, QString());
            if (target < 0)
                continue;
            const Service &t = entities.at(target).service;
            if (!dependableKinds.contains(t.kind)) {
                addError(ref.where, CatalogLoader::tr("spec.dependencyOf cannot name %1: a %2 is not a runtime service")
                                        .arg(t.id, displayKind(t.kind)));
                continue;
            }
            if (target == i) {
                addError(ref.where, CatalogLoader::tr("%1 is a dependency of itself").arg(e.service.id));
                continue;
            }
            for (const QString &id : expand(target)) {
                const qsizetype dependent = m_index.value(id, -1);
                if (dependent >= 0)
                    addEdge(dependent, e.service.id, false, ref.where);
            }
        }
        for (const Reference &ref : e.consumesApis) {
            const qsizetype target = resolveReference(ref, e, u"spec.consumesApis"_s, u"api"_s);
            if (target < 0)
                continue;
            const Service &t = entities.at(target).service;
            if (t.kind != u"api") {
                addError(ref.where, CatalogLoader::tr("spec.consumesApis must name APIs, but %1 is a %2")
                                        .arg(t.id, displayKind(t.kind)));
                continue;
            }
            // A component that consumes the API it provides itself needs no edge.
            for (const QString &id : expand(target))
                addEdge(i, id, false, ref.where);
        }
        if (e.system) {
            const QString field = e.backstage ? u"spec.system"_s : u"system"_s;
            const qsizetype target = resolveReference(*e.system, e, field, u"system"_s);
            if (target >= 0) {
                const Service &t = entities.at(target).service;
                if (t.kind != u"system")
                    addError(e.system->where, CatalogLoader::tr("%1 must name a System, but %2 is a %3")
                                                  .arg(field, t.id, displayKind(t.kind)));
                else
                    entities[i].service.system = t.id;
            }
        }
        if (e.owner) {
            Service &s = entities[i].service;
            s.owner = ownerText(*e.owner, e);
            const QString kind = e.owner->kind.isEmpty() ? u"group"_s : e.owner->kind;
            if (kind == u"group") {
                const QString id = backstageId(kind, e.owner->ns.isEmpty() ? e.ns : e.owner->ns, e.owner->name);
                const qsizetype group = m_index.value(id, -1);
                if (group >= 0 && entities.at(group).service.kind == u"group") {
                    if (!e.contactsGiven && !entities.at(group).email.isEmpty())
                        s.contacts = {entities.at(group).email};
                } else if (anyGroup) {
                    // Teams are declared in these files, so an owner that is not among them is
                    // likely a typo; without any Group the teams live elsewhere.
                    addWarning(e.owner->where, CatalogLoader::tr("spec.owner names %1, which is not among the Groups "
                                                                 "of the catalog")
                                                   .arg(id));
                }
            } else if (kind != u"user") {
                addError(e.owner->where, CatalogLoader::tr("spec.owner must name a Group or a User, not %1").arg(e.owner->text));
            }
        }
    }

    // Soft dependencies of Backstage entities, once every edge is known (dependencyOf edges come
    // from other entities).
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Entity &e = entities.at(i);
        for (const Reference &ref : e.softDependencies) {
            const QString field = AnnotationPrefix + u"soft-dependencies"_s;
            const qsizetype target = resolveReference(ref, e, field, QString());
            if (target < 0)
                continue;
            bool marked = false;
            for (const QString &id : expand(target)) {
                for (Dependency &dependency : edges[i]) {
                    if (dependency.target == id) {
                        dependency.soft = true;
                        marked = true;
                    }
                }
            }
            if (!marked)
                addWarning(ref.where, CatalogLoader::tr("%1 lists %2, which %3 does not depend on")
                                          .arg(field, entities.at(target).service.id, e.service.id));
        }
    }

    QList<Service> services;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        Service s = entities.at(i).service;
        if (m_index.value(s.id, -1) != i || s.kind == u"group")
            continue; // teams own services; they are not services themselves
        if (s.kind == u"api" && m_providers.contains(s.id))
            continue; // represented by its providers
        s.dependsOn = edges.at(i);
        services.append(std::move(s));
    }
    return ServiceCatalog(std::move(services));
}

void CatalogReader::checkRunbooks(const QDir &workspace)
{
    const QDir runbooks(workspace.filePath(u"runbooks"_s));
    for (const Entity &e : std::as_const(entities)) {
        for (const LocatedText &runbook : e.runbooks) {
            if (!QFileInfo::exists(runbooks.filePath(runbook.text + u".md"_s)))
                addWarning(runbook.where, CatalogLoader::tr("runbook \"%1\" not found: expected %2")
                                              .arg(runbook.text, QDir::cleanPath(runbooks.filePath(runbook.text + u".md"_s))));
        }
    }
}

CatalogLoader::Result finish(CatalogReader &reader, const QString &path, bool folder)
{
    CatalogLoader::Result result;
    ServiceCatalog catalog;
    try {
        catalog = reader.resolve();
        if (folder)
            reader.checkRunbooks(QDir(path));
    } catch (const std::exception &e) {
        reader.addError({path, 0, 0}, CatalogLoader::tr("could not read the catalog: %1").arg(QString::fromUtf8(e.what())));
    }
    // Messages in reading order: by file, then position.
    auto byPosition = [&reader](const CatalogIssue &a, const CatalogIssue &b) {
        const qsizetype fa = reader.files.indexOf(a.where.file);
        const qsizetype fb = reader.files.indexOf(b.where.file);
        if (fa != fb)
            return fa < fb;
        if (a.where.line != b.where.line)
            return a.where.line < b.where.line;
        return a.where.column < b.where.column;
    };
    std::stable_sort(reader.errors.begin(), reader.errors.end(), byPosition);
    std::stable_sort(reader.warnings.begin(), reader.warnings.end(), byPosition);
    result.errors = reader.errors;
    result.warnings = reader.warnings;
    result.files = reader.files;
    if (result.errors.isEmpty())
        result.catalog = std::move(catalog);
    return result;
}

void readPath(CatalogReader &reader, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        reader.files.append(file);
        reader.addError({file, 0, 0}, CatalogLoader::tr("cannot read the file: %1").arg(f.errorString()));
        return;
    }
    reader.readFile(file, f.readAll());
}

} // namespace

CatalogLoader::Result CatalogLoader::load(const QString &path)
{
    CatalogReader reader;
    const QFileInfo info(path);
    if (!info.exists()) {
        reader.addError({path, 0, 0}, tr("no such file or folder"));
        return finish(reader, path, false);
    }
    if (!info.isDir()) {
        readPath(reader, path);
        return finish(reader, path, false);
    }
    const QDir dir(path);
    QStringList files;
    if (QFileInfo(dir.filePath(u"services.yaml"_s)).isFile())
        files.append(dir.filePath(u"services.yaml"_s));
    for (const QString &name : dir.entryList({u"catalog-info.yaml"_s, u"catalog-info.yml"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    QStringList catalogFiles;
    const QString catalogDir = dir.filePath(u"catalog"_s);
    QDirIterator it(catalogDir, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        catalogFiles.append(it.next());
    std::sort(catalogFiles.begin(), catalogFiles.end());
    files += catalogFiles;
    if (files.isEmpty())
        reader.addWarning({path, 0, 0}, tr("no service catalog here: expected services.yaml, catalog-info.yaml or "
                                           "catalog/*.yaml"));
    for (const QString &file : std::as_const(files))
        readPath(reader, file);
    return finish(reader, path, true);
}

CatalogLoader::Result CatalogLoader::loadFromString(const QByteArray &yaml, const QString &fileName)
{
    CatalogReader reader;
    reader.readFile(fileName, yaml);
    return finish(reader, fileName, false);
}

} // namespace ic
