// The case store at 100,000 cases (issue 5): open + first page of the list (< 100 ms), search by
// name as you type (< 30 ms, 1–2 characters and 3+), one durable save (< 10 ms), file size.
// The store is generated once, untimed, in ZANSAI_BENCH_DIR (default: a temporary folder).
// ZANSAI_BENCH_ENCRYPTED=1: the same store encrypted at rest (issue 14: open + first page
// < 150 ms, 2-character search < 50 ms, durable save < 15 ms). Its Argon2id is set to the minimum
// so that the store's own cost is measured; BM_UnlockModerate measures the key derivation of a
// real store (MODERATE) alone, paid once per unlock.
// ZANSAI_BENCH_DB=postgresql://…: the same on a firm store (issue 16: open + first page < 100 ms,
// 2-character search < 50 ms, one save < 20 ms), e.g. under `pg_virtualenv` (bench/run-postgres).
// Its cases are generated only when the database holds none; backups and file sizes do not apply.
#include "store/CaseStore.h"
#include "store/crypto/StoreKeys.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <random>

using namespace zansai;

namespace {

// ZANSAI_BENCH_CASES: fewer cases for a quick look (the goals are for 100,000).
const int kCases = qEnvironmentVariableIsSet("ZANSAI_BENCH_CASES")
                       ? qEnvironmentVariableIntValue("ZANSAI_BENCH_CASES")
                       : 100000;
QString gPath;
store::crypto::Unlock gUnlock; // empty: a plain store

struct Name {
    const char* kanji;
    const char* kana;
};

// Common family names, roughly in order of frequency, and given names, with their readings.
const Name kFamily[] = {
    {"佐藤", "さとう"},     {"鈴木", "すずき"},   {"高橋", "たかはし"}, {"田中", "たなか"},
    {"伊藤", "いとう"},     {"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"},
    {"小林", "こばやし"},   {"加藤", "かとう"},   {"吉田", "よしだ"},   {"山田", "やまだ"},
    {"佐々木", "ささき"},   {"山口", "やまぐち"}, {"松本", "まつもと"}, {"井上", "いのうえ"},
    {"木村", "きむら"},     {"林", "はやし"},     {"斎藤", "さいとう"}, {"清水", "しみず"},
    {"山崎", "やまざき"},   {"森", "もり"},       {"池田", "いけだ"},   {"橋本", "はしもと"},
    {"阿部", "あべ"},       {"石川", "いしかわ"}, {"山下", "やました"}, {"中島", "なかじま"},
    {"石井", "いしい"},     {"小川", "おがわ"},   {"前田", "まえだ"},   {"岡田", "おかだ"},
    {"長谷川", "はせがわ"}, {"藤田", "ふじた"},   {"後藤", "ごとう"},   {"近藤", "こんどう"},
    {"村上", "むらかみ"},   {"遠藤", "えんどう"}, {"青木", "あおき"},   {"坂本", "さかもと"},
    {"福田", "ふくだ"},     {"太田", "おおた"},   {"西村", "にしむら"}, {"藤井", "ふじい"},
    {"金子", "かねこ"},     {"岡本", "おかもと"}, {"藤原", "ふじわら"}, {"中野", "なかの"},
    {"三浦", "みうら"},     {"原田", "はらだ"},   {"松田", "まつだ"},   {"竹内", "たけうち"},
    {"小野", "おの"},       {"田村", "たむら"},   {"中山", "なかやま"}, {"和田", "わだ"},
    {"石田", "いしだ"},     {"森田", "もりた"},   {"上田", "うえだ"},   {"小山田", "おやまだ"},
};
const Name kGiven[] = {
    {"太郎", "たろう"},   {"一郎", "いちろう"}, {"健太", "けんた"}, {"翔太", "しょうた"},
    {"大輔", "だいすけ"}, {"直樹", "なおき"},   {"誠", "まこと"},   {"浩", "ひろし"},
    {"隆", "たかし"},     {"修", "おさむ"},     {"剛", "つよし"},   {"拓也", "たくや"},
    {"健一", "けんいち"}, {"和也", "かずや"},   {"達也", "たつや"}, {"花子", "はなこ"},
    {"美咲", "みさき"},   {"陽子", "ようこ"},   {"恵子", "けいこ"}, {"裕子", "ゆうこ"},
    {"直美", "なおみ"},   {"由美子", "ゆみこ"}, {"智子", "ともこ"}, {"久美子", "くみこ"},
    {"真由美", "まゆみ"}, {"明美", "あけみ"},   {"幸子", "さちこ"}, {"愛", "あい"},
    {"千尋", "ちひろ"},   {"勝", "まさる"},
};
const char* const kCreditors[] = {
    "みらい債権回収株式会社",
    "さくら債権回収株式会社",
    "あおば債権回収株式会社",
    "ひかりサービサー株式会社",
    "独立行政法人住宅金融支援機構",
    "東西銀行",
    "中央信用保証株式会社",
    "北日本信用金庫",
    "第一保証株式会社",
    "ミライカード株式会社",
    "アオバファイナンス株式会社",
    "日の出信用組合",
    "県税事務所",
    "みどり労働金庫",
    "ハナミズキ信販株式会社",
    "南海地方銀行",
};
const char* const kNotes[] = {
    "任意売却後、残債の督促状が届いた。",
    "給与差押えの予告あり。勤務先に知られたくない。",
    "サービサーから一括請求。月1万円の分割を希望。",
    "年金生活で支払が難しい。",
    "最終弁済から5年以上経過。時効の援用を検討。",
    "自己破産は避けたい。個人再生も検討。",
    "支払督促が届いたとのこと。異議の期限に注意。",
    "家族(配偶者)が連帯保証人。",
    "競売は回避し任意売却で決済済み。",
    "電話での督促が続いている。",
};
const char* const kConsultants[] = {"佐々木", "高田", "村井", "小池", "大野", "新井", "川口"};

QString katakana(const QString& hiragana)
{
    QString s = hiragana;
    for (QChar& c : s)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    return s;
}

template <typename T, std::size_t N>
const T& pick(const T (&a)[N], std::mt19937& rng, bool skewed = false)
{
    std::uniform_real_distribution<double> u(0, 1);
    const double x = skewed ? u(rng) * u(rng) : u(rng); // skewed: frequent names more often
    return a[std::min<std::size_t>(N - 1, std::size_t(x * N))];
}

Case generate(std::mt19937& rng)
{
    std::uniform_int_distribution<int> pct(0, 99);
    const Name& f = pick(kFamily, rng, true);
    const Name& g = pick(kGiven, rng);
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = QString::fromUtf8(f.kanji) + u' ' + QString::fromUtf8(g.kanji);
    const QString kana = QString::fromUtf8(f.kana) + u' ' + QString::fromUtf8(g.kana);
    c.client.nameKana = pct(rng) < 30 ? katakana(kana) : kana;
    c.client.birthDate =
        QDate(1950, 1, 1).addDays(std::uniform_int_distribution<int>(0, 18000)(rng));
    c.client.netMonthlyIncome = Yen(std::uniform_int_distribution<int>(80, 450)(rng) * 1000);
    c.client.dependents = pct(rng) % 4;
    c.consultant = QString::fromUtf8(pick(kConsultants, rng));
    c.budget.income.insert(QStringLiteral("salary"), c.client.netMonthlyIncome);
    c.budget.expenses.insert(QStringLiteral("rent"),
                             Yen(std::uniform_int_distribution<int>(30, 120)(rng) * 1000));
    c.budget.expenses.insert(QStringLiteral("food"),
                             Yen(std::uniform_int_distribution<int>(20, 80)(rng) * 1000));
    c.assets.deposits = Yen(std::uniform_int_distribution<int>(0, 2000)(rng) * 1000);
    const int notes = 1 + pct(rng) % 3;
    for (int i = 0; i < notes; ++i)
        c.notes += QString::fromUtf8(pick(kNotes, rng));
    const int debts = 1 + pct(rng) % 3;
    for (int i = 0; i < debts; ++i) {
        Debt d;
        d.id = QStringLiteral("d%1").arg(i + 1);
        d.creditor = QString::fromUtf8(pick(kCreditors, rng));
        d.kind = i == 0 ? DebtKind::HousingLoan : DebtKind::Card;
        d.lenderKind = i == 0 ? LenderKind::GuaranteeCompany : LenderKind::CardCompany;
        d.contractDate =
            QDate(2000, 1, 1).addDays(std::uniform_int_distribution<int>(0, 5000)(rng));
        d.acceleratedOn =
            d.contractDate.addDays(std::uniform_int_distribution<int>(365, 3600)(rng));
        d.principal = Yen(std::uniform_int_distribution<int>(100, 30000)(rng) * 1000);
        d.lateRate = Rate::percent(14);
        DebtEvent sold;
        sold.date = d.acceleratedOn.addDays(200);
        sold.type = DebtEventType::VoluntarySaleSettled;
        d.events.append(sold);
        DebtEvent paid;
        paid.date = sold.date.addDays(100);
        paid.type = DebtEventType::Payment;
        paid.amount = Yen(10000);
        d.events.append(paid);
        c.debts.append(d);
    }
    return c;
}

qint64 sizeOnDisk(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void BM_OpenAndFirstPage(benchmark::State& state)
{
    // Where the time goes, as counters (ms, the mean of the iterations): opening (connecting and
    // the schema check), the first page, the count.
    double openMs = 0, pageMs = 0, countMs = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto store = CaseStore::open(gPath, gUnlock);
        if (!store) {
            state.SkipWithError(store.error().message.toUtf8().constData());
            return;
        }
        const auto tOpen = std::chrono::steady_clock::now();
        auto page = store.value()->list(QString(), CaseSort::UpdatedDesc, 0, 50);
        const auto tPage = std::chrono::steady_clock::now();
        auto n = store.value()->count(QString());
        const auto t1 = std::chrono::steady_clock::now();
        if (!page || page->size() != 50 || !n || *n != kCases) {
            state.SkipWithError("wrong first page");
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
        openMs += std::chrono::duration<double, std::milli>(tOpen - t0).count();
        pageMs += std::chrono::duration<double, std::milli>(tPage - tOpen).count();
        countMs += std::chrono::duration<double, std::milli>(t1 - tPage).count();
    }
    const double runs = qMax<double>(1, double(state.iterations()));
    state.counters["open_ms"] = openMs / runs;
    state.counters["page_ms"] = pageMs / runs;
    state.counters["count_ms"] = countMs / runs;
}
BENCHMARK(BM_OpenAndFirstPage)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

// Search as you type: the first page (50, newest first) and the number of matches.
void BM_Search(benchmark::State& state, const char* query)
{
    auto store = CaseStore::open(gPath, gUnlock);
    if (!store) {
        state.SkipWithError(store.error().message.toUtf8().constData());
        return;
    }
    const QString q = QString::fromUtf8(query);
    int matches = 0;
    for (auto _ : state) {
        auto page = store.value()->list(q, CaseSort::UpdatedDesc, 0, 50);
        auto n = store.value()->count(q);
        if (!page || !n) {
            state.SkipWithError("search failed");
            return;
        }
        matches = *n;
        benchmark::DoNotOptimize(page->size());
    }
    state.counters["matches"] = matches;
}
BENCHMARK_CAPTURE(BM_Search, family_name_2_chars, "山田")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, family_name_1_char, "林")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, kana_2_chars, "やま")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, full_name_4_chars, "山田太郎")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, kana_3_chars, "やまだ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, katakana_full_name, "ヤマダタロウ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, creditor, "みらい債権")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, nothing_found, "存在しない名前")->Unit(benchmark::kMillisecond);

// The same searches with the list sorted by name (あいうえお順): name matches cluster there.
void BM_SearchByName(benchmark::State& state, const char* query)
{
    auto store = CaseStore::open(gPath, gUnlock);
    if (!store) {
        state.SkipWithError(store.error().message.toUtf8().constData());
        return;
    }
    const QString q = QString::fromUtf8(query);
    for (auto _ : state) {
        auto page = store.value()->list(q, CaseSort::NameAsc, 0, 50);
        auto n = store.value()->count(q);
        if (!page || !n) {
            state.SkipWithError("search failed");
            return;
        }
        benchmark::DoNotOptimize(page->size());
    }
}
BENCHMARK_CAPTURE(BM_SearchByName, family_name_2_chars, "山田")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchByName, kana_3_chars, "やまだ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchByName, creditor, "みらい債権")->Unit(benchmark::kMillisecond);

// One durable save (WAL, synchronous=FULL: fsync before it returns) of an edited case.
void BM_DurableSave(benchmark::State& state)
{
    auto store = CaseStore::open(gPath, gUnlock);
    if (!store) {
        state.SkipWithError(store.error().message.toUtf8().constData());
        return;
    }
    CaseStore& s = *store.value();
    if (!s.integrity()) { // the first write waits for open()'s check: not part of a save
        state.SkipWithError("damaged");
        return;
    }
    auto loaded = s.load(kCases / 2);
    if (!loaded) {
        state.SkipWithError("load failed");
        return;
    }
    Case c = loaded->data;
    qint64 rev = loaded->revision;
    int i = 0;
    for (auto _ : state) {
        c.notes = QStringLiteral("編集 %1").arg(++i);
        auto r = s.save(kCases / 2, c, rev);
        if (!r) {
            state.SkipWithError(r.error().message.toUtf8().constData());
            return;
        }
        rev = *r;
    }
}
BENCHMARK(BM_DurableSave)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Argon2id at crypto_pwhash's MODERATE limits (3 passes over 256 MiB): what unlocking a real
// encrypted store costs on top of BM_OpenAndFirstPage.
void BM_UnlockModerate(benchmark::State& state)
{
    if (gUnlock.isEmpty()) {
        state.SkipWithError("plain store");
        return;
    }
    store::crypto::setKdfLimitsForNewStores({});
    auto created = store::crypto::Keys::create(gUnlock.passphrase);
    if (!created) {
        state.SkipWithError(created.error().message.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        auto keys = store::crypto::Keys::unlock(created->wrapped, gUnlock);
        if (!keys) {
            state.SkipWithError("unlock failed");
            return;
        }
    }
}
BENCHMARK(BM_UnlockModerate)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QTemporaryDir tmp(qEnvironmentVariableIsSet("ZANSAI_BENCH_DIR")
                          ? qEnvironmentVariable("ZANSAI_BENCH_DIR") +
                                QStringLiteral("/store-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/zansai-bench-store-XXXXXX"));
    tmp.setAutoRemove(!qEnvironmentVariableIsSet("ZANSAI_BENCH_KEEP"));
    gPath = tmp.filePath(QStringLiteral("cases.sqlite"));
    const bool server = CaseStore::isServerLocation(qEnvironmentVariable("ZANSAI_BENCH_DB"));
    if (server)
        gPath = qEnvironmentVariable("ZANSAI_BENCH_DB");
    std::printf("store: %s\n", qPrintable(gPath));
    {
        QElapsedTimer t;
        t.start();
        auto store = CaseStore::open(gPath, gUnlock);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        if (auto n = store.value()->count(QString()); server && n && *n == kCases) {
            std::printf("the server store already holds %d cases\n", kCases);
            store.value().reset();
            benchmark::RunSpecifiedBenchmarks();
            benchmark::Shutdown();
            return 0;
        }
        std::mt19937 rng(20261122);
        constexpr int kChunk =
            10000; // one transaction each (a whole 100,000 would not fit in memory)
        for (int done = 0; done < kCases; done += kChunk) {
            QList<Case> chunk;
            for (int i = 0; i < qMin(kChunk, kCases - done); ++i)
                chunk.append(generate(rng));
            auto ids = store.value()->createMany(chunk);
            if (!ids) {
                std::fprintf(stderr, "%s\n", qPrintable(ids.error().message));
                return 1;
            }
        }
        std::printf("generated %d cases in %.1f s\n", kCases, t.elapsed() / 1000.0);
    }
    if (server) { // no backups, no file: the benchmarks alone
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        return 0;
    }
    if (qEnvironmentVariableIntValue("ZANSAI_BENCH_ENCRYPTED") == 1) {
        store::crypto::setKdfLimitsForNewStores({1, 8192}); // see the top of this file
        gUnlock.passphrase = QStringLiteral("bench passphrase");
        QElapsedTimer t;
        t.start();
        auto done = CaseStore::encrypt(gPath, gUnlock.passphrase);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
        std::printf("encrypted %d cases (conversion of the plain store) in %.1f s\n", done->cases,
                    t.elapsed() / 1000.0);
    }
    {
        // Tomorrow's first save makes the daily backup of the whole store (VACUUM INTO).
        FixedClock tomorrow(QDateTime::currentDateTime().addDays(1));
        QElapsedTimer t;
        t.start();
        auto store = CaseStore::open(gPath, gUnlock, tomorrow);
        if (!store || !store.value()->integrity()) {
            std::fprintf(stderr, "the store does not open cleanly\n");
            return 1;
        }
        std::printf("open until its quick_check of the whole store is done: %lld ms\n",
                    t.elapsed());
        auto first = store.value()->load(1);
        Case edited = first->data;
        edited.notes += QStringLiteral("。");
        t.restart();
        if (auto saved = store.value()->save(1, edited, first->revision); !saved)
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        std::printf("the first save of a day, with its backup (VACUUM INTO): %lld ms\n",
                    t.elapsed());
        const QStringList backups = CaseStore::backupsOf(gPath);
        for (const QString& b : backups)
            std::printf("backup %s: %.1f MB\n", qPrintable(QFileInfo(b).fileName()),
                        QFileInfo(b).size() / 1e6);
    }
    std::printf("store file: %.1f MB (%lld bytes) for %d cases\n", sizeOnDisk(gPath) / 1e6,
                sizeOnDisk(gPath), kCases);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("store file after the benchmarks: %.1f MB\n", sizeOnDisk(gPath) / 1e6);
    return 0;
}
