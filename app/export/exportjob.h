#pragma once

#include "exportrequest.h"

#include "domain/columndescriptor.h"
#include "domain/query.h"
#include "domain/sessionrecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class ApiClient;
class ApiError;
class ExportPipeline;
class Pager;
class SessionSource;
class SessionStore;
class SessionTableModel;

// One export, from start to a complete file or none (issue 8): either the rows the table has
// loaded, in view order, or every session the query matches, paged to the end on the
// connection's ApiClient with its own Pager (so the table's paging is left alone).
//
// Threads: the SessionStore may only be read on the GUI thread (live updates rewrite rows),
// so loaded rows become cells here in slices of a few milliseconds, yielding to the event
// loop between slices, while an ExportPipeline writes the previous slices on a worker.
// Fetched pages go to the worker as records and become cells there. The file is written
// through QSaveFile (ExportWriter): cancel(), a failure or a killed process leave no partial
// file and an existing file untouched.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    // GUI time spent converting loaded rows before yielding to the event loop: well inside
    // a 16 ms frame, long enough that the per-slice costs (a timer, a task) stay small.
    static constexpr qint64 kSliceBudgetNs = 3'000'000;

    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    // The model's visible rows in its current order. A new query on the model (a reset)
    // while this runs fails the export rather than mixing two lists.
    void startLoadedRows(const SessionTableModel &model);
    // Every session `query` matches, deduplicated by id.
    void startAllMatching(std::shared_ptr<const SessionSource> source, ApiClient *client, Query query);
    // Stops at once; finished() follows with Cancelled and nothing is written.
    void cancel();

    bool isRunning() const { return m_running; }
    const ExportProgress &progress() const { return m_progress; }
    // The longest slice of GUI time spent on loaded rows, for the stall benchmark.
    qint64 longestSliceNs() const { return m_longestSliceNs; }

    // The query paged for "all matching": the largest page each API allows.
    static Query withLargestPages(Query query);

signals:
    void progressChanged(const ExportProgress &progress);
    // Exactly once per start, always from the event loop (never inside start*()).
    void finished(const ExportResult &result);

private:
    bool prepare(const ColumnList &available);
    void produceSlice();
    void restartSnapshot();
    void copySnapshotSlice();
    void scheduleSlice();
    void onPage(const std::vector<SessionRecord> &rows);
    void onPagerFailed(const ApiError &error);
    void onPagerNotice(const QString &notice);
    // With failOnIncompleteRows: ends the export when the server sent unreadable rows.
    bool rejectIncompleteRows();
    void onSourceDone();
    void onPipelineFinished(bool ok, const QString &error);
    void end(ExportResult::Status status, const QString &message, const QString &detail = {});
    void reportProgress(bool force);
    qint64 wanted(qint64 offered) const;

    ExportRequest m_request;
    ExportPipeline *m_pipeline = nullptr;
    std::shared_ptr<const ColumnList> m_columns;
    ExportResult m_result;
    ExportProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    bool m_running = false;
    bool m_sourceDone = false;

    // Loaded rows.
    QPointer<const SessionTableModel> m_model;
    const SessionStore *m_store = nullptr;
    std::vector<const ColumnDescriptor *> m_storeColumns; // the store's own descriptors: fast lookup
    std::vector<qint32> m_rows; // the view's order, copied slice by slice (see copySnapshotSlice)
    size_t m_snapshotSize = 0;
    size_t m_snapshotDone = 0;
    bool m_restartSnapshot = false;
    size_t m_nextRow = 0;
    bool m_sliceScheduled = false;
    qint64 m_longestSliceNs = 0;

    // All matching sessions.
    Pager *m_pager = nullptr;
};
