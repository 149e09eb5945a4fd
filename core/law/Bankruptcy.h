// 自己破産 (破産法): the procedure stream and its court deposit, what the debtor keeps (自由財産),
// the claims a discharge leaves (非免責債権), the 7-year rule and 復権. Plain values only.
//
// The stream thresholds and the deposits are the practice of the Tokyo District Court
// (東京地裁破産再生部の運用), not statute: other courts use other labels (簡易管財 …) and amounts,
// and the 官報公告費 changes every year (docs/legal-rules.md §5, §12.8). Callers show that caveat.
#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace zansai::law {

// Stamps (民事訴訟費用等に関する法律 別表第一): 破産手続開始の申立て 1,000円 + 免責許可の申立て
// 500円.
inline constexpr Yen kBankruptcyFilingFee{1'500};
// Tokyo practice: 同時廃止 only while cash is below 33万 and every other asset below 20万.
inline constexpr Yen kSummaryDismissalCashLimit{330'000};
inline constexpr Yen kSummaryDismissalAssetLimit{200'000};
// Tokyo practice: 少額管財's 引継予納金 (handed to the trustee), 20万.
inline constexpr Yen kSmallAdministrationDeposit{200'000};
// 官報公告費: about 1.2万–1.9万 depending on the year and the stream; one rounded figure here.
inline constexpr Yen kGazetteFee{15'000};
// 破産法34条3項1号: cash of 民事執行法131条3号's amount × 3/2 stays free. 民事執行法施行令1条 sets
// 66万 (e-Gov), so 99万; one rendering of the 政令 shows 67万 (→ 100.5万), probably a conversion
// bug (docs/legal-rules.md §12.2). We use 99万 and say so.
inline constexpr Yen kFreeCash{990'000};
// Tokyo 拡張基準: a 退職金 not yet paid counts at 1/8 of the estimate.
inline constexpr std::int64_t kRetirementCountedDivisor = 8;
// 破産法252条1項10号: a prior 免責 確定 within 7 years before the filing.
inline constexpr int kDischargeBarYears = 7;

enum class BankruptcyStream {
    SummaryDismissal,    // 同時廃止: no trustee (破産法216条1項)
    SmallAdministration, // 少額管財 (Tokyo): a trustee, 引継予納金 20万
};

// The debtor's property as the stream rule reads it (each category one "asset").
struct BankruptcyEstate {
    Yen cash, deposits, car, insuranceSurrender, retirementAllowanceEstimate, other;
};

enum class EstateItem { Cash, Deposits, Car, InsuranceSurrender, RetirementAllowance, Other };

struct EstateItemResult {
    EstateItem item = EstateItem::Cash;
    Yen value;              // as recorded
    Yen counted;            // as the court counts it (退職金: 1/8, truncated below one yen)
    bool overLimit = false; // cash ≥ 33万, any other counted value ≥ 20万
    Yen lost; // what goes to the trustee: cash above 99万, a whole item at or above 20万,
              // the counted 1/8 of a 退職金 at or above 20万
};

struct BankruptcyEstateResult {
    BankruptcyStream stream = BankruptcyStream::SummaryDismissal;
    bool dischargeBarSuspected = false; // a suspected 免責不許可事由 sends the case to 管財 as well
    QList<EstateItemResult> items; // every non-zero category, in EstateItem order
    Yen lost;                      // sum of items[].lost
    Yen courtDeposit;              // 予納金: 官報公告費, + 引継予納金 for 少額管財
};

// The stream, the deposit and what is lost. An item lost may still be left to the debtor by a
// 自由財産の拡張 (破産法34条4項); that is the court's discretion and not assumed here.
BankruptcyEstateResult assessBankruptcyEstate(const BankruptcyEstate& estate,
                                              bool dischargeBarSuspected = false);

// 破産法252条1項10号: the 7 years run from the 確定 of the prior 免責 (民法140条: the first day is
// not counted) and are measured to the filing date. docs/legal-rules.md §5 vector: 確定 2019-04-10
// → the period ends 2026-04-10; a filing on or before that day hits 10号, from 2026-04-11 it does
// not. 裁量免責 (252条2項) is still possible when it hits.
struct DischargeBarResult {
    bool applies = false;   // the filing falls within the 7 years
    QDate periodEnds;       // the last day of the 7 years (invalid without a prior discharge)
    QDate firstClearFiling; // the first filing date outside them
};
DischargeBarResult sevenYearDischargeBar(std::optional<QDate> priorDischargeFinalOn, QDate filing);

// The same rule checked for every day a filing could be made, from `from` (today) to `to` (the
// assumed filing date), both included: a consultant may file earlier than assumed, so a bar that
// ends inside the window must be shown with its exact last day.
struct DischargeBarWindow {
    int barredDays = 0;     // days in from..to on which a filing hits 10号
    QDate firstBarredDay;   // the first such day (invalid: none)
    QDate lastBarredDay;    // the last such day = the bar's last day when it ends in the window
    QDate firstClearFiling; // the first day in from..to a filing is clear (invalid: none)
    QDate periodEnds;       // the bar's last day (invalid without a prior discharge)
    bool endsWithinWindow() const { return barredDays > 0 && firstClearFiling.isValid(); }
};
DischargeBarWindow sevenYearDischargeBarWindow(std::optional<QDate> priorDischargeFinalOn,
                                               QDate from, QDate to);

// 破産法253条1項: claims a discharge does not free the debtor from.
enum class NonDischargeable {
    Taxes = 1,      // 1号 租税等の請求権
    MaliciousTort,  // 2号 悪意で加えた不法行為
    PersonalInjury, // 3号 故意・重過失による生命・身体の侵害
    Support,        // 4号 夫婦・子の扶養義務等 (養育費, 婚姻費用)
    EmployeeClaims, // 5号 雇用関係に基づく使用人の請求権
    UnlistedClaims, // 6号 知りながら債権者名簿に記載しなかった請求権
    Fines,          // 7号 罰金等
};
QString nonDischargeableArticle(NonDischargeable ground); // "破産法253条1項1号" …

// Articles the advice cites.
inline constexpr QStringView kGuarantorUnaffectedArticle = u"破産法253条2項";
inline constexpr QStringView kDiscretionaryDischargeArticle = u"破産法252条2項";
inline constexpr QStringView kRestorationArticle = u"破産法255条1項1号";
inline constexpr QStringView kDischargeBarArticle = u"破産法252条1項10号";
inline constexpr QStringView kFreePropertyArticle = u"破産法34条3項1号";
inline constexpr QStringView kInsolvencyArticle = u"破産法15条1項";

} // namespace zansai::law
