#include "connectionformdialog.h"

#include "settings/connectionurls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int kCustomPreset = -1;

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ConnectionFormDialog::ConnectionFormDialog(QWidget *parent)
    : QDialog(parent)
    , m_backend(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_keyNote(noteLabel(this))
    , m_organizationLabel(new QLabel(tr("&Organization:"), this))
    , m_organization(new QComboBox(this))
    , m_pollInterval(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Tell me when a watched session completes"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_probe(new ConnectionProbe(this))
{
    setObjectName(QStringLiteral("connectionForm"));
    setMinimumWidth(560);
    for (Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext})
        m_backend->addItem(backendDisplayName(backend), int(backend));

    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setPlaceholderText(tr("e.g. Century — Riverside College"));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_key->setObjectName(QStringLiteral("connectionKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_backend->setAccessibleDescription(tr("The service this connection talks to"));
    m_preset->setAccessibleName(tr("Address preset"));
    m_preset->setAccessibleDescription(tr("The service's known addresses; choose Custom to type your own"));
    m_notifications->setAccessibleDescription(tr("A desktop notification when sessions finish while Live is on"));
    m_test->setAccessibleDescription(tr("Sends one small request with this address and key and says what happened"));
    m_organization->setObjectName(QStringLiteral("organizationBox"));
    m_organization->setToolTip(tr("Test the connection to list the organizations this key can see."));
    m_pollInterval->setRange(10, 3600);
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setToolTip(tr("How often live sessions are asked for. The service rate limits "
                                  "excessive polling."));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_preset);
    urlRow->addWidget(m_url, 1);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Service:"), m_backend);
    form->addRow(tr("&Name:"), m_name);
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(QString(), m_urlProblem);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(m_organizationLabel, m_organization);
    form->addRow(tr("&Live refresh every:"), m_pollInterval);
    form->addRow(QString(), m_notifications);
    m_organizationLabel->setBuddy(m_organization);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_backend, &QComboBox::activated, this, &ConnectionFormDialog::onBackendChosen);
    connect(m_preset, &QComboBox::activated, this, &ConnectionFormDialog::onPresetChosen);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectionFormDialog::onUrlEdited);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateState();
    });
    connect(m_key, &QLineEdit::textChanged, this, &ConnectionFormDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &ConnectionFormDialog::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionFormDialog::showTestResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    startNew(Backend::Century);
}

ConnectionFormDialog::~ConnectionFormDialog() = default;

QPushButton *ConnectionFormDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void ConnectionFormDialog::startNew(Backend backend)
{
    setWindowTitle(tr("New connection"));
    m_id.clear();
    m_storedKey.clear();
    m_nameEdited = false;
    m_backend->setCurrentIndex(m_backend->findData(int(backend)));
    m_key->clear();
    m_key->setPlaceholderText(tr("Paste the key from the service's settings"));
    m_keyNote->setText(tr("Kept in the system keychain, never in a settings file."));
    m_pollInterval->setValue(Connection{}.pollIntervalSeconds);
    m_notifications->setChecked(Connection{}.notifications);
    setOrganizations({}, {});
    m_testResult->clear();
    onBackendChosen();
}

void ConnectionFormDialog::startEdit(const Connection &connection, const QByteArray &storedKey)
{
    setWindowTitle(tr("Edit connection"));
    m_id = connection.id;
    m_storedKey = storedKey;
    m_nameEdited = true;
    m_backend->setCurrentIndex(m_backend->findData(int(connection.backend)));
    fillPresets(connection.backend);
    m_name->setText(connection.name);
    m_url->setText(connection.baseUrl.toString());
    onUrlEdited();
    m_key->clear();
    m_key->setPlaceholderText(storedKey.isEmpty() ? tr("No key stored — paste the key")
                                                  : tr("Unchanged — type a new key to replace it"));
    m_keyNote->setText(tr("Kept in the system keychain, never in a settings file."));
    m_pollInterval->setValue(connection.pollIntervalSeconds);
    m_notifications->setChecked(connection.notifications);
    setOrganizations(connection.organizationId.isEmpty() ? QList<QPair<QString, QString>>{}
                                                         : QList<QPair<QString, QString>>{{connection.organizationId, connection.organizationId}},
                     connection.organizationId);
    m_testResult->clear();
    updateState();
}

Backend ConnectionFormDialog::currentBackend() const
{
    return Backend(m_backend->currentData().toInt());
}

Connection ConnectionFormDialog::connection() const
{
    Connection c;
    c.id = m_id;
    c.backend = currentBackend();
    c.name = m_name->text().trimmed();
    c.baseUrl = QUrl(m_url->text().trimmed());
    if (c.backend == Backend::MobileNext)
        c.organizationId = m_organization->currentData().toString();
    c.pollIntervalSeconds = m_pollInterval->value();
    c.notifications = m_notifications->isChecked();
    return c;
}

QByteArray ConnectionFormDialog::typedKey() const
{
    return m_key->text().trimmed().toUtf8();
}

void ConnectionFormDialog::fillPresets(Backend backend)
{
    m_preset->clear();
    for (const BaseUrlPreset &preset : baseUrlPresets(backend))
        m_preset->addItem(preset.label, preset.url);
    m_preset->addItem(tr("Custom address"), kCustomPreset);
}

void ConnectionFormDialog::onBackendChosen()
{
    const Backend backend = currentBackend();
    fillPresets(backend);
    m_preset->setCurrentIndex(0);
    onPresetChosen();
    const bool mobileNext = backend == Backend::MobileNext;
    m_organizationLabel->setVisible(mobileNext);
    m_organization->setVisible(mobileNext);
    setOrganizations({}, {});
    m_testResult->clear();
}

void ConnectionFormDialog::onPresetChosen()
{
    const QVariant url = m_preset->currentData();
    if (url.typeId() == QMetaType::QUrl)
        m_url->setText(url.toUrl().toString());
    else
        m_url->setFocus();
    if (!m_nameEdited) {
        const Backend backend = currentBackend();
        const bool regional = backend == Backend::Treasure && url.typeId() == QMetaType::QUrl;
        m_name->setText(regional ? tr("%1 — %2").arg(backendDisplayName(backend), m_preset->currentText())
                                 : backendDisplayName(backend));
    }
    updateState();
}

void ConnectionFormDialog::onUrlEdited()
{
    const QUrl typed(m_url->text().trimmed());
    int match = m_preset->count() - 1; // Custom address
    for (int i = 0; i + 1 < m_preset->count(); ++i) {
        if (m_preset->itemData(i).toUrl() == typed)
            match = i;
    }
    m_preset->setCurrentIndex(match);
    updateState();
}

void ConnectionFormDialog::updateState()
{
    const QString problem = baseUrlProblem(QUrl(m_url->text().trimmed()));
    // No sentence for an empty field: the placeholder says what goes there.
    m_urlProblem->setText(m_url->text().trimmed().isEmpty() ? QString() : problem);
    m_form->setRowVisible(m_urlProblem, !m_urlProblem->text().isEmpty());
    const bool haveKey = !typedKey().isEmpty() || !m_storedKey.isEmpty();
    m_test->setEnabled(problem.isEmpty() && haveKey);
    saveButton()->setEnabled(problem.isEmpty() && !m_name->text().trimmed().isEmpty() && haveKey);
}

void ConnectionFormDialog::testConnection()
{
    const QByteArray key = typedKey().isEmpty() ? m_storedKey : typedKey();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    m_test->setEnabled(false);
    Connection probeConnection = connection();
    probeConnection.organizationId.clear(); // list every organization the key can see
    m_probe->start(probeConnection, key);
}

void ConnectionFormDialog::showTestResult(const ConnectionProbe::Result &result)
{
    m_testResult->setStyleSheet(result.ok ? QStringLiteral("color: #1b6e20; font-weight: 600;")
                                          : QStringLiteral("color: #b3261e;"));
    m_testResult->setText(result.ok ? QStringLiteral("✓ ") + result.message : result.message);
    if (result.ok && currentBackend() == Backend::MobileNext)
        setOrganizations(result.organizations, m_organization->currentData().toString());
    updateState();
}

void ConnectionFormDialog::setOrganizations(const QList<QPair<QString, QString>> &organizations, const QString &selectedId)
{
    m_organization->clear();
    m_organization->addItem(tr("The key's own organization"), QString());
    for (const auto &[id, name] : organizations)
        m_organization->addItem(name.isEmpty() ? tr("Personal") : name, id);
    const int index = m_organization->findData(selectedId);
    m_organization->setCurrentIndex(index < 0 ? 0 : index);
    m_organization->setEnabled(!organizations.isEmpty());
}
