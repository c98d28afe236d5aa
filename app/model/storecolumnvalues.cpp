#include "storecolumnvalues.h"

#include "storestringpool.h"

#include "domain/backendstatuses.h"

#include <QHash>

#include <limits>

namespace storecolumnvalues {

namespace {

constexpr quint32 kUnresolved = std::numeric_limits<quint32>::max();

} // namespace

RowColumnValues groupStrings(const std::vector<quint32> &rowGroups, quint32 groupCount,
                             const std::function<quint32(quint32 group)> &stringOfGroup,
                             const StoreStringPool &strings)
{
    RowColumnValues out;
    out.codes.resize(rowGroups.size());
    std::vector<quint32> codeOfGroup(groupCount, kUnresolved);
    QHash<quint32, quint32> codeOfString;
    for (std::size_t row = 0; row < rowGroups.size(); ++row) {
        const quint32 group = rowGroups[row];
        if (group >= groupCount) {
            out.codes[row] = 0; // cannot happen with a consistent copy; never read past it
            continue;
        }
        quint32 &code = codeOfGroup[group];
        if (code == kUnresolved) {
            const quint32 string = stringOfGroup(group);
            const auto known = codeOfString.constFind(string);
            if (known != codeOfString.cend()) {
                code = *known;
            } else {
                code = quint32(out.labels.size());
                codeOfString.insert(string, code);
                out.labels.append(strings.text(string));
            }
        }
        out.codes[row] = code;
    }
    if (out.labels.isEmpty() && !out.codes.empty())
        out.labels.append(QString());
    return out;
}

RowColumnValues strings(const std::vector<quint32> &rowStrings, const StoreStringPool &pool, quint32 stringCount)
{
    return groupStrings(rowStrings, stringCount, [](quint32 string) { return string; }, pool);
}

RowColumnValues groupNumbers(const std::vector<quint32> &rowGroups, quint32 groupCount,
                             const std::function<qint64(quint32 group)> &numberOfGroup)
{
    std::vector<qint64> ofGroup(groupCount);
    std::vector<quint8> resolved(groupCount, 0);
    RowColumnValues out;
    out.numbers.resize(rowGroups.size(), kNoTime);
    for (std::size_t row = 0; row < rowGroups.size(); ++row) {
        const quint32 group = rowGroups[row];
        if (group >= groupCount)
            continue;
        if (!resolved[group]) {
            ofGroup[group] = numberOfGroup(group);
            resolved[group] = 1;
        }
        out.numbers[row] = ofGroup[group];
    }
    return out;
}

RowColumnValues numbers(std::vector<qint64> values)
{
    RowColumnValues out;
    out.numbers = std::move(values);
    return out;
}

RowColumnValues statuses(const std::vector<quint8> &values)
{
    RowColumnValues out;
    out.codes.assign(values.begin(), values.end());
    for (std::size_t s = 0; s < kSessionStatusCount; ++s)
        out.labels.append(sessionStatusId(SessionStatus(s)));
    return out;
}

RowColumnValues variants(const std::vector<QVariant> &values, bool numeric)
{
    RowColumnValues out;
    if (numeric) {
        out.numbers.reserve(values.size());
        for (const QVariant &value : values)
            out.numbers.push_back(value.isValid() ? value.toLongLong() : kNoTime);
        return out;
    }
    QHash<QString, quint32> codeOfText;
    out.codes.reserve(values.size());
    for (const QVariant &value : values) {
        const QString text = value.toString();
        auto known = codeOfText.constFind(text);
        if (known == codeOfText.cend()) {
            known = codeOfText.insert(text, quint32(out.labels.size()));
            out.labels.append(text);
        }
        out.codes.push_back(*known);
    }
    return out;
}

} // namespace storecolumnvalues
