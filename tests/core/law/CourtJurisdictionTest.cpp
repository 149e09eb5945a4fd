// The client's court from the address: the prefecture's 地方裁判所 (本庁), and for the cities in
// the table the 簡易裁判所 that would issue a 支払督促 (民事訴訟法383条1項) and the 地裁支部.
#include "law/CourtJurisdiction.h"
#include "i18n/Narrator.h"

#include <gtest/gtest.h>

using namespace zansai;

namespace {

struct Row {
    const char* prefecture;
    const char* city;
    const char* code;     // the 地方裁判所
    const char* summary;  // English, "" when not in the table
    const char* district; // English
};

class Courts : public ::testing::TestWithParam<Row> {};

TEST_P(Courts, FromTheAddress)
{
    const Row& r = GetParam();
    const law::Courts c =
        law::courtsFor(QString::fromUtf8(r.prefecture), QString::fromUtf8(r.city));
    ASSERT_TRUE(c.prefectureKnown) << r.prefecture;
    EXPECT_EQ(c.code, QLatin1String(r.code)) << r.prefecture << r.city;
    const Narrator en(Language::English);
    EXPECT_EQ(en.text(c.districtCourt), QString::fromUtf8(r.district));
    EXPECT_EQ(c.summaryKnown, *r.summary != '\0');
    if (c.summaryKnown) {
        EXPECT_EQ(en.text(c.summaryCourt), QString::fromUtf8(r.summary));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, Courts,
    ::testing::Values(
        Row{"大阪府", "堺市堺区", "osaka", "Sakai Summary Court", "Osaka District Court"},
        Row{"大阪府", "大阪市北区", "osaka", "Osaka Summary Court", "Osaka District Court"},
        Row{"大阪府", "豊中市", "osaka", "", "Osaka District Court"},
        Row{"東京都", "千代田区", "tokyo", "Tokyo Summary Court", "Tokyo District Court"},
        Row{"東京都", "八王子市", "tokyo", "", "Tokyo District Court"}, // not a ward
        Row{"神奈川県", "横浜市中区", "yokohama", "Yokohama Summary Court",
            "Yokohama District Court"},
        Row{"愛知県", "豊田市", "nagoya", "", "Nagoya District Court"},
        Row{"北海道", "函館市", "hakodate", "", "Hakodate District Court"},
        Row{"北海道", "札幌市中央区", "sapporo", "Sapporo Summary Court", "Sapporo District Court"},
        Row{"沖縄県", "那覇市", "naha", "", "Naha District Court"},
        Row{"大阪", "堺市", "osaka", "Sakai Summary Court",
            "Osaka District Court"})); // 府 left out

TEST(Courts, SakaiHasItsBranchAndJapaneseNames)
{
    const law::Courts c = law::courtsFor(QStringLiteral("大阪府"), QStringLiteral("堺市"));
    ASSERT_TRUE(c.hasBranch);
    EXPECT_EQ(Narrator(Language::English).text(c.branch), QStringLiteral("Sakai Branch"));
    EXPECT_EQ(law::prefectures().size(), 47);
    EXPECT_FALSE(law::courtsFor(QStringLiteral("大坂府"), QString()).prefectureKnown);
}

} // namespace
