// The interview (QWizard): a thin shell over one Case. Each page loads its answers from the case in
// initializePage() and stores them back in validatePage() (and quietly on every edit, for
// autosave); pages never pass values to each other except through the case. Pages appear only
// when they apply: the court pages only if court papers came, the guarantors page only if a debt
// has a guarantor. Finishing hands over the finished case (caseData()).
#pragma once

#include "case/Case.h"

#include <QWizard>
#include <functional>

class QLabel;

namespace zansai::ui {

class InterviewPage;

class InterviewWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        ClientPageId,
        SalePageId,
        ContactPageId,
        CourtPapersPageId,
        CourtOutcomePageId,
        DebtsPageId,
        BudgetPageId,
        AssetsPageId,
        GuarantorsPageId,
        BackgroundPageId,
    };

    explicit InterviewWizard(const Case& initial, QWidget* parent = nullptr);

    const Case& caseData() const { return case_; }
    // The case as the interview found it: Cancel goes back to it.
    const Case& initialCase() const { return initial_; }
    // Cancel (or Escape, or closing the window): the case goes back to how the interview found it
    // (caseChanged, so autosave saves the revert too). Nothing is lost: what was discarded stays in
    // discardedCase() (the window offers it as an undo) and in the store's history.
    void reject() override;
    const Case& discardedCase() const { return discarded_; }
    // Stores `page`'s answers into the case; emits caseChanged when that changed it.
    bool commitPage(InterviewPage* page, bool show);
    // An edit that is not one page's answers (adding or removing a debt): applied to the case at
    // once, with caseChanged.
    void applyEdit(const std::function<void(Case&)>& edit);
    // A line under the buttons: "Saved" or why not (set by whoever saves).
    void setSaveStatus(const QString& text);
    QLabel* saveStatusLabel() const { return status_; }

signals:
    void caseChanged(const zansai::Case& c);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Case initial_;
    Case case_;
    Case discarded_;
    bool rejecting_ = false;
    QLabel* status_;
};

} // namespace zansai::ui
