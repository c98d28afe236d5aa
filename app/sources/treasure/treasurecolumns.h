#pragma once

#include "domain/columndescriptor.h"

namespace treasure {
// Treasure Workflow session columns, in their default order.
const ColumnList &sessionColumns();
} // namespace treasure
