#pragma once

#include "domain/columndescriptor.h"

#include <QString>
#include <QStringList>

#include <memory>

// Which columns an export writes, and in which order.
//
// Privacy (issue 8): columns flagged `personal` (date of birth, emails, UPN, gender...) are
// never chosen by default, even when the table shows them; the user ticks them on purpose.
namespace exportcolumns {

// The backend's default table columns minus the personal ones, in the backend's order.
QStringList defaults(const ColumnList &columns);
// The ids of `shown` (e.g. the table's visible columns, in view order) minus personal ones.
QStringList withoutPersonal(const ColumnList &columns, const QStringList &shown);

// The descriptors for `ids`, in that order. Empty ids mean defaults(columns). On an unknown
// or repeated id: an empty list and `error` says which, and how to list the valid ones.
std::shared_ptr<const ColumnList> resolve(const ColumnList &columns, const QStringList &ids, QString *error);

// "a,b , c" -> {"a","b","c"}; empty parts dropped.
QStringList splitIds(const QString &commaList);

} // namespace exportcolumns
