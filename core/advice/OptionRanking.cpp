#include "advice/OptionRanking.h"

#include "advice/AdviceLabels.h"
#include "advice/PracticeAssumptions.h"
#include "advice/options/OptionContext.h"
#include "law/CreditRecord.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace zansai {

using options::joinSentences;
using options::listSeparator;
using options::money;

namespace {

struct OptionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::OptionComparison)
};

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

QStringList rankingDrawbacks(const OptionAssessment& o)
{
    QStringList d;
    if (!o.occupationLimits.isEmpty())
        d << OptionText::tr("the client's occupation is restricted");
    if (o.guarantorAffected)
        d << OptionText::tr("the guarantor receives the claim");
    if (o.creditRecordIndefinite)
        d << OptionText::tr("the credit record stays until paid");
    else if (o.creditRecordYears > law::kContractEndYears)
        d << OptionText::tr("credit record for %1 years").arg(o.creditRecordYears);
    if (o.assetsLostValue > Yen(0))
        d << OptionText::tr("assets lost");
    return d;
}

namespace {

bool clearsEligibly(const OptionAssessment& o)
{
    return rankTier(o) <= RankTier::Costed;
}

// Why options[i] ranks before a way out that clears the debts for less, or sooner: the sentences
// that say so (none when it is the cheapest and the shortest of those ranked after it).
QStringList preferredDespite(const QList<OptionAssessment>& options, qsizetype i)
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
            return OptionText::tr("consultant practice prefers it for the reasons above");
        if (cost < rankingCost(b))
            return OptionText::tr("it costs less");
        return OptionText::tr("within one cost step of %1, fewer drawbacks count first")
            .arg(money(practice::kRankingCostStep));
    };
    QStringList out;
    if (cheaper >= 0) {
        const OptionAssessment& b = options.at(cheaper);
        out << OptionText::tr("Ranked before %1 although that costs %2 less (%3 against %4): %5.")
                   .arg(displayName(b.kind), money(cost - rankingCost(b)), money(rankingCost(b)),
                        money(cost), ground(b));
    }
    if (sooner >= 0) {
        const OptionAssessment& b = options.at(sooner);
        if (b.months == 0)
            out << OptionText::tr(
                       "Ranked before %1 although that needs no monthly payments (%2 months "
                       "here): %3.")
                       .arg(displayName(b.kind))
                       .arg(o.months)
                       .arg(ground(b));
        else
            out << OptionText::tr(
                       "Ranked before %1 although that ends sooner (%2 months against %3 here): "
                       "%4.")
                       .arg(displayName(b.kind))
                       .arg(b.months)
                       .arg(o.months)
                       .arg(ground(b));
    }
    return out;
}

} // namespace

void rankOptions(QList<OptionAssessment>& options, std::optional<OptionKind> preferred)
{
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
        QStringList parts;
        switch (rankTier(o)) {
        case RankTier::Limitation:
            parts << OptionText::tr(
                         "The limitation period has completed for every debt: invoking it ends "
                         "them for the cost of a letter (%1).")
                         .arg(money(o.total));
            break;
        case RankTier::LumpSum:
            parts << OptionText::tr(
                         "A lump-sum settlement with a servicer that the cash and deposits "
                         "afford: an offer of %1 to %2 ends the claim. Consultant practice ranks "
                         "it before installments and court procedures.")
                         .arg(money(o.offerLow), money(o.offerHigh));
            break;
        case RankTier::Installment:
            parts << OptionText::tr(
                         "An installment agreement the budget affords: %1 a month, at or above "
                         "the practice minimum of %2 a month per creditor. Consultant practice "
                         "prefers it to court procedures: no licence is restricted, the "
                         "guarantor is not called on while the payments are kept, and there are "
                         "no fees.")
                         .arg(money(o.monthly), money(practice::kServicerAcceptedMonthlyLow));
            break;
        case RankTier::Costed: {
            const Yen cost = rankingCost(o);
            if (i == firstCosted && !practiceFirst)
                parts << OptionText::tr(
                    "Nothing affordable ranks before it: no completed limitation, no lump-sum "
                    "settlement the cash affords, and no installment agreement the budget "
                    "carries at the practice minimum. The ways out that remain are compared by "
                    "cost.");
            if (o.kind == OptionKind::Installment)
                parts << OptionText::tr(
                    "The budget does not carry this installment at practice levels (see its "
                    "warnings and notes): compared by cost with the court procedures.");
            if (cost == bestCost)
                parts << OptionText::tr(
                             "Lowest cost among the eligible ways out that clear the debts: %1.")
                             .arg(money(cost));
            else
                parts << OptionText::tr("Cost %1, %2 more than the cheapest eligible way out.")
                             .arg(money(cost), money(cost - bestCost));
            if (o.surviving > Yen(0) || o.assetsLostValue > Yen(0))
                parts << OptionText::tr(
                             "The cost counts %1 paid, %2 left owed and %3 of assets lost.")
                             .arg(money(o.total), money(o.surviving), money(o.assetsLostValue));
            const QStringList d = rankingDrawbacks(o);
            if (!d.isEmpty())
                parts << OptionText::tr("Drawbacks: %1.").arg(d.join(listSeparator()));
            break;
        }
        case RankTier::NeverClears:
            parts << OptionText::tr(
                "Eligible, but the payments never clear the debt: ranked after the ways "
                "out that do.");
            break;
        case RankTier::Ineligible:
            parts << OptionText::tr("Not eligible: see the reasons.");
            break;
        case RankTier::DoNothing:
            parts << OptionText::tr(
                "Doing nothing is never recommended: listed to show where it leads.");
            break;
        }
        parts << preferredDespite(options, i);
        o.rankReason = joinSentences(parts);
    }

    if (preferred) {
        const auto it =
            std::find_if(options.begin(), options.end(),
                         [&](const OptionAssessment& o) { return o.kind == *preferred; });
        if (it != options.end()) {
            OptionAssessment chosen = *it;
            options.erase(it);
            chosen.rankReason =
                joinSentences({OptionText::tr("Chosen by the consultant."), chosen.rankReason});
            options.prepend(chosen);
        }
    }
    for (qsizetype i = 0; i < options.size(); ++i)
        options[i].rank = int(i) + 1;
}

} // namespace zansai
