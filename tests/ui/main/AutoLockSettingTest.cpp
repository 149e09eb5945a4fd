// Settings → "Lock after idle time…" (issue 14 item 5): the minutes typed are stored in
// security/autoLockMinutes and the open store's auto-lock follows at once; 0 turns it off.
#include "i18n/Language.h"
#include "main/AutoLock.h"
#include "main/MainWindow.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QString kKey = QStringLiteral("security/autoLockMinutes");

class AutoLockSettingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        saved = QSettings().value(kKey);
        QSettings().remove(kKey);
        store::crypto::setKdfLimitsForNewStores({1, 8192}); // fast: see EncryptionTest
        path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            ASSERT_TRUE(CaseStore::open(path, clock).ok());
        }
        ASSERT_TRUE(CaseStore::encrypt(path, pass, clock).ok());
        auto opened = CaseStore::open(path, store::crypto::Unlock{pass, {}}, clock);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
    }
    void TearDown() override
    {
        if (saved.isValid())
            QSettings().setValue(kKey, saved);
        else
            QSettings().remove(kKey);
        store::crypto::setKdfLimitsForNewStores({});
    }
    // Triggers the menu entry and types `minutes` into its dialog (OK, or Cancel).
    void typeMinutes(ui::MainWindow& w, int minutes, bool ok = true)
    {
        QTimer::singleShot(0, [=] {
            QWidget* dialog = QApplication::activeModalWidget();
            ASSERT_NE(dialog, nullptr);
            dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->setValue(minutes);
            dialog->findChild<QDialogButtonBox*>()
                ->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)
                ->click();
        });
        w.findChild<QAction*>(QStringLiteral("actionAutoLockMinutes"))->trigger();
    }
    TranslationSet translations;
    QVariant saved;
    QTemporaryDir dir;
    QString path;
    const QString pass = QStringLiteral("事務所の合言葉");
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
};

} // namespace

TEST_F(AutoLockSettingTest, TheIdleTimeIsStoredAndAppliedAtOnce)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    ASSERT_NE(w.autoLock(), nullptr);
    EXPECT_EQ(w.autoLock()->idleInterval(), 5 * 60 * 1000); // the default
    typeMinutes(w, 12);
    EXPECT_EQ(QSettings().value(kKey).toInt(), 12);
    EXPECT_EQ(w.autoLock()->idleInterval(), 12 * 60 * 1000); // 12 min = 720,000 ms
    typeMinutes(w, 30, /*ok=*/false);                        // cancelled: nothing changes
    EXPECT_EQ(QSettings().value(kKey).toInt(), 12);
    EXPECT_EQ(w.autoLock()->idleInterval(), 12 * 60 * 1000);
    typeMinutes(w, 0); // off
    EXPECT_EQ(QSettings().value(kKey).toInt(), 0);
    EXPECT_EQ(w.autoLock()->idleInterval(), 0);
    // The next store opened keeps the setting.
    w.setStore(nullptr);
    w.setStore(store.get());
    EXPECT_EQ(w.autoLock()->idleInterval(), 0);
}
