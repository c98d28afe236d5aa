#include "exportcolumnlist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ExportColumnList::ExportColumnList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_list->setAccessibleName(tr("Columns to export"));
    m_list->setToolTip(tr("Space ticks or unticks a column; Alt+Up and Alt+Down move it."));
    m_list->setAccessibleDescription(m_list->toolTip()); // list views do not offer their tooltip
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);

    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_up->setAccessibleName(tr("Move column up"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_down->setAccessibleName(tr("Move column down"));
    auto *upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    auto *downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { move(-1); });
    connect(downKey, &QShortcut::activated, this, [this] { move(1); });
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportColumnList::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ExportColumnList::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ExportColumnList::changed);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ExportColumnList::setColumns(const ColumnList &columns, const QStringList &shown, const QStringList &checked)
{
    m_list->clear();
    QStringList order = shown;
    for (const ColumnDescriptor &c : columns) {
        if (!order.contains(c.id))
            order << c.id;
    }
    for (const QString &id : std::as_const(order)) {
        const ColumnDescriptor *c = findColumn(columns, id);
        if (!c)
            continue;
        auto *item = new QListWidgetItem(c->personal ? tr("%1 (personal data)").arg(columnHeader(*c)) : columnHeader(*c),
                                         m_list);
        item->setData(kIdRole, c->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked.contains(c->id) ? Qt::Checked : Qt::Unchecked);
        if (c->personal)
            item->setToolTip(tr("Personal data about a pupil: left out unless you tick it."));
    }
    m_list->setCurrentRow(0);
    updateButtons();
    emit changed();
}

QStringList ExportColumnList::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).toString();
    }
    return ids;
}

void ExportColumnList::setAllChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ExportColumnList::move(int step)
{
    const int from = m_list->currentRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit changed();
}

void ExportColumnList::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}
