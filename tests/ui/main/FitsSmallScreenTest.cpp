// Fits a 1366×768 screen at 100 % and at 150 % (QT_SCALE_FACTOR=1.5 semantics): widgets are laid
// out in logical pixels, which the scale multiplies, so at 150 % the screen offers
// 1366 / 1.5 × 768 / 1.5 = 910 × 512 logical pixels. Less a title bar and a task bar (kChrome),
// the main window (welcome, results, case list) and every page of the interview as the
// consultant reaches it must need no more than that: what is taller scrolls inside the window.
#include "../WizardDriver.h"

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

// A title bar (about 30 logical px) and a task bar (40): what the window cannot use.
constexpr int kChrome = 70;

struct Fit {
    Language language;
    int scalePercent; // 100, 150
};

class FitsSmallScreen : public ::testing::TestWithParam<Fit> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(GetParam().language));
        ASSERT_TRUE(dir.isValid());
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
    }
    void TearDown() override { store.reset(); }

    // 1366×768 in logical px at this scale, less the chrome; 100 %: 1366 × 698; 150 %: 910 × 442
    // (1366 × 100 / 150 = 910.67 and 768 × 100 / 150 = 512, truncated).
    QSize screen() const
    {
        const int s = GetParam().scalePercent;
        return QSize(1366 * 100 / s, 768 * 100 / s - kChrome);
    }

    void checkFits(QWidget* window, const QString& where)
    {
        settle();
        const QSize need = window->minimumSizeHint().expandedTo(window->minimumSize());
        const QSize room = screen();
        EXPECT_LE(need.width(), room.width()) << where.toStdString() << " needs " << need.width()
                                              << " px wide, the screen has " << room.width();
        EXPECT_LE(need.height(), room.height()) << where.toStdString() << " needs " << need.height()
                                                << " px high, the screen has " << room.height();
        ++screens;
    }

    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
    int screens = 0;
};

} // namespace

TEST_P(FitsSmallScreen, MainWindowAndEveryInterviewPage)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    checkFits(&w, QStringLiteral("welcome"));

    w.newConsultationAction()->trigger();
    InterviewWizard* wizard = w.interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    fillIgnoredLettersInterview(
        wizard,
        [&](int pageId) {
            checkFits(wizard, QStringLiteral("interview page %1 (%2)")
                                  .arg(pageId)
                                  .arg(wizard->currentPage()->objectName()));
        },
        true);
    finish(wizard);
    QCoreApplication::processEvents();
    ASSERT_NE(w.resultsView(), nullptr);
    checkFits(&w, QStringLiteral("results"));

    w.openCasesAction()->trigger();
    settle();
    checkFits(&w, QStringLiteral("case list"));
    EXPECT_GE(screens, 12);
}

INSTANTIATE_TEST_SUITE_P(
    Scales, FitsSmallScreen,
    ::testing::Values(Fit{Language::Japanese, 100}, Fit{Language::Japanese, 150},
                      Fit{Language::English, 100}, Fit{Language::English, 150}),
    [](const auto& info) {
        return std::string(info.param.language == Language::Japanese ? "Japanese" : "English") +
               "_" + std::to_string(info.param.scalePercent);
    });
