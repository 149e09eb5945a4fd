#include "law/GarnishmentLimit.h"

#include <algorithm>
#include <optional>

namespace zansai::law {

namespace {

constexpr Yen kMonthlyCap(330'000); // 民事執行法施行令2条1項1号
constexpr Yen kDailyCap(11'000);    // 施行令2条1項5号 (毎日), 6号 (other periods: × days)

// The seizable part of `net` before any cap: 1/4 for ordinary claims, 1/2 for support claims.
// Truncated below one yen: not statutory, see the header.
Yen uncappedSeizable(Yen net, ClaimKind claim)
{
    return net.mulDiv(1, claim == ClaimKind::Support ? 2 : 4, Rounding::Truncate);
}

// Seizable = the larger of the fraction and everything above the cap on the protected part.
GarnishmentResult limitWithCap(Yen net, ClaimKind claim, std::optional<Yen> cap)
{
    if (net <= Yen(0))
        return {Yen(0), Yen::max(net, Yen(0))};
    Yen seizable = uncappedSeizable(net, claim);
    if (cap && net - seizable > *cap)
        seizable = net - *cap;
    return {seizable, net - seizable};
}

} // namespace

Yen protectedCap(PayCycle cycle)
{
    switch (cycle) {
    case PayCycle::Monthly:
        return kMonthlyCap; // 施行令2条1項1号
    case PayCycle::SemiMonthly:
        return Yen(165'000); // 2号
    case PayCycle::TenDays:
        return Yen(110'000); // 3号 (旬)
    case PayCycle::Weekly:
        return kDailyCap * 7; // 6号: 1万1千円 × the days of the period
    case PayCycle::Daily:
        return kDailyCap; // 5号
    }
    return kMonthlyCap;
}

// 民事執行法152条1項1号・3項, 施行令2条1項
GarnishmentResult wageGarnishmentLimit(Yen netPay, PayCycle cycle, ClaimKind claim)
{
    return limitWithCap(netPay, claim, protectedCap(cycle));
}

// 民事執行法152条1項2号・3項, 施行令2条2項 (賞与: 33万円)
GarnishmentResult bonusGarnishmentLimit(Yen netBonus, ClaimKind claim)
{
    return limitWithCap(netBonus, claim, kMonthlyCap);
}

// 民事執行法152条2項・3項: no cap on the protected part of 退職手当.
GarnishmentResult retirementGarnishmentLimit(Yen netAllowance, ClaimKind claim)
{
    return limitWithCap(netAllowance, claim, std::nullopt);
}

// 国税徴収法76条1項4号・5号, 同法施行令34条 (monthly pay)
GarnishmentResult taxWageSeizureLimit(Yen netAfterTaxAndInsurance, int dependents)
{
    const Yen net = netAfterTaxAndInsurance;
    if (net <= Yen(0))
        return {Yen(0), Yen::max(net, Yen(0))};
    // 4号・施行令34条: 10万円 for the debtor, 4万5千円 for each relative living on the same income.
    const Yen living = Yen(100'000) + Yen(45'000) * std::max(dependents, 0);
    const Yen remainder = Yen::max(net - living, Yen(0));
    // 5号: 20% of the remainder stays protected, at most twice the living allowance. The seizable
    // 80% is truncated below one yen (our choice; the fraction stays with the debtor).
    Yen seizable = remainder.mulDiv(4, 5, Rounding::Truncate);
    if (remainder - seizable > living * 2)
        seizable = remainder - living * 2;
    return {seizable, net - seizable};
}

// 民事執行法156条2項・165条; 滞調法 (tax and court seizures of one wage): one seizable part,
// shared.
Yen sharedWageSeizable(std::initializer_list<Yen> ranges)
{
    Yen widest;
    for (Yen r : ranges)
        widest = Yen::max(widest, r);
    return widest;
}

} // namespace zansai::law
