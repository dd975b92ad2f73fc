#include "YamlReader.h"

#include <QHash>

namespace ic {

SourceLocation YamlReader::at(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {m_file, 0, 0};
    return {m_file, mark.line + 1, mark.column + 1};
}

std::optional<std::vector<YAML::Node>> YamlReader::loadDocuments(const QByteArray &bytes)
{
    try {
        return YAML::LoadAll(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        SourceLocation where{m_file, 0, 0};
        if (!e.mark.is_null())
            where = {m_file, e.mark.line + 1, e.mark.column + 1};
        addError(where, tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
}

void YamlReader::readGuarded(const YAML::Node &document, const std::function<void()> &read)
{
    try {
        read();
    } catch (const std::exception &e) {
        error(document, tr("could not read this document: %1").arg(QString::fromUtf8(e.what())));
    }
}

std::optional<QList<YamlField>> YamlReader::mapFields(const YAML::Node &node, const QString &what)
{
    if (!node.IsMap()) {
        error(node, tr("%1 must be a map of keys and values").arg(what));
        return std::nullopt;
    }
    QList<YamlField> fields;
    QHash<QString, SourceLocation> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            error(key, tr("a key in %1 must be text").arg(what));
            continue;
        }
        const QString name = QString::fromStdString(key.Scalar());
        if (const auto first = seen.constFind(name); first != seen.constEnd()) {
            error(key, tr("duplicate key \"%1\" (first at line %2, column %3)").arg(name).arg(first->line).arg(first->column));
            continue;
        }
        seen.insert(name, at(key));
        fields.append({name, key, it->second});
    }
    return fields;
}

void YamlReader::warnUnknownKey(const YamlField &field, const QString &where)
{
    warning(field.keyNode, tr("unknown key \"%1\" in %2, ignored").arg(field.key, where));
}

} // namespace ic
