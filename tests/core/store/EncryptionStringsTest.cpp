// After a consultation on an encrypted store, no file of the store's folder (the store, its WAL,
// its backups, anything else written there) holds a client datum: checked with the real
// `strings` binary and by reading the bytes (UTF-8 and UTF-16). The same consultation on a plain
// store shows every datum, so the check can see them.
#include "StoreTestUtil.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>

using namespace zansai;
using namespace zansai::storetest;

namespace {

// What the consultation stores: the client's name and reading, a creditor, amounts (5,800,000
// principal; 280,000 income) and dates (contract 2008-04-01, birth 1975-04-02, a payment
// 2025-01-10), and a note.
const QStringList kClientData = {
    QStringLiteral("山田"),       QStringLiteral("ヤマダ"),     QStringLiteral("やまだ"),
    QStringLiteral("みらい債権"), QStringLiteral("5800000"),    QStringLiteral("280000"),
    QStringLiteral("2008-04-01"), QStringLiteral("1975-04-02"), QStringLiteral("2025-01-10"),
    QStringLiteral("督促状"),
};

struct Found {
    QString datum, file, how;
};

// Every file below `root` (hidden ones too), searched for each datum.
QList<Found> scan(const QString& root)
{
    QList<Found> found;
    const QString strings = QStandardPaths::findExecutable(QStringLiteral("strings"));
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = fileBytes(file);
        QByteArray printed;
        if (!strings.isEmpty()) {
            // -a: the whole file; -e S: 8-bit characters too, so UTF-8 Japanese is printed.
            QProcess p;
            p.start(strings, {QStringLiteral("-a"), QStringLiteral("-e"), QStringLiteral("S"),
                              QStringLiteral("-n"), QStringLiteral("4"), file});
            EXPECT_TRUE(p.waitForFinished(30000));
            printed = p.readAllStandardOutput();
        }
        for (const QString& datum : kClientData) {
            const QByteArray utf8 = datum.toUtf8();
            const QByteArray utf16(reinterpret_cast<const char*>(datum.utf16()), datum.size() * 2);
            if (printed.contains(utf8))
                found.append({datum, file, QStringLiteral("strings")});
            if (bytes.contains(utf8))
                found.append({datum, file, QStringLiteral("utf-8 bytes")});
            if (bytes.contains(utf16))
                found.append({datum, file, QStringLiteral("utf-16 bytes")});
        }
    }
    return found;
}

// A consultation: the case is entered, saved again on a later day (a backup is made first),
// searched, copied, one copy put in the trash; `check` runs while the store is still open (its
// WAL in place) and again after it is closed.
void consult(const QString& path, const store::crypto::Unlock& unlock,
             const std::function<void()>& check)
{
    FixedClock day1(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    Case c = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"),
                      {{QStringLiteral("みらい債権回収株式会社"), 5800000}},
                      QStringLiteral("任意売却の後、督促状が届いた"));
    qint64 id = 0;
    {
        auto s = CaseStore::open(path, unlock, day1);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        id = *s.value()->create(c);
    }
    FixedClock day2(QDateTime(QDate(2026, 11, 29), QTime(10, 0)));
    auto s = CaseStore::open(path, unlock, day2);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    CaseStore& store = **s;
    c.notes += QStringLiteral("。二回目の面談");
    ASSERT_TRUE(store.save(id, c, 1).ok()); // the day's first write: a backup first
    ASSERT_FALSE(store.list(QStringLiteral("山田"), CaseSort::NameAsc, 0, 10)->isEmpty());
    auto copy = store.duplicate(id);
    ASSERT_TRUE(copy.ok());
    ASSERT_TRUE(store.moveToTrash(*copy).ok());
    ASSERT_FALSE(store.backups()->isEmpty());
    check();
    s = Error{}; // closed
    check();
}

} // namespace

TEST(EncryptionStrings, AConsultationLeavesNoClientDatumInTheStoreFolder)
{
    store::crypto::setKdfLimitsForNewStores({1, 8192});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        // The store is made plain (as every store before this version), with a backup, then
        // converted: the conversion must leave nothing plain behind either.
        FixedClock day0(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        auto plain = CaseStore::open(path, day0);
        ASSERT_TRUE(plain.ok());
        ASSERT_TRUE(plain.value()
                        ->create(makeCase(QStringLiteral("山田 花子"), QStringLiteral("やまだ"),
                                          {{QStringLiteral("みらい債権回収"), 5800000}}))
                        .ok());
    }
    {
        // A second day's write makes a plain backup of the first day's store.
        FixedClock day(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto plain = CaseStore::open(path, day);
        ASSERT_TRUE(
            plain.value()
                ->save(1, makeCase(QStringLiteral("山田 花子"), QStringLiteral("やまだ")), 1)
                .ok());
        ASSERT_EQ(plain.value()->backups()->size(), 1);
    }
    ASSERT_FALSE(scan(dir.path()).isEmpty()) << "the plain store shows its data";
    auto enc = CaseStore::encrypt(path, QStringLiteral("passphrase of the office"));
    ASSERT_TRUE(enc.ok()) << enc.error().message.toStdString();
    EXPECT_EQ(enc->backupsEncrypted, 1);
    int checks = 0;
    consult(path, {QStringLiteral("passphrase of the office"), {}}, [&] {
        ++checks;
        for (const Found& f : scan(dir.path()))
            ADD_FAILURE() << f.datum.toStdString() << " in " << f.file.toStdString() << " ("
                          << f.how.toStdString() << ")";
    });
    EXPECT_EQ(checks, 2);
    store::crypto::setKdfLimitsForNewStores({});
}

TEST(EncryptionStrings, ThePlainConsultationShowsEveryDatumSoTheScanCanSeeThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    QSet<QString> seen;
    consult(path, {}, [&] {
        for (const Found& f : scan(dir.path()))
            seen.insert(f.datum);
    });
    for (const QString& datum : kClientData)
        EXPECT_TRUE(seen.contains(datum)) << datum.toStdString();
}
