#pragma once

// How people name a service outside the catalog files (on the command line, in backends.yaml):
// by its id, or for a Backstage entity by a reference ("component:orders-api") or just its name.

#include "ServiceCatalog.h"

#include <QString>
#include <QStringList>

namespace ic {

// A Backstage entity reference "[kind:][namespace/]name" in its parts. As in Backstage, a colon
// after the first slash belongs to the name.
struct EntityReference {
    QString kind;
    QString ns;
    QString name;
};
EntityReference parseEntityReference(const QString &text);

// Catalog ids of Backstage entities are "kind:namespace/name"; native ids contain neither ":" nor "/".
bool isBackstageId(const QString &id);

// The catalog ids `written` may mean, sorted: exactly {id} when it is an id of the catalog;
// otherwise a Backstage reference (case-insensitive, namespace "default" when not written;
// "service:<id>" names a native service); otherwise a bare name or namespace/name: every
// Backstage entity of that name, of any kind. One entry: resolved; none: unknown; several: ambiguous.
QStringList matchingServiceIds(const ServiceCatalog &catalog, const QString &written);

// For a name that matches nothing: the one id it was most likely meant to be (same text but for
// case, or at most two letters off, for a native id or a Backstage name), or empty.
QString closestServiceId(const ServiceCatalog &catalog, const QString &written);

} // namespace ic
