// 分割弁済: installments agreed with the creditor (docs/option-ranking.md, "installment").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <QCoreApplication>

#include <algorithm>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): installment.*.

OptionAssessment installment(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Installment;
    o.notes << clientGuarantorNotes(x, o.kind);
    const auto all = pointers(x.debts);
    // The proposal (practice): at most the high end of what servicers accept per creditor, and
    // never more than the budget allows; the rest of the surplus is kept as a reserve toward a
    // later lump-sum offer (seeds: 「月5,000〜2万円程度で提案」, 「余力を残して粘り強く交渉」).
    const int proposalCreditors = std::max(1, creditorCount(all));
    const Yen practiceHigh = practice::kServicerAcceptedMonthlyHigh * proposalCreditors;
    const Yen proposal = Yen::min(x.capacity, practiceHigh);
    const Yen reserve = x.capacity - proposal;
    const Yen m = x.s.installmentMonthly.value_or(proposal);
    o.monthly = Yen::max(m, Yen(0));
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Each payment is an acknowledgment (民法152条1項): the limitation "
                              "period starts again from every payment."),
            "installment.payment_acknowledges")
            .withArticle(u"民法152条1項"_s);
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The guarantor stays liable for the whole balance; while the "
                                    "payments are kept the creditor usually does not turn to the "
                                    "guarantor. The client's payments also renew the limitation "
                                    "period against the guarantor (民法457条1項)."),
                  "installment.guarantor_stays_liable")
                  .withArticle(u"民法457条1項"_s)
            : noGuarantorMessage();
    if (x.all.balance() <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Nothing is owed."),
                         "installment.nothing_owed");
        return o;
    }
    if (x.s.installmentMonthly)
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Monthly payment set by the consultant: %1."),
                         "installment.set_by_consultant", {m});
    else
        o.reasons << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Affordable from the budget: income %1 − expenses %2 "
                              "= %3 a month."),
            "installment.budget_surplus",
            {x.c.budget.totalIncome(), x.c.budget.totalExpenses(), x.c.budget.surplus()});
    if (!x.s.installmentMonthly && reserve > Yen(0))
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Proposed: %1 a month, the high end of what servicers "
                                           "usually accept (%2 to %3 a month per creditor, %4 "
                                           "creditor(s)). The budget would allow up to %5; keep "
                                           "the %6 a month left over as a reserve toward a later "
                                           "lump-sum offer."),
                         "installment.practice_proposal",
                         {proposal, practice::kServicerAcceptedMonthlyLow,
                          practice::kServicerAcceptedMonthlyHigh, proposalCreditors, x.capacity,
                          reserve});
    else if (!x.s.installmentMonthly && x.capacity > Yen(0))
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Proposed: %1 a month, all the budget allows; "
                                           "servicers usually accept %2 to %3 a month per "
                                           "creditor (%4 creditor(s)). No reserve is left for a "
                                           "later lump-sum offer."),
                         "installment.proposal_whole_surplus",
                         {proposal, practice::kServicerAcceptedMonthlyLow,
                          practice::kServicerAcceptedMonthlyHigh, proposalCreditors});
    else if (x.s.installmentMonthly)
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "The practice proposal would be %1 a month; the budget "
                                         "allows up to %2."),
                       "installment.practice_proposal_beside", {proposal, x.capacity});
    if (m <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Nothing is left to pay each month, so no installment "
                                           "can be offered."),
                         "installment.nothing_left");
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
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Practice path: under an installment agreement (和解) "
                                           "that stops late interest, %1 a month clears the "
                                           "balance of %2 in %3 months (%4 years and %5 months)."),
                         "installment.practice_path_clears",
                         {m, balance, o.months, o.months / 12, o.months % 12});
        o.balanceByMonth = agreement.balanceByMonth;
    } else {
        o.total = m * horizon;
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Practice path: even with late interest stopped, %1 a "
                                           "month would need more than 100 years to clear %2."),
                         "installment.practice_path_never_clears", {m, balance});
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "The total shown is %1 years of payments (%2): it does "
                                         "not clear the debt."),
                       "installment.total_does_not_clear", {years, o.total});
    }
    o.notes << say(
        QT_TRANSLATE_NOOP("zansai::OptionComparison",
                          "Practice, not law: after a voluntary sale the residual debt is a "
                          "defaulted claim (事故債権). Servicers and creditors routinely agree to "
                          "small installments on a household budget sheet (収支表) and usually "
                          "stop charging late interest under the agreement, or settle the "
                          "remainder after years of payment. Nothing obliges them to: the practice "
                          "path needs their written agreement."),
        "installment.practice_note");
    if (o.clears && o.months > horizon) {
        const Yen paid = m * horizon;
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Practice, not law: servicers commonly settle the "
                                         "remainder after about %1 years of steady payment (a "
                                         "consultant's case: 780万円 at 1万円 a month for 5 years, "
                                         "「5年後に完済予定」). After %2 payments the client would "
                                         "have paid %3 and still owe %4 under the agreement. Such "
                                         "a settlement is common but not assured, so the months "
                                         "and total above do not assume it."),
                       "installment.settlement_after_years",
                       {years, horizon, paid, balance - paid});
    }

    // (a) The arithmetic if late interest keeps running (no agreement, or one that keeps it).
    const PlanRun run = runPlan(x, all, m);
    if (!o.clears)
        o.balanceByMonth = run.balanceByMonth; // no agreement path to chart: the arithmetic
    if (run.months > 0) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "If late interest kept running, it would clear in %1 "
                                           "months; %2 paid in all, %3 of it late interest."),
                         "installment.clears_with_late_interest",
                         {run.months, run.paid, run.paid - x.all.principal});
    } else if (m < x.all.monthlyInterest) {
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "If late interest keeps running, the payment of %1 "
                                            "does not even cover the monthly late interest of %2: "
                                            "the debt never clears and the balance grows (%3 "
                                            "after %4 years). Only an agreement that stops late "
                                            "interest makes these payments clear it."),
                          "installment.below_late_interest",
                          {m, x.all.monthlyInterest, run.balanceAtMark, years});
    } else {
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "If late interest keeps running, %1 a month barely "
                                            "covers the late interest of %2 a month (30 days; a "
                                            "year of calendar months adds more): the debt never "
                                            "clears (%3 after %4 years). Only an agreement that "
                                            "stops late interest makes these payments clear it."),
                          "installment.barely_covers_late_interest",
                          {m, x.all.monthlyInterest, run.balanceAtMark, years});
    }

    // Affordable at practice levels (ranking, docs/option-ranking.md): within the budget surplus,
    // at least the practice minimum for each creditor, clearing under the agreement, and no
    // completed limitation that a payment would forfeit.
    const int creditors = creditorCount(all);
    const Yen minimum = practice::kServicerAcceptedMonthlyLow * creditors;
    const auto invocableDebts = invocable(all);
    if (m > x.capacity)
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "%1 a month is more than the budget surplus of %2: "
                                            "the budget does not carry it."),
                          "installment.above_surplus", {m, x.capacity});
    if (m < minimum)
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Servicers usually accept %1 to %2 a month after a "
                                         "voluntary sale; %3 is less than %4 for %5 creditor(s) "
                                         "and may be refused."),
                       "installment.below_practice_minimum",
                       {practice::kServicerAcceptedMonthlyLow,
                        practice::kServicerAcceptedMonthlyHigh, m, minimum, creditors});
    else
        o.notes << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Servicers usually accept %1 to %2 a month after a "
                              "voluntary sale, on a household budget sheet (収支表) "
                              "the client submits."),
            "installment.practice_range",
            {practice::kServicerAcceptedMonthlyLow, practice::kServicerAcceptedMonthlyHigh});
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
