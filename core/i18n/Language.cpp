#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <atomic>

namespace zansai {

namespace {

std::atomic<Language> uiLanguage{Language::English};

} // namespace

Language currentLanguage()
{
    return uiLanguage.load(std::memory_order_acquire);
}

Language parseLanguage(const QString& code, bool* ok)
{
    const QString c = code.trimmed().toLower();
    if (ok)
        *ok = true;
    if (c.startsWith(QLatin1String("ja")))
        return Language::Japanese;
    if (c.startsWith(QLatin1String("en")))
        return Language::English;
    if (ok)
        *ok = false;
    return Language::Japanese;
}

QString languageCode(Language lang)
{
    return lang == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

Language systemDefaultLanguage()
{
    return QLocale::system().language() == QLocale::English ? Language::English
                                                            : Language::Japanese;
}

TranslationSet::TranslationSet() = default;

TranslationSet::~TranslationSet()
{
    removeAll();
}

void TranslationSet::removeAll()
{
    for (auto& t : installed_)
        QCoreApplication::removeTranslator(t.get());
    installed_.clear();
    uiLanguage.store(Language::English, std::memory_order_release); // the source language again
}

bool TranslationSet::install(Language lang)
{
    removeAll();
    current_ = lang;
    uiLanguage.store(lang, std::memory_order_release);
    const QString code = languageCode(lang);
    bool ownLoaded = false;

    // Qt's own catalogue first, so standard buttons and dialogs follow the language.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed_.push_back(std::move(qt));
    }
    // The app's catalogue is embedded as a resource (translations/CMakeLists.txt).
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/zansai_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own.get());
        installed_.push_back(std::move(own));
        ownLoaded = true;
    }
    return ownLoaded;
}

} // namespace zansai
