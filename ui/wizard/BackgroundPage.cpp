#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "wizard/InterviewPages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace zansai::ui {

BackgroundPage::BackgroundPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("backgroundPage"));
    occupation_ = new QComboBox(this);
    occupation_->setObjectName(QStringLiteral("occupationAgain"));
    fillEnumCombo<Occupation>(occupation_, interviewOccupations());
    restriction_ = new QLabel(this);
    restriction_->setWordWrap(true);
    restriction_->setStyleSheet(QStringLiteral("color: #555;"));
    prior_ = new YesNoField(this);
    prior_->setObjectName(QStringLiteral("priorBankruptcy"));
    discharge_ = new DateField(this);
    discharge_->setObjectName(QStringLiteral("priorDischarge"));
    discharge_->setRequired(true);
    notAfterConsultation(discharge_);
    consultant_ = new TextField(this);
    consultant_->setObjectName(QStringLiteral("consultant"));
    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(QStringLiteral("notes"));
    notes_->setTabChangesFocus(true);
    notes_->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(occupationLabel_ = buddyLabel(occupation_, this), occupation_);
    form->addRow(QString(), restriction_);
    priorLabel_ = buddyLabel(prior_, this);
    form->addRow(priorLabel_, prior_);
    form->addRow(dischargeLabel_ = buddyLabel(discharge_, this), discharge_);
    form->addRow(consultantLabel_ = buddyLabel(consultant_, this), consultant_);
    form->addRow(notesLabel_ = buddyLabel(notes_, this), notes_);

    watch(occupation_);
    watch(prior_);
    watch(discharge_);
    watch(consultant_);
    watch(notes_);
    connect(prior_, &YesNoField::changed, this, &BackgroundPage::updateEnabled);
    retranslate();
    updateEnabled();
}

void BackgroundPage::retranslate()
{
    setTitle(tr("Occupation and earlier bankruptcy"));
    setSubTitle(tr("What limits the ways out: licences restricted in bankruptcy, and the 7-year "
                   "rule after an earlier discharge."));
    occupationLabel_->setText(tr("Occupation or &licence:"));
    restriction_->setText(tr("Lawyers, judicial scriveners, real estate transaction agents, "
                             "insurance solicitors, security guards and some other licences "
                             "cannot be practised from the start of bankruptcy until discharge; "
                             "the results show what applies."));
    priorLabel_->setText(tr("Has the client been &discharged in bankruptcy before?"));
    prior_->setQuestion(priorLabel_->text());
    dischargeLabel_->setText(tr("Discharge became final &on:"));
    consultantLabel_->setText(tr("Consul&tant:"));
    notesLabel_->setText(tr("Not&es:"));
    occupation_->setAccessibleName(withoutMnemonic(occupationLabel_->text()));
    discharge_->setFieldName(dischargeLabel_->text());
    consultant_->setFieldName(consultantLabel_->text());
    notes_->setAccessibleName(withoutMnemonic(notesLabel_->text()));
    retranslateEnumCombo<Occupation>(occupation_);
}

void BackgroundPage::updateEnabled()
{
    discharge_->setEnabled(prior_->isYes());
}

void BackgroundPage::load(const Case& c)
{
    setEnumComboValue(occupation_, c.client.occupation);
    prior_->setYes(c.priorDischargeFinalOn.has_value());
    discharge_->setDate(c.priorDischargeFinalOn.value_or(QDate()));
    consultant_->setText(c.consultant);
    notes_->setPlainText(c.notes);
    notes_->document()->setModified(false);
    updateEnabled();
}

bool BackgroundPage::store(Case& c, bool show)
{
    const bool ok = checkFields({discharge_, consultant_}, show);
    c.client.occupation = enumComboValue<Occupation>(occupation_);
    if (!prior_->isYes())
        c.priorDischargeFinalOn.reset();
    else if (discharge_->validate(false))
        c.priorDischargeFinalOn = *discharge_->date();
    c.consultant = consultant_->value();
    c.notes = notes_->toPlainText();
    return ok;
}

} // namespace zansai::ui
