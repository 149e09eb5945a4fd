// A guarantor's own position (保証人の地位), for a client who guarantees someone else's debt and
// for the guarantors of the client's debts. Plain values only.
//   民法457条1項:
//   主たる債務者に対する履行の請求その他の事由による時効の完成猶予及び更新は、保証人に
//     対しても、その効力を生ずる — a suit, payment or acknowledgment by the principal debtor also
//     suspends or renews the guarantor's period (the reverse does not hold: 458条・441条).
//   民法458条の3: when the principal debtor loses the benefit of time, the creditor must tell an
//     individual guarantor within 2 months of learning of it; otherwise it cannot claim from the
//     guarantor the late interest that accrued from the loss until the notice is actually given
//     (except what would have accrued anyway). Not for a corporate guarantor (3項), and only for
//     guarantees contracted on or after 2020-04-01 (平成29年改正法附則21条1項).
//   破産法253条2項 / 民事再生法177条2項: the debtor's discharge or plan does not affect the
//     guarantor, nor the guarantor's the principal debtor's.
// docs/legal-rules.md §10.
#pragma once

#include <QDate>
#include <QStringView>
#include <optional>

namespace zansai::law {

// The day 民法458条の3 starts to apply (平成29年改正法の施行日; 附則21条1項).
inline const QDate kGuarantorNoticeRuleFrom{2020, 4, 1};
inline constexpr int kGuarantorNoticeMonths = 2; // 458条の3第1項: 2箇月以内

struct GuarantorNoticeInput {
    QDate guaranteeContractDate;        // the 保証契約's date
    bool individualGuarantor = true;    // 458条の3第3項: not for a 法人
    QDate principalLostBenefitOn;       // 期限の利益喪失日 of the principal debtor
    QDate creditorLearnedOn;            // when the creditor knew (default: the same day)
    std::optional<QDate> noticeGivenOn; // the notice to the guarantor, if any
    QDate asOf;
};

struct GuarantorNoticeResult {
    bool applies = false; // 458条の3 governs this guarantee
    QDate noticeDeadline; // the last day for a timely notice (民法140条・143条)
    bool noticeTimely = false;
    // Late interest the guarantor cannot be charged: from the day after the loss through the
    // day before the notice (or through as_of without one). Invalid when nothing is barred.
    QDate barredFrom, barredThrough;
};

GuarantorNoticeResult guarantorNotice(const GuarantorNoticeInput& in);

inline constexpr QStringView kGuarantorRenewalArticle = u"民法457条1項";
inline constexpr QStringView kGuarantorNoticeArticle = u"民法458条の3";
inline constexpr QStringView kGuaranteeUnaffectedByBankruptcyArticle = u"破産法253条2項";
inline constexpr QStringView kGuaranteeUnaffectedByPlanArticle = u"民事再生法177条2項";

} // namespace zansai::law
