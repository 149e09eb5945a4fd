#include "advice/OptionRanking.h"

#include "advice/AdviceLabels.h"
#include "advice/PracticeAssumptions.h"
#include "advice/options/OptionContext.h"
#include "law/CreditRecord.h"

#include "i18n/Message.h"

#include <algorithm>
#include <tuple>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::OptionComparison";

// Reason codes (docs/option-ranking.md, "Reason codes"): rank.*.
Message say(const char* source, const char* code, QList<MessageArg> args = {})
{
    return Message(kContext, source, std::move(args)).withCode(QString::fromLatin1(code));
}

} // namespace

RankTier rankTier(const OptionAssessment& o)
{
    if (o.kind == OptionKind::DoNothing)
        return RankTier::DoNothing;
    if (!o.eligible)
        return RankTier::Ineligible;
    if (o.kind == OptionKind::Limitation)
        return RankTier::Limitation;
    if (o.kind == OptionKind::LumpSum && o.affordable && o.surviving.isZero())
        return RankTier::LumpSum;
    if (o.kind == OptionKind::Installment && o.affordable && o.clears)
        return RankTier::Installment;
    return o.clears ? RankTier::Costed : RankTier::NeverClears;
}

Yen rankingCost(const OptionAssessment& o)
{
    return o.total + o.surviving + o.assetsLostValue;
}

QList<Message> rankingDrawbacks(const OptionAssessment& o)
{
    QList<Message> d;
    if (!o.occupationLimits.isEmpty())
        d << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison", "the client's occupation is restricted"),
            "rank.drawback.occupation_restricted");
    if (o.guarantorAffected)
        d << say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "the guarantor receives the claim"),
                 "rank.drawback.guarantor_claimed");
    if (o.creditRecordIndefinite)
        d << say(
            QT_TRANSLATE_NOOP("zansai::OptionComparison", "the credit record stays until paid"),
            "rank.drawback.credit_record_until_paid");
    else if (o.creditRecordYears > law::kContractEndYears)
        d << say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "credit record for %1 years"),
                 "rank.drawback.credit_record_years", {o.creditRecordYears});
    if (o.assetsLostValue > Yen(0))
        d << say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "assets lost"),
                 "rank.drawback.assets_lost");
    return d;
}

namespace {

bool clearsEligibly(const OptionAssessment& o)
{
    return rankTier(o) <= RankTier::Costed;
}

// Why options[i] ranks before a way out that clears the debts for less, or sooner: the sentences
// that say so (none when it is the cheapest and the shortest of those ranked after it).
QList<Message> preferredDespite(const QList<OptionAssessment>& options, qsizetype i)
{
    const OptionAssessment& o = options.at(i);
    if (!clearsEligibly(o))
        return {};
    const Yen cost = rankingCost(o);
    qsizetype cheaper = -1, sooner = -1;
    for (qsizetype j = i + 1; j < options.size(); ++j) {
        const OptionAssessment& b = options.at(j);
        if (!clearsEligibly(b))
            continue;
        if (rankingCost(b) < cost &&
            (cheaper < 0 || rankingCost(b) < rankingCost(options.at(cheaper))))
            cheaper = j;
        if (b.months < o.months && (sooner < 0 || b.months < options.at(sooner).months))
            sooner = j;
    }
    // The ground: consultant practice for its groups; in the cost group a lower cost, or fewer
    // drawbacks within one cost step.
    const auto ground = [&](const OptionAssessment& b) {
        if (rankTier(o) != RankTier::Costed)
            return say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "consultant practice prefers it for the reasons above"),
                       "rank.ground.practice");
        if (cost < rankingCost(b))
            return say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "it costs less"),
                       "rank.ground.lower_cost");
        return say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "within one cost step of %1, fewer drawbacks count first"),
                   "rank.ground.fewer_drawbacks", {practice::kRankingCostStep});
    };
    QList<Message> out;
    if (cheaper >= 0) {
        const OptionAssessment& b = options.at(cheaper);
        out << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Ranked before %1 although that costs %2 less (%3 against "
                                     "%4): %5."),
                   "rank.before_cheaper",
                   {label(b.kind), cost - rankingCost(b), rankingCost(b), cost, ground(b)});
    }
    if (sooner >= 0) {
        const OptionAssessment& b = options.at(sooner);
        if (b.months == 0)
            out << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Ranked before %1 although that needs no monthly "
                                         "payments (%2 months here): %3."),
                       "rank.before_no_payments", {label(b.kind), o.months, ground(b)});
        else
            out << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "Ranked before %1 although that ends sooner (%2 months "
                                         "against %3 here): %4."),
                       "rank.before_sooner", {label(b.kind), b.months, o.months, ground(b)});
    }
    return out;
}

} // namespace

void rankOptions(QList<OptionAssessment>& options, std::optional<OptionKind> preferred)
{
    // An installment agreement longer than the practice horizon (kAgreementHorizonMonths: the
    // seeds' 5 years) keeps no practice preference over an eligible lump sum that costs less and
    // would otherwise rank below it (one that leaves other debts, group 4): a plan of hundreds of
    // months is not starred above a cheaper settlement. It is then compared by cost (group 4),
    // and its rankReason says why.
    qsizetype demoted = -1, lump = -1;
    for (qsizetype i = 0; i < options.size(); ++i)
        if (options.at(i).kind == OptionKind::LumpSum && options.at(i).eligible)
            lump = i;
    const Yen lumpCost = lump >= 0 ? rankingCost(options.at(lump)) : Yen(0);
    if (lump >= 0 && rankTier(options.at(lump)) != RankTier::LumpSum) {
        for (qsizetype i = 0; i < options.size(); ++i) {
            OptionAssessment& o = options[i];
            if (rankTier(o) == RankTier::Installment &&
                o.months > practice::kAgreementHorizonMonths && lumpCost < rankingCost(o)) {
                o.affordable = false; // no longer "carried at practice levels" for the ranking
                demoted = i;
            }
        }
    }
    const OptionKind demotedKind = demoted >= 0 ? options.at(demoted).kind : OptionKind::DoNothing;
    const Yen step = practice::kRankingCostStep;
    auto key = [step](const OptionAssessment& o) {
        const RankTier tier = rankTier(o);
        const Yen cost = rankingCost(o);
        const bool costed = tier == RankTier::Costed;
        return std::make_tuple(int(tier), costed ? cost.value() / step.value() : 0,
                               costed ? int(rankingDrawbacks(o).size()) : 0,
                               costed ? cost.value() : 0, static_cast<int>(o.kind));
    };
    std::stable_sort(
        options.begin(), options.end(),
        [&](const OptionAssessment& a, const OptionAssessment& b) { return key(a) < key(b); });

    // Reasons, by the criteria (before any override). The first of the cost group is not always
    // its cheapest: within one cost step fewer drawbacks rank first.
    qsizetype firstCosted = -1;
    Yen bestCost;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (rankTier(options.at(i)) != RankTier::Costed)
            continue;
        const Yen cost = rankingCost(options.at(i));
        if (firstCosted < 0 || cost < bestCost)
            bestCost = cost;
        if (firstCosted < 0)
            firstCosted = i;
    }
    const bool practiceFirst =
        !options.isEmpty() && rankTier(options.constFirst()) < RankTier::Costed;
    for (qsizetype i = 0; i < options.size(); ++i) {
        OptionAssessment& o = options[i];
        QList<Message> parts;
        switch (rankTier(o)) {
        case RankTier::Limitation:
            if (o.combinedWith)
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "The limitation period has completed for %1 of "
                                               "the debts: invoke it for those first (a letter "
                                               "each), then %2 for the others, %3 in all. Each "
                                               "debt is taken the way that ends it cheapest."),
                             "rank.limitation_combined",
                             {int(o.debts.size()), label(*o.combinedWith), o.total});
            else if (!o.clears)
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "The limitation period has completed for %1 of "
                                               "the debts: invoking it ends those for the cost "
                                               "of a letter each (%2); %3 stays owed on the "
                                               "others."),
                             "rank.limitation_partial", {int(o.debts.size()), o.fees, o.surviving});
            else
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "The limitation period has completed for every "
                                               "debt: invoking it ends them for the cost of a "
                                               "letter (%1)."),
                             "rank.limitation", {o.total});
            break;
        case RankTier::LumpSum:
            parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "A lump-sum settlement with a servicer that the cash "
                                           "and deposits afford: an offer of %1 to %2 ends the "
                                           "claim. Consultant practice ranks it before "
                                           "installments and court procedures."),
                         "rank.lump_sum", {o.offerLow, o.offerHigh});
            break;
        case RankTier::Installment:
            parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "An installment agreement the budget affords: %1 a "
                                           "month, at or above the practice minimum of %2 a month "
                                           "per creditor. Consultant practice prefers it to court "
                                           "procedures: no licence is restricted, the guarantor "
                                           "is not called on while the payments are kept, and "
                                           "there are no fees."),
                         "rank.installment", {o.monthly, practice::kServicerAcceptedMonthlyLow});
            break;
        case RankTier::Costed: {
            const Yen cost = rankingCost(o);
            if (i == firstCosted && !practiceFirst)
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "Nothing affordable ranks before it: no completed "
                                               "limitation, no lump-sum settlement the cash "
                                               "affords, and no installment agreement the budget "
                                               "carries at the practice minimum. The ways out "
                                               "that remain are compared by cost."),
                             "rank.nothing_affordable_first");
            if (demoted >= 0 && o.kind == demotedKind)
                parts << say(
                    QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                      "This agreement runs %1 months, beyond the "
                                      "practice horizon of %2, and a lump-sum settlement "
                                      "costs less (%3 against %4): it is compared by "
                                      "cost instead of being preferred by practice."),
                    "rank.long_plan_after_lump_sum",
                    {o.months, practice::kAgreementHorizonMonths, lumpCost, rankingCost(o)});
            else if (o.kind == OptionKind::Installment)
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "The budget does not carry this installment at "
                                               "practice levels (see its warnings and notes): "
                                               "compared by cost with the court procedures."),
                             "rank.installment_by_cost");
            if (cost == bestCost)
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "Lowest cost among the eligible ways out that "
                                               "clear the debts: %1."),
                             "rank.lowest_cost", {cost});
            else
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "Cost %1, %2 more than the cheapest eligible way "
                                               "out."),
                             "rank.cost_above_cheapest", {cost, cost - bestCost});
            if (o.surviving > Yen(0) || o.assetsLostValue > Yen(0))
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                               "The cost counts %1 paid, %2 left owed and %3 of "
                                               "assets lost."),
                             "rank.cost_counts", {o.total, o.surviving, o.assetsLostValue});
            const QList<Message> d = rankingDrawbacks(o);
            if (!d.isEmpty())
                parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Drawbacks: %1."),
                             "rank.drawbacks", {Message::list(d)});
            break;
        }
        case RankTier::NeverClears:
            parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Eligible, but the payments never clear the debt: "
                                           "ranked after the ways out that do."),
                         "rank.never_clears");
            break;
        case RankTier::Ineligible:
            parts << say(
                QT_TRANSLATE_NOOP("zansai::OptionComparison", "Not eligible: see the reasons."),
                "rank.ineligible");
            break;
        case RankTier::DoNothing:
            parts << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Doing nothing is never recommended: listed to show "
                                           "where it leads."),
                         "rank.do_nothing");
            break;
        }
        parts << preferredDespite(options, i);
        o.rankReason = Message::sentences(parts);
    }

    if (preferred) {
        const auto it =
            std::find_if(options.begin(), options.end(),
                         [&](const OptionAssessment& o) { return o.kind == *preferred; });
        if (it != options.end()) {
            OptionAssessment chosen = *it;
            options.erase(it);
            chosen.rankReason = Message::sentences(
                {say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Chosen by the consultant."),
                     "rank.chosen_by_consultant"),
                 chosen.rankReason});
            options.prepend(chosen);
        }
    }
    for (qsizetype i = 0; i < options.size(); ++i)
        options[i].rank = int(i) + 1;
}

} // namespace zansai
