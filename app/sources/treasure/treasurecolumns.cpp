#include "treasurecolumns.h"

#include "sources/columnfactory.h"

namespace treasure {

using namespace columns;
using D = TreasureDetail;

namespace {

ColumnList build()
{
    return {
        statusColumn(),
        backendStatusColumn(kShown),
        detailField<D>("project", QT_TRANSLATE_NOOP("Columns", "Project"), ColumnType::Text, &D::projectName),
        detailField<D>("workflow", QT_TRANSLATE_NOOP("Columns", "Workflow"), ColumnType::Text, &D::workflowName),
        detailField<D>("session_time", QT_TRANSLATE_NOOP("Columns", "Session time"), ColumnType::DateTime, &D::sessionTimeMs),
        startedColumn(QT_TRANSLATE_NOOP("Columns", "Attempt started")),
        endedColumn(QT_TRANSLATE_NOOP("Columns", "Attempt finished")),
        elapsedColumn("run_time", QT_TRANSLATE_NOOP("Columns", "Run time")),
        detailField<D>("retry_attempt", QT_TRANSLATE_NOOP("Columns", "Retry name"), ColumnType::Text, &D::retryAttemptName, kHidden),
        detailField<D>("attempt_id", QT_TRANSLATE_NOOP("Columns", "Attempt id"), ColumnType::Identifier, &D::attemptId, kHidden),
        detailField<D>("session_uuid", QT_TRANSLATE_NOOP("Columns", "Session UUID"), ColumnType::Identifier, &D::sessionUuid, kHidden),
        detailField<D>("project_id", QT_TRANSLATE_NOOP("Columns", "Project id"), ColumnType::Identifier, &D::projectId, kHidden),
        detailField<D>("workflow_id", QT_TRANSLATE_NOOP("Columns", "Workflow id"), ColumnType::Identifier, &D::workflowId, kHidden),
        detailField<D>("pool_id", QT_TRANSLATE_NOOP("Columns", "Pool id"), ColumnType::Identifier, &D::poolId, kHidden),
        detailField<D>("cancel_requested", QT_TRANSLATE_NOOP("Columns", "Cancel requested"), ColumnType::Boolean, &D::cancelRequested, kHidden),
        {QStringLiteral("params"), QT_TRANSLATE_NOOP("Columns", "Parameters"), ColumnType::Json, false, false,
         [](const SessionRecord &r) -> QVariant {
             const auto *d = std::get_if<D>(&r.detail);
             return d ? textOrNull(QString::fromUtf8(d->paramsJson)) : QVariant();
         }},
        idColumn(QT_TRANSLATE_NOOP("Columns", "Session id"), kShown),
    };
}

} // namespace

const ColumnList &sessionColumns()
{
    static const ColumnList list = build();
    return list;
}

} // namespace treasure
