// cachedTranslate: the per-thread, per-language cache of QCoreApplication::translate used by the
// limitation's step texts (bench/bench_limitation.cpp). It must follow TranslationSet exactly:
// what it returns is always what QCoreApplication::translate returns at that moment.
#include "i18n/Language.h"

#include <QCoreApplication>
#include <array>
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <vector>

using namespace zansai;

namespace {

// Entries of translations/zansai_ja.ts. "Enter a whole number." is translated differently in two
// contexts, so the context pointer is part of the key.
constexpr char kLimitation[] = "zansai::Limitation";
constexpr char kCaseJson[] = "zansai::CaseJson";
constexpr char kParse[] = "zansai::Parse";
constexpr char kPayment[] = "Payment";
constexpr char kWholeNumber[] = "Enter a whole number.";

TEST(CachedTranslate, FollowsTheInstalledLanguage)
{
    struct Expect {
        const char* context;
        const char* source;
        QString english;
        QString japanese;
    };
    const std::array<Expect, 3> table{{
        {kLimitation, kPayment, QStringLiteral("Payment"), QStringLiteral("支払い")},
        {kCaseJson, kWholeNumber, QStringLiteral("Enter a whole number."),
         QStringLiteral("整数を入力してください。")},
        {kParse, kWholeNumber, QStringLiteral("Enter a whole number."),
         QStringLiteral("整数で入力してください。")},
    }};
    const auto expectAll = [&](bool japanese, const char* when) {
        for (const Expect& e : table) {
            SCOPED_TRACE(std::string(when) + ": " + e.context);
            EXPECT_EQ(cachedTranslate(e.context, e.source), japanese ? e.japanese : e.english);
            EXPECT_EQ(cachedTranslate(e.context, e.source),
                      QCoreApplication::translate(e.context, e.source));
        }
    };

    expectAll(false, "no translator");
    {
        TranslationSet translations;
        ASSERT_TRUE(translations.install(Language::Japanese));
        expectAll(true, "ja");
        translations.install(Language::English);
        expectAll(false, "ja → en");
        ASSERT_TRUE(translations.install(Language::Japanese));
        expectAll(true, "en → ja");
    }
    expectAll(false, "TranslationSet destroyed");
}

TEST(CachedTranslate, SamePointerPairGivesTheSameText)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    const QString& first = cachedTranslate(kLimitation, kPayment);
    const QString& again = cachedTranslate(kLimitation, kPayment);
    EXPECT_EQ(&first, &again); // looked up once: the same cached string
    EXPECT_EQ(again, QStringLiteral("支払い"));

    // The reference survives many later insertions (the table grows and rehashes).
    static std::array<std::string, 2000> sources;
    for (size_t i = 0; i < sources.size(); ++i) {
        sources[i] = "untranslated text " + std::to_string(i);
        EXPECT_EQ(cachedTranslate(kLimitation, sources[i].c_str()),
                  QString::fromStdString(sources[i]));
    }
    EXPECT_EQ(first, QStringLiteral("支払い"));
    EXPECT_EQ(&cachedTranslate(kLimitation, kPayment), &first);
}

TEST(CachedTranslate, GenerationMovesOnInstallAndDestruction)
{
    const quint64 before = translationGeneration();
    quint64 installed = 0;
    {
        TranslationSet translations;
        EXPECT_EQ(translationGeneration(), before); // nothing installed yet
        ASSERT_TRUE(translations.install(Language::Japanese));
        installed = translationGeneration();
        EXPECT_GT(installed, before);
    }
    EXPECT_GT(translationGeneration(), installed);
}

TEST(CachedTranslate, EachThreadSeesTheCurrentLanguage)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    EXPECT_EQ(cachedTranslate(kLimitation, kPayment), QStringLiteral("支払い"));
    std::vector<QString> seen(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = cachedTranslate(kLimitation, kPayment); });
    for (std::thread& t : threads)
        t.join();
    for (const QString& s : seen)
        EXPECT_EQ(s, QStringLiteral("支払い"));

    translations.install(Language::English);
    std::thread([&seen] { seen[0] = cachedTranslate(kLimitation, kPayment); }).join();
    EXPECT_EQ(seen[0], QStringLiteral("Payment"));
    EXPECT_EQ(cachedTranslate(kLimitation, kPayment), QStringLiteral("Payment"));
}

} // namespace
