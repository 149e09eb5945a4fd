#include "law/RehabilitationMinimum.h"

namespace zansai::law {

namespace {

constexpr Yen kEligibilityCap(50'000'000); // 民事再生法221条1項
constexpr Yen kLargeBracket(30'000'000);   // 231条2項4号: over 3,000万
constexpr Yen kFloor(1'000'000);           // 231条2項3号: 100万
constexpr Yen kCeiling(3'000'000);         // 231条2項3号: 300万

// 民事再生法231条2項3号・4号
Yen statutoryMinimum(Yen claims, Rounding rounding)
{
    if (claims > kLargeBracket) // 4号: 1/10 of the total (3,000万 < claims ≤ 5,000万)
        return claims.mulDiv(1, 10, rounding);
    if (claims < kFloor) // 3号 括弧書: under 100万, the whole amount
        return claims;
    // 3号: the larger of 1/5 and 100万, but 300万 where 1/5 exceeds 300万 (compared exactly:
    // 1/5 > 300万 ⇔ claims > 1,500万, so the rounding cannot push a figure past 300万).
    if (claims > kCeiling * 5)
        return kCeiling;
    return Yen::max(claims.mulDiv(1, 5, rounding), kFloor);
}

} // namespace

RehabilitationMinimumResult rehabilitationMinimum(const RehabilitationMinimumInput& in)
{
    RehabilitationMinimumResult r;
    r.eligible = in.claims <= kEligibilityCap;
    if (!r.eligible)
        return r;
    r.statutoryMinimum = statutoryMinimum(Yen::max(in.claims, Yen(0)), in.rounding);
    r.minimum = r.statutoryMinimum;
    r.governedBy = QStringLiteral("claims");
    // 174条2項4号 (via 231条1項): not less than a bankruptcy would pay.
    if (in.liquidationValue > r.minimum) {
        r.minimum = in.liquidationValue;
        r.governedBy = QStringLiteral("liquidation_value");
    }
    // 241条2項7号: 給与所得者等再生 pays at least two years of disposable income.
    if (in.disposableIncomeTwoYears && *in.disposableIncomeTwoYears > r.minimum) {
        r.minimum = *in.disposableIncomeTwoYears;
        r.governedBy = QStringLiteral("disposable_income");
    }
    // A plan pays the claims at most (no creditor is owed more than its claim).
    if (r.minimum > in.claims) {
        r.minimum = Yen::max(in.claims, Yen(0));
        r.cappedAtClaims = true;
    }
    return r;
}

} // namespace zansai::law
