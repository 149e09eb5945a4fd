// The papers handed to the client, generated headless and read back as a PDF reader would.
#include "PdfTools.h"

#include "advice/Consultation.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"
#include "report/DocumentActions.h"
#include "report/PaperLayout.h"

#include <QPrinter>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;

namespace {

Case loadCase(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
    return c.ok() ? c.value() : Case{};
}

ReportContext contextFor(const Case& c, Language lang)
{
    ReportContext ctx;
    ctx.caseData = c;
    ctx.caseNumber = QStringLiteral("42");
    ctx.firm = QStringLiteral("任意売却サポート合同会社");
    ctx.consultant = QStringLiteral("佐々木 誠");
    ctx.printedOn = c.asOf;
    ctx.language = lang;
    ctx.consultation = Consultation::assess(c, c.asOf);
    return ctx;
}

class ClientDocuments : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString write(ClientDocument d, const ReportContext& ctx, int* pages = nullptr)
    {
        const QString path = dir.filePath(documentCode(d) + QStringLiteral(".pdf"));
        const auto r = exportPdf(d, ctx, path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        if (pages)
            *pages = r.ok() ? r.value() : -1;
        return path;
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

void expectAllFontsEmbeddedSubsets(const QString& path)
{
    const auto fonts = pdfFonts(path);
    ASSERT_FALSE(fonts.isEmpty());
    for (const PdfFont& f : fonts) {
        EXPECT_TRUE(f.embedded) << f.name.toStdString();
        EXPECT_TRUE(f.name.contains(QLatin1Char('+'))) << "not a subset: " << f.name.toStdString();
    }
}

} // namespace

TEST_F(ClientDocuments, CaseSummaryCarriesNameAmountsWarekiAndDeadline)
{
    const Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    const ReportContext ctx = contextFor(c, Language::Japanese);
    int pages = 0;
    const QString path = write(ClientDocument::CaseSummary, ctx, &pages);
    EXPECT_EQ(pdfPageCount(path), pages);
    const QString text = squeezed(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("井上直樹")));
    EXPECT_TRUE(text.contains(QStringLiteral("ご相談内容のまとめ")));
    EXPECT_TRUE(text.contains(QStringLiteral("4,350,000円")));                     // d1 principal
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月22日(2026年11月22日)"))); // 和暦 and 西暦
    // 支払督促 served 2026-11-16 (Mon): two weeks → 2026-11-30 (Mon), the objection deadline.
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月30日")));
    EXPECT_TRUE(text.contains(QStringLiteral("督促異議")));
    EXPECT_TRUE(text.contains(QStringLiteral("遅延損害金"))); // not ⾦: the text layer is repaired
    EXPECT_TRUE(text.contains(QStringLiteral("法律上の助言ではありません")));
    EXPECT_TRUE(text.contains(QStringLiteral("1/%1").arg(pages)));
    expectAllFontsEmbeddedSubsets(path);
}

TEST_F(ClientDocuments, BudgetStatementIsFilledFromTheCase)
{
    const Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    const QString path = write(ClientDocument::BudgetStatement, contextFor(c, Language::Japanese));
    const QString text = squeezed(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("家計収支表")));
    EXPECT_TRUE(text.contains(QStringLiteral("井上直樹")));
    EXPECT_TRUE(text.contains(QStringLiteral("310,000円"))); // salary = income total
    EXPECT_TRUE(text.contains(formatYen(c.budget.totalExpenses()).remove(QLatin1Char(' '))));
    EXPECT_TRUE(text.contains(formatYen(c.budget.surplus())));
    EXPECT_TRUE(text.contains(QStringLiteral("家賃")));
    expectAllFontsEmbeddedSubsets(path);
}

// The complete 相談票 (routes, guarantors, court proceedings, advice: docs/papers.md) of a
// two-debt case fits two pages.
TEST_F(ClientDocuments, ReferralSheetFitsTwoPages)
{
    const Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    int pages = 0;
    const QString path =
        write(ClientDocument::ReferralSheet, contextFor(c, Language::Japanese), &pages);
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 2);
    const QString text = squeezed(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("相談票")));
    EXPECT_TRUE(text.contains(QStringLiteral("井上直樹")));
    EXPECT_TRUE(text.contains(QStringLiteral("東都債権回収株式会社")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年11月30日")));
    expectAllFontsEmbeddedSubsets(path);
}

TEST_F(ClientDocuments, TwentyDebtsAreNumberedOnEveryPage)
{
    const Case c = loadCase(QStringLiteral("twenty_debts.json"));
    ASSERT_EQ(c.debts.size(), 20);
    int pages = 0;
    const QString path =
        write(ClientDocument::CaseSummary, contextFor(c, Language::Japanese), &pages);
    ASSERT_GT(pages, 1);
    ASSERT_EQ(pdfPageCount(path), pages);
    for (int p = 1; p <= pages; ++p) {
        const QString text = squeezed(pdfText(path, p));
        EXPECT_TRUE(text.contains(QStringLiteral("%1/%2").arg(p).arg(pages))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("法律上の助言ではありません")))
            << "footer on " << p;
    }
    // Every creditor appears in the debts table.
    const QString all = squeezed(pdfText(path));
    for (const Debt& d : c.debts)
        EXPECT_TRUE(all.contains(squeezed(d.creditor))) << d.creditor.toStdString();
}

TEST_F(ClientDocuments, NoTableRowIsSplitAcrossPages)
{
    // Cases of 1 to 20 debts move every table's rows across page boundaries. Each body row lies
    // whole on one page, and a table continued on a new page starts it with its header row.
    const Case all = loadCase(QStringLiteral("twenty_debts.json"));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    writer.setPageLayout(documentPageLayout());
    const QSizeF body = paperBodySize(writer);
    int continued = 0; // tables that go on over a page boundary
    for (int n = 1; n <= all.debts.size(); ++n) {
        Case c = all;
        c.debts = all.debts.mid(0, n);
        const Paper paper =
            documentPaper(ClientDocument::CaseSummary, contextFor(c, Language::Japanese));
        const PaperLayout layout(paper, writer, body);
        const auto& pieces = layout.pieces();
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const PaperLayout::Piece& p = pieces[i];
            EXPECT_GE(p.rect.top(), -0.01) << n << " debts, piece " << i;
            if (p.row == -1 && p.rect.height() > body.height())
                continue; // only a paragraph taller than a page may overflow (none here)
            EXPECT_LE(p.rect.bottom(), body.height() + 0.01) << n << " debts, piece " << i;
            if (i > 0 && p.row >= 0 && pieces[i - 1].block == p.block &&
                pieces[i - 1].page != p.page) {
                ADD_FAILURE() << n << " debts: row " << p.row << " continues its table on page "
                              << p.page + 1 << " without the header";
            }
            if (p.row == -2 && i > 0 && pieces[i - 1].block == p.block) {
                EXPECT_NE(pieces[i - 1].page, p.page) << "a header repeated on the same page";
                EXPECT_NEAR(p.rect.top(), 0, 0.01) << "a repeated header starts its page";
                ++continued;
            }
        }
        EXPECT_EQ(layout.pageCount(), pieces.isEmpty() ? 1 : pieces.back().page + 1);
    }
    // Some tables do go on over a page: the checks above are not vacuous.
    EXPECT_GT(continued, 0);
}

TEST_F(ClientDocuments, EnglishWhenTheCaseIsEnglish)
{
    TranslationSet english;
    ASSERT_TRUE(english.install(Language::English));
    Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    c.language = QStringLiteral("en");
    const QString path = write(ClientDocument::CaseSummary, contextFor(c, Language::English));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Case summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("22 November 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("¥4,350,000")));
    EXPECT_FALSE(text.contains(QStringLiteral("令和")));
}

// The screen stays Japanese (the fixture's translators); the paper is written in the case's
// language by its own narrator: no translator is swapped and the assessment is not re-evaluated.
TEST_F(ClientDocuments, EnglishPaperWhileTheScreenIsJapanese)
{
    Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    c.language = QStringLiteral("en");
    const QString path = write(ClientDocument::CaseSummary, contextFor(c, Language::English));
    const QString text = pdfText(path);
    EXPECT_EQ(currentLanguage(), Language::Japanese);
    EXPECT_TRUE(text.contains(QStringLiteral("Case summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("Where the client stands")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stage 2")));
    EXPECT_TRUE(text.contains(QStringLiteral("Next steps")));
    EXPECT_TRUE(text.contains(QStringLiteral("¥4,350,000")));
    EXPECT_FALSE(text.contains(QStringLiteral("令和")));
    EXPECT_FALSE(text.contains(QStringLiteral("債務の一覧")));
    EXPECT_EQ(documentTitle(ClientDocument::CaseSummary, Language::English),
              QStringLiteral("Case summary"));
}

TEST_F(ClientDocuments, PrintsThroughTheSameLayout)
{
    // Printing to a PDF-format QPrinter exercises the print path (QPrintPreviewDialog uses it).
    const Case c = loadCase(QStringLiteral("ignored_letters_payment_order.json"));
    const ReportContext ctx = contextFor(c, Language::Japanese);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const int pages = printDocument(printer, ClientDocument::CaseSummary, ctx);
    EXPECT_GE(pages, 1);
    EXPECT_EQ(pdfPageCount(path), pages);
    EXPECT_TRUE(squeezed(pdfText(path)).contains(QStringLiteral("井上直樹")));
}
