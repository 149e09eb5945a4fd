// The debt editor on a page that scrolls (the wizard at 150 % on a 1366×768 screen): choosing a tab
// while the page is scrolled down brings the tab bar back into view, instead of opening the tab at
// the foot of its content.
#include "editors/DebtEditor.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace zansai::ui;

TEST(DebtEditorScroll, ChoosingATabShowsTheTabBar)
{
    QScrollArea area;
    auto* editor = new DebtEditor;
    area.setWidget(editor);
    area.setWidgetResizable(true);
    area.resize(900, 260); // far shorter than the editor's terms
    area.show();
    QCoreApplication::processEvents();
    auto* tabs = editor->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    QScrollBar* bar = area.verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the page does not scroll: the test would prove nothing";
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    const auto tabBarVisible = [&] {
        const QPoint top = tabs->tabBar()->mapTo(area.viewport(), QPoint(0, 0));
        return top.y() >= 0 && top.y() + tabs->tabBar()->height() <= area.viewport()->height();
    };
    ASSERT_FALSE(tabBarVisible()); // scrolled down: the tab bar is above the view
    tabs->setCurrentIndex(1);      // the timeline
    QCoreApplication::processEvents();
    EXPECT_TRUE(tabBarVisible());
}
