// Converting an existing plain store on first open, with consent (issue 14 item 4): the offer is
// made once per store; "Not now" and "Never for this store" are remembered; consent converts the
// store (closed meanwhile) and reopens it encrypted; the recovery key is shown until the consultant
// confirms they kept it, and then opens the store on its own.
#include "main/EncryptionOffer.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QString kPass = QStringLiteral("事務所の合言葉");
const QString kName = QStringLiteral("山田 太郎");

// Answers the offer as scripted and records what it was asked.
struct ScriptedOffer : ui::EncryptionOffer {
    Answer answer = Answer::NotNow;
    std::optional<QString> passphrase = kPass;
    QList<bool> confirmations{true}; // one per showing of the key; the last one repeats
    int asked = 0, passphrasesAsked = 0, progressShown = 0;
    bool storeClosedDuringProgress = false;
    QString path;
    QStringList keysShown;
    Answer ask(QWidget*, const QString&) override
    {
        ++asked;
        return answer;
    }
    std::optional<QString> newPassphrase(QWidget*) override
    {
        ++passphrasesAsked;
        return passphrase;
    }
    bool showRecoveryKey(QWidget*, const QString& key) override
    {
        keysShown << key;
        return confirmations.size() > 1 ? confirmations.takeFirst() : confirmations.first();
    }
    void progress(QWidget*, bool running) override
    {
        if (!running)
            return;
        ++progressShown;
        // While converting, the app holds no connection: a plain open now sees no WAL of ours.
        storeClosedDuringProgress = !QFile::exists(path + QStringLiteral("-shm"));
    }
};

struct SilentBoxes : ui::MessageBoxes {
    QStringList warnings;
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
};

class EncryptionOfferTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        store::crypto::setKdfLimitsForNewStores({1, 8192}); // fast: see EncryptionTest
        path = dir.filePath(QStringLiteral("cases.sqlite"));
        offer.path = path;
        auto plain = CaseStore::open(path, clock);
        ASSERT_TRUE(plain.ok());
        Case c;
        c.asOf = QDate(2026, 11, 22);
        c.client.name = kName;
        id = *plain.value()->create(c);
        ui::EncryptionOffer::setInstance(&offer);
        ui::MessageBoxes::setInstance(&boxes);
    }
    void TearDown() override
    {
        ui::forgetEncryptionOffer(path);
        ui::EncryptionOffer::setInstance(nullptr);
        ui::MessageBoxes::setInstance(nullptr);
        store::crypto::setKdfLimitsForNewStores({});
    }
    std::unique_ptr<CaseStore> openPlain()
    {
        auto s = CaseStore::open(path, clock);
        return s ? std::move(s).value() : nullptr;
    }
    TranslationSet translations;
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDate(2026, 11, 22)};
    qint64 id = 0;
    ScriptedOffer offer;
    SilentBoxes boxes;
};

} // namespace

TEST_F(EncryptionOfferTest, ConsentConvertsTheStoreAndReopensItEncrypted)
{
    offer.answer = ui::EncryptionOffer::Answer::Encrypt;
    offer.confirmations = {false, true}; // closed once without confirming: shown again
    auto store = ui::offerEncryption(openPlain(), nullptr, clock);
    ASSERT_NE(store, nullptr) << boxes.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(store->encrypted());
    EXPECT_FALSE(store->locked());
    EXPECT_EQ(store->load(id)->data.client.name, kName);
    EXPECT_EQ(offer.passphrasesAsked, 1);
    EXPECT_EQ(offer.progressShown, 1);
    EXPECT_TRUE(offer.storeClosedDuringProgress);
    ASSERT_EQ(offer.keysShown.size(), 2);
    EXPECT_EQ(offer.keysShown[0], offer.keysShown[1]);
    EXPECT_EQ(boxes.warnings.size(), 1); // "keep the key before going on"
    store.reset();
    // No client datum in the clear any more.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains(kName.toUtf8()));
    // Without the passphrase it does not open; the recovery key shown opens it.
    EXPECT_FALSE(CaseStore::open(path, clock).ok());
    store::crypto::Unlock byKey;
    byKey.recoveryKey = offer.keysShown.first();
    auto recovered = CaseStore::open(path, byKey, clock);
    ASSERT_TRUE(recovered.ok()) << recovered.error().message.toStdString();
    EXPECT_EQ((*recovered)->load(id)->data.client.name, kName);
    // An encrypted store is never offered again.
    const int asked = offer.asked;
    recovered = ui::offerEncryption(std::move(recovered).value(), nullptr, clock);
    EXPECT_EQ(offer.asked, asked);
}

TEST_F(EncryptionOfferTest, NeverForThisStoreIsRemembered)
{
    offer.answer = ui::EncryptionOffer::Answer::Never;
    auto store = ui::offerEncryption(openPlain(), nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_FALSE(store->encrypted());
    EXPECT_EQ(offer.passphrasesAsked, 0);
    EXPECT_EQ(ui::encryptionOfferMemory(path), QStringLiteral("never"));
    clock.set(QDate(2027, 6, 1).startOfDay());
    store = ui::offerEncryption(std::move(store), nullptr, clock);
    EXPECT_EQ(offer.asked, 1);
    // Another store at another path is asked about on its own.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    auto second = CaseStore::open(other, clock);
    ASSERT_TRUE(second.ok());
    auto kept = ui::offerEncryption(std::move(second).value(), nullptr, clock);
    EXPECT_EQ(offer.asked, 2);
    ui::forgetEncryptionOffer(other);
}

// "Not now" (and a cancelled passphrase) is asked again after kEncryptionOfferPauseDays (7):
// asked on 11-22, silent on 11-28 (6 days later), asked again on 11-29 (7 days).
TEST_F(EncryptionOfferTest, NotNowIsAskedAgainAWeekLater)
{
    offer.answer = ui::EncryptionOffer::Answer::Encrypt;
    offer.passphrase = std::nullopt; // cancelled at the passphrase: the same as "Not now"
    auto store = ui::offerEncryption(openPlain(), nullptr, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_FALSE(store->encrypted());
    EXPECT_EQ(ui::encryptionOfferMemory(path), QStringLiteral("later:2026-11-22"));
    offer.answer = ui::EncryptionOffer::Answer::NotNow;
    clock.set(QDate(2026, 11, 28).startOfDay());
    store = ui::offerEncryption(std::move(store), nullptr, clock);
    EXPECT_EQ(offer.asked, 1);
    clock.set(QDate(2026, 11, 29).startOfDay());
    store = ui::offerEncryption(std::move(store), nullptr, clock);
    EXPECT_EQ(offer.asked, 2);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->load(id)->data.client.name, kName); // the plain store, untouched
}

// The real passphrase dialog: OK stays disabled until both fields hold the same passphrase.
TEST_F(EncryptionOfferTest, ThePassphraseIsTypedTwice)
{
    ui::EncryptionOffer::setInstance(nullptr);
    bool okWhenDifferent = true, okWhenSame = false;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* second = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        first->setText(kPass);
        second->setText(kPass + QStringLiteral("x"));
        okWhenDifferent = ok->isEnabled();
        second->setText(kPass);
        okWhenSame = ok->isEnabled();
        ok->click();
    });
    EXPECT_EQ(ui::EncryptionOffer::instance().newPassphrase(nullptr), kPass);
    EXPECT_FALSE(okWhenDifferent);
    EXPECT_TRUE(okWhenSame);
}

// The real recovery-key dialog shows the key, copies it, and cannot be confirmed before the
// consultant ticks "I have kept the recovery key".
TEST_F(EncryptionOfferTest, TheRecoveryKeyCanBeCopiedAndMustBeConfirmed)
{
    ui::EncryptionOffer::setInstance(nullptr);
    const QString key = QStringLiteral("ABCD-EFGH-IJKL");
    QString shown;
    bool okBeforeTick = true;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        shown = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryKey"))->text();
        dialog->findChild<QPushButton*>(QStringLiteral("copyRecoveryKey"))->click();
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okBeforeTick = ok->isEnabled();
        dialog->findChild<QCheckBox*>(QStringLiteral("keptRecoveryKey"))->setChecked(true);
        ok->click();
    });
    EXPECT_TRUE(ui::EncryptionOffer::instance().showRecoveryKey(nullptr, key));
    EXPECT_EQ(shown, key);
    EXPECT_FALSE(okBeforeTick);
    EXPECT_EQ(QApplication::clipboard()->text(), key);
}
