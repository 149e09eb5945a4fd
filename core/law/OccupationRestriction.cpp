#include "law/OccupationRestriction.h"

#include <QCoreApplication>

namespace zansai::law {

namespace {
struct OccupationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::OccupationRestriction)
};

OccupationRestriction make(RestrictedLicence l, const QString& name, const QString& statute)
{
    return {l, name, statute};
}
} // namespace

OccupationRestriction occupationRestriction(RestrictedLicence l)
{
    using L = RestrictedLicence;
    switch (l) {
    case L::Lawyer:
        return make(l, OccupationText::tr("Lawyer (bengoshi)"), QStringLiteral("弁護士法7条"));
    case L::Shihoshoshi:
        return make(l, OccupationText::tr("Judicial scrivener (shihō shoshi)"),
                    QStringLiteral("司法書士法5条"));
    case L::TaxAccountant:
        return make(l, OccupationText::tr("Certified tax accountant"),
                    QStringLiteral("税理士法4条"));
    case L::CertifiedPublicAccountant:
        return make(l, OccupationText::tr("Certified public accountant"),
                    QStringLiteral("公認会計士法4条"));
    case L::AdministrativeScrivener:
        return make(l, OccupationText::tr("Administrative scrivener (gyōsei shoshi)"),
                    QStringLiteral("行政書士法2条の2"));
    case L::SocialInsuranceLabourConsultant:
        return make(l, OccupationText::tr("Labour and social security attorney (sharōshi)"),
                    QStringLiteral("社会保険労務士法5条"));
    case L::PatentAttorney:
        return make(l, OccupationText::tr("Patent attorney"), QStringLiteral("弁理士法8条"));
    case L::LandSurveyor:
        return make(l, OccupationText::tr("Land and house investigator"),
                    QStringLiteral("土地家屋調査士法5条"));
    case L::RealEstateAppraiser:
        return make(l, OccupationText::tr("Real estate appraiser"),
                    QStringLiteral("不動産の鑑定評価に関する法律16条"));
    case L::RealEstateTransactionAgent:
        return make(l, OccupationText::tr("Real estate transaction agent (takken-shi)"),
                    QStringLiteral("宅地建物取引業法18条1項"));
    case L::CustomsSpecialist:
        return make(l, OccupationText::tr("Customs specialist"),
                    QStringLiteral("通関業法6条・31条"));
    case L::InsuranceSolicitor:
        return make(l, OccupationText::tr("Life insurance solicitor or non-life insurance agent"),
                    QStringLiteral("保険業法279条"));
    case L::SecuritiesSalesRepresentative:
        return make(l, OccupationText::tr("Securities sales representative"),
                    QStringLiteral("金融商品取引法29条の4・64条の2"));
    case L::SecurityGuard:
        return make(l, OccupationText::tr("Security guard or security company"),
                    QStringLiteral("警備業法3条・14条"));
    case L::MoneyLender:
        return make(l, OccupationText::tr("Registered money lender"),
                    QStringLiteral("貸金業法6条"));
    case L::Pawnbroker:
        return make(l, OccupationText::tr("Pawnbroker"), QStringLiteral("質屋営業法3条"));
    case L::SecondhandDealer:
        return make(l, OccupationText::tr("Second-hand dealer"), QStringLiteral("古物営業法4条"));
    case L::ConstructionContractor:
        return make(l, OccupationText::tr("Licensed construction contractor"),
                    QStringLiteral("建設業法8条"));
    case L::NotaryPublic:
        return make(l, OccupationText::tr("Notary public"), QStringLiteral("公証人法14条"));
    case L::Guardian:
        return make(l, OccupationText::tr("Guardian, curator or executor of a will"),
                    QStringLiteral("民法847条・876条の2・1009条"));
    }
    return make(l, QString(), QString());
}

QList<RestrictedLicence> allRestrictedLicences()
{
    QList<RestrictedLicence> all;
    for (int i = 0; i <= static_cast<int>(RestrictedLicence::Guardian); ++i)
        all.append(static_cast<RestrictedLicence>(i));
    return all;
}

QString occupationRestrictionPeriod()
{
    return OccupationText::tr("Restricted from the order commencing bankruptcy until restoration "
                              "of rights, which comes automatically when the discharge becomes "
                              "final (破産法255条1項1号): usually a few months.");
}

} // namespace zansai::law
