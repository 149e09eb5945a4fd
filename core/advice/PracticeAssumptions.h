// Practice, not law: the typical fees and the negotiating habits the option comparison assumes.
// Every figure here is an assumption a consultant may disagree with; each says where it comes from.
// "seeds" = docs/legal-rules.md §13 (what consultants tell clients);
// "reference" = docs/legal-rules.md. Court practice figures that are rules of a
// court (Tokyo's bankruptcy streams and deposits) live with their rule in law/Bankruptcy.h.
// The ranking that uses them is documented in docs/option-ranking.md.
#pragma once

#include "money/Rate.h"
#include "money/Yen.h"

namespace zansai::practice {

// --- Budget and cash --------------------------------------------------------------------------

// Practice: one month of the budget's expenses is the living reserve. A lump-sum offer that
// leaves less than this of cash and deposits gets a warning (never an exclusion: 事例1 paid 10万 of
// 15.5万); a bankruptcy's fees are compared with cash + deposits − this reserve.
inline constexpr int kLivingReserveMonths = 1;

// Practice (seeds: 分割弁済 「月5,000〜2万円ほどの少額返済にするケースが一般的」): the range of
// monthly payments servicers usually accept after a 任意売却. The low end is also the practice
// minimum of the ranking: an installment agreement the budget affords at or above it (per
// creditor) ranks before any court procedure (docs/option-ranking.md).
inline constexpr Yen kServicerAcceptedMonthlyLow{5'000};
inline constexpr Yen kServicerAcceptedMonthlyHigh{20'000};
// Practice (seeds: 「家計の状況に応じて、月5,000円〜2万円程度で提案するのが一般的」,
// 「無理のない金額を 提示し、余力を残して粘り強く交渉することがポイント」): the installment
// proposed by default is the budget surplus up to kServicerAcceptedMonthlyHigh per creditor; what
// the surplus leaves above that is named as a reserve toward a later lump-sum offer, and the
// surplus (the most the budget allows) is shown beside it. The seeds' own cases (1万, 5,000円) are
// within the range.
//
// Practice: an installment agreement longer than kAgreementHorizonMonths (below) keeps no
// practice preference in the ranking over an eligible lump sum that costs less
// (docs/option-ranking.md, "Ranking").

// Practice, not law (seeds: after a 任意売却 the 残債 is a 事故債権; 「少額の分割で合意される例が
// 多い」, 「早い段階で…遅延損害金を大きく減らせる」): under an installment agreement (和解)
// servicers and creditors usually stop charging late interest. The installment option's practice
// path assumes it — months = ceil(balance / monthly) — beside the arithmetic with late interest
// running.
//
// Practice horizon (seeds, 事例2: 780万 at 1万/月 × 5 years, 「5年後に完済予定」): after this many
// years of steady small payments servicers commonly settle the remainder. A practice path longer
// than this gets a note saying so, with the amounts; no figure assumes the settlement.
inline constexpr int kSteadyPaymentYearsBeforeSettlement = 5;
inline constexpr int kAgreementHorizonMonths = kSteadyPaymentYearsBeforeSettlement * 12;

// --- 一括和解 (lump sum with a servicer) ------------------------------------------------------

// Practice (seeds, 事例1: 580万 settled for 10万 ≈ 1.7%): the low end of offers, as a share of the
// principal the servicer holds (the seeds quote the 残債 without late interest). The client must
// have at least this much in cash and deposits for the option to be eligible.
inline constexpr Rate kLumpSumLowShare{17, 1000};
// Practice (seeds: 「約84%の債権放棄」 → 16% paid): the high end of offers, of the same principal,
// capped by the cash and deposits the client has.
inline constexpr Rate kLumpSumHighShare{16, 100};
// Practice (seeds, 「手元に30万円あります…」 with a 500万 claim): the client negotiates directly or
// with the consultant; no professional fee is assumed.
inline constexpr Yen kLumpSumFee{0};

// --- 任意整理 ---------------------------------------------------------------------------------

// Practice (docs/legal-rules.md §6: 36 installments standard, up to 60 when needed; seeds: 3〜5年).
inline constexpr int kArrangementMonths = 36;
inline constexpr int kArrangementMonthsMax = 60;
// Practice, not from the seeds or the reference: typical law-office fees per creditor. The
// 解決報酬金 of 2万/社 is the cap of 日弁連「債務整理事件処理の規律を定める規程」; the 着手金 is a
// common figure (offices quote 2万–5万). Check the office's own fee table.
inline constexpr Yen kArrangementRetainerPerCreditor{30'000};
inline constexpr Yen kArrangementSuccessFeePerCreditor{20'000};
// Practice: a limitation completing within this many months makes a 受任通知 (an acknowledgment,
// 民法152条) especially costly; the option warns.
inline constexpr int kLimitationNearMonths = 12;

// --- 個人再生 ---------------------------------------------------------------------------------

// Practice (brief and common office fee tables: 40万–60万): the lawyer's fee, midpoint.
inline constexpr Yen kRehabilitationLawyerFee{500'000};
// Court costs: 申立手数料 10,000円 (民事訴訟費用等に関する法律 別表第一) and the 官報公告費, about
// 1.4万 (varies by year). Practice figure for the gazette part.
inline constexpr Yen kRehabilitationCourtFee{10'000};
inline constexpr Yen kRehabilitationGazetteFee{14'000};
// Tokyo practice: a 個人再生委員 is appointed in every case; 15万 when a lawyer acts (paid in
// monthly instalments during the 履行テスト). Other courts appoint one only sometimes.
inline constexpr Yen kRehabilitationCommissionerFee{150'000};

// --- 自己破産 ---------------------------------------------------------------------------------

// Practice, not from the seeds or the reference: typical lawyer fees (同時廃止 20万–40万, 少額管財
// 30万–60万), midpoints. The court deposit (予納金) is in law/Bankruptcy.h (Tokyo practice).
inline constexpr Yen kBankruptcyLawyerFeeSummary{300'000};
inline constexpr Yen kBankruptcyLawyerFeeAdministration{450'000};

// Practice: days to prepare a filing (documents, household accounts for 1–2 months, the creditor
// list). The 7-year rules (破産法252条1項10号, 民事再生法239条5項2号) are measured to the filing
// date, assumed to be as_of + this.
inline constexpr int kFilingPreparationDays = 60;

// --- 時効の援用 --------------------------------------------------------------------------------

// Practice (docs/legal-rules.md §1.3: 援用 by 内容証明 with 配達証明): postage per creditor, about
// 2,000円.
inline constexpr Yen kLimitationLetterCost{2'000};
// Practice, not from the reference: a 司法書士 or lawyer drafting it, about 3万–5万 per creditor.
inline constexpr Yen kLimitationProfessionalFeeLow{30'000};
inline constexpr Yen kLimitationProfessionalFeeHigh{50'000};

// --- Ranking ----------------------------------------------------------------------------------

// Among the options ranked by cost (任意整理, 個人再生, 自己破産, and anything not placed by the
// earlier practice rules), costs are compared in steps of this much; within one step the option
// with fewer penalties (occupation restriction, guarantor demanded, longer credit record, assets
// lost) ranks first. A judgement, documented in docs/option-ranking.md.
inline constexpr Yen kRankingCostStep{100'000};

} // namespace zansai::practice
