#include "columndescriptor.h"

#include <QCoreApplication>

QString columnHeader(const ColumnDescriptor &column)
{
    return QCoreApplication::translate("Columns", column.header);
}

const ColumnDescriptor *findColumn(const ColumnList &columns, QStringView id)
{
    for (const ColumnDescriptor &c : columns) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}
