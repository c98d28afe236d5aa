#include "viewcolumns.h"

#include <QHeaderView>

QStringList visibleColumnIds(const QHeaderView &header, const ColumnList &columns)
{
    QStringList ids;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && std::size_t(logical) < columns.size() && !header.isSectionHidden(logical))
            ids.append(columns[std::size_t(logical)].id);
    }
    return ids;
}

void showColumns(QHeaderView &header, const ColumnList &columns, const QStringList &ids)
{
    int placed = 0;
    for (const QString &id : ids) {
        const ColumnDescriptor *column = findColumn(columns, id);
        if (!column)
            continue;
        const int logical = int(column - columns.data());
        if (logical >= header.count())
            continue;
        header.moveSection(header.visualIndex(logical), placed++);
        header.setSectionHidden(logical, false);
    }
    if (placed == 0)
        return;
    for (int visual = placed; visual < header.count(); ++visual)
        header.setSectionHidden(header.logicalIndex(visual), true);
}
