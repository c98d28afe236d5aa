#pragma once

#include "vieworderspec.h"

class SessionStore;

// The chart filter (ViewOrderSpec::chartFilter) for one row on the GUI thread, as
// ViewOrderJob applies it to every row on a worker: a page of new rows is placed without a
// job over the whole store.
bool chartFilterPassesRow(const SessionStore &store, qsizetype row, const QList<ChartFilterTerm> &terms);
