// The referral sheet (相談票) for the lawyer or judicial scrivener.
#include "report/DocumentHtml.h"

#include <QTextDocument>

namespace zansai::ui::paper {

std::unique_ptr<QTextDocument> referralSheet(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.consultation.assessment;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::ReferralSheet, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP(
              "zansai::ui::ClientDocuments",
              "To the lawyer or judicial scrivener: a summary of the facts as told to us on "
              "%1 (case %2)."))
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    QList<QStringList> facts;
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client"))),
                         esc(c.client.name)};
    if (c.client.birthDate.isValid())
        facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Born"))),
                             dateText(c.client.birthDate)};
    facts << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation / income"))),
        esc(nameOf(c.client.occupation)) + QStringLiteral(" — ") + yen(c.client.netMonthlyIncome)};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Dependents"))),
                         QString::number(c.client.dependents)};
    if (c.sale)
        facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Sale"))),
                             esc(nameOf(c.sale->kind)) + QStringLiteral(" ") +
                                 dateText(c.sale->settledOn)};
    facts << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Prior discharge"))),
        c.priorDischargeFinalOn ? dateText(*c.priorDischargeFinalOn)
                                : esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "None")))};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Stage"))),
                         esc(text(stageLabel(a.stage)))};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total balance"))),
                         yen(a.totalBalance())};
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Details"))},
            facts, {}, {28, 72});

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts")));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = c.debt(d.id);
        QString lastEvent;
        if (debt && !debt->events.isEmpty())
            lastEvent = nameOf(debt->events.back().type) + QStringLiteral(" ") +
                        debt->events.back().date.toString(Qt::ISODate);
        rows << QStringList{esc(d.creditor), yen(d.balance()), esc(lastEvent),
                            dateText(d.limitation.completesOn)};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Latest event")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends"))},
            rows, {1}, {30, 18, 32, 20});

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Deadlines")));
    if (a.deadlines.isEmpty())
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
    for (const Deadline& d : a.deadlines)
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1: %2 (%3) — %4 days left"))
                .arg(documentDate(d.due), nameOf(d.kind), creditorName(c, d.debtId))
                .arg(d.daysLeft),
            d.daysLeft <= 7 ? QStringLiteral("warn") : QString());
    if (const OptionAssessment* best = a.recommended()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Direction discussed")));
        h.p(nameOf(best->kind) + (best->rankReason.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" — ") + text(best->rankReason)));
    }
    if (!c.notes.isEmpty()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Consultant's notes")));
        h.p(c.notes);
    }
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Referred by: %1 %2"))
            .arg(ctx.firm, ctx.consultant),
        QStringLiteral("meta"));
    return newDocument(h);
}

} // namespace zansai::ui::paper
