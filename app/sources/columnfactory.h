#pragma once

#include "domain/columndescriptor.h"

#include <QVariant>

#include <variant>

// Small builders for column descriptors, so that each backend's column list reads as a
// table instead of a page of near-identical lambdas.
namespace columns {

inline QVariant timeOrNull(qint64 ms)
{
    return ms == kNoTime ? QVariant() : QVariant(ms);
}

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

struct Flags
{
    bool visible = true;
    bool personal = false;
};

inline constexpr Flags kShown{true, false};
inline constexpr Flags kHidden{false, false};
inline constexpr Flags kPersonal{false, true};

// A column reading a field of the backend's detail struct.
template<typename Detail, typename Field>
ColumnDescriptor detailField(const char *id, const char *header, ColumnType type, Field Detail::*member,
                             Flags flags = kShown)
{
    return {QString::fromLatin1(id), header, type, flags.visible, flags.personal,
            [member](const SessionRecord &r) -> QVariant {
                const auto *d = std::get_if<Detail>(&r.detail);
                if (!d)
                    return {};
                const Field &value = d->*member;
                if constexpr (std::is_same_v<Field, QString>)
                    return textOrNull(value);
                else if constexpr (std::is_same_v<Field, qint64>)
                    return timeOrNull(value);
                else
                    return QVariant::fromValue(value);
            }};
}

// The columns every backend shares: id, dashboard status, backend status, start, end.
ColumnDescriptor idColumn(const char *header, Flags flags = kHidden);
ColumnDescriptor statusColumn();
ColumnDescriptor backendStatusColumn(Flags flags = kHidden);
ColumnDescriptor startedColumn(const char *header);
ColumnDescriptor endedColumn(const char *header);
// Seconds from start to end; empty while the session is still live.
ColumnDescriptor elapsedColumn(const char *id, const char *header);

} // namespace columns
