// Every screen of a consultation, in both languages: the main window with its case list, each page
// of the interview as the consultant reaches it, and the results. On each screen no two visible
// buttons, tabs, menus or labels with a buddy share a mnemonic (Alt+letter reaches one thing), and
// no text is in the other language's script.
#include "../WizardDriver.h"
#include "ScreenScan.h"

#include "i18n/Language.h"
#include "main/CaseListView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

// What the consultant typed in fillIgnoredLettersInterview: the client's and creditors' names.
const QStringList kUserData{QStringLiteral("井上 直樹"),
                            QStringLiteral("イノウエ ナオキ"),
                            QStringLiteral("東都債権回収株式会社"),
                            QStringLiteral("株式会社ミライカード"),
                            QStringLiteral("井上 和子"),
                            QStringLiteral("母"),
                            QStringLiteral("相談員 佐々木")};

class Screens : public ::testing::TestWithParam<Language> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(GetParam()));
        ASSERT_TRUE(dir.isValid());
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
    }
    void TearDown() override { store.reset(); }

    // Checks one screen; `where` names it in the failure.
    void checkScreen(QWidget* window, const QString& where)
    {
        settle();
        const QStringList clash = collisions(window);
        EXPECT_TRUE(clash.isEmpty()) << where.toStdString() << ":\n"
                                     << clash.join(QLatin1Char('\n')).toStdString();
        const QStringList foreign =
            otherScript(visibleTexts(window), GetParam() == Language::Japanese, kUserData);
        EXPECT_TRUE(foreign.isEmpty()) << where.toStdString() << ", in the other script:\n"
                                       << foreign.join(QLatin1Char('\n')).toStdString();
        ++screens;
    }

    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
    int screens = 0;
};

} // namespace

TEST_P(Screens, NoSharedMnemonicAndOneScriptOnEveryScreen)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    checkScreen(&w, QStringLiteral("welcome"));

    w.newConsultationAction()->trigger();
    InterviewWizard* wizard = w.interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    fillIgnoredLettersInterview(
        wizard,
        [&](int pageId) {
            checkScreen(wizard, QStringLiteral("interview page %1 (%2)")
                                    .arg(pageId)
                                    .arg(wizard->currentPage()->objectName()));
        },
        true);
    finish(wizard);
    QCoreApplication::processEvents();
    ASSERT_NE(w.resultsView(), nullptr);
    checkScreen(&w, QStringLiteral("results"));

    w.openCasesAction()->trigger();
    settle();
    ASSERT_TRUE(w.caseList()->isVisible());
    checkScreen(&w, QStringLiteral("case list"));
    // welcome + 10 interview pages (with a guarantor) + results + list.
    EXPECT_GE(screens, 12);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Screens,
                         ::testing::Values(Language::Japanese, Language::English),
                         [](const auto& info) {
                             return info.param == Language::Japanese ? std::string("Japanese")
                                                                     : std::string("English");
                         });
