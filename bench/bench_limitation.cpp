// 消滅時効 and 遅延損害金 of one debt: the target is < 5 µs for both together.
// The debt: a bank loan of 2012 accelerated 2021-03-01, six events (two payments, the voluntary
// sale, a demand, a payment order and its provisional-enforcement order, whose finality is inferred
// through the court calendar), as of 2026-11-22.
#include "i18n/Language.h"
#include "i18n/Narrator.h"
#include "law/LateInterest.h"
#include "law/LimitationPeriod.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace zansai;
using namespace zansai::law;

namespace {

const QDate kAccelerated(2021, 3, 1);
const QDate kAsOf(2026, 11, 22);

LimitationInput limitationInput()
{
    using K = LimitationEventKind;
    return LimitationInput{LenderKind::Bank,
                           QDate(2012, 4, 1),
                           kAccelerated,
                           {{QDate(2021, 6, 30), K::Payment, std::nullopt},
                            {QDate(2021, 12, 15), K::Payment, std::nullopt},
                            {QDate(2022, 2, 28), K::VoluntarySaleSettled, std::nullopt},
                            {QDate(2026, 6, 1), K::Demand, std::nullopt},
                            {QDate(2026, 9, 1), K::PaymentOrderServed, std::nullopt},
                            {QDate(2026, 10, 5), K::ProvisionalEnforcementServed, std::nullopt}},
                           kAsOf};
}

QList<Payment> payments()
{
    return {{QDate(2021, 6, 30), Yen(50'000)},
            {QDate(2021, 12, 15), Yen(50'000)},
            {QDate(2022, 2, 28), Yen(18'500'000)}};
}

void BM_Limitation(benchmark::State& state)
{
    const LimitationInput in = limitationInput();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeLimitation(in));
}

void BM_LateInterestLedger(benchmark::State& state)
{
    const QList<Payment> paid = payments();
    for (auto _ : state)
        benchmark::DoNotOptimize(runLateInterestLedger(
            Yen(24'290'000), Rate(14, 100), DayBasis::Days365, kAccelerated, paid, kAsOf));
}

// The target: both computations for one debt.
void BM_LimitationAndLateInterest(benchmark::State& state)
{
    const LimitationInput in = limitationInput();
    const QList<Payment> paid = payments();
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeLimitation(in));
        benchmark::DoNotOptimize(runLateInterestLedger(
            Yen(24'290'000), Rate(14, 100), DayBasis::Days365, kAccelerated, paid, kAsOf));
    }
}

// The same with the Japanese catalogue installed, as in the app. The computation translates
// nothing any more (its steps are Messages), so the installed language no longer changes its time.
void BM_LimitationAndLateInterestJapanese(benchmark::State& state)
{
    TranslationSet translations;
    if (!translations.install(Language::Japanese)) {
        state.SkipWithError("Japanese catalogue not loaded");
        return;
    }
    const LimitationInput in = limitationInput();
    const QList<Payment> paid = payments();
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeLimitation(in));
        benchmark::DoNotOptimize(runLateInterestLedger(
            Yen(24'290'000), Rate(14, 100), DayBasis::Days365, kAccelerated, paid, kAsOf));
    }
}

// What the screen or a paper adds afterwards: the steps and warnings written in Japanese.
void BM_NarrateLimitationJapanese(benchmark::State& state)
{
    const LimitationResult r = computeLimitation(limitationInput());
    const Narrator japanese(Language::Japanese);
    for (auto _ : state) {
        for (const LimitationStep& s : r.steps)
            benchmark::DoNotOptimize(japanese.text(s.text));
        benchmark::DoNotOptimize(japanese.texts(r.warnings));
    }
}

} // namespace

BENCHMARK(BM_Limitation);
BENCHMARK(BM_LateInterestLedger);
BENCHMARK(BM_LimitationAndLateInterest);
BENCHMARK(BM_LimitationAndLateInterestJapanese);
BENCHMARK(BM_NarrateLimitationJapanese);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // tr() lookups as in the app
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
