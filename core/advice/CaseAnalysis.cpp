#include "advice/CaseAnalysis.h"

#include "advice/PaymentPlan.h"
#include "case/CaseCodes.h"
#include "case/CaseLabels.h"
#include "law/GarnishmentLimit.h"
#include "law/Guarantee.h"
#include "law/HolidayCalendar.h"
#include "law/InterestCap.h"

#include <QCoreApplication>
#include <algorithm>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::CaseAnalysis";

Message ca(const char* source, QList<MessageArg> args = {})
{
    return Message(kContext, source, std::move(args));
}

// The client guarantees someone else's debt (client_role "guarantor"): what the principal
// debtor's acts do to the client (民法457条1項), and the creditor's duty to tell the client of
// the acceleration (民法458条の3) with its deadline; docs/legal-rules.md §10.
QList<Message> guarantorWarnings(const Debt& d, QDate asOf)
{
    QList<Message> out;
    const Message principal =
        d.principalDebtor.trimmed().isEmpty()
            ? ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis", "the principal debtor"))
                  .withCode(u"debt.principal_debtor"_s)
            : Message::verbatim(d.principalDebtor.trimmed());
    out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                "The client guarantees this debt of %1: a suit against %1, or a "
                                "payment or acknowledgment by %1, also suspends or renews the "
                                "client's limitation (民法457条1項); the client may invoke the "
                                "limitation of %1's debt (民法145条)."),
              {principal})
               .withCode(u"debt.guarantor_renewal"_s)
               .withArticle(law::kGuarantorRenewalArticle.toString());
    law::GuarantorNoticeInput in;
    in.guaranteeContractDate = d.contractDate;
    in.individualGuarantor = true; // the client is a person
    in.principalLostBenefitOn = d.acceleratedOn;
    in.asOf = asOf;
    const law::GuarantorNoticeResult r = law::guarantorNotice(in);
    if (r.applies)
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "The creditor had to tell the client by %1 that %2 lost the "
                                    "benefit of time (民法458条の3, 2 months): without a notice "
                                    "by then it cannot claim from the client the late interest "
                                    "from %3 until the notice is given. Ask when the notice "
                                    "arrived."),
                  {r.noticeDeadline, principal, d.acceleratedOn.addDays(1)})
                   .withCode(u"debt.guarantor_notice"_s)
                   .withArticle(law::kGuarantorNoticeArticle.toString());
    else if (d.contractDate.isValid() && d.contractDate < law::kGuarantorNoticeRuleFrom)
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "The guarantee was contracted before 2020-04-01: the "
                                    "creditor owed the client no notice of the acceleration "
                                    "(民法458条の3 does not apply, 平成29年改正法附則21条1項)."))
                   .withCode(u"debt.guarantor_notice_old_law"_s)
                   .withArticle(law::kGuarantorNoticeArticle.toString());
    return out;
}

} // namespace

void describeLateInterest(const Debt& d, const LateTerms& terms, QDate asOf, DebtAssessment& da)
{
    da.lateInterestBasis = toCode(terms.basis);
    da.lateRate = terms.rate;
    da.lateInterestBasisText = ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                                    "Late interest at %1% a year, counted as: %2."),
                                  {terms.rate.toPercentString(), label(terms.basis)})
                                   .withCode(u"debt.late_interest_basis"_s);
    if (!terms.capped())
        return;
    // The figure the contract would give, shown beside the lawful one (never used downstream).
    const law::LedgerResult contract =
        law::runLateInterestLedger(d.principal, terms.contractRate, terms.basis, d.acceleratedOn,
                                   ledgerPayments(d, asOf), asOf);
    da.contractLateInterest = contract.unpaidInterest;
    da.lateInterestCapText =
        ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                             "At the contract rate of %1% the unpaid late interest would be %2; "
                             "the rate is void above %3% (%4), so %5 at %3% is used in every "
                             "balance, option and projection."),
           {terms.contractRate.toPercentString(), contract.unpaidInterest,
            terms.cap.cap.toPercentString(), terms.cap.text.article, da.lateInterest})
            .withCode(u"debt.late_interest_capped"_s)
            .withArticle(terms.cap.text.article);
}

void assessTaxLateFee(const Debt& d, QDate asOf, DebtAssessment& da)
{
    const law::TaxKind kind = taxKind(d);
    const QList<law::Payment> paid = ledgerPayments(d, asOf);
    // accelerated_on is the tax's 納期限: the fee runs from the next day (国税通則法60条2項).
    const law::TaxLedgerResult t =
        law::runTaxLateFeeLedger(d.principal, d.acceleratedOn, kind, paid, asOf);
    da.principal = t.taxUnpaid;
    da.lateInterest = t.feeUnpaid;
    const law::TaxLedgerResult month =
        law::runTaxLateFeeLedger(d.principal, d.acceleratedOn, kind, paid, asOf.addDays(30));
    da.monthlyLateInterest = Yen::max(month.fee.amount - t.fee.amount, Yen(0));
    const bool national = kind == law::TaxKind::National;
    da.lateInterestBasis = national ? u"tax_national"_s : u"tax_local"_s;
    const law::TaxLateFeeRates rates = law::taxLateFeeRates(asOf.year());
    da.lateRate = rates.upper;
    da.lateInterestBasisText =
        (national ? ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                         "延滞税 (national tax, taken from the creditor's name): "
                                         "%1% a year through 2 months after the due date, then "
                                         "%2% (%3 rates), 365 days a year, the tax in 10,000-yen "
                                         "units and the total in 100-yen units (国税通則法60条, "
                                         "118条, 119条, 租税特別措置法94条)."),
                       {rates.lower.toPercentString(), rates.upper.toPercentString(),
                        QString::number(asOf.year())})
                  : ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                         "延滞金 (local tax; a 税務署 or 国税 creditor would be "
                                         "national): %1% a year through 1 month after the due "
                                         "date, then %2% (%3 rates), 365 days a year, the tax in "
                                         "1,000-yen units and the total in 100-yen units "
                                         "(地方税法20条の4の2, 附則3条の2)."),
                       {rates.lower.toPercentString(), rates.upper.toPercentString(),
                        QString::number(asOf.year())}))
            .withCode(u"debt.late_interest_basis"_s);
}

QList<Message> disputedPoints(const Case& c, const Assessment& a, QDate asOf)
{
    QList<Message> out;
    if (!c.debts.isEmpty())
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "Late interest: fractions of a yen are truncated once for each "
                                    "span between payments "
                                    "(円未満切捨て), not for each calendar-year segment; both "
                                    "readings exist (reference "
                                    "§12.5)."))
                   .withCode(u"disputed.late_interest_rounding"_s);
    bool holidayEnd = false, saleAck = false, guarantor = false, publicGuarantor = false;
    for (qsizetype i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        const QDate end = a.debts[i].limitation.completesOn;
        if (end.isValid() && (law::isCourtClosed(end) || end.dayOfWeek() == Qt::Sunday))
            holidayEnd = true;
        for (const DebtEvent& e : d.events)
            if (onOrBefore(e, asOf) && e.type == DebtEventType::VoluntarySaleSettled)
                saleAck = true;
        if (d.lenderKind == LenderKind::GuaranteeCompany && d.contractDate < QDate(2020, 4, 1) &&
            d.acceleratedOn >= QDate(2020, 4, 1))
            guarantor = true;
        if (d.lenderKind == LenderKind::PublicGuarantor)
            publicGuarantor = true;
    }
    if (holidayEnd)
        out << ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "Limitation: a period that ends on a Sunday, holiday or court closing day is "
                      "not "
                      "extended (民法142条 not applied to 時効, the prevailing view after "
                      "大阪地判昭和48年9月4日; "
                      "a minority view extends it, and there is no Supreme Court ruling: reference "
                      "§12.1). "
                      "Act before that day."))
                   .withCode(u"disputed.holiday_end"_s);
    if (saleAck)
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "Limitation: paying the proceeds of a voluntary sale with the "
                                    "debtor's consent is "
                                    "treated as an acknowledgment (民法152条) that renews the "
                                    "period; this is practice "
                                    "consensus, not case law."))
                   .withCode(u"disputed.voluntary_sale"_s);
    if (guarantor)
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "Limitation of a guarantee company's 求償権 paid out after "
                                    "2020-04-01 on a commission "
                                    "contract made before: the old 5-year commercial period is "
                                    "applied (改正附則10条1項, "
                                    "reading of the commission contract as the cause; not "
                                    "confirmed by a Ministry of "
                                    "Justice Q&A: reference §12.4)."))
                   .withCode(u"disputed.guarantor_old_law"_s);
    if (publicGuarantor)
        out << ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "Limitation of a public guarantor's 求償権 under the old law: 10 years is "
                      "assumed; "
                      "for the 公庫住宅融資保証協会 this is not verified (reference §12.3)."))
                   .withCode(u"disputed.public_guarantor"_s);
    if (a.garnishment.monthlySeizable > Yen(0))
        out << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "Wage seizure: the law does not say how to treat a fraction of "
                                    "a yen in the seizable "
                                    "quarter; it is truncated here (reference §3)."))
                   .withCode(u"disputed.garnishment_fraction"_s);
    return out;
}

Assessment analyseCase(const Case& c, QDate asOf)
{
    Assessment a;
    a.asOf = asOf;
    a.garnishment = garnishmentView(c);

    QList<PlanDebt> plan; // every debt at its balance today, for the wage-seizure run below
    a.debts.reserve(c.debts.size());
    for (const Debt& d : c.debts) {
        DebtAssessment da;
        da.id = d.id;
        da.creditor = d.creditor;

        // 民法489条: payments go to accrued late interest first, then principal (the ledger), at
        // the rate the law allows (利息制限法4条・7条: void above the cap).
        const LateTerms terms = lateTerms(d);
        const law::LedgerResult ledger = law::runLateInterestLedger(
            d.principal, terms.rate, terms.basis, d.acceleratedOn, ledgerPayments(d, asOf), asOf);
        da.principal = ledger.principal;
        da.lateInterest = ledger.unpaidInterest;
        // One more month of doing nothing: the 30 days after as_of, on the unpaid principal.
        da.monthlyLateInterest = law::lateInterest(da.principal, terms.rate, asOf.addDays(1),
                                                   asOf.addDays(30), terms.basis)
                                     .amount;
        describeLateInterest(d, terms, asOf, da);
        if (d.kind == DebtKind::Tax)
            assessTaxLateFee(d, asOf, da); // 延滞税/延滞金 instead of a contract rate

        const law::LimitationResult lim = law::computeLimitation(limitationInput(d, asOf));
        LimitationView& v = da.limitation;
        v.years = lim.years;
        v.basis = law::toCode(lim.basis);
        v.completesOn = lim.completesOn;
        v.completed = lim.completed;
        v.pendingProceeding = lim.pendingProceeding;
        v.forfeited = lim.forfeited;
        v.invoked = lim.invoked;
        v.warnings = lim.warnings;
        for (const law::LimitationStep& s : lim.steps) {
            v.steps.append({s.date, s.article, s.text});
            v.notes << s.text;
        }
        v.notes << lim.warnings;

        da.stage = debtStage(d, asOf);
        da.nextCreditorAction = nextCreditorAction(d, courtFacts(d, asOf), da.stage,
                                                   a.garnishment.seizableFor(garnishmentClass(d)));
        // A completed limitation changes what the creditor's next step can achieve: say so beside
        // it (a seizure, stage 3, rests on a title whose own period is shown in the limitation).
        if (lim.completed && !lim.forfeited && !lim.invoked && da.stage < 3) {
            const QString code = da.nextCreditorAction.code;
            da.nextCreditorAction = Message::sentences({da.nextCreditorAction,
                                                        limitationCompletedAction(lim.completesOn)})
                                        .withCode(code);
        }

        // 利息制限法4条・7条: the late rate against its cap (not for taxes or child support).
        if (terms.capped())
            da.warnings << terms.cap.text << da.lateInterestCapText;
        int toInterestOnly = 0;
        for (const law::LedgerEntry& e : ledger.entries)
            if (e.paid > Yen(0) && e.toPrincipal.isZero())
                ++toInterestOnly;
        if (toInterestOnly > 0)
            da.warnings << ca(QT_TRANSLATE_N_NOOP("zansai::CaseAnalysis",
                                                  "%n payment(s) went entirely to late interest "
                                                  "(民法489条): they did not reduce "
                                                  "the principal."))
                               .withCount(toInterestOnly)
                               .withCode(u"debt.payments_to_interest_only"_s);
        if (d.kind == DebtKind::Tax)
            da.warnings << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                                "Taxes survive bankruptcy (破産法253条1項1号) and "
                                                "are not reduced in rehabilitation."))
                               .withCode(u"debt.tax_arrears"_s);
        if (d.kind == DebtKind::ChildSupport)
            da.warnings << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                                "Child support survives bankruptcy "
                                                "(破産法253条1項4号) and can be seized up to "
                                                "half of pay, future instalments included "
                                                "(民事執行法151条の2, 152条3項)."))
                               .withCode(u"debt.child_support"_s);

        if (d.clientRole == ClientRole::Guarantor)
            da.warnings << guarantorWarnings(d, asOf);

        a.stage = std::max(a.stage, da.stage);
        plan.append(planDebt(d, da));
        a.debts.append(da);

        for (const Deadline& dl : debtDeadlines(d, asOf))
            if (dl.daysLeft >= -kPassedDeadlineDays)
                a.deadlines.append(dl);
    }
    // Most urgent first: the deadlines still ahead by date, then those passed within
    // kPassedDeadlineDays (negative daysLeft), the most recently passed first.
    std::stable_sort(a.deadlines.begin(), a.deadlines.end(),
                     [](const Deadline& x, const Deadline& y) {
                         const bool xa = x.daysLeft >= 0, ya = y.daysLeft >= 0;
                         if (xa != ya)
                             return xa;
                         return xa ? x.due < y.due : x.due > y.due;
                     });

    // The seizures running on as_of share one seizable part: the widest of their classes' ranges
    // (民事執行法156条2項・165条; law/GarnishmentLimit.h).
    Yen running;
    for (const Debt& d : c.debts)
        if (wageSeizureRunning(d, asOf))
            running =
                law::sharedWageSeizable({running, a.garnishment.seizableFor(garnishmentClass(d))});
    a.garnishment.monthlySeizableRunning = running;

    // How long a wage seizure would run: the one payment-plan simulation the options use too
    // (calendar months, each debt's own rate, interest first), over a lifetime horizon.
    const Yen seizable = a.garnishment.monthlySeizable;
    a.garnishment.monthsToClear =
        seizable > Yen(0) && a.totalBalance() > Yen(0)
            ? runPaymentPlan(plan, asOf, seizable, PlanHorizon{kPlanLifetimeMonths, 0, 0}).months
            : 0;
    a.doNothing = projectDoNothing(c, a, asOf);
    a.disputedPoints = disputedPoints(c, a, asOf);
    return a;
}

} // namespace zansai
