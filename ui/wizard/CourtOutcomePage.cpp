#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "wizard/InterviewPages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace zansai::ui {

CourtOutcomePage::CourtOutcomePage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("courtOutcomePage"));
    about_ = new QLabel(this);
    about_->setObjectName(QStringLiteral("courtDebtName"));
    about_->setWordWrap(true);
    judgment_ = new YesNoField(this);
    judgment_->setObjectName(QStringLiteral("judgment"));
    judgmentServed_ = new DateField(this);
    judgmentServed_->setObjectName(QStringLiteral("judgmentServedOn"));
    judgmentServed_->setRequired(true);
    notAfterConsultation(judgmentServed_);
    judgmentServed_->addCheck([this] {
        const auto papers = findLatestEvent(
            currentCase(), {DebtEventType::LawsuitServed, DebtEventType::PaymentOrderServed},
            debtId_);
        const auto d = judgmentServed_->date();
        if (papers && d && *d < papers->event.date)
            return tr("This is before the court papers were served (%1).")
                .arg(dateText(papers->event.date));
        return QString();
    });
    final_ = new QCheckBox(this);
    final_->setObjectName(QStringLiteral("judgmentFinal"));
    finalOn_ = new DateField(this);
    finalOn_->setObjectName(QStringLiteral("judgmentFinalOn"));
    finalOn_->setRequired(true);
    notAfterConsultation(finalOn_);
    finalOn_->addCheck([this] {
        const auto f = finalOn_->date();
        const auto s = judgmentServed_->date();
        if (f && s && *f < *s)
            return tr("A judgment becomes final after it is served.");
        return QString();
    });
    seizure_ = new YesNoField(this);
    seizure_->setObjectName(QStringLiteral("seizure"));
    seizureOn_ = new DateField(this);
    seizureOn_->setObjectName(QStringLiteral("seizureOn"));
    seizureOn_->setRequired(true);
    notAfterConsultation(seizureOn_);
    target_ = new QComboBox(this);
    target_->setObjectName(QStringLiteral("seizureTarget"));
    fillEnumCombo<SeizureTarget>(
        target_, {SeizureTarget::Wages, SeizureTarget::Deposits, SeizureTarget::Other});

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(about_);
    judgmentLabel_ = buddyLabel(judgment_, this);
    form->addRow(judgmentLabel_, judgment_);
    form->addRow(judgmentServedLabel_ = buddyLabel(judgmentServed_, this), judgmentServed_);
    form->addRow(QString(), final_);
    form->addRow(finalLabel_ = buddyLabel(finalOn_, this), finalOn_);
    seizureLabel_ = buddyLabel(seizure_, this);
    form->addRow(seizureLabel_, seizure_);
    form->addRow(seizureOnLabel_ = buddyLabel(seizureOn_, this), seizureOn_);
    form->addRow(targetLabel_ = buddyLabel(target_, this), target_);

    watch(judgment_);
    watch(final_);
    watch(seizure_);
    watch(target_);
    for (FieldEdit* f : std::initializer_list<FieldEdit*>{judgmentServed_, finalOn_, seizureOn_})
        watch(f);
    connect(judgment_, &YesNoField::changed, this, &CourtOutcomePage::updateEnabled);
    connect(final_, &QCheckBox::toggled, this, &CourtOutcomePage::updateEnabled);
    connect(seizure_, &YesNoField::changed, this, &CourtOutcomePage::updateEnabled);
    retranslate();
    updateEnabled();
}

void CourtOutcomePage::retranslate()
{
    setTitle(tr("Judgment and seizure"));
    setSubTitle(tr("What the court decided, and whether anything has been seized."));
    judgmentLabel_->setText(tr("Has a &judgment been given?"));
    judgment_->setQuestion(judgmentLabel_->text());
    judgmentServedLabel_->setText(tr("Judgment ser&ved on:"));
    final_->setText(tr("It has become fin&al (確定)"));
    finalLabel_->setText(tr("F&inal on:"));
    seizureLabel_->setText(tr("Has anything been &seized?"));
    seizure_->setQuestion(seizureLabel_->text());
    seizureOnLabel_->setText(tr("Seizure &order served on:"));
    targetLabel_->setText(tr("&What was seized:"));
    judgmentServed_->setFieldName(judgmentServedLabel_->text());
    finalOn_->setFieldName(finalLabel_->text());
    seizureOn_->setFieldName(seizureOnLabel_->text());
    target_->setAccessibleName(withoutMnemonic(targetLabel_->text()));
    retranslateEnumCombo<SeizureTarget>(target_);
    const Debt* d = currentCase().debt(debtId_);
    about_->setText(d ? tr("About the debt with %1.").arg(d->creditor) : QString());
}

void CourtOutcomePage::updateEnabled()
{
    const bool judged = judgment_->isYes();
    judgmentServed_->setEnabled(judged);
    final_->setEnabled(judged);
    finalOn_->setEnabled(judged && final_->isChecked());
    const bool seized = seizure_->isYes();
    seizureOn_->setEnabled(seized);
    target_->setEnabled(seized);
}

QString CourtOutcomePage::courtDebtId(const Case& c) const
{
    if (const auto papers =
            findLatestEvent(c, {DebtEventType::LawsuitServed, DebtEventType::PaymentOrderServed,
                                DebtEventType::ProvisionalEnforcementServed}))
        return papers->debtId;
    return c.debts.isEmpty() ? QString() : c.debts.first().id;
}

void CourtOutcomePage::load(const Case& c)
{
    debtId_ = courtDebtId(c);
    judgmentEvent_ = findLatestEvent(c, {DebtEventType::JudgmentServed}, debtId_);
    finalEvent_ = findLatestEvent(c, {DebtEventType::JudgmentFinal}, debtId_);
    seizureEvent_ = findLatestEvent(c, {DebtEventType::SeizureFiled}, debtId_);
    judgment_->setYes(judgmentEvent_.has_value());
    judgmentServed_->setDate(judgmentEvent_ ? judgmentEvent_->event.date : QDate());
    final_->setChecked(finalEvent_.has_value());
    finalOn_->setDate(finalEvent_ ? finalEvent_->event.date : QDate());
    seizure_->setYes(seizureEvent_.has_value());
    seizureOn_->setDate(seizureEvent_ ? seizureEvent_->event.date : QDate());
    setEnumComboValue(target_, seizureEvent_ && seizureEvent_->event.target
                                   ? *seizureEvent_->event.target
                                   : SeizureTarget::Wages);
    retranslate();
    updateEnabled();
}

void CourtOutcomePage::refresh(const Case& c)
{
    debtId_ = courtDebtId(c);
    retranslate();
}

bool CourtOutcomePage::store(Case& c, bool show)
{
    const bool ok = checkFields({judgmentServed_, finalOn_, seizureOn_}, show);
    if (!c.debt(debtId_))
        return ok;

    // Each answer replaces exactly the event it stands for; "no" removes it.
    auto answer = [&](std::optional<EventRef>& mine, bool wanted, DateField* date,
                      DebtEventType type, auto&& fill) {
        if (wanted && date->validate(false)) {
            DebtEvent e = mine ? mine->event : DebtEvent{};
            e.type = type;
            e.date = *date->date();
            fill(e);
            mine = replaceEvent(c, mine, debtId_, e);
        } else if (!wanted && mine) {
            removeEvent(c, *mine);
            mine.reset();
        }
    };
    const bool judged = judgment_->isYes();
    answer(judgmentEvent_, judged, judgmentServed_, DebtEventType::JudgmentServed,
           [](DebtEvent&) {});
    answer(finalEvent_, judged && final_->isChecked(), finalOn_, DebtEventType::JudgmentFinal,
           [](DebtEvent&) {});
    answer(seizureEvent_, seizure_->isYes(), seizureOn_, DebtEventType::SeizureFiled,
           [this](DebtEvent& e) { e.target = enumComboValue<SeizureTarget>(target_); });
    return ok;
}

} // namespace zansai::ui
