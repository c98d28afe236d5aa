#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

class QMenu;

// The sessions table: fixed row height, a column chooser, and column order, width and sort
// remembered per backend. The model decides what the rows are; this view only shows them.
class SessionTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableView)

public:
    explicit SessionTableView(QWidget *parent = nullptr);
    ~SessionTableView() override;

    // Restores the header state saved for `stateKey` (e.g. the backend's id), or the
    // columns' defaults; later changes are saved under the same key.
    void adoptColumns(const QString &stateKey);
    void saveColumnState() const;
    // Checkable actions for every column, for the View menu and the header's context menu.
    void fillColumnMenu(QMenu *menu);
    void setModel(QAbstractItemModel *model) override;

signals:
    // Enter or a double click on a row: the window shows the detail pane.
    void detailRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaultColumns();
    void showHeaderMenu(const QPoint &pos);

    // Live rows landing above what the user reads must not push it away: the top row stays
    // put, unless the view sits at the very top or bottom, where it follows the newest rows.
    void rememberScrollAnchor();
    void restoreScrollAnchor();

    QString m_stateKey;
    QPersistentModelIndex m_anchor;
    bool m_anchorAtTop = false;
    bool m_anchorAtBottom = false;
};
