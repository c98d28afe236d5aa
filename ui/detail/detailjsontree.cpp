#include "detailjsontree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QScrollBar>
#include <QTreeWidgetItemIterator>

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

DetailJsonTree::DetailJsonTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Value")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    setUniformRowHeights(true); // the height fit below counts rows
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Parameters"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QTreeWidget::itemExpanded, this, [this] { fitHeight(); });
    connect(this, &QTreeWidget::itemCollapsed, this, [this] { fitHeight(); });
}

void DetailJsonTree::setJson(const QByteArray &json)
{
    if (m_jsonParsed && json == m_json)
        return;
    m_json = json;
    m_jsonParsed = true;
    m_items = 0;
    m_keyWidth = 0;
    clear();

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        // Not JSON after all (a server quirk): show the text rather than nothing.
        m_empty = json.trimmed().isEmpty();
        if (!m_empty) {
            const QString label = tr("(text)");
            m_keyWidth = indentation() + fontMetrics().horizontalAdvance(label);
            addTopLevelItem(new QTreeWidgetItem({label, QString::fromUtf8(json)}));
        }
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        m_empty = object.isEmpty();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(nullptr, it.key(), it.value(), 0);
    } else {
        const QJsonArray array = document.array();
        m_empty = array.isEmpty();
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(nullptr, QStringLiteral("[%1]").arg(i), array.at(i), 0);
    }
    if (m_items > kMaxItems)
        addTopLevelItem(new QTreeWidgetItem(
            {QStringLiteral("\u2026"),
             tr("Only the first %1 entries are shown; \"Copy JSON\" copies everything.").arg(kMaxItems)}));

    // Small documents open fully; large ones show their top level only.
    if (m_items <= 40)
        expandAll();
    m_keyWidth += 12;
    fitKeyColumn();
    fitHeight();
}

void DetailJsonTree::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int depth)
{
    if (++m_items > kMaxItems)
        return;
    // Measured here rather than by resizeColumnToContents(), which lays out every item first.
    m_keyWidth = qMax(m_keyWidth, (depth + 1) * indentation() + fontMetrics().horizontalAdvance(key));
    auto *item = new QTreeWidgetItem({key, QString()});
    if (parent)
        parent->addChild(item);
    else
        addTopLevelItem(item);

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, QStringLiteral("{\u2026}")); // the children say the rest
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, it.key(), it.value(), depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, QStringLiteral("[\u2026]"));
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), array.at(i), depth + 1);
    } else {
        const QString text = scalarText(value);
        item->setText(1, text);
        item->setToolTip(1, text);
        if (value.isNull())
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
}

QString DetailJsonTree::prettyText() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_json);
    if (document.isNull())
        return QString::fromUtf8(m_json);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void DetailJsonTree::fitHeight()
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(this); *it && rows <= kMaxVisibleRows; ++it) {
        bool shown = true;
        for (const QTreeWidgetItem *p = (*it)->parent(); p && shown; p = p->parent())
            shown = p->isExpanded();
        if (shown)
            ++rows;
    }
    rows = qBound(1, rows, kMaxVisibleRows);
    // Rows are uniform and the font does not change: measured once, not on every rebuild.
    if (m_rowHeight <= 0 && topLevelItemCount() > 0)
        m_rowHeight = sizeHintForRow(0);
    const int rowHeight = m_rowHeight > 0 ? m_rowHeight : fontMetrics().height() + 4;
    const int height = rows * rowHeight + header()->sizeHint().height() + 2 * frameWidth()
        + (horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0);
    setFixedHeight(height);
}

// Keys as wide as they need, up to a little under half the width: values matter more.
void DetailJsonTree::fitKeyColumn()
{
    const int cap = qMax(100, viewport()->width() * 9 / 20);
    setColumnWidth(0, qMin(m_keyWidth, cap));
}

void DetailJsonTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitKeyColumn();
}

QSize DetailJsonTree::sizeHint() const
{
    return {200, height()};
}

QSize DetailJsonTree::minimumSizeHint() const
{
    return {120, height()};
}
