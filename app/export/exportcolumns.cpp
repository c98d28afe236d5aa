#include "exportcolumns.h"

#include <QCoreApplication>
#include <QSet>

namespace exportcolumns {

QStringList defaults(const ColumnList &columns)
{
    QStringList ids;
    for (const ColumnDescriptor &c : columns) {
        if (c.visibleByDefault && !c.personal)
            ids << c.id;
    }
    return ids;
}

QStringList withoutPersonal(const ColumnList &columns, const QStringList &shown)
{
    QStringList ids;
    for (const QString &id : shown) {
        const ColumnDescriptor *c = findColumn(columns, id);
        if (c && !c->personal)
            ids << id;
    }
    return ids;
}

std::shared_ptr<const ColumnList> resolve(const ColumnList &columns, const QStringList &ids, QString *error)
{
    const QStringList wanted = ids.isEmpty() ? defaults(columns) : ids;
    auto chosen = std::make_shared<ColumnList>();
    chosen->reserve(size_t(wanted.size()));
    QSet<QString> seen;
    for (const QString &id : wanted) {
        const ColumnDescriptor *c = findColumn(columns, id);
        if (!c) {
            *error = QCoreApplication::translate("ExportColumns",
                                                 "There is no column '%1' here; 'sessionscope export "
                                                 "--list-columns --backend B' lists them.")
                         .arg(id);
            return nullptr;
        }
        if (seen.contains(id)) {
            *error = QCoreApplication::translate("ExportColumns", "The column '%1' is named twice.").arg(id);
            return nullptr;
        }
        seen.insert(id);
        chosen->push_back(*c);
    }
    if (chosen->empty()) {
        *error = QCoreApplication::translate("ExportColumns", "No column is chosen, so there is nothing to write.");
        return nullptr;
    }
    return chosen;
}

QStringList splitIds(const QString &commaList)
{
    QStringList ids;
    for (const QString &part : commaList.split(QLatin1Char(','))) {
        const QString id = part.trimmed();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

} // namespace exportcolumns
