// The one payment-plan simulation: a fixed amount paid every calendar month against one or more
// debts, while late interest keeps running (or under an agreement that stops it), until the debts
// are cleared or the horizon ends. The installment option's two paths, the equal-installment
// plans' charts and a wage seizure's months (the do-nothing option) all run it; the analysis's
// garnishment months (advice/CaseAnalysis) can too, so that one question has one answer.
// Every caller names its horizon: nothing here assumes 100 years or 120 chart months.
#pragma once

#include "law/DayBasis.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>

namespace zansai {

struct Debt;
struct DebtAssessment;

// How far a run looks, chosen by the caller.
struct PlanHorizon {
    int lastMonth = 0;   // the last payment simulated: not cleared by then = never (months 0)
    int chartMonths = 0; // PlanRun::balanceByMonth covers month 0..chartMonths
    int markMonth = 0;   // PlanRun::balanceAtMark: the balance after this many payments
};

// 100 years: beyond that "never" is the honest answer (options and the wage-seizure view).
inline constexpr int kPlanLifetimeMonths = 1200;
// The charts: month 0..120 (also CaseAnalysis's kProjectionMonths).
inline constexpr int kPlanChartMonths = 120;

// One debt as a plan sees it: what is owed at the start and how its late interest accrues.
struct PlanDebt {
    Yen principal; // unpaid principal at the start
    Yen interest;  // unpaid late interest accrued through the start day
    // The case debt's late rate and day basis (law::lateInterest): every plan runs on a debt of
    // the case, so there is always one.
    Rate rate;
    law::DayBasis basis = law::DayBasis::Days365;
};

// The case's debt at the analysis's balances (principal and late interest as of the analysis).
PlanDebt planDebt(const Debt& d, const DebtAssessment& a);

enum class LateInterestDuringPlan {
    Runs,    // no agreement (or a seizure): interest accrues on the unpaid principal
    Stopped, // an agreement (和解) that stops it, or a plan whose total is fixed (任意整理,
             // 個人再生)
};

struct PlanRun {
    int months = 0;            // payments until cleared; 0: not cleared within horizon.lastMonth
    Yen paid;                  // every payment made (the last one may be smaller)
    Yen balanceAtMark;         // owed after horizon.markMonth payments (0 when cleared before)
    QList<Yen> balanceByMonth; // month 0..horizon.chartMonths, after that month's payment
};

// Pays `monthly` on start + 1, 2, … calendar months (QDate::addMonths). Before each payment every
// debt accrues late interest on its unpaid principal since the previous payment day (the ledger's
// rule: law::lateInterest at its own rate and basis, truncated once per span between payments).
// The payment is shared among the debts in proportion to their balances (fractions truncated, the
// rest to the first debts still owing) and goes to each debt's accrued interest first (民法489条).
// A year of payments that lowers nothing ends the run early once the chart and the mark are
// filled: with simple interest on a falling principal it can only clear later if a leap year's
// extra day made the difference, which at any lawful rate leaves far more than 100 years to go.
PlanRun runPaymentPlan(const QList<PlanDebt>& debts, QDate start, Yen monthly,
                       const PlanHorizon& horizon,
                       LateInterestDuringPlan interest = LateInterestDuringPlan::Runs);

// Late interest on `d` for an unpaid `principal` from..to, both days counted, truncated once: the
// ledger's rule (law::lateInterest at the debt's rate and basis).
Yen planInterest(const PlanDebt& d, Yen principal, QDate from, QDate to);

} // namespace zansai
