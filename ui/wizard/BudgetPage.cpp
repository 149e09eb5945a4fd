#include "case/CaseLabels.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "common/Plausibility.h"
#include "wizard/InterviewPages.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
// The 収支表 categories creditors and courts ask for, by code (core/case/CaseLabels.cpp names
// them).
const char* const kIncomeCodes[] = {"salary", "pension",  "business",
                                    "spouse", "benefits", "other_income"};
const char* const kExpenseCodes[] = {
    "rent",    "food",      "utilities",   "communication",       "insurance",     "education",
    "medical", "transport", "daily_goods", "other_debt_payments", "other_expenses"};
} // namespace

BudgetPage::BudgetPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("budgetPage"));
    incomeBox_ = new QGroupBox(this);
    incomeBox_->setObjectName(QStringLiteral("incomeBox"));
    expenseBox_ = new QGroupBox(this);
    expenseBox_->setObjectName(QStringLiteral("expenseBox"));
    incomeForm_ = new QFormLayout;
    expenseForm_ = new QFormLayout;
    // Long labels put their field below them on a narrow window (150 %) rather than scrolling.
    for (QFormLayout* f : {incomeForm_, expenseForm_})
        f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Under each column: a name and a button that adds a line of that name.
    const auto adder = [this](QGroupBox* box, QFormLayout* form, TextField*& name,
                              QPushButton*& add, const QString& prefix, bool income) {
        auto* v = new QVBoxLayout(box);
        v->addLayout(form);
        auto* h = new QHBoxLayout;
        name = new TextField(box);
        name->setObjectName(prefix + QStringLiteral("Name"));
        name->addCheck([this, name, income] {
            if (field(BudgetPage::customCode(name->value()), income))
                return tr("There is already a line named %1.").arg(name->value());
            return QString();
        });
        add = new QPushButton(box);
        add->setObjectName(prefix + QStringLiteral("Add"));
        add->setAutoDefault(false);
        connect(add, &QPushButton::clicked, this, [this, income] { addNamedRow(income); });
        h->addWidget(name, 1);
        h->addWidget(add);
        v->addLayout(h);
    };
    adder(incomeBox_, incomeForm_, newIncomeName_, addIncome_, QStringLiteral("newIncomeLine"),
          true);
    adder(expenseBox_, expenseForm_, newExpenseName_, addExpense_, QStringLiteral("newExpenseLine"),
          false);
    for (const char* code : kIncomeCodes)
        addRow(QLatin1String(code), true);
    for (const char* code : kExpenseCodes)
        addRow(QLatin1String(code), false);
    totals_ = new QLabel(this);
    totals_->setObjectName(QStringLiteral("budgetTotals"));
    totals_->setWordWrap(true);

    // The two columns scroll inside the page: eleven expense rows and added ones are taller than
    // a 1366×768 screen at 150%, and the wizard's buttons must stay on screen.
    auto* content = new QWidget;
    // Side by side where there is room; stacked on a narrow window (1366×768 at 150 %).
    auto* columns = columns_ = new QBoxLayout(QBoxLayout::LeftToRight, content);
    auto* leftColumn = new QVBoxLayout;
    leftColumn->addWidget(incomeBox_);
    leftColumn->addWidget(totals_);
    leftColumn->addStretch();
    columns->addLayout(leftColumn, 1);
    columns->addWidget(expenseBox_, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("budgetScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    retranslate();
}

void BudgetPage::addRow(const QString& code, bool income)
{
    QGroupBox* box = income ? incomeBox_ : expenseBox_;
    auto* field = new YenField(box);
    field->setObjectName(QStringLiteral("budget_") + code);
    auto* label = buddyLabel(field, box);
    (income ? incomeForm_ : expenseForm_)->addRow(label, field);
    rows_.append(Row{code, income, label, field});
    watch(field);
}

QString BudgetPage::customCode(const QString& name)
{
    return QStringLiteral("custom:") + name.trimmed();
}

bool BudgetPage::addNamedRow(bool income)
{
    TextField* name = income ? newIncomeName_ : newExpenseName_;
    // Required only when a line is being added: leaving the empty name field says nothing.
    name->setRequired(true);
    const bool ok = name->validate(true);
    name->setRequired(false);
    if (!ok) {
        name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString code = customCode(name->value());
    addRow(code, income);
    retranslate();
    name->setText(QString());
    // The new line takes the amount next; it is saved once it has one (an empty line is not).
    field(code, income)->setFocus(Qt::OtherFocusReason);
    return true;
}

YenField* BudgetPage::field(const QString& code, bool income) const
{
    for (const Row& r : rows_)
        if (r.code == code && r.income == income)
            return r.field;
    return nullptr;
}

void BudgetPage::retranslate()
{
    setTitle(tr("Income and expenses"));
    setSubTitle(tr("The household's income and spending each month (収支表): leave a line empty "
                   "when it does not apply."));
    incomeBox_->setTitle(tr("&Income per month"));
    expenseBox_->setTitle(tr("&Expenses per month"));
    addIncome_->setText(tr("A&dd income line"));
    addExpense_->setText(tr("Add e&xpense line"));
    newIncomeName_->lineEdit()->setPlaceholderText(
        tr("Name of another income, e.g. rent received"));
    newExpenseName_->lineEdit()->setPlaceholderText(tr("Name of another expense, e.g. parking"));
    newIncomeName_->setFieldName(tr("Name of the new income line"));
    newExpenseName_->setFieldName(tr("Name of the new expense line"));
    for (const Row& r : rows_) {
        const QString name = budgetCategoryName(r.code);
        r.label->setText(tr("%1:", "a form label").arg(name));
        r.field->setFieldName(name);
    }
    if (interview())
        updateTotals(currentCase());
}

void BudgetPage::updateTotals(const Case& c)
{
    const Budget& b = c.budget;
    const Yen surplus = b.surplus();
    QString text = tr("Income %1, expenses %2: %3 %4 a month.")
                       .arg(yenText(b.totalIncome()), yenText(b.totalExpenses()),
                            surplus.isNegative() ? tr("short by") : tr("left over"),
                            yenText(surplus.isNegative() ? -surplus : surplus));
    // Far below: a warning beside the totals that does not block the page.
    if (const QString w = budgetShortfallWarning(b.totalIncome(), b.totalExpenses()); !w.isEmpty())
        text += QLatin1Char('\n') + w;
    totals_->setText(text);
    totals_->setStyleSheet(surplus.isNegative() ? QStringLiteral("color: #b00020;") : QString());
}

void BudgetPage::load(const Case& c)
{
    // Categories this page does not list (from a case file) get a line of their own.
    for (auto it = c.budget.income.cbegin(); it != c.budget.income.cend(); ++it)
        if (!field(it.key(), true))
            addRow(it.key(), true);
    for (auto it = c.budget.expenses.cbegin(); it != c.budget.expenses.cend(); ++it)
        if (!field(it.key(), false))
            addRow(it.key(), false);
    retranslate();
    for (const Row& r : rows_) {
        const auto& map = r.income ? c.budget.income : c.budget.expenses;
        if (map.contains(r.code))
            r.field->setYen(map.value(r.code));
        else
            r.field->setText(QString());
    }
    updateTotals(c);
}

bool BudgetPage::store(Case& c, bool show)
{
    bool ok = true;
    for (const Row& r : rows_) {
        auto& map = r.income ? c.budget.income : c.budget.expenses;
        if (!r.field->validate(false)) {
            if (show && ok)
                r.field->setFocus(Qt::OtherFocusReason);
            if (show)
                r.field->validate(true);
            ok = false;
        } else if (r.field->isEmpty()) {
            map.remove(r.code);
        } else {
            map.insert(r.code, *r.field->yen());
        }
    }
    updateTotals(c);
    return ok;
}

void BudgetPage::resizeEvent(QResizeEvent* event)
{
    InterviewPage::resizeEvent(event);
    columns_->setDirection(width() < DebtsPage::kStackBelowWidth ? QBoxLayout::TopToBottom
                                                                 : QBoxLayout::LeftToRight);
}

} // namespace zansai::ui
