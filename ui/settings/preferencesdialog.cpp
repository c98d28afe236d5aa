#include "preferencesdialog.h"

#include "settings/languagesetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_startLanguage(LanguageSetup::savedChoice())
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460);
    m_language->setObjectName(QStringLiteral("languageBox"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                 : tr("System default (%1)").arg(systemLanguage),
                        QString());
    for (const LanguageSetup::Choice &choice : LanguageSetup::shippedLanguages())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of menus and messages; dates and numbers follow it too."));

    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("restartNote"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        LanguageSetup::saveChoice(chosenLanguage());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateNote();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::updateNote()
{
    const bool changed = chosenLanguage() != m_startLanguage;
    m_note->setText(changed ? tr("SessionScope will speak the new language the next time it starts.")
                            : tr("Dates, numbers and the CSV \"Excel on this computer\" format follow the language."));
}
