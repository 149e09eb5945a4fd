// 消滅時効 (extinctive prescription) of one accelerated debt: the period (old or new law,
// 改正附則10条), its start (民法140条), and every 完成猶予 / 更新 (民法147条〜152条, 169条) or, for
// events before 2020-04-01, 中断 of the old law. docs/legal-rules.md §1, §12.1, §12.4.
#pragma once

#include "i18n/Message.h"
#include "law/LenderKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zansai::law {

enum class LimitationEventKind {
    Payment,              // 一部弁済: an acknowledgment (民法152条)
    Acknowledgment,       // 承認
    VoluntarySaleSettled, // 任意売却の決済: treated as 承認 (practice consensus)
    Demand,               // 催告 (150条)
    NegotiationAgreement, // 協議を行う旨の書面合意 (151条)
    NegotiationRefused,   // 協議の続行を拒絶する書面通知 (151条1項3号)
    LawsuitServed,        // 裁判上の請求 (147条1項1号)
    PaymentOrderServed,   // 支払督促 (147条1項2号)
    ProvisionalEnforcementServed, // 仮執行宣言付支払督促 (民事訴訟法391条・393条・396条)
    JudgmentServed,               // 判決正本の送達 (控訴期間: 民事訴訟法285条)
    JudgmentFinal,                // 判決確定 (169条)
    CourtSettlement,              // 裁判上の和解 (169条)
    EnforceableDeed,   // 執行認諾文言付公正証書: signed by the debtor → 承認
    SeizureFiled,      // 強制執行 (148条1項1号)
    AuctionFiled,      // 担保権の実行としての競売 (148条1項2号)
    AuctionWithdrawn,  // 取下げ (148条1項括弧書: 6 months only)
    ClaimAssigned,     // 債権譲渡: no effect on the period
    LimitationInvoked, // 援用 (145条)
    // How a proceeding ends (format revision 2):
    LawsuitWithdrawn,      // 訴えの取下げ (147条1項括弧書: 6 months only)
    LawsuitDismissed,      // 訴え却下 (147条1項括弧書: 6 months only)
    PaymentOrderObjection, // 督促異議: the matter continues as a lawsuit (民事訴訟法395条)
    PaymentOrderLapsed, // 支払督促の失効 (民事訴訟法392条; 147条1項括弧書: 6 months)
    SeizureWithdrawn, // 差押え・競売の取下げ/取消し (148条1項括弧書: 6 months)
    SeizureCompleted, // 取立て・配当の完了 (148条2項: renewal from its end)
};

struct LimitationEvent {
    QDate date;
    LimitationEventKind kind = LimitationEventKind::Payment;
    std::optional<QDate>
        agreedUntil; // 協議合意: last day of an agreed term shorter than 1 y (151条1項2号)
};

struct LimitationInput {
    LenderKind lender = LenderKind::Bank;
    // The contract the claim arises from (for a 保証会社's 求償権: the 保証委託契約). Decides old
    // or new law (改正附則10条1項・4項). Invalid = unknown: old law assumed, with a warning.
    QDate contractDate;
    QDate acceleratedOn; // 期限の利益喪失日 or 代位弁済日; for taxes the statutory due date
    QList<LimitationEvent> events; // any order; sorted (stably) by date here
    QDate asOf;                    // events after it are not counted
};

enum class LimitationBasis { OldCommercial, OldCivil, New, Judgment };
QString toCode(LimitationBasis b); // "old_commercial", "old_civil", "new", "judgment"

struct LimitationStep {
    QDate date;
    QString article; // "民法152条1項"
    Message text;    // written later for a language (i18n/Narrator.h); its article is `article`
};

struct LimitationResult {
    int years = 0;
    LimitationBasis basis = LimitationBasis::New;
    // Last day of the period after every postponement and renewal.
    QDate completesOn;
    // asOf > completesOn, and no proceeding pending.
    bool completed = false;
    // Suspended by a pending suit or enforcement: completesOn is a floor, not final.
    bool pendingProceeding = false;
    // Paid or acknowledged after a completion, which can then no longer be invoked
    // (最判昭和41年4月20日); false again once the new period from that act has itself completed.
    bool forfeited = false;
    // 援用 recorded after completion.
    bool invoked = false;
    // Every step in date order, each with its article.
    QList<LimitationStep> steps;
    // 民法142条 not applied (disputed), forfeiture, pending proceedings, etc. (Messages).
    QList<Message> warnings;
};

LimitationResult computeLimitation(const LimitationInput& in);

} // namespace zansai::law
