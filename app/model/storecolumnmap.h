#pragma once

#include "domain/columndescriptor.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

// Which field of a store a column shows, found once per column rather than per painted
// cell: a descriptor of the store's own list is recognised by its address, any other by
// its id. -1 for a column the store does not know (the caller falls back to rawValue).
class StoreColumnMap final
{
public:
    StoreColumnMap(const ColumnList &columns, const QHash<QString, int> &fieldById);

    int fieldOf(const ColumnDescriptor &column) const
    {
        // std::less: a total order even for pointers into different objects.
        const std::less<const ColumnDescriptor *> less;
        const ColumnDescriptor *first = m_columns->data();
        if (!less(&column, first) && less(&column, first + m_columns->size()))
            return m_fieldByIndex[std::size_t(&column - first)];
        return m_fieldById.value(column.id, -1);
    }

private:
    const ColumnList *m_columns;
    QHash<QString, int> m_fieldById;
    std::vector<int> m_fieldByIndex;
};
