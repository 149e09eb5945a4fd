// Who the creditor is. It decides whether the claim was commercial under the old law (商法522条,
// deleted 2020-04-01: 5 years) or civil (旧民法167条1項: 10 years). See LimitationPeriod.
#pragma once

namespace zansai::law {

enum class LenderKind {
    Bank, // 株式会社の銀行: commercial (会社法5条)
    CreditUnion, // 信用金庫・信用組合・労働金庫・JA: not a 商人 (最判昭和63年10月18日)
    Jhf,              // 住宅金融支援機構・旧住宅金融公庫: not a 商人
    GuaranteeCompany, // 株式会社の保証会社: 求償権; the commission contract is its 商行為
    PublicGuarantor, // 信用保証協会 etc.: civil
    ConsumerFinance, // 消費者金融 (株式会社): commercial
    CardCompany,     // クレジットカード会社 (株式会社): commercial
    Individual,      // a private person: civil
    PublicAuthority, // taxes and public charges: not a 時効 of this kind
    Other,           // unknown: treated as civil, with a note
};

} // namespace zansai::law
