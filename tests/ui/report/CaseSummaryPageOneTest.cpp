// Page 1 of the case summary says what to do now, before any figure; Japanese papers write 和暦 in
// their sentences and name no debt by its internal id. Read back through pdftotext.
#include "PdfTools.h"

#include "advice/Consultation.h"
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;
using namespace Qt::StringLiterals;

namespace {

Case loadCase(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    auto c = readCase(f.readAll());
    return c.ok() ? c.value() : Case{};
}

class CaseSummaryPageOne : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString summary(Case c, Language lang, const QString& name)
    {
        ReportContext ctx;
        ctx.caseData = c;
        ctx.caseNumber = u"42"_s;
        ctx.printedOn = c.asOf;
        ctx.language = lang;
        ctx.consultation = Consultation::assess(c, c.asOf);
        const QString path = dir.filePath(name);
        const auto pages = exportPdf(ClientDocument::CaseSummary, ctx, path);
        EXPECT_TRUE(pages.ok());
        return path;
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

} // namespace

TEST_F(CaseSummaryPageOne, JapaneseSaysWhatToSendWhereAndByWhenBeforeAnyFigure)
{
    Case c = loadCase(u"ignored_letters_payment_order.json"_s);
    // The court named on the 支払督促 is where the objection goes.
    for (Debt& d : c.debts)
        for (DebtEvent& e : d.events)
            if (e.type == DebtEventType::PaymentOrderServed)
                e.court = u"東京簡易裁判所"_s;
    const QString page1 = squeezed(pdfText(summary(c, Language::Japanese, u"ja.pdf"_s), 1));
    const qsizetype block = page1.indexOf(u"まずすること"_s);
    ASSERT_GE(block, 0) << page1.toStdString();
    // Served 2026-11-16 (Mon) + 2 weeks = 2026-11-30 (Mon), 令和8年 (2026 − 2018); as of
    // 2026-11-22 that is 8 days left. What to send, to whom, from which creditor's order.
    const QString first = page1.mid(block, 200);
    EXPECT_TRUE(first.contains(u"令和8年11月30日までに（あと8日）"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"督促異議申立書"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"東京簡易裁判所に届くように"_s)) << first.toStdString();
    // The article follows in small print, not inside the sentence.
    EXPECT_TRUE(first.contains(u"(民事訴訟法"_s)) << first.toStdString();
    // Before the figures: the first amount on the page comes after the block.
    EXPECT_LT(block, page1.indexOf(u"4,350,000円"_s));
}

TEST_F(CaseSummaryPageOne, EnglishToo)
{
    Case c = loadCase(u"ignored_letters_payment_order.json"_s);
    c.language = u"en"_s;
    const QString page1 = squeezed(pdfText(summary(c, Language::English, u"en.pdf"_s), 1));
    const qsizetype block = page1.indexOf(u"Whattodonow"_s);
    ASSERT_GE(block, 0) << page1.toStdString();
    EXPECT_TRUE(page1.mid(block, 300).contains(u"(督促異議申立書)"_s));
    EXPECT_TRUE(page1.mid(block, 300).contains(u"thesummarycourtthatsentthepaymentorder"_s));
    EXPECT_LT(block, page1.indexOf(u"¥4,350,000"_s));
}

TEST_F(CaseSummaryPageOne, JapaneseSentencesHaveNoIsoDateAndNoPaperNamesADebtById)
{
    Case c = loadCase(u"twenty_debts.json"_s);
    c.debts = c.debts.mid(0, 12); // d1 … d12
    static const QRegularExpression iso(u"\\d{4}-\\d{2}-\\d{2}"_s);
    static const QRegularExpression id(u"\\bd\\d+\\b"_s);
    const QString ja = pdfText(summary(c, Language::Japanese, u"twelve-ja.pdf"_s));
    ASSERT_TRUE(ja.contains(u"令和"_s));
    EXPECT_FALSE(iso.match(ja).hasMatch()) << iso.match(ja).captured().toStdString();
    EXPECT_FALSE(id.match(ja).hasMatch()) << id.match(ja).captured().toStdString();
    c.language = u"en"_s;
    const QString en = pdfText(summary(c, Language::English, u"twelve-en.pdf"_s));
    ASSERT_TRUE(en.contains(u"Case summary"_s));
    EXPECT_FALSE(id.match(en).hasMatch()) << id.match(en).captured().toStdString();
}
