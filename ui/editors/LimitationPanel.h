// How the limitation date of one debt was found, step by step: each event that started, renewed
// or held up the period, its date, its article and what it did (the assessment's limitation steps,
// narrated in the UI language), then the date it completes on and its warnings. A panel that is
// read, not a tooltip: it sits in the debt editor and in the results' debt dialog.
#pragma once

#include "advice/Assessment.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace zansai::ui {

class LimitationPanel : public QWidget {
    Q_OBJECT
public:
    explicit LimitationPanel(QWidget* parent = nullptr);

    // Assesses `c` as of `asOf` (the case's own date when invalid) and shows debt `debtId`.
    void showDebt(const Case& c, const QString& debtId, QDate asOf = QDate());
    // Shows an assessed debt as it is.
    void showLimitation(const DebtAssessment& d);
    void clear();

    QTableWidget* stepsTable() const { return steps_; }
    QLabel* summaryLabel() const { return summary_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    std::optional<DebtAssessment> debt_;
    bool unknown_ = false; // the dates it needs are not entered yet
    QLabel* summary_;
    QTableWidget* steps_;
    QLabel* warnings_;
};

} // namespace zansai::ui
