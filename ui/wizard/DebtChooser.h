// "Which debt?": the debts of the case by creditor, or another creditor typed in (which becomes a
// new debt, completed on the debts page).
#pragma once

#include "case/Case.h"

#include <QWidget>

class QComboBox;

namespace zansai::ui {

class TextField;

class DebtChooser : public QWidget {
    Q_OBJECT
public:
    explicit DebtChooser(QWidget* parent = nullptr);

    // Lists the case's debts; selects `selectedId` (or the first debt; "another" when none).
    void setDebts(const Case& c, const QString& selectedId);
    // The same list again after the case changed, keeping the current choice.
    void refreshDebts(const Case& c);
    void chooseAnother(const QString& creditor);
    QString selectedId() const; // "" when another creditor is chosen
    bool isValid(bool show);    // another creditor needs a name
    // The chosen debt's id; for another creditor, the debt with that creditor's name or a new one
    // added to `c`. "" when not valid.
    QString resolve(Case& c) const;
    QComboBox* combo() const { return combo_; }
    TextField* newCreditor() const { return other_; }
    void setFieldName(const QString& name);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateOther();
    QComboBox* combo_;
    TextField* other_;
};

} // namespace zansai::ui
