// Money and period primitives: the inner loop of every projection.
#include "law/Period.h"
#include "money/Yen.h"

#include <benchmark/benchmark.h>

static void BM_YenMulDiv(benchmark::State& state)
{
    zansai::Yen principal(5'800'000);
    std::int64_t days = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(principal.mulDiv(14 * days, 100 * 365));
        days = days % 3650 + 1;
    }
}
BENCHMARK(BM_YenMulDiv);

static void BM_PeriodEndYears(benchmark::State& state)
{
    QDate d(2020, 2, 29);
    for (auto _ : state) {
        benchmark::DoNotOptimize(zansai::law::periodEndYears(d, 5));
        d = d.addDays(1);
    }
}
BENCHMARK(BM_PeriodEndYears);

BENCHMARK_MAIN();
