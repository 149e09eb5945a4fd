// Deadlines (File ▸ Deadlines…): every stored case's court deadlines and limitation completion
// dates in the next N days, soonest first (the rows of `zansai-cli deadlines`). Enter or a
// double-click on a row opens that case. Keyboard: the days field, then the table, then Close.
#pragma once

#include "calendar/StoreDates.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

class DeadlinesModel;

class DeadlinesView : public QDialog {
    Q_OBJECT
public:
    explicit DeadlinesView(QWidget* parent = nullptr);

    // Reads every case of `store` as of `today`, then shows the next days() days (changing the
    // days filters again without reading). A store error (e.g. locked) is shown as the note.
    void load(const CaseStore* store, QDate today);
    void setDays(int days);
    int days() const;

    DeadlinesModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QLabel* note() const { return note_; }

signals:
    void openRequested(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    QList<calendar::StoredCaseDates> all_; // read by load()
    QDate today_;
    DeadlinesModel* model_;
    QTableView* table_;
    QSpinBox* days_;
    QLabel* daysLabel_;
    QLabel* note_;
    QPushButton* close_;
    QString error_;
};

} // namespace zansai::ui
