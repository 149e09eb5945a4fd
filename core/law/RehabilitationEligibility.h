// Whether 個人再生 (民事再生法 第13章) is open, and in which form; the amounts are in
// RehabilitationMinimum. Plain values only.
//   221条1項: an individual with continuing or repeated income and 再生債権 of at most 5,000万
//     (excluding 住宅資金貸付債権, what 別除権 will recover and fines; after a 任意売却 the 残債 is
//     an ordinary unsecured claim and counts in full: docs/legal-rules.md §4).
//   230条6項 (小規模個人再生): the plan fails when objectors are at least half of the creditors by
//     number, or hold more than 1/2 of the claims by amount. After a 任意売却 one servicer often
//     holds more than half: 給与所得者等再生 (239条) has no vote.
//   239条1項: 給与所得者等再生 needs 給与又はこれに類する定期的な収入 whose fluctuation is small.
//   239条5項2号: not within 7 years of a prior 免責 becoming final (measured to the filing).
//   229条2項2号: payments over 3 years, up to 5 for special reasons, at least every 3 months.
//   177条2項: the plan does not affect guarantors. 122条: taxes are 一般優先債権, not reduced.
#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QStringView>
#include <optional>

namespace zansai::law {

inline constexpr Yen kRehabilitationClaimsCap{50'000'000}; // 民事再生法221条1項
inline constexpr int kRehabilitationPlanMonths = 36;       // 229条2項2号: 3 years
inline constexpr int kRehabilitationPlanMonthsMax = 60; // 229条2項2号: up to 5 (special reasons)
inline constexpr int kWageEarnerBarYears = 7;           // 239条5項2号

struct RehabilitationEligibilityInput {
    Yen claims;                    // 再生債権 for the 5,000万 cap (taxes are not 再生債権)
    QList<Yen> claimsByCreditor;   // one entry per creditor (a creditor holding two debts: one sum)
    bool continuingIncome = false; // 221条1項
    bool salaryLikeIncome =
        false; // 239条1項: wages, or a regular income of the same kind (pension)
    std::optional<QDate> priorDischargeFinalOn; // 239条5項2号
    QDate filing;                               // the assumed filing date
};

struct RehabilitationEligibilityResult {
    bool withinCap = false; // claims ≤ 5,000万
    bool continuingIncome = false;
    bool smallScaleEligible = false; // 小規模個人再生 (221条1項)
    bool vetoByAmount = false;       // one creditor holds more than 1/2 of the claims (230条6項)
    bool vetoByNumber = false; // one objector is at least half of the creditors (1 or 2 creditors)
    Yen largestClaim;
    int creditorCount = 0;
    bool wageEarnerSevenYearBar = false; // 239条5項2号 applies to the filing
    QDate wageEarnerBarEnds;             // last day of the 7 years (invalid: no prior discharge)
    bool wageEarnerEligible = false; // 給与所得者等再生: 221条1項 + 239条1項 + not barred
    bool voteRisk() const { return vetoByAmount || vetoByNumber; }
};

RehabilitationEligibilityResult rehabilitationEligibility(const RehabilitationEligibilityInput& in);

inline constexpr QStringView kRehabilitationEligibilityArticle = u"民事再生法221条1項";
inline constexpr QStringView kCreditorVoteArticle = u"民事再生法230条6項";
inline constexpr QStringView kWageEarnerArticle = u"民事再生法239条";
inline constexpr QStringView kWageEarnerBarArticle = u"民事再生法239条5項2号";
inline constexpr QStringView kPlanTermArticle = u"民事再生法229条2項2号";
inline constexpr QStringView kRehabilitationGuarantorArticle = u"民事再生法177条2項";
inline constexpr QStringView kRehabilitationTaxArticle = u"民事再生法122条";
inline constexpr QStringView kNonReducibleArticle = u"民事再生法229条3項";

} // namespace zansai::law
