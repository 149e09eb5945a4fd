// The papers against their floors, per page (issue 17: "speed that grows with the work").
//
// Two floors, both what any Qt program pays to put N pages of text into a PDF: QPdfWriter and
// QPainter drawing text at fixed positions on as many pages as the paper has, in the papers' font
// (Noto Sans CJK JP 9pt, 300 dpi), with no layout: BM_Floor a repeated line (a tiny font subset),
// BM_FloorSameText the paper's own characters in its own weights (the same font subsets). The case
// summary of the 20-debt case should stay within 2× the floor per page, and 10,000 debts (the 20
// repeated 500 times) under 10 s in all (docs/stack-notes.md §7). Compare the "s/page" counters:
// `bash bench/run` or
//   build/release/bench/bench_papers --benchmark_counters_tabular=true
#include "advice/Consultation.h"
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"
#include "report/PagedDocument.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace zansai;

namespace {

Case twentyDebts()
{
    QFile f(QStringLiteral(ZANSAI_SOURCE_DIR "/tests/data/cases/twenty_debts.json"));
    f.open(QIODevice::ReadOnly);
    return readCase(f.readAll()).value();
}

// The 20 debts repeated until there are n, each copy with an id of its own.
Case manyDebts(int n)
{
    Case c = twentyDebts();
    const QList<Debt> base = c.debts;
    c.debts.clear();
    for (int i = 0; i < n; ++i) {
        Debt d = base[i % base.size()];
        d.id = QStringLiteral("d%1").arg(i + 1);
        c.debts.append(d);
    }
    return c;
}

ui::ReportContext contextFor(const Case& c)
{
    ui::ReportContext ctx;
    ctx.caseData = c;
    ctx.caseNumber = QStringLiteral("1");
    ctx.printedOn = c.asOf;
    ctx.consultation = Consultation::assess(c, c.asOf);
    return ctx;
}

// The papers' page at 300 dpi and their body font, as both floors draw them.
void setUpFloor(QPdfWriter& writer)
{
    writer.setResolution(300);
    writer.setPageLayout(ui::documentPageLayout());
}

QFont floorFont()
{
    QFont font(ui::documentFontFamily());
    font.setPointSizeF(9);
    return font;
}

// `pages` A4 pages, each of 80 plain lines of Japanese text drawn at fixed positions.
void floorPdf(const QString& path, int pages)
{
    QPdfWriter writer(path);
    setUpFloor(writer);
    QPainter p(&writer);
    p.setFont(floorFont());
    const double line = writer.height() / 82.0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int l = 0; l < 80; ++l)
            p.drawText(QPointF(0, (l + 1) * line),
                       QStringLiteral("債権者%1株式会社　元金 1,234,567円　遅延損害金 89,012円　"
                                      "令和8年11月%2日")
                           .arg(page * 80 + l)
                           .arg(l % 28 + 1));
    }
}

// The same, drawing the paper's own text in the paper's own fonts instead of a repeated line: every
// character it prints, in regular or bold as the paper prints it, so the floor embeds the same
// font subsets (a few hundred kanji in two weights for the case summary). Still no layout, no
// tables, no charts and no text-layer repair. The text is spread evenly over `pages` pages, in
// lines of at most 60 characters.
struct FloorLine {
    QString text;
    bool bold = false;
};

QList<FloorLine> floorLines(const ui::Paper& paper)
{
    QList<FloorLine> lines;
    const auto add = [&lines](const QString& t, bool bold) {
        for (qsizetype at = 0; at < t.size(); at += 60)
            lines.append({t.mid(at, 60), bold});
    };
    const auto addRich = [&add](const ui::RichText& r, bool bold) {
        QString regular = r.text;
        for (const QTextLayout::FormatRange& f : r.formats)
            if (f.format.fontWeight() >= QFont::Bold) {
                add(r.text.mid(f.start, f.length), true);
                regular.replace(f.start, f.length, QString(f.length, QLatin1Char(' ')));
            }
        add(regular.simplified(), bold);
    };
    for (const ui::PaperBlock& b : paper.blocks) {
        const bool bold = b.style == ui::ParagraphStyle::Heading1 ||
                          b.style == ui::ParagraphStyle::Heading2 ||
                          b.style == ui::ParagraphStyle::Warn;
        add(b.marker, false);
        addRich(b.text, bold);
        if (b.table) {
            for (const ui::RichText& h : b.table->header)
                addRich(h, true);
            for (const auto& row : b.table->rows)
                for (const ui::RichText& cell : row)
                    addRich(cell, false);
        }
        for (const QStringList& row : b.gridRows)
            add(row.join(QString()), false);
    }
    return lines;
}

void sameTextFloorPdf(const QString& path, const QList<FloorLine>& lines, int pages)
{
    const qsizetype perPage = std::max<qsizetype>(1, (lines.size() + pages - 1) / pages);
    QPdfWriter writer(path);
    setUpFloor(writer);
    QPainter p(&writer);
    const QFont regular = floorFont();
    QFont bold = regular;
    bold.setWeight(QFont::Bold);
    const double line = writer.height() / double(perPage + 2);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (qsizetype l = 0; l < perPage && page * perPage + l < lines.size(); ++l) {
            const FloorLine& fl = lines[page * perPage + l];
            p.setFont(fl.bold ? bold : regular);
            p.drawText(QPointF(0, (l + 1) * line), fl.text);
        }
    }
}

void perPage(benchmark::State& state, int pages)
{
    state.counters["pages"] = pages;
    state.counters["s/page"] = benchmark::Counter(
        pages, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

int summaryPages(int debts)
{
    static QHash<int, int> known;
    if (!known.contains(debts)) {
        QTemporaryDir dir;
        known[debts] = ui::exportPdf(ui::ClientDocument::CaseSummary, contextFor(manyDebts(debts)),
                                     dir.filePath(QStringLiteral("p.pdf")))
                           .value();
    }
    return known[debts];
}

void BM_Floor(benchmark::State& state)
{
    const int pages = summaryPages(int(state.range(0)));
    QTemporaryDir dir;
    for (auto _ : state)
        floorPdf(dir.filePath(QStringLiteral("floor.pdf")), pages);
    perPage(state, pages);
}

void BM_FloorSameText(benchmark::State& state)
{
    const int pages = summaryPages(int(state.range(0)));
    const ui::ReportContext ctx = contextFor(manyDebts(int(state.range(0))));
    const QList<FloorLine> lines =
        floorLines(ui::documentPaper(ui::ClientDocument::CaseSummary, ctx));
    QTemporaryDir dir;
    for (auto _ : state)
        sameTextFloorPdf(dir.filePath(QStringLiteral("floor.pdf")), lines, pages);
    perPage(state, pages);
}

void BM_CaseSummary(benchmark::State& state)
{
    const Case c = manyDebts(int(state.range(0)));
    const ui::ReportContext ctx = contextFor(c); // the assessment is not the paper's cost
    QTemporaryDir dir;
    int pages = 0;
    for (auto _ : state)
        pages = ui::exportPdf(ui::ClientDocument::CaseSummary, ctx,
                              dir.filePath(QStringLiteral("summary.pdf")))
                    .value();
    perPage(state, pages);
}

BENCHMARK(BM_Floor)->Arg(20)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_FloorSameText)->Arg(20)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_CaseSummary)->Arg(20)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_Floor)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FloorSameText)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_CaseSummary)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
