#pragma once

#include "sessionstore.h"

#include <QVariant>

#include <functional>
#include <vector>

class StoreStringPool;

// The grouped values of sessionstore.h (RowValuesJob::run), computed on a worker from the
// copies a job took and the store's append-only pools only.
namespace storecolumnvalues {

// Rows that reference groups (tests, results, workflows, devices): each group some row uses
// is resolved once, then each row takes its group's code. Labels in first-seen order.
RowColumnValues groupStrings(const std::vector<quint32> &rowGroups, quint32 groupCount,
                             const std::function<quint32(quint32 group)> &stringOfGroup,
                             const StoreStringPool &strings);
// Rows holding a string index themselves.
RowColumnValues strings(const std::vector<quint32> &rowStrings, const StoreStringPool &strings, quint32 stringCount);
RowColumnValues groupNumbers(const std::vector<quint32> &rowGroups, quint32 groupCount,
                             const std::function<qint64(quint32 group)> &numberOfGroup);
RowColumnValues numbers(std::vector<qint64> values);
// Codes are the status values themselves; labels every status id.
RowColumnValues statuses(const std::vector<quint8> &values);
// The slow way (SessionStore::slowColumnValues): texts grouped, numbers for number types.
RowColumnValues variants(const std::vector<QVariant> &values, bool numeric);

} // namespace storecolumnvalues
