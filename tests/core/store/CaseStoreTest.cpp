// The case store on real SQLite files and on a real PostgreSQL server (PgTestUtil.h): create,
// load, save, history, trash, duplicate, list. The same assertions run on both backends; what is
// only about the file (its mode, its header) is in CaseStoreFileTest.cpp.
#include "PgTestUtil.h"
#include "StoreTestUtil.h"

#include "store/CaseStore.h"

using namespace zansai;
using namespace zansai::storetest;

namespace {

class StoreFixture : public ::testing::Test {
protected:
    virtual Backend backend() const = 0;
    void SetUp() override
    {
        if (backend() == Backend::Postgres)
            ZANSAI_SKIP_WITHOUT_POSTGRES();
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(where.make(backend(), dir));
        path = where.location;
        store = openStore(path, clock);
        ASSERT_TRUE(store);
    }
    qint64 add(const Case& c)
    {
        auto id = store->create(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    QTemporaryDir dir;
    TestLocation where; // a file, or a database of its own
    QString path;       // where.location: the file, or postgresql:///zansai_t…
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};
    std::unique_ptr<CaseStore> store;
};

class CaseStoreTest : public StoreFixture, public ::testing::WithParamInterface<Backend> {
protected:
    Backend backend() const override { return GetParam(); }
};
INSTANTIATE_TEST_SUITE_P(Both, CaseStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         BackendName());

TEST_P(CaseStoreTest, CreateAndLoadGiveTheCaseBack)
{
    const Case c =
        makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"),
                 {{QStringLiteral("○○債権回収株式会社"), 5800000},
                  {QStringLiteral("△△カード株式会社"), 420000}},
                 QStringLiteral("任意売却後の残債について相談"), QStringLiteral("佐々木"));
    const qint64 id = add(c);
    ASSERT_GT(id, 0);
    auto loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->id, id);
    EXPECT_EQ(loaded->revision, 1);
    EXPECT_EQ(loaded->createdAt, clock.now());
    EXPECT_EQ(loaded->updatedAt, clock.now());
    EXPECT_FALSE(loaded->inTrash);
    EXPECT_TRUE(loaded->data == roundTripped(c));
    EXPECT_EQ(writeCaseBytes(loaded->data), writeCaseBytes(c));

    auto list = store->list(QString(), CaseSort::UpdatedDesc, 0, 10);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    const CaseSummary& s = list->first();
    EXPECT_EQ(s.id, id);
    EXPECT_EQ(s.clientName, QStringLiteral("山田 太郎"));
    EXPECT_EQ(s.clientKana, QStringLiteral("やまだ たろう"));
    EXPECT_EQ(s.creditors, QStringLiteral("○○債権回収株式会社、△△カード株式会社"));
    EXPECT_EQ(s.totalPrincipal, Yen(6220000));
    EXPECT_EQ(s.consultant, QStringLiteral("佐々木"));
    EXPECT_EQ(s.createdAt, clock.now());
}

TEST_P(CaseStoreTest, TheConsultantsDecisionsAndADraftAreKeptTyped)
{
    Case c = makeCase(QStringLiteral("山田 太郎"), {});
    c.installmentMonthly = Yen(30000);
    c.chosenOption = OptionKind::Rehabilitation;
    c.debts[0].guarantor = GuarantorKind::Individual;
    c.debts[0].guarantorName = QStringLiteral("山田 花子");
    c.debts[0].guarantorRelation = QStringLiteral("妻");
    c.debts[0].incompleteFields = {QStringLiteral("late_rate_percent")};
    const qint64 id = add(c);
    auto loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->data, c);
    EXPECT_TRUE(loaded->data.extra.isEmpty());
    EXPECT_TRUE(loaded->data.debts[0].extra.isEmpty());
    EXPECT_EQ(writeCaseBytes(loaded->data), writeCaseBytes(c));

    // Cleared, saved, loaded: gone, not left behind in the document.
    c.installmentMonthly.reset();
    c.chosenOption.reset();
    c.debts[0].incompleteFields.clear();
    ASSERT_TRUE(store->save(id, c, loaded->revision).ok());
    loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->data, c);
    const QByteArray bytes = writeCaseBytes(loaded->data);
    EXPECT_FALSE(bytes.contains("installment_monthly"));
    EXPECT_FALSE(bytes.contains("chosen_option"));
    EXPECT_FALSE(bytes.contains("incomplete_fields"));
}

TEST_P(CaseStoreTest, UnknownIdsAreErrorsNamingTheCase)
{
    auto l = store->load(42);
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.error().field, QString::fromLatin1(kStoreFieldCase));
    EXPECT_TRUE(l.error().message.contains(QStringLiteral("42")));
    EXPECT_FALSE(store->save(42, makeCase(QStringLiteral("A"), {}), 1).ok());
    EXPECT_FALSE(store->duplicate(42).ok());
    EXPECT_FALSE(store->moveToTrash(42).ok());
    EXPECT_FALSE(store->restoreFromTrash(42).ok());
    EXPECT_FALSE(store->history(42).ok());
    EXPECT_FALSE(store->loadVersion(42, 1).ok());
    EXPECT_FALSE(store->restoreVersion(42, 1).ok());
}

TEST_P(CaseStoreTest, AnInvalidCaseIsRefusedWithItsJsonPath)
{
    Case c = makeCase(QStringLiteral("山田 太郎"), {});
    c.debts[0].acceleratedOn = QDate(2027, 1, 1); // after as_of
    auto id = store->create(c);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().field, QStringLiteral("debts[0].accelerated_on"));
    EXPECT_EQ(*store->count(QString()), 0);
}

TEST_P(CaseStoreTest, SaveBumpsTheRevisionAndKeepsTheOldVersion)
{
    const Case v1 = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 id = add(v1);
    Case v2 = v1;
    v2.notes = QStringLiteral("二回目の面談");
    clock.set(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    auto r2 = store->save(id, v2, 1);
    ASSERT_TRUE(r2.ok()) << r2.error().message.toStdString();
    EXPECT_EQ(*r2, 2);
    Case v3 = v2;
    v3.client.netMonthlyIncome = Yen(250000);
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(11, 30)));
    auto r3 = store->save(id, v3, 2);
    ASSERT_TRUE(r3.ok());
    EXPECT_EQ(*r3, 3);

    // The same content again is not a new version.
    auto same = store->save(id, v3, 3);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(*same, 3);

    auto loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->revision, 3);
    EXPECT_TRUE(loaded->data == roundTripped(v3));
    EXPECT_EQ(loaded->createdAt, QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
    EXPECT_EQ(loaded->updatedAt, QDateTime(QDate(2026, 11, 23), QTime(11, 30)));

    auto h = store->history(id);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ(h->at(0).revision, 3);
    EXPECT_EQ(h->at(0).savedAt, QDateTime(QDate(2026, 11, 23), QTime(11, 30)));
    EXPECT_EQ(h->at(1).revision, 2);
    EXPECT_EQ(h->at(1).savedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    EXPECT_EQ(h->at(2).revision, 1);
    EXPECT_EQ(h->at(2).savedAt, QDateTime(QDate(2026, 11, 22), QTime(9, 0)));

    for (const auto& [rev, expected] : {std::pair{1, v1}, std::pair{2, v2}, std::pair{3, v3}}) {
        auto c = store->loadVersion(id, rev);
        ASSERT_TRUE(c.ok()) << rev;
        EXPECT_TRUE(*c == roundTripped(expected)) << rev;
    }
    auto missing = store->loadVersion(id, 4);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, QString::fromLatin1(kStoreFieldCase));
}

TEST_P(CaseStoreTest, RestoringAVersionIsANewSaveOfTheOldContent)
{
    const Case v1 = makeCase(QStringLiteral("鈴木 花子"), QStringLiteral("すずき はなこ"));
    const qint64 id = add(v1);
    Case v2 = v1;
    v2.client.name = QStringLiteral("鈴木 花");
    ASSERT_TRUE(store->save(id, v2, 1).ok());

    auto r = store->restoreVersion(id, 1);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(*r, 3);
    auto loaded = store->load(id);
    EXPECT_EQ(loaded->revision, 3);
    EXPECT_TRUE(loaded->data == roundTripped(v1));
    EXPECT_EQ(store->history(id)->size(), 3);
    // The list and search follow the restored content.
    EXPECT_EQ(*store->count(QStringLiteral("花子")), 1);
    EXPECT_EQ(store->list(QString(), CaseSort::NameAsc, 0, 5)->first().clientName,
              QStringLiteral("鈴木 花子"));
    // The version restored from is still there, and so is the one replaced.
    EXPECT_TRUE(*store->loadVersion(id, 2) == roundTripped(v2));
    // Restoring the current version changes nothing.
    EXPECT_EQ(*store->restoreVersion(id, 3), 3);
}

TEST_P(CaseStoreTest, TwoStoreObjectsOnOneStoreDetectAConflict)
{
    const qint64 id = add(makeCase(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう")));
    auto other = openStore(path, clock);
    ASSERT_TRUE(other);
    auto a = store->load(id);
    auto b = other->load(id);
    ASSERT_TRUE(a.ok() && b.ok());

    Case fromB = b->data;
    fromB.notes = QStringLiteral("B の編集");
    auto savedB = other->save(id, fromB, b->revision);
    ASSERT_TRUE(savedB.ok());
    EXPECT_EQ(*savedB, 2);

    Case fromA = a->data;
    fromA.notes = QStringLiteral("A の編集");
    auto savedA = store->save(id, fromA, a->revision);
    ASSERT_FALSE(savedA.ok());
    EXPECT_EQ(savedA.error().field, QString::fromLatin1(kStoreFieldConflict));
    EXPECT_TRUE(savedA.error().message.contains(QStringLiteral("version 2")));
    // B's edit is what the store has; A can still save on top of it once reloaded.
    EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("B の編集"));
    auto again = store->save(id, fromA, 2);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 3);
    EXPECT_EQ(other->load(id)->data.notes, QStringLiteral("A の編集"));
    EXPECT_EQ(*other->count(QStringLiteral("A の編集")), 1);
}

TEST_P(CaseStoreTest, TrashHidesRestoresAndEmpties)
{
    const qint64 keep = add(makeCase(QStringLiteral("佐藤 健太"), QStringLiteral("さとう けんた")));
    const qint64 gone = add(makeCase(QStringLiteral("佐藤 美咲"), QStringLiteral("さとう みさき")));
    ASSERT_TRUE(store
                    ->save(gone,
                           makeCase(QStringLiteral("佐藤 美咲"), QStringLiteral("さとう みさき"),
                                    {{QStringLiteral("みらい債権回収株式会社"), 1}}),
                           1)
                    .ok());
    const QDateTime trashedAt = clock.now().addSecs(600); // put in the trash ten minutes later
    clock.set(trashedAt);
    ASSERT_TRUE(store->moveToTrash(gone).ok());
    clock.set(trashedAt.addSecs(60));
    EXPECT_TRUE(store->moveToTrash(gone).ok()); // twice is harmless, and keeps the first time
    EXPECT_EQ(*store->count(QString()), 1);
    EXPECT_EQ(*store->count(QString(), true), 1);
    EXPECT_EQ(*store->count(QStringLiteral("佐藤")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("佐藤"), true), 1);
    EXPECT_EQ(store->list(QString(), CaseSort::NameAsc, 0, 10)->first().id, keep);
    EXPECT_EQ(store->list(QString(), CaseSort::NameAsc, 0, 10, true)->first().id, gone);
    auto inTrash = store->load(gone);
    ASSERT_TRUE(inTrash.ok());
    EXPECT_TRUE(inTrash->inTrash);
    EXPECT_EQ(inTrash->trashedAt, trashedAt);
    EXPECT_LT(inTrash->updatedAt, trashedAt); // the trash is no save

    ASSERT_TRUE(store->restoreFromTrash(gone).ok());
    EXPECT_EQ(*store->count(QString()), 2);
    EXPECT_FALSE(store->load(gone)->inTrash);
    EXPECT_FALSE(store->load(gone)->trashedAt.isValid());

    ASSERT_TRUE(store->moveToTrash(gone).ok());
    ASSERT_TRUE(store->emptyTrash().ok());
    EXPECT_EQ(*store->count(QString(), true), 0);
    EXPECT_EQ(*store->count(QString()), 1);
    EXPECT_FALSE(store->load(gone).ok());
    EXPECT_EQ(*store->count(QStringLiteral("みらい債権")), 0);

    // Nothing of the deleted case is left behind, and the FTS index agrees with its content.
    store.reset();
    EXPECT_EQ(
        where.scalar(QStringLiteral("SELECT count(*) FROM debts WHERE case_id = %1").arg(gone))
            .toInt(),
        0);
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM case_versions")).toInt(), 0);
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 1);
    if (GetParam() == Backend::Postgres) { // its 1–2 character grams went with it
        EXPECT_EQ(
            where
                .scalar(
                    QStringLiteral("SELECT count(*) FROM case_grams WHERE case_id = %1").arg(gone))
                .toInt(),
            0);
        EXPECT_GT(
            where
                .scalar(
                    QStringLiteral("SELECT count(*) FROM case_grams WHERE case_id = %1").arg(keep))
                .toInt(),
            0);
        return;
    }
    RawDb raw(path);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM debts WHERE case_id = %1").arg(gone))
                  .toInt(),
              0);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM case_versions")).toInt(), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 1);
    EXPECT_TRUE(
        raw.exec(QStringLiteral("INSERT INTO case_fts (case_fts) VALUES ('integrity-check')")));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
}

TEST_P(CaseStoreTest, DuplicateIsANewCaseWithTheSameContent)
{
    const Case c = makeCase(QStringLiteral("高橋 直樹"), QStringLiteral("たかはし なおき"));
    const qint64 id = add(c);
    Case edited = c;
    edited.notes = QStringLiteral("編集後");
    ASSERT_TRUE(store->save(id, edited, 1).ok());
    auto copy = store->duplicate(id);
    ASSERT_TRUE(copy.ok());
    EXPECT_NE(*copy, id);
    auto loaded = store->load(*copy);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->revision, 1);
    EXPECT_TRUE(loaded->data == roundTripped(edited));
    EXPECT_EQ(store->history(*copy)->size(), 1);
    EXPECT_EQ(*store->count(QStringLiteral("高橋")), 2);
}

struct SearchCase {
    const char* query;
    QList<int> expected; // indexes into the cases below, in NameAsc order
};

class CaseStoreSearch : public StoreFixture,
                        public ::testing::WithParamInterface<std::tuple<Backend, SearchCase>> {
protected:
    Backend backend() const override { return std::get<0>(GetParam()); }
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QList<Case> cases{
            makeCase(QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"),
                     {{QStringLiteral("○○債権回収株式会社"), 5800000}},
                     QStringLiteral("競売を避けて任意売却。Late payment letters since 2024.")),
            makeCase(QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"),
                     {{QStringLiteral("住宅金融支援機構"), 12000000}}),
            makeCase(QStringLiteral("小山 田鶴"), QStringLiteral("こやま たづ"),
                     {{QStringLiteral("さくら信用保証株式会社"), 3000000}},
                     QStringLiteral("年金生活")),
            makeCase(QStringLiteral("佐藤 健"), QStringLiteral("さとう けん"),
                     {{QStringLiteral("○○債権回収株式会社"), 700000},
                      {QStringLiteral("ＡＢＣカード"), 300000}},
                     QStringLiteral("給与差押えの通知あり")),
            makeCase(QStringLiteral("Smith John"), QStringLiteral("すみす じょん"),
                     {{QStringLiteral("Acme Finance"), 100000}}),
        };
        for (const Case& c : cases)
            ids.append(add(c));
    }
    QList<qint64> ids;
};

TEST_P(CaseStoreSearch, FindsByNameKanaCreditorAndNotes)
{
    const SearchCase& p = std::get<1>(GetParam());
    const QString q = QString::fromUtf8(p.query);
    auto found = store->list(q, CaseSort::NameAsc, 0, 50);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    QList<qint64> expected;
    for (int i : p.expected)
        expected.append(ids[i]);
    QList<qint64> got;
    for (const CaseSummary& s : *found)
        got.append(s.id);
    EXPECT_EQ(got, expected) << p.query;
    EXPECT_EQ(*store->count(q), expected.size()) << p.query;
}

// NameAsc sorts by reading: こやま, さとう, すみす, やまだたろう, やまだはなこ. White space is
// ignored on both sides (山田太郎 finds 山田 太郎), so 山田 also finds 小山 田鶴, as it would
// 小山田.
INSTANTIATE_TEST_SUITE_P(
    Queries, CaseStoreSearch,
    ::testing::Combine(
        ::testing::Values(Backend::Sqlite, Backend::Postgres),
        ::testing::Values(SearchCase{"", {2, 3, 4, 0, 1}}, // all
                          SearchCase{"山田", {2, 0, 1}},   // 2-char family name
                          SearchCase{"山", {2, 0, 1}},     // 1 char
                          SearchCase{"山田太郎", {0}},     // no space in the query
                          SearchCase{"山田 太郎", {0}},    // a space in the query
                          SearchCase{"やまだ", {0, 1}},    // kana, 3 chars: trigram
                          SearchCase{"ヤマダ", {0, 1}},    // katakana finds hiragana and back
                          SearchCase{"ﾔﾏﾀﾞ", {0, 1}},      // half-width katakana
                          SearchCase{"田中", {}}, SearchCase{"たろう", {0}},
                          SearchCase{"はな", {1}},        // 2-char kana
                          SearchCase{"債権回収", {3, 0}}, // creditor
                          SearchCase{"住宅金融", {1}},
                          SearchCase{"ABCカード", {3}}, // full-width letters in the data
                          SearchCase{"abc", {3}},       // case-folded
                          SearchCase{"acme", {4}}, SearchCase{"任意売却", {0}},     // notes
                          SearchCase{"LATE PAYMENT", {0}}, SearchCase{"年金", {2}}, // 2-char notes
                          SearchCase{"差押", {3}}, SearchCase{"smith", {4}},
                          SearchCase{"じょん", {4}},
                          SearchCase{"\"", {}}, // FTS syntax is only text
                          SearchCase{"a\" OR \"b", {}}, SearchCase{"存在しない名前", {}},
                          // 1–2 characters at the end of a text (the reading, a creditor).
                          SearchCase{"ろう", {0}}, SearchCase{"う", {3, 0}},
                          SearchCase{"ん", {3, 4}}, SearchCase{"社", {2, 3, 0}},
                          SearchCase{"会社", {2, 3, 0}}, SearchCase{"4", {0}},
                          SearchCase{"24", {0}})),
    [](const ::testing::TestParamInfo<std::tuple<Backend, SearchCase>>& info) {
        return backendName(std::get<0>(info.param)) + "_" + std::to_string(info.index);
    });

TEST_P(CaseStoreTest, EveryWayToAPageOfMatchesGivesTheSamePage)
{
    // 300 cases; 山田 in every 10th, 鈴木 in one. Few matches are looked up and sorted, many are
    // found by walking the list index: both must give exactly the filtered list.
    QList<Case> cases;
    for (int i = 0; i < 300; ++i) {
        const QString name = i % 10 == 3 ? QStringLiteral("山田 %1").arg(i)
                             : i == 150  ? QStringLiteral("鈴木 %1").arg(i)
                                         : QStringLiteral("佐藤 %1").arg(i);
        Case c = makeCase(name, QString(), {{QStringLiteral("X"), 1000 * ((i * 37) % 101)}});
        cases.append(c);
    }
    auto ids = store->createMany(cases);
    ASSERT_TRUE(ids.ok());
    // Different update times, and some cases in the trash.
    for (int i = 0; i < 300; i += 7) {
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(0, 0)).addSecs(i * 60));
        Case c = cases[i];
        c.notes = QStringLiteral("更新");
        ASSERT_TRUE(store->save(ids->at(i), c, 1).ok());
    }
    for (int i = 13; i < 300; i += 50)
        ASSERT_TRUE(store->moveToTrash(ids->at(i)).ok());

    for (const QString& query : {QStringLiteral("山田"), QStringLiteral("鈴木"),
                                 QStringLiteral("山田 1"), QStringLiteral("佐藤")}) {
        for (CaseSort sort : {CaseSort::UpdatedDesc, CaseSort::UpdatedAsc, CaseSort::NameAsc,
                              CaseSort::NameDesc, CaseSort::CreatedDesc, CaseSort::PrincipalDesc}) {
            for (bool trash : {false, true}) {
                QList<qint64> expected;
                const auto all = store->list(QString(), sort, 0, 1000, trash);
                for (const CaseSummary& s : *all)
                    if (QString(s.clientName).remove(u' ').contains(QString(query).remove(u' ')))
                        expected.append(s.id);
                EXPECT_EQ(*store->count(query, trash), expected.size());
                for (auto [offset, limit] :
                     {std::pair{0, 10}, std::pair{10, 10}, std::pair{25, 50}}) {
                    QList<qint64> got;
                    const auto page = store->list(query, sort, offset, limit, trash);
                    for (const CaseSummary& s : *page)
                        got.append(s.id);
                    EXPECT_EQ(got, expected.mid(offset, limit))
                        << query.toStdString() << " sort " << int(sort) << " trash " << trash
                        << " offset " << offset;
                }
            }
        }
    }
}

TEST_P(CaseStoreTest, AVeryCommonCharacterIsFoundByScanning)
{
    // Over 2000 different trigrams start with "の": the store scans instead of matching them all.
    QString notes;
    for (int i = 0; i < 2100; ++i)
        notes += QStringLiteral("の") + QChar(char16_t(0x4E00 + i)) + QChar(char16_t(0x5E00 + i));
    const qint64 many = add(makeCase(QStringLiteral("山田 太郎"), {}, {}, notes));
    const qint64 one = add(makeCase(QStringLiteral("佐藤 花子"), {}, {}, QStringLiteral("のど")));
    add(makeCase(QStringLiteral("鈴木 一郎"), {}, {}, QStringLiteral("なし")));
    auto found = store->list(QStringLiteral("の"), CaseSort::UpdatedAsc, 0, 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).id, many);
    EXPECT_EQ(found->at(1).id, one);
    EXPECT_EQ(*store->count(QStringLiteral("の")), 2);
    EXPECT_EQ(*store->count(QStringLiteral("のど")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("の丁")), 1); // U+4E01 follows the second の
}

TEST_P(CaseStoreTest, SortsAndPages)
{
    // Five cases, updated at different times, with different principals.
    struct Row {
        const char* name;
        const char* kana;
        qint64 principal;
        int createdHour;
    };
    const QList<Row> rows{{"伊藤 翔太", "いとう しょうた", 300, 9},
                          {"渡辺 陽子", "わたなべ ようこ", 500, 10},
                          {"中村 健", "なかむら けん", 100, 11},
                          {"加藤 美咲", "かとう みさき", 400, 12},
                          {"吉田 一郎", "よしだ いちろう", 200, 13}};
    QList<qint64> ids;
    for (const Row& r : rows) {
        clock.set(QDateTime(QDate(2026, 11, 1), QTime(r.createdHour, 0)));
        ids.append(add(makeCase(QString::fromUtf8(r.name), QString::fromUtf8(r.kana),
                                {{QStringLiteral("X債権回収"), r.principal}})));
    }
    // Touch 中村 last.
    clock.set(QDateTime(QDate(2026, 11, 2), QTime(8, 0)));
    Case c = store->load(ids[2])->data;
    c.notes = QStringLiteral("更新");
    ASSERT_TRUE(store->save(ids[2], c, 1).ok());

    auto order = [&](CaseSort sort, int offset, int limit) {
        QList<qint64> out;
        auto l = store->list(QString(), sort, offset, limit);
        EXPECT_TRUE(l.ok());
        for (const CaseSummary& s : *l)
            out.append(s.id);
        return out;
    };
    EXPECT_EQ(order(CaseSort::UpdatedDesc, 0, 10),
              (QList<qint64>{ids[2], ids[4], ids[3], ids[1], ids[0]}));
    EXPECT_EQ(order(CaseSort::UpdatedAsc, 0, 10),
              (QList<qint64>{ids[0], ids[1], ids[3], ids[4], ids[2]}));
    // いとう かとう なかむら よしだ わたなべ
    EXPECT_EQ(order(CaseSort::NameAsc, 0, 10),
              (QList<qint64>{ids[0], ids[3], ids[2], ids[4], ids[1]}));
    EXPECT_EQ(order(CaseSort::NameDesc, 0, 10),
              (QList<qint64>{ids[1], ids[4], ids[2], ids[3], ids[0]}));
    EXPECT_EQ(order(CaseSort::CreatedDesc, 0, 10),
              (QList<qint64>{ids[4], ids[3], ids[2], ids[1], ids[0]}));
    EXPECT_EQ(order(CaseSort::PrincipalDesc, 0, 10),
              (QList<qint64>{ids[1], ids[3], ids[0], ids[4], ids[2]}));
    // Pages.
    EXPECT_EQ(order(CaseSort::NameAsc, 0, 2), (QList<qint64>{ids[0], ids[3]}));
    EXPECT_EQ(order(CaseSort::NameAsc, 2, 2), (QList<qint64>{ids[2], ids[4]}));
    EXPECT_EQ(order(CaseSort::NameAsc, 4, 2), (QList<qint64>{ids[1]}));
    EXPECT_EQ(order(CaseSort::NameAsc, 6, 2), (QList<qint64>{}));
    EXPECT_EQ(order(CaseSort::NameAsc, -3, 1), (QList<qint64>{ids[0]}));
    EXPECT_EQ(order(CaseSort::NameAsc, 0, 0), (QList<qint64>{}));
    // Same time: the id decides, so pages never overlap or skip.
    clock.set(QDateTime(QDate(2026, 11, 3), QTime(8, 0)));
    QList<qint64> same;
    for (int i = 0; i < 7; ++i)
        same.append(add(makeCase(QStringLiteral("同時 %1").arg(i), QStringLiteral("どうじ"))));
    QList<qint64> paged;
    for (int off = 0; off < 12; off += 3)
        paged += order(CaseSort::UpdatedDesc, off, 3);
    QList<qint64> all = order(CaseSort::UpdatedDesc, 0, 100);
    EXPECT_EQ(paged, all);
    EXPECT_EQ(all.mid(0, 7),
              (QList<qint64>{same[6], same[5], same[4], same[3], same[2], same[1], same[0]}));
}

} // namespace
