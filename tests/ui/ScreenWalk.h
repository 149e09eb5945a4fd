// The walk through every screen of a consultation, shared by the tests that check each screen
// (ScreensTest: mnemonics and script; FitsSmallScreenTest: size): a fresh store, the main
// window's welcome, each page of the interview as the consultant reaches it (with a guarantor:
// fillIgnoredLettersInterview), the results, then the case list. The test's `visit` is called on
// each screen with the window shown and a name for failure messages.
#pragma once

#include "WizardDriver.h"

#include "i18n/Language.h"
#include "main/CaseListView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace uitest {

enum class WalkScreen { Welcome, InterviewPage, Results, CaseList };

// One screen reached: its window, which screen it is, and a name for messages.
using ScreenVisit = std::function<void(QWidget* window, WalkScreen screen, const QString& where)>;

// The store and the day of the walk, in a temporary directory.
class ScreenWalk {
public:
    // Installs the language and opens a store; false (with a failure added) if either fails.
    bool open(zansai::Language language)
    {
        if (!translations_.install(language) || !dir_.isValid()) {
            ADD_FAILURE() << "no translations or no temporary directory";
            return false;
        }
        auto opened =
            zansai::CaseStore::open(dir_.filePath(QStringLiteral("cases.sqlite")), clock_);
        if (!opened.ok()) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return false;
        }
        store_ = std::move(opened).value();
        return true;
    }

    // Walks every screen; returns how many were visited.
    int walk(const ScreenVisit& visit)
    {
        int screens = 0;
        auto at = [&](QWidget* window, WalkScreen screen, const QString& where) {
            settle();
            visit(window, screen, where);
            ++screens;
        };
        zansai::ui::MainWindow w;
        w.setClock(clock_);
        w.setStore(store_.get());
        activate(&w);
        at(&w, WalkScreen::Welcome, QStringLiteral("welcome"));

        w.newConsultationAction()->trigger();
        InterviewWizard* wizard = w.interviewWizard();
        if (!wizard) {
            ADD_FAILURE() << "no interview";
            return screens;
        }
        activate(wizard);
        fillIgnoredLettersInterview(
            wizard,
            [&](int pageId) {
                at(wizard, WalkScreen::InterviewPage,
                   QStringLiteral("interview page %1 (%2)")
                       .arg(pageId)
                       .arg(wizard->currentPage()->objectName()));
            },
            true);
        finish(wizard);
        QCoreApplication::processEvents();
        if (!w.resultsView()) {
            ADD_FAILURE() << "no results";
            return screens;
        }
        at(&w, WalkScreen::Results, QStringLiteral("results"));

        w.openCasesAction()->trigger();
        settle();
        at(&w, WalkScreen::CaseList, QStringLiteral("case list"));
        return screens;
    }

    ~ScreenWalk() { store_.reset(); }

private:
    zansai::TranslationSet translations_;
    QTemporaryDir dir_;
    zansai::FixedClock clock_{QDate(2026, 11, 22)};
    std::unique_ptr<zansai::CaseStore> store_;
};

} // namespace uitest
