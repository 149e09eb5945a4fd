// 個人再生 (docs/option-ranking.md, "rehabilitation").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"
#include "law/RehabilitationEligibility.h"
#include "law/RehabilitationMinimum.h"

#include "i18n/Message.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): rehabilitation.*.

namespace {

enum class IncomeKind { None, SalaryLike, Unknown, Irregular };

IncomeKind incomeKind(const Case& c)
{
    if (c.client.occupation == Occupation::Unemployed || c.client.netMonthlyIncome <= Yen(0))
        return IncomeKind::None;
    switch (c.client.occupation) {
    case Occupation::CompanyEmployee:
    case Occupation::PublicServant:
    case Occupation::PartTime:
    case Occupation::Pensioner:
    case Occupation::SecurityGuard:
        return IncomeKind::SalaryLike;
    case Occupation::SelfEmployed:
        return IncomeKind::Irregular;
    default:
        return IncomeKind::Unknown;
    }
}

// What sets the minimum, said inside rehabilitation.minimum (codes rehabilitation.governed_by.*).
Message governedByText(const QString& code)
{
    if (code == u"liquidation_value"_s)
        return say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "the liquidation value"),
                   "rehabilitation.governed_by.liquidation_value");
    if (code == u"disposable_income"_s)
        return say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "two years of disposable income"),
                   "rehabilitation.governed_by.disposable_income");
    return say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "the statutory minimum"),
               "rehabilitation.governed_by.statutory_minimum");
}

} // namespace

OptionAssessment rehabilitation(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Rehabilitation;
    o.notes << clientGuarantorNotes(x, o.kind);
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    // A home still owned ("sale": null) keeps its housing loan secured: a 住宅資金貸付債権
    // (196条3号), outside the 5,000万 cap (221条1項) and the 基準債権 (231条2項3号), paid as
    // contracted under a 住宅資金特別条項 (198条・199条). After a 任意売却 the 残債 is unsecured
    // and counts in full.
    const bool homeKept = !x.c.sale.has_value();
    QList<const DebtFacts*> claimsDebts, homeLoans;
    for (const DebtFacts* d : x.select([](const DebtFacts& d) { return !d.tax; })) {
        if (homeKept && d->kind == DebtKind::HousingLoan)
            homeLoans << d;
        else
            claimsDebts << d;
    }
    const auto supportDebts = x.select([](const DebtFacts& d) { return d.support; });
    const auto taxDebts = x.select([](const DebtFacts& d) { return d.tax; });
    const Yen capClaims = poolOf(claimsDebts).balance(); // 再生債権 for the cap (taxes are not)
    const Yen support = poolOf(supportDebts).balance();  // 非減免債権 (229条3項)
    // 基準債権 (231条2項3号): the same claims; the 非減免債権 stay in it (only 84条2項 claims and
    // what 別除権 recovers are left out, neither of which the case records).
    const Yen baseClaims = capClaims;
    const Yen homeLoan = poolOf(homeLoans).balance();
    const Yen taxes = poolOf(taxDebts).balance();
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Taking part in the proceedings suspends the limitation period "
                              "(民法147条1項4号); the confirmed claims are then paid under the "
                              "plan."),
            "rehabilitation.proceedings_suspend")
            .withArticle(u"民法147条1項4号"_s);
    o.guarantorAffected = x.anyIndividualGuarantor(claimsDebts);
    o.guarantorEffect =
        x.anyGuarantor(claimsDebts)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The plan does not reduce the guarantee (民事再生法177条2項): "
                                    "the creditor claims the whole balance from the guarantor."),
                  "rehabilitation.guarantee_not_reduced")
                  .withArticle(u"民事再生法177条2項"_s)
            : noGuarantorMessage();
    if (!homeLoans.isEmpty())
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "The home is still owned: its housing loan (%1) is a "
                                         "住宅資金貸付債権, left out of the 50,000,000 yen cap "
                                         "(民事再生法221条1項) and of the claims the minimum is "
                                         "measured on. A 住宅資金特別条項 (民事再生法198条) keeps "
                                         "the home: the loan is paid as contracted, besides the "
                                         "plan."),
                       "rehabilitation.home_loan_outside_plan", {homeLoan})
                       .withArticle(u"民事再生法198条・221条1項"_s);
    if (capClaims <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No debt the procedure can reduce (taxes are paid in "
                                           "full: 民事再生法122条)."),
                         "rehabilitation.nothing_to_reduce")
                         .withArticle(u"民事再生法122条"_s);
        return o;
    }
    QMap<QString, Yen> byCreditor;
    for (const DebtFacts* d : claimsDebts)
        byCreditor[d->creditorKey()] += d->balance();
    const IncomeKind income = incomeKind(x.c);
    law::RehabilitationEligibilityInput in;
    in.claims = capClaims;
    in.claimsByCreditor = byCreditor.values();
    in.continuingIncome = income != IncomeKind::None;
    in.salaryLikeIncome = income == IncomeKind::SalaryLike;
    in.priorDischargeFinalOn = x.c.priorDischargeFinalOn;
    in.filing = x.filing;
    const law::RehabilitationEligibilityResult e = law::rehabilitationEligibility(in);

    bool blocked = false;
    if (!e.continuingIncome) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No continuing income: the procedure needs an income "
                                           "expected to continue or recur (民事再生法221条1項)."),
                         "rehabilitation.no_continuing_income")
                         .withArticle(u"民事再生法221条1項"_s);
        blocked = true;
    } else if (x.c.client.occupation == Occupation::Pensioner) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "A pension of %1 a month is a continuing income "
                                           "(民事再生法221条1項); courts accept it when the plan "
                                           "fits the pension."),
                         "rehabilitation.pension_income", {x.c.client.netMonthlyIncome})
                         .withArticle(u"民事再生法221条1項"_s);
    } else {
        o.reasons << say(QT_TRANSLATE_NOOP(
                             "zansai::OptionComparison",
                             "Continuing income: %1 a month net (民事再生法221条1項)."),
                         "rehabilitation.continuing_income", {x.c.client.netMonthlyIncome})
                         .withArticle(u"民事再生法221条1項"_s);
    }
    if (!e.withinCap) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Claims of %1 exceed the 50,000,000 yen cap "
                                           "(民事再生法221条1項): ordinary civil rehabilitation or "
                                           "bankruptcy instead."),
                         "rehabilitation.above_cap", {capClaims})
                         .withArticle(u"民事再生法221条1項"_s);
        blocked = true;
    } else {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Claims of %1 are within the 50,000,000 yen cap "
                                           "(民事再生法221条1項)."),
                         "rehabilitation.within_cap", {capClaims})
                         .withArticle(u"民事再生法221条1項"_s);
    }
    if (blocked)
        return o;

    // Which form: 小規模個人再生 unless one creditor can veto it and 給与所得者等再生 is open.
    const bool wageEarner = e.voteRisk() && e.wageEarnerEligible;
    if (e.vetoByAmount) {
        const auto largest = std::max_element(byCreditor.cbegin(), byCreditor.cend());
        // The share is display text ("52.3%"), the same in every language.
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "%1 holds %2 of the claims (more than half): it alone "
                                           "can reject a small-scale rehabilitation plan "
                                           "(民事再生法230条6項)."),
                         "rehabilitation.veto_by_amount",
                         {largest.key(), percent(e.largestClaim, capClaims)})
                         .withArticle(u"民事再生法230条6項"_s);
    } else if (e.vetoByNumber) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "With %1 creditor(s), one objection is half of the "
                                           "creditors by number and rejects a small-scale "
                                           "rehabilitation plan (民事再生法230条6項)."),
                         "rehabilitation.veto_by_number", {e.creditorCount})
                         .withArticle(u"民事再生法230条6項"_s);
    } else {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No creditor holds more than half of the claims: "
                                           "small-scale rehabilitation (小規模個人再生) needs no "
                                           "more than the absence of objections by half "
                                           "(民事再生法230条6項)."),
                         "rehabilitation.no_veto")
                         .withArticle(u"民事再生法230条6項"_s);
    }
    if (wageEarner) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Salary-earner rehabilitation (給与所得者等再生, "
                                           "民事再生法239条) needs no creditor vote: chosen here. "
                                           "Its minimum includes two years of disposable income."),
                         "rehabilitation.salary_earner_chosen")
                         .withArticle(u"民事再生法239条"_s);
        // 239条5項2号 is measured to the filing: clear on the assumed day, it may still bar a
        // filing made earlier (from today to its last day).
        if (e.wageEarnerBarEnds.isValid() && x.a.asOf <= e.wageEarnerBarEnds &&
            e.wageEarnerBarEnds < x.filing)
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "Salary-earner rehabilitation is barred for a "
                                                "filing on or before %1 (a prior discharge within "
                                                "7 years, 民事再生法239条5項2号): file on or after "
                                                "%2; the assumed filing date %3 is clear."),
                              "rehabilitation.salary_earner_bar_ends_before_filing",
                              {e.wageEarnerBarEnds, e.wageEarnerBarEnds.addDays(1), x.filing})
                              .withArticle(u"民事再生法239条5項2号"_s);
    } else if (e.voteRisk()) {
        if (e.wageEarnerSevenYearBar)
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "Salary-earner rehabilitation is barred for a "
                                                "filing on or before %1 (a prior discharge within "
                                                "7 years, 民事再生法239条5項2号): the veto risk "
                                                "remains."),
                              "rehabilitation.salary_earner_barred", {e.wageEarnerBarEnds})
                              .withArticle(u"民事再生法239条5項2号"_s);
        else if (income == IncomeKind::Unknown)
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "If the income is a regular salary, salary-earner "
                                                "rehabilitation (民事再生法239条) avoids the vote; "
                                                "the occupation alone does not tell. Otherwise "
                                                "the veto risk remains."),
                              "rehabilitation.salary_earner_if_regular")
                              .withArticle(u"民事再生法239条"_s);
        else
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "Salary-earner rehabilitation needs a regular "
                                                "salary-like income (民事再生法239条1項): the veto "
                                                "risk remains."),
                              "rehabilitation.salary_earner_needs_salary")
                              .withArticle(u"民事再生法239条1項"_s);
    }

    // The minimum (民事再生法231条2項, 241条2項) on the 基準債権; child support is not reduced.
    const law::BankruptcyEstateResult estate = law::assessBankruptcyEstate(estateOf(x.c.assets));
    law::RehabilitationMinimumInput mi;
    mi.claims = baseClaims;
    mi.liquidationValue = estate.lost;
    // Approximation: (annual net income − annual budget expenses) × 2. The 政令's standard living
    // cost (241条2項7号, 可処分所得) is not modelled.
    const Yen disposable2y =
        Yen::max(Yen(0), (x.c.client.netMonthlyIncome - x.c.budget.totalExpenses()) * 12) * 2;
    if (wageEarner)
        mi.disposableIncomeTwoYears = disposable2y;
    const law::RehabilitationMinimumResult min = law::rehabilitationMinimum(mi);
    // The plan pays at least the minimum, and the 非減免債権 in full (229条3項, the rest of them
    // at the plan's end, 232条4項): the larger of the two, as the support is inside the minimum's
    // base.
    const Yen plan = Yen::max(min.minimum, support);
    o.minimum = plan;
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Minimum repayment %1, set by %2 (statutory minimum %3 on "
                                       "claims of %4, liquidation value %5; "
                                       "民事再生法231条2項・241条2項)."),
                     "rehabilitation.minimum",
                     {min.minimum, governedByText(min.governedBy), min.statutoryMinimum, baseClaims,
                      estate.lost})
                     .withArticle(u"民事再生法231条2項・241条2項"_s);
    if (wageEarner) {
        // Not the statutory figure (docs/disputed-points.md row 17): said as such, and as a
        // warning when it sets the minimum.
        const Message estimate =
            say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                  "Two years of disposable income (民事再生法241条2項7号) are not "
                                  "computed by the law's rule: the living costs of the 政令 "
                                  "(241条3項の額を定める政令, by 級地, age and household) are not "
                                  "in this app, because their table could not be checked against "
                                  "a source. Estimated instead from the budget as (net income − "
                                  "expenses) × 24 = %1; check it against the 政令 before relying "
                                  "on the minimum."),
                "rehabilitation.disposable_income_estimate", {disposable2y})
                .withArticle(u"民事再生法241条2項7号・3項"_s);
        (min.governedBy == u"disposable_income"_s ? o.warnings : o.notes) << estimate;
    }
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Liquidation value: what a bankruptcy would take under the "
                                     "same Tokyo standards (cash above 990,000 yen, any item of "
                                     "200,000 yen or more): %1."),
                   "rehabilitation.liquidation_value", {estate.lost});
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "The minimum is rounded up to the yen (\"must not fall "
                                     "below\" 1/5 or 1/10; many calculators round down: reference "
                                     "§12.5)."),
                   "rehabilitation.minimum_rounded_up");
    if (min.cappedAtClaims)
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "The floors come to more than the claims of %1: the plan "
                                         "pays the claims in full, never more."),
                       "rehabilitation.minimum_capped_at_claims", {baseClaims});
    if (support > Yen(0))
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Child support arrears of %1 count in the claims the "
                                         "minimum is measured on (民事再生法231条2項) and are not "
                                         "reduced (民事再生法229条3項): the plan pays at least "
                                         "them in full, %2 in all."),
                       "rehabilitation.support_not_reduced", {support, plan})
                       .withArticle(u"民事再生法229条3項・231条2項"_s);
    o.surviving = homeLoan; // paid as contracted under the 住宅資金特別条項
    if (taxes > Yen(0)) {
        o.surviving += taxes;
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Taxes of %1 are not reduced (民事再生法122条) and are "
                                         "paid besides the plan."),
                       "rehabilitation.taxes_not_reduced", {taxes})
                       .withArticle(u"民事再生法122条"_s);
    }

    // 229条2項2号: 3 years, up to 5 when the 3-year installment does not fit the budget.
    int months = 0;
    for (int n = law::kRehabilitationPlanMonths; n <= law::kRehabilitationPlanMonthsMax; ++n) {
        if (perMonth(plan, n) <= x.capacity) {
            months = n;
            break;
        }
    }
    if (months == 0) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Not affordable: even over %1 months the plan of %2 "
                                           "needs %3 a month, more than the budget surplus of "
                                           "%4."),
                         "rehabilitation.not_affordable",
                         {law::kRehabilitationPlanMonthsMax, plan,
                          perMonth(plan, law::kRehabilitationPlanMonthsMax), x.capacity});
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.months = months;
    o.monthly = perMonth(plan, months); // rounded up to the yen; the last payment smaller
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "%1 monthly payments of %2 (民事再生法229条2項2号: 3 "
                                       "years, up to 5 for special reasons)."),
                     "rehabilitation.plan_payments", {months, o.monthly})
                     .withArticle(u"民事再生法229条2項2号"_s);
    o.fees = practice::kRehabilitationLawyerFee + practice::kRehabilitationCourtFee +
             practice::kRehabilitationGazetteFee + practice::kRehabilitationCommissionerFee;
    o.total = plan + o.fees;
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Fees (practice): lawyer %1 (offices quote 400,000–600,000 "
                                     "yen), court fee %2, official gazette about %3, "
                                     "rehabilitation commissioner %4 (Tokyo appoints one in every "
                                     "case)."),
                   "rehabilitation.fees",
                   {practice::kRehabilitationLawyerFee, practice::kRehabilitationCourtFee,
                    practice::kRehabilitationGazetteFee, practice::kRehabilitationCommissionerFee});
    o.balanceByMonth = planChart(x, x.all.balance(), plan, o.monthly, taxDebts + homeLoans);
    applyCredit(o, law::creditRecord(law::CreditEvent::Rehabilitation, months));
    return o;
}

} // namespace zansai::options
