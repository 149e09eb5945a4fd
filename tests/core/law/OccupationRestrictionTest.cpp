#include "law/OccupationRestriction.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace zansai::law;

namespace {

struct StatuteCase {
    RestrictedLicence licence;
    const char* statute;
};

class OccupationStatuteTest : public ::testing::TestWithParam<StatuteCase> {};

TEST_P(OccupationStatuteTest, NamesTheLicenceLaw)
{
    const OccupationRestriction r = occupationRestriction(GetParam().licence);
    EXPECT_EQ(r.licence, GetParam().licence);
    EXPECT_EQ(r.statute, QString::fromUtf8(GetParam().statute));
    EXPECT_FALSE(r.name.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Reference, OccupationStatuteTest,
    ::testing::Values(
        StatuteCase{RestrictedLicence::Lawyer, "弁護士法7条"},
        StatuteCase{RestrictedLicence::Shihoshoshi, "司法書士法5条"},
        StatuteCase{RestrictedLicence::TaxAccountant, "税理士法4条"},
        StatuteCase{RestrictedLicence::CertifiedPublicAccountant, "公認会計士法4条"},
        StatuteCase{RestrictedLicence::AdministrativeScrivener, "行政書士法2条の2"},
        StatuteCase{RestrictedLicence::SocialInsuranceLabourConsultant, "社会保険労務士法5条"},
        StatuteCase{RestrictedLicence::RealEstateTransactionAgent, "宅地建物取引業法18条1項"},
        StatuteCase{RestrictedLicence::InsuranceSolicitor, "保険業法279条"},
        StatuteCase{RestrictedLicence::SecurityGuard, "警備業法3条・14条"},
        StatuteCase{RestrictedLicence::MoneyLender, "貸金業法6条"},
        StatuteCase{RestrictedLicence::Guardian, "民法847条・876条の2・1009条"}));

TEST(OccupationRestriction, EveryLicenceHasAStatuteAndADistinctName)
{
    const QList<RestrictedLicence> all = allRestrictedLicences();
    EXPECT_EQ(all.size(), 20);
    QSet<QString> names;
    for (RestrictedLicence l : all) {
        const OccupationRestriction r = occupationRestriction(l);
        EXPECT_FALSE(r.statute.isEmpty());
        EXPECT_TRUE(r.statute.contains(QStringLiteral("条")));
        names.insert(r.name);
    }
    EXPECT_EQ(names.size(), all.size());
}

TEST(OccupationRestriction, PeriodNamesRestoration)
{
    EXPECT_TRUE(occupationRestrictionPeriod().contains(QStringLiteral("破産法255条1項1号")));
}

} // namespace
