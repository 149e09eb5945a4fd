// 資格制限: licences and occupations a bankrupt may not hold from the 破産手続開始決定 until 復権
// (破産法255条1項1号: automatic on the 免責 becoming final). Not a rule of 破産法 itself: each
// licence law lists 「破産手続開始の決定を受けて復権を得ない者」 among its disqualifications.
// 個人再生 and 任意整理 restrict no occupation. Ordinary company employees and civil servants in
// general are not restricted (docs/legal-rules.md §5). Articles as in the source named in
// docs/legal-rules.md §5 (saimuseiri-soudan.jp/faq); item numbers differ between amendments, so
// only articles are named.
#pragma once

#include <QList>
#include <QString>

namespace zansai::law {

enum class RestrictedLicence {
    Lawyer,                          // 弁護士 (弁護士法7条)
    Shihoshoshi,                     // 司法書士 (司法書士法5条)
    TaxAccountant,                   // 税理士 (税理士法4条)
    CertifiedPublicAccountant,       // 公認会計士 (公認会計士法4条)
    AdministrativeScrivener,         // 行政書士 (行政書士法2条の2)
    SocialInsuranceLabourConsultant, // 社会保険労務士 (社会保険労務士法5条)
    PatentAttorney,                  // 弁理士 (弁理士法8条)
    LandSurveyor,                    // 土地家屋調査士 (土地家屋調査士法5条)
    RealEstateAppraiser, // 不動産鑑定士 (不動産の鑑定評価に関する法律16条)
    RealEstateTransactionAgent, // 宅地建物取引士 (宅地建物取引業法18条1項)
    CustomsSpecialist,          // 通関士 (通関業法6条・31条)
    InsuranceSolicitor, // 生命保険募集人・損害保険代理店 (保険業法279条)
    SecuritiesSalesRepresentative, // 証券外務員 (金融商品取引法29条の4・64条の2)
    SecurityGuard,                 // 警備員・警備業者 (警備業法3条・14条)
    MoneyLender,                   // 貸金業者 (貸金業法6条)
    Pawnbroker,                    // 質屋 (質屋営業法3条)
    SecondhandDealer,              // 古物商 (古物営業法4条)
    ConstructionContractor,        // 建設業者 (建設業法8条)
    NotaryPublic,                  // 公証人 (公証人法14条)
    Guardian, // 後見人・保佐人・遺言執行者 (民法847条・876条の2・1009条)
};

struct OccupationRestriction {
    RestrictedLicence licence = RestrictedLicence::Lawyer;
    QString name;    // translated
    QString statute; // the licence law's article, e.g. "宅地建物取引業法18条1項"
};

OccupationRestriction occupationRestriction(RestrictedLicence licence);
QList<RestrictedLicence> allRestrictedLicences();

// One sentence for the consultant: from when until when, and how 復権 comes (translated).
QString occupationRestrictionPeriod();

} // namespace zansai::law
