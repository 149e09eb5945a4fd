// evaluate() for a 20-debt case (tests/data/cases/twenty_debts.json): the target is < 2 ms,
// so that the results screen can recompute on every keystroke.
#include "advice/CaseAnalysis.h"
#include "advice/Consultation.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"

#include <QCoreApplication>
#include <QFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>

namespace {

const zansai::Case& twentyDebts()
{
    static const zansai::Case c = [] {
        QFile f(QStringLiteral(ZANSAI_SOURCE_DIR "/tests/data/cases/twenty_debts.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open twenty_debts.json\n");
            std::exit(1);
        }
        auto r = zansai::readCase(f.readAll());
        if (!r) {
            std::fprintf(stderr, "invalid case: %s\n", qPrintable(r.error().message));
            std::exit(1);
        }
        return r.value();
    }();
    return c;
}

} // namespace

// The whole assessment: analysis, the options compared and ranked.
static void BM_Evaluate20Debts(benchmark::State& state)
{
    const zansai::Case& c = twentyDebts();
    for (auto _ : state)
        benchmark::DoNotOptimize(zansai::evaluate(c, c.asOf));
}
BENCHMARK(BM_Evaluate20Debts)->Unit(benchmark::kMicrosecond);

// The analysis alone (ledgers, limitation, deadlines, garnishment, 120-month projection).
// What every door runs: Consultation::assess (the evaluation plus the consultant's saved choices
// and the incomplete-figure bookkeeping). Must stay as fast as evaluate() alone.
static void BM_Consultation20Debts(benchmark::State& state)
{
    const zansai::Case c = twentyDebts();
    for (auto _ : state)
        benchmark::DoNotOptimize(zansai::Consultation::assess(c, c.asOf));
}
BENCHMARK(BM_Consultation20Debts)->Unit(benchmark::kMicrosecond);

static void BM_AnalyseCase20Debts(benchmark::State& state)
{
    const zansai::Case& c = twentyDebts();
    for (auto _ : state)
        benchmark::DoNotOptimize(zansai::analyseCase(c, c.asOf));
}
BENCHMARK(BM_AnalyseCase20Debts)->Unit(benchmark::kMicrosecond);

// What `zansai-cli evaluate` adds: the JSON object, its texts narrated in English.
static void BM_EvaluateToJson20Debts(benchmark::State& state)
{
    const zansai::Case& c = twentyDebts();
    const zansai::Assessment a = zansai::evaluate(c, c.asOf);
    const zansai::Narrator n(zansai::Language::English);
    for (auto _ : state)
        benchmark::DoNotOptimize(zansai::toJson(a, n));
}
BENCHMARK(BM_EvaluateToJson20Debts)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // tr() lookups as in the app (no translator: English)
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
