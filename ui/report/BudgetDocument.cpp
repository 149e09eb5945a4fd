// The household income and expense statement (家計収支表) as courts and servicers ask for it, for
// the client to confirm and sign. docs/papers.md §"The 家計収支表":
// - the rows follow the 東京地方裁判所's 「家計全体の状況」 form (used for 破産 and 個人再生
// filings;
//   servicers' 生活状況確認表 ask for the same lines): income first, then expenses in the form's
//   order, その他 last with the lines the consultant named (custom:<name>) at its end;
// - two months side by side, each with 前月繰越 (carried in) and 翌月繰越 (carried out). The case
//   keeps one month of figures (Case::budget): the second month is the same plan carried forward,
//   and the paper says so. Nothing is invented: a form row the case has no figure for is left
//   blank for the client to fill in;
// - every label is translated; a code from another tool that the form does not know is summed
//   into one "other" line (named by its codes only in English).
#include "report/PaperWriter.h"

#include "law/JapaneseEra.h"

#include <QLocale>

namespace zansai::ui::paper {

namespace {

// One row of the form: its label and the budget codes it sums (docs/case-format.md §4).
struct FormRow {
    const char* label;
    std::initializer_list<const char*> codes;
};

// 収入の部 (東京地裁「家計全体の状況」: 給与, 自営収入, 年金, 手当, 援助, その他).
const FormRow kIncomeRows[] = {
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Salary (take-home)"), {"salary"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Spouse's income"), {"spouse"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Business income"), {"business"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Pension"), {"pension"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Child allowance and other benefits"),
     {"benefits", "child_allowance"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Support from relatives"),
     {"support", "family_support", "assistance"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other income"), {"other_income"}},
};

// 支出の部, in the form's order; その他 is last (kOtherExpenseCodes, then the unknown codes, then
// the custom lines).
const FormRow kExpenseRows[] = {
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Housing (rent, land rent, fees)"),
     {"rent", "housing"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Parking"), {"parking"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Food"), {"food"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Utilities (electricity, gas, water)"),
     {"utilities", "electricity", "gas", "water"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Phone and internet"),
     {"communication", "phone"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Daily necessities"), {"daily_goods"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Insurance premiums"), {"insurance"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Car costs (petrol etc.)"),
     {"car", "gasoline"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Transport"), {"transport"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Medical"), {"medical"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Clothing"), {"clothing"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Education"), {"education"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Social expenses"), {"social"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Leisure"), {"leisure"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Child support paid"), {"child_support"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debt repayments"), {"other_debt_payments"}},
};

// Under その他, before the named lines: fixed codes with a translated label of their own.
const FormRow kOtherExpenseRows[] = {
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occasional expenses (ceremonies etc.)"),
     {"irregular", "special"}},
    {QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other expenses"),
     {"other_expenses", "other"}},
};

// One printed line: its label (HTML) and the monthly figure, or none (a blank cell).
struct Line {
    QString label;
    std::optional<Yen> amount;
};

template <size_t N>
QList<Line> formLines(const FormRow (&rows)[N], const QMap<QString, Yen>& items,
                      QSet<QString>& used, bool keepEmpty)
{
    QList<Line> out;
    for (const FormRow& r : rows) {
        std::optional<Yen> sum;
        for (const char* code : r.codes) {
            const QString k = QLatin1String(code);
            if (items.contains(k)) {
                sum = sum.value_or(Yen(0)) + items.value(k);
                used.insert(k);
            }
        }
        if (sum || keepEmpty)
            out << Line{esc(L(r.label)), sum};
    }
    return out;
}

// The codes the form does not name: custom lines (each its own row, labelled by its name) and
// codes from another tool (one row, "Other (uncategorized)").
QList<Line> remainingLines(const QMap<QString, Yen>& items, const QSet<QString>& used)
{
    QList<Line> out;
    Yen unknownSum;
    QStringList unknownCodes;
    QList<Line> custom;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (used.contains(it.key()))
            continue;
        if (it.key().startsWith(QLatin1String("custom:"))) {
            custom << Line{esc(it.key().mid(7)), it.value()};
            continue;
        }
        unknownSum += it.value();
        unknownCodes << it.key();
    }
    if (!unknownCodes.isEmpty()) {
        // A code is an identifier of another tool, not a word of the paper's language: named only
        // in English, where it is readable.
        const QString label = japanese()
                                  ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                        "Other (items without a category)"))
                                  : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                        "Other (items without a category: %1)"))
                                        .arg(unknownCodes.join(QStringLiteral(", ")));
        out << Line{esc(label), unknownSum};
    }
    return out + custom;
}

QString bold(const QString& html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

// "令和8年11月" / "November 2026".
QString monthLabel(QDate firstOfMonth)
{
    if (japanese()) {
        QString w = law::formatWareki(firstOfMonth);
        if (w.endsWith(QStringLiteral("1日")))
            w.chop(2);
        return w;
    }
    return QLocale(QLocale::English).toString(firstOfMonth, QStringLiteral("MMMM yyyy"));
}

} // namespace

Paper budgetStatement(const ReportContext& ctx)
{
    const Case& c = ctx.caseData;
    PaperWriter h;
    h.h1(documentTitle(ClientDocument::BudgetStatement, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Name: %1    Household: %2 dependents    Date: %3"))
            .arg(c.client.name)
            .arg(c.client.dependents)
            .arg(documentDate(ctx.printedOn)),
        ParagraphStyle::Meta);

    // The two months: the month of the consultation and the next.
    const QDate asOf = ctx.consultation.asOf.isValid() ? ctx.consultation.asOf : c.asOf;
    const QDate month1(asOf.year(), asOf.month(), 1);
    const QDate month2 = month1.addMonths(1);

    // One statement each: the form rows mark the codes they take before the rest is collected.
    QSet<QString> usedIncome, usedExpenses;
    QList<Line> income = formLines(kIncomeRows, c.budget.income, usedIncome, true);
    income += remainingLines(c.budget.income, usedIncome);
    QList<Line> expenses = formLines(kExpenseRows, c.budget.expenses, usedExpenses, true);
    QList<Line> other = formLines(kOtherExpenseRows, c.budget.expenses, usedExpenses, false);
    other += remainingLines(c.budget.expenses, usedExpenses);
    if (other.isEmpty())
        expenses << Line{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other"))), {}};
    else
        for (const Line& l : other)
            expenses << Line{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other:"))) +
                                 QStringLiteral(" ") + l.label,
                             l.amount};

    // 前月繰越 of the first month: the cash and deposits the client declared (Case::assets), the
    // only money on hand the case records. Then each month carries its balance forward.
    const Yen carriedIn1 = c.assets.cash + c.assets.deposits;
    const Yen surplus = c.budget.surplus();
    const Yen carriedOut1 = carriedIn1 + surplus;
    const Yen carriedOut2 = carriedOut1 + surplus;

    auto amount = [](const std::optional<Yen>& y) { return y ? yen(*y) : QString(); };
    auto section = [](const QString& title) {
        return QStringList{bold(esc(title)), QString(), QString()};
    };
    QList<QStringList> rows;
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                "Carried in from the previous month"))),
                        yen(carriedIn1), yen(carriedOut1)};
    rows << section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Income")));
    for (const Line& l : income)
        rows << QStringList{l.label, amount(l.amount), amount(l.amount)};
    rows << QStringList{
        bold(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total income")))),
        bold(yen(c.budget.totalIncome())), bold(yen(c.budget.totalIncome()))};
    rows << section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Expenses")));
    for (const Line& l : expenses)
        rows << QStringList{l.label, amount(l.amount), amount(l.amount)};
    rows << QStringList{
        bold(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total expenses")))),
        bold(yen(c.budget.totalExpenses())), bold(yen(c.budget.totalExpenses()))};
    rows << QStringList{
        bold(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly surplus (deficit)")))),
        bold(yen(surplus)), bold(yen(surplus))};
    rows << QStringList{bold(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                     "Carried forward to the next month")))),
                        bold(yen(carriedOut1)), bold(yen(carriedOut2))};
    h.table(
        {L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")), monthLabel(month1),
         monthLabel(month2) + L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", " (same plan)"))},
        rows, {1, 2}, {44, 28, 28});
    h.p(L(QT_TRANSLATE_NOOP(
            "zansai::ui::ClientDocuments",
            "The figures are the monthly plan recorded at the consultation. The second month "
            "repeats the same plan with the balance carried forward; it is not a record of that "
            "month. Carried in: the cash and deposits the client declared. Blank lines are for "
            "the client to fill in; courts ask for the actual figures of the last two months.")),
        ParagraphStyle::Note);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Assets")));
    const Assets& as = c.assets;
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Asset")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Value"))},
            {{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Cash"))), yen(as.cash)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Bank deposits"))),
              yen(as.deposits)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Car"))), yen(as.car)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Insurance surrender value"))),
              yen(as.insuranceSurrender)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Retirement allowance (estimate)"))),
              yen(as.retirementAllowanceEstimate)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other"))), yen(as.other)},
             {bold(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total")))),
              bold(yen(as.total()))}},
            {1}, {60, 40});

    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "I confirm that the above is true and complete.")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Date: ____________    Signature: ______________________")));
    return h.take();
}

} // namespace zansai::ui::paper
