#include "common/Fields.h"
#include "wizard/InterviewPages.h"
#include "wizard/InterviewWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace zansai::ui {

AssetsPage::AssetsPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("assetsPage"));
    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto make = [&](YenField*& field, QLabel*& label, const char* name) {
        field = new YenField(this);
        field->setObjectName(QLatin1String(name));
        label = buddyLabel(field, this);
        form->addRow(label, field);
        watch(field);
    };
    make(cash_, cashLabel_, "assetCash");
    make(deposits_, depositsLabel_, "assetDeposits");
    make(car_, carLabel_, "assetCar");
    make(insurance_, insuranceLabel_, "assetInsurance");
    make(retirement_, retirementLabel_, "assetRetirement");
    make(other_, otherLabel_, "assetOther");
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(hint_);
    retranslate();
}

void AssetsPage::retranslate()
{
    setTitle(tr("Assets"));
    setSubTitle(tr("What the client owns today, at its present value."));
    cashLabel_->setText(tr("Cash at &hand:"));
    depositsLabel_->setText(tr("Bank &deposits:"));
    carLabel_->setText(tr("&Car (present value):"));
    insuranceLabel_->setText(tr("&Insurance surrender value:"));
    retirementLabel_->setText(tr("&Retirement allowance (estimate today):"));
    otherLabel_->setText(tr("&Other assets:"));
    hint_->setText(tr("Bank deposits can be seized at once by a creditor holding an enforceable "
                      "title; cash at hand is not in a bank. Values decide the bankruptcy "
                      "procedure and the liquidation value in rehabilitation."));
    cash_->setFieldName(cashLabel_->text());
    deposits_->setFieldName(depositsLabel_->text());
    car_->setFieldName(carLabel_->text());
    insurance_->setFieldName(insuranceLabel_->text());
    retirement_->setFieldName(retirementLabel_->text());
    other_->setFieldName(otherLabel_->text());
}

void AssetsPage::load(const Case& c)
{
    cash_->setYen(c.assets.cash);
    deposits_->setYen(c.assets.deposits);
    car_->setYen(c.assets.car);
    insurance_->setYen(c.assets.insuranceSurrender);
    retirement_->setYen(c.assets.retirementAllowanceEstimate);
    other_->setYen(c.assets.other);
}

bool AssetsPage::store(Case& c, bool show)
{
    const bool ok = checkFields({cash_, deposits_, car_, insurance_, retirement_, other_}, show);
    auto put = [](YenField* f, Yen& target) {
        if (f->validate(false))
            target = f->yen().value_or(Yen(0)); // empty: none
    };
    put(cash_, c.assets.cash);
    put(deposits_, c.assets.deposits);
    put(car_, c.assets.car);
    put(insurance_, c.assets.insuranceSurrender);
    put(retirement_, c.assets.retirementAllowanceEstimate);
    put(other_, c.assets.other);
    return ok;
}

int AssetsPage::nextId() const
{
    for (const Debt& d : currentCase().debts)
        if (d.guarantor != GuarantorKind::None)
            return InterviewWizard::GuarantorsPageId;
    return InterviewWizard::BackgroundPageId;
}

} // namespace zansai::ui
