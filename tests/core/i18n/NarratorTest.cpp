// Message and Narrator: a sentence kept as facts (source text, code, article, arguments) and
// written afterwards for an explicit language, whatever translators are installed.
#include "i18n/Narrator.h"
#include "i18n/Message.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

constexpr char kLimitation[] = "zansai::Limitation";
constexpr char kTest[] = "zansai::NarratorTest"; // not in any catalogue: always the source text

// Made on first use, not at static initialisation (the catalogues are resources of the library).
const Narrator& english()
{
    static const Narrator n(Language::English);
    return n;
}

const Narrator& japanese()
{
    static const Narrator n(Language::Japanese);
    return n;
}

TEST(Message, ArgumentsOfEveryKind)
{
    const Message m(
        kTest, "%1 owes %2 since %3 (%4 payments, %5)",
        {u"○○債権回収"_s, Yen(1'234'567), QDate(2021, 3, 1), 3, Message(kTest, "none late")});
    EXPECT_EQ(english().text(m),
              u"○○債権回収 owes ¥1,234,567 since 1 March 2021 (3 payments, none late)"_s);
    // Money is written by the language's own format ("¥%1" → "%1円"); a date in a Japanese
    // sentence is 和暦 (2021-03-01 is 令和3年: 2021 − 2018), in an English one "1 March 2021".
    EXPECT_EQ(japanese().text(m),
              u"○○債権回収 owes 1,234,567円 since 令和3年3月1日 (3 payments, none late)"_s);
}

TEST(Narrator, DatesInJapaneseSentencesAreWareki)
{
    struct Row {
        QDate date;
        const char16_t* japanese;
        const char16_t* english; // as the English papers print dates
    };
    // ICU's Japanese calendar: 令和 from 2019-05-01 (year 1 = 元年), 平成 1989-01-08 to 2019-04-30,
    // 昭和 until 1989-01-07; before 1873-01-01 (no 和暦 a Gregorian date can name) the 西暦.
    const Row rows[] = {
        {QDate(2026, 11, 30), u"令和8年11月30日", u"30 November 2026"}, // 2026 − 2018 = 8
        {QDate(2019, 5, 1), u"令和元年5月1日", u"1 May 2019"},
        {QDate(2019, 4, 30), u"平成31年4月30日", u"30 April 2019"}, // 2019 − 1988 = 31
        {QDate(1989, 1, 7), u"昭和64年1月7日", u"7 January 1989"},  // 1989 − 1925 = 64
        {QDate(1872, 12, 31), u"1872年12月31日", u"31 December 1872"},
    };
    for (const Row& r : rows) {
        EXPECT_EQ(japanese().date(r.date), QString::fromUtf16(r.japanese));
        EXPECT_EQ(english().date(r.date), QString::fromUtf16(r.english));
    }
    EXPECT_TRUE(japanese().date(QDate()).isEmpty());
}

TEST(Message, ArgSemanticsFollowQStringArg)
{
    // Markers taken lowest first, each argument once, whatever their order in the text; a marker
    // inside an argument is not replaced again; markers beyond the arguments stay.
    EXPECT_EQ(english().text(Message(kTest, "%2 then %1 then %2", {u"a"_s, u"b"_s})),
              u"b then a then b"_s);
    EXPECT_EQ(english().text(Message(kTest, "%1 and %2", {u"%2"_s, u"x"_s})), u"%2 and x"_s);
    EXPECT_EQ(english().text(Message(kTest, "%1 and %2", {u"x"_s})), u"x and %2"_s);
    EXPECT_EQ(english().text(Message(kTest, "100% of %1", {u"x"_s})), u"100% of x"_s);
    const QString t = QStringLiteral("%1 %3 %10 %2");
    EXPECT_EQ(english().text(Message(kTest, "%1 %3 %10 %2", {1, 2, 3, 4})),
              t.arg(1).arg(2).arg(3).arg(4));
}

TEST(Message, PluralCountAndNesting)
{
    Message inner = Message(kTest, "Passed %n day(s) ago. %1", {u"Too late."_s}).withCount(3);
    EXPECT_EQ(english().text(inner), u"Passed 3 day(s) ago. Too late."_s);
    const Message outer(kTest, "Note: %1", {inner});
    EXPECT_EQ(english().text(outer), u"Note: Passed 3 day(s) ago. Too late."_s);
}

TEST(Message, JoinsSentencesAndLists)
{
    const Message a(kTest, "First."), b(kTest, "Second.");
    EXPECT_EQ(english().text(Message::sentences({a, Message(), b})), u"First. Second."_s);
    EXPECT_EQ(english().text(Message::list({a, b})), u"First., Second."_s);
    // Japanese: sentences follow one another without a space, list items take 、.
    EXPECT_EQ(japanese().text(Message::sentences({a, b})), u"First.Second."_s);
    EXPECT_EQ(japanese().text(Message::list({a, b})), u"First.、Second."_s);
    EXPECT_TRUE(Message::sentences({Message(), Message()}).isEmpty());
}

TEST(Message, CatalogueLookupAndFallback)
{
    const Message payment(kLimitation, "Payment");
    EXPECT_EQ(english().text(payment), u"Payment"_s);
    EXPECT_EQ(japanese().text(payment), u"支払い"_s);
    // Not in the catalogue: the source text, in every language.
    EXPECT_EQ(japanese().text(Message(kTest, "Unknown text")), u"Unknown text"_s);
    EXPECT_EQ(japanese().tr(kLimitation, "Payment"), u"支払い"_s);
    EXPECT_EQ(english().money(Yen(0)), u"¥0"_s);
    EXPECT_EQ(japanese().money(Yen(70'000)), u"70,000円"_s);
}

TEST(Message, NarrationIgnoresTheInstalledTranslators)
{
    TranslationSet installed;
    ASSERT_TRUE(installed.install(Language::Japanese));
    EXPECT_EQ(currentLanguage(), Language::Japanese);
    EXPECT_EQ(english().text(Message(kLimitation, "Payment")), u"Payment"_s);
    EXPECT_EQ(Narrator(Language::Japanese).text(Message(kLimitation, "Payment")), u"支払い"_s);
    installed.install(Language::English);
    EXPECT_EQ(japanese().text(Message(kLimitation, "Payment")), u"支払い"_s);
}

TEST(Message, EqualityByContentCodeAndArguments)
{
    const char copy[] = "Payment"; // the same text at another address
    EXPECT_EQ(Message(kLimitation, "Payment"), Message(kLimitation, copy));
    EXPECT_NE(Message(kLimitation, "Payment"), Message(kTest, "Payment"));
    EXPECT_NE(Message(kTest, "%1", {1}), Message(kTest, "%1", {2}));
    EXPECT_NE(Message(kTest, "%1", {Yen(1)}), Message(kTest, "%1", {1}));
    EXPECT_NE(Message(kTest, "x").withCode(u"a"_s), Message(kTest, "x").withCode(u"b"_s));
    EXPECT_EQ(Message(kTest, "%1", {Message(kTest, "y")}),
              Message(kTest, "%1", {Message(kTest, "y")}));
    EXPECT_NE(Message(kTest, "%1", {Message(kTest, "y")}),
              Message(kTest, "%1", {Message(kTest, "z")}));
    const QList<Message> ms{Message(kTest, "x").withCode(u"c.one"_s), Message(kTest, "y")};
    EXPECT_EQ(codes(ms), (QStringList{u"c.one"_s, QString()}));
}

} // namespace
