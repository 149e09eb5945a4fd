#include "case/Draft.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "wizard/DebtChooser.h"
#include "wizard/InterviewPages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zansai::ui {

CourtPapersPage::CourtPapersPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("courtPapersPage"));
    debt_ = new DebtChooser(this);
    debt_->setObjectName(QStringLiteral("courtDebt"));
    auto* kinds = new QWidget(this);
    kinds->setObjectName(QStringLiteral("papersKind"));
    auto* kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins(0, 0, 0, 0);
    paymentOrder_ = new QRadioButton(kinds);
    paymentOrder_->setObjectName(QStringLiteral("paymentOrder"));
    lawsuit_ = new QRadioButton(kinds);
    lawsuit_->setObjectName(QStringLiteral("lawsuit"));
    kindRow->addWidget(paymentOrder_);
    kindRow->addWidget(lawsuit_);
    kindRow->addStretch();
    paymentOrder_->setChecked(true);
    kinds->setFocusProxy(paymentOrder_);
    kinds->setFocusPolicy(Qt::StrongFocus); // for the label's mnemonic

    served_ = new DateField(this);
    served_->setObjectName(QStringLiteral("servedOn"));
    served_->setRequired(true);
    notAfterConsultation(served_);
    served_->addCheck([this] {
        const Debt* d = currentCase().debt(debt_->selectedId());
        const auto date = served_->date();
        if (d && date && !draft::isMissing(*d, draft::kContractDate) && *date < d->contractDate)
            return tr("This is before the debt's contract date (%1).")
                .arg(dateText(d->contractDate));
        return QString();
    });
    hearing_ = new DateField(this);
    hearing_->setObjectName(QStringLiteral("hearingOn"));
    hearing_->addCheck([this] {
        const auto h = hearing_->date();
        const auto s = served_->date();
        if (h && s && *h < *s)
            return tr("The hearing cannot be before the complaint was served.");
        return QString();
    });
    provisional_ = new QCheckBox(this);
    provisional_->setObjectName(QStringLiteral("provisionalCame"));
    provisionalServed_ = new DateField(this);
    provisionalServed_->setObjectName(QStringLiteral("provisionalServedOn"));
    provisionalServed_->setRequired(true);
    notAfterConsultation(provisionalServed_);
    provisionalServed_->addCheck([this] {
        const auto p = provisionalServed_->date();
        const auto s = served_->date();
        if (p && s && *p < *s)
            return tr(
                "It comes after the payment order: this date is before the order was served.");
        return QString();
    });

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(scrollingBody());
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long (English) label puts its field below it on a narrow window rather than scrolling.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(debtLabel_ = buddyLabel(debt_, this), debt_);
    form->addRow(kindLabel_ = buddyLabel(kinds, this), kinds);
    form->addRow(servedLabel_ = buddyLabel(served_, this), served_);
    form->addRow(hearingLabel_ = buddyLabel(hearing_, this), hearing_);
    form->addRow(QString(), provisional_);
    form->addRow(provisionalLabel_ = buddyLabel(provisionalServed_, this), provisionalServed_);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(hint_);

    connect(debt_, &DebtChooser::edited, this, &CourtPapersPage::noteEdited);
    connect(lawsuit_, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        noteEdited();
    });
    connect(provisional_, &QCheckBox::toggled, this, &CourtPapersPage::updateEnabled);
    watch(provisional_);
    for (FieldEdit* f : std::initializer_list<FieldEdit*>{served_, hearing_, provisionalServed_})
        watch(f);
    retranslate();
    updateEnabled();
}

void CourtPapersPage::retranslate()
{
    setTitle(tr("Court papers"));
    setSubTitle(tr("Which papers came from the court, when, and about which debt."));
    debtLabel_->setText(tr("About &which debt:"));
    kindLabel_->setText(tr("&Papers:"));
    paymentOrder_->setText(tr("Payment order (支払督促)"));
    lawsuit_->setText(tr("Complaint (訴状)"));
    servedLabel_->setText(tr("Ser&ved on:"));
    hearingLabel_->setText(tr("First &hearing on:"));
    provisional_->setText(tr("A payment order with a declaration of provisional &execution "
                             "(仮執行宣言付支払督促) came too"));
    provisionalLabel_->setText(tr("That one served &on:"));
    hint_->setText(tr("The served date is on the delivery record of the special delivery "
                      "envelope; the deadlines count from the day after it."));
    debt_->setFieldName(debtLabel_->text());
    paymentOrder_->setAccessibleName(tr("Papers: payment order"));
    lawsuit_->setAccessibleName(tr("Papers: complaint"));
    served_->setFieldName(servedLabel_->text());
    hearing_->setFieldName(hearingLabel_->text());
    provisionalServed_->setFieldName(provisionalLabel_->text());
}

void CourtPapersPage::updateEnabled()
{
    const bool lawsuit = lawsuit_->isChecked();
    hearing_->setEnabled(lawsuit);
    provisional_->setEnabled(!lawsuit);
    provisionalServed_->setEnabled(!lawsuit && provisional_->isChecked());
}

void CourtPapersPage::load(const Case& c)
{
    papers_ = findLatestEvent(c, {DebtEventType::LawsuitServed, DebtEventType::PaymentOrderServed});
    provisionalEvent_ = findLatestEvent(c, {DebtEventType::ProvisionalEnforcementServed},
                                        papers_ ? papers_->debtId : QString());
    QString debtId = papers_             ? papers_->debtId
                     : provisionalEvent_ ? provisionalEvent_->debtId
                                         : QString();
    if (debtId.isEmpty()) // most often the creditor whose letters were ignored
        if (const auto demand = findLatestEvent(c, {DebtEventType::Demand}))
            debtId = demand->debtId;
    debt_->setDebts(c, debtId);
    const bool lawsuit = papers_ && papers_->event.type == DebtEventType::LawsuitServed;
    (lawsuit ? lawsuit_ : paymentOrder_)->setChecked(true);
    served_->setDate(papers_ ? papers_->event.date : QDate());
    hearing_->setDate(papers_ && papers_->event.hearingOn ? *papers_->event.hearingOn : QDate());
    provisional_->setChecked(provisionalEvent_.has_value());
    provisionalServed_->setDate(provisionalEvent_ ? provisionalEvent_->event.date : QDate());
    updateEnabled();
}

void CourtPapersPage::refresh(const Case& c)
{
    debt_->refreshDebts(c);
}

bool CourtPapersPage::store(Case& c, bool show)
{
    bool ok = debt_->isValid(show);
    ok = checkFields({served_, hearing_, provisionalServed_}, show) && ok;
    const bool anotherTyped = debt_->selectedId().isEmpty();
    if (!debt_->isValid(false) || (anotherTyped && !show) || !served_->validate(false))
        return ok;
    const QString id = debt_->resolve(c);
    if (id.isEmpty())
        return false;
    const bool lawsuit = lawsuit_->isChecked();
    DebtEvent e = papers_ ? papers_->event : DebtEvent{};
    e.type = lawsuit ? DebtEventType::LawsuitServed : DebtEventType::PaymentOrderServed;
    e.date = *served_->date();
    e.hearingOn.reset();
    if (lawsuit && hearing_->validate(false) && hearing_->date())
        e.hearingOn = *hearing_->date();
    papers_ = replaceEvent(c, papers_, id, e);

    const bool wantProvisional = !lawsuit && provisional_->isChecked();
    if (wantProvisional && provisionalServed_->validate(false)) {
        DebtEvent p = provisionalEvent_ ? provisionalEvent_->event : DebtEvent{};
        p.type = DebtEventType::ProvisionalEnforcementServed;
        p.date = *provisionalServed_->date();
        provisionalEvent_ = replaceEvent(c, provisionalEvent_, id, p);
    } else if (!wantProvisional && provisionalEvent_) {
        removeEvent(c, *provisionalEvent_);
        provisionalEvent_.reset();
    }
    if (anotherTyped)
        debt_->setDebts(c, id);
    return ok;
}

} // namespace zansai::ui
