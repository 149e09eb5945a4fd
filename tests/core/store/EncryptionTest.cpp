// Encryption at rest (docs/security.md): a plain store converted with a passphrase reads back the
// same, refuses a wrong passphrase, opens with its recovery key, detects rows moved between
// places, finds the same cases as the plain store, and leaves no client datum in any file.
#include "StoreTestUtil.h"

#include <QProcess>
#include <QSet>

using namespace zansai;
using namespace zansai::storetest;

namespace {

const QString kPass = QStringLiteral("correct horse 電池 staple");

// Argon2id at its minimum (1 pass over 8 KiB): the stores of these tests unlock in microseconds.
// The limits are stored in each store, so this changes nothing but the cost.
struct FastKdf {
    FastKdf() { store::crypto::setKdfLimitsForNewStores({1, 8192}); }
    ~FastKdf() { store::crypto::setKdfLimitsForNewStores({}); }
};

class EncryptionTest : public ::testing::Test {
protected:
    FastKdf kdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cases.sqlite"));

    std::unique_ptr<CaseStore> openWith(const store::crypto::Unlock& u,
                                        const Clock& clock = SystemClock::instance())
    {
        auto s = CaseStore::open(path, u, clock);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
        return s.ok() ? std::move(s).value() : nullptr;
    }

    EncryptionResult encrypt()
    {
        auto r = CaseStore::encrypt(path, kPass);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        return r.ok() ? *r : EncryptionResult{};
    }
};

QSet<qint64> idsOf(const QList<CaseSummary>& list)
{
    QSet<qint64> out;
    for (const CaseSummary& s : list)
        out.insert(s.id);
    return out;
}

QList<qint64> orderOf(const QList<CaseSummary>& list)
{
    QList<qint64> out;
    for (const CaseSummary& s : list)
        out.append(s.id);
    return out;
}

// Names chosen so that 1- and 2-character queries hit several cases, inside words and across the
// name, the reading, the creditors and the notes.
QList<Case> sampleCases()
{
    return {
        makeCase(QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"),
                 {{QStringLiteral("みらい債権回収株式会社"), 5800000}}),
        makeCase(
            QStringLiteral("小山田 花子"), QStringLiteral("おやまだ はなこ"),
            {{QStringLiteral("さくら銀行"), 1200000}, {QStringLiteral("ＡＢＣカード"), 300000}}),
        makeCase(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"),
                 {{QStringLiteral("あおば債権回収株式会社"), 2500000}},
                 QStringLiteral("山口の不動産業者から紹介")),
        makeCase(QStringLiteral("佐藤 誠"), QStringLiteral("さとう まこと"),
                 {{QStringLiteral("みらい債権回収株式会社"), 700000}}),
        makeCase(QStringLiteral("𠮷田 陽子"), QStringLiteral("よしだ ようこ"),
                 {{QStringLiteral("abc信用保証"), 900000}}),
    };
}

} // namespace

TEST_F(EncryptionTest, RoundTripKeepsEveryCaseVersionAndTheirTimes)
{
    const QList<Case> cases = sampleCases();
    QList<qint64> ids;
    {
        auto plain = openStore(path);
        ASSERT_TRUE(plain);
        ids = *plain->createMany(cases);
        Case edited = cases[0];
        edited.notes = QStringLiteral("二度目の相談");
        ASSERT_TRUE(plain->save(ids[0], edited, 1).ok());
        ASSERT_TRUE(plain->moveToTrash(ids[3]).ok());
        EXPECT_FALSE(plain->encrypted());
    }
    const EncryptionResult r = encrypt();
    EXPECT_EQ(r.cases, cases.size());
    // 52 base32 characters in 13 groups of 4: "ABCD-…".
    EXPECT_EQ(r.recoveryKey.size(), 52 + 12);

    auto store = openWith({kPass, {}});
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->encrypted());
    EXPECT_FALSE(store->locked());
    for (int i = 1; i < cases.size(); ++i)
        EXPECT_EQ(store->load(ids[i])->data, roundTripped(cases[i])) << i;
    auto first = store->load(ids[0]);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->revision, 2);
    EXPECT_EQ(first->data.notes, QStringLiteral("二度目の相談"));
    EXPECT_EQ(*store->loadVersion(ids[0], 1), roundTripped(cases[0]));
    EXPECT_TRUE(store->load(ids[3])->inTrash);

    // Saves, history and restore work on the encrypted store as on a plain one.
    Case again = cases[1];
    again.client.name = QStringLiteral("小山田 花");
    auto rev = store->save(ids[1], again, 1);
    ASSERT_TRUE(rev.ok()) << rev.error().message.toStdString();
    EXPECT_EQ(*rev, 2);
    EXPECT_EQ(store->history(ids[1])->size(), 2);
    EXPECT_EQ(*store->restoreVersion(ids[1], 1), 3);
    EXPECT_EQ(store->load(ids[1])->data, roundTripped(cases[1]));
    auto copy = store->duplicate(ids[2]);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(store->load(*copy)->data, roundTripped(cases[2]));
    // The list shows the summaries (name, reading, creditors, total principal: 1,200,000 +
    // 300,000 = 1,500,000) from the sealed column.
    auto page = store->list(QStringLiteral("小山田"), CaseSort::UpdatedDesc, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first().clientName, QStringLiteral("小山田 花子"));
    EXPECT_EQ(page->first().creditors, QStringLiteral("さくら銀行、ＡＢＣカード"));
    EXPECT_EQ(page->first().totalPrincipal, Yen(1500000));
    EXPECT_EQ(*store->count(QString()), cases.size()); // 5 - 1 in the trash + 1 copy

    // A renamed client is no longer found by the old name; the trash emptied leaves no token.
    EXPECT_TRUE(store->list(QStringLiteral("小山田"), CaseSort::UpdatedDesc, 0, 10).ok());
    Case renamed = cases[2];
    renamed.client.name = QStringLiteral("田辺 一郎");
    renamed.client.nameKana = QStringLiteral("たなべ いちろう");
    ASSERT_TRUE(store->save(ids[2], renamed, 1).ok());
    EXPECT_TRUE(idsOf(*store->list(QStringLiteral("田中"), CaseSort::UpdatedDesc, 0, 10)) ==
                QSet<qint64>{*copy});
    EXPECT_TRUE(idsOf(*store->list(QStringLiteral("田辺"), CaseSort::UpdatedDesc, 0, 10)) ==
                QSet<qint64>{ids[2]});
    ASSERT_TRUE(store->emptyTrash().ok());
    RawDb raw(path);
    EXPECT_EQ(
        raw.scalar(
               QStringLiteral("SELECT count(*) FROM case_tokens WHERE case_id = %1").arg(ids[3]))
            .toInt(),
        0);
    EXPECT_GT(
        raw.scalar(
               QStringLiteral("SELECT count(*) FROM case_tokens WHERE case_id = %1").arg(ids[2]))
            .toInt(),
        0);
}

TEST_F(EncryptionTest, WrongOrMissingPassphraseIsRefusedNamingThePassphrase)
{
    {
        auto plain = openStore(path);
        ASSERT_TRUE(plain->create(sampleCases()[0]).ok());
    }
    encrypt();
    for (const store::crypto::Unlock& u :
         {store::crypto::Unlock{}, store::crypto::Unlock{QStringLiteral("correct horse"), {}},
          store::crypto::Unlock{{}, QStringLiteral("ABCD-EFGH")}}) {
        auto s = CaseStore::open(path, u);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldPassphrase))
            << s.error().message.toStdString();
    }
    // A plain open (as every older caller does) is refused too, never served ciphertext.
    auto s = CaseStore::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldPassphrase));
    // Encrypting twice is refused.
    auto twice = CaseStore::encrypt(path, kPass);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, QString::fromLatin1(kStoreFieldPassphrase));
}

TEST_F(EncryptionTest, RecoveryKeyUnlocksWithoutThePassphrase)
{
    qint64 id = 0;
    {
        auto plain = openStore(path);
        id = *plain->create(sampleCases()[2]);
    }
    const EncryptionResult r = encrypt();
    // As read from paper: lower case, spaces instead of dashes.
    QString typed = r.recoveryKey.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    auto store = openWith({{}, typed});
    ASSERT_TRUE(store);
    EXPECT_EQ(store->load(id)->data, roundTripped(sampleCases()[2]));
    // A recovery key with one character changed fails.
    QString wrong = r.recoveryKey;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto bad = CaseStore::open(path, {{}, wrong});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QString::fromLatin1(kStoreFieldPassphrase));
}

TEST_F(EncryptionTest, RowsSwappedOutsideTheProgramFailAuthentication)
{
    QList<qint64> ids;
    {
        auto plain = openStore(path);
        ids = *plain->createMany({sampleCases()[0], sampleCases()[1]});
        ASSERT_TRUE(plain->save(ids[0], sampleCases()[2], 1).ok()); // id 1 now at revision 2
    }
    encrypt();
    {
        RawDb raw(path);
        ASSERT_TRUE(raw.ok());
        // Case 1's current document becomes case 2's, and case 1's version 1 takes the place of
        // its version 2: each is valid ciphertext, under the wrong (id, revision).
        raw.exec(QStringLiteral("UPDATE case_documents SET document = (SELECT document FROM "
                                "case_documents WHERE case_id = %1) WHERE case_id = %2")
                     .arg(ids[0])
                     .arg(ids[1]));
        raw.exec(QStringLiteral("UPDATE case_documents SET document = (SELECT document FROM "
                                "case_versions WHERE case_id = %1 AND revision = 1) "
                                "WHERE case_id = %1")
                     .arg(ids[0]));
        raw.exec(QStringLiteral("UPDATE cases SET sealed_summary = (SELECT sealed_summary FROM "
                                "cases WHERE id = %1) WHERE id = %2")
                     .arg(ids[1])
                     .arg(ids[0]));
    }
    auto store = openWith({kPass, {}});
    ASSERT_TRUE(store);
    for (qint64 id : ids) {
        auto c = store->load(id);
        ASSERT_FALSE(c.ok()) << id;
        EXPECT_EQ(c.error().field, QString::fromLatin1(kStoreFieldDamaged));
    }
    auto page = store->list(QString(), CaseSort::UpdatedDesc, 0, 10);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().field, QString::fromLatin1(kStoreFieldDamaged));
}

TEST_F(EncryptionTest, OneAndTwoCharacterSearchFindsWhatThePlainStoreFinds)
{
    const QStringList queries = {
        QStringLiteral("山"),   QStringLiteral("山田"),     QStringLiteral("やま"),
        QStringLiteral("ヤマ"), QStringLiteral("ﾔﾏ"),       QStringLiteral("田"),
        QStringLiteral("債権"), QStringLiteral("みらい債"), QStringLiteral("abc"),
        QStringLiteral("ＡＢ"), QStringLiteral("𠮷"),       QStringLiteral("𠮷田"),
        QStringLiteral("山口"), QStringLiteral("不動産業"), QStringLiteral("たろ"),
        QStringLiteral("郎山"), QStringLiteral("ない"),     QStringLiteral("小山田花子"),
    };
    QMap<QString, QSet<qint64>> plainFound;
    QMap<QString, int> plainCount;
    QList<qint64> plainByName, plainByPrincipal;
    {
        auto plain = openStore(path);
        ASSERT_TRUE(plain->createMany(sampleCases()).ok());
        for (const QString& q : queries) {
            plainFound[q] = idsOf(*plain->list(q, CaseSort::UpdatedDesc, 0, 100));
            plainCount[q] = *plain->count(q);
        }
        plainByName = orderOf(*plain->list(QString(), CaseSort::NameAsc, 0, 100));
        plainByPrincipal = orderOf(*plain->list(QString(), CaseSort::PrincipalDesc, 0, 100));
    }
    // The plain store's own answers, worked out by hand: 山 is in 山田, 小山田 and 山口 (notes).
    EXPECT_EQ(plainFound[QStringLiteral("山")].size(), 3);
    EXPECT_EQ(plainFound[QStringLiteral("郎山")].size(), 0); // no match across two fields
    encrypt();
    auto store = openWith({kPass, {}});
    ASSERT_TRUE(store);
    for (const QString& q : queries) {
        EXPECT_EQ(idsOf(*store->list(q, CaseSort::UpdatedDesc, 0, 100)), plainFound[q])
            << q.toStdString();
        EXPECT_EQ(idsOf(*store->list(q, CaseSort::NameAsc, 0, 100)), plainFound[q])
            << q.toStdString();
        EXPECT_EQ(*store->count(q), plainCount[q]) << q.toStdString();
    }
    EXPECT_EQ(orderOf(*store->list(QString(), CaseSort::NameAsc, 0, 100)), plainByName);
    EXPECT_EQ(orderOf(*store->list(QString(), CaseSort::PrincipalDesc, 0, 100)), plainByPrincipal);
    EXPECT_EQ(orderOf(*store->list(QString(), CaseSort::NameAsc, 1, 2)), plainByName.mid(1, 2));
}

TEST_F(EncryptionTest, LockWipesTheKeyAndRefusesEveryReadUntilUnlocked)
{
    qint64 id = 0;
    {
        auto plain = openStore(path);
        id = *plain->create(sampleCases()[0]);
    }
    encrypt();
    auto store = openWith({kPass, {}});
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->list(QString(), CaseSort::NameAsc, 0, 10).ok());
    store->lock();
    EXPECT_TRUE(store->locked());
    for (const Error& e :
         {store->load(id).error(), store->list(QString(), CaseSort::NameAsc, 0, 10).error(),
          store->list(QStringLiteral("山"), CaseSort::UpdatedDesc, 0, 10).error(),
          store->create(sampleCases()[1]).error()})
        EXPECT_EQ(e.field, QString::fromLatin1(kStoreFieldPassphrase)) << e.message.toStdString();
    EXPECT_EQ(store->unlock({QStringLiteral("wrong"), {}}).error().field,
              QString::fromLatin1(kStoreFieldPassphrase));
    EXPECT_TRUE(store->locked());
    ASSERT_TRUE(store->unlock({kPass, {}}).ok());
    EXPECT_EQ(store->load(id)->data, roundTripped(sampleCases()[0]));
}

TEST_F(EncryptionTest, BackupsLeftPlainByAnInterruptedConversionAreConvertedByTheNextRun)
{
    FixedClock day1(QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    FixedClock day2(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
    {
        auto plain = openWith({}, day1);
        ASSERT_TRUE(plain->create(sampleCases()[0]).ok());
        plain = openWith({}, day2);
        ASSERT_TRUE(plain->save(1, sampleCases()[1], 1).ok()); // backup of day 1's store
    }
    const QStringList backups = CaseStore::backupsOf(path);
    ASSERT_EQ(backups.size(), 1);
    const QByteArray plainBackup = fileBytes(backups.first());
    ASSERT_TRUE(plainBackup.contains(QStringLiteral("山田").toUtf8()));
    EXPECT_EQ(encrypt().backupsEncrypted, 1);
    EXPECT_FALSE(fileBytes(backups.first()).contains(QStringLiteral("山田").toUtf8()));
    // As if killed after the store's rename, before its backups: the plain copy is back.
    writeBytes(backups.first(), plainBackup);
    auto again = CaseStore::encrypt(path, kPass);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->backupsEncrypted, 1);
    EXPECT_TRUE(again->recoveryKey.isEmpty()); // the store's key is the one made the first time
    EXPECT_FALSE(fileBytes(backups.first()).contains(QStringLiteral("山田").toUtf8()));
    // The converted backup opens with the store's passphrase and holds day 1's case.
    auto restored = CaseStore::open(backups.first(), {kPass, {}});
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored.value()->load(1)->data, roundTripped(sampleCases()[0]));
    // A wrong passphrase converts nothing.
    writeBytes(backups.first(), plainBackup);
    auto wrong = CaseStore::encrypt(path, QStringLiteral("not it"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, QString::fromLatin1(kStoreFieldPassphrase));
}
