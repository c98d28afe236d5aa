#include "detailbackendview.h"

#include "detailform.h"

#include <QCoreApplication>
#include <QVBoxLayout>

DetailBackendView::DetailBackendView(const ColumnList &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_form(new DetailForm(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &DetailForm::copied, this, &DetailBackendView::copied);
    // The status row shows the backend's own value beside the dashboard's.
    consume({"backend_status"});
}

DetailBackendView::~DetailBackendView() = default;

void DetailBackendView::setConnection(const std::shared_ptr<const SessionSource> &, ApiClient *)
{
}

QString DetailBackendView::plainText() const
{
    return m_form->plainText();
}

void DetailBackendView::addGroup(const char *title, std::initializer_list<DetailRowSpec> rows)
{
    m_form->addHeading(QCoreApplication::translate("DetailPane", title));
    for (const DetailRowSpec &spec : rows) {
        const QString key = QString::fromLatin1(spec.key);
        const ColumnDescriptor *column = findColumn(m_columns, key);
        QString label;
        if (spec.label)
            label = QCoreApplication::translate("DetailPane", spec.label);
        else if (column)
            label = columnHeader(*column);
        else
            label = key;
        m_form->addField(key, label, !column || column->type != ColumnType::Identifier);
        m_consumed.insert(key);
    }
}

void DetailBackendView::addWidget(QWidget *widget)
{
    m_form->addWidget(widget);
}

void DetailBackendView::consume(std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        m_consumed.insert(QString::fromLatin1(key));
}

void DetailBackendView::addMoreRows(const ColumnList &columns)
{
    for (const ColumnDescriptor &column : columns) {
        if (m_consumed.contains(column.id) || m_form->hasField(column.id))
            continue;
        if (!m_hasMoreGroup) {
            m_form->addHeading(tr("More"));
            m_hasMoreGroup = true;
        }
        m_form->addField(column.id, columnHeader(column), column.type != ColumnType::Identifier);
    }
}

QString DetailBackendView::columnText(const ColumnList &columns, QStringView id, const SessionRecord &record,
                                      const DisplayOptions &options)
{
    const ColumnDescriptor *column = findColumn(columns, id);
    if (!column || !column->rawValue)
        return {};
    return formatValue(column->type, column->rawValue(record), options);
}

void DetailBackendView::showRecord(const SessionRecord &record, const ColumnList &columns,
                                   const DisplayOptions &options)
{
    addMoreRows(columns); // once per new column: the list is the backend's and does not change
    const QString statusKey = QStringLiteral("status");
    for (const ColumnDescriptor &column : columns) {
        if (!m_form->hasField(column.id) || !column.rawValue)
            continue;
        // Each row's final text is worked out before it is set: setting a column's text and
        // then a view's own would change (and re-lay out) the row twice per selection.
        QString text;
        if (column.id == statusKey)
            text = statusText(record);
        else if (!customText(column.id, record, options, &text))
            text = formatValue(column.type, column.rawValue(record), options);
        m_form->setField(column.id, text);
    }
    if (m_form->hasField(statusKey))
        m_form->setIcon(statusKey, m_icons.status(record.status));

    showDetail(record, options);
    m_form->updateHeadings();
}

bool DetailBackendView::customText(const QString &, const SessionRecord &, const DisplayOptions &,
                                   QString *) const
{
    return false;
}

void DetailBackendView::showDetail(const SessionRecord &, const DisplayOptions &)
{
}

QString DetailBackendView::statusText(const SessionRecord &record)
{
    const QString name = sessionStatusDisplayName(record.status);
    if (record.backendStatus.isEmpty() || record.backendStatus.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return tr("%1 (%2)", "dashboard status (the backend's own value)").arg(name, record.backendStatus);
}
