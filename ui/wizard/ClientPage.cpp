#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "wizard/InterviewPages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zansai::ui {

ClientPage::ClientPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("clientPage"));
    name_ = new TextField(this);
    name_->setObjectName(QStringLiteral("clientName"));
    name_->setRequired(true);
    kana_ = new TextField(this);
    kana_->setObjectName(QStringLiteral("clientKana"));
    birth_ = new DateField(this);
    birth_->setObjectName(QStringLiteral("birthDate"));
    notAfterConsultation(birth_);
    occupation_ = new QComboBox(this);
    occupation_->setObjectName(QStringLiteral("occupation"));
    fillEnumCombo<Occupation>(occupation_, interviewOccupations());
    dependents_ = new CountField(0, 20, this);
    dependents_->setObjectName(QStringLiteral("dependents"));
    dependents_->setRequired(true);
    income_ = new YenField(this);
    income_->setObjectName(QStringLiteral("netIncome"));
    income_->setRequired(true);
    payCycle_ = new QComboBox(this);
    payCycle_->setObjectName(QStringLiteral("payCycle"));
    fillEnumCombo<PayCycle>(payCycle_, {PayCycle::Monthly, PayCycle::SemiMonthly, PayCycle::TenDays,
                                        PayCycle::Weekly, PayCycle::Daily});

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel_ = buddyLabel(name_, this), name_);
    form->addRow(kanaLabel_ = buddyLabel(kana_, this), kana_);
    form->addRow(birthLabel_ = buddyLabel(birth_, this), birth_);
    form->addRow(occupationLabel_ = buddyLabel(occupation_, this), occupation_);
    form->addRow(dependentsLabel_ = buddyLabel(dependents_, this), dependents_);
    form->addRow(incomeLabel_ = buddyLabel(income_, this), income_);
    incomeHint_ = new QLabel(this);
    incomeHint_->setWordWrap(true);
    incomeHint_->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), incomeHint_);
    form->addRow(payCycleLabel_ = buddyLabel(payCycle_, this), payCycle_);

    for (FieldEdit* f :
         std::initializer_list<FieldEdit*>{name_, kana_, birth_, dependents_, income_})
        watch(f);
    watch(occupation_);
    watch(payCycle_);
    retranslate();
}

void ClientPage::retranslate()
{
    setTitle(tr("The client"));
    setSubTitle(tr("Who is consulting, and what the household lives on."));
    nameLabel_->setText(tr("Na&me:"));
    kanaLabel_->setText(tr("&Kana reading:"));
    birthLabel_->setText(tr("Birth &date:"));
    occupationLabel_->setText(tr("&Occupation:"));
    dependentsLabel_->setText(tr("D&ependents:"));
    incomeLabel_->setText(tr("Net monthly &income:"));
    incomeHint_->setText(tr("Take-home pay: after income tax, resident tax and social insurance."));
    payCycleLabel_->setText(tr("&Pay cycle:"));
    kana_->lineEdit()->setPlaceholderText(tr("e.g. ヤマダ タロウ"));
    name_->setFieldName(nameLabel_->text());
    kana_->setFieldName(kanaLabel_->text());
    birth_->setFieldName(birthLabel_->text());
    occupation_->setAccessibleName(withoutMnemonic(occupationLabel_->text()));
    dependents_->setFieldName(dependentsLabel_->text());
    income_->setFieldName(incomeLabel_->text());
    payCycle_->setAccessibleName(withoutMnemonic(payCycleLabel_->text()));
    retranslateEnumCombo<Occupation>(occupation_);
    retranslateEnumCombo<PayCycle>(payCycle_);
}

void ClientPage::load(const Case& c)
{
    name_->setText(c.client.name);
    kana_->setText(c.client.nameKana);
    birth_->setDate(c.client.birthDate);
    setEnumComboValue(occupation_, c.client.occupation);
    dependents_->setCount(c.client.dependents);
    income_->setYen(c.client.netMonthlyIncome);
    setEnumComboValue(payCycle_, c.client.payCycle);
}

bool ClientPage::store(Case& c, bool show)
{
    const bool ok = checkFields({name_, kana_, birth_, dependents_, income_}, show);
    if (name_->validate(false))
        c.client.name = name_->value();
    if (kana_->validate(false))
        c.client.nameKana = kana_->value();
    if (birth_->validate(false))
        c.client.birthDate = birth_->date().value_or(QDate());
    c.client.occupation = enumComboValue<Occupation>(occupation_);
    if (const auto n = dependents_->count())
        c.client.dependents = *n;
    if (const auto y = income_->yen(); y && income_->validate(false))
        c.client.netMonthlyIncome = *y;
    c.client.payCycle = enumComboValue<PayCycle>(payCycle_);
    return ok;
}

} // namespace zansai::ui
