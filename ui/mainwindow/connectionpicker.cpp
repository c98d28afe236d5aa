#include "connectionpicker.h"

#include <QSignalBlocker>

ConnectionPicker::ConnectionPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("connectionPicker"));
    setAccessibleName(tr("Connection"));
    setAccessibleDescription(tr("The service whose sessions are shown"));
    setToolTip(accessibleDescription());
    setSizeAdjustPolicy(AdjustToContents);
    setPlaceholderText(tr("Choose a connection…"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_connections.size())
            emit connectionChosen(m_connections.at(index));
    });
}

ConnectionPicker::~ConnectionPicker() = default;

void ConnectionPicker::setConnections(const QList<Connection> &connections)
{
    const QSignalBlocker blocker(this);
    const QString current = currentData().toString();
    m_connections = connections;
    clear();
    for (const Connection &c : connections)
        addItem(c.name, c.id);
    setCurrentIndex(findData(current));
}

void ConnectionPicker::showCurrent(const QString &id)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(id));
}

std::optional<Connection> ConnectionPicker::connection(const QString &id) const
{
    for (const Connection &c : m_connections) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}
