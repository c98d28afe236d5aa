#pragma once

#include "domain/columndescriptor.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

// The export dialog's column chooser: every column of the backend, the table's visible ones
// first in the table's order, each with a check box; Move up / Move down (Alt+Up/Alt+Down)
// reorder them. Personal columns say so in their label and start unchecked.
class ExportColumnList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportColumnList)

public:
    explicit ExportColumnList(QWidget *parent = nullptr);

    // `shown`: the table's visible column ids in view order; `checked`: which start ticked.
    void setColumns(const ColumnList &columns, const QStringList &shown, const QStringList &checked);
    // The ticked column ids, in the list's order.
    QStringList checkedIds() const;
    void setAllChecked(bool checked);

signals:
    void changed();

private:
    void move(int step);
    void updateButtons();

    QListWidget *m_list;
    QToolButton *m_up;
    QToolButton *m_down;
};
