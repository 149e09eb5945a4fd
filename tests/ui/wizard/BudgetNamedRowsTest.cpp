// Budget lines the consultant adds and names (ui/wizard/BudgetPage.cpp): stored under the code
// "custom:<name>" (docs/case-format.md §4), labelled with the name in either language, loaded back
// from a file with the fixed lines and unknown codes, and the file read and written exactly.
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "wizard/InterviewPages.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace zansai;
using namespace zansai::ui;
using namespace uitest;

namespace {

// A valid case (the first seed) with its budget replaced.
Case seedWithBudget(const Budget& b)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/seed1_servicer_lump_sum.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    Case out = c.ok() ? c.value() : Case();
    out.budget.income = b.income;
    out.budget.expenses = b.expenses;
    return out;
}

QString labelOf(BudgetPage& page, const QString& code, bool income)
{
    YenField* f = page.field(code, income);
    if (!f)
        return QString();
    for (QLabel* l : page.findChildren<QLabel*>())
        if (l->buddy() == f)
            return l->text();
    return QString();
}

} // namespace

TEST(BudgetNamedRows, AddedNamedAndSavedUnderACustomCode)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    BudgetPage page;
    page.resize(1000, 700);
    activate(&page);
    Budget b;
    b.expenses.insert(QStringLiteral("rent"), Yen(80'000));
    const Case c = seedWithBudget(b);
    page.load(c);

    // A name, then the button (Alt+X reaches it too): a line of that name, focused for its amount.
    type(&page, "newExpenseLineName", QStringLiteral(" 駐車場代 "));
    click(child<QPushButton>(&page, "newExpenseLineAdd"));
    YenField* parking = page.field(QStringLiteral("custom:駐車場代"), false);
    ASSERT_NE(parking, nullptr);
    EXPECT_TRUE(labelOf(page, QStringLiteral("custom:駐車場代"), false)
                    .startsWith(QStringLiteral("駐車場代")));
    EXPECT_TRUE(child<FieldEdit>(&page, "newExpenseLineName")->text().isEmpty());
    type(parking, QStringLiteral("1万2千円"));
    type(&page, "newIncomeLineName", QStringLiteral("家賃収入"));
    click(child<QPushButton>(&page, "newIncomeLineAdd"));
    type(page.field(QStringLiteral("custom:家賃収入"), true), QStringLiteral("30000"));

    Case stored = c;
    ASSERT_TRUE(page.store(stored, true));
    EXPECT_EQ(stored.budget.expenses.value(QStringLiteral("custom:駐車場代")), Yen(12'000));
    EXPECT_EQ(stored.budget.income.value(QStringLiteral("custom:家賃収入")), Yen(30'000));
    // 80,000 + 12,000 = 92,000 of expenses; 30,000 of income.
    EXPECT_EQ(stored.budget.totalExpenses(), Yen(92'000));
    EXPECT_EQ(stored.budget.totalIncome(), Yen(30'000));
    const auto back = readCase(writeCase(stored));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value().budget, stored.budget);

    // A second line of the same name is refused beside the name; an empty name too.
    type(&page, "newExpenseLineName", QStringLiteral("駐車場代"));
    click(child<QPushButton>(&page, "newExpenseLineAdd"));
    EXPECT_TRUE(child<FieldEdit>(&page, "newExpenseLineName")->messageShown());
    type(&page, "newExpenseLineName", QString());
    click(child<QPushButton>(&page, "newExpenseLineAdd"));
    EXPECT_TRUE(child<FieldEdit>(&page, "newExpenseLineName")->messageShown());
    // A named line left empty is not saved.
    type(&page, "newExpenseLineName", QStringLiteral("ペット"));
    click(child<QPushButton>(&page, "newExpenseLineAdd"));
    ASSERT_TRUE(page.store(stored, true));
    EXPECT_FALSE(stored.budget.expenses.contains(QStringLiteral("custom:ペット")));
}

TEST(BudgetNamedRows, LoadedFromAFileAndWrittenBackExactly)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::English));
    Budget b;
    b.income.insert(QStringLiteral("salary"), Yen(280'000));
    b.expenses.insert(QStringLiteral("food"), Yen(60'000));
    b.expenses.insert(QStringLiteral("custom:駐車場代"), Yen(12'000));
    b.expenses.insert(QStringLiteral("pet_food"), Yen(5'000)); // another tool's code
    const Case c = seedWithBudget(b);
    const QJsonObject file = writeCase(c);
    const auto read = readCase(file);
    ASSERT_TRUE(read.ok());

    BudgetPage page;
    activate(&page);
    page.load(read.value());
    // The fixed line translated, the named one under its name, the unknown code as it is.
    EXPECT_EQ(labelOf(page, QStringLiteral("food"), false), QStringLiteral("Food:"));
    EXPECT_EQ(labelOf(page, QStringLiteral("custom:駐車場代"), false), QStringLiteral("駐車場代:"));
    EXPECT_EQ(labelOf(page, QStringLiteral("pet_food"), false), QStringLiteral("pet_food:"));
    Case stored = read.value();
    ASSERT_TRUE(page.store(stored, true));
    EXPECT_EQ(writeCase(stored), file);

    translations.install(Language::Japanese);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_NE(labelOf(page, QStringLiteral("food"), false), QStringLiteral("Food:"));
    EXPECT_TRUE(labelOf(page, QStringLiteral("custom:駐車場代"), false)
                    .startsWith(QStringLiteral("駐車場代")));
}
