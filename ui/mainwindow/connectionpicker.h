#pragma once

#include "settings/connection.h"

#include <QComboBox>

// The toolbar's list of connections; the demo ones are always there.
class ConnectionPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPicker)

public:
    explicit ConnectionPicker(QWidget *parent = nullptr);
    ~ConnectionPicker() override;

    void setConnections(const QList<Connection> &connections);
    // Shows `id` as chosen without emitting connectionChosen().
    void showCurrent(const QString &id);
    std::optional<Connection> connection(const QString &id) const;

signals:
    void connectionChosen(const Connection &connection);

private:
    QList<Connection> m_connections;
};
