// The 相談票 complete, read back from a real PDF: guarantor (name, relation, whether affected), the
// court and 事件番号 of each proceeding, the deadlines soonest first in 和暦, what the consultant
// advised, and who may do each step with the reason.
#include "PaperTestSupport.h"
#include "PdfTools.h"

#include <QTemporaryDir>

using namespace zansai;
using namespace zansai::ui;
using namespace zansai::ui::test;

namespace {

class ReferralDocument : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString referralText(const Case& c, Language lang)
    {
        const QString path = dir.filePath(QStringLiteral("referral-%1.pdf").arg(int(lang)));
        const auto r = exportPdf(ClientDocument::ReferralSheet, paperContext(c, lang), path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return squeezed(pdfRawText(path));
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

} // namespace

// referral_guarantor_court.json (as of 2026-11-22, 任意整理 chosen):
// d1 東都債権回収: 支払督促 served 2026-11-16 at 東京簡易裁判所, 令和8年(ロ)第1234号 → 督促異議 by
//   2026-11-16 + 14 days = 2026-11-30 (Mon), 8 days left; 4,350,000 + interest → 弁護士.
// d2 ミライカード: guarantor 井上 花子 (妻); 480,000 + interest ≤ 1,400,000 → 認定司法書士.
// d3 ひかりローン: 1,300,000 + 122,200 = 1,422,200 > 1,400,000 → 弁護士, warned.
TEST_F(ReferralDocument, JapaneseCarriesGuarantorCourtDeadlinesAdviceAndRoutes)
{
    const Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    const QString text = referralText(c, Language::Japanese);
    EXPECT_TRUE(text.contains(QStringLiteral("相談票")));
    // Guarantor
    EXPECT_TRUE(text.contains(QStringLiteral("保証人")));
    EXPECT_TRUE(text.contains(QStringLiteral("井上花子")));
    EXPECT_TRUE(text.contains(QStringLiteral("妻")));
    // Court and 事件番号
    EXPECT_TRUE(text.contains(QStringLiteral("東京簡易裁判所")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年(ロ)第1234号")));
    // Deadline in 和暦 with the days left
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月30日")));
    EXPECT_TRUE(text.contains(QStringLiteral("残り8日")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月30日(2026年11月30日):督促異議")));
    // What was advised: the chosen way out and the next steps
    EXPECT_TRUE(text.contains(QStringLiteral("相談員の助言")));
    EXPECT_TRUE(text.contains(QStringLiteral("ご本人と決めた方法:任意整理")));
    // Routes per debt, with the reasons
    EXPECT_TRUE(text.contains(QStringLiteral("各手続を誰が行えるか")));
    EXPECT_TRUE(text.contains(QStringLiteral("認定司法書士")));
    EXPECT_TRUE(text.contains(QStringLiteral("弁護士")));
    EXPECT_TRUE(text.contains(QStringLiteral("1,422,200円")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("遅延損害金を含めた請求額は1,422,200円で上限を超えます")));
    EXPECT_TRUE(text.contains(QStringLiteral("司法書士法3条1項7号")));
    // Route order follows the debts: d1 (lawyer, court), d2 (scrivener), d3 (lawyer, warned).
    const qsizetype d2 =
        text.indexOf(QStringLiteral("株式会社ミライカード任意整理の交渉認定司法書士"));
    const qsizetype d3 = text.indexOf(QStringLiteral("株式会社ひかりローン任意整理の交渉弁護士"));
    EXPECT_GE(d2, 0);
    EXPECT_GT(d3, d2);
}

TEST_F(ReferralDocument, EnglishCarriesTheSameFacts)
{
    Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    c.language = QStringLiteral("en");
    const QString text = referralText(c, Language::English);
    EXPECT_TRUE(text.contains(QStringLiteral("Referralsheet")));
    EXPECT_TRUE(text.contains(QStringLiteral("Guarantors")));
    EXPECT_TRUE(text.contains(QStringLiteral("井上花子")));
    EXPECT_TRUE(text.contains(QStringLiteral("東京簡易裁判所")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年(ロ)第1234号")));
    EXPECT_TRUE(text.contains(QStringLiteral("30November2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Whattheconsultantadvised")));
    EXPECT_TRUE(text.contains(QStringLiteral("certifiedjudicialscrivenermaynegotiate")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lawyer")));
    EXPECT_TRUE(text.contains(QStringLiteral("¥1,422,200")));
    EXPECT_FALSE(text.contains(QStringLiteral("令和8年11月30日")));
}

// Deadlines are printed soonest first whatever order the assessment lists them in.
TEST_F(ReferralDocument, DeadlinesSoonestFirst)
{
    Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    // d3 also gets a lawsuit: served 2026-11-20 (Fri), first hearing 2026-12-18 → the answer
    // deadline is the hearing, after d1's 督促異議 (2026-11-30).
    DebtEvent suit;
    suit.date = QDate(2026, 11, 20);
    suit.type = DebtEventType::LawsuitServed;
    suit.hearingOn = QDate(2026, 12, 18);
    suit.court = QStringLiteral("東京地方裁判所");
    suit.caseNumber = QStringLiteral("令和8年(ワ)第5678号");
    c.debts[2].events.append(suit);
    const QString text = referralText(c, Language::Japanese);
    const qsizetype objection = text.indexOf(QStringLiteral("令和8年11月30日(2026年11月30日):"));
    const qsizetype hearing = text.indexOf(QStringLiteral("令和8年12月18日(2026年12月18日):"));
    EXPECT_GE(objection, 0);
    EXPECT_GT(hearing, objection);
    EXPECT_TRUE(text.contains(QStringLiteral("東京地方裁判所")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年(ワ)第5678号")));
}
