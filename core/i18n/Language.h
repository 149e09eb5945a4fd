// The two languages of the product: Japanese first, English second.
#pragma once

#include <QString>
#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace zansai {

enum class Language { Japanese, English };

// "ja" / "en" (also "ja_JP", "en_US"); anything else gives nullopt-like fallback via ok=false.
Language parseLanguage(const QString& code, bool* ok = nullptr);
QString languageCode(Language lang); // "ja" / "en"
// The system locale's language when it is English, otherwise Japanese (the product's primary one).
Language systemDefaultLanguage();

// The language of the user interface: the one a TranslationSet last installed (English, the
// source language, before any). Results on screen are narrated in it (i18n/Narrator.h).
Language currentLanguage();

// Installs the app's translations and Qt's own (qtbase_ja.qm) for `lang`, replacing any installed
// by an earlier call. English is the source language, so for English only Qt's defaults remain.
class TranslationSet {
public:
    TranslationSet();
    ~TranslationSet();
    bool install(Language lang); // false if the app's own catalogue could not be loaded
    Language current() const { return current_; }

private:
    void removeAll(); // also bumps translationGeneration()
    std::vector<std::unique_ptr<QTranslator>> installed_;
    Language current_ = Language::English;
};

// Bumped after every change of the installed translators by a TranslationSet (install(),
// destruction): cached translations older than the current generation are stale. Translators must
// therefore be installed through TranslationSet only, never by QCoreApplication::installTranslator.
quint64 translationGeneration();

// QCoreApplication::translate(context, sourceText), looked up once per thread and language.
// Why: a limitation computation translates a dozen step texts, and Qt's translator lookup (hashing
// and comparing the text in every installed catalogue, on every call) doubled its time with the
// Japanese catalogue installed: ~3.5 µs → ~7.5 µs against the < 5 µs target of
// bench/bench_limitation.cpp.
// Rule: pass string LITERALS only, typically QT_TRANSLATE_NOOP(context, "…") so lupdate reads
// them. The cache is keyed on the two pointers, not on the text: a pointer into a buffer whose
// text changes would keep returning the translation of its first text. The reference stays valid
// until the next translation generation; copy it to keep it longer.
const QString& cachedTranslate(const char* context, const char* sourceText);

} // namespace zansai
