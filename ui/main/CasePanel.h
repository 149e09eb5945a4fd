// One case open in the main window: who it is, the results, and the way back into the interview.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace zansai {
struct Case;
}

namespace zansai::ui {

class ResultsView;

class CasePanel : public QWidget {
    Q_OBJECT
public:
    explicit CasePanel(QWidget* parent = nullptr);
    // The case assessed as of `today` (the results count down from it; the case's date is shown).
    void setCase(const Case& c, QDate today);
    ResultsView* results() const { return results_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* editDebtButton() const { return editDebt_; }
    // The debt of the results' selected row ("" when none).
    QString selectedDebtId() const;

signals:
    void editRequested();
    // One debt, not the whole interview: a debt row activated (Enter, double-click) or the button.
    void editDebtRequested(const QString& debtId);
    void backRequested();
    // "Consulted today": the case's own date becomes today (the figures already are as of today).
    void asOfTodayRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* title_;
    QPushButton* edit_;
    QPushButton* editDebt_;
    QPushButton* today_;
    QPushButton* back_;
    ResultsView* results_;
    QString name_;
};

} // namespace zansai::ui
