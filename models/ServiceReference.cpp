#include "ServiceReference.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ic {

EntityReference parseEntityReference(const QString &text)
{
    qsizetype colon = text.indexOf(u':');
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0 && slash < colon)
        colon = -1;
    return {colon < 0 ? QString() : text.left(colon), slash < 0 ? QString() : text.mid(colon + 1, slash - colon - 1),
            text.mid(std::max(colon, slash) + 1)};
}

bool isBackstageId(const QString &id)
{
    return id.contains(u':');
}

QStringList matchingServiceIds(const ServiceCatalog &catalog, const QString &written)
{
    if (catalog.contains(written))
        return {written};
    QStringList matches;
    const EntityReference reference = parseEntityReference(written);
    if (!reference.kind.isEmpty()) {
        // Backstage references are case-insensitive; the namespace defaults to "default".
        const QString full = u"%1:%2/%3"_s
                                 .arg(reference.kind, reference.ns.isEmpty() ? u"default"_s : reference.ns,
                                      reference.name)
                                 .toLower();
        if (catalog.contains(full)) {
            matches.append(full);
        } else if (reference.kind.compare(u"service", Qt::CaseInsensitive) == 0
                   && (reference.ns.isEmpty() || reference.ns.compare(u"default", Qt::CaseInsensitive) == 0)) {
            // A native service, as Backstage files refer to it (service:<id>): the exact id,
            // else, as the catalog loader does, the one native id equal but for case.
            if (catalog.contains(reference.name) && !isBackstageId(reference.name)) {
                matches.append(reference.name);
            } else {
                for (const Service &service : catalog.services()) {
                    if (!isBackstageId(service.id) && service.id.compare(reference.name, Qt::CaseInsensitive) == 0)
                        matches.append(service.id);
                }
            }
        }
    } else {
        for (const Service &service : catalog.services()) {
            if (!isBackstageId(service.id))
                continue;
            const EntityReference entity = parseEntityReference(service.id);
            if (entity.name.compare(reference.name, Qt::CaseInsensitive) == 0
                && (reference.ns.isEmpty() || entity.ns.compare(reference.ns, Qt::CaseInsensitive) == 0))
                matches.append(service.id);
        }
    }
    matches.sort();
    return matches;
}

namespace {

qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString closestServiceId(const ServiceCatalog &catalog, const QString &written)
{
    const QString wanted = written.toLower();
    // A guess must keep most of what was written: "x" is not a typo of "db".
    const qsizetype limit = std::min<qsizetype>(2, (wanted.size() - 1) / 2);
    qsizetype best = std::numeric_limits<qsizetype>::max();
    QStringList closest;
    for (const Service &service : catalog.services()) {
        QStringList names{service.id.toLower()};
        if (isBackstageId(service.id))
            names.append(parseEntityReference(service.id).name.toLower());
        for (const QString &name : std::as_const(names)) {
            const qsizetype distance = editDistance(wanted, name);
            if (distance > limit || distance > best)
                continue;
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (!closest.contains(service.id))
                closest.append(service.id);
        }
    }
    return closest.size() == 1 ? closest.constFirst() : QString();
}

} // namespace ic
