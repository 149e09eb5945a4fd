// 時効の援用 (docs/option-ranking.md, "limitation").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): limitation.*.

OptionAssessment limitation(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Limitation;
    o.notes << clientGuarantorNotes(x, o.kind);
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    // Taxes have their own 徴収権 limitation (no invocation needed): not considered here.
    const auto considered = x.select([](const DebtFacts& d) { return !d.tax; });
    const auto taxes = x.select([](const DebtFacts& d) { return d.tax; });
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "What would reset it: a payment or any acknowledgment starts it "
                              "again (民法152条1項); a suit, a payment order or a court "
                              "settlement suspends it and, once the right is fixed, gives a new "
                              "10 years (民法147条・169条); a seizure or an auction (民法148条); a "
                              "written demand only suspends it for 6 months, once (民法150条)."),
            "limitation.what_resets");
    o.guarantorEffect =
        x.anyGuarantor(considered)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The guarantor may invoke the main debt's limitation as well "
                                    "(民法145条); once the main debt is extinguished the guarantee "
                                    "falls with it."),
                  "limitation.guarantor_may_invoke")
                  .withArticle(u"民法145条"_s)
            : noGuarantorMessage();
    for (const DebtFacts& d : x.gone)
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "%1: the limitation was already invoked after it "
                                           "completed on %2."),
                         "limitation.already_invoked",
                         {d.labelMessage(), d.a->limitation.completesOn});
    if (considered.isEmpty()) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No debt left whose limitation could be invoked."),
                         "limitation.nothing_to_invoke");
        return o;
    }
    bool all = true;
    QDate latest;
    for (const DebtFacts* d : considered) {
        const LimitationView& l = d->a->limitation;
        if (l.forfeited) {
            all = false;
            o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "%1: the period completed on %2, but a later "
                                               "payment or acknowledgment forfeited the right to "
                                               "invoke it (最判昭和41年4月20日)."),
                             "limitation.forfeited", {d->labelMessage(), l.completesOn});
        } else if (l.completed) {
            o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "%1: the limitation period (%2 years) completed "
                                               "on %3."),
                             "limitation.completed", {d->labelMessage(), l.years, l.completesOn});
        } else {
            all = false;
            if (!latest.isValid() || l.completesOn > latest)
                latest = l.completesOn;
            const int days = int(x.a.asOf.daysTo(l.completesOn));
            o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "%1: completes on %2 (%3 days from now)."),
                             "limitation.completes_on", {d->labelMessage(), l.completesOn, days});
            if (l.pendingProceeding)
                o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                    "%1: a suit or enforcement is pending, so the "
                                                    "date is the earliest possible "
                                                    "(民法147条・148条)."),
                                  "limitation.proceeding_pending", {d->labelMessage()})
                                  .withArticle(u"民法147条・148条"_s);
        }
    }
    const auto toInvoke = invocable(considered);
    if (toInvoke.isEmpty()) {
        if (latest.isValid())
            o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                             "Every debt considered would be complete on %1 if "
                                             "nothing resets it before then."),
                           "limitation.all_complete_on", {latest});
        return o;
    }
    // 時効の援用 is a right of each debt (民法145条): invoked for those whose period completed,
    // whatever the others do. The rest is left to another way out (compareOptions combines them).
    o.eligible = true;
    o.clears = all;
    for (const DebtFacts* d : toInvoke)
        o.debts << d->a->id;
    const int creditors = creditorCount(toInvoke);
    o.fees = practice::kLimitationLetterCost * creditors;
    o.total = o.fees;
    if (!all) {
        const auto rest = x.select([](const DebtFacts& d) {
            const LimitationView& l = d.a->limitation;
            return !d.tax && !(l.completed && !l.forfeited && !l.invoked);
        });
        o.surviving = poolOf(rest).balance();
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Invoke it for the %1 debt(s) whose period completed; "
                                           "%2 owed on the other debt(s) is left to another way "
                                           "out (民法145条: each debt on its own)."),
                         "limitation.partial", {int(toInvoke.size()), o.surviving})
                         .withArticle(u"民法145条"_s);
        if (latest.isValid())
            o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                             "Every debt considered would be complete on %1 if "
                                             "nothing resets it before then."),
                           "limitation.all_complete_on", {latest});
    }
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Invoke it by a contents-certified letter with proof of "
                                       "delivery (内容証明 with 配達証明) to each creditor: about "
                                       "%1 each, %2 for %3 creditor(s)."),
                     "limitation.invoke_by_letter",
                     {practice::kLimitationLetterCost, o.fees, creditors});
    o.notes << say(
        QT_TRANSLATE_NOOP("zansai::OptionComparison",
                          "A judicial scrivener or lawyer charges about %1 to %2 per "
                          "creditor instead."),
        "limitation.professional_fee",
        {practice::kLimitationProfessionalFeeLow, practice::kLimitationProfessionalFeeHigh});
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Invoking it (民法145条) extinguishes the debts from the start of "
                              "the period (民法144条). Until the letter arrives, any payment or "
                              "acknowledgment would forfeit it."),
            "limitation.invoking_extinguishes")
            .withArticle(u"民法145条"_s);
    if (!taxes.isEmpty()) {
        o.surviving += poolOf(taxes).balance();
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Taxes are not invoked this way and stay owed: %1."),
                       "limitation.taxes_stay_owed", {poolOf(taxes).balance()});
    }
    o.balanceByMonth = settledChart(x, x.all.balance(), x.select([](const DebtFacts& d) {
        const LimitationView& l = d.a->limitation;
        return d.tax || !(l.completed && !l.forfeited && !l.invoked);
    }));
    applyCredit(o, law::creditRecord(law::CreditEvent::LimitationInvoked));
    return o;
}

} // namespace zansai::options
