// Every edit reaches the store through the autosaver, without anyone pressing save; a case saved
// by another window meanwhile is not overwritten, and the edit can be kept as a new case.
#include "../WizardDriver.h"

#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/CaseSession.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/Autosaver.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QLabel>
#include <QSlider>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

struct AnswerYes : ui::MessageBoxes {
    QStringList questions;
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString& text,
                                         QMessageBox::StandardButtons) override
    {
        questions << text;
        return QMessageBox::Yes;
    }
};

class Autosave : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
    }
    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
};

} // namespace

TEST_F(Autosave, EveryEditReachesTheStoreWithinTwoSeconds)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    w.show();
    w.newConsultationAction()->trigger();
    InterviewWizard* wizard = w.interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    // Nothing is stored before the client has a name; the name creates the case at once.
    type(wizard->currentPage(), "netIncome", QStringLiteral("280000"));
    EXPECT_EQ(store->count(QString()).value(), 0);
    type(wizard->currentPage(), "clientName", QStringLiteral("佐藤 花子"));
    ASSERT_EQ(store->count(QString()).value(), 1);
    const qint64 id = w.currentCaseId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(store->load(id)->data.client.netMonthlyIncome, Yen(280000));
    // A later edit is committed by the autosaver, with no flush, within its 2-second bound.
    type(wizard->currentPage(), "dependents", QStringLiteral("3"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return store->load(id)->data.client.dependents == 3; },
                                Autosaver::kMaxDelayMs + 500));
    EXPECT_EQ(w.session()->statusText(), QStringLiteral("すべての変更を保存しました。"));
    EXPECT_EQ(wizard->saveStatusLabel()->text(), QStringLiteral("すべての変更を保存しました。"));
    wizard->reject();
}

TEST_F(Autosave, AnotherWindowsSaveIsNotOverwritten)
{
    AnswerYes boxes;
    ui::MessageBoxes::setInstance(&boxes);
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = QStringLiteral("佐藤 花子");
    c.client.netMonthlyIncome = Yen(200000);
    const qint64 id = store->create(c).value();

    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    ASSERT_TRUE(w.openCase(id));
    // Meanwhile another window saves the case.
    Case theirs = c;
    theirs.notes = QStringLiteral("別の窓で追記");
    ASSERT_TRUE(store->save(id, theirs, store->load(id)->revision).ok());
    // This window's edit (the slider) cannot be saved over it: asked, and kept as a new case.
    w.resultsView()->setInstallmentMonthly(Yen(20000));
    w.flushSaves();
    QCoreApplication::processEvents();
    ASSERT_EQ(boxes.questions.size(), 1);
    EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("別の窓で追記"));
    EXPECT_EQ(store->count(QString()).value(), 2);
    EXPECT_NE(w.currentCaseId(), id);
    const Case copy = store->load(w.currentCaseId())->data;
    EXPECT_EQ(copy.client.name, QStringLiteral("佐藤 花子"));
    EXPECT_EQ(copy.installmentMonthly, Yen(20000));
    ui::MessageBoxes::setInstance(nullptr);
}
