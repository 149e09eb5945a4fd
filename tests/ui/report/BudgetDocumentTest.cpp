// The 家計収支表 as courts ask for it, read back from a real PDF (pdftotext): the form's category
// order, two months with 前月繰越 / 翌月繰越, the surplus named 収支差額, custom lines under その他
// at the end, no English key in the Japanese paper; the same in English.
#include "PaperTestSupport.h"
#include "PdfTools.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace zansai;
using namespace zansai::ui;
using namespace zansai::ui::test;

namespace {

class BudgetDocument : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString budgetText(const Case& c, Language lang)
    {
        const QString path = dir.filePath(QStringLiteral("budget-%1.pdf").arg(int(lang)));
        const auto r = exportPdf(ClientDocument::BudgetStatement, paperContext(c, lang), path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return squeezed(pdfText(path));
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

// Each label appears after the one before it.
void expectInOrder(const QString& text, const QStringList& labels)
{
    qsizetype at = 0;
    for (const QString& l : labels) {
        const qsizetype found = text.indexOf(squeezed(l), at);
        EXPECT_GE(found, 0) << "missing or out of order: " << l.toStdString();
        if (found >= 0)
            at = found + 1;
    }
}

} // namespace

// referral_guarantor_court.json: income salary 310,000 + custom:家賃収入 30,000 = 340,000;
// expenses rent 85,000 + food 60,000 + utilities 18,000 + communication 10,000 + insurance 15,000
// + transport 12,000 + daily_goods 10,000 + child_support 40,000 + other 20,000 + irregular 8,000
// + custom:駐車場代 12,000 = 290,000; surplus 340,000 − 290,000 = 50,000.
// Carried in: cash 50,000 + deposits 380,000 = 430,000; out after month 1: 430,000 + 50,000 =
// 480,000; after month 2: 480,000 + 50,000 = 530,000.
TEST_F(BudgetDocument, JapaneseFollowsTheCourtForm)
{
    const Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    const QString text = budgetText(c, Language::Japanese);
    EXPECT_TRUE(text.contains(QStringLiteral("家計収支表")));
    // Two months side by side, in 和暦.
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年12月(同じ計画)")));
    expectInOrder(
        text, {QStringLiteral("前月繰越"), QStringLiteral("430,000円"), QStringLiteral("480,000円"),
               QStringLiteral("収入"), QStringLiteral("給与(本人・手取り)"), QStringLiteral("年金"),
               QStringLiteral("その他の収入"), QStringLiteral("家賃収入"),
               QStringLiteral("収入合計"), QStringLiteral("340,000円"), QStringLiteral("支出")});
    // 支出 in the form's order, その他 last with the named line at its very end.
    expectInOrder(text, {QStringLiteral("住居費"),
                         QStringLiteral("駐車場代"),
                         QStringLiteral("食費"),
                         QStringLiteral("水道光熱費"),
                         QStringLiteral("通信費"),
                         QStringLiteral("日用品費"),
                         QStringLiteral("保険料"),
                         QStringLiteral("自動車関係費"),
                         QStringLiteral("交通費"),
                         QStringLiteral("医療費"),
                         QStringLiteral("被服費"),
                         QStringLiteral("教育費"),
                         QStringLiteral("交際費"),
                         QStringLiteral("娯楽費"),
                         QStringLiteral("養育費の支払い"),
                         QStringLiteral("債務の返済"),
                         QStringLiteral("その他:臨時の支出"),
                         QStringLiteral("その他:その他の支出"),
                         QStringLiteral("その他:駐車場代"),
                         QStringLiteral("支出合計"),
                         QStringLiteral("290,000円"),
                         QStringLiteral("収支差額"),
                         QStringLiteral("50,000円"),
                         QStringLiteral("翌月繰越"),
                         QStringLiteral("480,000円"),
                         QStringLiteral("530,000円")});
    EXPECT_TRUE(text.contains(QStringLiteral("その月の実績ではありません")));
    // No English key or label in the Japanese paper (the stamp's version and hash aside).
    EXPECT_FALSE(text.contains(QStringLiteral("irregular")));
    EXPECT_FALSE(text.contains(QStringLiteral("custom:")));
    EXPECT_FALSE(text.contains(QStringLiteral("残高")));
    const QString body = text.left(text.indexOf(QStringLiteral("残債ナビ")));
    EXPECT_FALSE(body.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
        << body.toStdString();
}

TEST_F(BudgetDocument, EnglishIsComplete)
{
    Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    c.language = QStringLiteral("en");
    const QString text = budgetText(c, Language::English);
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Household income and expense statement"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("November 2026"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("December 2026 (same plan)"))));
    expectInOrder(text,
                  {QStringLiteral("Carried in from the previous month"), QStringLiteral("¥430,000"),
                   QStringLiteral("Total income"), QStringLiteral("¥340,000"),
                   QStringLiteral("Housing"), QStringLiteral("Food"), QStringLiteral("Utilities"),
                   QStringLiteral("Other: Occasional expenses"), QStringLiteral("Other: 駐車場代"),
                   QStringLiteral("Total expenses"), QStringLiteral("¥290,000"),
                   QStringLiteral("Monthly surplus (deficit)"), QStringLiteral("¥50,000"),
                   QStringLiteral("Carried forward to the next month"), QStringLiteral("¥480,000"),
                   QStringLiteral("¥530,000")});
    EXPECT_FALSE(text.contains(QStringLiteral("令和")));
    EXPECT_FALSE(text.contains(QStringLiteral("前月繰越")));
}

// A code from another tool the form does not know is summed into one line; Japanese names no code.
TEST_F(BudgetDocument, UnknownCodesAreOneTranslatedLine)
{
    Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    c.budget.expenses.insert(QStringLiteral("pet_food"), Yen(7'000));
    const QString ja = budgetText(c, Language::Japanese);
    EXPECT_TRUE(ja.contains(QStringLiteral("その他:その他(分類のない項目)")));
    EXPECT_FALSE(ja.contains(QStringLiteral("pet_food")));
    const QString en = budgetText(c, Language::English);
    EXPECT_TRUE(en.contains(squeezed(QStringLiteral("items without a category: pet_food"))));
}
