// One page of the interview: loads its answers from the Case, and stores every valid answer back
// into it. The wizard stores quietly on every edit (so autosave sees it) and with messages in
// validatePage(); going back keeps what was typed, even when it is not valid yet.
#pragma once

#include "case/Case.h"

#include <QWizardPage>
#include <initializer_list>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace zansai::ui {

class FieldEdit;
class DateField;
class InterviewWizard;
class YesNoField;

class InterviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit InterviewPage(QWidget* parent = nullptr);

    // Shows the case's answers (no edit signal is emitted while loading).
    virtual void load(const Case& c) = 0;
    // Writes every valid answer into `c`; true when the whole page is valid. With `show`, the
    // message beside each bad field appears and the first bad field gets the focus.
    virtual bool store(Case& c, bool show) = 0;
    // The case changed elsewhere while this page keeps typing that is not valid yet: refresh the
    // choices that depend on other pages (the list of debts), keep the typing.
    virtual void refresh(const Case&) {}

protected:
    virtual void retranslate() = 0;

    InterviewWizard* interview() const;
    const Case& currentCase() const;
    bool isLoading() const { return loading_ > 0; }
    // While one exists, widget changes are the page showing values, not the consultant's edits.
    struct Loading {
        explicit Loading(InterviewPage* p) : page(p) { ++page->loading_; }
        ~Loading() { --page->loading_; }
        InterviewPage* page;
    };

    // Every change of these widgets is an edit: the page stores it quietly.
    // The page's content inside a frameless scroll area that fills the page: a page taller or
    // wider than a 1366×768 screen at 150% scrolls instead of pushing the wizard off screen.
    // Lay the page out on the returned widget instead of on the page.
    QWidget* scrollingBody();
    void watch(FieldEdit* field);
    void watch(QComboBox* combo);
    void watch(YesNoField* field);
    void watch(QCheckBox* box);
    void watch(QPlainTextEdit* text);
    void noteEdited();

    // Validates the fields (those hidden or disabled are skipped); with `show`, messages appear and
    // the first bad one gets the focus. True when all are valid.
    static bool checkFields(std::initializer_list<FieldEdit*> fields, bool show);
    // "Not after the consultation date" for a date field.
    void notAfterConsultation(DateField* field);
    // A label with a mnemonic whose buddy is `field`.
    static QLabel* buddyLabel(QWidget* field, QWidget* parent);

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    void changeEvent(QEvent* event) override;

private:
    friend class InterviewWizard;
    int loading_ = 0;
    bool unsaved_ = false; // typing that is not valid yet, kept across Back and Next
};

} // namespace zansai::ui
