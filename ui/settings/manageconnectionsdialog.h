#pragma once

#include "settings/connection.h"

#include <QDialog>

class QListWidget;
class QPushButton;

// "Manage connections": the saved connections with Add, Edit, Sign out and Delete. It only
// shows and asks; ConnectionsController does the work and refreshes the list.
class ManageConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageConnectionsDialog)

public:
    explicit ManageConnectionsDialog(QWidget *parent = nullptr);
    ~ManageConnectionsDialog() override;

    void setConnections(const QList<Connection> &connections);
    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }

signals:
    void addRequested();
    void editRequested(const QString &connectionId);
    void signOutRequested(const QString &connectionId);
    void deleteRequested(const QString &connectionId);

private:
    QString currentId() const;
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_signOut;
    QPushButton *m_delete;
};
