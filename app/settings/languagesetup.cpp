#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// Qt mirrors the whole layout when the installed translation says "RTL" here; lupdate
// only keeps a message that some source names, so this line puts it in every .ts file.
struct SourceAndComment
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr SourceAndComment kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

} // namespace

LanguageSetup::LanguageSetup() = default;

LanguageSetup::~LanguageSetup()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

QList<LanguageSetup::Choice> LanguageSetup::shippedLanguages()
{
    // Each in its own language, so that someone who cannot read the current one finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("cy"), QStringLiteral("Cymraeg")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

QString LanguageSetup::savedChoice()
{
    return QSettings().value(kLanguageKey).toString();
}

void LanguageSetup::saveChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QLocale LanguageSetup::localeFor(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    const QLocale::Language language = QLocale(code).language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return system;
    if (language == system.language())
        return system;
    return QLocale(language, system.territory());
}

bool LanguageSetup::apply(const QString &code)
{
    m_locale = localeFor(code);
    QLocale::setDefault(m_locale);

    auto ours = std::make_unique<QTranslator>();
    const bool loaded = ours->load(m_locale, QStringLiteral("sessionscope"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
    // Qt's own dialogs and buttons, when the system has their translation; English only if
    // ours is English too, so a button never speaks another language than its dialog.
    auto qt = std::make_unique<QTranslator>();
    if (loaded && qt->load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    if (loaded) {
        QCoreApplication::installTranslator(ours.get());
        m_translators.push_back(std::move(ours));
    }
    return loaded;
}
