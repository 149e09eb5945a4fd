// The court calendar: isCourtClosed runs for every day a deadline moves past, courtDeadline for
// every court period of every debt; formatWareki for every date shown in 和暦.
#include "law/CourtPeriod.h"
#include "law/HolidayCalendar.h"
#include "law/JapaneseEra.h"

#include <benchmark/benchmark.h>

static void BM_IsCourtClosed(benchmark::State& state)
{
    const QDate first(2020, 1, 1);
    qint64 offset = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(zansai::law::isCourtClosed(first.addDays(offset)));
        offset = (offset + 1) % 3650;
    }
}
BENCHMARK(BM_IsCourtClosed);

static void BM_CourtDeadline(benchmark::State& state)
{
    const QDate first(2020, 1, 1);
    qint64 offset = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(zansai::law::courtDeadline(first.addDays(offset), 14));
        offset = (offset + 1) % 3650;
    }
}
BENCHMARK(BM_CourtDeadline);

// The worst case: a period ending on 12/27 (Saturday) runs through nine closed days.
static void BM_CourtDeadlineYearEnd(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(zansai::law::courtDeadline(QDate(2025, 12, 13), 14));
}
BENCHMARK(BM_CourtDeadlineYearEnd);

static void BM_NationalHolidaysYear(benchmark::State& state)
{
    int year = 1970;
    for (auto _ : state) {
        benchmark::DoNotOptimize(zansai::law::nationalHolidays(year));
        year = year == 2099 ? 1970 : year + 1;
    }
}
BENCHMARK(BM_NationalHolidaysYear);

static void BM_FormatWareki(benchmark::State& state)
{
    const QDate first(2019, 1, 1);
    qint64 offset = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(zansai::law::formatWareki(first.addDays(offset)));
        offset = (offset + 1) % 3650;
    }
}
BENCHMARK(BM_FormatWareki);

BENCHMARK_MAIN();
