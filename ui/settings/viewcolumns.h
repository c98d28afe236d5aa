#pragma once

#include "domain/columndescriptor.h"

#include <QStringList>

class QHeaderView;

// A saved view's columns to and from the table header: ids of the visible columns in the
// order shown (logical index = index into the backend's ColumnList).
QStringList visibleColumnIds(const QHeaderView &header, const ColumnList &columns);
// Shows exactly `ids` (unknown ids are skipped), in that order, the others hidden after them.
// An empty list leaves the header as it is.
void showColumns(QHeaderView &header, const ColumnList &columns, const QStringList &ids);
