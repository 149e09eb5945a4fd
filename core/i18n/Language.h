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
// It sets the UI's language (widgets' tr() and currentLanguage()); results and papers are narrated
// for an explicit language instead (i18n/Narrator.h), so no translator is ever swapped to print.
class TranslationSet {
public:
    TranslationSet();
    ~TranslationSet();
    bool install(Language lang); // false if the app's own catalogue could not be loaded
    Language current() const { return current_; }

private:
    void removeAll();
    std::vector<std::unique_ptr<QTranslator>> installed_;
    Language current_ = Language::English;
};

} // namespace zansai
