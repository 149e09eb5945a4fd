#include "common/Plausibility.h"

#include "case/DebtFacts.h"
#include "common/Format.h"
#include "law/InterestCap.h"

namespace zansai::ui {

QString lateRateWarning(std::optional<Yen> principal, std::optional<Rate> rate,
                        law::LenderKind lender)
{
    if (!principal || !rate)
        return {};
    const law::InterestCapCheck check =
        law::checkLateInterestCap(*principal, *rate, businessLender(lender));
    if (!check.exceeds)
        return {};
    return check.message; // law/InterestCap.h words it, with the cap and its article
}

QString budgetShortfallWarning(Yen income, Yen expenses)
{
    const Yen shortfall = expenses - income;
    if (shortfall <= Yen(0))
        return {};
    // A fifth of the income, 円未満切捨て (a threshold, not an amount owed).
    const Yen allowed = Yen(income.value() / 5);
    if (income.value() > 0 && shortfall <= allowed)
        return {};
    return PlausibilityText::tr("Expenses exceed income by %1 a month, far more than usual: "
                                "check for a yearly figure or a missing income line.")
        .arg(yenText(shortfall));
}

} // namespace zansai::ui
