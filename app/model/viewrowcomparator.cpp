#include "viewrowcomparator.h"

#include "sessionstore.h"

namespace {

const ColumnDescriptor *columnAt(const ColumnList &columns, int index)
{
    return index >= 0 && std::size_t(index) < columns.size() ? &columns[std::size_t(index)] : nullptr;
}

int sign(qint64 difference)
{
    return difference < 0 ? -1 : (difference > 0 ? 1 : 0);
}

// Qt's case-insensitive compare folds each UTF-16 unit as toCaseFolded() does, the order the
// store's text ranker uses, without allocating two folded copies per comparison.
int compareText(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b);
}

// Plain decimal numbers without a leading zero: the store keeps those as 64-bit numbers and
// sorts them by value; "007" stays text.
bool isCanonicalNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 18 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int compareIdentifier(const QString &a, const QString &b)
{
    if (isCanonicalNumber(a) && isCanonicalNumber(b))
        return sign(a.toLongLong() - b.toLongLong());
    return compareText(a, b);
}

} // namespace

ViewRowComparator::ViewRowComparator(const SessionStore &store, const ViewOrderSpec &spec)
    : m_store(store)
    , m_primary(columnAt(store.columns(), spec.sortColumn))
    , m_secondary(columnAt(store.columns(), spec.secondaryColumn))
    , m_primaryOrder(spec.sortOrder)
    , m_secondaryOrder(spec.secondaryOrder)
{
    if (m_secondary == m_primary)
        m_secondary = nullptr;
}

int ViewRowComparator::compareValues(const QVariant &a, const QVariant &b, ColumnType type)
{
    const bool emptyA = !a.isValid() || a.isNull();
    const bool emptyB = !b.isValid() || b.isNull();
    if (emptyA || emptyB)
        return int(emptyB) - int(emptyA); // empty values first
    switch (type) {
    case ColumnType::DateTime:
    case ColumnType::Date:
    case ColumnType::Duration:
    case ColumnType::Status:
    case ColumnType::Boolean:
        return sign(a.toLongLong() - b.toLongLong());
    case ColumnType::Identifier:
        return compareIdentifier(a.toString(), b.toString());
    case ColumnType::Text:
    case ColumnType::Json:
        break;
    }
    return compareText(a.toString(), b.toString());
}

int ViewRowComparator::compareColumn(const ColumnDescriptor &column, Qt::SortOrder order, qint32 a, qint32 b) const
{
    const int ascending = compareValues(m_store.value(a, column), m_store.value(b, column), column.type);
    return order == Qt::AscendingOrder ? ascending : -ascending;
}

bool ViewRowComparator::less(qint32 rowA, qint32 rowB) const
{
    if (m_primary) {
        if (const int c = compareColumn(*m_primary, m_primaryOrder, rowA, rowB))
            return c < 0;
        if (m_secondary) {
            if (const int c = compareColumn(*m_secondary, m_secondaryOrder, rowA, rowB))
                return c < 0;
        }
    }
    return rowA < rowB;
}
