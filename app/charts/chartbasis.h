#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// The caption under every chart: which rows it counts, honestly. Charts count the rows the
// table shows, which are loaded rows (pages fetched so far), perhaps filtered; the server's
// total is named only when the API said it.
//   "Based on 1,200 loaded of 48,310"            every loaded row shown, total known
//   "Based on 1,200 loaded"                       no total (keyset APIs)
//   "Based on 300 shown of 1,200 loaded of 48,310" filtered
QString chartBasisText(qsizetype shown, qsizetype loaded, std::optional<qint64> total);
