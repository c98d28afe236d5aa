#include "exportjob.h"

#include "exportpipeline.h"
#include "exportwriter.h"
#include "exportcolumns.h"

#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"

#include <QTimer>

namespace {

// Rows per task handed to the writer, and how many tasks may wait: enough to keep the
// worker busy while the GUI thread converts the next slice, little enough to bound memory.
constexpr size_t kRowsPerBatch = 4096;
constexpr qsizetype kMaxBacklog = 3;
constexpr qint64 kProgressEveryMs = 100;
// Rows of the view's order copied per slice: 256 KB, well under a millisecond even when the
// pages are fresh.
constexpr size_t kSnapshotRowsPerSlice = 65536;

} // namespace

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ExportJob::~ExportJob()
{
    if (m_pager)
        m_pager->cancel();
    if (m_pipeline)
        m_pipeline->cancel();
}

Query ExportJob::withLargestPages(Query query)
{
    std::visit([](auto &q) { q.pageSize = std::decay_t<decltype(q)>::kMaxPageSize; }, query);
    return query;
}

bool ExportJob::prepare(const ColumnList &available)
{
    m_running = true;
    m_clock.start();
    m_result = {};
    m_result.path = m_request.device ? QString() : m_request.path;
    QString error;
    m_columns = exportcolumns::resolve(available, m_request.columnIds, &error);
    std::unique_ptr<ExportWriter> writer;
    if (m_columns)
        writer = makeExportWriter(m_request, &error);
    if (!writer) {
        // Reported from the event loop, as every end is.
        QTimer::singleShot(0, this, [this, error] { end(ExportResult::Status::BadRequest, error); });
        return false;
    }
    m_pipeline = new ExportPipeline(std::move(writer), this);
    connect(m_pipeline, &ExportPipeline::finished, this, &ExportJob::onPipelineFinished);
    QStringList headers;
    for (const ColumnDescriptor &c : *m_columns)
        headers << columnHeader(c);
    m_pipeline->begin(headers);
    return true;
}

void ExportJob::startLoadedRows(const SessionTableModel &model)
{
    if (m_running || !model.store())
        return;
    if (!prepare(model.columns()))
        return;
    m_model = &model;
    m_store = model.store();
    for (const ColumnDescriptor &wanted : *m_columns)
        m_storeColumns.push_back(findColumn(m_store->columns(), wanted.id));
    restartSnapshot();
    // The view's order is copied in slices too (a million rows' worth of fresh memory costs
    // more than a frame on a busy machine); a change of the view before the copy is complete
    // starts the copy again, so the file always holds one consistent view.
    const auto viewChanging = [this] {
        if (m_snapshotDone < m_snapshotSize)
            m_restartSnapshot = true;
    };
    connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, this, viewChanging);
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, viewChanging);
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, viewChanging);
    // The rows are read from the store slice by slice; a new query would swap the store.
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        end(ExportResult::Status::Cancelled,
            tr("The list was reloaded while it was being exported, so nothing was written. Export again."));
    });
    connect(&model, &QObject::destroyed, this, [this] {
        m_store = nullptr;
        end(ExportResult::Status::Cancelled, tr("The list was closed while it was being exported."));
    });
    connect(m_pipeline, &ExportPipeline::drained, this, &ExportJob::scheduleSlice);
    scheduleSlice();
}

void ExportJob::scheduleSlice()
{
    if (m_sliceScheduled || !m_running || m_sourceDone || m_pager)
        return;
    m_sliceScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_sliceScheduled = false;
        produceSlice();
    });
}

void ExportJob::produceSlice()
{
    if (!m_running || m_sourceDone || !m_store)
        return;
    if (m_pipeline->backlog() >= kMaxBacklog)
        return; // drained() calls again
    QElapsedTimer slice;
    slice.start();
    if (m_snapshotDone < m_snapshotSize || m_restartSnapshot) {
        copySnapshotSlice();
        m_longestSliceNs = std::max(m_longestSliceNs, slice.nsecsElapsed());
        scheduleSlice();
        return;
    }
    const size_t columns = m_storeColumns.size();
    std::vector<ExportCell> cells;
    cells.reserve(std::min(kRowsPerBatch, m_rows.size() - m_nextRow) * columns);
    const size_t stop = std::min(m_rows.size(), m_nextRow + kRowsPerBatch);
    while (m_nextRow < stop) {
        const qsizetype row = m_rows[m_nextRow++];
        for (size_t c = 0; c < columns; ++c) {
            const ColumnDescriptor &column = *m_storeColumns[c];
            cells.push_back(ExportCell::fromRaw(column.type, m_store->value(row, column)));
        }
        // The clock is read every 8 rows: a read costs ~25 ns, a row of ten cells ~1 µs.
        if ((m_nextRow & 7) == 0 && slice.nsecsElapsed() >= kSliceBudgetNs)
            break;
    }
    const qint64 rows = qint64(cells.size() / std::max<size_t>(columns, 1));
    m_pipeline->writeCells(std::move(cells), qsizetype(columns));
    m_progress.rows += rows;
    m_longestSliceNs = std::max(m_longestSliceNs, slice.nsecsElapsed());
    reportProgress(false);
    if (m_nextRow >= m_rows.size()) {
        onSourceDone();
        return;
    }
    scheduleSlice();
}

void ExportJob::restartSnapshot()
{
    m_restartSnapshot = false;
    m_snapshotDone = 0;
    m_snapshotSize = size_t(wanted(qint64(m_model->visibleStoreRows().size())));
    m_rows.clear();
    m_rows.reserve(m_snapshotSize); // no page is touched until it is written
    m_progress.expectedRows = qint64(m_snapshotSize);
}

void ExportJob::copySnapshotSlice()
{
    if (m_restartSnapshot)
        restartSnapshot();
    const std::vector<qint32> &visible = m_model->visibleStoreRows();
    const size_t end = std::min({m_snapshotSize, m_snapshotDone + kSnapshotRowsPerSlice, visible.size()});
    m_rows.insert(m_rows.end(), visible.begin() + qsizetype(m_snapshotDone), visible.begin() + qsizetype(end));
    m_snapshotDone = end;
    if (end < m_snapshotSize && end == visible.size())
        restartSnapshot(); // the view shrank without a signal seen: copy it again as it is now
}

void ExportJob::startAllMatching(std::shared_ptr<const SessionSource> source, ApiClient *client, Query query)
{
    if (m_running || !source)
        return;
    if (!prepare(source->columns()))
        return;
    if (const QString invalid = queryValidationError(query); !invalid.isEmpty()) {
        QTimer::singleShot(0, this, [this, invalid] { end(ExportResult::Status::BadRequest, invalid); });
        return;
    }
    m_pager = new Pager(std::move(source), client, withLargestPages(std::move(query)), {}, this);
    connect(m_pager, &Pager::pageReady, this, &ExportJob::onPage);
    connect(m_pager, &Pager::finished, this, &ExportJob::onSourceDone);
    connect(m_pager, &Pager::failed, this, &ExportJob::onPagerFailed);
    connect(m_pager, &Pager::notice, this, &ExportJob::onPagerNotice);
    m_pager->fetchAll();
}

qint64 ExportJob::wanted(qint64 offered) const
{
    if (m_request.maxRows <= 0)
        return offered;
    return std::clamp<qint64>(m_request.maxRows - m_progress.rows, 0, offered);
}

void ExportJob::onPage(const std::vector<SessionRecord> &rows)
{
    if (!m_running)
        return;
    if (rejectIncompleteRows())
        return;
    const qint64 take = wanted(qint64(rows.size()));
    m_pipeline->writeRecords(std::vector<SessionRecord>(rows.begin(), rows.begin() + take), m_columns);
    m_progress.rows += take;
    m_progress.pages = m_pager->pagesFetched();
    if (const auto total = m_pager->total()) {
        m_progress.expectedRows = m_request.maxRows > 0 ? std::min(*total, m_request.maxRows) : *total;
    }
    reportProgress(false);
    if (m_request.maxRows > 0 && m_progress.rows >= m_request.maxRows) {
        m_pager->cancel();
        onSourceDone();
    }
}

bool ExportJob::rejectIncompleteRows()
{
    if (!m_request.failOnIncompleteRows || !m_pager || m_pager->malformedRows() == 0)
        return false;
    const qint64 n = m_pager->malformedRows();
    end(ExportResult::Status::ApiFailed,
        tr("The server sent %Ln session(s) that could not be read, so the export would be "
           "incomplete; nothing was written.", nullptr, int(n)));
    return true;
}

void ExportJob::onPagerNotice(const QString &notice)
{
    if (!m_result.notices.contains(notice))
        m_result.notices << notice;
}

void ExportJob::onPagerFailed(const ApiError &error)
{
    end(ExportResult::Status::ApiFailed, error.userMessage(), error.technicalDetail());
}

void ExportJob::onSourceDone()
{
    if (!m_running || m_sourceDone)
        return;
    if (rejectIncompleteRows())
        return;
    m_sourceDone = true;
    if (m_pager)
        m_progress.pages = m_pager->pagesFetched();
    m_pipeline->finish();
}

void ExportJob::onPipelineFinished(bool ok, const QString &error)
{
    if (!ok) {
        end(ExportResult::Status::WriteFailed, error);
        return;
    }
    m_result.rows = m_progress.rows;
    end(ExportResult::Status::Written, QString());
}

void ExportJob::cancel()
{
    if (m_running)
        end(ExportResult::Status::Cancelled, tr("The export was cancelled; nothing was written."));
}

void ExportJob::end(ExportResult::Status status, const QString &message, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_pager) {
        m_pager->cancel();
        m_pager->disconnect(this);
    }
    if (m_model)
        m_model->disconnect(this);
    if (m_pipeline) {
        m_pipeline->disconnect(this);
        if (status != ExportResult::Status::Written)
            m_pipeline->cancel();
    }
    m_result.status = status;
    m_result.message = message;
    m_result.detail = detail;
    m_result.pages = m_progress.pages;
    m_result.elapsedMs = m_clock.elapsed();
    if (status != ExportResult::Status::Written)
        m_result.rows = 0;
    reportProgress(true);
    // Queued: a caller may delete the job from its slot, and a start never reports inline.
    QTimer::singleShot(0, this, [this, result = m_result] { emit finished(result); });
}

void ExportJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < kProgressEveryMs)
        return;
    m_lastReportMs = now;
    m_progress.elapsedMs = now;
    m_progress.remainingMs.reset();
    if (m_progress.expectedRows && m_progress.rows > 0 && now > 0) {
        const qint64 left = std::max<qint64>(0, *m_progress.expectedRows - m_progress.rows);
        m_progress.remainingMs = qint64(double(now) * double(left) / double(m_progress.rows));
    }
    emit progressChanged(m_progress);
}
