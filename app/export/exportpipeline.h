#pragma once

#include "exportcell.h"

#include "domain/columndescriptor.h"
#include "domain/sessionrecord.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class ExportWriter;

// Runs an ExportWriter on the thread pool, one task at a time and in order, while the GUI
// thread goes on producing rows (DESIGN.md section 3: CSV writing on a worker). A writer is
// used by one thread at a time; each task hands it over through a QFuture, whose completion
// is the memory barrier between two threads.
//
// The running task shares ownership of the writer, so destroying the pipeline mid-task is
// safe: the task ends, the last owner destroys the unfinished writer on the worker, and an
// unfinished writer leaves no file (ExportWriter's contract).
class ExportPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPipeline)

public:
    explicit ExportPipeline(std::unique_ptr<ExportWriter> writer, QObject *parent = nullptr);
    ~ExportPipeline() override;

    void begin(const QStringList &headers);
    // Rows of `columns` cells each, flattened.
    void writeCells(std::vector<ExportCell> cells, qsizetype columns);
    // Rows as the API sent them, turned into cells on the worker.
    void writeRecords(std::vector<SessionRecord> records, std::shared_ptr<const ColumnList> columns);
    // Publishes the file once every queued row is written; finished() follows.
    void finish();
    // Drops queued rows and discards the output; no signal follows.
    void cancel();

    // Tasks queued or running: producers hold back above a few to bound memory.
    qsizetype backlog() const { return qsizetype(m_queue.size()) + (m_running ? 1 : 0); }
    bool isFailed() const { return m_failed; }

signals:
    // A task ended and the backlog went down: a producer that held back may go on.
    void drained();
    // After finish(), or at the first failure (`error` is the writer's sentence).
    void finished(bool ok, const QString &error);

private:
    using Task = std::function<bool(ExportWriter &)>;
    void enqueue(Task task);
    void startNext();
    void onTaskDone();

    std::shared_ptr<ExportWriter> m_writer;
    std::deque<Task> m_queue;
    QFutureWatcher<bool> m_watcher;
    bool m_running = false;
    bool m_failed = false;
    bool m_cancelled = false;
    bool m_finishQueued = false;
};
