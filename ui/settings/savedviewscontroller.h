#pragma once

#include "settings/connection.h"
#include "settings/savedview.h"
#include "settings/savedviewstore.h"

#include <QObject>

#include <optional>

class FilterBar;
class QAction;
class QMenu;
class QWidget;
class SessionTableModel;
class SessionTableView;

// Saved views: captures what the window shows (connection, query, quick search, status
// chips, columns, sort, live) under a name and puts it back. Owns the Views menu and the
// File > Export view… / Import view… actions. A view of another connection asks the window
// to open that connection first (connectionWanted) and is applied once it is open.
class SavedViewsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsController)

public:
    SavedViewsController(QWidget *window, SessionTableModel *model, SessionTableView *view, FilterBar *filterBar,
                         QObject *parent = nullptr);
    ~SavedViewsController() override;

    // The window calls this once a connection is open (the model holds its default query).
    void connectionOpened(const Connection &connection);
    void connectionClosed();

    SavedView capture() const;
    // The current connection must be the view's.
    void apply(const SavedView &view);
    // Opens the view's connection when needed, then applies it.
    void openView(const SavedView &view);
    // At start: the start-up view, else the state the window was closed in. False: nothing.
    bool restoreAtStartup();
    // At close: the window's state, to restore next time.
    void rememberLastState();

    bool live() const { return m_live; }
    void setLive(bool on) { m_live = on; } // the live toggle reports here

    void fillViewsMenu(QMenu *menu);
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    // Without dialogs, for tests: false with a sentence in `error`.
    bool exportViewTo(const QString &fileName, const SavedView &view, QString *error) const;
    std::optional<SavedView> importViewFrom(const QString &fileName, QString *error);
    SavedViewStore &store() { return m_store; }

signals:
    void connectionWanted(const QString &connectionId);
    void message(const QString &text);
    // A view was applied: live updates as it was saved (for the live toggle to follow).
    void liveRequested(bool on);

private:
    void saveCurrent();
    void renameView(const QString &id);
    void deleteView(const QString &id);
    void exportCurrent();
    void importInteractive();

    QWidget *m_window;
    SessionTableModel *m_model;
    SessionTableView *m_view;
    FilterBar *m_filterBar;
    SavedViewStore m_store;
    std::optional<Connection> m_connection;
    std::optional<SavedView> m_pending;
    QString m_appliedId; // the saved view last applied, for the title of Save
    bool m_live = false;
    QAction *m_export;
    QAction *m_import;
};
