// Drives the interview the way a consultant does: typing into fields, leaving them with Tab,
// clicking answers and the wizard's buttons. Shared by the widget tests and the screenshot tour.
#pragma once

#include "common/Fields.h"
#include "wizard/DebtChooser.h"
#include "wizard/InterviewWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

namespace uitest {

using zansai::ui::FieldEdit;
using zansai::ui::InterviewWizard;
using zansai::ui::YesNoField;

template <typename T> T* child(QObject* root, const char* name)
{
    T* w = root ? root->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!w)
        ADD_FAILURE() << "no widget named " << name;
    return w;
}

// Lets pending layouts and shows happen, as they would before a person's next click.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

inline void click(QAbstractButton* b)
{
    ASSERT_NE(b, nullptr);
    settle();
    ASSERT_TRUE(b->isVisible() && b->isEnabled()) << b->objectName().toStdString();
    QTest::mouseClick(b, Qt::LeftButton);
}

inline void activate(QWidget* w)
{
    w->show();
    w->raise();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowActive(w, 2000))
        ADD_FAILURE() << "window did not become active";
    settle();
}

// Types text into the focused widget: ASCII as key presses, Japanese as an input method commits
// it (QTest has no key codes for kana and kanji).
inline void typeText(QWidget* target, const QString& text)
{
    QString run;
    auto commit = [&] {
        if (run.isEmpty())
            return;
        QInputMethodEvent e;
        e.setCommitString(run);
        QApplication::sendEvent(target, &e);
        run.clear();
    };
    for (QChar ch : text) {
        if (ch.unicode() < 0x80) {
            commit();
            QTest::keyClicks(target, QString(ch));
        } else {
            run += ch;
        }
    }
    commit();
}

// Types into a field as a person would: select what is there, type, leave with Tab.
inline void type(FieldEdit* f, const QString& text)
{
    ASSERT_NE(f, nullptr);
    QLineEdit* e = f->lineEdit();
    e->setFocus(Qt::TabFocusReason);
    e->selectAll();
    if (text.isEmpty())
        QTest::keyClick(e, Qt::Key_Delete);
    else
        typeText(e, text);
    QTest::keyClick(e, Qt::Key_Tab);
}

template <typename T = FieldEdit> void type(QObject* page, const char* name, const QString& text)
{
    type(child<T>(page, name), text);
}

inline void answer(QObject* page, const char* name, bool yes)
{
    auto* f = child<YesNoField>(page, name);
    ASSERT_NE(f, nullptr);
    click(yes ? f->yesButton() : f->noButton());
}

inline void check(QObject* page, const char* name, bool on)
{
    auto* box = child<QCheckBox>(page, name);
    ASSERT_NE(box, nullptr);
    if (box->isChecked() != on)
        click(box);
}

template <typename E> void choose(QObject* page, const char* name, E value)
{
    auto* combo = child<QComboBox>(page, name);
    ASSERT_NE(combo, nullptr);
    const int i = combo->findData(int(value));
    ASSERT_GE(i, 0);
    combo->setFocus(Qt::TabFocusReason);
    combo->setCurrentIndex(i);
}

inline void next(InterviewWizard* w)
{
    click(w->button(QWizard::NextButton));
}

inline void back(InterviewWizard* w)
{
    click(w->button(QWizard::BackButton));
}

inline void finish(InterviewWizard* w)
{
    click(w->button(QWizard::FinishButton));
}

// The interview of a client who ignored the letters and then received a 支払督促 (served
// 2026-11-16), with a card debt besides the residual housing loan. `atPage` is called on each page
// once it is filled in, before going on (the screenshot tour takes its pictures there).
// With `guarantor`, the card debt has a joint guarantor (so the guarantors page appears too).
inline void fillIgnoredLettersInterview(InterviewWizard* w,
                                        const std::function<void(int)>& atPage = {},
                                        bool guarantor = false)
{
    using namespace zansai;
    auto page = [&] { return w->currentPage(); };
    auto done = [&] {
        if (atPage)
            atPage(w->currentId());
    };

    ASSERT_EQ(w->currentId(), InterviewWizard::ClientPageId);
    type(page(), "clientName", QStringLiteral("井上 直樹"));
    type(page(), "clientKana", QStringLiteral("イノウエ ナオキ"));
    type(page(), "birthDate", QStringLiteral("1979-12-02"));
    choose(page(), "occupation", Occupation::CompanyEmployee);
    type(page(), "dependents", QStringLiteral("1"));
    type(page(), "netIncome", QStringLiteral("310000"));
    choose(page(), "payCycle", PayCycle::Monthly);
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::SalePageId);
    answer(page(), "homeSold", true);
    choose(page(), "saleKind", SaleKind::Voluntary);
    type(page(), "saleDate", QStringLiteral("2023-05-26"));
    type(page(), "salePrice", QStringLiteral("24,500,000"));
    type(page(), "residualCreditor", QStringLiteral("東都債権回収株式会社"));
    type(page(), "residualAmount", QStringLiteral("4350000"));
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::ContactPageId);
    answer(page(), "ignoredLetters", true);
    type(page(), "letterDate", QStringLiteral("2026-06-08"));
    answer(page(), "courtPapers", true);
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::CourtPapersPageId);
    click(child<QRadioButton>(page(), "paymentOrder"));
    type(page(), "servedOn", QStringLiteral("2026-11-16"));
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::CourtOutcomePageId);
    answer(page(), "judgment", false);
    answer(page(), "seizure", false);
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::DebtsPageId);
    // The residual debt from the sale page is there; its loan details are still missing.
    type(page(), "contractDate", QStringLiteral("2010-03-19"));
    type(page(), "acceleratedOn", QStringLiteral("2022-09-01"));
    type(page(), "lateRate", QStringLiteral("14.0"));
    choose(page(), "lenderKind", LenderKind::Bank);
    click(child<QAbstractButton>(page(), "addDebt"));
    type(page(), "debtCreditor", QStringLiteral("株式会社ミライカード"));
    choose(page(), "debtKind", DebtKind::Card);
    choose(page(), "lenderKind", LenderKind::CardCompany);
    type(page(), "contractDate", QStringLiteral("2015-06-01"));
    type(page(), "acceleratedOn", QStringLiteral("2023-02-01"));
    type(page(), "principal", QStringLiteral("480000"));
    type(page(), "lateRate", QStringLiteral("20"));
    if (guarantor)
        choose(page(), "guarantor", GuarantorKind::Individual);
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::BudgetPageId);
    type(page(), "budget_salary", QStringLiteral("310000"));
    type(page(), "budget_rent", QStringLiteral("85000"));
    type(page(), "budget_food", QStringLiteral("60000"));
    type(page(), "budget_utilities", QStringLiteral("18000"));
    done();
    next(w);

    ASSERT_EQ(w->currentId(), InterviewWizard::AssetsPageId);
    type(page(), "assetCash", QStringLiteral("50000"));
    type(page(), "assetDeposits", QStringLiteral("380000"));
    type(page(), "assetInsurance", QStringLiteral("120000"));
    type(page(), "assetRetirement", QStringLiteral("2400000"));
    done();
    next(w);

    if (guarantor) {
        ASSERT_EQ(w->currentId(), InterviewWizard::GuarantorsPageId);
        type(page(), "guarantorName_d2", QStringLiteral("井上 和子"));
        type(page(), "guarantorRelation_d2", QStringLiteral("母"));
        done();
        next(w);
    }

    ASSERT_EQ(w->currentId(), InterviewWizard::BackgroundPageId);
    answer(page(), "priorBankruptcy", false);
    type(page(), "consultant", QStringLiteral("相談員 佐々木"));
    done();
}

} // namespace uitest
