#pragma once

#include "settings/connection.h"
#include "settings/connectionstore.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class ConnectionProbe;
class KeyStore;
class ManageConnectionsDialog;
class QMenu;
class QWidget;

// The connection side of the window: saved connections plus the demo ones, the connection
// form, Manage connections, Sign out, and fetching a key from the keychain before a
// connection opens. The window only opens what openReady() hands it and closes what
// connectionClosed() names.
class ConnectionsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsController)

public:
    ConnectionsController(QWidget *window, KeyStore *keys, QObject *parent = nullptr);
    ~ConnectionsController() override;

    // Saved connections first, then the demo ones (always there).
    QList<Connection> pickerConnections() const;
    bool hasSavedConnections() const { return !m_store.isEmpty(); }
    // Demo: openReady() at once with the demo key. Saved: the key is read asynchronously;
    // when there is none, the form asks for it.
    void requestOpen(const Connection &connection);
    // By id (saved or demo); false when there is no such connection.
    bool requestOpen(const QString &connectionId);
    void setCurrent(const QString &connectionId) { m_current = connectionId; }

    // The form preset to `backend`; on Save the connection is stored, its key handed to the
    // keychain, and it opens.
    void newConnection(Backend backend);
    void editConnection(const QString &connectionId);
    void manageConnections();
    // Removes the key from the keychain and memory and closes the connection's data.
    void signOut(const QString &connectionId);
    // Sign out, delete its saved views, forget the connection.
    void deleteConnection(const QString &connectionId);
    void fillMenu(QMenu *menu);
    // Mobile Next: asks which organizations the key sees; organizationsListed() answers.
    void listOrganizations(const Connection &connection, const QByteArray &key);

signals:
    void openReady(const Connection &connection, const QByteArray &key);
    void connectionsChanged();
    // Deleted or signed out: whatever the window holds of it goes.
    void connectionClosed(const QString &connectionId);
    void message(const QString &text);
    void organizationsListed(const QList<QPair<QString, QString>> &organizations);

private:
    void showForm(const Connection *editing, Backend backend, const QByteArray &storedKey);
    void saveFromForm(const Connection &connection, const QByteArray &typedKey, bool open);
    void refreshManager();
    void notify(QMessageBox::Icon icon, const QString &title, const QString &text);

    QWidget *m_window;
    KeyStore *m_keys;
    ConnectionStore m_store;
    QString m_current;
    QPointer<ManageConnectionsDialog> m_manager;
    ConnectionProbe *m_organizations; // one request per Mobile Next connection opened
};
