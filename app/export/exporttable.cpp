#include "exporttable.h"

#include "exportwriter.h"

bool ExportTable::writeTo(ExportWriter &writer) const
{
    if (!writer.begin(headers))
        return false;
    for (const std::vector<ExportCell> &row : rows) {
        if (!writer.writeRow(row))
            return false;
    }
    return writer.finish();
}
