#pragma once

#include "domain/columndescriptor.h"

#include <QString>
#include <QVariant>

// One value on its way to a file, typed so that each writer can decide how it is spelled:
// a CSV writes text, XLSX writes real numbers and dates. A small tagged value rather than a
// QVariant: QVariant cannot tell a date from an instant from a duration (all qint64), nor an
// identifier that must stay text ("007123") from free text, and it costs an allocation or a
// type lookup per cell in a loop that runs ten million times.
class ExportCell final
{
public:
    enum class Kind : quint8 {
        Empty,
        Text,       // free text: the formula guard applies
        Identifier, // text that is never read as a number (UPNs, ids with leading zeros)
        Integer,
        DateTime,   // milliseconds since the epoch, UTC
        Date,       // milliseconds at midnight UTC of the date (no time zone shift)
        Duration,   // whole seconds
        Boolean,
    };

    ExportCell() = default; // empty

    static ExportCell fromText(QString text);
    static ExportCell fromIdentifier(QString text);
    static ExportCell fromInteger(qint64 value);
    static ExportCell fromDateTime(qint64 utcMs); // kNoTime gives an empty cell
    static ExportCell fromDate(qint64 midnightUtcMs); // kNoTime gives an empty cell
    static ExportCell fromDuration(qint64 seconds); // kNoTime gives an empty cell
    static ExportCell fromBoolean(bool value);

    // A column's raw value (ColumnDescriptor::rawValue) as a cell; a null QVariant is empty.
    // Status becomes its translated display name and Json its text, as the table shows them.
    static ExportCell fromRaw(ColumnType type, const QVariant &raw);

    Kind kind() const noexcept { return m_kind; }
    bool isEmpty() const noexcept { return m_kind == Kind::Empty; }
    // Text and Identifier cells.
    const QString &text() const noexcept { return m_text; }
    // Integer, DateTime and Date (ms), Duration (s), Boolean (0 or 1).
    qint64 number() const noexcept { return m_number; }

    bool operator==(const ExportCell &other) const = default;

private:
    ExportCell(Kind kind, qint64 number, QString text) noexcept;

    QString m_text;
    qint64 m_number = 0;
    Kind m_kind = Kind::Empty;
};
