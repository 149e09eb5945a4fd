// 遅延損害金: one span (both bases) and a two-year ledger of 24 monthly payments (民法489条).
#include "law/LateInterest.h"

#include <benchmark/benchmark.h>

using namespace zansai;
using namespace zansai::law;

static void BM_LateInterest365(benchmark::State& state)
{
    const Rate rate(146, 1000);
    const QDate from(2023, 6, 2);
    int extra = 0; // 2026-11-22 plus 0..999 days: the span stays 3 to 6 years long
    for (auto _ : state) {
        const QDate to = QDate(2026, 11, 22).addDays(extra);
        benchmark::DoNotOptimize(lateInterest(Yen(5'800'000), rate, from, to, DayBasis::Days365));
        extra = (extra + 1) % 1000;
    }
}
BENCHMARK(BM_LateInterest365);

static void BM_LateInterestActual(benchmark::State& state)
{
    const Rate rate(146, 1000);
    const QDate from(2023, 6, 2);
    int extra = 0; // as above: four to seven calendar-year segments
    for (auto _ : state) {
        const QDate to = QDate(2026, 11, 22).addDays(extra);
        benchmark::DoNotOptimize(lateInterest(Yen(5'800'000), rate, from, to, DayBasis::Actual));
        extra = (extra + 1) % 1000;
    }
}
BENCHMARK(BM_LateInterestActual);

static void BM_Ledger24Payments(benchmark::State& state)
{
    const DayBasis basis = state.range(0) ? DayBasis::Actual : DayBasis::Days365;
    QList<Payment> payments;
    for (int i = 0; i < 24; ++i) // the 10th of each month, 2024-01 .. 2025-12, 30,000 yen each
        payments.append({QDate(2024, 1, 10).addMonths(i), Yen(30'000)});
    for (auto _ : state)
        benchmark::DoNotOptimize(runLateInterestLedger(Yen(5'800'000), Rate(14, 100), basis,
                                                       QDate(2023, 6, 1), payments,
                                                       QDate(2026, 11, 22)));
}
BENCHMARK(BM_Ledger24Payments)->Arg(0)->Arg(1)->ArgName("actual");

BENCHMARK_MAIN();
