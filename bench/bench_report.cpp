// The case summary PDF of a 20-debt case (target < 500 ms and < 300 KB), measured beside a bare
// QTextDocument holding a 20-row table and one chart, written by QPdfWriter. A whole-document
// comparison from when the summary was two pages; the per-page goal against a bare PDF of the same
// pages is bench_papers' (docs/stack-notes.md §6, §7).
#include "advice/Consultation.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"
#include "charts/AssessmentCharts.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <benchmark/benchmark.h>

using namespace zansai;

namespace {

Case twentyDebts()
{
    QFile f(QStringLiteral(ZANSAI_SOURCE_DIR "/tests/data/cases/twenty_debts.json"));
    f.open(QIODevice::ReadOnly);
    return readCase(f.readAll()).value();
}

// The floor: what any Qt program pays to put a table and a chart into a PDF.
qint64 floorPdf(const QString& path)
{
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    QPdfWriter writer(&out);
    writer.setResolution(300);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK JP"), 9));
    QString html = QStringLiteral("<h1>残債の一覧</h1><table border=1>");
    for (int i = 0; i < 20; ++i)
        html +=
            QStringLiteral(
                "<tr><td>債権者%1株式会社</td><td>1,234,567円</td><td>令和8年11月22日</td></tr>")
                .arg(i);
    doc.setHtml(html + QStringLiteral("</table>"));
    QPainter p(&writer);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.drawContents(&p);
    auto* chart = new QChart;
    auto* s = new QLineSeries;
    for (int m = 0; m <= 120; ++m)
        s->append(m / 12.0, 500 + m);
    chart->addSeries(s);
    chart->createDefaultAxes();
    ui::charts::paintChart(chart, &p,
                           QRectF(0, writer.height() / 2.0, writer.width(), writer.height() / 3.0));
    delete chart;
    p.end();
    out.close();
    return QFileInfo(path).size();
}

void BM_FloorPdf(benchmark::State& state)
{
    QTemporaryDir dir;
    qint64 size = 0;
    for (auto _ : state)
        size = floorPdf(dir.filePath(QStringLiteral("floor.pdf")));
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_FloorPdf)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_CaseSummaryPdf20Debts(benchmark::State& state)
{
    TranslationSet ja;
    ja.install(Language::Japanese);
    const Case c = twentyDebts();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    for (auto _ : state) {
        ui::ReportContext ctx;
        ctx.caseData = c;
        ctx.caseNumber = QStringLiteral("1");
        ctx.printedOn = c.asOf;
        ctx.consultation = Consultation::assess(c, c.asOf);
        pages = ui::exportPdf(ui::ClientDocument::CaseSummary, ctx, path).value();
    }
    state.counters["bytes"] = double(QFileInfo(path).size());
    state.counters["pages"] = pages;
}
BENCHMARK(BM_CaseSummaryPdf20Debts)->Unit(benchmark::kMillisecond)->Iterations(10);

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
