// What only a case store file has: its mode, its header, its default place (SQLite only; the
// behaviour shared with a PostgreSQL store is in CaseStoreTest.cpp).
#include "StoreTestUtil.h"

#include "store/CaseStore.h"

#include <QStandardPaths>
#include <sys/stat.h>

using namespace zansai;
using namespace zansai::storetest;

namespace {

class CaseStoreFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("cases.sqlite"));
        store = openStore(path);
        ASSERT_TRUE(store);
    }
    void add(const Case& c) { ASSERT_TRUE(store->create(c).ok()); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<CaseStore> store;
};

mode_t fileMode(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

TEST_F(CaseStoreFileTest, TheFileIsPrivateAndDurable)
{
    add(makeCase(QStringLiteral("山田 太郎"), {}));
    EXPECT_EQ(fileMode(path), mode_t(0600));
    EXPECT_EQ(fileMode(path + QStringLiteral("-wal")), mode_t(0600));
    EXPECT_EQ(fileMode(path + QStringLiteral("-shm")), mode_t(0600));
    // A store in a folder that does not exist yet.
    const QString deep = dir.filePath(QStringLiteral("a/b/store.sqlite"));
    auto s = openStore(deep);
    ASSERT_TRUE(s);
    EXPECT_EQ(fileMode(deep), mode_t(0600));
    EXPECT_EQ(fileMode(dir.filePath(QStringLiteral("a/b"))), mode_t(0700));
    EXPECT_EQ(s->path(), QFileInfo(deep).absoluteFilePath());

    RawDb raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(CaseStoreFileTest, SettingsOfTheConnection)
{
    // What open() set is visible in the store's own file: WAL in the header (bytes 18–19 = 2).
    const QByteArray head = fileBytes(path).left(20);
    ASSERT_EQ(head.size(), 20);
    EXPECT_EQ(int(head[18]), 2);
    EXPECT_EQ(int(head[19]), 2);
}

TEST(CaseStorePaths, DefaultPathIsInAppData)
{
    const QString p = CaseStore::defaultPath();
    EXPECT_TRUE(p.endsWith(QStringLiteral("/cases.sqlite")));
    EXPECT_TRUE(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

TEST(CaseStorePaths, EmptyPathOrFolderIsAnError)
{
    QTemporaryDir dir;
    auto a = CaseStore::open(QString());
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().field, QString::fromLatin1(kStoreFieldDb));
    auto b = CaseStore::open(dir.path());
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().field, QString::fromLatin1(kStoreFieldDb));
}

} // namespace
