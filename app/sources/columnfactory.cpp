#include "columnfactory.h"

namespace columns {

ColumnDescriptor idColumn(const char *header, Flags flags)
{
    return {QStringLiteral("id"), header, ColumnType::Identifier, flags.visible, flags.personal,
            [](const SessionRecord &r) { return textOrNull(r.id); }};
}

ColumnDescriptor statusColumn()
{
    return {QStringLiteral("status"), QT_TRANSLATE_NOOP("Columns", "Status"), ColumnType::Status, true, false,
            [](const SessionRecord &r) { return QVariant(static_cast<int>(r.status)); }};
}

ColumnDescriptor backendStatusColumn(Flags flags)
{
    return {QStringLiteral("backend_status"), QT_TRANSLATE_NOOP("Columns", "Original status"), ColumnType::Text,
            flags.visible, flags.personal, [](const SessionRecord &r) { return textOrNull(r.backendStatus); }};
}

ColumnDescriptor startedColumn(const char *header)
{
    return {QStringLiteral("started"), header, ColumnType::DateTime, true, false,
            [](const SessionRecord &r) { return timeOrNull(r.startedMs); }};
}

ColumnDescriptor endedColumn(const char *header)
{
    return {QStringLiteral("ended"), header, ColumnType::DateTime, true, false,
            [](const SessionRecord &r) { return timeOrNull(r.endedMs); }};
}

ColumnDescriptor elapsedColumn(const char *id, const char *header)
{
    return {QString::fromLatin1(id), header, ColumnType::Duration, true, false,
            [](const SessionRecord &r) -> QVariant {
                if (r.startedMs == kNoTime || r.endedMs == kNoTime)
                    return {};
                return QVariant((r.endedMs - r.startedMs) / 1000);
            }};
}

} // namespace columns
