// The fields of every interview page read input as people write it and show back what they
// understood; plausibility warnings appear beside the field and do not block.
#include "common/Fields.h"
#include "../WizardDriver.h"
#include "common/Plausibility.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;

namespace {

// Types `text` as the consultant would and leaves the field with Enter.
void typeAndEnter(FieldEdit& f, const QString& text)
{
    f.lineEdit()->clear();
    uitest::typeText(f.lineEdit(), text);
    QTest::keyClick(f.lineEdit(), Qt::Key_Return);
}

struct EchoRow {
    const char* typed;
    const char* shown;
};

TEST(Fields, DateEchoesTheDayUnderstood)
{
    DateField f;
    f.show();
    for (const EchoRow& row :
         {EchoRow{"令和8年11月30日", "2026-11-30"}, // 2019 + 8 − 1
          EchoRow{"R8.11.30", "2026-11-30"}, EchoRow{"２０２６／１１／３０", "2026-11-30"},
          EchoRow{"平成31年4月30日", "2019-04-30"}}) {
        typeAndEnter(f, QString::fromUtf8(row.typed));
        EXPECT_EQ(f.text(), QString::fromUtf8(row.shown)) << row.typed;
        EXPECT_EQ(f.date(), QDate::fromString(QString::fromUtf8(row.shown), Qt::ISODate));
        EXPECT_FALSE(f.messageShown()) << row.typed;
    }
}

TEST(Fields, ImpossibleDateStaysAsTypedWithTheReasonBeside)
{
    DateField f;
    f.show();
    typeAndEnter(f, QStringLiteral("平成31年5月1日"));
    EXPECT_EQ(f.text(), QStringLiteral("平成31年5月1日")); // not rewritten
    EXPECT_FALSE(f.date());
    ASSERT_TRUE(f.messageLabel()->isVisible());
    EXPECT_TRUE(f.messageLabel()->text().contains(QStringLiteral("2019-05-01")))
        << f.messageLabel()->text().toStdString();
    typeAndEnter(f, QStringLiteral("令和8年2月30日"));
    EXPECT_FALSE(f.validate(true));
    EXPECT_TRUE(f.messageLabel()->isVisible());
}

TEST(Fields, YenEchoesTheAmountUnderstood)
{
    YenField f;
    f.show();
    for (const EchoRow& row : {EchoRow{"25万", "250,000"}, // 25 × 10,000
                               EchoRow{"1,000,000円", "1,000,000"}, EchoRow{"１，０００", "1,000"},
                               EchoRow{"3万5千円", "35,000"}}) { // 30,000 + 5,000
        typeAndEnter(f, QString::fromUtf8(row.typed));
        EXPECT_EQ(f.text(), QString::fromUtf8(row.shown)) << row.typed;
        EXPECT_FALSE(f.messageShown());
    }
    typeAndEnter(f, QStringLiteral("12.5"));
    EXPECT_FALSE(f.yen());
    EXPECT_TRUE(f.messageLabel()->isVisible());
}

TEST(Fields, LateRateAboveTheCapWarnsWithoutBlocking)
{
    // 利息制限法4条1項: for a principal of 100万 and over the cap is 15% × 1.46 = 21.9%; 7条1項
    // makes it 20% for a business lender (a bank is one). 21.9 > 20.
    YenField principal;
    principal.setYen(Yen(1'000'000));
    RateField rate;
    rate.addWarning(
        [&] { return lateRateWarning(principal.yen(), rate.rate(), law::LenderKind::Bank); });
    rate.show();
    typeAndEnter(rate, QStringLiteral("21.9"));
    EXPECT_TRUE(rate.validate(true)); // a warning does not block the page
    EXPECT_TRUE(rate.warningShown());
    EXPECT_TRUE(rate.messageLabel()->isVisible());
    EXPECT_TRUE(rate.messageLabel()->text().contains(QStringLiteral("20"))) // the cap
        << rate.messageLabel()->text().toStdString();
    typeAndEnter(rate, QStringLiteral("１４．６")); // 14.6 ≤ 20: within the cap
    EXPECT_EQ(rate.text(), QStringLiteral("14.6"));
    EXPECT_FALSE(rate.messageShown());
}

TEST(Fields, IncomeFarBelowExpensesWarns)
{
    // A fifth of 200,000 is 40,000: a 30,000 gap is ordinary, a 50,000 gap is "far".
    EXPECT_TRUE(budgetShortfallWarning(Yen(200'000), Yen(230'000)).isEmpty());
    EXPECT_TRUE(budgetShortfallWarning(Yen(200'000), Yen(240'000)).isEmpty()); // exactly 40,000
    EXPECT_FALSE(budgetShortfallWarning(Yen(200'000), Yen(250'000)).isEmpty());
    EXPECT_FALSE(budgetShortfallWarning(Yen(0), Yen(1)).isEmpty());
    EXPECT_TRUE(budgetShortfallWarning(Yen(0), Yen(0)).isEmpty());
}

TEST(Fields, AltLetterNeverTypes)
{
    // Alt+B with no button to take it (the wizard's first page hides Back) must not type "b".
    TextField f;
    f.show();
    f.lineEdit()->setFocus();
    uitest::typeText(f.lineEdit(), QStringLiteral("Yamada"));
    QTest::keyClick(f.lineEdit(), Qt::Key_B, Qt::AltModifier);
    EXPECT_EQ(f.text(), QStringLiteral("Yamada"));
    QTest::keyClick(f.lineEdit(), Qt::Key_B); // without Alt it types
    EXPECT_EQ(f.text(), QStringLiteral("Yamadab"));
}

} // namespace
