#include "mobilenextcolumns.h"

#include "sources/columnfactory.h"

namespace mobilenext {

using namespace columns;
using D = MobileNextDetail;

namespace {

ColumnList build()
{
    return {
        statusColumn(),
        detailField<D>("device", QT_TRANSLATE_NOOP("Columns", "Device"), ColumnType::Text, &D::deviceName),
        detailField<D>("platform", QT_TRANSLATE_NOOP("Columns", "Platform"), ColumnType::Text, &D::platform),
        detailField<D>("os_version", QT_TRANSLATE_NOOP("Columns", "OS version"), ColumnType::Identifier, &D::osVersion),
        detailField<D>("device_type", QT_TRANSLATE_NOOP("Columns", "Device type"), ColumnType::Text, &D::deviceType),
        startedColumn(QT_TRANSLATE_NOOP("Columns", "Created")),
        endedColumn(QT_TRANSLATE_NOOP("Columns", "Released")),
        elapsedColumn("held_for", QT_TRANSLATE_NOOP("Columns", "Held for")),
        detailField<D>("user_id", QT_TRANSLATE_NOOP("Columns", "User id"), ColumnType::Identifier, &D::userId, kHidden),
        detailField<D>("organization_id", QT_TRANSLATE_NOOP("Columns", "Organization id"), ColumnType::Identifier, &D::organizationId, kHidden),
        detailField<D>("device_id", QT_TRANSLATE_NOOP("Columns", "Device id"), ColumnType::Identifier, &D::deviceId, kHidden),
        backendStatusColumn(),
        idColumn(QT_TRANSLATE_NOOP("Columns", "Session id")),
    };
}

} // namespace

const ColumnList &sessionColumns()
{
    static const ColumnList list = build();
    return list;
}

} // namespace mobilenext
