#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader for the CSV fuzz target, written from the RFC rather than from
// CsvWriter: a quoted field starts with a quote and its closing quote is followed by the
// delimiter or a line end; a quote anywhere else, a bare CR, a line end other than the
// one chosen, a last record without its line end, or bytes that are not UTF-8 make the whole
// text unreadable (std::nullopt). tests/support/exportcsvreader.h is forgiving on purpose
// (it reads what a spreadsheet would); this one is not, so that a writer that only works
// thanks to a lenient reader is caught.
inline std::optional<QList<QStringList>> readStrictCsv(QByteArrayView bytes, char delimiter, bool crlf)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    auto decode = [](const QByteArray &utf8) -> std::optional<QString> {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(utf8);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    // After a field: the delimiter (more fields), a line end (the record ends) or an error.
    enum class After { Field, Record, Error };
    auto endOfField = [&](qsizetype &at) -> After {
        if (at < size && bytes[at] == delimiter) {
            ++at;
            return After::Field;
        }
        if (crlf && at + 1 < size && bytes[at] == '\r' && bytes[at + 1] == '\n') {
            at += 2;
            return After::Record;
        }
        if (!crlf && at < size && bytes[at] == '\n') {
            ++at;
            return After::Record;
        }
        return After::Error;
    };
    while (i < size) {
        field.clear();
        if (bytes[i] == '"') {
            ++i;
            for (;;) {
                if (i >= size)
                    return std::nullopt; // unterminated quoted field
                if (bytes[i] == '"') {
                    if (i + 1 < size && bytes[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes[i++];
            }
        } else {
            while (i < size && bytes[i] != delimiter && bytes[i] != '\r' && bytes[i] != '\n') {
                if (bytes[i] == '"')
                    return std::nullopt; // a quote inside an unquoted field
                field += bytes[i++];
            }
        }
        const auto text = decode(field);
        if (!text)
            return std::nullopt;
        row << *text;
        switch (endOfField(i)) {
        case After::Field:
            if (i == size)
                return std::nullopt; // a delimiter ends the text: the last record has no line end
            break;
        case After::Record:
            rows << row;
            row.clear();
            break;
        case After::Error: return std::nullopt;
        }
    }
    if (!row.isEmpty())
        return std::nullopt;
    return rows;
}
