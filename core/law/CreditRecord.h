// 信用情報: how long the credit bureaus keep the default and the way out on record
// (docs/legal-rules.md §8). Not statute: each bureau's published retention rule.
//   CIC, JICC: during the contract and 5 years after it ends (完済・契約終了). JICC records an
//     accepted 時効援用 or a confirmed 免責 as 完済 on that day.
//   KSC (全国銀行個人信用情報センター): transactions 5 years from the contract's end — from 完済
//   when
//     not paid, so an unpaid 残債 stays on record until it is paid; 官報情報 (破産・再生) 7 years
//     from the 開始決定 (a member bank's current notice; older sources say 10: docs/legal-rules.md
//     §12.6).
// The years returned are counted from now (the start of the way out), so that ways out with
// payments over several years compare fairly: "5 years after the last payment" of a 36-month plan
// is 3 + 5 = 8 years from now. Months of payments are rounded up to whole years.
#pragma once

#include <QList>
#include <QString>

namespace zansai::law {

enum class Bureau { Cic, Jicc, Ksc };

enum class CreditEvent {
    Unpaid,     // the 残債 stays unpaid (doing nothing, or a plan that never clears it)
    PaidInFull, // paid or settled (分割弁済 to the end, 一括和解): 完済 after the payments
    VoluntaryArrangement, // 任意整理: recorded as 債務整理, 5 years after 完済
    Rehabilitation, // 個人再生: 官報 at KSC, and 5 years after the plan is paid at CIC/JICC
    Bankruptcy,     // 破産: 官報 at KSC; 免責 recorded as the end at CIC/JICC
    LimitationInvoked, // 時効援用 accepted by the creditor: 完済 on that day
};

// KSC's retention of 官報情報: 7 years per its members' current notices (§12.6: older sources 10).
inline constexpr int kKscGazetteYears = 7;
inline constexpr int kContractEndYears = 5;

struct BureauRecord {
    Bureau bureau = Bureau::Cic;
    int years = 0;           // from now; 0 with `indefinite`
    bool indefinite = false; // kept until the debt is paid
};

struct CreditRecordResult {
    int years = 0;           // the longest finite one (0 when indefinite)
    bool indefinite = false; // some bureau keeps it until the debt is paid
    QList<BureauRecord> bureaus;
    QString note; // translated: each bureau's rule and the KSC choice (§12.6)
};

// `monthsUntilSettled`: months of payments before 完済 (plans); 0 for a one-off event.
CreditRecordResult creditRecord(CreditEvent event, int monthsUntilSettled = 0,
                                int kscGazetteYears = kKscGazetteYears);

QString bureauName(Bureau b); // "CIC", "JICC", "KSC"

} // namespace zansai::law
