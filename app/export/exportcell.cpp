#include "exportcell.h"

#include "domain/sessionstatus.h"
#include "domain/timestamps.h"

ExportCell::ExportCell(Kind kind, qint64 number, QString text) noexcept
    : m_text(std::move(text)), m_number(number), m_kind(kind)
{
}

ExportCell ExportCell::fromText(QString text)
{
    return ExportCell(Kind::Text, 0, std::move(text));
}

ExportCell ExportCell::fromIdentifier(QString text)
{
    return ExportCell(Kind::Identifier, 0, std::move(text));
}

ExportCell ExportCell::fromInteger(qint64 value)
{
    return ExportCell(Kind::Integer, value, QString());
}

ExportCell ExportCell::fromDateTime(qint64 utcMs)
{
    return utcMs == kNoTime ? ExportCell() : ExportCell(Kind::DateTime, utcMs, QString());
}

ExportCell ExportCell::fromDate(qint64 midnightUtcMs)
{
    return midnightUtcMs == kNoTime ? ExportCell() : ExportCell(Kind::Date, midnightUtcMs, QString());
}

ExportCell ExportCell::fromDuration(qint64 seconds)
{
    return seconds == kNoTime ? ExportCell() : ExportCell(Kind::Duration, seconds, QString());
}

ExportCell ExportCell::fromBoolean(bool value)
{
    return ExportCell(Kind::Boolean, value ? 1 : 0, QString());
}

ExportCell ExportCell::fromRaw(ColumnType type, const QVariant &raw)
{
    if (!raw.isValid() || raw.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
    case ColumnType::Json: return fromText(raw.toString());
    case ColumnType::Identifier: return fromIdentifier(raw.toString());
    case ColumnType::DateTime: return fromDateTime(raw.toLongLong());
    case ColumnType::Date: return fromDate(raw.toLongLong());
    case ColumnType::Duration: return fromDuration(raw.toLongLong());
    case ColumnType::Status: return fromText(sessionStatusDisplayName(static_cast<SessionStatus>(raw.toInt())));
    case ColumnType::Boolean: return fromBoolean(raw.toBool());
    }
    return fromText(raw.toString());
}
