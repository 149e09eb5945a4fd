// The client's court decides whether the bankruptcy figures (東京地裁 practice) are the client's
// court's own; another court is named in a note.
#include "case/CaseCourts.h"
#include "i18n/Narrator.h"

#include <gtest/gtest.h>

using namespace zansai;

namespace {

TEST(CaseCourtsNote, AnotherCourtThanTokyoIsSaid)
{
    Case c;
    EXPECT_EQ(caseCourts(c).notes.value(0).code, QStringLiteral("court.unknown"));
    c.client.address = Address{};
    c.client.address->prefecture = QStringLiteral("大阪府");
    c.client.address->city = QStringLiteral("堺市");
    const CaseCourts sakai = caseCourts(c);
    ASSERT_EQ(sakai.notes.size(), 1);
    EXPECT_EQ(sakai.notes[0].code, QStringLiteral("court.practice_differs"));
    EXPECT_TRUE(Narrator(Language::English)
                    .text(sakai.notes[0])
                    .contains(QStringLiteral("Osaka District Court")));
    c.client.address->prefecture = QStringLiteral("東京都");
    c.client.address->city = QStringLiteral("新宿区");
    EXPECT_TRUE(caseCourts(c).notes.isEmpty()); // the figures are this court's own practice
}

} // namespace
