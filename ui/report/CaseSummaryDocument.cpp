// The case summary: client, debts, deadlines, limitation, the options compared, projections and
// next steps.
#include "report/PaperWriter.h"

#include "advice/NextSteps.h"
#include "case/DebtName.h"
#include "report/ReportCharts.h"

namespace zansai::ui::paper {

namespace {

QString disclaimer()
{
    return L(
        QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                          "This summary shows calculations based on what the client told us on the "
                          "date above. It is not legal advice. Court procedures and negotiations "
                          "on the client's behalf belong with a lawyer or a judicial scrivener "
                          "(司法書士)."));
}

// The same status as on screen (advice/AdviceLabels.h): an invoked limitation reads "invoked".
QString limitationStatus(const LimitationView& l)
{
    return text(limitationStatusLabel(l));
}

// The court that a deadline's papers go to: the court named on the debt's latest event of the kind
// that started the deadline (支払督促, 判決, 訴状), else none.
QString courtOf(const Case& c, const Deadline& d)
{
    const Debt* debt = debtOf(c, d.debtId);
    if (!debt)
        return {};
    const DebtEventType started = d.kind == DeadlineKind::Objection
                                      ? DebtEventType::PaymentOrderServed
                                  : d.kind == DeadlineKind::Appeal ? DebtEventType::JudgmentServed
                                                                   : DebtEventType::LawsuitServed;
    QString court;
    for (const DebtEvent& e : debt->events)
        if (e.type == started && !e.court.trimmed().isEmpty())
            court = e.court.trimmed();
    return court;
}

// The soonest running court deadline in a client's words: the date, what to send, and where.
Message deadlineStep(const Case& c, const Deadline& d)
{
    static constexpr char kContext[] = "zansai::ui::ClientDocuments"; // outlives the Message
    const QString court = courtOf(c, d);
    const Message name = debtName(c, d.debtId);
    switch (d.kind) {
    case DeadlineKind::Objection: {
        const Message where =
            court.isEmpty() ? Message(kContext, QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                                  "the summary court that sent "
                                                                  "the payment order"))
                            : Message::verbatim(court);
        return Message(kContext,
                       QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                         "By %1 (%2 days left): send the written objection "
                                         "(督促異議申立書) to the payment order from %3 so that it "
                                         "reaches %4 in time. If it is late, the creditor can "
                                         "seize wages and bank accounts."),
                       {d.due, d.daysLeft, name, where});
    }
    case DeadlineKind::Appeal: {
        const Message where =
            court.isEmpty()
                ? Message(kContext, QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                      "the court that gave the judgment"))
                : Message::verbatim(court);
        return Message(kContext,
                       QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                         "By %1 (%2 days left): to appeal the judgment for %3, a "
                                         "notice of appeal (控訴状) must reach %4. Decide it with "
                                         "a lawyer now: after that day the judgment is final."),
                       {d.due, d.daysLeft, name, where});
    }
    case DeadlineKind::Hearing: {
        const Message where =
            court.isEmpty() ? Message(kContext, QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                                  "the court named in the summons"))
                            : Message::verbatim(court);
        return Message(kContext,
                       QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                         "Before the hearing on %1 (%2 days left): send a written "
                                         "answer (答弁書) to the suit by %3 to %4, proposing "
                                         "installments if needed. If nothing is sent and nobody "
                                         "goes, the creditor wins by default."),
                       {d.due, d.daysLeft, name, where});
    }
    }
    return {};
}

// One item of the block: the sentence, then its article in small print.
QString stepItem(const QString& sentence, const QString& article, bool urgent)
{
    QString item = urgent ? QStringLiteral("<b><font color=\"#b00000\">") + esc(sentence) +
                                QStringLiteral("</font></b>")
                          : esc(sentence);
    if (!article.isEmpty())
        item += QStringLiteral(" <span style=\"font-size: 7pt; color: #555555;\">(") +
                esc(article) + QStringLiteral(")</span>");
    return item;
}

// Page 1 before any figure: the soonest court deadline (date, what to send, where), then the next
// one to three steps of the recommendation (advice/NextSteps.h), in plain words; articles follow
// in small print.
void whatToDoNow(PaperWriter& h, const Case& c, const ReportContext& ctx)
{
    const Assessment& a = ctx.consultation.assessment;
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "What to do now")));
    QStringList items;
    int shown = 0;
    const Deadline* soonest = nullptr;
    for (const Deadline& d : a.deadlines)
        if (d.daysLeft >= 0 && (!soonest || d.due < soonest->due))
            soonest = &d;
    QString skip; // the recommendation's own sentence for that deadline
    if (soonest) {
        items << stepItem(text(deadlineStep(c, *soonest)), soonest->article,
                          soonest->daysLeft <= 14);
        skip = QStringLiteral("next_step.") + toCode(soonest->kind);
    }
    for (const Message& m : ctx.consultation.nextSteps) {
        if (shown == 3)
            break;
        if (!skip.isEmpty() && m.code == skip) {
            skip.clear();
            continue;
        }
        items << stepItem(text(m), m.article, false);
        ++shown;
    }
    if (!soonest)
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
    h.listMarkup(items, true);
}

void clientAndSale(PaperWriter& h, const Case& c)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client and sale")));
    QList<QStringList> rows;
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client"))),
                        esc(c.client.name)};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation"))),
                        esc(nameOf(c.client.occupation))};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Dependents"))),
                        QString::number(c.client.dependents)};
    rows << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Net income (monthly)"))),
        yen(c.client.netMonthlyIncome)};
    if (c.sale) {
        rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Sale"))),
                            esc(nameOf(c.sale->kind)) + QStringLiteral(" — ") +
                                dateText(c.sale->settledOn) + QStringLiteral(" — ") +
                                yen(c.sale->price)};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Details"))},
            rows, {}, {30, 70});
}

void debtsTable(PaperWriter& h, const Case& c, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts")));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = debtOf(c, d.id);
        rows << QStringList{esc(d.creditor.isEmpty() ? creditorName(c, d.id) : d.creditor),
                            esc(debt ? nameOf(debt->kind) : QString()),
                            yen(d.principal),
                            yen(d.lateInterest),
                            yen(d.balance()),
                            dateText(d.limitation.completesOn),
                            esc(limitationStatus(d.limitation))};
    }
    rows << QStringList{QStringLiteral("<b>") +
                            esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total"))) +
                            QStringLiteral("</b>"),
                        QString(),
                        QString(),
                        QString(),
                        QStringLiteral("<b>") + yen(a.totalBalance()) + QStringLiteral("</b>"),
                        QString(),
                        QString()};
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Kind")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Principal")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Late interest")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Status"))},
            rows, {2, 3, 4}, {20, 13, 13, 13, 13, 16, 12});
    h.p(L(QT_TRANSLATE_NOOP(
              "zansai::ui::ClientDocuments",
              "As of %1. Late interest is counted through that day; amounts are truncated "
              "below one yen."))
            .arg(documentDate(a.asOf)),
        ParagraphStyle::Note);
}

void stageAndDeadlines(PaperWriter& h, const Case& c, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Where the client stands")));
    h.p(text(stageLabel(a.stage)) + QStringLiteral(": ") + text(stageExplanationLabel(a.stage)));
    if (a.deadlines.isEmpty()) {
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
        return;
    }
    QList<QStringList> rows;
    for (const Deadline& d : a.deadlines) {
        const QString left =
            d.daysLeft >= 0
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 days")).arg(d.daysLeft)
                : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "passed"));
        const QString leftCell = d.daysLeft <= 7 ? QStringLiteral("<font color=\"#b00000\"><b>") +
                                                       esc(left) + QStringLiteral("</b></font>")
                                                 : esc(left);
        rows << QStringList{dateText(d.due), leftCell, esc(nameOf(d.kind)),
                            esc(creditorName(c, d.debtId)), esc(text(d.consequence))};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Deadline")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Days left")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Step")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "If it is missed"))},
            rows, {1}, {17, 9, 18, 18, 38});
}

void limitationSection(PaperWriter& h, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation period (消滅時効)")));
    // One row per debt with the step that fixed the date; each warning once, below the table.
    QList<QStringList> rows;
    QStringList warnings;
    for (const DebtAssessment& d : a.debts) {
        QString decisive;
        if (!d.limitation.steps.isEmpty()) {
            const LimitationStepView& s = d.limitation.steps.back();
            decisive = text(s.text) + (s.article.isEmpty() ? QString()
                                                           : QStringLiteral(" (") + s.article +
                                                                 QStringLiteral(")"));
        }
        rows << QStringList{
            esc(d.creditor),
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 years")).arg(d.limitation.years),
            dateText(d.limitation.completesOn), esc(limitationStatus(d.limitation)), esc(decisive)};
        for (const QString& w : texts(d.limitation.warnings))
            if (!warnings.contains(w))
                warnings << w;
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Period")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Status")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Why this date"))},
            rows, {}, {18, 7, 15, 11, 49});
    for (const QString& w : warnings)
        h.p(w, ParagraphStyle::Warn);
}

void optionsSection(PaperWriter& h, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Ways out compared")));
    QList<QStringList> rows;
    for (const OptionAssessment& o : a.options) {
        const bool best = o.rank == 1;
        QString name = esc(nameOf(o.kind));
        if (best)
            name = QStringLiteral("<b>★ ") + name + QStringLiteral("</b>");
        rows << QStringList{
            name,
            esc(o.eligible ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Possible"))
                           : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Not possible"))),
            o.monthly.isZero() ? QStringLiteral("—") : yen(o.monthly),
            o.months
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 months")).arg(o.months)
                : QStringLiteral("—"),
            o.total.isZero() ? QStringLiteral("—") : yen(o.total),
            o.creditRecordYears ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 years"))
                                      .arg(o.creditRecordYears)
                                : QStringLiteral("—")};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Option")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Eligible")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Period")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total cost")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Credit record"))},
            rows, {2, 3, 4, 5}, {30, 11, 14, 12, 18, 15});
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "★ marks the recommended option. Totals include typical fees.")),
        ParagraphStyle::Note);
    for (const OptionAssessment& o : a.options) {
        h.pMarkup(
            QStringLiteral("<b>") + esc(nameOf(o.kind)) + QStringLiteral("</b>") +
            (o.rankReason.isEmpty() ? QString() : QStringLiteral(" — ") + esc(text(o.rankReason))));
        QStringList lines = texts(o.reasons);
        if (!o.guarantorEffect.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Guarantor: %1"))
                         .arg(text(o.guarantorEffect));
        if (!o.limitationEffect.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation: %1"))
                         .arg(text(o.limitationEffect));
        if (!o.occupationLimits.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation: %1"))
                         .arg(texts(o.occupationLimits).join(QStringLiteral("; ")));
        if (!o.assetsLost.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Assets: %1"))
                         .arg(texts(o.assetsLost).join(QStringLiteral("; ")));
        h.list(lines);
        for (const QString& w : texts(o.warnings))
            h.p(w, ParagraphStyle::Warn);
    }
}

} // namespace

Paper caseSummary(const ReportContext& ctx)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.consultation.assessment;
    PaperWriter h;
    h.h1(documentTitle(ClientDocument::CaseSummary, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Prepared on %1 — case %2"))
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        ParagraphStyle::Meta);
    if (!ctx.firm.isEmpty() || !ctx.consultant.isEmpty())
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 — consultant: %2"))
                .arg(ctx.firm, ctx.consultant),
            ParagraphStyle::Meta);
    whatToDoNow(h, c, ctx);
    clientAndSale(h, c);
    debtsTable(h, c, a);
    // Which figures rest on answers not given yet, and the day counted to when the case is older.
    for (const QString& t : texts(ctx.consultation.incompleteNotes()))
        h.p(t, ParagraphStyle::Warn);
    if (const auto note = ctx.consultation.dateNote())
        h.p(text(*note), ParagraphStyle::Note);
    stageAndDeadlines(h, c, a);
    limitationSection(h, a);
    optionsSection(h, a);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Projections")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Balance over ten years under each option")),
        ParagraphStyle::Note);
    h.drawing(balanceChartDrawing(a, narrator()), 0.42);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly payment of each option")),
        ParagraphStyle::Note);
    h.drawing(monthlyChartDrawing(a, narrator()), 0.32);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Late interest if nothing is done")),
        ParagraphStyle::Note);
    h.drawing(interestChartDrawing(a, narrator()), 0.32);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Next steps")));
    h.list(texts(nextSteps(c, a)), true);
    if (!a.disputedPoints.isEmpty()) {
        h.h2(L(
            QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Points where the law is disputed")));
        h.list(texts(a.disputedPoints));
    }
    h.p(disclaimer(), ParagraphStyle::Disclaimer);

    return h.take();
}

} // namespace zansai::ui::paper
