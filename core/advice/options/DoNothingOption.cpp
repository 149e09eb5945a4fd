// 何もしない: listed to show where doing nothing leads (docs/option-ranking.md, "do_nothing").
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

OptionAssessment doNothing(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::DoNothing;
    const DoNothingProjection& p = x.a.doNothing;
    o.balanceByMonth = p.balanceByMonth;
    o.reasons << OptionText::tr("Not advice: listed to show where doing nothing leads.");
    o.reasons << OptionText::tr("Balance today %1; late interest adds %2 a month.")
                     .arg(money(x.all.balance()), money(p.monthlyLateInterest));
    o.reasons << OptionText::tr(
                     "After 1 year (%1): %2. After 3 years (%3): %4. After 5 years (%5): %6.")
                     .arg(isoDate(x.a.asOf.addYears(1)), money(p.balanceAfter1y),
                          isoDate(x.a.asOf.addYears(3)), money(p.balanceAfter3y),
                          isoDate(x.a.asOf.addYears(5)), money(p.balanceAfter5y));
    for (const DebtFacts& d : x.debts)
        if (!d.a->nextCreditorAction.isEmpty())
            o.reasons << OptionText::tr("%1: %2", "debt and what the creditor can do next")
                             .arg(d.label(), d.a->nextCreditorAction);
    for (const Deadline& dl : x.a.deadlines)
        if (dl.daysLeft >= 0)
            o.warnings << OptionText::tr("%1: deadline %2 (%3 days left, %4). %5")
                              .arg(dl.debtId, isoDate(dl.due))
                              .arg(dl.daysLeft)
                              .arg(dl.article, dl.consequence);
    const GarnishmentView& g = x.a.garnishment;
    o.monthly = g.monthlySeizable;
    if (g.monthlySeizable > Yen(0)) {
        const PlanRun run = runPlan(x, pointers(x.debts), g.monthlySeizable);
        o.months = run.months;
        o.total = run.months > 0 ? run.paid : Yen(0);
        if (run.months > 0)
            o.reasons << OptionText::tr(
                             "With an enforceable title, a wage seizure would take %1 a month "
                             "(民事執行法152条) for %2 months: %3 in all.")
                             .arg(money(g.monthlySeizable))
                             .arg(run.months)
                             .arg(money(run.paid));
        else
            o.reasons << OptionText::tr(
                             "With an enforceable title, a wage seizure would take %1 a month "
                             "(民事執行法152条) and never clear the balance.")
                             .arg(money(g.monthlySeizable));
    } else {
        o.reasons << OptionText::tr("No wage seizure is possible on the recorded income.");
    }
    if (g.depositsAtRisk > Yen(0))
        o.reasons << OptionText::tr(
                         "Deposits of %1 can be seized at once with an enforceable title.")
                         .arg(money(g.depositsAtRisk));
    o.notes << OptionText::tr(
        "The total shown is what a wage seizure would take until the balance is "
        "paid; nothing is seized without an enforceable title (債務名義).");
    applyCredit(o, law::creditRecord(law::CreditEvent::Unpaid));
    const auto all = pointers(x.debts);
    o.limitationEffect =
        OptionText::tr("The clock keeps running, but a creditor usually sues before it "
                       "completes; a judgment gives a new 10-year period (民法147条・169条).");
    o.guarantorAffected = x.anyIndividualGuarantor(all);
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? OptionText::tr(
                  "The creditor can demand the whole balance from the guarantor at any time.")
            : noGuarantor();
    return o;
}

} // namespace zansai::options
