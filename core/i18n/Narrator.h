// Writes Messages (i18n/Message.h) in one explicit language, whatever translators are installed:
// the screen narrates in the UI's language, a paper in the case's language, the CLI in --lang.
// It reads the app's own catalogue (":/i18n/zansai_<code>.qm") through a QTranslator of its own,
// never installed in the application and loaded once per language for the whole process.
// English is the source language: a text missing from the catalogue is written as its source.
#pragma once

#include "i18n/Language.h"
#include "i18n/Message.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace zansai {

class Narrator {
public:
    explicit Narrator(Language lang);

    Language language() const { return language_; }

    QString text(const Message& m) const;
    QStringList texts(const QList<Message>& ms) const;

    // A fixed label: the catalogue's text for (context, source, comment), "%n" replaced by n when
    // n >= 0. Call sites write the source as QT_TRANSLATE_NOOP(context, "…") so lupdate finds it.
    QString tr(const char* context, const char* source, const char* comment = nullptr,
               int n = -1) const;

    // Money inside sentences: "¥1,234" in English, "1,234円" in Japanese (the catalogue's "¥%1").
    QString money(Yen y) const;
    // Dates inside sentences. The one place of their format: 和暦 in Japanese ("令和8年11月30日",
    // law/JapaneseEra.h), "30 November 2026" in English (as the English papers print dates).
    QString date(QDate d) const;
    // ", " / "、" and sentences one after the other ("%1 %2" / "%1%2").
    QString listSeparator() const;
    QString joinSentences(const QStringList& sentences) const;

private:
    Language language_;
    const QTranslator* catalogue_ = nullptr; // shared, per language, never destroyed
};

// The narrator of the UI's current language (currentLanguage()).
Narrator uiNarrator();

} // namespace zansai
