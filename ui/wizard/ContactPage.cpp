#include "case/Draft.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "wizard/DebtChooser.h"
#include "wizard/InterviewPages.h"
#include "wizard/InterviewWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
const QList<DebtEventType> kCourtPapers{DebtEventType::LawsuitServed,
                                        DebtEventType::PaymentOrderServed,
                                        DebtEventType::ProvisionalEnforcementServed};
// Everything the court pages record: parked together when the answer turns to "no".
const QList<DebtEventType> kCourtPageEvents{DebtEventType::LawsuitServed,
                                            DebtEventType::PaymentOrderServed,
                                            DebtEventType::ProvisionalEnforcementServed,
                                            DebtEventType::JudgmentServed,
                                            DebtEventType::JudgmentFinal,
                                            DebtEventType::SeizureFiled};
} // namespace

ContactPage::ContactPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("contactPage"));
    ignored_ = new YesNoField(this);
    ignored_->setObjectName(QStringLiteral("ignoredLetters"));
    letterDate_ = new DateField(this);
    letterDate_->setObjectName(QStringLiteral("letterDate"));
    letterDate_->setRequired(true);
    notAfterConsultation(letterDate_);
    letterDebt_ = new DebtChooser(this);
    letterDebt_->setObjectName(QStringLiteral("letterDebt"));
    letterDate_->addCheck([this] {
        const Debt* d = currentCase().debt(letterDebt_->selectedId());
        const auto date = letterDate_->date();
        if (d && date && !draft::isMissing(*d, draft::kContractDate) && *date < d->contractDate)
            return tr("This is before the debt's contract date (%1).")
                .arg(dateText(d->contractDate));
        return QString();
    });
    court_ = new YesNoField(this);
    court_->setObjectName(QStringLiteral("courtPapers"));

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    ignoredLabel_ = buddyLabel(ignored_, this);
    form->addRow(ignoredLabel_, ignored_);
    form->addRow(letterDateLabel_ = buddyLabel(letterDate_, this), letterDate_);
    form->addRow(letterDebtLabel_ = buddyLabel(letterDebt_, this), letterDebt_);
    courtLabel_ = buddyLabel(court_, this);
    form->addRow(courtLabel_, court_);
    courtHint_ = new QLabel(this);
    courtHint_->setWordWrap(true);
    courtHint_->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(courtHint_);

    watch(ignored_);
    watch(letterDate_);
    connect(letterDebt_, &DebtChooser::edited, this, &ContactPage::noteEdited);
    watch(court_);
    connect(ignored_, &YesNoField::changed, this, &ContactPage::updateEnabled);
    retranslate();
    updateEnabled();
}

void ContactPage::retranslate()
{
    setTitle(tr("Creditor contact"));
    setSubTitle(tr("How far the creditor has gone: letters, court papers, judgment, seizure."));
    ignoredLabel_->setText(tr("Did the client &ignore demand letters or bills?"));
    ignored_->setQuestion(ignoredLabel_->text());
    letterDateLabel_->setText(tr("Date of the &latest letter:"));
    letterDebtLabel_->setText(tr("From &whom:"));
    courtLabel_->setText(tr("Did a &complaint or a payment order come from the court?"));
    court_->setQuestion(courtLabel_->text());
    courtHint_->setText(tr("A special delivery envelope from a summary or district court "
                           "(特別送達): a complaint (訴状) or a payment order (支払督促)."));
    letterDate_->setFieldName(letterDateLabel_->text());
    letterDebt_->setFieldName(letterDebtLabel_->text());
}

void ContactPage::updateEnabled()
{
    const bool on = ignored_->isYes();
    letterDate_->setEnabled(on);
    letterDebt_->setEnabled(on);
}

bool ContactPage::courtPapersCame() const
{
    return court_->isYes();
}

int ContactPage::nextId() const
{
    return courtPapersCame() ? InterviewWizard::CourtPapersPageId : InterviewWizard::DebtsPageId;
}

void ContactPage::load(const Case& c)
{
    demand_ = findLatestEvent(c, {DebtEventType::Demand});
    ignored_->setYes(demand_.has_value());
    letterDate_->setDate(demand_ ? demand_->event.date : QDate());
    letterDebt_->setDebts(c, demand_ ? demand_->debtId : QString());
    court_->setYes(hasEvent(c, kCourtPapers) || (!parkedCourtEvents_.isEmpty() && court_->isYes()));
    updateEnabled();
}

void ContactPage::refresh(const Case& c)
{
    letterDebt_->refreshDebts(c);
}

bool ContactPage::store(Case& c, bool show)
{
    bool ok = true;
    if (ignored_->isYes()) {
        ok = checkFields({letterDate_}, show);
        if (!letterDebt_->isValid(show))
            ok = false;
        // A new creditor becomes a debt when the page is done, not while its name is typed.
        const bool anotherTyped = letterDebt_->selectedId().isEmpty();
        if (letterDate_->validate(false) && letterDebt_->isValid(false) &&
            (show || !anotherTyped)) {
            const QString id = letterDebt_->resolve(c);
            DebtEvent e = demand_ && demand_->debtId == id ? demand_->event : DebtEvent{};
            e.type = DebtEventType::Demand;
            e.date = *letterDate_->date();
            demand_ = replaceEvent(c, demand_, id, e);
            letterDebt_->setDebts(c, id);
        }
    } else if (demand_) {
        removeEvent(c, *demand_);
        demand_.reset();
    }

    // "No" after "yes": the court answers leave the case but are kept here, so that "yes" again
    // brings them back (going back never loses an answer).
    if (!court_->isYes() && hasEvent(c, kCourtPapers)) {
        for (const Debt& d : c.debts)
            for (const DebtEvent& e : d.events)
                if (kCourtPageEvents.contains(e.type))
                    parkedCourtEvents_ << EventRef{d.id, e};
        for (const EventRef& r : parkedCourtEvents_)
            removeEvent(c, r);
    } else if (court_->isYes() && !parkedCourtEvents_.isEmpty()) {
        for (const EventRef& r : parkedCourtEvents_)
            if (c.debt(r.debtId))
                insertEvent(c, r.debtId, r.event);
        parkedCourtEvents_.clear();
    }
    return ok;
}

} // namespace zansai::ui
