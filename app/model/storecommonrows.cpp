#include "storecommonrows.h"

#include "storecolumnvalues.h"
#include "storekeyjob.h"
#include "storekeys.h"
#include "storestringpool.h"
#include "storevaluesjob.h"

namespace {

QVariant textValue(const StoreStringPool &strings, quint32 ref)
{
    return ref == StoreStringPool::kEmpty ? QVariant() : QVariant(strings.text(ref));
}

QVariant timeValue(qint64 ms)
{
    return ms == kNoTime ? QVariant() : QVariant(ms);
}

} // namespace

StoreCommonFields StoreCommonRows::fieldsOf(const SessionRecord &record, StoreStringPool &strings)
{
    return StoreCommonFields{StoreIdColumn::encode(record.id, strings), record.status,
                             strings.intern(record.backendStatus), record.startedMs, record.endedMs};
}

qsizetype StoreCommonRows::rowOf(QStringView id, const StoreStringPool &strings) const
{
    const std::optional<StoreId> key = StoreIdColumn::find(id, strings);
    return key ? find(*key) : -1;
}

std::size_t StoreCommonRows::append(const StoreCommonFields &fields)
{
    const std::size_t row = size();
    m_ids.push(fields.id);
    m_statuses.push(quint8(fields.status));
    m_backendStatuses.push(fields.backendStatus);
    m_started.push(fields.startedMs);
    m_ended.push(fields.endedMs);
    m_index.insert(quint32(row), m_ids);
    return row;
}

bool StoreCommonRows::assign(std::size_t row, const StoreCommonFields &fields)
{
    bool changed = false;
    const auto update = [&changed](auto &slot, auto value) {
        if (slot != value) {
            slot = value;
            changed = true;
        }
    };
    update(m_statuses[row], quint8(fields.status));
    update(m_backendStatuses[row], fields.backendStatus);
    update(m_started[row], fields.startedMs);
    update(m_ended[row], fields.endedMs);
    return changed;
}

QString StoreCommonRows::idText(std::size_t row, const StoreStringPool &strings) const
{
    return StoreIdColumn::text(m_ids[row], strings);
}

void StoreCommonRows::fill(SessionRecord &record, std::size_t row, const StoreStringPool &strings) const
{
    record.id = idText(row, strings);
    record.status = status(row);
    record.backendStatus = strings.text(m_backendStatuses[row]);
    record.startedMs = m_started[row];
    record.endedMs = m_ended[row];
}

QVariant StoreCommonRows::value(StoreCommonField field, std::size_t row, const StoreStringPool &strings) const
{
    switch (field) {
    case StoreCommonField::Id: {
        const QString text = idText(row, strings);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case StoreCommonField::Status: return QVariant(int(m_statuses[row]));
    case StoreCommonField::BackendStatus: return textValue(strings, m_backendStatuses[row]);
    case StoreCommonField::Started: return timeValue(m_started[row]);
    case StoreCommonField::Ended: return timeValue(m_ended[row]);
    case StoreCommonField::Elapsed: return timeValue(storekeys::elapsedSeconds(m_started[row], m_ended[row]));
    }
    return {};
}

std::unique_ptr<RowKeyJob> StoreCommonRows::sortKeys(StoreCommonField field,
                                                     std::shared_ptr<const StoreStringPool> strings) const
{
    const std::size_t rows = size();
    StoreKeyJob::Compute compute;
    switch (field) {
    case StoreCommonField::Id:
        compute = [ids = m_ids.copyPrefix(rows), strings] { return storekeys::idKeys(ids, *strings); };
        break;
    case StoreCommonField::Status:
        compute = [values = m_statuses.copyPrefix(rows)] { return storekeys::smallKeys(values); };
        break;
    case StoreCommonField::BackendStatus:
        compute = [refs = m_backendStatuses.copyPrefix(rows), strings, count = strings->count()] {
            return storekeys::groupStringKeys(refs, count, [](quint32 s) { return s; }, *strings, count);
        };
        break;
    case StoreCommonField::Started:
        compute = [values = m_started.copyPrefix(rows)] { return storekeys::numberKeys(values); };
        break;
    case StoreCommonField::Ended:
        compute = [values = m_ended.copyPrefix(rows)] { return storekeys::numberKeys(values); };
        break;
    case StoreCommonField::Elapsed:
        compute = [started = m_started.copyPrefix(rows), ended = m_ended.copyPrefix(rows)] {
            return storekeys::elapsedKeys(started, ended);
        };
        break;
    }
    return std::make_unique<StoreKeyJob>(qsizetype(rows), std::move(compute));
}

std::unique_ptr<RowValuesJob> StoreCommonRows::columnValues(StoreCommonField field,
                                                            std::shared_ptr<const StoreStringPool> strings) const
{
    const std::size_t rows = size();
    StoreValuesJob::Compute compute;
    switch (field) {
    case StoreCommonField::Id: return nullptr; // ids are not grouped: every one is distinct
    case StoreCommonField::Status:
        compute = [values = m_statuses.copyPrefix(rows)] { return storecolumnvalues::statuses(values); };
        break;
    case StoreCommonField::BackendStatus:
        compute = [refs = m_backendStatuses.copyPrefix(rows), strings, count = strings->count()] {
            return storecolumnvalues::strings(refs, *strings, count);
        };
        break;
    case StoreCommonField::Started:
        compute = [values = m_started.copyPrefix(rows)] { return storecolumnvalues::numbers(values); };
        break;
    case StoreCommonField::Ended:
        compute = [values = m_ended.copyPrefix(rows)] { return storecolumnvalues::numbers(values); };
        break;
    case StoreCommonField::Elapsed:
        compute = [started = m_started.copyPrefix(rows), ended = m_ended.copyPrefix(rows)] {
            std::vector<qint64> seconds(started.size());
            for (std::size_t row = 0; row < started.size(); ++row)
                seconds[row] = storekeys::elapsedSeconds(started[row], ended[row]);
            return storecolumnvalues::numbers(std::move(seconds));
        };
        break;
    }
    return std::make_unique<StoreValuesJob>(qsizetype(rows), std::move(compute));
}

void StoreCommonRows::clear()
{
    m_ids.clear();
    m_index.clear();
    m_statuses.clear();
    m_backendStatuses.clear();
    m_started.clear();
    m_ended.clear();
}

std::size_t StoreCommonRows::bytesUsed() const
{
    return m_ids.bytesUsed() + m_index.bytesUsed() + m_statuses.bytesUsed() + m_backendStatuses.bytesUsed()
        + m_started.bytesUsed() + m_ended.bytesUsed();
}
