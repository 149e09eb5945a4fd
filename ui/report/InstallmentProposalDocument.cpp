// The 分割弁済の申出書 draft: one letter to each creditor (the servicer that holds the claim now)
// proposing the practice-range monthly the assessment computed (the installment option's monthly,
// the figure on screen and in `evaluate`, shared among the creditors as the payment plan shares
// it), after a page that tells the client what the paper is and what it does: a proposal to pay
// acknowledges the debt (民法152条1項), so a creditor whose limitation has completed gets no
// letter (最判昭和41年4月20日: the right to invoke would be lost). The English paper holds the
// Japanese letters to send and their English translation.
#include "report/DraftDocuments.h"
#include "report/PaperWriter.h"

#include "law/JapaneseEra.h"

#include <QLocale>

#include <algorithm>

namespace zansai::ui::paper {

namespace {

const OptionAssessment* plan(const ReportContext& ctx)
{
    const OptionAssessment* o = ctx.consultation.assessment.option(OptionKind::Installment);
    return o && o->eligible && o->monthly > Yen(0) ? o : nullptr;
}

const DebtAssessment* assessed(const ReportContext& ctx, const QString& id)
{
    for (const DebtAssessment& d : ctx.consultation.assessment.debts)
        if (d.id == id)
            return &d;
    return nullptr;
}

// Why this creditor gets no letter, in the paper's language; empty when it does.
QString refusalFor(const ReportContext& ctx, const CreditorShare& s)
{
    for (const QString& id : s.debtIds) {
        const DebtAssessment* d = assessed(ctx, id);
        const Debt* debt = debtOf(ctx.caseData, id);
        if (debt && debt->kind == DebtKind::Tax)
            return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                       "%1: a tax is not settled by a proposal like this one; "
                                       "ask the tax office about paying in installments."))
                .arg(s.creditor);
        if (d && d->limitation.completed && !d->limitation.forfeited)
            return d->limitation.invoked
                       ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                             "%1: the limitation has been invoked; nothing is "
                                             "proposed."))
                             .arg(s.creditor)
                       : L(QT_TRANSLATE_NOOP(
                               "zansai::ui::ClientDocuments",
                               "%1: the limitation completed at the end of %2. A proposal to pay "
                               "would acknowledge the debt and lose the right to invoke it "
                               "(最判昭和41年4月20日): see the notice invoking the limitation "
                               "instead."))
                             .arg(s.creditor, documentDate(d->limitation.completesOn));
    }
    if (s.monthly <= Yen(0))
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "%1: its share of the monthly payment is less than 1 yen."))
            .arg(s.creditor);
    return {};
}

// The month of the first payment: 令和8年12月 / December 2026.
QString monthText(QDate d)
{
    if (japanese())
        return law::formatWareki(d).section(QStringLiteral("月"), 0, 0) + QStringLiteral("月");
    return QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"));
}

QString addressLine(const Client& c)
{
    if (!c.address)
        return {};
    const Address& a = *c.address;
    QString s;
    if (!a.postalCode.isEmpty())
        s += QStringLiteral("〒") + a.postalCode + QLatin1Char(' ');
    return (s + a.prefecture + a.city + a.line).trimmed();
}

// The client's situation in one or two sentences, from the case.
QString situation(const ReportContext& ctx)
{
    const Case& c = ctx.caseData;
    QStringList s;
    if (c.sale)
        s << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "My home was sold (%1, settled on %2), and the sale did not "
                                 "cover the loan."))
                 .arg(nameOf(c.sale->kind), documentDate(c.sale->settledOn));
    s << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "I live on a take-home income of %1 a month with %2 dependent(s); "
                             "after the household's expenses, %3 a month is left (household "
                             "budget attached)."))
             .arg(formatYen(c.client.netMonthlyIncome, japanese()))
             .arg(c.client.dependents)
             .arg(formatYen(c.budget.surplus(), japanese()));
    return s.join(japanese() ? QString() : QStringLiteral(" "));
}

void letter(PaperWriter& h, const ReportContext& ctx, const CreditorShare& s, QDate start)
{
    const Case& c = ctx.caseData;
    const Debt* first = debtOf(c, s.debtIds.value(0));
    const QString original = first ? first->originalCreditor : QString();
    h.pMarkup(esc(documentDate(ctx.printedOn)), ParagraphStyle::Body, Qt::AlignRight, true);
    h.h1(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Proposal to pay in installments")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "To: %1")).arg(s.creditor));
    if (!original.isEmpty() && original != s.creditor)
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "(original creditor: %1)"))
                .arg(original),
            ParagraphStyle::Meta);
    const QString from = addressLine(c.client);
    h.pMarkup(
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "From: %1")).arg(c.client.name)) +
            QStringLiteral("<br/>") +
            esc(from.isEmpty() ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                                     "Address: ______________________________"))
                               : from) +
            QStringLiteral("<br/>") +
            esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                    "Telephone: ____________________"))),
        ParagraphStyle::Body, Qt::AlignRight);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "As to my debt to you described below (%1 as of %2, late interest "
                            "included), I am not able to pay it at once."))
            .arg(formatYen(s.balance, japanese()), documentDate(ctx.consultation.asOf)));
    h.p(situation(ctx));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "I therefore ask you to accept payment of %1 a month, starting in "
                            "%2, and to consider waiving the late interest while the payments "
                            "are kept."))
            .arg(formatYen(s.monthly, japanese()), monthText(start)));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Please reply in writing to the address above.")));
    QList<QStringList> rows;
    for (const QString& id : s.debtIds) {
        const Debt* d = debtOf(c, id);
        const DebtAssessment* a = assessed(ctx, id);
        if (!d || !a)
            continue;
        rows << QStringList{
            esc(d->originalCreditor.isEmpty() ? creditorOf(ctx, *a) : d->originalCreditor),
            dateText(d->contractDate), yen(d->principal), yen(a->balance())};
    }
    h.table(
        {L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Lender")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Contract date")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Principal when accelerated")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance (late interest included)"))},
        rows, {2, 3}, {34, 22, 22, 22});
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Proposal")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Details"))},
            {{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly payment"))),
              QStringLiteral("<b>") + yen(s.monthly) + QStringLiteral("</b>")},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "First payment"))),
              esc(documentDate(start))}},
            {}, {40, 60});
    h.pMarkup(esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Signature: ______________________    (seal)"))),
              ParagraphStyle::Body, Qt::AlignRight);
}

} // namespace

QList<CreditorShare> installmentShares(const ReportContext& ctx)
{
    QList<CreditorShare> out;
    const OptionAssessment* o = plan(ctx);
    if (!o)
        return out;
    Yen total;
    for (const DebtAssessment& d : ctx.consultation.assessment.debts) {
        const IncompleteDebt* inc = ctx.consultation.incompleteDebt(d.id);
        if ((inc && inc->principalUnknown) || d.balance() <= Yen(0))
            continue; // a balance not known is left out of every sum (advice/Consultation.h)
        auto it = std::find_if(out.begin(), out.end(), [&](const CreditorShare& s) {
            return s.creditor.simplified() == creditorOf(ctx, d).simplified();
        });
        if (it == out.end()) {
            out.append({creditorOf(ctx, d), {}, Yen(0), Yen(0)});
            it = out.end() - 1;
        }
        it->debtIds << d.id;
        it->balance += d.balance();
        total += d.balance();
    }
    if (total <= Yen(0))
        return {};
    Yen given;
    for (CreditorShare& s : out) {
        // monthly × balance ÷ total, 円未満切捨て (the payment plan's sharing, PaymentPlan.h).
        s.monthly = o->monthly.mulDiv(s.balance.value(), total.value(), Rounding::Truncate);
        given += s.monthly;
    }
    if (!out.isEmpty())
        out.first().monthly += o->monthly - given; // the yen left over, to the first creditor
    return out;
}

QString installmentProposalRefusal(const ReportContext& ctx)
{
    const OptionAssessment* all = ctx.consultation.assessment.option(OptionKind::Installment);
    if (!plan(ctx)) {
        const QString why = all ? texts(all->reasons).join(QLatin1Char(' ')) : QString();
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "No installment proposal can be drafted: no installment plan "
                                   "is computed for this case. %1"))
            .arg(why)
            .trimmed();
    }
    QStringList reasons;
    for (const CreditorShare& s : installmentShares(ctx)) {
        const QString why = refusalFor(ctx, s);
        if (why.isEmpty())
            return {};
        reasons << why;
    }
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                               "No installment proposal can be drafted: %1"))
        .arg(reasons.join(QLatin1Char(' ')));
}

Paper installmentProposal(const ReportContext& ctx)
{
    PaperWriter h;
    const QList<CreditorShare> shares = installmentShares(ctx);
    const OptionAssessment* o = plan(ctx);
    // The first payment: the month after the day assessed, as the plan counts (PaymentPlan.h).
    const QDate start = ctx.consultation.asOf.addMonths(1);
    draftCoverHead(h, ClientDocument::InstallmentProposal, ctx);
    if (o)
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "The monthly payment in the assessment is %1 in all; each "
                                "creditor is offered a share in proportion to what it is owed."))
                .arg(formatYen(o->monthly, japanese())));
    QStringList offered, left;
    for (const CreditorShare& s : shares) {
        if (const QString why = refusalFor(ctx, s); !why.isEmpty())
            left << why;
        else
            offered << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                           "%1: %2 a month (owed: %3)"))
                           .arg(s.creditor, formatYen(s.monthly, japanese()),
                                formatYen(s.balance, japanese()));
    }
    h.list(offered);
    if (!left.isEmpty()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditors left out, and why")));
        h.list(left);
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "The shares of the creditors left out are not offered to the "
                                "others: ask the consultant before changing the amounts.")),
            ParagraphStyle::Note);
    }
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Before you send it")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "A proposal to pay acknowledges the debt: the limitation period "
                            "starts again from it (民法152条1項). Send it only if you mean to "
                            "pay.")),
        ParagraphStyle::Warn);
    h.list({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "Check every name, date and amount, fill in your telephone "
                                "number, sign and seal each letter.")),
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "Attach the household income and expense statement (家計収支表) "
                                "and keep a copy of everything you send.")),
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "Pay only what is agreed in writing, and only once it is "
                                "agreed."))},
           true);
    const auto letters = [&] {
        for (const CreditorShare& s : shares)
            if (refusalFor(ctx, s).isEmpty())
                letter(h, ctx, s, start);
    };
    if (japanese()) {
        letters();
    } else {
        // A servicer reads Japanese: the letters to send, then their translation to read.
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                "Send the Japanese letters that follow; the English letters "
                                "after them are a translation for you to read.")),
            ParagraphStyle::Note);
        {
            const LanguageScope ja(Language::Japanese);
            letters();
        }
        letters();
    }
    return h.take();
}

} // namespace zansai::ui::paper
