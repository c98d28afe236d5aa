#pragma once

#include "settings/connection.h"
#include "settings/connectionprobe.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds or edits one connection: name, service, address (presets or a custom https address),
// key (shown as dots, never stored here), Mobile Next organization, poll interval and
// notifications. "Test connection" sends one cheap request and says what happened. The
// dialog only collects; the caller stores the connection and hands the key to the KeyStore.
class ConnectionFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFormDialog)

public:
    explicit ConnectionFormDialog(QWidget *parent = nullptr);
    ~ConnectionFormDialog() override;

    // A new connection for `backend`, with its first preset address.
    void startNew(Backend backend);
    // Edits a saved connection. `storedKey` (read from the keychain by the caller, may be
    // empty) is used by Test connection while the key field is left empty.
    void startEdit(const Connection &connection, const QByteArray &storedKey);

    Connection connection() const;
    // The key typed in this dialog; empty when it was left alone while editing.
    QByteArray typedKey() const;

    // For tests and screenshots.
    QComboBox *backendBox() const { return m_backend; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *organizationBox() const { return m_organization; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *urlProblem() const { return m_urlProblem; }
    QPushButton *saveButton() const;
    ConnectionProbe *probe() const { return m_probe; }

private:
    void fillPresets(Backend backend);
    void onBackendChosen();
    void onPresetChosen();
    void onUrlEdited();
    void testConnection();
    void showTestResult(const ConnectionProbe::Result &result);
    void setOrganizations(const QList<QPair<QString, QString>> &organizations, const QString &selectedId);
    void updateState();
    Backend currentBackend() const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_backend;
    QLineEdit *m_name;
    QComboBox *m_preset;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QLabel *m_organizationLabel;
    QComboBox *m_organization;
    QSpinBox *m_pollInterval;
    QCheckBox *m_notifications;
    QPushButton *m_test;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    ConnectionProbe *m_probe;
    QString m_id;
    QByteArray m_storedKey;
    bool m_nameEdited = false;
};
