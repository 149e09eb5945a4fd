// 何もしない: listed to show where doing nothing leads (docs/option-ranking.md, "do_nothing").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <QCoreApplication>
#include <algorithm>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): do_nothing.*.

OptionAssessment doNothing(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::DoNothing;
    const DoNothingProjection& p = x.a.doNothing;
    o.balanceByMonth = p.balanceByMonth;
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Not advice: listed to show where doing nothing leads."),
                     "do_nothing.not_advice");
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Balance today %1; late interest adds %2 a month."),
                     "do_nothing.balance_today", {x.all.balance(), p.monthlyLateInterest});
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "After 1 year (%1): %2. After 3 years (%3): %4. After 5 "
                                       "years (%5): %6."),
                     "do_nothing.projection",
                     {x.a.asOf.addYears(1), p.balanceAfter1y, x.a.asOf.addYears(3),
                      p.balanceAfter3y, x.a.asOf.addYears(5), p.balanceAfter5y});
    static const struct {
        const char* source;
        const char* comment;
    } kNextStep = QT_TRANSLATE_NOOP3("zansai::OptionComparison", "%1: %2",
                                     "debt and what the creditor can do next");
    for (const DebtFacts& d : x.debts)
        if (!d.a->nextCreditorAction.isEmpty())
            o.reasons << say(kNextStep.source, "do_nothing.next_creditor_step",
                             {d.labelMessage(), d.a->nextCreditorAction})
                             .withComment(kNextStep.comment);
    for (const Deadline& dl : x.a.deadlines)
        if (dl.daysLeft >= 0)
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "%1: deadline %2 (%3 days left, %4). %5"),
                              "do_nothing.deadline",
                              {x.debtNames.value(dl.debtId, Message::verbatim(dl.debtId)), dl.due,
                               dl.daysLeft, dl.article, dl.consequence})
                              .withArticle(dl.article);
    const GarnishmentView& g = x.a.garnishment;
    // The figure that applies (Projection.cpp, garnishmentView): with only ordinary creditors,
    // 民事執行法152条1項; when a support creditor (152条3項) or a tax office (国税徴収法76条) is
    // among them, they seize the same pay and share one seizable part, the widest of their
    // limits (民事執行法156条2項・165条, 滞調法): monthlySeizableCombined, not the ordinary figure.
    const bool otherClasses = std::any_of(g.byClass.cbegin(), g.byClass.cend(), [](const auto& v) {
        return v.claimClass != u"ordinary"_s && !v.debtIds.isEmpty();
    });
    const Yen seizable = otherClasses ? g.monthlySeizableCombined : g.monthlySeizable;
    QStringList articles;
    for (const GarnishmentClassView& v : g.byClass)
        if (v.claimClass == u"ordinary"_s || !v.debtIds.isEmpty())
            articles << v.article;
    const QString byClassArticle = articles.join(u"・"_s);
    o.monthly = seizable;
    if (seizable > Yen(0)) {
        const PlanRun run = runPlan(x, pointers(x.debts), seizable);
        o.months = run.months;
        o.total = run.months > 0 ? run.paid : Yen(0);
        if (otherClasses && run.months > 0)
            o.reasons << say(QT_TRANSLATE_NOOP(
                                 "zansai::OptionComparison",
                                 "The creditors of this case seizing the same pay would take %1 "
                                 "a month together, the widest of their limits (%2; shared, "
                                 "民事執行法156条2項・165条), for %3 months: %4 in all."),
                             "do_nothing.wage_seizure_by_class_clears",
                             {seizable, byClassArticle, run.months, run.paid})
                             .withArticle(byClassArticle);
        else if (otherClasses)
            o.reasons << say(QT_TRANSLATE_NOOP(
                                 "zansai::OptionComparison",
                                 "The creditors of this case seizing the same pay would take %1 "
                                 "a month together, the widest of their limits (%2; shared, "
                                 "民事執行法156条2項・165条), and never clear the balance."),
                             "do_nothing.wage_seizure_by_class_never_clears",
                             {seizable, byClassArticle})
                             .withArticle(byClassArticle);
        else if (run.months > 0)
            o.reasons << say(QT_TRANSLATE_NOOP(
                                 "zansai::OptionComparison",
                                 "With an enforceable title, a wage seizure would "
                                 "take %1 a month (民事執行法152条) for %2 months: %3 "
                                 "in all."),
                             "do_nothing.wage_seizure_clears", {seizable, run.months, run.paid})
                             .withArticle(u"民事執行法152条"_s);
        else
            o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "With an enforceable title, a wage seizure would "
                                               "take %1 a month (民事執行法152条) and never clear "
                                               "the balance."),
                             "do_nothing.wage_seizure_never_clears", {seizable})
                             .withArticle(u"民事執行法152条"_s);
    } else {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No wage seizure is possible on the recorded income."),
                         "do_nothing.no_wage_seizure");
    }
    if (g.depositsAtRisk > Yen(0))
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Deposits of %1 can be seized at once with an "
                                           "enforceable title."),
                         "do_nothing.deposits_at_risk", {g.depositsAtRisk});
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "The total shown is what a wage seizure would take until "
                                     "the balance is paid; nothing is seized without an "
                                     "enforceable title (債務名義)."),
                   "do_nothing.total_is_seizure");
    applyCredit(o, law::creditRecord(law::CreditEvent::Unpaid));
    const auto all = pointers(x.debts);
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP(
                "zansai::OptionComparison",
                "The clock keeps running, but a creditor usually sues before it "
                "completes; a judgment gives a new 10-year period (民法147条・169条)."),
            "do_nothing.limitation_keeps_running")
            .withArticle(u"民法147条・169条"_s);
    o.guarantorAffected = x.anyIndividualGuarantor(all);
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The creditor can demand the whole balance from the guarantor "
                                    "at any time."),
                  "do_nothing.guarantor_demand")
            : noGuarantorMessage();
    return o;
}

} // namespace zansai::options
