// A self-employed client (事例2: 堺市, 自営業) is not shown a wage seizure: the banner says there
// are no wages to seize and carries the engine's own 売掛金 caveat (garnishment.self_employed);
// the client's court (大阪地裁, not the Tokyo court of the practice figures) is named beside it.
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "results/ResultsView.h"

#include <QFile>
#include <QLabel>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

Case interview()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/ui/ignored_letters_interview.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : Case{};
}

} // namespace

TEST(SelfEmployedResults, NoWageSeizureAndTheReceivablesCaveat)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::English));
    Case c = interview();
    c.client.occupation = Occupation::SelfEmployed;
    c.client.address = Address{};
    c.client.address->prefecture = QStringLiteral("大阪府");
    c.client.address->city = QStringLiteral("堺市");
    ui::ResultsView r;
    r.setCase(c, QDate(2026, 11, 22));
    const QString banner = r.findChild<QLabel*>(QStringLiteral("garnishmentLabel"))->text();
    EXPECT_FALSE(banner.contains(QStringLiteral("If wages were seized"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("No wages to seize"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("receivables"))) << banner.toStdString();
    const QString court = r.findChild<QLabel*>(QStringLiteral("courtNote"))->text();
    EXPECT_TRUE(court.contains(QStringLiteral("Osaka District Court"))) << court.toStdString();
    EXPECT_TRUE(court.contains(QStringLiteral("Tokyo District Court practice")))
        << court.toStdString();

    // An employee still sees the wage figure, and no receivables caveat.
    c.client.occupation = Occupation::CompanyEmployee;
    r.setCase(c, QDate(2026, 11, 22));
    const QString employee = r.findChild<QLabel*>(QStringLiteral("garnishmentLabel"))->text();
    EXPECT_TRUE(employee.contains(QStringLiteral("If wages were seized")));
    EXPECT_FALSE(employee.contains(QStringLiteral("receivables")));
}
