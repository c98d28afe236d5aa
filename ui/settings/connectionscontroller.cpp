#include "connectionscontroller.h"

#include "connectionformdialog.h"
#include "manageconnectionsdialog.h"

#include "settings/connectionprobe.h"
#include "settings/democonnections.h"
#include "settings/keystore.h"
#include "settings/savedviewstore.h"

#include <QMenu>
#include <QMessageBox>
#include <QWidget>

ConnectionsController::ConnectionsController(QWidget *window, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keys(keys)
    , m_organizations(new ConnectionProbe(this))
{
    connect(m_organizations, &ConnectionProbe::finished, this, [this](const ConnectionProbe::Result &result) {
        if (result.ok)
            emit organizationsListed(result.organizations);
    });
}

ConnectionsController::~ConnectionsController() = default;

QList<Connection> ConnectionsController::pickerConnections() const
{
    return m_store.list() + DemoConnections::list();
}

bool ConnectionsController::requestOpen(const QString &connectionId)
{
    for (const Connection &c : pickerConnections()) {
        if (c.id == connectionId) {
            requestOpen(c);
            return true;
        }
    }
    return false;
}

void ConnectionsController::requestOpen(const Connection &connection)
{
    if (connection.demo) {
        emit openReady(connection, DemoConnections::key(connection.backend));
        return;
    }
    emit message(tr("Reading the key for %1 from the keychain…").arg(connection.name));
    m_keys->readKey(connection.id, this, [this, connection](const KeyStore::Result &result) {
        if (result.ok() && !result.key.isEmpty()) {
            emit openReady(connection, result.key);
            return;
        }
        // No key (signed out, first run without a keychain, or refused): ask for it.
        if (!result.message.isEmpty())
            emit message(result.message);
        showForm(&connection, connection.backend, {});
    });
}

void ConnectionsController::newConnection(Backend backend)
{
    showForm(nullptr, backend, {});
}

void ConnectionsController::editConnection(const QString &connectionId)
{
    const std::optional<Connection> connection = m_store.find(connectionId);
    if (!connection)
        return;
    m_keys->readKey(connectionId, this, [this, c = *connection](const KeyStore::Result &result) {
        showForm(&c, c.backend, result.ok() ? result.key : QByteArray());
    });
}

void ConnectionsController::showForm(const Connection *editing, Backend backend, const QByteArray &storedKey)
{
    QWidget *parent = m_manager ? static_cast<QWidget *>(m_manager) : m_window;
    auto *form = new ConnectionFormDialog(parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (editing)
        form->startEdit(*editing, storedKey);
    else
        form->startNew(backend);
    // A new connection opens once saved; an edited one only when it was asked to open.
    const bool openAfter = !editing || !m_manager;
    connect(form, &QDialog::accepted, this, [this, form, openAfter] {
        saveFromForm(form->connection(), form->typedKey(), openAfter);
    });
    form->open();
}

void ConnectionsController::saveFromForm(const Connection &formConnection, const QByteArray &typedKey, bool open)
{
    const Connection connection = formConnection.id.isEmpty() ? m_store.add(formConnection)
                                                              : (m_store.update(formConnection), formConnection);
    emit connectionsChanged();
    refreshManager();
    const auto openWith = [this, connection, open](const QByteArray &key) {
        if (open && !key.isEmpty())
            emit openReady(connection, key);
    };
    if (typedKey.isEmpty()) { // edited without touching the key
        if (open)
            requestOpen(connection);
        return;
    }
    m_keys->storeKey(connection.id, typedKey, this, [this, openWith, typedKey](const KeyStore::Result &result) {
        if (result.outcome == KeyStore::Outcome::MemoryOnly) {
            notify(QMessageBox::Information, tr("Key kept for this session only"), result.message);
        } else if (result.outcome == KeyStore::Outcome::Failed) {
            notify(QMessageBox::Warning, tr("Key not saved"),
                   tr("%1 The key is used for now but will be asked for again.").arg(result.message));
        }
        openWith(typedKey);
    });
}

void ConnectionsController::notify(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Not modal: the connection opens meanwhile, and nothing waits on a nested event loop.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("keyNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    emit message(text);
}

void ConnectionsController::signOut(const QString &connectionId)
{
    m_keys->removeKey(connectionId, this, [this](const KeyStore::Result &result) {
        if (result.outcome == KeyStore::Outcome::Failed)
            emit message(result.message);
    });
    emit connectionClosed(connectionId);
    emit message(tr("Signed out: the key was removed and the sessions were closed."));
}

void ConnectionsController::deleteConnection(const QString &connectionId)
{
    signOut(connectionId);
    SavedViewStore().removeForConnection(connectionId);
    m_store.remove(connectionId);
    emit connectionsChanged();
    refreshManager();
}

void ConnectionsController::manageConnections()
{
    if (!m_manager) {
        m_manager = new ManageConnectionsDialog(m_window);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_manager, &ManageConnectionsDialog::addRequested, this, [this] { newConnection(Backend::Century); });
        connect(m_manager, &ManageConnectionsDialog::editRequested, this, &ConnectionsController::editConnection);
        connect(m_manager, &ManageConnectionsDialog::signOutRequested, this, &ConnectionsController::signOut);
        connect(m_manager, &ManageConnectionsDialog::deleteRequested, this, &ConnectionsController::deleteConnection);
    }
    refreshManager();
    m_manager->show();
    m_manager->raise();
}

void ConnectionsController::refreshManager()
{
    if (m_manager)
        m_manager->setConnections(m_store.list());
}

void ConnectionsController::fillMenu(QMenu *menu)
{
    QMenu *add = menu->addMenu(tr("&New connection"));
    for (Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext})
        add->addAction(tr("%1…").arg(backendDisplayName(backend)), this, [this, backend] { newConnection(backend); });
    menu->addAction(tr("&Manage connections…"), this, &ConnectionsController::manageConnections);
    QAction *signOutAction = menu->addAction(tr("&Sign out of this connection"), this, [this] {
        if (!m_current.isEmpty() && !DemoConnections::isDemoId(m_current))
            signOut(m_current);
    });
    connect(menu, &QMenu::aboutToShow, signOutAction, [this, signOutAction] {
        signOutAction->setEnabled(!m_current.isEmpty() && !DemoConnections::isDemoId(m_current));
    });
}

void ConnectionsController::listOrganizations(const Connection &connection, const QByteArray &key)
{
    Connection all = connection;
    all.organizationId.clear();
    m_organizations->start(all, key);
}
