// The least a 個人再生 plan must pay in total (最低弁済額), and whether the debts fit the
// procedure.
#pragma once

#include "money/Yen.h"

#include <QString>
#include <optional>

namespace zansai::law {

struct RehabilitationMinimumInput {
    // 基準債権 (231条2項3号): the 再生債権 less 住宅資金貸付債権 and what 別除権 recovers; it keeps
    // the 非減免債権 of 229条3項 (養育費 etc.). General priority claims (taxes, 122条) are not
    // 再生債権 at all.
    Yen claims;
    Yen liquidationValue;                        // 清算価値: what a bankruptcy would pay out
    std::optional<Yen> disposableIncomeTwoYears; // 給与所得者等再生 only: 可処分所得 × 2
    // How 1/5 and 1/10 are settled (docs/legal-rules.md §12.5). "Must not fall below" reads as
    // rounding up (Ceil, the default); many calculators floor instead (Truncate).
    Rounding rounding = Rounding::Ceil;
};

struct RehabilitationMinimumResult {
    bool eligible = false; // 民事再生法221条1項: claims of at most 5,000万
    Yen minimum;           // the largest of the floors below (0 when not eligible)
    Yen statutoryMinimum;  // 231条2項3号・4号 (0 when not eligible)
    QString governedBy; // "claims" | "liquidation_value" | "disposable_income"; empty if ineligible
    // The floors above may exceed what is owed (a liquidation value or two years of income larger
    // than the claims): a plan never pays more than the claims, so `minimum` stops at `claims`.
    bool cappedAtClaims = false;
};

// 民事再生法221条1項 (5,000万 cap), 231条2項3号・4号 (brackets; 241条2項5号 applies them to
// 給与所得者等再生), 174条2項4号 via 231条1項 (清算価値保障), 241条2項7号 (2 years of 可処分所得).
// On a tie the statutory minimum is named first, then the liquidation value.
RehabilitationMinimumResult rehabilitationMinimum(const RehabilitationMinimumInput& in);

} // namespace zansai::law
