// The referral sheet (相談票) for the lawyer or judicial scrivener (docs/papers.md §"The 相談票"):
// the client, the debts with who may act on each (advice/RepresentationRouting.h), the guarantors,
// every court proceeding with its court and 事件番号, the deadlines soonest first, and what the
// consultant advised (the way out chosen or recommended, and the next steps).
#include "report/PaperWriter.h"

#include "advice/RepresentationRouting.h"

#include <algorithm>

namespace zansai::ui::paper {

namespace {

bool courtEvent(DebtEventType t)
{
    switch (t) {
    case DebtEventType::LawsuitServed:
    case DebtEventType::PaymentOrderServed:
    case DebtEventType::ProvisionalEnforcementServed:
    case DebtEventType::JudgmentServed:
    case DebtEventType::JudgmentFinal:
    case DebtEventType::CourtSettlement:
    case DebtEventType::SeizureFiled:
    case DebtEventType::AuctionFiled:
    case DebtEventType::PaymentOrderObjection:
        return true;
    default:
        return false;
    }
}

// The way out the advice stands on: the one the consultant chose, else the recommended one.
const OptionAssessment* governing(const Assessment& a)
{
    for (const OptionAssessment& o : a.options)
        if (o.chosen)
            return &o;
    return a.recommended();
}

void guarantors(PaperWriter& h, const Case& c, const Assessment& a)
{
    const OptionAssessment* way = governing(a);
    QList<QStringList> rows;
    for (const Debt& d : c.debts) {
        if (d.clientRole == ClientRole::Guarantor) {
            rows << QStringList{
                esc(d.creditor),
                esc(d.principalDebtor.isEmpty() ? QStringLiteral("—") : d.principalDebtor),
                esc(text(label(ClientRole::Guarantor))), esc(QStringLiteral("—"))};
            continue;
        }
        if (d.guarantor == GuarantorKind::None)
            continue;
        QString who = d.guarantorName.isEmpty() ? nameOf(d.guarantor) : d.guarantorName;
        const QString relation =
            d.guarantorRelation.isEmpty() ? nameOf(d.guarantor) : d.guarantorRelation;
        QString affected;
        if (way)
            affected = (way->guarantorAffected
                            ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Yes"))
                            : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No"))) +
                       (way->guarantorEffect.isEmpty()
                            ? QString()
                            : QStringLiteral(": ") + text(way->guarantorEffect));
        rows << QStringList{esc(d.creditor), esc(who), esc(relation), esc(affected)};
    }
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Guarantors")));
    if (rows.isEmpty()) {
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No debt has a guarantor.")));
        return;
    }
    h.table(
        {L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Guarantor")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Relation")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Affected by the way out advised"))},
        rows, {}, {24, 18, 14, 44});
}

void proceedings(PaperWriter& h, const Case& c)
{
    QList<QStringList> rows;
    for (const Debt& d : c.debts)
        for (const DebtEvent& e : d.events)
            if (courtEvent(e.type) || !e.court.isEmpty() || !e.caseNumber.isEmpty())
                rows << QStringList{
                    esc(d.creditor),
                    esc(nameOf(e.type)) + QStringLiteral("<br>") + dateText(e.date),
                    esc(e.court.isEmpty()
                            ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "(not recorded)"))
                            : e.court),
                    esc(e.caseNumber.isEmpty()
                            ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "(not recorded)"))
                            : e.caseNumber)};
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Court proceedings")));
    if (rows.isEmpty()) {
        h.p(L(
            QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court proceeding is recorded.")));
        return;
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Proceeding")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Court")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Case number"))},
            rows, {}, {26, 30, 22, 22});
}

void routes(PaperWriter& h, const Case& c, const Assessment& a)
{
    QList<QStringList> rows;
    for (const DebtRoute& r : representationRoutes(c, a)) {
        QString why;
        for (const Message& m : r.route.reasons)
            why +=
                (why.isEmpty() ? QString() : QStringLiteral("<br>")) + esc(text(m)) +
                (m.article.isEmpty() ? QString()
                                     : QStringLiteral(" (") + esc(m.article) + QStringLiteral(")"));
        const QString who = esc(text(label(r.route.who)));
        rows << QStringList{esc(creditorName(c, r.debtId)), esc(text(r.step)),
                            r.route.interestPushesOver
                                ? QStringLiteral("<b>") + who + QStringLiteral(" ⚠</b>")
                                : who,
                            why};
    }
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Who may do each step")));
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Step")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Who")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Why"))},
            rows, {}, {20, 20, 14, 46});
}

} // namespace

Paper referralSheet(const ReportContext& ctx)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.consultation.assessment;
    PaperWriter h;
    h.h1(documentTitle(ClientDocument::ReferralSheet, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP(
              "zansai::ui::ClientDocuments",
              "To the lawyer or judicial scrivener: a summary of the facts as told to us on "
              "%1 (case %2)."))
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        ParagraphStyle::Meta);
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

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Deadlines")));
    QList<Deadline> deadlines = a.deadlines;
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const Deadline& x, const Deadline& y) { return x.due < y.due; });
    if (deadlines.isEmpty())
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
    for (const Deadline& d : deadlines)
        h.p(d.daysLeft < 0
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1: %2 (%3) — passed"))
                      .arg(documentDate(d.due), nameOf(d.kind), creditorName(c, d.debtId))
                : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1: %2 (%3) — %4 days left"))
                      .arg(documentDate(d.due), nameOf(d.kind), creditorName(c, d.debtId))
                      .arg(d.daysLeft),
            d.daysLeft <= 7 ? ParagraphStyle::Warn : ParagraphStyle::Body);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts")));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = debtOf(c, d.id);
        QString lastEvent;
        if (debt && !debt->events.isEmpty())
            lastEvent = nameOf(debt->events.back().type) + QStringLiteral(" ") +
                        documentDate(debt->events.back().date);
        rows << QStringList{esc(d.creditor), yen(d.balance()), esc(lastEvent),
                            dateText(d.limitation.completesOn)};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Latest event")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends"))},
            rows, {1}, {30, 18, 32, 20});

    proceedings(h, c);
    guarantors(h, c, a);
    routes(h, c, a);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "What the consultant advised")));
    if (const OptionAssessment* way = governing(a)) {
        const QString how =
            way->chosen
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Chosen with the client: %1"))
                : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Recommended (not yet chosen): %1"));
        h.p(how.arg(nameOf(way->kind)) + (way->rankReason.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" — ") + text(way->rankReason)));
    }
    h.list(texts(ctx.consultation.nextSteps), true);
    if (!c.notes.isEmpty()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Consultant's notes")));
        h.p(c.notes);
    }
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Referred by: %1 %2"))
            .arg(ctx.firm, ctx.consultant),
        ParagraphStyle::Meta);
    return h.take();
}

} // namespace zansai::ui::paper
