// One debt, whole: its terms (creditor, kind, lender, dates, principal, rate, guarantor, the
// original creditor before an assignment) on one tab, its timeline (DebtEventsEditor) on the next,
// and how those events moved the limitation date (LimitationPanel) on the third. The interview's
// debts page wraps it, and so does the dialog that edits one debt from the results
// (DebtEditorDialog): it loads a debt from a case and stores every valid answer back, as the
// interview's pages do.
#pragma once

#include "case/Case.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QTabWidget;

namespace zansai::ui {

class DateField;
class DebtEventsEditor;
class LimitationPanel;
class RateField;
class TextField;
class YenField;

class DebtEditor : public QWidget {
    Q_OBJECT
public:
    enum Tab { TermsTab, TimelineTab, LimitationTab };

    explicit DebtEditor(QWidget* parent = nullptr);

    // Shows debt `id` of `c` (blank and disabled when there is none).
    void load(const Case& c, const QString& id);
    QString debtId() const { return id_; }
    // Writes every valid answer into the debt `id` of `c` (a draft's missing answers are marked
    // missing); true when all are valid. With `show`, each problem is said beside its field.
    bool store(Case& c, bool show);
    // Other pages may have changed this debt's events: the timeline shows the case's again.
    void reloadEvents(const Case& c);
    // The case changed (this editor's answers stored in it): the limitation panel follows.
    void caseChanged(const Case& c);
    // Shows the tab (the results open the debt on its timeline or its limitation steps).
    void showTab(Tab tab);

    DebtEventsEditor* events() const { return events_; }
    LimitationPanel* limitation() const { return limitation_; }
    QTabWidget* tabs() const { return tabs_; }
    TextField* creditorField() const { return creditor_; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLimitation();
    bool storeDebt(Debt& d, bool show);
    // サービサー (債権回収会社): a choice of the lender combo that is no lender kind of its own.
    // The claim keeps its origin's lender kind (docs/case-format.md): chosen, the editor asks
    // that kind, the original creditor and the day of the sale (a claim_assigned event).
    bool servicerChosen() const;
    LenderKind lenderKind() const; // the origin's when a servicer holds the claim
    void lenderChanged();
    void showServicerRows();
    void syncAssignedDate();
    void addAssignment(Debt& d);
    QTabWidget* tabs_;
    TextField* creditor_;
    QComboBox* kind_;
    QComboBox* lender_;
    TextField* original_;
    QComboBox* origin_;   // the origin's lender kind (servicer chosen)
    DateField* assigned_; // the day the claim was sold (servicer chosen)
    QLabel *originLabel_, *assignedLabel_;
    QFormLayout* form_;
    LenderKind lastLender_ = LenderKind::Bank;
    bool hadAssignment_ = false; // the timeline had a claim_assigned event at the last look
    DateField* contract_;
    DateField* accelerated_;
    YenField* principal_;
    RateField* rate_;
    QComboBox* basis_;
    QComboBox* guarantor_;
    QLabel *creditorLabel_, *kindLabel_, *lenderLabel_, *originalLabel_, *contractLabel_,
        *acceleratedLabel_, *principalLabel_, *rateLabel_, *basisLabel_, *guarantorLabel_;
    DebtEventsEditor* events_;
    LimitationPanel* limitation_;
    QString id_;
    QDate asOf_;
    Case shown_;                  // the case the limitation panel shows (computed when visible)
    bool limitationStale_ = true; // shown_ changed since the panel was filled
    bool loading_ = false;
};

} // namespace zansai::ui
