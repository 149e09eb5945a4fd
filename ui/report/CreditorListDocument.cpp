// The 債権者一覧表 for the referral, in the columns courts ask for with a bankruptcy or
// rehabilitation petition: number, creditor, address, contract date, amount at the start and now,
// guarantor, 債務名義 (with the court and 事件番号 when known), remarks, and totals. The amounts
// now are the assessment's (late interest included, as of the day assessed), as on screen. A draft
// the client checks, signs and hands over himself (弁護士法72条: we do not represent him).
#include "report/DraftDocuments.h"
#include "report/PaperWriter.h"

namespace zansai::ui::paper {

namespace {

// The court events that give or lead to a 債務名義, latest of each kind, with court and 事件番号.
QString titleOfDebt(const Debt& d)
{
    static const QList<DebtEventType> kinds = {DebtEventType::LawsuitServed,
                                               DebtEventType::PaymentOrderServed,
                                               DebtEventType::ProvisionalEnforcementServed,
                                               DebtEventType::JudgmentServed,
                                               DebtEventType::JudgmentFinal,
                                               DebtEventType::CourtSettlement,
                                               DebtEventType::EnforceableDeed};
    QStringList out;
    for (const DebtEventType k : kinds) {
        const DebtEvent* last = nullptr;
        for (const DebtEvent& e : d.events)
            if (e.type == k)
                last = &e;
        if (!last)
            continue;
        QString s = nameOf(k) + QLatin1Char(' ') + documentDate(last->date);
        const QString where = (last->court + QLatin1Char(' ') + last->caseNumber).trimmed();
        if (!where.isEmpty())
            s += QStringLiteral(" (") + where + QLatin1Char(')');
        out << s;
    }
    return out.isEmpty() ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "None recorded"))
                         : out.join(QStringLiteral("; "));
}

QString guarantorText(const Debt& d)
{
    if (d.guarantor == GuarantorKind::None)
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "None"));
    QString s = nameOf(d.guarantor);
    const QString who = (d.guarantorName + QLatin1Char(' ') + d.guarantorRelation).trimmed();
    if (!who.isEmpty())
        s += QStringLiteral(" (") + who + QLatin1Char(')');
    return s;
}

QString remarks(const ReportContext& ctx, const Debt& d, const DebtAssessment& a)
{
    QStringList r;
    r << nameOf(d.kind);
    if (d.clientRole == ClientRole::Guarantor)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "the client is guarantor (principal debtor: %1)"))
                 .arg(d.principalDebtor.isEmpty() ? QStringLiteral("—") : d.principalDebtor);
    if (!d.originalCreditor.isEmpty() && d.originalCreditor != d.creditor)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "claim assigned by %1"))
                 .arg(d.originalCreditor);
    const IncompleteDebt* inc = ctx.consultation.incompleteDebt(d.id);
    if (inc)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "some facts are still to be confirmed"));
    else if (a.limitation.invoked)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "limitation invoked"));
    else if (a.limitation.forfeited)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "acknowledged after the limitation completed"));
    else if (a.limitation.completed)
        r << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "limitation completed at the end of %1 (not yet invoked)"))
                 .arg(documentDate(a.limitation.completesOn));
    return r.join(japanese() ? QStringLiteral("、") : QStringLiteral("; "));
}

} // namespace

Paper creditorList(const ReportContext& ctx)
{
    const Case& c = ctx.caseData;
    PaperWriter h;
    h.h1(documentTitle(ClientDocument::CreditorList, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Debtor: %1    Amounts as of %2    Case %3"))
            .arg(c.client.name, documentDate(ctx.consultation.asOf), ctx.caseNumber),
        ParagraphStyle::Meta);
    h.p(L(QT_TRANSLATE_NOOP(
            "zansai::ui::ClientDocuments",
            "A DRAFT made from what you told us, for you to check, complete and sign, and to hand "
            "to the lawyer or judicial scrivener yourself. We give information and do not "
            "represent you (弁護士法72条).")),
        ParagraphStyle::Disclaimer);

    QList<QStringList> rows;
    Yen totalStart, totalNow;
    int n = 0;
    for (const DebtAssessment& a : ctx.consultation.assessment.debts) {
        const Debt* d = debtOf(c, a.id);
        if (!d)
            continue;
        const IncompleteDebt* inc = ctx.consultation.incompleteDebt(a.id);
        const bool unknown = inc && inc->principalUnknown;
        QString creditor = esc(creditorOf(ctx, a));
        if (!d->originalCreditor.isEmpty() && d->originalCreditor != d->creditor)
            creditor +=
                QStringLiteral("<br/>") +
                esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "(original creditor: %1)"))
                        .arg(d->originalCreditor));
        const QString unknownText =
            esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "unknown")));
        rows << QStringList{QString::number(++n),
                            creditor,
                            QString(), // the address: not in the case, written in by hand
                            dateText(d->contractDate),
                            unknown ? unknownText : yen(d->principal),
                            unknown ? unknownText : yen(a.balance()),
                            esc(guarantorText(*d)),
                            esc(titleOfDebt(*d)),
                            esc(remarks(ctx, *d, a))};
        if (!unknown) {
            totalStart += d->principal;
            totalNow += a.balance();
        }
    }
    rows << QStringList{QString(),
                        QStringLiteral("<b>") +
                            esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total"))) +
                            QStringLiteral("</b>"),
                        QString(),
                        QString(),
                        QStringLiteral("<b>") + yen(totalStart) + QStringLiteral("</b>"),
                        QStringLiteral("<b>") + yen(totalNow) + QStringLiteral("</b>"),
                        QString(),
                        QString(),
                        QString()};
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No.")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Address")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Contract date")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Principal at default")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance now")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Guarantor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Court title (債務名義)")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Remarks"))},
            // Nine columns on a portrait page: a smaller size, so that amounts and headings do
            // not break inside a word.
            rows, {4, 5}, {5, 15, 8, 10, 11, 11, 10, 15, 15}, 7.5);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Balance now: unpaid principal and late interest as of %1, as in the "
                            "case summary. Write in each creditor's address from its latest "
                            "letter. A debt whose principal is unknown is left out of the "
                            "totals."))
            .arg(documentDate(ctx.consultation.asOf)),
        ParagraphStyle::Note);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "I confirm that the above is true and complete.")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Date: ____________    Signature: ______________________")));
    return h.take();
}

} // namespace zansai::ui::paper
