#pragma once

// What the readers of workspace YAML files share (CatalogLoader, BackendsConfigLoader): positions
// as file:line:column, the issues found, maps read with duplicate-key checks, and yaml-cpp's
// exceptions turned into issues. Internal to models/: it exposes yaml-cpp types.

#include "CatalogLoader.h" // CatalogIssue, SourceLocation

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <vector>

namespace ic {

struct YamlField {
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    QList<CatalogIssue> errors;
    QList<CatalogIssue> warnings;

    void addError(const SourceLocation &where, const QString &message) { errors.append({where, message}); }
    void addWarning(const SourceLocation &where, const QString &message) { warnings.append({where, message}); }

protected:
    explicit YamlReader(QString file = {}) : m_file(std::move(file)) {}

    QString m_file; // named in every issue

    SourceLocation at(const YAML::Node &node) const;
    void error(const YAML::Node &node, const QString &message) { addError(at(node), message); }
    void warning(const YAML::Node &node, const QString &message) { addWarning(at(node), message); }

    // Every document of `bytes`; a syntax error becomes an error at its position and gives nullopt.
    // (yaml-cpp's messages describe the syntax, never the text around it: safe with secrets.)
    std::optional<std::vector<YAML::Node>> loadDocuments(const QByteArray &bytes);
    // Runs `read`; yaml-cpp throws on misuse of a node, and a file must never take the program down.
    void readGuarded(const YAML::Node &document, const std::function<void()> &read);
    // The keys of a map in file order; a key that is not text or comes twice is an error.
    std::optional<QList<YamlField>> mapFields(const YAML::Node &node, const QString &what);
    void warnUnknownKey(const YamlField &field, const QString &where);
};

} // namespace ic
