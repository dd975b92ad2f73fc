#pragma once

#include "ServiceCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

// "30s", "15m", "2h", "1h30m", "500ms", "1d" → milliseconds; nullopt for anything else
// (negative, empty, unknown unit, overflow).
std::optional<qint64> parseDuration(QStringView text);
// 90000 → "1m30s"; 0 → "0s". parseDuration(formatDuration(x)) == x.
QString formatDuration(qint64 ms);

struct CatalogIssue {
    SourceLocation where;
    QString message; // translated
    // "file:line:column: message"
    QString toString() const;
};

// Reads the service catalog of a workspace: `services.yaml` and every `catalog/**/*.yaml`
// (or a single file given directly). Each YAML document is detected as native
// (`services:` list) or Backstage (`apiVersion: backstage.io/...` with `kind`). Several files merge
// into one catalog. Validation reports every problem it finds, each with file, line and column;
// when there is any error the catalog is empty: never a half-loaded catalog.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    struct Result {
        ServiceCatalog catalog;       // empty when errors is not empty
        QList<CatalogIssue> errors;
        QList<CatalogIssue> warnings; // accepted, but worth fixing (e.g. unknown keys)
        QStringList files;            // files read, in order
        bool ok() const { return errors.isEmpty(); }
    };

    // `path` is a workspace folder or a single catalog file (native or Backstage).
    static Result load(const QString &path);
    // For tests and for text given directly: parses `yaml` as if read from `fileName`.
    static Result loadFromString(const QByteArray &yaml, const QString &fileName);
};

} // namespace ic
