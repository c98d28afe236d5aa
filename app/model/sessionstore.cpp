#include "sessionstore.h"

#include "centurysessionstore.h"
#include "mobilenextsessionstore.h"
#include "storecolumnvalues.h"
#include "storevaluesjob.h"
#include "treasuresessionstore.h"

std::unique_ptr<SessionStore> SessionStore::create(Backend backend)
{
    switch (backend) {
    case Backend::Century: return std::make_unique<CenturySessionStore>();
    case Backend::Treasure: return std::make_unique<TreasureSessionStore>();
    case Backend::MobileNext: return std::make_unique<MobileNextSessionStore>();
    }
    return nullptr;
}

std::unique_ptr<RowValuesJob> SessionStore::slowColumnValues(const ColumnDescriptor &column) const
{
    const qsizetype rows = size();
    std::vector<QVariant> values;
    values.reserve(std::size_t(rows));
    for (qsizetype row = 0; row < rows; ++row)
        values.push_back(value(row, column));
    const bool numeric = column.type == ColumnType::DateTime || column.type == ColumnType::Date
        || column.type == ColumnType::Duration;
    return std::make_unique<StoreValuesJob>(
        rows, [values = std::move(values), numeric] { return storecolumnvalues::variants(values, numeric); });
}
