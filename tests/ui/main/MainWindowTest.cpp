// The main window, created on the offscreen platform, speaks Japanese with Qt's own catalogue too.
#include "main/MainWindow.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

QStringList menuTitles(const QMainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

struct RecordingBoxes : ui::MessageBoxes {
    QString aboutTitle, aboutText;
    void about(QWidget*, const QString& title, const QString& text) override
    {
        aboutTitle = title;
        aboutText = text;
    }
};

} // namespace

TEST(MainWindow, JapaneseTitleAndMenus)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    ui::MainWindow w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_EQ(w.windowTitle(), QStringLiteral("残債ナビ — 任意売却後の残債相談"));
    EXPECT_EQ(menuTitles(w),
              (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                           QStringLiteral("設定(&S)"), QStringLiteral("ヘルプ(&H)")}));
    EXPECT_EQ(w.newConsultationAction()->text(), QStringLiteral("新しい相談(&N)…"));
    EXPECT_EQ(w.openCasesAction()->text(), QStringLiteral("保存したケースを開く(&O)…"));
    auto* language = w.findChild<QMenu*>(QStringLiteral("menuLanguage"));
    ASSERT_NE(language, nullptr);
    EXPECT_EQ(language->title(), QStringLiteral("言語(&L)"));
}

TEST(MainWindow, QtStandardButtonsAreJapaneseToo)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
}

TEST(MainWindow, SwitchesLanguageAtRunTime)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    ui::MainWindow w;
    QObject::connect(&w, &ui::MainWindow::languageRequested, &w,
                     [&](Language l) { translations.install(l); });
    w.findChild<QAction*>(QStringLiteral("actionEnglish"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(w.windowTitle(), QStringLiteral("Zansai Navigator — residual debt consultation"));
    EXPECT_EQ(menuTitles(w).value(0), QStringLiteral("&File"));
    w.findChild<QAction*>(QStringLiteral("actionJapanese"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(menuTitles(w).value(0), QStringLiteral("ファイル(&F)"));
}

TEST(MainWindow, AboutNamesTheLicense)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    RecordingBoxes boxes;
    ui::MessageBoxes::setInstance(&boxes);
    ui::MainWindow w;
    w.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    ui::MessageBoxes::setInstance(nullptr);
    EXPECT_EQ(boxes.aboutTitle, QStringLiteral("残債ナビについて"));
    EXPECT_TRUE(boxes.aboutText.contains(QStringLiteral("GPL-3.0-or-later")));
}

TEST(MainWindow, DocumentMenusNameEachPaperAndWaitForACase)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    ui::MainWindow w;
    auto* exportMenu = w.findChild<QMenu*>(QStringLiteral("menuExportPdf"));
    auto* previewMenu = w.findChild<QMenu*>(QStringLiteral("menuPrintPreview"));
    ASSERT_NE(exportMenu, nullptr);
    ASSERT_NE(previewMenu, nullptr);
    EXPECT_EQ(exportMenu->title(), QStringLiteral("PDF に出力(&X)"));
    QStringList titles;
    for (QAction* a : exportMenu->actions())
        titles << a->text();
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("ご相談内容のまとめ…"), QStringLiteral("家計収支表…"),
                           QStringLiteral("相談票…"), QStringLiteral("時効援用通知書（下書き）…"),
                           QStringLiteral("分割弁済の申出書（下書き）…"),
                           QStringLiteral("債権者一覧表…")}));
    // Nothing to print until a case is open.
    EXPECT_FALSE(exportMenu->menuAction()->isEnabled());
    EXPECT_FALSE(previewMenu->menuAction()->isEnabled());
}
