#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

// The interface language: the choice saved in Preferences (or the system's), the translators
// that speak it, and the default QLocale that formats dates, numbers, durations and the CSV
// "Excel on this computer" preset the same way.
class LanguageSetup final
{
    Q_DISABLE_COPY_MOVE(LanguageSetup)

public:
    struct Choice
    {
        QString code;       // "cy", "fr", ...; empty follows the system
        QString nativeName; // shown as the language calls itself, never translated
    };

    LanguageSetup();
    ~LanguageSetup();

    // The languages SessionScope ships, English first; not including "system default".
    static QList<Choice> shippedLanguages();
    static QString savedChoice();
    static void saveChoice(const QString &code);
    // The locale a choice stands for. A chosen language keeps the system's country where
    // that pair exists (English in Wales stays en_GB dates), else the language's main one.
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

    // Installs the translators for `code` (ours from :/i18n, Qt's own from its translations
    // folder when present) and makes its locale the default. Call once, before the first
    // widget; the translators live as long as this object. Returns whether one of ours loaded.
    bool apply(const QString &code);
    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
