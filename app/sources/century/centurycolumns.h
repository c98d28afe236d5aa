#pragma once

#include "domain/columndescriptor.h"

namespace century {
// Century Smart IA session columns, in their default order.
const ColumnList &sessionColumns();
} // namespace century
