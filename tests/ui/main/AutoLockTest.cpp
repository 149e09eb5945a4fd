// An encrypted store in the app: its passphrase is asked for when it is opened, and after the idle
// time the window hides the client data, the interview is hidden, the key is wiped (reads are
// refused) and unlocking asks for the passphrase again.
#include "../WizardDriver.h"

#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/AutoLock.h"
#include "main/MainWindow.h"
#include "main/PassphrasePrompt.h"
#include "main/StoreOpener.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

const QString kPass = QStringLiteral("事務所の合言葉");

// Answers the prompts in order (nullopt: cancel) and records what it was told.
struct ScriptedPrompt : ui::PassphrasePrompt {
    QList<std::optional<store::crypto::Unlock>> answers;
    QStringList problems;
    std::optional<store::crypto::Unlock> ask(QWidget*, const QString&,
                                             const QString& problem) override
    {
        problems << problem;
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }
};

struct SilentBoxes : ui::MessageBoxes {
    QStringList warnings;
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
};

class AutoLockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        store::crypto::setKdfLimitsForNewStores({1, 8192}); // fast: see EncryptionTest
        path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            auto plain = CaseStore::open(path, clock);
            ASSERT_TRUE(plain.ok());
            Case c;
            c.asOf = QDate(2026, 11, 22);
            c.client.name = QStringLiteral("山田 太郎");
            id = *plain.value()->create(c);
        }
        ASSERT_TRUE(CaseStore::encrypt(path, kPass, clock).ok());
        ui::PassphrasePrompt::setInstance(&prompt);
        ui::MessageBoxes::setInstance(&boxes);
    }
    void TearDown() override
    {
        ui::PassphrasePrompt::setInstance(nullptr);
        ui::MessageBoxes::setInstance(nullptr);
        store::crypto::setKdfLimitsForNewStores({});
    }
    TranslationSet translations;
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDate(2026, 11, 22)};
    qint64 id = 0;
    ScriptedPrompt prompt;
    SilentBoxes boxes;
};

} // namespace

TEST_F(AutoLockTest, OpeningAsksForThePassphraseUntilItIsRight)
{
    prompt.answers = {store::crypto::Unlock{QStringLiteral("wrong"), {}},
                      store::crypto::Unlock{kPass, {}}};
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_TRUE(store->encrypted());
    EXPECT_EQ(store->load(id)->data.client.name, QStringLiteral("山田 太郎"));
    ASSERT_EQ(prompt.problems.size(), 2);
    EXPECT_TRUE(prompt.problems[0].isEmpty());
    EXPECT_FALSE(prompt.problems[1].isEmpty()); // the wrong passphrase is said to be wrong
    EXPECT_TRUE(boxes.warnings.isEmpty());
}

TEST_F(AutoLockTest, CancellingTheQuestionOpensNothing)
{
    prompt.answers = {std::nullopt};
    EXPECT_EQ(ui::openStoreInteractively(path, nullptr, clock), nullptr);
    EXPECT_EQ(boxes.warnings.size(), 1); // the app runs without a store, and says so
}

TEST_F(AutoLockTest, IdleTimeHidesTheDataWipesTheKeyAndUnlockingAsksAgain)
{
    prompt.answers = {store::crypto::Unlock{kPass, {}}};
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    w.show();
    ASSERT_NE(w.autoLock(), nullptr);
    EXPECT_EQ(w.autoLock()->idleInterval(), 5 * 60 * 1000); // the default: 5 minutes
    ASSERT_TRUE(w.openCase(id));
    w.editInterview();
    QWidget* wizard = reinterpret_cast<QWidget*>(w.interviewWizard());
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(wizard->isVisible() && wizard->isWindow()); // a window of its own

    w.autoLock()->setIdleInterval(50);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.autoLock()->isLocked(); }, 5000));
    EXPECT_TRUE(store->locked());
    EXPECT_EQ(store->load(id).error().field, QString::fromLatin1(kStoreFieldPassphrase));
    auto* overlay = w.findChild<QWidget*>(QStringLiteral("lockOverlay"));
    ASSERT_NE(overlay, nullptr);
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->geometry(), w.rect()); // the whole window is covered
    EXPECT_FALSE(w.menuBar()->isEnabled());
    EXPECT_FALSE(w.windowTitle().contains(QStringLiteral("山田")));
    EXPECT_FALSE(wizard->isVisible());

    // A wrong passphrase leaves it locked; cancelling too; the right one unlocks.
    prompt.answers = {store::crypto::Unlock{QStringLiteral("wrong"), {}}, std::nullopt};
    EXPECT_FALSE(w.autoLock()->unlock());
    EXPECT_TRUE(w.autoLock()->isLocked());
    EXPECT_TRUE(store->locked());
    w.autoLock()->setIdleInterval(0); // no second lock while the test goes on
    prompt.answers = {store::crypto::Unlock{kPass, {}}};
    EXPECT_TRUE(w.autoLock()->unlock());
    EXPECT_FALSE(store->locked());
    EXPECT_TRUE(w.menuBar()->isEnabled());
    EXPECT_EQ(store->load(id)->data.client.name, QStringLiteral("山田 太郎"));
    EXPECT_TRUE(wizard->isVisible());
    QTest::qWait(50);
    EXPECT_EQ(w.findChild<QWidget*>(QStringLiteral("lockOverlay")), nullptr);
}

TEST_F(AutoLockTest, APlainStoreHasNoLock)
{
    QTemporaryDir other;
    auto plain = CaseStore::open(other.filePath(QStringLiteral("plain.sqlite")), clock);
    ASSERT_TRUE(plain.ok());
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(plain.value().get());
    EXPECT_EQ(w.autoLock(), nullptr);
    w.setStore(nullptr);
}
