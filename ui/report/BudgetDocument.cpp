// The household income and expense statement (収支表), for the client to confirm and sign.
#include "report/DocumentHtml.h"

#include <QTextDocument>

namespace zansai::ui::paper {

std::unique_ptr<QTextDocument> budgetStatement(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::BudgetStatement, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Name: %1    Household: %2 dependents    Date: %3"))
            .arg(c.client.name)
            .arg(c.client.dependents)
            .arg(documentDate(ctx.printedOn)),
        QStringLiteral("meta"));

    auto section = [&](const QString& title, const QMap<QString, Yen>& items, const QString& total,
                       Yen sum) {
        h.h2(title);
        QList<QStringList> rows;
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            rows << QStringList{esc(text(budgetCategoryLabel(it.key()))), yen(it.value())};
        rows << QStringList{QStringLiteral("<b>") + esc(total) + QStringLiteral("</b>"),
                            QStringLiteral("<b>") + yen(sum) + QStringLiteral("</b>")};
        h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
                 L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly amount"))},
                rows, {1}, {60, 40});
    };
    section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Income (monthly, take-home)")),
            c.budget.income, L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total income")),
            c.budget.totalIncome());
    section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Expenses (monthly)")),
            c.budget.expenses,
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total expenses")),
            c.budget.totalExpenses());

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")));
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly amount"))},
            {{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Income − expenses (available for repayment)"))),
              QStringLiteral("<b>") + yen(c.budget.surplus()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

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
             {QStringLiteral("<b>") +
                  esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total"))) +
                  QStringLiteral("</b>"),
              QStringLiteral("<b>") + yen(as.total()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "I confirm that the above is true and complete.")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Date: ____________    Signature: ______________________")));
    return newDocument(h);
}

} // namespace zansai::ui::paper
