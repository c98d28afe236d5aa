#include "exportpipeline.h"

#include "exportwriter.h"

#include <QtConcurrent/QtConcurrentRun>

ExportPipeline::ExportPipeline(std::unique_ptr<ExportWriter> writer, QObject *parent)
    : QObject(parent)
    , m_writer(std::move(writer))
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &ExportPipeline::onTaskDone);
}

ExportPipeline::~ExportPipeline()
{
    // A running task keeps its own reference; the writer dies unfinished with the last one.
    m_watcher.disconnect(this);
}

void ExportPipeline::begin(const QStringList &headers)
{
    enqueue([headers](ExportWriter &writer) { return writer.begin(headers); });
}

void ExportPipeline::writeCells(std::vector<ExportCell> cells, qsizetype columns)
{
    enqueue([cells = std::move(cells), columns](ExportWriter &writer) {
        const std::span<const ExportCell> all(cells);
        for (size_t at = 0; at + size_t(columns) <= all.size(); at += size_t(columns)) {
            if (!writer.writeRow(all.subspan(at, size_t(columns))))
                return false;
        }
        return true;
    });
}

void ExportPipeline::writeRecords(std::vector<SessionRecord> records, std::shared_ptr<const ColumnList> columns)
{
    enqueue([records = std::move(records), columns = std::move(columns)](ExportWriter &writer) {
        std::vector<ExportCell> row(columns->size());
        for (const SessionRecord &record : records) {
            for (size_t c = 0; c < columns->size(); ++c) {
                const ColumnDescriptor &column = (*columns)[c];
                row[c] = ExportCell::fromRaw(column.type, column.rawValue(record));
            }
            if (!writer.writeRow(row))
                return false;
        }
        return true;
    });
}

void ExportPipeline::finish()
{
    if (m_cancelled || m_failed || m_finishQueued)
        return;
    enqueue([](ExportWriter &writer) { return writer.finish(); });
    m_finishQueued = true; // after enqueue(), which refuses tasks behind a finish
}

void ExportPipeline::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (!m_running && m_writer) {
        m_writer->cancel();
        m_writer.reset();
    }
    // else: onTaskDone() discards the writer once the worker has let go of it.
}

void ExportPipeline::enqueue(Task task)
{
    if (m_cancelled || m_failed || m_finishQueued)
        return;
    m_queue.push_back(std::move(task));
    if (!m_running)
        startNext();
}

void ExportPipeline::startNext()
{
    if (m_queue.empty())
        return;
    Task task = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([writer = m_writer, task = std::move(task)] { return task(*writer); }));
}

void ExportPipeline::onTaskDone()
{
    m_running = false;
    const bool ok = m_watcher.result();
    if (m_cancelled) {
        if (m_writer) {
            m_writer->cancel();
            m_writer.reset();
        }
        return;
    }
    if (!ok) {
        m_failed = true;
        m_queue.clear();
        const QString error = m_writer->errorString();
        m_writer.reset(); // discarded: an unfinished writer leaves no file
        emit finished(false, error);
        return;
    }
    if (m_queue.empty() && m_finishQueued) {
        // finish() is always the last task: it has just published the file.
        m_writer.reset();
        emit finished(true, QString());
        return;
    }
    startNext();
    emit drained();
}
