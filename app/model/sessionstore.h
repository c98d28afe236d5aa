#pragma once

#include "domain/backend.h"
#include "domain/columndescriptor.h"
#include "domain/sessionrecord.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstddef>
#include <memory>
#include <vector>

// Work prepared on the GUI thread from a store and finished on a worker thread.
//
// The contract that makes this safe: the constructor of a job (made by the store, on the
// GUI thread) copies whatever the store may still change, such as per-row fields that a
// live update rewrites, and run() reads only that copy plus store data that is never
// written again once published (append-only pools). The GUI thread keeps appending pages
// and merging live updates while run() works, so run() covers the rows [0, rowCount) that
// existed when the job was made.
class RowKeyJob
{
public:
    virtual ~RowKeyJob() = default;
    virtual qsizetype rowCount() const = 0;
    // One key per row: comparing keys as unsigned integers gives the column's ascending
    // order. Empty values sort first. Text compares case-insensitively (Unicode case
    // folding), then exactly, so the order is total and repeatable.
    virtual std::vector<quint64> run() const = 0;
};

// One column's values as charts and chart filters group them. A text column: a code per row
// into `labels` (distinct texts; "" stands for no value). A number or time column (Duration,
// DateTime, Date): `numbers`, one per row, kNoTime for no value. The status column: codes
// are int(SessionStatus) and labels the status ids.
struct RowColumnValues
{
    std::vector<quint32> codes;
    QStringList labels;
    std::vector<qint64> numbers;
};

class RowValuesJob
{
public:
    virtual ~RowValuesJob() = default;
    virtual qsizetype rowCount() const = 0;
    virtual RowColumnValues run() const = 0;
};

class RowMatchJob
{
public:
    virtual ~RowMatchJob() = default;
    virtual qsizetype rowCount() const = 0;
    // 1 for each row whose searchable text contains the needle (case-insensitive).
    virtual std::vector<quint8> run() const = 0;
};

// The sessions of one query, held compactly (DESIGN.md section 4): ids as 16-byte UUIDs or
// 64-bit numbers, times as qint64 ms, enums for status, repeated strings (pupils, tests,
// subjects, workflows, devices...) interned once and referenced by index, and id -> row in
// O(1). Rows are never removed, only added or updated, so a row number stays valid for the
// store's life (until clear()). GUI thread only, except what a job's run() reads.
class SessionStore
{
public:
    static std::unique_ptr<SessionStore> create(Backend backend);

    virtual ~SessionStore() = default;
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    virtual Backend backend() const = 0;
    virtual const ColumnList &columns() const = 0;
    virtual qsizetype size() const = 0;
    virtual void clear() = 0;

    struct Upsert
    {
        qsizetype row = -1;
        bool added = false;   // a new row at the end
        bool changed = false; // an existing row whose fields differ from before
    };
    // Adds a session, or replaces the fields of the one with the same id. A record whose
    // detail is another backend's is refused: row -1, nothing added or changed.
    virtual Upsert upsert(const SessionRecord &record) = 0;
    // -1 when the id is not held.
    virtual qsizetype rowOf(QStringView id) const = 0;

    // The row as the API described it (every field, for the detail pane and exports).
    virtual SessionRecord record(qsizetype row) const = 0;
    virtual QString id(qsizetype row) const = 0;
    virtual SessionStatus status(qsizetype row) const = 0;
    virtual qint64 startedMs(qsizetype row) const = 0;
    virtual qint64 endedMs(qsizetype row) const = 0;
    // The column's raw value for one row; equal to column.rawValue(record(row)), without
    // building the whole record where the store can avoid it (painting calls this per cell).
    virtual QVariant value(qsizetype row, const ColumnDescriptor &column) const = 0;

    // Per-row sort keys of one column of columns(), and the quick search over the
    // searchable text (names, usernames, UPNs, external ids, tests, subjects, workflows,
    // projects, devices...). Made on the GUI thread (cheap), run on a worker.
    virtual std::unique_ptr<RowKeyJob> sortKeys(const ColumnDescriptor &column) const = 0;
    virtual std::unique_ptr<RowMatchJob> textSearch(const QString &needle) const = 0;
    // The values of one column of columns() for every row, grouped (charts, chart filters).
    // Made on the GUI thread (cheap for the fields the store keeps compactly), run on a worker.
    virtual std::unique_ptr<RowValuesJob> columnValues(const ColumnDescriptor &column) const = 0;
    // The same test as textSearch() for one row, on the GUI thread: a page of new rows is
    // matched against the current quick search without a job over the whole store.
    virtual bool rowMatchesText(qsizetype row, const QString &needle) const = 0;

    // Heap bytes held, for the memory benchmark and the About box.
    virtual std::size_t bytesUsed() const = 0;

protected:
    SessionStore() = default;
    // columnValues() for a column the store does not keep compactly: every row's value made
    // now, on the GUI thread (slow, and only for such columns), grouped on the worker.
    std::unique_ptr<RowValuesJob> slowColumnValues(const ColumnDescriptor &column) const;
};
