// Opening the store at start-up: a damaged store is never written to; the consultant is asked
// whether to restore the newest backup, and only then is it restored.
#include "main/StoreOpener.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

struct Recording : ui::MessageBoxes {
    QMessageBox::StandardButton answer = QMessageBox::No;
    QStringList questions, warnings, informations;
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString& text,
                                         QMessageBox::StandardButtons) override
    {
        questions << text;
        return answer;
    }
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    void information(QWidget*, const QString&, const QString& text) override
    {
        informations << text;
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class StoreOpener : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        path = dir.filePath(QStringLiteral("cases.sqlite"));
        // Day 1: a case. Day 2: another save, whose daily backup holds day 1's case.
        auto store = CaseStore::open(path, clock);
        ASSERT_TRUE(store.ok());
        Case c;
        c.asOf = QDate(2026, 11, 22);
        c.client.name = QStringLiteral("山田 太郎");
        auto made = (*store)->create(c);
        ASSERT_TRUE(made.ok());
        id = *made;
        clock.set(QDate(2026, 11, 23).startOfDay());
        c.client.name = QStringLiteral("山田 太郎 (2)");
        ASSERT_TRUE((*store)->save(id, c, (*store)->load(id)->revision).ok());
        store = Result<std::unique_ptr<CaseStore>>(Error{});
        ASSERT_FALSE(CaseStore::backupsOf(path).isEmpty());
        // Damage the store: not SQLite any more.
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        damaged = readAll(path);
        ui::MessageBoxes::setInstance(&boxes);
    }
    void TearDown() override { ui::MessageBoxes::setInstance(nullptr); }

    TranslationSet translations;
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDate(2026, 11, 22)};
    qint64 id = 0;
    QByteArray damaged;
    Recording boxes;
};

} // namespace

TEST_F(StoreOpener, DamagedStoreIsLeftAloneWhenTheConsultantSaysNo)
{
    boxes.answer = QMessageBox::No;
    EXPECT_EQ(ui::openStoreInteractively(path, nullptr, clock), nullptr);
    ASSERT_EQ(boxes.questions.size(), 1);
    // The question names the newest backup.
    EXPECT_TRUE(
        boxes.questions.first().contains(QFileInfo(CaseStore::backupsOf(path).first()).fileName()));
    EXPECT_EQ(readAll(path), damaged);
    EXPECT_TRUE(boxes.informations.isEmpty());
}

TEST_F(StoreOpener, NewestBackupRestoredWhenTheConsultantSaysYes)
{
    boxes.answer = QMessageBox::Yes;
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_TRUE(boxes.warnings.isEmpty()) << boxes.warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(boxes.informations.size(), 1);
    auto loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->data.client.name, QStringLiteral("山田 太郎")); // as it was on day 1
    // The damaged file was kept somewhere beside the store, byte for byte.
    bool kept = false;
    for (const QFileInfo& fi : QDir(dir.path()).entryInfoList(QDir::Files))
        if (fi.filePath() != path && readAll(fi.filePath()) == damaged)
            kept = true;
    EXPECT_TRUE(kept);
}

TEST_F(StoreOpener, AStoreThatCannotBeOpenedIsExplained)
{
    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(ui::openStoreInteractively(folder, nullptr, clock), nullptr);
    ASSERT_EQ(boxes.warnings.size(), 1);
    EXPECT_TRUE(boxes.warnings.first().contains(QDir::toNativeSeparators(folder)));
    EXPECT_TRUE(boxes.questions.isEmpty());
}

// Only proven damage brings the restore question: another program's database, or an empty file
// beside the backups, is explained and left as it is, and no backup is put in its place.
TEST_F(StoreOpener, NoRestoreIsOfferedForAFileThatIsNotProvenDamaged)
{
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE photos (name TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray foreignBytes = readAll(foreign);
    // The empty file sits where the store was, beside its backups.
    QFile::remove(path);
    QFile empty(path);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    boxes.answer = QMessageBox::Yes; // were a restore offered, it would be taken
    for (const QString& file : {foreign, path}) {
        SCOPED_TRACE(file.toStdString());
        boxes.warnings.clear();
        EXPECT_EQ(ui::openStoreInteractively(file, nullptr, clock), nullptr);
        EXPECT_TRUE(boxes.questions.isEmpty());
        ASSERT_EQ(boxes.warnings.size(), 1);
        EXPECT_TRUE(boxes.warnings.first().contains(QDir::toNativeSeparators(file)));
    }
    EXPECT_EQ(readAll(foreign), foreignBytes);
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".before-restore")));
}
