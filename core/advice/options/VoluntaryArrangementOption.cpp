// 任意整理 (docs/option-ranking.md, "voluntary_arrangement").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): voluntary_arrangement.*.

namespace {

bool arrangeable(const DebtFacts& d)
{
    return !d.tax && !d.support;
}

QList<Message> limitationBeforeNotice(const Context& x, const QList<const DebtFacts*>& ds)
{
    QList<Message> w = completedLimitationWarnings(ds);
    for (const DebtFacts* d : ds) {
        const LimitationView& l = d->a->limitation;
        if (l.completed || !l.completesOn.isValid())
            continue;
        if (l.completesOn <= x.a.asOf.addMonths(practice::kLimitationNearMonths))
            w << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "%1: the limitation period completes on %2. A lawyer's "
                                       "notice of representation or a payment proposal before "
                                       "then can count as an acknowledgment and start it again "
                                       "(民法152条1項)."),
                     "voluntary_arrangement.limitation_near", {d->labelMessage(), l.completesOn})
                     .withArticle(u"民法152条1項"_s);
    }
    return w;
}

} // namespace

OptionAssessment voluntaryArrangement(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::VoluntaryArrangement;
    o.notes << clientGuarantorNotes(x, o.kind);
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto included = x.select([](const DebtFacts& d) { return arrangeable(d); });
    const auto excluded = x.select([](const DebtFacts& d) { return !arrangeable(d); });
    const Pool pool = poolOf(included);
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "The lawyer's notice of representation (受任通知) and the payment "
                              "proposal can count as an acknowledgment (民法152条1項) and start "
                              "the limitation period again: check the limitation first."),
            "voluntary_arrangement.notice_acknowledges")
            .withArticle(u"民法152条1項"_s);
    o.guarantorAffected = x.anyIndividualGuarantor(included);
    o.guarantorEffect =
        x.anyGuarantor(included)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The settlement binds only the creditor and the client: the "
                                    "creditor usually demands the whole balance from the "
                                    "guarantor at once, unless the guarantor is included in the "
                                    "settlement."),
                  "voluntary_arrangement.guarantor_demanded")
            : noGuarantorMessage();
    if (pool.principal <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No debt a voluntary arrangement can cover (taxes and "
                                           "child support are not settled this way)."),
                         "voluntary_arrangement.nothing_to_arrange");
        return o;
    }
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Future interest is cut and the principal of %1 is repaid "
                                       "in installments (36 months standard, up to 60)."),
                     "voluntary_arrangement.interest_cut", {pool.principal});
    // The shortest term from 36 to 60 months whose installment fits the budget surplus.
    int months = 0;
    for (int n = practice::kArrangementMonths; n <= practice::kArrangementMonthsMax; ++n) {
        if (perMonth(pool.principal, n) <= x.capacity) {
            months = n;
            break;
        }
    }
    if (months == 0) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Not affordable: even over %1 months the principal "
                                           "needs %2 a month, more than the budget surplus of "
                                           "%3."),
                         "voluntary_arrangement.not_affordable",
                         {practice::kArrangementMonthsMax,
                          perMonth(pool.principal, practice::kArrangementMonthsMax), x.capacity});
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.months = months;
    o.monthly = perMonth(pool.principal, months); // rounded up to the yen; the last one smaller
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Affordable: %1 a month over %2 months (rounded up to the "
                                       "yen) within the budget surplus of %3."),
                     "voluntary_arrangement.affordable", {o.monthly, months, x.capacity});
    const int creditors = creditorCount(included);
    o.fees =
        (practice::kArrangementRetainerPerCreditor + practice::kArrangementSuccessFeePerCreditor) *
        creditors;
    o.total = pool.principal + o.fees;
    o.surviving = poolOf(excluded).balance();
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Assumed: the accrued late interest of %1 is waived in the "
                                     "negotiation. Creditors often agree but need not; nothing "
                                     "binds a creditor who refuses."),
                   "voluntary_arrangement.interest_waived_assumed", {pool.interest});
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Fees (practice, check the office's fee table): retainer %1 "
                                     "+ success fee %2 per creditor × %3 = %4, usually paid in "
                                     "installments before the payments start."),
                   "voluntary_arrangement.fees",
                   {practice::kArrangementRetainerPerCreditor,
                    practice::kArrangementSuccessFeePerCreditor, creditors, o.fees});
    if (!excluded.isEmpty())
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Taxes and child support are not part of the arrangement "
                                         "and stay owed: %1."),
                       "voluntary_arrangement.others_stay_owed", {o.surviving});
    o.balanceByMonth = planChart(x, x.all.balance(), pool.principal, o.monthly, excluded);
    applyCredit(o, law::creditRecord(law::CreditEvent::VoluntaryArrangement, months));
    o.warnings << limitationBeforeNotice(x, included);
    return o;
}

} // namespace zansai::options
