// 内容証明郵便の字数・行数 (docs/papers.md §内容証明): the counting rule and the 26×20 layout.
#include "law/CertifiedMailGrid.h"

#include <gtest/gtest.h>

using namespace zansai::law;

namespace {

struct CountCase {
    const char* text;
    int count;
    const char* why;
};

int counted(const QString& s)
{
    return certifiedMailCount(certifiedMailNormalized(s));
}

// Every line of every page within the grid, by the counting rule.
void expectWithinGrid(const QList<QStringList>& pages, int columns = 26, int rows = 20)
{
    for (qsizetype p = 0; p < pages.size(); ++p) {
        EXPECT_LE(pages[p].size(), rows) << "page " << p + 1;
        for (const QString& line : pages[p])
            EXPECT_LE(certifiedMailCount(line), columns) << line.toStdString();
    }
}

} // namespace

TEST(CertifiedMailGrid, CountsAsThePostOffice)
{
    const CountCase cases[] = {
        {"時効", 2, "kanji: 1 each"},
        {"5,800,000円", 10, "half-width digits and commas 1 each: 9 + 円"},
        {"５，８００，０００円", 10, "full-width the same: 9 + 円"},
        {"令和8年11月22日", 10, "令和(2) 8(1) 年(1) 11(2) 月(1) 22(2) 日(1)"},
        {"「援用」", 4, "each bracket 1 (the rules allow a pair as 1: never more)"},
        {"㈱みどり", 6, "㈱ written out as (株): 3 + 3"},
        {"①", 3, "① written out as (1): the frame counts (rules: 2; here 3, never fewer)"},
        {"㎡", 2, "㎡ counts 2: m2"},
        {"ﾊﾞﾝｸ", 3, "半角カナ with its sound mark: バンク"},
        {"葛\U000E0100城", 2, "a variation selector belongs to its kanji"},
        {"a b", 3, "a space is a cell"},
        {"\u200B時効", 2, "a zero-width space carries nothing"},
    };
    for (const CountCase& c : cases)
        EXPECT_EQ(counted(QString::fromUtf8(c.text)), c.count) << c.text << " — " << c.why;
    EXPECT_EQ(certifiedMailNormalized(QStringLiteral("㈱")), QStringLiteral("(株)"));
    EXPECT_EQ(certifiedMailNormalized(QStringLiteral("ﾊﾞﾝｸ")), QStringLiteral("バンク"));
}

TEST(CertifiedMailGrid, WrapsAt26AndBreaksPagesAt20)
{
    // 60 kanji in one paragraph: 26 + 26 + 8.
    const QString sixty = QString(60, QChar(0x6642)); // 時
    const auto one = layoutCertifiedMail(sixty);
    ASSERT_EQ(one.size(), 1);
    ASSERT_EQ(one[0].size(), 3);
    EXPECT_EQ(one[0][0].size(), 26);
    EXPECT_EQ(one[0][1].size(), 26);
    EXPECT_EQ(one[0][2].size(), 8);

    // 45 paragraphs of 30 kanji: 2 lines each = 90 lines = 20 + 20 + 20 + 20 + 10 (5 pages).
    QStringList paragraphs;
    for (int i = 0; i < 45; ++i)
        paragraphs << QString(30, QChar(0x52B9)); // 効
    const auto pages = layoutCertifiedMail(paragraphs.join(QLatin1Char('\n')));
    ASSERT_EQ(pages.size(), 5);
    EXPECT_EQ(pages[0].size(), 20);
    EXPECT_EQ(pages[4].size(), 10);
    expectWithinGrid(pages);
}

TEST(CertifiedMailGrid, KeepsAmountsWholeAndNoMarkStartsALine)
{
    // 20 kanji, then "5,800,000円": the amount (9) does not fit in the 6 cells left, so it starts
    // the next line whole.
    const QString text = QString(20, QChar(0x6642)) + QStringLiteral("5,800,000円");
    const auto pages = layoutCertifiedMail(text);
    ASSERT_EQ(pages.size(), 1);
    ASSERT_EQ(pages[0].size(), 2);
    EXPECT_EQ(pages[0][0], QString(20, QChar(0x6642)));
    EXPECT_EQ(pages[0][1], QStringLiteral("5,800,000円"));

    // 26 kanji then "。": the 。 may not start line 2, so the 26th kanji moves down with it
    // (25 + 2).
    const auto kinsoku = layoutCertifiedMail(QString(26, QChar(0x6642)) + QStringLiteral("。"));
    ASSERT_EQ(kinsoku[0].size(), 2);
    EXPECT_EQ(kinsoku[0][0].size(), 25);
    EXPECT_EQ(kinsoku[0][1], QStringLiteral("時。"));

    // 22 kanji then "2023。": 22 + 4 fill the line and 。 may not start the next, so the year
    // moves down whole with it (not "202" / "3。").
    const auto year = layoutCertifiedMail(QString(22, QChar(0x6642)) + QStringLiteral("2023。"));
    ASSERT_EQ(year[0].size(), 2);
    EXPECT_EQ(year[0][0], QString(22, QChar(0x6642)));
    EXPECT_EQ(year[0][1], QStringLiteral("2023。"));
}

TEST(CertifiedMailGrid, EnglishBreaksBetweenWordsAndBlankLinesCount)
{
    const QString text = QStringLiteral(
        "I hereby invoke the extinctive prescription of the claim described above.\n\nDate");
    const auto pages = layoutCertifiedMail(text);
    ASSERT_EQ(pages.size(), 1);
    expectWithinGrid(pages);
    // No word is cut: every line starts and ends on a word boundary.
    for (const QString& line : pages[0]) {
        EXPECT_FALSE(line.startsWith(QLatin1Char(' '))) << line.toStdString();
        EXPECT_FALSE(line.endsWith(QLatin1Char(' '))) << line.toStdString();
    }
    EXPECT_EQ(pages[0].join(QLatin1Char(' ')).simplified(), text.simplified());
    EXPECT_TRUE(pages[0].contains(QString())); // the blank line is kept as a line
    EXPECT_EQ(pages[0].last(), QStringLiteral("Date"));
}

TEST(CertifiedMailGrid, AWordLongerThanALineIsCut)
{
    const QString long40 = QString(40, QLatin1Char('x'));
    const auto pages = layoutCertifiedMail(long40);
    ASSERT_EQ(pages[0].size(), 2);
    EXPECT_EQ(pages[0][0].size(), 26);
    EXPECT_EQ(pages[0][1].size(), 14);
}
