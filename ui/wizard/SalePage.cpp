#include "case/Draft.h"
#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "wizard/InterviewPages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zansai::ui {

SalePage::SalePage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("salePage"));
    sold_ = new YesNoField(this);
    sold_->setObjectName(QStringLiteral("homeSold"));
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("saleKind"));
    fillEnumCombo<SaleKind>(kind_, {SaleKind::Voluntary, SaleKind::Auction});
    settled_ = new DateField(this);
    settled_->setObjectName(QStringLiteral("saleDate"));
    settled_->setRequired(true);
    notAfterConsultation(settled_);
    settled_->addCheck([this] {
        // The sale is an event of the residual debt: not before that loan's contract.
        const Debt* d = currentCase().debt(residualDebtId_);
        const auto date = settled_->date();
        if (d && date && !draft::isMissing(*d, draft::kContractDate) && d->contractDate.isValid() &&
            *date < d->contractDate)
            return tr("This is before the loan's contract date (%1).")
                .arg(dateText(d->contractDate));
        return QString();
    });
    price_ = new YenField(this);
    price_->setObjectName(QStringLiteral("salePrice"));
    price_->setRequired(true);
    residualCreditor_ = new TextField(this);
    residualCreditor_->setObjectName(QStringLiteral("residualCreditor"));
    residualCreditor_->setRequired(true);
    residual_ = new YenField(this);
    residual_->setObjectName(QStringLiteral("residualAmount"));
    residual_->setRequired(true);

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    soldLabel_ = buddyLabel(sold_, this);
    form->addRow(soldLabel_, sold_);
    form->addRow(kindLabel_ = buddyLabel(kind_, this), kind_);
    form->addRow(settledLabel_ = buddyLabel(settled_, this), settled_);
    form->addRow(priceLabel_ = buddyLabel(price_, this), price_);
    remainedHeading_ = new QLabel(this);
    remainedHeading_->setWordWrap(true);
    form->addRow(remainedHeading_);
    form->addRow(creditorLabel_ = buddyLabel(residualCreditor_, this), residualCreditor_);
    form->addRow(residualLabel_ = buddyLabel(residual_, this), residual_);

    watch(sold_);
    watch(kind_);
    for (FieldEdit* f :
         std::initializer_list<FieldEdit*>{settled_, price_, residualCreditor_, residual_})
        watch(f);
    connect(sold_, &YesNoField::changed, this, &SalePage::updateEnabled);
    retranslate();
    updateEnabled();
}

void SalePage::retranslate()
{
    setTitle(tr("The sale"));
    setSubTitle(tr("The home sale and the debt that remained after it."));
    soldLabel_->setText(tr("Has the home been &sold?"));
    sold_->setQuestion(soldLabel_->text());
    kindLabel_->setText(tr("&How:"));
    settledLabel_->setText(tr("Settle&d on:"));
    priceLabel_->setText(tr("Sale &price:"));
    remainedHeading_->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("What remained after the sale (the residual debt)").toHtmlEscaped()));
    creditorLabel_->setText(tr("C&reditor now:"));
    residualLabel_->setText(tr("Rem&aining debt:"));
    residualCreditor_->lineEdit()->setPlaceholderText(
        tr("The bank, guarantee company or servicer that holds it now"));
    kind_->setAccessibleName(withoutMnemonic(kindLabel_->text()));
    settled_->setFieldName(settledLabel_->text());
    price_->setFieldName(priceLabel_->text());
    residualCreditor_->setFieldName(creditorLabel_->text());
    residual_->setFieldName(residualLabel_->text());
    retranslateEnumCombo<SaleKind>(kind_);
}

void SalePage::updateEnabled()
{
    const bool sold = sold_->isYes();
    for (QWidget* w : std::initializer_list<QWidget*>{kind_, settled_, price_})
        w->setEnabled(sold);
    // Without a sale the whole loan is still owed: the creditor and amount are asked again on the
    // debts page, so they are optional here.
    residualCreditor_->setRequired(sold);
    residual_->setRequired(sold);
}

void SalePage::load(const Case& c)
{
    sold_->setYes(c.sale.has_value() || c.debts.isEmpty());
    if (c.sale) {
        setEnumComboValue(kind_, c.sale->kind);
        settled_->setDate(c.sale->settledOn);
        price_->setYen(c.sale->price);
    } else {
        setEnumComboValue(kind_, SaleKind::Voluntary);
        settled_->setText(QString());
        price_->setText(QString());
    }
    // The residual debt: the one the sale was settled on, else the first housing loan.
    saleEvent_ = findLatestEvent(c, {DebtEventType::VoluntarySaleSettled});
    residualDebtId_.clear();
    if (saleEvent_) {
        residualDebtId_ = saleEvent_->debtId;
    } else {
        for (const Debt& d : c.debts) {
            if (d.kind == DebtKind::HousingLoan) {
                residualDebtId_ = d.id;
                break;
            }
        }
    }
    const Debt* d = c.debt(residualDebtId_);
    residualCreditor_->setText(d && !draft::isMissing(*d, draft::kCreditor) ? d->creditor
                                                                            : QString());
    if (d && !draft::isMissing(*d, draft::kPrincipal))
        residual_->setYen(d->principal);
    else
        residual_->setText(QString());
    updateEnabled();
}

bool SalePage::store(Case& c, bool show)
{
    const bool sold = sold_->isYes();
    bool ok = sold ? checkFields({settled_, price_, residualCreditor_, residual_}, show)
                   : checkFields({residualCreditor_, residual_}, show);

    if (!sold) {
        c.sale.reset();
        if (saleEvent_ && removeEvent(c, *saleEvent_))
            saleEvent_.reset();
    } else if (settled_->validate(false) && price_->validate(false)) {
        Sale s = c.sale.value_or(Sale{});
        s.kind = enumComboValue<SaleKind>(kind_);
        s.settledOn = *settled_->date();
        s.price = *price_->yen();
        c.sale = s;
    }

    // The residual debt, created on the first answer about it.
    const bool creditorOk = !residualCreditor_->isEmpty() && residualCreditor_->validate(false);
    const bool amountOk = !residual_->isEmpty() && residual_->validate(false);
    if ((creditorOk || amountOk) && !c.debt(residualDebtId_)) {
        Debt d = draft::newDebt(c, creditorOk ? residualCreditor_->value() : QString());
        d.kind = DebtKind::HousingLoan;
        residualDebtId_ = d.id;
        c.debts.append(d);
    }
    if (Debt* d = findDebt(c, residualDebtId_)) {
        if (creditorOk) {
            d->creditor = residualCreditor_->value();
            draft::setMissing(*d, draft::kCreditor, false);
        }
        if (amountOk) {
            d->principal = *residual_->yen();
            draft::setMissing(*d, draft::kPrincipal, false);
        }
        // A voluntary sale paid to the creditor with the client's consent: an acknowledgment
        // (the core decides what it means; the page only records the event).
        const bool voluntary = sold && enumComboValue<SaleKind>(kind_) == SaleKind::Voluntary;
        if (voluntary && settled_->validate(false)) {
            DebtEvent e =
                saleEvent_ && saleEvent_->debtId == d->id ? saleEvent_->event : DebtEvent{};
            e.type = DebtEventType::VoluntarySaleSettled;
            e.date = *settled_->date();
            saleEvent_ = replaceEvent(c, saleEvent_, d->id, e);
        } else if (!voluntary && saleEvent_) {
            removeEvent(c, *saleEvent_);
            saleEvent_.reset();
        }
    }
    return ok;
}

} // namespace zansai::ui
