// One debt edited on its own, from the results: the same DebtEditor as the interview's debts page,
// in a dialog. OK stores the answers (refused with the messages beside the fields while one is
// wrong); Cancel leaves the case as it was.
#pragma once

#include "case/Case.h"

#include <QDialog>

class QDialogButtonBox;

namespace zansai::ui {

class DebtEditor;

class DebtEditorDialog : public QDialog {
    Q_OBJECT
public:
    DebtEditorDialog(const Case& c, const QString& debtId, QWidget* parent = nullptr);
    // The case with the debt as edited (valid once accepted).
    const Case& caseData() const { return case_; }
    DebtEditor* editor() const { return editor_; }
    QDialogButtonBox* buttons() const { return buttons_; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Case case_;
    DebtEditor* editor_;
    QDialogButtonBox* buttons_;
};

} // namespace zansai::ui
