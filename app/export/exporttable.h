#pragma once

#include "exportcell.h"

#include <QStringList>

#include <vector>

class ExportWriter;

// What is written, held whole: the header texts and, per row, typed cells. For small
// exports and tests; large exports stream rows straight into an ExportWriter instead.
struct ExportTable
{
    QStringList headers;
    std::vector<std::vector<ExportCell>> rows;

    // begin(), every row, finish(); stops at the first failure (see writer.errorString()).
    [[nodiscard]] bool writeTo(ExportWriter &writer) const;
};
