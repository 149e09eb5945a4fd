// 時効の援用 (docs/option-ranking.md, "limitation").
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

OptionAssessment limitation(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Limitation;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    // Taxes have their own 徴収権 limitation (no invocation needed): not considered here.
    const auto considered = x.select([](const DebtFacts& d) { return !d.tax; });
    const auto taxes = x.select([](const DebtFacts& d) { return d.tax; });
    o.limitationEffect =
        OptionText::tr("What would reset it: a payment or any acknowledgment starts it "
                       "again (民法152条1項); a suit, a payment order or a court "
                       "settlement suspends it and, once the right is fixed, gives a new "
                       "10 years (民法147条・169条); a seizure or an auction (民法148条); a "
                       "written demand only suspends it for 6 months, once (民法150条).");
    o.guarantorEffect =
        x.anyGuarantor(considered)
            ? OptionText::tr("The guarantor may invoke the main debt's limitation as well "
                             "(民法145条); once the "
                             "main debt is extinguished the guarantee falls with it.")
            : noGuarantor();
    for (const DebtFacts& d : x.gone)
        o.reasons << OptionText::tr(
                         "%1: the limitation was already invoked after it completed on %2.")
                         .arg(d.label(), isoDate(d.a->limitation.completesOn));
    if (considered.isEmpty()) {
        o.reasons << OptionText::tr("No debt left whose limitation could be invoked.");
        return o;
    }
    bool all = true;
    QDate latest;
    for (const DebtFacts* d : considered) {
        const LimitationView& l = d->a->limitation;
        if (l.forfeited) {
            all = false;
            o.reasons << OptionText::tr("%1: the period completed on %2, but a later payment or "
                                        "acknowledgment forfeited the right to invoke it "
                                        "(最判昭和41年4月20日).")
                             .arg(d->label(), isoDate(l.completesOn));
        } else if (l.completed) {
            o.reasons << OptionText::tr("%1: the limitation period (%2 years) completed on %3.")
                             .arg(d->label())
                             .arg(l.years)
                             .arg(isoDate(l.completesOn));
        } else {
            all = false;
            if (!latest.isValid() || l.completesOn > latest)
                latest = l.completesOn;
            const int days = int(x.a.asOf.daysTo(l.completesOn));
            o.reasons << OptionText::tr("%1: completes on %2 (%3 days from now).")
                             .arg(d->label(), isoDate(l.completesOn))
                             .arg(days);
            if (l.pendingProceeding)
                o.warnings << OptionText::tr(
                                  "%1: a suit or enforcement is pending, so the date is the "
                                  "earliest possible (民法147条・148条).")
                                  .arg(d->label());
        }
    }
    if (!all) {
        if (latest.isValid())
            o.notes << OptionText::tr(
                           "Every debt considered would be complete on %1 if nothing resets it "
                           "before then.")
                           .arg(isoDate(latest));
        return o;
    }
    const auto toInvoke = invocable(considered);
    o.eligible = true;
    o.clears = true;
    const int creditors = creditorCount(toInvoke);
    o.fees = practice::kLimitationLetterCost * creditors;
    o.total = o.fees;
    o.reasons << OptionText::tr(
                     "Invoke it by a contents-certified letter with proof of delivery (内容証明 "
                     "with 配達証明) to each creditor: about %1 each, %2 for %3 creditor(s).")
                     .arg(money(practice::kLimitationLetterCost), money(o.fees))
                     .arg(creditors);
    o.notes << OptionText::tr(
                   "A judicial scrivener or lawyer charges about %1 to %2 per creditor instead.")
                   .arg(money(practice::kLimitationProfessionalFeeLow),
                        money(practice::kLimitationProfessionalFeeHigh));
    o.limitationEffect =
        OptionText::tr("Invoking it (民法145条) extinguishes the debts from the start of the "
                       "period (民法144条). Until the letter arrives, any payment or "
                       "acknowledgment would forfeit it.");
    if (!taxes.isEmpty()) {
        o.surviving = poolOf(taxes).balance();
        o.notes << OptionText::tr("Taxes are not invoked this way and stay owed: %1.")
                       .arg(money(o.surviving));
    }
    o.balanceByMonth = settledChart(x, x.all.balance(), taxes);
    applyCredit(o, law::creditRecord(law::CreditEvent::LimitationInvoked));
    return o;
}

} // namespace zansai::options
