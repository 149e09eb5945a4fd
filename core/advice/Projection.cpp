// Where doing nothing leads (docs/advice-model.md §5, §6): the wage-garnishment view, the months
// a seizure would take to clear the debts, and the do-nothing projection month by month. The notes
// are Messages in the context "zansai::CaseAnalysis", narrated by the caller.
#include "advice/Projection.h"

#include "case/DebtFacts.h"
#include "law/GarnishmentLimit.h"
#include "law/LateInterest.h"

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

Yen budgetIncome(const Case& c, const QString& code)
{
    return c.budget.income.value(code, Yen(0));
}

// Days of a pay period in a 30-day month: the 施行令2条1項 caps are 1.1万 a day, so 30 days give
// the monthly 33万, 15 the semi-monthly 16.5万 and 10 the ten-day 11万 exactly.
int payPeriodDays(PayCycle cycle)
{
    switch (cycle) {
    case PayCycle::Monthly:
        return 30;
    case PayCycle::SemiMonthly:
        return 15;
    case PayCycle::TenDays:
        return 10;
    case PayCycle::Weekly:
        return 7;
    case PayCycle::Daily:
        return 1;
    }
    return 30;
}

struct ProjectedDebt {
    Yen principal, interest;
    Rate rate;
    DayBasis basis = DayBasis::Days365;
    bool seized = false; // a wage seizure filed for this debt is running
};

} // namespace

DoNothingProjection projectDoNothing(const Case& c, const Assessment& a, QDate asOf)
{
    DoNothingProjection p;
    QList<ProjectedDebt> debts;
    debts.reserve(c.debts.size());
    for (qsizetype i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        const DebtAssessment& da = a.debts[i];
        // The lawful rate and basis the assessment used (利息制限法: void above the cap).
        const LateTerms terms = lateTerms(d);
        debts.append(
            {da.principal, da.lateInterest, terms.rate, terms.basis, wageSeizureRunning(d, asOf)});
        p.monthlyLateInterest += da.monthlyLateInterest;
    }
    // What the running seizures take together (one shared part); before the assessment has
    // filled it, what every creditor of the case would take together: the widest limit of their
    // classes (152条1項, 152条3項 for support, 国税徴収法76条 for taxes), the ordinary figure
    // when all are ordinary creditors.
    const Yen garnish =
        a.garnishment.monthlySeizableRunning > Yen(0)
            ? a.garnishment.monthlySeizableRunning
            : Yen::max(a.garnishment.monthlySeizableCombined, a.garnishment.monthlySeizable);
    p.garnishmentApplied =
        garnish > Yen(0) &&
        std::any_of(debts.cbegin(), debts.cend(), [](const ProjectedDebt& x) { return x.seized; });

    p.balanceByMonth.reserve(kProjectionMonths + 1);
    QList<Yen> seizedInterest; // interest accrued on seized debts, month by month
    QDate prev = asOf;
    for (int m = 0; m <= kProjectionMonths; ++m) {
        const QDate end = asOf.addMonths(m);
        Yen total;
        Yen toPay = garnish;
        // Unseized debts: interest from as_of + 1 through the month's end, one truncation (law).
        // Seized debts: month by month, because each payday changes the principal (民法489条).
        qsizetype seizedCount = 0;
        Yen seizedBalance;
        for (ProjectedDebt& x : debts) {
            if (x.seized && p.garnishmentApplied) {
                if (m > 0 && x.principal > Yen(0))
                    x.interest +=
                        law::lateInterest(x.principal, x.rate, prev.addDays(1), end, x.basis)
                            .amount;
                seizedBalance += x.principal + x.interest;
                ++seizedCount;
            } else {
                Yen accrued;
                if (m > 0 && x.principal > Yen(0))
                    accrued = law::lateInterest(x.principal, x.rate, asOf.addDays(1), end, x.basis)
                                  .amount;
                total += x.principal + x.interest + accrued;
            }
        }
        if (m > 0 && seizedCount > 0 && seizedBalance > Yen(0)) {
            // Several seized debts share each payday in proportion to their balances
            // (配当 by claim amount; fractions truncated, the remainder to the last one paid).
            Yen left = Yen::min(toPay, seizedBalance);
            const Yen pot = left;
            qsizetype k = 0;
            for (ProjectedDebt& x : debts) {
                if (!(x.seized && p.garnishmentApplied))
                    continue;
                ++k;
                Yen share = k == seizedCount
                                ? left
                                : pot.mulDiv((x.principal + x.interest).value(),
                                             seizedBalance.value(), Rounding::Truncate);
                share = Yen::min(share, x.principal + x.interest);
                left -= share;
                const Yen toInterest = Yen::min(share, x.interest); // 民法489条: interest first
                x.interest -= toInterest;
                x.principal -= share - toInterest;
            }
        }
        for (const ProjectedDebt& x : debts)
            if (x.seized && p.garnishmentApplied)
                total += x.principal + x.interest;
        p.balanceByMonth.append(total);
        prev = end;
    }
    p.balanceAfter1y = p.balanceByMonth[12];
    p.balanceAfter3y = p.balanceByMonth[36];
    p.balanceAfter5y = p.balanceByMonth[60];

    // Which rate runs: the contract's, unless 利息制限法 caps it (4条1項, 7条1項: void above the
    // cap; lateTerms). Said per capped debt, with the article, not hidden in "contract rate".
    QList<Message> capped;
    for (const Debt& d : c.debts)
        if (const LateTerms terms = lateTerms(d); terms.capped())
            capped << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                           "%1: late interest runs at the lawful %2%, not the "
                                           "contract's %3%: the rate is void above the cap (%4)."),
                         {d.creditor, terms.rate.toPercentString(),
                          terms.contractRate.toPercentString(), terms.cap.text.article})
                          .withCode(u"do_nothing.rate_capped"_s)
                          .withArticle(terms.cap.text.article);
    p.notes << (capped.isEmpty()
                    ? ca(QT_TRANSLATE_NOOP(
                             "zansai::CaseAnalysis",
                             "Late interest runs on the unpaid principal only (simple "
                             "interest), day by day at each "
                             "debt's contract rate and day basis; the balance is "
                             "shown at the "
                             "same day of each month "
                             "counted from %1."),
                         {asOf})
                          .withCode(u"do_nothing.simple_interest"_s)
                    : ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                           "Late interest runs on the unpaid principal only "
                                           "(simple interest), day by day at each debt's lawful "
                                           "rate (the contract rate within the 利息制限法 cap, the "
                                           "cap above it) and day basis; the balance is shown at "
                                           "the same day of each month counted from %1."),
                         {asOf})
                          .withCode(u"do_nothing.simple_interest"_s)
                          .withArticle(u"利息制限法4条・7条"_s));
    p.notes << capped;
    if (p.garnishmentApplied)
        p.notes
            << ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A wage seizure is running: %1 a month (民事執行法152条) is taken from pay "
                      "and applied to the seized debts, late interest first (民法489条), until "
                      "they are paid. Other debts keep growing."),
                  {garnish})
                   .withCode(u"do_nothing.wage_seizure_running"_s);
    else if (a.stage >= 2 && garnish.isZero())
        p.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                        "No payment is assumed. Nothing of the recorded income can "
                                        "be seized from pay (see the "
                                        "garnishment figures); with a 債務名義 the creditor can "
                                        "still seize bank deposits."))
                       .withCode(u"do_nothing.nothing_seizable"_s);
    else if (a.stage >= 2)
        p.notes << ca(QT_TRANSLATE_NOOP(
                          "zansai::CaseAnalysis",
                          "No payment is assumed. With a 債務名義 the creditor can start a wage "
                          "seizure at any time; it would take %1 a month (see the garnishment "
                          "figures), which this projection does not assume."),
                      {garnish})
                       .withCode(u"do_nothing.seizure_possible"_s);
    else
        p.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                        "No payment and no seizure is assumed: a seizure needs a "
                                        "債務名義 first (a judgment "
                                        "or a payment order: stage 2)."))
                       .withCode(u"do_nothing.no_title"_s);
    p.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "Limitation is not applied to the projection: the balance "
                                    "stays owed until the period "
                                    "has run and is invoked (民法145条)."))
                   .withCode(u"do_nothing.limitation_not_applied"_s);
    return p;
}

QString garnishmentClass(const Debt& d)
{
    if (d.kind == DebtKind::ChildSupport)
        return u"support"_s; // 扶養義務等に係る定期金債権 (民事執行法151条の2第1項)
    if (d.kind == DebtKind::Tax || d.lenderKind == LenderKind::PublicAuthority)
        return u"tax"_s; // 滞納処分 (国税徴収法, 地方税法 by reference)
    return u"ordinary"_s;
}

GarnishmentView garnishmentView(const Case& c)
{
    GarnishmentView g;
    const Yen net = Yen::max(c.client.netMonthlyIncome, Yen(0));
    // Public pensions cannot be seized (国民年金法24条, 厚生年金保険法41条1項): only pay is.
    Yen pension = Yen::min(budgetIncome(c, u"pension"_s), net);
    if (c.client.occupation == Occupation::Pensioner && pension.isZero())
        pension = net; // a pensioner whose budget does not split the income: all of it is pension
    const Yen pay = net - pension;

    const PayCycle cycle = c.client.payCycle;
    const int days = payPeriodDays(cycle);
    // The monthly figure is turned into one pay of the cycle (× days/30, truncated), the limit of
    // 民事執行法152条1項・3項 / 施行令2条1項 applied to that pay, and the result turned back into a
    // month (× 30/days, truncated).
    const auto monthlyUnder152 = [&](law::ClaimKind claim) {
        const Yen perPay = pay.mulDiv(days, 30, Rounding::Truncate);
        const law::GarnishmentResult r = law::wageGarnishmentLimit(perPay, cycle, claim);
        return cycle == PayCycle::Monthly
                   ? r.seizable
                   : Yen::min(r.seizable.mulDiv(30, days, Rounding::Truncate), pay);
    };
    g.monthlySeizable = monthlyUnder152(law::ClaimKind::Ordinary);

    // Each class of creditor the case holds: an ordinary creditor always (the spec's figure), a
    // support creditor (152条3項: half), a tax office (国税徴収法76条 on the month's net pay, which
    // is already after taxes and social insurance; the client's dependents).
    GarnishmentClassView ordinary{u"ordinary"_s, u"民事執行法152条1項"_s, g.monthlySeizable, {}};
    GarnishmentClassView support{
        u"support"_s, u"民事執行法152条3項"_s, monthlyUnder152(law::ClaimKind::Support), {}};
    GarnishmentClassView tax{u"tax"_s,
                             u"国税徴収法76条1項"_s,
                             law::taxWageSeizureLimit(pay, c.client.dependents).seizable,
                             {}};
    for (const Debt& d : c.debts)
        (garnishmentClass(d) == u"support"_s ? support
         : garnishmentClass(d) == u"tax"_s   ? tax
                                             : ordinary)
            .debtIds.append(d.id);
    g.byClass << ordinary;
    if (!support.debtIds.isEmpty())
        g.byClass << support;
    if (!tax.debtIds.isEmpty())
        g.byClass << tax;
    // Several creditors on one wage share one seizable part (民事執行法156条2項・165条, 滞調法).
    g.monthlySeizableCombined = law::sharedWageSeizable(
        {g.monthlySeizable, support.debtIds.isEmpty() ? Yen(0) : support.monthlySeizable,
         tax.debtIds.isEmpty() ? Yen(0) : tax.monthlySeizable});
    if (g.byClass.size() > 1 || c.debts.size() > 1)
        g.notes << ca(QT_TRANSLATE_NOOP(
                          "zansai::CaseAnalysis",
                          "Several creditors seizing the same pay share one seizable "
                          "part (民事執行法156条2項, 165条; 滞調法 between a tax office "
                          "and a court): they do not each take it. Every creditor "
                          "of this case seizing at once would take %1 a month."),
                      {g.monthlySeizableCombined})
                       .withCode(u"garnishment.shared"_s);
    if (!support.debtIds.isEmpty())
        g.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                        "A support creditor may seize half of the net pay "
                                        "(民事執行法152条3項): %1 a month."),
                      {support.monthlySeizable})
                       .withCode(u"garnishment.support"_s)
                       .withArticle(u"民事執行法152条3項"_s);
    if (!tax.debtIds.isEmpty())
        g.notes << ca(QT_TRANSLATE_N_NOOP(
                          "zansai::CaseAnalysis",
                          "A tax office seizes under 国税徴収法76条, not 民事執行法152条: "
                          "of the net pay, 10万円 plus 4.5万円 for each of %n "
                          "dependent(s) and 20% of the rest stay protected: %1 a "
                          "month can be taken."),
                      {tax.monthlySeizable})
                       .withCount(c.client.dependents)
                       .withCode(u"garnishment.tax"_s)
                       .withArticle(u"国税徴収法76条1項"_s);
    if (!tax.debtIds.isEmpty()) // docs/disputed-points.md #10: the choice named beside the figure
        g.notes << ca(QT_TRANSLATE_NOOP(
                          "zansai::CaseAnalysis",
                          "Disputed: the tax office's figure takes the 20% of 国税徴収法76条1項5号 "
                          "to the yen and each deduction as entered; whether 徴収法基本通達 "
                          "(76条関係) rounds these amounts, for example below 1,000円, could not "
                          "be checked, so no such rounding is applied."))
                       .withCode(u"garnishment.tax_rounding"_s)
                       .withArticle(u"国税徴収法76条1項"_s);
    g.monthlyProtected = net - g.monthlySeizable;
    g.depositsAtRisk = Yen::max(c.assets.deposits, Yen(0));

    if (cycle != PayCycle::Monthly)
        g.notes << ca(QT_TRANSLATE_N_NOOP("zansai::CaseAnalysis",
                                          "Pay is not monthly: the monthly net pay was divided "
                                          "into pays of %n day(s) in a "
                                          "30-day month, the limit applied to each pay "
                                          "(民事執行法施行令2条1項), and the result "
                                          "added back up to a month."))
                       .withCount(days)
                       .withCode(u"garnishment.pay_cycle"_s);
    if (!pension.isZero())
        g.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                        "%1 a month of pension is not seizable (国民年金法24条, "
                                        "厚生年金保険法41条1項; "
                                        "only a tax office may reach an old-age pension)."),
                      {pension})
                       .withCode(u"garnishment.pension_excluded"_s);
    if (c.client.occupation == Occupation::SelfEmployed)
        g.notes << ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                        "Self-employed income is not pay: 民事執行法152条 does not "
                                        "protect receivables from "
                                        "customers (売掛金), which can be seized in full. The "
                                        "figure applies the wage rule as "
                                        "a comparison only."))
                       .withCode(u"garnishment.self_employed"_s);
    g.notes
        << ca(QT_TRANSLATE_NOOP(
                  "zansai::CaseAnalysis",
                  "Bank deposits have no protected part once seized, even when they came from pay "
                  "or a "
                  "pension (最判平成10年2月10日). Cash at home is not in a bank: it can only be "
                  "taken by a "
                  "seizure of movables, and up to 66万円 of it is protected (民事執行法131条3号)."))
               .withCode(u"garnishment.deposits"_s);
    return g;
}

} // namespace zansai
