#pragma once

#include "domain/columndescriptor.h"

namespace mobilenext {
// Mobile Next device session columns, in their default order.
const ColumnList &sessionColumns();
} // namespace mobilenext
