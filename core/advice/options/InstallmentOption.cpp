// 分割弁済: installments agreed with the creditor (docs/option-ranking.md, "installment").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

namespace {

struct OptionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::OptionComparison)
};

} // namespace

OptionAssessment installment(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Installment;
    const Yen m = x.s.installmentMonthly.value_or(x.capacity);
    o.monthly = Yen::max(m, Yen(0));
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto all = pointers(x.debts);
    o.limitationEffect =
        OptionText::tr("Each payment is an acknowledgment (民法152条1項): the limitation "
                       "period starts again from every payment.");
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? OptionText::tr("The guarantor stays liable for the whole balance; while the "
                             "payments are kept the "
                             "creditor usually does not turn to the guarantor. The client's "
                             "payments also renew "
                             "the limitation period against the guarantor (民法457条1項).")
            : noGuarantor();
    if (x.all.balance() <= Yen(0)) {
        o.reasons << OptionText::tr("Nothing is owed.");
        return o;
    }
    if (x.s.installmentMonthly)
        o.reasons << OptionText::tr("Monthly payment set by the consultant: %1.").arg(money(m));
    else
        o.reasons << OptionText::tr(
                         "Affordable from the budget: income %1 − expenses %2 = %3 a month.")
                         .arg(money(x.c.budget.totalIncome()), money(x.c.budget.totalExpenses()),
                              money(x.c.budget.surplus()));
    if (m <= Yen(0)) {
        o.reasons << OptionText::tr(
            "Nothing is left to pay each month, so no installment can be offered.");
        return o;
    }
    o.eligible = true;
    const Yen balance = x.all.balance();
    const int horizon = practice::kAgreementHorizonMonths;
    const int years = practice::kSteadyPaymentYearsBeforeSettlement;

    // (b) The practice path: an agreement (和解) under which late interest stops. The same run
    // as (a) with the interest stopped: months = ceil(balance / monthly), the last payment
    // smaller; not within the horizon (100 years) = it does not clear.
    const PlanRun agreement = runPlan(x, all, m, LateInterestDuringPlan::Stopped);
    o.clears = agreement.months > 0;
    if (o.clears) {
        o.months = agreement.months;
        o.total = agreement.paid; // the balance of today
        o.reasons << OptionText::tr(
                         "Practice path: under an installment agreement (和解) that stops late "
                         "interest, %1 a month clears the balance of %2 in %3 months (%4 years "
                         "and %5 months).")
                         .arg(money(m), money(balance))
                         .arg(o.months)
                         .arg(o.months / 12)
                         .arg(o.months % 12);
        o.balanceByMonth = agreement.balanceByMonth;
    } else {
        o.total = m * horizon;
        o.reasons << OptionText::tr(
                         "Practice path: even with late interest stopped, %1 a month would need "
                         "more than 100 years to clear %2.")
                         .arg(money(m), money(balance));
        o.notes << OptionText::tr(
                       "The total shown is %1 years of payments (%2): it does not clear the "
                       "debt.")
                       .arg(years)
                       .arg(money(o.total));
    }
    o.notes << OptionText::tr(
        "Practice, not law: after a voluntary sale the residual debt is a defaulted claim "
        "(事故債権). Servicers and creditors routinely agree to small installments on a household "
        "budget sheet (収支表) and usually stop charging late interest under the agreement, or "
        "settle the remainder after years of payment. Nothing obliges them to: the practice path "
        "needs their written agreement.");
    if (o.clears && o.months > horizon) {
        const Yen paid = m * horizon;
        o.notes << OptionText::tr(
                       "Practice, not law: servicers commonly settle the remainder after about "
                       "%1 years of steady payment (a consultant's case: 780万円 at 1万円 a month "
                       "for 5 years, 「5年後に完済予定」). After %2 payments the client would have "
                       "paid %3 and still owe %4 under the agreement. Such a settlement is common "
                       "but not assured, so the months and total above do not assume it.")
                       .arg(years)
                       .arg(horizon)
                       .arg(money(paid), money(balance - paid));
    }

    // (a) The arithmetic if late interest keeps running (no agreement, or one that keeps it).
    const PlanRun run = runPlan(x, all, m);
    if (!o.clears)
        o.balanceByMonth = run.balanceByMonth; // no agreement path to chart: the arithmetic
    if (run.months > 0) {
        o.reasons << OptionText::tr(
                         "If late interest kept running, it would clear in %1 months; %2 paid in "
                         "all, %3 of it late interest.")
                         .arg(run.months)
                         .arg(money(run.paid), money(run.paid - x.all.principal));
    } else if (m < x.all.monthlyInterest) {
        o.warnings << OptionText::tr(
                          "If late interest keeps running, the payment of %1 does not even cover "
                          "the monthly late interest of %2: the debt never clears and the balance "
                          "grows (%3 after %4 years). Only an agreement that stops late interest "
                          "makes these payments clear it.")
                          .arg(money(m), money(x.all.monthlyInterest),
                               money(run.balanceAtMark))
                          .arg(years);
    } else {
        o.warnings << OptionText::tr(
                          "If late interest keeps running, %1 a month barely covers the late "
                          "interest of %2 a month (30 days; a year of calendar months adds more): "
                          "the debt never clears (%3 after %4 years). Only an agreement that "
                          "stops late interest makes these payments clear it.")
                          .arg(money(m), money(x.all.monthlyInterest),
                               money(run.balanceAtMark))
                          .arg(years);
    }

    // Affordable at practice levels (ranking, docs/option-ranking.md): within the budget surplus,
    // at least the practice minimum for each creditor, clearing under the agreement, and no
    // completed limitation that a payment would forfeit.
    const int creditors = creditorCount(all);
    const Yen minimum = practice::kServicerAcceptedMonthlyLow * creditors;
    const auto invocableDebts = invocable(all);
    if (m > x.capacity)
        o.warnings << OptionText::tr(
                          "%1 a month is more than the budget surplus of %2: the budget does not "
                          "carry it.")
                          .arg(money(m), money(x.capacity));
    if (m < minimum)
        o.notes << OptionText::tr(
                       "Servicers usually accept %1 to %2 a month after a voluntary sale; %3 is "
                       "less than %4 for %5 creditor(s) and may be refused.")
                       .arg(money(practice::kServicerAcceptedMonthlyLow),
                            money(practice::kServicerAcceptedMonthlyHigh), money(m), money(minimum))
                       .arg(creditors);
    else
        o.notes << OptionText::tr(
                       "Servicers usually accept %1 to %2 a month after a voluntary sale, on a "
                       "household budget sheet (収支表) the client submits.")
                       .arg(money(practice::kServicerAcceptedMonthlyLow),
                            money(practice::kServicerAcceptedMonthlyHigh));
    o.affordable = o.clears && m <= x.capacity && m >= minimum && invocableDebts.isEmpty();
    // Past the practice horizon the debt stays unpaid on record (KSC: until paid) — a figure of
    // "91 years" would only restate the months.
    applyCredit(o, o.clears && o.months <= practice::kAgreementHorizonMonths
                       ? law::creditRecord(law::CreditEvent::PaidInFull, o.months)
                       : law::creditRecord(law::CreditEvent::Unpaid));
    o.warnings << completedLimitationWarnings(all);
    return o;
}

} // namespace zansai::options
