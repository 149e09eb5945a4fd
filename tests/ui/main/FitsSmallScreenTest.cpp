// Fits a 1366×768 screen at 100 % and at 150 % (QT_SCALE_FACTOR=1.5 semantics): widgets are laid
// out in logical pixels, which the scale multiplies, so at 150 % the screen offers
// 1366 / 1.5 × 768 / 1.5 = 910 × 512 logical pixels. Less a title bar and a task bar (kChrome),
// the main window (welcome, results, case list) and every page of the interview as the
// consultant reaches it must need no more than that: what is taller scrolls inside the window.
// The results, in a window of that size, show the stage, what to do first, the ways out with the
// selected row, the choice and the slider without any scrolling (issue 15).
#include "../ScreenWalk.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTableWidget>

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
    void SetUp() override { ASSERT_TRUE(walk.open(GetParam().language)); }

    // 1366×768 in logical px at this scale, less the chrome; 100 %: 1366 × 698; 150 %: 910 × 442
    // (1366 × 100 / 150 = 910.67 and 768 × 100 / 150 = 512, truncated).
    QSize screen() const
    {
        const int s = GetParam().scalePercent;
        return QSize(1366 * 100 / s, 768 * 100 / s - kChrome);
    }

    void checkFits(QWidget* window, const QString& where)
    {
        const QSize need = window->minimumSizeHint().expandedTo(window->minimumSize());
        const QSize room = screen();
        EXPECT_LE(need.width(), room.width()) << where.toStdString() << " needs " << need.width()
                                              << " px wide, the screen has " << room.width();
        EXPECT_LE(need.height(), room.height()) << where.toStdString() << " needs " << need.height()
                                                << " px high, the screen has " << room.height();
    }

    // The results in a window as large as the screen allows: the stage, what to do first, the
    // ways out with the selected (recommended or chosen) row, the choice button and the slider are
    // all inside the visible part, with nothing to scroll.
    void checkResultsInSight(QWidget* window)
    {
        auto* w = qobject_cast<ui::MainWindow*>(window);
        ASSERT_NE(w, nullptr);
        w->resize(screen());
        settle();
        auto* scroll = w->findChild<QScrollArea*>(QStringLiteral("resultsScroll"));
        ASSERT_NE(scroll, nullptr);
        EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0) << "the results scroll";
        QWidget* viewport = scroll->viewport();
        ASSERT_GT(viewport->height(), 0);
        ui::ResultsView* r = w->resultsView();
        ASSERT_NE(r, nullptr);
        const QList<QWidget*> mustSee{r->stageLabel(), r->nextStepsLabel(), r->optionsTable(),
                                      r->chooseButton(), r->installmentSlider()};
        for (QWidget* m : mustSee) {
            EXPECT_TRUE(m->isVisible()) << m->objectName().toStdString();
            const QRect at(m->mapTo(viewport, QPoint(0, 0)), m->size());
            EXPECT_TRUE(viewport->rect().contains(at))
                << m->objectName().toStdString() << " at " << at.x() << "," << at.y() << " "
                << at.width() << "×" << at.height() << " outside the visible " << viewport->width()
                << "×" << viewport->height();
        }
        // The selected option's row is in sight inside its table.
        QTableWidget* options = r->optionsTable();
        ASSERT_GE(options->currentRow(), 0);
        const QRect row = options->visualItemRect(options->item(options->currentRow(), 1));
        EXPECT_TRUE(options->viewport()->rect().contains(row.topLeft()))
            << "the selected option's row is scrolled away";
        // …and its start is readable: no row is taller than the table's visible part.
        EXPECT_LE(row.height(), options->viewport()->height())
            << "a row of " << row.height() << " px in " << options->viewport()->height();
        EXPECT_GT(options->viewport()->height(), options->horizontalHeader()->height())
            << "no room for a row";
        // The totals are not scrolled off to the right (the option's name wraps instead).
        const int totalRight = options->columnViewportPosition(5) + options->columnWidth(5);
        EXPECT_LE(totalRight, options->viewport()->width()) << "the Total column is cut off";
    }

    static constexpr int kFrame = 40;
    // An interview page in a window as large as the screen allows scrolls down at most, never
    // sideways (the debts page stacks its list above the editor when narrow).
    void checkNoSidewaysScroll(QWidget* window, const QString& where)
    {
        const QSize before = window->size();
        // Less a window frame: under X at 150 % the wizard measured 872 logical px of 910.
        window->resize(screen() - QSize(kFrame, 0));
        settle();
        for (QScrollArea* scroll : window->findChildren<QScrollArea*>()) {
            if (scroll->isVisible() && scroll->objectName().endsWith(QStringLiteral("Scroll"))) {
                EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0)
                    << where.toStdString() << ": " << scroll->objectName().toStdString()
                    << " scrolls sideways by " << scroll->horizontalScrollBar()->maximum() << " px";
            }
        }
        window->resize(before);
        settle();
    }

    ScreenWalk walk;
};

} // namespace

TEST_P(FitsSmallScreen, MainWindowAndEveryInterviewPage)
{
    const int screens = walk.walk([&](QWidget* window, WalkScreen screen, const QString& where) {
        checkFits(window, where);
        if (screen == WalkScreen::Results)
            checkResultsInSight(window);
        if (screen == WalkScreen::InterviewPage)
            checkNoSidewaysScroll(window, where);
    });
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
