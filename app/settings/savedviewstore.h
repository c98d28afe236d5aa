#pragma once

#include "savedview.h"

#include <QList>
#include <QString>

#include <optional>

// Saved views in QSettings (group "views"), each kept as its JSON form (savedviewjson), plus
// which one opens at start-up and which one was shown last. Reads the default QSettings on
// every call so the window and the command line share them.
class SavedViewStore final
{
public:
    QList<SavedView> list() const;
    std::optional<SavedView> find(const QString &id) const;
    // By id, then by name (case-insensitive): what `--view NAME` resolves.
    std::optional<SavedView> findByName(const QString &name) const;
    // Gives the view a new id when it has none (or a name already taken: the old one is
    // replaced, as "Save view" over an existing name does); returns the stored view.
    SavedView save(SavedView view);
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);
    // Every view of a connection goes with it.
    void removeForConnection(const QString &connectionId);
    bool setLastExportEnd(const QString &id, qint64 endMs);

    QString startupViewId() const;
    void setStartupViewId(const QString &id); // empty: none
    // The window as it was closed (connection, query, columns...), restored at the next start.
    std::optional<SavedView> lastState() const;
    void setLastState(const SavedView &view);
};
