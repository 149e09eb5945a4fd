// Settings ▸ Case store… while the app runs (issue 16): the store the setting now names replaces
// the open one at once — the open case's pending edit is saved to the store it came from first —
// and a store that cannot be opened changes nothing (the consultant is told why, the open store
// stays, nothing is written to the damaged file).
#include "main/StoreSwitch.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/CaseListModel.h"
#include "main/CaseListView.h"
#include "main/CaseSession.h"
#include "main/Keyring.h"
#include "main/MainWindow.h"
#include "main/StoreConnection.h"
#include "main/StoreConnectionDialog.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

struct Recording : ui::MessageBoxes {
    QStringList warnings, questions;
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString& text,
                                         QMessageBox::StandardButtons) override
    {
        questions << text;
        return QMessageBox::No; // e.g. "restore the newest backup?": no
    }
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    void information(QWidget*, const QString&, const QString&) override {}
};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class StoreSwitch : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        ui::MessageBoxes::setInstance(&boxes);
        pathA = dir.filePath(QStringLiteral("office-a.sqlite"));
        pathB = dir.filePath(QStringLiteral("laptop-b.sqlite"));
        auto a = CaseStore::open(pathA, clock);
        ASSERT_TRUE(a.ok());
        owner = std::move(a).value();
        Case c;
        c.asOf = QDate(2026, 12, 1);
        c.client.name = QStringLiteral("甲野 一郎");
        idA = owner->create(c).value();
        setFileSetting(pathA);
    }
    void TearDown() override
    {
        ui::MessageBoxes::setInstance(nullptr);
        QSettings().clear();
    }
    static void setFileSetting(const QString& path)
    {
        ui::StoreConnection c;
        c.server = false;
        c.file = path;
        c.save();
    }
    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 12, 1)};
    Recording boxes;
    QString pathA, pathB;
    qint64 idA = 0;
    std::unique_ptr<CaseStore> owner;
};

} // namespace

// The consultant edits a case of store A, then chooses file B in Settings ▸ Case store…: the
// window works on B at once (its empty list), and the edit made just before is in A.
TEST_F(StoreSwitch, ChangingTheSettingSwitchesNowAfterSavingThePendingEdit)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(owner.get());
    w.show();
    QObject::connect(&w, &ui::MainWindow::storeSettingChanged, &w,
                     [&] { ui::switchToConfiguredStore(w, owner, {}, clock); });
    ASSERT_TRUE(w.openCase(idA));
    Case edited = w.session()->data();
    edited.notes = QStringLiteral("差押えの通知が届いた");
    w.session()->update(edited); // pending in the autosaver (saved within 2 s, not yet)

    // Settings ▸ Case store…: the file B, OK.
    QAction* action = w.findChild<QAction*>(QStringLiteral("actionStoreConnection"));
    ASSERT_NE(action, nullptr);
    bool filled = false;
    QTimer::singleShot(0, &w, [&] {
        auto* d = qobject_cast<ui::StoreConnectionDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        d->findChild<QLineEdit*>(QString::fromLatin1(ui::kFieldFile))->setText(pathB);
        filled = true;
        d->accept();
    });
    action->trigger();
    ASSERT_TRUE(filled);

    EXPECT_EQ(ui::StoreConnection::load().location(), pathB);
    ASSERT_EQ(w.store(), owner.get());
    EXPECT_EQ(QFileInfo(owner->path()).fileName(), QStringLiteral("laptop-b.sqlite"));
    EXPECT_EQ(w.currentCaseId(), 0);                 // the case list of B, no case open
    EXPECT_EQ(w.caseList()->model()->rowCount(), 0); // B is new and empty
    EXPECT_TRUE(boxes.warnings.isEmpty()) << boxes.warnings.join(u'\n').toStdString();
    // A, opened again: the edit made before the switch was saved there.
    auto a = CaseStore::open(pathA, clock);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ((*a)->load(idA)->data.notes, QStringLiteral("差押えの通知が届いた"));
    w.setStore(nullptr);
}

// The setting now names a damaged file: the opener says so and offers nothing restorable; the
// window stays on A with its case, and the damaged file is not written to.
TEST_F(StoreSwitch, AStoreThatCannotBeOpenedChangesNothing)
{
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a case store, and certainly not SQLite").repeated(200));
    }
    const QByteArray before = bytesOf(damaged);
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(owner.get());
    CaseStore* const a = owner.get();
    setFileSetting(damaged);

    EXPECT_FALSE(ui::switchToConfiguredStore(w, owner, {}, clock));
    EXPECT_EQ(owner.get(), a);
    EXPECT_EQ(w.store(), a);
    EXPECT_FALSE(boxes.warnings.isEmpty() && boxes.questions.isEmpty()); // the consultant was told
    EXPECT_EQ(bytesOf(damaged), before);
    EXPECT_EQ(w.caseList()->model()->rowCount(), 1);
    EXPECT_TRUE(w.openCase(idA));

    // A store that opens but that the app's own step gives up on (e.g. the encryption offer
    // cancelled): nothing changes either.
    setFileSetting(pathB);
    EXPECT_FALSE(ui::switchToConfiguredStore(
        w, owner, [](std::unique_ptr<CaseStore>) { return std::unique_ptr<CaseStore>(); }, clock));
    EXPECT_EQ(owner.get(), a);
    EXPECT_EQ(w.store(), a);
    w.setStore(nullptr);
}
