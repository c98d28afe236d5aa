#pragma once

#include "domain/backend.h"
#include "domain/query.h"
#include "domain/timestamps.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

// What the user saved under a name: which connection, the server-side query (scope and
// filters), the client-side quick search and status chips, the visible columns in their
// order, the sort and whether live updates were on. Never a key or a row.
struct SavedView
{
    QString id;
    QString name;
    QString connectionId;
    Backend backend = Backend::Century;
    Query query;
    QString quickSearch;
    quint32 statusMask = 0xffffffffu;  // ViewOrderSpec::statusMask; all bits: every status
    QStringList columns;               // visible column ids in display order; empty: defaults
    QString sortColumn;                // column id; empty: arrival order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    bool live = false;
    // The end of the time range the last successful export of this view covered (for
    // `export --since-last-run`); kNoTime before the first one. Not part of an exported file.
    qint64 lastExportEndMs = kNoTime;

    friend bool operator==(const SavedView &, const SavedView &) = default;
};
