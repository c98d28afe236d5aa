#include "manageconnectionsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ManageConnectionsDialog::ManageConnectionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_signOut(new QPushButton(tr("&Sign out"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Manage connections"));
    setMinimumSize(520, 320);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_signOut->setToolTip(tr("Forget the key (it is removed from the keychain) and close the data; "
                             "the connection stays."));
    m_delete->setToolTip(tr("Remove the connection, its key and its saved views."));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addSpacing(12);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto *note = new QLabel(tr("The demo connections are always there and need no key."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(note);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ManageConnectionsDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { emit editRequested(currentId()); });
    connect(m_add, &QPushButton::clicked, this, &ManageConnectionsDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(currentId()); });
    connect(m_signOut, &QPushButton::clicked, this, [this] { emit signOutRequested(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete connection"),
            tr("Delete “%1”? Its key is removed from the keychain and its saved views are deleted.").arg(item->text()));
        if (answer == QMessageBox::Yes)
            emit deleteRequested(currentId());
    });
    updateButtons();
}

ManageConnectionsDialog::~ManageConnectionsDialog() = default;

void ManageConnectionsDialog::setConnections(const QList<Connection> &connections)
{
    const QString current = currentId();
    m_list->clear();
    for (const Connection &c : connections) {
        auto *item = new QListWidgetItem(c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(QStringLiteral("%1 — %2").arg(backendDisplayName(c.backend), c.baseUrl.toString()));
        if (c.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ManageConnectionsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ManageConnectionsDialog::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_edit->setEnabled(chosen);
    m_signOut->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}
