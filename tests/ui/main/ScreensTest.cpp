// Every screen of a consultation, in both languages: the main window with its case list, each page
// of the interview as the consultant reaches it, and the results. On each screen no two visible
// buttons, tabs, menus or labels with a buddy share a mnemonic (Alt+letter reaches one thing), and
// no text is in the other language's script.
#include "../ScreenWalk.h"
#include "ScreenScan.h"

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
    void SetUp() override { ASSERT_TRUE(walk.open(GetParam())); }

    // Checks one screen; `where` names it in the failure.
    void checkScreen(QWidget* window, const QString& where)
    {
        const QStringList clash = collisions(window);
        EXPECT_TRUE(clash.isEmpty()) << where.toStdString() << ":\n"
                                     << clash.join(QLatin1Char('\n')).toStdString();
        const QStringList foreign =
            otherScript(visibleTexts(window), GetParam() == Language::Japanese, kUserData);
        EXPECT_TRUE(foreign.isEmpty()) << where.toStdString() << ", in the other script:\n"
                                       << foreign.join(QLatin1Char('\n')).toStdString();
    }

    ScreenWalk walk;
};

} // namespace

TEST_P(Screens, NoSharedMnemonicAndOneScriptOnEveryScreen)
{
    const int screens = walk.walk([&](QWidget* window, WalkScreen screen, const QString& where) {
        if (screen == WalkScreen::CaseList) {
            ASSERT_TRUE(qobject_cast<ui::MainWindow*>(window)->caseList()->isVisible());
        }
        checkScreen(window, where);
    });
    // welcome + 10 interview pages (with a guarantor) + results + list.
    EXPECT_GE(screens, 12);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Screens,
                         ::testing::Values(Language::Japanese, Language::English),
                         [](const auto& info) {
                             return info.param == Language::Japanese ? std::string("Japanese")
                                                                     : std::string("English");
                         });
