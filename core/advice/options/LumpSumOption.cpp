// 一括和解 with a servicer (docs/option-ranking.md, "lump_sum").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): lump_sum.*.

OptionAssessment lumpSum(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::LumpSum;
    o.notes << clientGuarantorNotes(x, o.kind);
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto held = x.select([](const DebtFacts& d) { return d.servicer; });
    const auto others = x.select([](const DebtFacts& d) { return !d.servicer; });
    const Yen claim = poolOf(held).balance();
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Proposing to pay acknowledges the debt (民法152条1項): if no "
                              "settlement is reached, the limitation period has started again."),
            "lump_sum.offer_acknowledges")
            .withArticle(u"民法152条1項"_s);
    o.guarantorEffect =
        x.anyGuarantor(held)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "Waiving the remainder for the client also frees the guarantor "
                                    "(a guarantee follows the main debt), unless the settlement "
                                    "keeps the claim against the guarantor: have the written "
                                    "settlement release the guarantor expressly."),
                  "lump_sum.guarantor_released")
            : noGuarantorMessage();
    if (held.isEmpty() || claim <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "No servicer holds any of the debts (no claim_assigned "
                                           "event, no 債権回収 or サービサー in a creditor's "
                                           "name): banks and the Japan Housing Finance Agency "
                                           "rarely discount; a lump-sum settlement becomes "
                                           "realistic once the claim is sold to a servicer."),
                         "lump_sum.no_servicer");
        return o;
    }
    for (const DebtFacts* d : held)
        o.reasons << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison", "%1 is held by a servicer: %2 owed."),
            "lump_sum.servicer_holds", {d->labelMessage(), d->balance()});
    // Offers as shares of the principal the servicer holds (practice, docs/legal-rules.md §13.4:
    // 580万 → 10万), truncated below one yen; the high end never more than cash + deposits.
    const Yen heldPrincipal = poolOf(held).principal;
    const auto share = [&](Rate r) {
        return heldPrincipal.mulDiv(r.numerator(), r.denominator(), Rounding::Truncate);
    };
    const Yen liquid = x.c.assets.cash + x.c.assets.deposits;
    const Yen low = share(practice::kLumpSumLowShare);
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Cash %1 + deposits %2 = %3 against the low end of the "
                                       "usual offers, %4 (1.7% of the principal of %5)."),
                     "lump_sum.cash_against_low_end",
                     {x.c.assets.cash, x.c.assets.deposits, liquid, low, heldPrincipal});
    if (liquid < low || liquid <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Not enough cash for even the low end of the usual "
                                           "offers; a servicer may accept one later, once savings "
                                           "allow."),
                         "lump_sum.not_enough_cash");
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.affordable = true;
    o.offerLow = low;
    o.offerHigh = Yen::min(liquid, share(practice::kLumpSumHighShare));
    o.fees = practice::kLumpSumFee;
    o.total = o.offerHigh + o.fees;
    o.surviving = poolOf(others).balance();
    o.reasons << say(
        QT_TRANSLATE_NOOP("zansai::OptionComparison",
                          "Offer range: %1 to %2 (1.7%–16% of the principal of %3, "
                          "capped by the cash and deposits). Saved against the claim "
                          "of %4: %5 to %6."),
        "lump_sum.offer_range",
        {o.offerLow, o.offerHigh, heldPrincipal, claim, claim - o.offerHigh, claim - o.offerLow});
    // Practice: one month of expenses as a living reserve — a warning, not an exclusion.
    const Yen reserve = x.c.budget.totalExpenses() * practice::kLivingReserveMonths;
    if (liquid - o.offerLow < reserve)
        o.warnings << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Paying %1 to %2 leaves %3 to %4 of cash and "
                              "deposits, less than one month of expenses (%5): plan "
                              "the month's living costs before paying."),
            "lump_sum.below_living_reserve",
            {o.offerLow, o.offerHigh, liquid - o.offerLow, liquid - o.offerHigh, reserve});
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Practice, not law: servicers buy claims cheaply and often "
                                     "settle for a fraction (a consultant's cases: 580万円 settled "
                                     "for 10万円, about 1.7%; \"about 84% waived\", 16% paid). "
                                     "Their first written proposal is a starting point, not their "
                                     "last word. The total shows the high end of the range."),
                   "lump_sum.practice_note");
    if (!others.isEmpty())
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Debts not held by a servicer stay owed: %1."),
                       "lump_sum.others_stay_owed", {o.surviving});
    o.balanceByMonth = settledChart(x, x.all.balance(), others);
    applyCredit(o, law::creditRecord(law::CreditEvent::PaidInFull));
    o.warnings << completedLimitationWarnings(held);
    return o;
}

} // namespace zansai::options
