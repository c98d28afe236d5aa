#include "chartfilterrow.h"

#include "sessionstore.h"

bool chartFilterPassesRow(const SessionStore &store, qsizetype row, const QList<ChartFilterTerm> &terms)
{
    const ColumnList &columns = store.columns();
    for (const ChartFilterTerm &term : terms) {
        if (term.column < 0 || std::size_t(term.column) >= columns.size())
            return false;
        const ColumnDescriptor &column = columns[std::size_t(term.column)];
        const QVariant raw = store.value(row, column);
        if (column.type == ColumnType::Status) {
            if (sessionStatusId(SessionStatus(raw.toInt())) != term.text)
                return false;
        } else if (term.range) {
            if (!raw.isValid() || raw.toLongLong() < term.from || raw.toLongLong() >= term.to)
                return false;
        } else if (raw.toString() != term.text) {
            return false;
        }
    }
    return true;
}
