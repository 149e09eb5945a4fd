// The passphrase in the desktop keyring (issue 14 items 4–5): a kept passphrase opens and unlocks
// the store without asking; a stale one is removed and the passphrase asked; "Remember" keeps the
// passphrase once it has worked; with no keyring (offscreen, no session bus) it silently falls
// back to asking.
#include "main/Keyring.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/PassphrasePrompt.h"
#include "main/StoreOpener.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QString kPass = QStringLiteral("事務所の合言葉");

struct FakeKeyring : ui::Keyring {
    QMap<QString, QString> kept;
    int reads = 0;
    bool available() const override { return true; }
    std::optional<QString> read(const QString& path) override
    {
        ++reads;
        return kept.contains(path) ? std::optional<QString>(kept.value(path)) : std::nullopt;
    }
    bool write(const QString& path, const QString& passphrase) override
    {
        kept.insert(path, passphrase);
        return true;
    }
    void remove(const QString& path) override { kept.remove(path); }
};

struct ScriptedPrompt : ui::PassphrasePrompt {
    QList<std::optional<store::crypto::Unlock>> answers;
    bool tick = false;
    int asked = 0;
    std::optional<store::crypto::Unlock> ask(QWidget*, const QString&, const QString&) override
    {
        ++asked;
        remember_ = tick;
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }
};

struct SilentBoxes : ui::MessageBoxes {
    void warning(QWidget*, const QString&, const QString&) override {}
};

class KeyringTest : public ::testing::Test {
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
        ui::Keyring::setInstance(&keyring);
        ui::MessageBoxes::setInstance(&boxes);
    }
    void TearDown() override
    {
        ui::PassphrasePrompt::setInstance(nullptr);
        ui::Keyring::setInstance(nullptr);
        ui::MessageBoxes::setInstance(nullptr);
        store::crypto::setKdfLimitsForNewStores({});
    }
    TranslationSet translations;
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDate(2026, 11, 22)};
    qint64 id = 0;
    FakeKeyring keyring;
    ScriptedPrompt prompt;
    SilentBoxes boxes;
};

} // namespace

TEST_F(KeyringTest, AKeptPassphraseOpensAndUnlocksWithoutAsking)
{
    keyring.kept.insert(path, kPass);
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(prompt.asked, 0);
    EXPECT_EQ(store->load(id)->data.client.name, QStringLiteral("山田 太郎"));
    store->lock(); // the auto-lock
    EXPECT_TRUE(ui::unlockInteractively(*store, nullptr));
    EXPECT_FALSE(store->locked());
    EXPECT_EQ(prompt.asked, 0);
    EXPECT_EQ(keyring.reads, 2);
}

TEST_F(KeyringTest, AStalePassphraseIsRemovedAndThePassphraseAsked)
{
    keyring.kept.insert(path, QStringLiteral("an old passphrase"));
    prompt.answers = {store::crypto::Unlock{kPass, {}}};
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(prompt.asked, 1);
    EXPECT_FALSE(keyring.kept.contains(path)); // not ticked: nothing kept
}

TEST_F(KeyringTest, RememberKeepsThePassphraseOnlyOnceItWorked)
{
    prompt.tick = true;
    prompt.answers = {store::crypto::Unlock{QStringLiteral("wrong"), {}},
                      store::crypto::Unlock{kPass, {}}};
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(prompt.asked, 2);
    EXPECT_EQ(keyring.kept.value(path), kPass);
    // The recovery key is never kept: only a passphrase.
    store->lock();
    keyring.kept.clear();
    prompt.answers = {store::crypto::Unlock{kPass, {}}};
    prompt.tick = false;
    EXPECT_TRUE(ui::unlockInteractively(*store, nullptr));
    EXPECT_TRUE(keyring.kept.isEmpty());
}

// The desktop keyring as built: offscreen there is no keyring to answer, so the passphrase is
// asked as before, and the prompt offers "Remember" only where qtkeychain is built in.
TEST_F(KeyringTest, WithoutAKeyringThePassphraseIsAsked)
{
    ui::Keyring::setInstance(nullptr);
    prompt.answers = {store::crypto::Unlock{kPass, {}}};
    auto store = ui::openStoreInteractively(path, nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(prompt.asked, 1);

    ui::PassphrasePrompt::setInstance(nullptr); // the real dialog
    bool hasRemember = false;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberInKeyring"));
        hasRemember = remember != nullptr;
        if (remember)
            remember->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(kPass);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    auto unlock = ui::PassphrasePrompt::instance().ask(nullptr, path, QString());
    ASSERT_TRUE(unlock.has_value());
    EXPECT_EQ(unlock->passphrase, kPass);
    EXPECT_EQ(hasRemember, ui::Keyring::instance().available());
    EXPECT_EQ(ui::PassphrasePrompt::instance().rememberInKeyring(), hasRemember);
}
