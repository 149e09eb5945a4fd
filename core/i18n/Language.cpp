#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <atomic>
#include <functional>
#include <unordered_map>
#include <utility>

namespace zansai {

namespace {

std::atomic<quint64> generation{0};
std::atomic<Language> uiLanguage{Language::English};

struct LiteralPair {
    const char* context;
    const char* source;
    bool operator==(const LiteralPair& o) const
    {
        return context == o.context && source == o.source;
    }
};

struct LiteralPairHash {
    size_t operator()(const LiteralPair& k) const noexcept
    {
        const size_t a = std::hash<const char*>()(k.context);
        const size_t b = std::hash<const char*>()(k.source);
        return a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    }
};

// Per thread, so no lock: QCoreApplication::translate is thread-safe, the cache need not be.
// std::unordered_map rather than QHash: its elements never move on rehash, so a reference handed
// out stays valid while later texts are added.
struct TranslationCache {
    quint64 generation = 0;
    std::unordered_map<LiteralPair, QString, LiteralPairHash> texts;
};

} // namespace

Language currentLanguage()
{
    return uiLanguage.load(std::memory_order_acquire);
}

quint64 translationGeneration()
{
    return generation.load(std::memory_order_acquire);
}

const QString& cachedTranslate(const char* context, const char* sourceText)
{
    thread_local TranslationCache cache;
    const quint64 now = translationGeneration();
    if (cache.generation != now) {
        cache.texts.clear();
        cache.generation = now;
    }
    const auto [it, inserted] = cache.texts.try_emplace(LiteralPair{context, sourceText});
    if (inserted)
        it->second = QCoreApplication::translate(context, sourceText);
    return it->second;
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
    // After the change, so a text looked up after this reads the new catalogue (cachedTranslate).
    generation.fetch_add(1, std::memory_order_acq_rel);
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
    generation.fetch_add(1, std::memory_order_acq_rel); // see removeAll()
    return ownLoaded;
}

} // namespace zansai
