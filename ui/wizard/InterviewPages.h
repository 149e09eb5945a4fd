// The pages of the interview, in the consultant's order of questions.
#pragma once

#include "wizard/CaseEdits.h"
#include "wizard/InterviewPage.h"

#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QBoxLayout;
class QFormLayout;
class QGridLayout;
class QListWidget;

namespace zansai::ui {

class DateField;
class DebtChooser;
class DebtEditor;
class RateField;
class TextField;
class YenField;
class CountField;
class YesNoField;

// The client: name, kana, birth date, occupation, dependents, net income, pay cycle.
class ClientPage : public InterviewPage {
    Q_OBJECT
public:
    explicit ClientPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;

protected:
    void retranslate() override;

private:
    TextField* name_;
    TextField* kana_;
    DateField* birth_;
    QComboBox* occupation_;
    // The client's other occupations (Client::occupations), checkable; the main one is the
    // combo's, shown checked and disabled in the list.
    void syncMainOccupation();
    QListWidget* otherOccupations_;
    QLabel* otherOccupationsLabel_;
    CountField* dependents_;
    YenField* income_;
    QComboBox* payCycle_;
    QLabel *nameLabel_, *kanaLabel_, *birthLabel_, *occupationLabel_, *dependentsLabel_,
        *incomeLabel_, *payCycleLabel_, *incomeHint_;
    // The address (prefecture and city) and the courts it gives (law/CourtJurisdiction.h).
    void updateCourt();
    QComboBox* prefecture_;
    TextField* city_;
    QLabel *prefectureLabel_, *cityLabel_, *court_;
};

// The sale: whether the home was sold, how, when, for how much, and what remained (the residual
// debt and its creditor, which becomes a debt of the case with the sale on it).
class SalePage : public InterviewPage {
    Q_OBJECT
public:
    explicit SalePage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;

protected:
    void retranslate() override;

private:
    void updateEnabled();
    YesNoField* sold_;
    QComboBox* kind_;
    DateField* settled_;
    YenField* price_;
    TextField* residualCreditor_;
    YenField* residual_;
    QLabel *soldLabel_, *kindLabel_, *settledLabel_, *priceLabel_, *remainedHeading_,
        *creditorLabel_, *residualLabel_;
    QString residualDebtId_;            // the debt the residual is recorded on
    std::optional<EventRef> saleEvent_; // its voluntary_sale_settled event
};

// Creditor contact: ignored letters (a demand on a debt) and whether court papers came.
class ContactPage : public InterviewPage {
    Q_OBJECT
public:
    explicit ContactPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    void refresh(const Case& c) override;
    int nextId() const override;
    bool courtPapersCame() const;

protected:
    void retranslate() override;

private:
    void updateEnabled();
    YesNoField* ignored_;
    DateField* letterDate_;
    DebtChooser* letterDebt_;
    YesNoField* court_;
    QLabel *ignoredLabel_, *letterDateLabel_, *letterDebtLabel_, *courtLabel_, *courtHint_;
    std::optional<EventRef> demand_;
    QList<EventRef> parkedCourtEvents_; // answered "no" after "yes": kept in case of "yes" again
};

// Court papers: a lawsuit (訴状) or a payment order (支払督促), when served, and on which debt.
class CourtPapersPage : public InterviewPage {
    Q_OBJECT
public:
    explicit CourtPapersPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    void refresh(const Case& c) override;

protected:
    void retranslate() override;

private:
    void updateEnabled();
    DebtChooser* debt_;
    QRadioButton* lawsuit_;
    QRadioButton* paymentOrder_;
    DateField* served_;
    DateField* hearing_;
    QCheckBox* provisional_;
    DateField* provisionalServed_;
    QLabel *debtLabel_, *kindLabel_, *servedLabel_, *hearingLabel_, *provisionalLabel_, *hint_;
    std::optional<EventRef> papers_;
    std::optional<EventRef> provisionalEvent_;
};

// What followed in court: a judgment (and whether it became final) and any seizure.
class CourtOutcomePage : public InterviewPage {
    Q_OBJECT
public:
    explicit CourtOutcomePage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    void refresh(const Case& c) override;

protected:
    void retranslate() override;

private:
    void updateEnabled();
    QString courtDebtId(const Case& c) const;
    QLabel* about_;
    YesNoField* judgment_;
    DateField* judgmentServed_;
    QCheckBox* final_;
    DateField* finalOn_;
    YesNoField* seizure_;
    DateField* seizureOn_;
    QComboBox* target_;
    QLabel *judgmentLabel_, *judgmentServedLabel_, *finalLabel_, *seizureLabel_, *seizureOnLabel_,
        *targetLabel_;
    QString debtId_;
    std::optional<EventRef> judgmentEvent_, finalEvent_, seizureEvent_;
};

// Every debt: a list with add/remove and the selected debt's editor beside it (DebtEditor: its
// terms, its timeline of events and its limitation steps), loaded in initializePage() and stored
// in validatePage() like every page.
class DebtsPage : public InterviewPage {
    Q_OBJECT
public:
    explicit DebtsPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    void refresh(const Case& c) override;
    void addDebt();
    void removeDebt();
    void selectDebt(const QString& id);
    QTableWidget* table() const { return table_; }
    DebtEditor* editor() const { return editor_; }

    // Narrower than this (logical px), the debt list stacks above the editor.
    static constexpr int kStackBelowWidth = 1000;

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillTable(const Case& c);
    void loadDebt(const Case& c, const QString& id);
    QBoxLayout* columns_ = nullptr;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QGroupBox* details_;
    DebtEditor* editor_;
    QLabel *listMessage_, *intro_;
    QString currentId_;
    bool switching_ = false;
};

// Income and the household budget (収支表) by category.
class BudgetPage : public InterviewPage {
    Q_OBJECT
public:
    explicit BudgetPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    YenField* field(const QString& code, bool income) const;
    // The code of a line the consultant names: "custom:" and the name as typed (trimmed).
    static QString customCode(const QString& name);

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Row {
        QString code;
        bool income;
        QLabel* label;
        YenField* field;
    };
    void addRow(const QString& code, bool income);
    // A line the consultant names (「駐車場代」): code "custom:<name>" (docs/case-format.md §4).
    bool addNamedRow(bool income);
    void updateTotals(const Case& c);
    QList<Row> rows_;
    QGroupBox* incomeBox_;
    QGroupBox* expenseBox_;
    QBoxLayout* columns_ = nullptr;
    QFormLayout* incomeForm_;
    QFormLayout* expenseForm_;
    TextField *newIncomeName_, *newExpenseName_;
    QPushButton *addIncome_, *addExpense_;
    QLabel* totals_;
};

// Assets: cash, deposits, car, insurance surrender value, retirement allowance, other.
class AssetsPage : public InterviewPage {
    Q_OBJECT
public:
    explicit AssetsPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    int nextId() const override;

protected:
    void retranslate() override;

private:
    YenField *cash_, *deposits_, *car_, *insurance_, *retirement_, *other_;
    QLabel *cashLabel_, *depositsLabel_, *carLabel_, *insuranceLabel_, *retirementLabel_,
        *otherLabel_, *hint_;
};

// Guarantors of the debts that have one: who they are, and what each way out means for them.
class GuarantorsPage : public InterviewPage {
    Q_OBJECT
public:
    explicit GuarantorsPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;

protected:
    void retranslate() override;

private:
    struct Row {
        QString debtId;
        QLabel* debt;
        TextField* name;
        TextField* relation;
    };
    QGridLayout* grid_;
    QList<Row> rows_;
    QLabel *effects_, *nameHeading_, *relationHeading_, *debtHeading_;
};

// Occupation (licences restricted in bankruptcy) and any earlier bankruptcy; the consultant's
// notes.
class BackgroundPage : public InterviewPage {
    Q_OBJECT
public:
    explicit BackgroundPage(QWidget* parent = nullptr);
    void load(const Case& c) override;
    bool store(Case& c, bool show) override;
    int nextId() const override { return -1; }

protected:
    void retranslate() override;

private:
    void updateEnabled();
    QComboBox* occupation_;
    QLabel* restriction_;
    YesNoField* prior_;
    DateField* discharge_;
    TextField* consultant_;
    QPlainTextEdit* notes_;
    QLabel *occupationLabel_, *priorLabel_, *dischargeLabel_, *consultantLabel_, *notesLabel_;
};

} // namespace zansai::ui
