#include "storecolumnmap.h"

StoreColumnMap::StoreColumnMap(const ColumnList &columns, const QHash<QString, int> &fieldById)
    : m_columns(&columns)
    , m_fieldById(fieldById)
{
    m_fieldByIndex.reserve(columns.size());
    for (const ColumnDescriptor &column : columns)
        m_fieldByIndex.push_back(fieldById.value(column.id, -1));
}
