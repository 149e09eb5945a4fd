// The papers' own layout (report/PaperLayout.h): lists, tables, headings and paragraphs on A4
// pages at 300 dpi, as the PDF gets them; the markup the papers write (report/PaperModel.h); and
// paper::debtOf, which the papers use to find a debt among 10,000.
#include "PaperTestSupport.h"
#include "PdfTools.h"

#include "report/PagedDocument.h"
#include "report/PaperLayout.h"
#include "report/PaperWriter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;
using zansai::ui::paper::esc;

namespace {

// A4 at 300 dpi with the papers' margins, header and footer, as writePdf lays them out.
struct A4 {
    QBuffer sink;
    std::unique_ptr<QPdfWriter> writer;
    QSizeF body;
    A4()
    {
        sink.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&sink);
        writer->setResolution(300);
        writer->setPageLayout(documentPageLayout());
        body = paperBodySize(*writer);
    }
};

QList<PaperLayout::Piece> piecesOf(const QList<PaperLayout::Piece>& all, int block)
{
    QList<PaperLayout::Piece> out;
    for (const auto& p : all)
        if (p.block == block)
            out << p;
    return out;
}

TEST(PaperLayoutTest, ALongListKeepsItsOrderAndStepAcrossPages)
{
    // 150 one-line items: about two and a half pages of them.
    QStringList items;
    for (int i = 1; i <= 150; ++i)
        items << QStringLiteral("債権者%1：令和10年9月29日に完成します").arg(i);
    paper::PaperWriter w;
    w.p(QStringLiteral("前"));
    w.list(items);
    w.p(QStringLiteral("後"));
    const Paper paper = w.take();
    ASSERT_EQ(paper.blocks.size(), size_t(152));
    for (int i = 0; i < 150; ++i) {
        EXPECT_EQ(paper.blocks[size_t(i) + 1].text.text, items[i]);
        EXPECT_EQ(paper.blocks[size_t(i) + 1].marker, QStringLiteral("•"));
        EXPECT_EQ(paper.blocks[size_t(i) + 1].lastOfList, i == 149);
    }
    A4 a4;
    const PaperLayout layout(paper, *a4.writer, a4.body);
    EXPECT_GE(layout.pageCount(), 2);
    // Each item is one piece, below the one before it on the same page, at one fixed step; a new
    // page starts at its top.
    const auto& all = layout.pieces();
    double step = -1;
    for (int i = 2; i <= 150; ++i) {
        const auto here = piecesOf(all, i), before = piecesOf(all, i - 1);
        ASSERT_EQ(here.size(), 1) << i;
        if (here[0].page == before[0].page) {
            const double d = here[0].rect.top() - before[0].rect.top();
            if (step < 0)
                step = d;
            EXPECT_NEAR(d, step, 0.01) << "item " << i;
        } else {
            EXPECT_EQ(here[0].page, before[0].page + 1) << i;
            EXPECT_NEAR(here[0].rect.top(), 0, 0.01) << i;
        }
    }
    EXPECT_GT(step, 0);
}

TEST(PaperLayoutTest, ANumberedListCountsFromOne)
{
    paper::PaperWriter w;
    w.list({QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}, true);
    const Paper paper = w.take();
    ASSERT_EQ(paper.blocks.size(), size_t(3));
    EXPECT_EQ(paper.blocks[0].marker, QStringLiteral("1."));
    EXPECT_EQ(paper.blocks[2].marker, QStringLiteral("3."));
}

TEST(PaperLayoutTest, TableRowsStayWholeAndTheHeaderRepeats)
{
    // 200 rows, some of two lines (a long creditor name wraps in its 20 % column).
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows << QStringList{QString::number(i + 1),
                            i % 7 == 3 ? QStringLiteral("とても長い名前の債権回収株式会社（旧 "
                                                        "さくら消費者金融株式会社）")
                                       : QStringLiteral("債権者"),
                            QStringLiteral("1,234,567円")};
    paper::PaperWriter w;
    w.h2(QStringLiteral("債務の一覧"));
    w.table({QStringLiteral("No."), QStringLiteral("債権者"), QStringLiteral("残高")}, rows, {2},
            {10, 20, 70});
    A4 a4;
    const PaperLayout layout(w.take(), *a4.writer, a4.body);
    const auto pieces = piecesOf(layout.pieces(), 1);
    int headers = 0, nextRow = 0, page = -1;
    double rowHeight1 = 0, rowHeight2 = 0;
    for (const auto& p : pieces) {
        EXPECT_LE(p.rect.bottom(), a4.body.height() + 0.01);
        if (p.row == -2) { // a header: first on each page the table is on
            ++headers;
            EXPECT_GT(p.page, page);
            page = p.page;
            continue;
        }
        EXPECT_EQ(p.row, nextRow++); // in order, none missing
        EXPECT_EQ(p.page, page) << "row " << p.row << " is on a page without the header";
        (p.row % 7 == 3 ? rowHeight2 : rowHeight1) = p.rect.height();
    }
    EXPECT_EQ(nextRow, 200);
    EXPECT_EQ(headers, layout.pageCount());
    EXPECT_GE(headers, 3);
    EXPECT_GT(rowHeight2, rowHeight1 * 1.5); // the long name did wrap
}

TEST(PaperLayoutTest, ARowTallerThanAPageContinuesAndLosesNothing)
{
    // A consultant's very long note in one cell: the row cannot move whole, so it goes on over
    // the next pages below the repeated header, split between lines; all of it is printed.
    QString note;
    for (int i = 1; i <= 1500; ++i) // about three pages in an 80 % column
        note += QStringLiteral("記録%1。").arg(i);
    note += QStringLiteral("以上で終わり");
    paper::PaperWriter w;
    w.table({QStringLiteral("債権者"), QStringLiteral("メモ")},
            {{QStringLiteral("前の行"), QStringLiteral("短い")},
             {QStringLiteral("長い行"), esc(note)},
             {QStringLiteral("後の行"), QStringLiteral("短い")}},
            {}, {20, 80});
    const Paper paper = w.take();
    A4 a4;
    const PaperLayout layout(paper, *a4.writer, a4.body);
    const auto pieces = piecesOf(layout.pieces(), 0);
    QList<int> pagesOfTheLongRow;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const auto& p = pieces[i];
        EXPECT_LE(p.rect.bottom(), a4.body.height() + 0.01) << "piece " << i;
        if (p.row == 1)
            pagesOfTheLongRow << p.page;
        if (p.row >= 0 && i > 0 && pieces[i - 1].page != p.page)
            ADD_FAILURE() << "row " << p.row << " starts page " << p.page + 1 << " without header";
    }
    ASSERT_GE(pagesOfTheLongRow.size(), 3);
    for (qsizetype i = 1; i < pagesOfTheLongRow.size(); ++i)
        EXPECT_EQ(pagesOfTheLongRow[i], pagesOfTheLongRow[i - 1] + 1);
    EXPECT_EQ(pieces.back().row, 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tall.pdf"));
    PageDecoration deco;
    deco.pageFormat = QStringLiteral("%1 / %2");
    ASSERT_TRUE(writePdf(paper, deco, path, QStringLiteral("t")).ok());
    const QString text = squeezed(pdfRawText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("記録1。記録2。")));
    EXPECT_TRUE(text.contains(QStringLiteral("記録1499。記録1500。以上で終わり")));
    EXPECT_TRUE(text.contains(QStringLiteral("後の行短い")));
}

TEST(PaperLayoutTest, AHeadingGoesToTheNextPageWithItsTable)
{
    // Fill the first page almost to its foot, then a heading and a table: the heading may not
    // stay alone at the foot.
    A4 a4;
    for (int filler = 40; filler < 80; ++filler) {
        paper::PaperWriter w;
        for (int i = 0; i < filler; ++i)
            w.p(QStringLiteral("本文%1").arg(i));
        w.h2(QStringLiteral("見出し"));
        w.table({QStringLiteral("項目"), QStringLiteral("内容")},
                {{QStringLiteral("a"), QStringLiteral("b")}});
        const PaperLayout layout(w.take(), *a4.writer, a4.body);
        const auto heading = piecesOf(layout.pieces(), filler);
        const auto table = piecesOf(layout.pieces(), filler + 1);
        ASSERT_EQ(heading.size(), 1);
        ASSERT_EQ(table.size(), 2); // header and the one row
        EXPECT_EQ(heading[0].page, table[0].page) << filler << " paragraphs before";
        EXPECT_EQ(table[0].page, table[1].page);
    }
}

TEST(PaperLayoutTest, ACaptionGoesToTheNextPageWithItsChart)
{
    A4 a4;
    int moved = 0;
    for (int filler = 30; filler < 80; filler += 2) {
        paper::PaperWriter w;
        for (int i = 0; i < filler; ++i)
            w.p(QStringLiteral("本文%1").arg(i));
        w.p(QStringLiteral("各方法の月々の支払額"), ParagraphStyle::Note);
        w.drawing([](QPainter*, const QRectF&) {}, 0.32);
        const PaperLayout layout(w.take(), *a4.writer, a4.body);
        const auto caption = piecesOf(layout.pieces(), filler);
        const auto chart = piecesOf(layout.pieces(), filler + 1);
        ASSERT_EQ(caption.size(), 1);
        ASSERT_EQ(chart.size(), 1);
        EXPECT_EQ(caption[0].page, chart[0].page) << filler << " paragraphs before";
        moved += caption[0].page > 0 ? 1 : 0;
    }
    EXPECT_GT(moved, 0); // some captions did have to move
}

TEST(PaperLayoutTest, ALongParagraphContinuesOnTheNextPageBetweenLines)
{
    paper::PaperWriter w;
    QString text;
    for (int i = 0; i < 900; ++i)
        text += QStringLiteral("遅延損害金は毎日増えます。");
    w.p(text);
    A4 a4;
    const PaperLayout layout(w.take(), *a4.writer, a4.body);
    const auto pieces = piecesOf(layout.pieces(), 0);
    ASSERT_GE(pieces.size(), 2);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        EXPECT_EQ(pieces[i].page, int(i));
        EXPECT_LE(pieces[i].rect.bottom(), a4.body.height() + 0.01);
        if (i > 0)
            EXPECT_NEAR(pieces[i].rect.top(), 0, 0.01);
        if (i + 1 < pieces.size()) // a full page but the last
            EXPECT_GT(pieces[i].rect.bottom(), a4.body.height() * 0.95);
    }
}

// Cells drawn straight from the font's glyphs and cells laid out by QTextLayout (a fallback
// font, a surrogate pair, inline formats, a wrapped line) all reach the PDF's text.
TEST(PaperLayoutTest, EveryKindOfCellIsPrintedAndFound)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cells.pdf"));
    paper::PaperWriter w;
    w.table({QStringLiteral("債権者"), QStringLiteral("残高")},
            {{QStringLiteral("みらい債権回収株式会社"), QStringLiteral("1,072,704円")},
             {QStringLiteral("𠮷野家信用金庫"), QStringLiteral("300,000円")},
             {QStringLiteral("<b>合計 ⚠</b>"),
              QStringLiteral("<font color=\"#b00000\">1,372,704円</font>")},
             {QStringLiteral("とても長い名前の債権回収株式会社（旧 さくら消費者金融株式会社）"),
              QStringLiteral("―")}},
            {1}, {30, 70});
    PageDecoration deco;
    deco.pageFormat = QStringLiteral("%1 / %2");
    const auto pages = writePdf(w.take(), deco, path, QStringLiteral("t"));
    ASSERT_TRUE(pages.ok());
    const QString text = squeezed(pdfRawText(path));
    for (const QString& s :
         // 𠮷 (U+20BB7) is drawn but not named in the text layer: Qt's ToUnicode maps name BMP
         // characters only (docs/stack-notes.md §4), so the cell is found from its next character.
         {QStringLiteral("みらい債権回収株式会社1,072,704円"),
          QStringLiteral("野家信用金庫300,000円"), QStringLiteral("300,000円"),
          QStringLiteral("合計⚠"), QStringLiteral("1,372,704円"),
          QStringLiteral("とても長い名前の債権回収株式会社（旧さくら消費者金融株式会社）")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
}

TEST(PaperLayoutTest, MarkupGivesTextAndFormats)
{
    QStringList unknown;
    const RichText r = parseMarkup(
        QStringLiteral("<b>★ 一括</b> &amp; <font color=\"#b00000\">期限</font><br/>"
                       "<span style=\"font-size: 7pt; color: #555555;\">(民法147条)</span>"
                       "&lt;x&gt;&quot;<i>斜</i>"),
        &unknown);
    EXPECT_EQ(r.text, QStringLiteral("★ 一括 & 期限") + QChar(QChar::LineSeparator) +
                          QStringLiteral("(民法147条)<x>\"斜"));
    ASSERT_EQ(r.formats.size(), 3);
    EXPECT_EQ(r.formats[0].start, 0);
    EXPECT_EQ(r.formats[0].length, 4);
    EXPECT_EQ(r.formats[0].format.fontWeight(), QFont::Bold);
    EXPECT_EQ(r.formats[1].start, 7);
    EXPECT_EQ(r.formats[1].length, 2);
    EXPECT_EQ(r.formats[1].format.foreground().color(), QColor(0xb0, 0, 0));
    EXPECT_DOUBLE_EQ(r.formats[2].format.fontPointSize(), 7);
    EXPECT_EQ(r.formats[2].format.foreground().color(), QColor(0x55, 0x55, 0x55));
    EXPECT_EQ(unknown, QStringList({QStringLiteral("i"), QStringLiteral("i")}));
    // Escaped text comes back as it was.
    const QString odd = QStringLiteral("A&B <tag> \"q\" 'a' ＆");
    EXPECT_EQ(parseMarkup(odd.toHtmlEscaped()).text, odd);
}

TEST(PaperLayoutTest, EveryPaperWritesOnlyMarkupTheLayoutShows)
{
    const QList<ClientDocument> papers{
        ClientDocument::CaseSummary,         ClientDocument::BudgetStatement,
        ClientDocument::ReferralSheet,       ClientDocument::LimitationNotice,
        ClientDocument::InstallmentProposal, ClientDocument::CreditorList};
    int cells = 0;
    for (const QString& name :
         {QStringLiteral("twenty_debts.json"), QStringLiteral("referral_guarantor_court.json"),
          QStringLiteral("drafts_time_barred.json"),
          QStringLiteral("seed2_installment_self_employed.json")}) {
        const Case c = test::loadPaperCase(name);
        for (Language lang : {Language::Japanese, Language::English})
            for (ClientDocument d : papers) {
                const Paper paper = documentPaper(d, test::paperContext(c, lang));
                EXPECT_TRUE(paper.unknownMarkup.isEmpty())
                    << name.toStdString() << " " << documentCode(d).toStdString() << ": "
                    << paper.unknownMarkup.join(QLatin1Char(' ')).toStdString();
                for (const PaperBlock& b : paper.blocks)
                    if (b.table)
                        cells += int(b.table->rows.size());
            }
    }
    EXPECT_GT(cells, 100); // the papers were built, with their tables
}

Debt debtWithId(const QString& id, const QString& creditor)
{
    Debt d;
    d.id = id;
    d.creditor = creditor;
    return d;
}

TEST(PaperLayoutTest, DebtOfAnswersAsCaseDebt)
{
    Case c;
    for (int i = 1; i <= 300; ++i)
        c.debts << debtWithId(QStringLiteral("d%1").arg(i), QStringLiteral("債権者%1").arg(i));
    for (const QString& id : {QStringLiteral("d1"), QStringLiteral("d150"), QStringLiteral("d300"),
                              QStringLiteral("d301"), QString()})
        EXPECT_EQ(paper::debtOf(c, id), c.debt(id)) << id.toStdString();
    EXPECT_EQ(paper::debtOf(c, QStringLiteral("d7"))->creditor, QStringLiteral("債権者7"));

    // Another case, and this case changed: the index made for the first is not trusted.
    Case other;
    other.debts << debtWithId(QStringLiteral("d7"), QStringLiteral("別の債権者"));
    EXPECT_EQ(paper::debtOf(other, QStringLiteral("d7")), other.debt(QStringLiteral("d7")));
    EXPECT_EQ(paper::debtOf(other, QStringLiteral("d8")), nullptr);
    c.debts.removeFirst(); // d1 gone, every debt one place earlier
    c.debts << debtWithId(QStringLiteral("d999"), QStringLiteral("新しい債権者"));
    for (const QString& id : {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d300"),
                              QStringLiteral("d999")})
        EXPECT_EQ(paper::debtOf(c, id), c.debt(id)) << id.toStdString();
    EXPECT_EQ(paper::creditorName(c, QStringLiteral("d999")), QStringLiteral("新しい債権者"));
    EXPECT_EQ(paper::creditorName(c, QStringLiteral("d1")), QStringLiteral("d1")); // unknown: id
}

} // namespace
