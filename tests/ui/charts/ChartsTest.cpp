// The charts are built from an Assessment with no widget (the PDF paints them as vectors), and the
// screen's panel updates them in place while the slider moves.
#include "advice/AdviceLabels.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"
#include "charts/AssessmentCharts.h"
#include "charts/ChartsPanel.h"
#include "i18n/Language.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <gtest/gtest.h>
#include <memory>

using namespace zansai;

namespace {

Assessment assessed(const char* name, std::optional<Yen> installment = std::nullopt)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + QLatin1String(name) +
            QStringLiteral(".json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    EvaluateSettings s;
    s.installmentMonthly = installment;
    return evaluate(c.value(), c->asOf, s);
}

} // namespace

TEST(Charts, BuiltFromAnAssessmentWithoutAWidget)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    const Assessment a = assessed("seed1_servicer_lump_sum");
    std::unique_ptr<QChart> balance(ui::charts::balanceChart(a, uiNarrator()));
    // One line per eligible option, plus doing nothing; 121 months each (0 … 120).
    int expectedLines = 0;
    for (const OptionAssessment& o : a.options)
        if (o.kind == OptionKind::DoNothing || (o.eligible && !o.balanceByMonth.isEmpty()))
            ++expectedLines;
    ASSERT_EQ(balance->series().size(), expectedLines);
    for (QAbstractSeries* s : balance->series())
        EXPECT_EQ(static_cast<QLineSeries*>(s)->count(), 121) << s->name().toStdString();
    std::unique_ptr<QChart> interest(ui::charts::lateInterestChart(a, uiNarrator()));
    auto* line = static_cast<QLineSeries*>(interest->series().first());
    ASSERT_EQ(line->count(), 121);
    EXPECT_EQ(line->at(0).y(), 0.0); // accumulated from today
    // After 12 months: what a year of doing nothing adds, in 10,000 yen.
    EXPECT_DOUBLE_EQ(
        line->at(12).y(),
        double((a.doNothing.balanceByMonth[12] - a.doNothing.balanceByMonth[0]).value()) / 10000.0);
    // Painted as vectors into any painter (here an image) without a view.
    QImage img(800, 500, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    ui::charts::paintChart(balance.get(), &p, QRectF(0, 0, 800, 500));
    p.end();
    int inked = 0;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5)
            if (img.pixel(x, y) != qRgb(255, 255, 255))
                ++inked;
    EXPECT_GT(inked, 100);
}

TEST(Charts, UpdatedInPlaceWhenTheSameOptionsApply)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    // Two installments with the same options eligible (the ranking may differ: the charts keep
    // the options in a fixed order).
    const Assessment a = assessed("seed2_installment_self_employed", Yen(10000));
    const Assessment b = assessed("seed2_installment_self_employed", Yen(12000));
    for (const OptionAssessment& o : a.options)
        ASSERT_EQ(o.eligible, b.option(o.kind)->eligible) << toCode(o.kind).toStdString();
    std::unique_ptr<QChart> monthly(ui::charts::monthlyPaymentChart(a, uiNarrator()));
    ASSERT_TRUE(ui::charts::updateMonthlyPaymentChart(monthly.get(), b));
    std::unique_ptr<QChart> balance(ui::charts::balanceChart(a, uiNarrator()));
    ASSERT_TRUE(ui::charts::updateBalanceChart(balance.get(), b));
    // The installment line now follows 12,000 yen a month.
    const OptionAssessment* inst = b.option(OptionKind::Installment);
    for (QAbstractSeries* s : balance->series()) {
        if (s->name() != displayName(OptionKind::Installment))
            continue;
        auto* line = static_cast<QLineSeries*>(s);
        for (int m = 0; m < line->count(); ++m)
            ASSERT_DOUBLE_EQ(line->at(m).y(), double(inst->balanceByMonth[m].value()) / 10000.0);
    }
    // Another set of eligible options cannot be drawn in place: the caller builds a new chart.
    Assessment other = b;
    for (OptionAssessment& o : other.options)
        if (o.kind != OptionKind::DoNothing && !o.balanceByMonth.isEmpty()) {
            o.eligible = !o.eligible;
            break;
        }
    EXPECT_FALSE(ui::charts::updateBalanceChart(balance.get(), other));

    ui::ChartsPanel panel;
    panel.setAssessment(a);
    EXPECT_EQ(panel.rebuildCount(), 3);
    panel.setAssessment(b);
    EXPECT_EQ(panel.rebuildCount(), 3);
    EXPECT_EQ(panel.count(), 3);
    EXPECT_EQ(panel.tabText(0), QStringLiteral("10年間の残高(&Y)"));
}
