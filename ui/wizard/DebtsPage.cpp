#include "case/Draft.h"
#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "common/MessageBoxes.h"
#include "common/Plausibility.h"
#include "wizard/InterviewPages.h"
#include "wizard/InterviewWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zansai::ui {

DebtsPage::DebtsPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("debtsPage"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);

    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName(QStringLiteral("debtTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->setTabKeyNavigation(false);
    table_->setCornerButtonEnabled(false);
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("addDebt"));
    add_->setAutoDefault(false);
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("removeDebt"));
    remove_->setAutoDefault(false);
    listMessage_ = new QLabel(this);
    listMessage_->setObjectName(QStringLiteral("debtListMessage"));
    listMessage_->setWordWrap(true);
    listMessage_->setStyleSheet(QStringLiteral("color: #b00020;"));
    listMessage_->hide();

    details_ = new QGroupBox(this);
    details_->setObjectName(QStringLiteral("debtDetails"));
    creditor_ = new TextField(details_);
    creditor_->setObjectName(QStringLiteral("debtCreditor"));
    creditor_->setRequired(true);
    kind_ = new QComboBox(details_);
    kind_->setObjectName(QStringLiteral("debtKind"));
    fillEnumCombo<DebtKind>(kind_, {DebtKind::HousingLoan, DebtKind::Card, DebtKind::ConsumerLoan,
                                    DebtKind::CarLoan, DebtKind::Tax, DebtKind::ChildSupport,
                                    DebtKind::Other});
    lender_ = new QComboBox(details_);
    lender_->setObjectName(QStringLiteral("lenderKind"));
    fillEnumCombo<LenderKind>(lender_, {LenderKind::Bank, LenderKind::CreditUnion, LenderKind::Jhf,
                                        LenderKind::GuaranteeCompany, LenderKind::PublicGuarantor,
                                        LenderKind::ConsumerFinance, LenderKind::CardCompany,
                                        LenderKind::Individual, LenderKind::PublicAuthority,
                                        LenderKind::Other});
    contract_ = new DateField(details_);
    contract_->setObjectName(QStringLiteral("contractDate"));
    contract_->setRequired(true);
    notAfterConsultation(contract_);
    contract_->addCheck([this] {
        const Debt* d = currentCase().debt(currentId_);
        const auto date = contract_->date();
        const QDate first = d ? earliestEventDate(*d) : QDate();
        if (date && first.isValid() && *date > first)
            return tr("An event of this debt is earlier (%1).").arg(dateText(first));
        return QString();
    });
    accelerated_ = new DateField(details_);
    accelerated_->setObjectName(QStringLiteral("acceleratedOn"));
    accelerated_->setRequired(true);
    notAfterConsultation(accelerated_);
    accelerated_->addCheck([this] {
        const auto a = accelerated_->date();
        const auto k = contract_->date();
        if (a && k && *a < *k)
            return tr("This is before the contract date.");
        return QString();
    });
    principal_ = new YenField(details_);
    principal_->setObjectName(QStringLiteral("principal"));
    principal_->setRequired(true);
    rate_ = new RateField(details_);
    rate_->setObjectName(QStringLiteral("lateRate"));
    rate_->setRequired(true);
    // 利息制限法 cap: a warning beside the rate that does not block (common/Plausibility.h).
    rate_->addWarning([this] {
        return lateRateWarning(principal_->yen(), rate_->rate(),
                               enumComboValue<LenderKind>(lender_));
    });
    connect(principal_, &FieldEdit::edited, rate_, &FieldEdit::refreshWarning);
    connect(lender_, &QComboBox::currentIndexChanged, rate_, &FieldEdit::refreshWarning);
    basis_ = new QComboBox(details_);
    basis_->setObjectName(QStringLiteral("lateBasis"));
    fillEnumCombo<DayBasis>(basis_, {DayBasis::Days365, DayBasis::Actual});
    guarantor_ = new QComboBox(details_);
    guarantor_->setObjectName(QStringLiteral("guarantor"));
    fillEnumCombo<GuarantorKind>(guarantor_, {GuarantorKind::None, GuarantorKind::Individual,
                                              GuarantorKind::GuaranteeCompany});

    auto* form = new QFormLayout(details_);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(creditorLabel_ = buddyLabel(creditor_, details_), creditor_);
    form->addRow(kindLabel_ = buddyLabel(kind_, details_), kind_);
    form->addRow(lenderLabel_ = buddyLabel(lender_, details_), lender_);
    form->addRow(contractLabel_ = buddyLabel(contract_, details_), contract_);
    form->addRow(acceleratedLabel_ = buddyLabel(accelerated_, details_), accelerated_);
    form->addRow(principalLabel_ = buddyLabel(principal_, details_), principal_);
    form->addRow(rateLabel_ = buddyLabel(rate_, details_), rate_);
    form->addRow(basisLabel_ = buddyLabel(basis_, details_), basis_);
    form->addRow(guarantorLabel_ = buddyLabel(guarantor_, details_), guarantor_);

    auto* left = new QVBoxLayout;
    left->addWidget(table_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addWidget(listMessage_);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(details_, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(columns, 1);

    setTabOrder(table_, add_);
    setTabOrder(add_, remove_);
    setTabOrder(remove_, creditor_);

    connect(add_, &QPushButton::clicked, this, &DebtsPage::addDebt);
    connect(remove_, &QPushButton::clicked, this, &DebtsPage::removeDebt);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (switching_ || row < 0)
            return;
        const QString id = table_->item(row, 0)->data(Qt::UserRole).toString();
        if (id != currentId_)
            selectDebt(id);
    });
    for (FieldEdit* f :
         std::initializer_list<FieldEdit*>{creditor_, contract_, accelerated_, principal_, rate_})
        watch(f);
    for (QComboBox* c : {kind_, lender_, basis_, guarantor_})
        watch(c);
    retranslate();
}

void DebtsPage::retranslate()
{
    setTitle(tr("Debts"));
    setSubTitle(tr("Every debt and its creditor, as on the latest letter or statement."));
    intro_->setText(tr("Add each debt: the residual housing loan and any cards, loans or taxes. "
                       "Pick a debt in the list to see and edit its details."));
    table_->setHorizontalHeaderLabels({tr("Creditor"), tr("Principal")});
    add_->setText(tr("&Add debt"));
    remove_->setText(tr("&Remove debt"));
    details_->setTitle(tr("Selected debt"));
    creditorLabel_->setText(tr("Cre&ditor:"));
    kindLabel_->setText(tr("&Kind:"));
    lenderLabel_->setText(tr("&Lender type:"));
    contractLabel_->setText(tr("Con&tract date:"));
    acceleratedLabel_->setText(tr("Acceleration or s&ubrogation date:"));
    principalLabel_->setText(tr("&Principal then:"));
    rateLabel_->setText(tr("Late &interest rate:"));
    basisLabel_->setText(tr("Day count ba&sis:"));
    guarantorLabel_->setText(tr("&Guarantor:"));
    rate_->lineEdit()->setPlaceholderText(QStringLiteral("14.0"));
    accelerated_->setToolTip(
        tr("The day the whole balance became due (期限の利益喪失日), or the day "
           "a guarantee company paid the bank (代位弁済日)."));
    creditor_->setFieldName(creditorLabel_->text());
    kind_->setAccessibleName(withoutMnemonic(kindLabel_->text()));
    lender_->setAccessibleName(withoutMnemonic(lenderLabel_->text()));
    contract_->setFieldName(contractLabel_->text());
    accelerated_->setFieldName(acceleratedLabel_->text());
    principal_->setFieldName(principalLabel_->text());
    rate_->setFieldName(rateLabel_->text());
    basis_->setAccessibleName(withoutMnemonic(basisLabel_->text()));
    guarantor_->setAccessibleName(withoutMnemonic(guarantorLabel_->text()));
    table_->setAccessibleName(tr("Debts"));
    retranslateEnumCombo<DebtKind>(kind_);
    retranslateEnumCombo<LenderKind>(lender_);
    retranslateEnumCombo<DayBasis>(basis_);
    retranslateEnumCombo<GuarantorKind>(guarantor_);
    if (interview())
        fillTable(currentCase());
}

void DebtsPage::fillTable(const Case& c)
{
    const bool was = switching_;
    switching_ = true;
    table_->setRowCount(int(c.debts.size()));
    int currentRow = -1;
    for (int i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        QString name = draft::isMissing(d, draft::kCreditor) ? tr("(no creditor yet)") : d.creditor;
        if (!draft::isComplete(d))
            name = tr("%1 — incomplete").arg(name);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setData(Qt::UserRole, d.id);
        auto* amountItem = new QTableWidgetItem(
            draft::isMissing(d, draft::kPrincipal) ? QString() : yenText(d.principal));
        amountItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(i, 0, nameItem);
        table_->setItem(i, 1, amountItem);
        if (d.id == currentId_)
            currentRow = i;
    }
    if (currentRow >= 0)
        table_->setCurrentCell(currentRow, 0);
    remove_->setEnabled(!c.debts.isEmpty());
    details_->setEnabled(!currentId_.isEmpty() && c.debt(currentId_));
    switching_ = was;
}

void DebtsPage::loadDebt(const Case& c, const QString& id)
{
    const Loading loading(this);
    switching_ = true;
    currentId_ = id;
    const Debt* d = c.debt(id);
    const Debt blank;
    const Debt& v = d ? *d : blank;
    using namespace draft;
    creditor_->setText(d && !isMissing(v, kCreditor) ? v.creditor : QString());
    setEnumComboValue(kind_, v.kind);
    setEnumComboValue(lender_, v.lenderKind);
    contract_->setDate(d && !isMissing(v, kContractDate) ? v.contractDate : QDate());
    accelerated_->setDate(d && !isMissing(v, kAcceleratedOn) ? v.acceleratedOn : QDate());
    if (d && !isMissing(v, kPrincipal))
        principal_->setYen(v.principal);
    else
        principal_->setText(QString());
    if (d && !isMissing(v, kLateRate))
        rate_->setRate(v.lateRate);
    else
        rate_->setText(QString());
    setEnumComboValue(basis_, v.lateBasis);
    setEnumComboValue(guarantor_, v.guarantor);
    fillTable(c);
    switching_ = false;
}

void DebtsPage::selectDebt(const QString& id)
{
    if (!interview())
        return;
    interview()->commitPage(this, false); // the debt being left keeps every valid answer
    loadDebt(currentCase(), id);
}

void DebtsPage::load(const Case& c)
{
    QString id = c.debt(currentId_) ? currentId_ : QString();
    if (id.isEmpty() && !c.debts.isEmpty()) {
        id = c.debts.first().id; // the first incomplete debt, if any, needs attention first
        for (const Debt& d : c.debts)
            if (!draft::isComplete(d)) {
                id = d.id;
                break;
            }
    }
    listMessage_->hide();
    loadDebt(c, id);
}

void DebtsPage::refresh(const Case& c)
{
    fillTable(c);
}

void DebtsPage::addDebt()
{
    if (!interview())
        return;
    interview()->commitPage(this, false);
    QString id;
    interview()->applyEdit([&](Case& c) {
        Debt d = draft::newDebt(c);
        d.kind = c.debts.isEmpty() ? DebtKind::HousingLoan : DebtKind::Card;
        id = d.id;
        c.debts.append(d);
    });
    listMessage_->hide();
    loadDebt(currentCase(), id);
    creditor_->setFocus(Qt::OtherFocusReason);
}

void DebtsPage::removeDebt()
{
    if (!interview() || currentId_.isEmpty())
        return;
    const Debt* d = currentCase().debt(currentId_);
    if (!d)
        return;
    const QString name = draft::isMissing(*d, draft::kCreditor) ? d->id : d->creditor;
    const auto answer = MessageBoxes::instance().question(
        this, tr("Remove debt"),
        d->events.size() == 1
            ? tr("Remove the debt with %1 and the event recorded on it?").arg(name)
            : tr("Remove the debt with %1 and the %2 events recorded on it?")
                  .arg(name)
                  .arg(d->events.size()));
    if (answer != QMessageBox::Yes)
        return;
    const QString gone = currentId_;
    interview()->applyEdit([&](Case& c) {
        c.debts.erase(std::remove_if(c.debts.begin(), c.debts.end(),
                                     [&](const Debt& x) { return x.id == gone; }),
                      c.debts.end());
    });
    const Case& c = currentCase();
    loadDebt(c, c.debts.isEmpty() ? QString() : c.debts.first().id);
}

bool DebtsPage::storeDebt(Case& c, bool show)
{
    Debt* d = findDebt(c, currentId_);
    if (!d)
        return true;
    const bool ok = checkFields({creditor_, contract_, accelerated_, principal_, rate_}, show);
    using namespace draft;
    // Each answer: written when valid, marked missing when blank, left as it was when wrong.
    if (creditor_->validate(false)) {
        d->creditor = creditor_->value();
        setMissing(*d, kCreditor, false);
    } else if (creditor_->isEmpty()) {
        setMissing(*d, kCreditor, true);
    }
    d->kind = enumComboValue<DebtKind>(kind_);
    d->lenderKind = enumComboValue<LenderKind>(lender_);
    if (contract_->validate(false)) {
        d->contractDate = *contract_->date();
        setMissing(*d, kContractDate, false);
    } else if (contract_->isEmpty()) {
        setMissing(*d, kContractDate, true);
    }
    if (accelerated_->validate(false)) {
        d->acceleratedOn = *accelerated_->date();
        setMissing(*d, kAcceleratedOn, false);
    } else if (accelerated_->isEmpty()) {
        setMissing(*d, kAcceleratedOn, true);
    }
    if (principal_->validate(false)) {
        d->principal = *principal_->yen();
        setMissing(*d, kPrincipal, false);
    } else if (principal_->isEmpty()) {
        setMissing(*d, kPrincipal, true);
    }
    if (rate_->validate(false)) {
        d->lateRate = *rate_->rate();
        setMissing(*d, kLateRate, false);
    } else if (rate_->isEmpty()) {
        setMissing(*d, kLateRate, true);
    }
    d->lateBasis = enumComboValue<DayBasis>(basis_);
    d->guarantor = enumComboValue<GuarantorKind>(guarantor_);
    return ok;
}

bool DebtsPage::store(Case& c, bool show)
{
    bool ok = storeDebt(c, show);
    if (show) {
        if (c.debts.isEmpty()) {
            listMessage_->setText(tr("Add at least one debt."));
            listMessage_->show();
            add_->setFocus(Qt::OtherFocusReason);
            ok = false;
        } else if (ok) {
            // Another debt still missing answers: open it and show what is missing.
            for (const Debt& d : c.debts) {
                if (draft::isComplete(d))
                    continue;
                if (d.id != currentId_) { // (the one on screen is complete: ok says so)
                    draft::fillStandIns(c);
                    loadDebt(c, d.id);
                    checkFields({creditor_, contract_, accelerated_, principal_, rate_}, true);
                }
                listMessage_->setText(tr("Complete every debt before going on."));
                listMessage_->show();
                ok = false;
                break;
            }
        }
        if (ok)
            listMessage_->hide();
    }
    if (!switching_)
        fillTable(c);
    return ok;
}

} // namespace zansai::ui
