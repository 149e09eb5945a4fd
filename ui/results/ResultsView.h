// The results: where the client stands and every way out, recomputed from the case (no figure is
// stored). On the left, always in sight (1366×768 at 150 % too): a banner with the stage and the
// deadlines (days left; red at 7 days or fewer), what to do first, the options compared with the
// recommended (or chosen) one marked and an installment slider that recomputes the table and the
// charts as it moves. On the right, in tabs: each debt's principal, late interest and limitation
// with what a seizure would take; the selected option in full; the charts.
#pragma once

#include "advice/Assessment.h"
#include "advice/Consultation.h"
#include "case/Case.h"

#include <QWidget>
#include <optional>

class QLabel;
class QSlider;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QPushButton;
class QVBoxLayout;

namespace zansai::ui {

class ChartsPanel;

// The slider's position is kept in the case (Case::installmentMonthly, "installment_monthly"), so
// a reopened case shows the results exactly as they were left.
std::optional<Yen> savedInstallment(const Case& c);
void saveInstallment(Case& c, std::optional<Yen> monthly);

class ResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ResultsView(QWidget* parent = nullptr);

    // Assesses the case (Consultation::assess, the one entry point of every door) as of `asOf`,
    // with the installment it was left at (Case::installmentMonthly). The app passes today, so a
    // reopened case counts down from today; the case's own date is shown beside it. An invalid
    // `asOf` means the case's own date (tests and benchmarks of one fixed day).
    void setCase(const Case& c, QDate asOf = QDate());
    const Case& currentCase() const { return case_; }
    const Consultation& consultation() const { return consultation_; }
    const Assessment& assessment() const { return consultation_.assessment; }
    // Moves the slider (as the consultant would): recomputes and emits installmentChanged.
    void setInstallmentMonthly(Yen monthly);
    std::optional<Yen> installmentMonthly() const { return installment_; }
    // Marks the option chosen (Case::chosenOption, "chosen_option"; none: clear the mark): it
    // moves to rank 1 with "Chosen by the consultant.", and chosenOptionChanged tells the owner.
    void setChosenOption(std::optional<OptionKind> kind);
    QPushButton* chooseButton() const { return choose_; }

    QSlider* installmentSlider() const { return slider_; }
    QLabel* stageLabel() const { return stage_; }
    QList<QLabel*> deadlineLabels() const { return deadlineLabels_; }
    QTableWidget* debtsTable() const { return debts_; }
    QTableWidget* optionsTable() const { return options_; }
    ChartsPanel* charts() const { return charts_; }
    QLabel* nextStepsLabel() const { return nextSteps_; }
    // The debts (with the garnishment and the court), the selected option in full, the charts.
    QTabWidget* tabs() const { return tabs_; }
    enum Tab { DebtsTab = 0, DetailsTab = 1, ChartsTab = 2 };

signals:
    void installmentChanged(zansai::Yen monthly);
    void chosenOptionChanged(std::optional<zansai::OptionKind> kind);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void recompute(bool everything = true);
    void showAssessment(bool everything = true);
    void fillBanner();
    void fillDebts();
    void fillOptions();
    void fillNotes();
    void fillNextSteps();
    void fitOptionRows();
    void fitOptionColumns();
    void applyCompact();
    void updateSliderLabel();
    void updateChooseButton();
    void retranslate();

    Case case_;
    QDate asOf_;
    Consultation consultation_;
    std::optional<Yen> installment_;
    std::optional<OptionKind> selectedOption_; // the option whose details are shown
    bool settingSlider_ = false;

    QPushButton* choose_ = nullptr; // marks the selected option chosen, or clears the mark
    QWidget* banner_;
    QLabel* stage_;
    QLabel* stageText_;
    QLabel* asOfLabel_;
    QLabel* garnishment_;
    QLabel* courtNote_; // the client's court and whether the practice figures are its own
    QLabel* incomplete_;
    QVBoxLayout* deadlinesBox_;
    QList<QLabel*> deadlineLabels_;
    QTableWidget* debts_;
    QLabel* optionsHeading_;
    QTableWidget* options_;
    QLabel* sliderLabel_;
    QSlider* slider_;
    QLabel* sliderValue_;
    QTextBrowser* notes_;
    QLabel* nextSteps_; // what to do first, always in sight
    QTabWidget* tabs_;  // the debts, the selected option in full, the charts
    QTimer* notesTimer_;
    QString notesHtml_;
    ChartsPanel* charts_;
    QSplitter* split_;
    bool userSized_ = false;
    int optionNameWidth_ = 0; // the option column as wide as its contents
    bool compact_ = false;    // a short screen: the banner without its explanations
};

} // namespace zansai::ui
