#include "editors/DebtEditor.h"

#include "case/Draft.h"
#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "common/Plausibility.h"
#include "editors/DebtEventsEditor.h"
#include "editors/LimitationPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

// The terms were the interview's debts page before the editor was its own widget: their texts keep
// that context (QCoreApplication::translate), so their translations stay as they are.
namespace zansai::ui {

namespace {

QLabel* buddyLabel(QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

// The lender combo's servicer choice: not a LenderKind (none is negative).
constexpr int kServicer = -1;

const DebtEvent* firstAssignment(const QList<DebtEvent>& events)
{
    for (const DebtEvent& e : events)
        if (e.type == DebtEventType::ClaimAssigned)
            return &e;
    return nullptr;
}

QDate earliest(const QList<DebtEvent>& events)
{
    QDate first;
    for (const DebtEvent& e : events)
        if (e.date.isValid() && (!first.isValid() || e.date < first))
            first = e.date;
    return first;
}

} // namespace

DebtEditor::DebtEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("debtEditor"));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("debtEditorTabs"));
    auto* terms = new QWidget(tabs_);
    terms->setObjectName(QStringLiteral("debtTerms"));

    creditor_ = new TextField(terms);
    creditor_->setObjectName(QStringLiteral("debtCreditor"));
    creditor_->setRequired(true);
    kind_ = new QComboBox(terms);
    kind_->setObjectName(QStringLiteral("debtKind"));
    fillEnumCombo<DebtKind>(kind_, {DebtKind::HousingLoan, DebtKind::Card, DebtKind::ConsumerLoan,
                                    DebtKind::CarLoan, DebtKind::Tax, DebtKind::ChildSupport,
                                    DebtKind::Other});
    lender_ = new QComboBox(terms);
    lender_->setObjectName(QStringLiteral("lenderKind"));
    fillEnumCombo<LenderKind>(lender_, {LenderKind::Bank, LenderKind::CreditUnion, LenderKind::Jhf,
                                        LenderKind::GuaranteeCompany, LenderKind::PublicGuarantor,
                                        LenderKind::ConsumerFinance, LenderKind::CardCompany,
                                        LenderKind::Individual, LenderKind::PublicAuthority,
                                        LenderKind::Other});
    lender_->addItem(QString(), kServicer);
    origin_ = new QComboBox(terms);
    origin_->setObjectName(QStringLiteral("originLenderKind"));
    fillEnumCombo<LenderKind>(origin_, {LenderKind::Bank, LenderKind::CreditUnion, LenderKind::Jhf,
                                        LenderKind::GuaranteeCompany, LenderKind::PublicGuarantor,
                                        LenderKind::ConsumerFinance, LenderKind::CardCompany,
                                        LenderKind::Individual, LenderKind::Other});
    original_ = new TextField(terms);
    original_->setObjectName(QStringLiteral("originalCreditor"));
    assigned_ = new DateField(terms);
    assigned_->setObjectName(QStringLiteral("assignedOn"));
    contract_ = new DateField(terms);
    contract_->setObjectName(QStringLiteral("contractDate"));
    contract_->setRequired(true);
    const auto notAfterAsOf = [this](DateField* f) {
        f->addCheck([this, f] {
            const auto d = f->date();
            if (d && asOf_.isValid() && *d > asOf_)
                return QCoreApplication::translate("zansai::ui::InterviewPage",
                                                   "This date is after the consultation date (%1).")
                    .arg(dateText(asOf_));
            return QString();
        });
    };
    notAfterAsOf(contract_);
    notAfterAsOf(assigned_);
    assigned_->addCheck([this] {
        const auto a = assigned_->date();
        const auto k = contract_->date();
        if (a && k && *a < *k)
            return QCoreApplication::translate("zansai::ui::DebtsPage",
                                               "This is before the contract date.");
        return QString();
    });
    contract_->addCheck([this] {
        const auto date = contract_->date();
        const QDate first = earliest(events_->events());
        if (date && first.isValid() && *date > first)
            return QCoreApplication::translate("zansai::ui::DebtsPage",
                                               "An event of this debt is earlier (%1).")
                .arg(dateText(first));
        return QString();
    });
    accelerated_ = new DateField(terms);
    accelerated_->setObjectName(QStringLiteral("acceleratedOn"));
    accelerated_->setRequired(true);
    notAfterAsOf(accelerated_);
    accelerated_->addCheck([this] {
        const auto a = accelerated_->date();
        const auto k = contract_->date();
        if (a && k && *a < *k)
            return QCoreApplication::translate("zansai::ui::DebtsPage",
                                               "This is before the contract date.");
        return QString();
    });
    principal_ = new YenField(terms);
    principal_->setObjectName(QStringLiteral("principal"));
    principal_->setRequired(true);
    rate_ = new RateField(terms);
    rate_->setObjectName(QStringLiteral("lateRate"));
    rate_->setRequired(true);
    // 利息制限法 cap: a warning beside the rate that does not block (common/Plausibility.h).
    rate_->addWarning(
        [this] { return lateRateWarning(principal_->yen(), rate_->rate(), lenderKind()); });
    connect(principal_, &FieldEdit::edited, rate_, &FieldEdit::refreshWarning);
    connect(lender_, &QComboBox::currentIndexChanged, rate_, &FieldEdit::refreshWarning);
    connect(origin_, &QComboBox::currentIndexChanged, rate_, &FieldEdit::refreshWarning);
    basis_ = new QComboBox(terms);
    basis_->setObjectName(QStringLiteral("lateBasis"));
    fillEnumCombo<DayBasis>(basis_, {DayBasis::Days365, DayBasis::Actual, DayBasis::Court});
    guarantor_ = new QComboBox(terms);
    guarantor_->setObjectName(QStringLiteral("guarantor"));
    fillEnumCombo<GuarantorKind>(guarantor_, {GuarantorKind::None, GuarantorKind::Individual,
                                              GuarantorKind::GuaranteeCompany});

    auto* form = form_ = new QFormLayout(terms);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long label puts its field below it on a narrow window (150 %) rather than scrolling.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(creditorLabel_ = buddyLabel(creditor_, terms), creditor_);
    form->addRow(kindLabel_ = buddyLabel(kind_, terms), kind_);
    form->addRow(lenderLabel_ = buddyLabel(lender_, terms), lender_);
    form->addRow(originLabel_ = buddyLabel(origin_, terms), origin_);
    form->addRow(originalLabel_ = buddyLabel(original_, terms), original_);
    form->addRow(assignedLabel_ = buddyLabel(assigned_, terms), assigned_);
    form->addRow(contractLabel_ = buddyLabel(contract_, terms), contract_);
    form->addRow(acceleratedLabel_ = buddyLabel(accelerated_, terms), accelerated_);
    form->addRow(principalLabel_ = buddyLabel(principal_, terms), principal_);
    form->addRow(rateLabel_ = buddyLabel(rate_, terms), rate_);
    form->addRow(basisLabel_ = buddyLabel(basis_, terms), basis_);
    form->addRow(guarantorLabel_ = buddyLabel(guarantor_, terms), guarantor_);

    events_ = new DebtEventsEditor(tabs_);
    limitation_ = new LimitationPanel(tabs_);
    tabs_->addTab(terms, QString());
    tabs_->addTab(events_, QString());
    tabs_->addTab(limitation_, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);

    const auto noteEdited = [this] {
        if (loading_)
            return;
        emit edited();
    };
    // Before noteEdited: the servicer's rows and fields are set when the debt is stored.
    connect(lender_, &QComboBox::currentIndexChanged, this, &DebtEditor::lenderChanged);
    for (FieldEdit* f : std::initializer_list<FieldEdit*>{
             creditor_, original_, assigned_, contract_, accelerated_, principal_, rate_})
        connect(f, &FieldEdit::edited, this, noteEdited);
    for (QComboBox* c : {kind_, lender_, origin_, basis_, guarantor_})
        connect(c, &QComboBox::currentIndexChanged, this, noteEdited);
    // The timeline's claim_assigned event and the date asked on the terms are one date.
    connect(events_, &DebtEventsEditor::edited, this, &DebtEditor::syncAssignedDate);
    connect(events_, &DebtEventsEditor::edited, this, noteEdited);
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        updateLimitation();
        // On a small screen (150 % on 1366×768) the wizard page scrolls: a tab chosen while the
        // page is scrolled down opened at the foot of its content, an empty table with no tab bar
        // in sight. Bring the tab bar back into view.
        for (QWidget* p = parentWidget(); p; p = p->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(p)) {
                area->ensureWidgetVisible(tabs_->tabBar(), 0, 0);
                break;
            }
    });
    showServicerRows();
    retranslate();
}

bool DebtEditor::servicerChosen() const
{
    return lender_->currentData().toInt() == kServicer;
}

LenderKind DebtEditor::lenderKind() const
{
    return servicerChosen() ? enumComboValue<LenderKind>(origin_)
                            : enumComboValue<LenderKind>(lender_);
}

void DebtEditor::showServicerRows()
{
    const bool servicer = servicerChosen();
    form_->setRowVisible(origin_, servicer);
    form_->setRowVisible(assigned_, servicer);
    original_->setRequired(servicer);
    assigned_->setRequired(servicer);
}

// Servicer chosen by hand: the origin's kind is the one chosen before, and the name typed so far
// is likely the origin's (the bank the client knows); it moves to the original creditor so that
// the creditor field takes the servicer's name.
void DebtEditor::lenderChanged()
{
    const bool servicer = servicerChosen();
    if (!loading_ && servicer) {
        setEnumComboValue(origin_, lastLender_);
        if (original_->isEmpty() && !creditor_->isEmpty()) {
            original_->setText(creditor_->value());
            creditor_->setText(QString());
        }
        if (const DebtEvent* e = firstAssignment(events_->events()))
            assigned_->setDate(e->date);
    }
    if (!servicer)
        lastLender_ = enumComboValue<LenderKind>(lender_);
    showServicerRows();
}

// The sale removed from the timeline: the claim is the origin's again (the lender combo shows
// the origin's kind); redated there: the date on the terms follows.
void DebtEditor::syncAssignedDate()
{
    if (loading_ || !servicerChosen())
        return;
    const DebtEvent* e = firstAssignment(events_->events());
    if (e && e->date.isValid())
        assigned_->setDate(e->date);
    if (!e && hadAssignment_) {
        assigned_->setDate(QDate());
        setEnumComboValue(lender_, enumComboValue<LenderKind>(origin_));
    }
    hadAssignment_ = e != nullptr;
}

// The day asked becomes the claim_assigned event (added when the timeline has none, moved when it
// has one); the timeline shows it at once.
void DebtEditor::addAssignment(Debt& d)
{
    if (!servicerChosen() || !assigned_->validate(false))
        return;
    const QDate on = *assigned_->date();
    QList<DebtEvent> all = events_->events();
    auto it = std::find_if(all.begin(), all.end(), [](const DebtEvent& e) {
        return e.type == DebtEventType::ClaimAssigned;
    });
    if (it != all.end() && it->date == on)
        return;
    if (it != all.end()) {
        it->date = on;
    } else {
        DebtEvent e;
        e.type = DebtEventType::ClaimAssigned;
        e.date = on;
        all << e;
    }
    const bool wasLoading = std::exchange(loading_, true);
    events_->setEvents(all);
    loading_ = wasLoading;
    d.events = events_->completeEvents();
    hadAssignment_ = true;
    tabs_->setTabText(TimelineTab, tr("Timeline (%1)").arg(events_->events().size()));
}

void DebtEditor::retranslate()
{
    tabs_->setTabText(TermsTab, tr("Terms"));
    tabs_->setTabText(TimelineTab, tr("Timeline (%1)").arg(events_->events().size()));
    tabs_->setTabText(LimitationTab, tr("Limitation steps"));
    tabs_->setTabToolTip(TimelineTab, tr("Payments, acknowledgments, demands, the sale of the "
                                         "claim and court papers (Ctrl+Tab)"));
    creditorLabel_->setText(QCoreApplication::translate("zansai::ui::DebtsPage", "Cre&ditor:"));
    kindLabel_->setText(QCoreApplication::translate("zansai::ui::DebtsPage", "&Kind:"));
    lenderLabel_->setText(QCoreApplication::translate("zansai::ui::DebtsPage", "&Lender type:"));
    originalLabel_->setText(tr("&Original creditor:"));
    originLabel_->setText(tr("Lender t&ype before the sale:"));
    assignedLabel_->setText(tr("Sold to the ser&vicer on:"));
    origin_->setAccessibleName(withoutMnemonic(originLabel_->text()));
    origin_->setToolTip(tr("A claim sold to a servicer keeps the limitation period of its "
                           "origin: the kind of lender that lent the money."));
    assigned_->setFieldName(assignedLabel_->text());
    contractLabel_->setText(
        QCoreApplication::translate("zansai::ui::DebtsPage", "Con&tract date:"));
    acceleratedLabel_->setText(
        QCoreApplication::translate("zansai::ui::DebtsPage", "Acceleration or s&ubrogation date:"));
    principalLabel_->setText(
        QCoreApplication::translate("zansai::ui::DebtsPage", "&Principal then:"));
    rateLabel_->setText(
        QCoreApplication::translate("zansai::ui::DebtsPage", "Late &interest rate:"));
    basisLabel_->setText(QCoreApplication::translate("zansai::ui::DebtsPage", "Day count ba&sis:"));
    guarantorLabel_->setText(QCoreApplication::translate("zansai::ui::DebtsPage", "&Guarantor:"));
    rate_->lineEdit()->setPlaceholderText(QStringLiteral("14.0"));
    original_->lineEdit()->setPlaceholderText(
        tr("The lender before the claim was sold, if it was"));
    accelerated_->setToolTip(QCoreApplication::translate(
        "zansai::ui::DebtsPage",
        "The day the whole balance became due (期限の利益喪失日), or the day "
        "a guarantee company paid the bank (代位弁済日)."));
    creditor_->setFieldName(creditorLabel_->text());
    original_->setFieldName(originalLabel_->text());
    kind_->setAccessibleName(withoutMnemonic(kindLabel_->text()));
    lender_->setAccessibleName(withoutMnemonic(lenderLabel_->text()));
    contract_->setFieldName(contractLabel_->text());
    accelerated_->setFieldName(acceleratedLabel_->text());
    principal_->setFieldName(principalLabel_->text());
    rate_->setFieldName(rateLabel_->text());
    basis_->setAccessibleName(withoutMnemonic(basisLabel_->text()));
    guarantor_->setAccessibleName(withoutMnemonic(guarantorLabel_->text()));
    retranslateEnumCombo<DebtKind>(kind_);
    for (int i = 0; i < lender_->count(); ++i) {
        const int v = lender_->itemData(i).toInt();
        lender_->setItemText(i, v == kServicer ? tr("Servicer (debt collection company)")
                                               : displayName(static_cast<LenderKind>(v)));
    }
    retranslateEnumCombo<LenderKind>(origin_);
    retranslateEnumCombo<DayBasis>(basis_);
    retranslateEnumCombo<GuarantorKind>(guarantor_);
}

void DebtEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DebtEditor::load(const Case& c, const QString& id)
{
    loading_ = true;
    id_ = id;
    asOf_ = c.asOf;
    const Debt* d = c.debt(id);
    const Debt blank;
    const Debt& v = d ? *d : blank;
    using namespace draft;
    creditor_->setText(d && !isMissing(v, kCreditor) ? v.creditor : QString());
    setEnumComboValue(kind_, v.kind);
    // A claim_assigned event: a servicer holds the claim, the file's lender kind is the origin's.
    const DebtEvent* sold = d ? firstAssignment(v.events) : nullptr;
    if (sold)
        lender_->setCurrentIndex(lender_->findData(kServicer));
    else
        setEnumComboValue(lender_, v.lenderKind);
    lastLender_ = v.lenderKind;
    setEnumComboValue(origin_, v.lenderKind);
    assigned_->setDate(sold ? sold->date : QDate());
    hadAssignment_ = sold != nullptr;
    showServicerRows();
    original_->setText(v.originalCreditor);
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
    events_->setDateBounds(d && !isMissing(v, kContractDate) ? v.contractDate : QDate(), c.asOf);
    events_->setEvents(v.events);
    setEnabled(d != nullptr);
    loading_ = false;
    retranslate(); // the timeline tab counts the events
    caseChanged(c);
}

void DebtEditor::reloadEvents(const Case& c)
{
    const Debt* d = c.debt(id_);
    if (!d || d->events == events_->completeEvents())
        return;
    loading_ = true;
    events_->setEvents(d->events);
    loading_ = false;
    caseChanged(c);
}

void DebtEditor::caseChanged(const Case& c)
{
    shown_ = c;
    limitationStale_ = true;
    tabs_->setTabText(TimelineTab, tr("Timeline (%1)").arg(events_->events().size()));
    updateLimitation();
}

void DebtEditor::updateLimitation()
{
    // Assessed only when the steps are on screen: an assessment on every keystroke is wasted work.
    if (!limitationStale_ || tabs_->currentIndex() != LimitationTab)
        return;
    limitationStale_ = false;
    Case c = shown_;
    draft::fillStandIns(c);
    limitation_->showDebt(c, id_, asOf_);
}

void DebtEditor::showTab(Tab tab)
{
    tabs_->setCurrentIndex(tab);
    updateLimitation();
}

bool DebtEditor::store(Case& c, bool show)
{
    for (Debt& d : c.debts)
        if (d.id == id_)
            return storeDebt(d, show);
    return true;
}

bool DebtEditor::storeDebt(Debt& d, bool show)
{
    bool ok = true;
    for (FieldEdit* f : std::initializer_list<FieldEdit*>{
             creditor_, original_, assigned_, contract_, accelerated_, principal_, rate_}) {
        if (f == assigned_ && !servicerChosen())
            continue;
        if (!f->validate(show)) {
            if (ok && show) {
                tabs_->setCurrentIndex(TermsTab);
                f->setFocus(Qt::OtherFocusReason);
            }
            ok = false;
        }
    }
    using namespace draft;
    // Each answer: written when valid, marked missing when blank, left as it was when wrong.
    if (creditor_->validate(false)) {
        d.creditor = creditor_->value();
        setMissing(d, kCreditor, false);
    } else if (creditor_->isEmpty()) {
        setMissing(d, kCreditor, true);
    }
    d.kind = enumComboValue<DebtKind>(kind_);
    d.lenderKind = lenderKind();
    if (original_->validate(false))
        d.originalCreditor = original_->text().trimmed();
    if (contract_->validate(false)) {
        d.contractDate = *contract_->date();
        setMissing(d, kContractDate, false);
    } else if (contract_->isEmpty()) {
        setMissing(d, kContractDate, true);
    }
    if (accelerated_->validate(false)) {
        d.acceleratedOn = *accelerated_->date();
        setMissing(d, kAcceleratedOn, false);
    } else if (accelerated_->isEmpty()) {
        setMissing(d, kAcceleratedOn, true);
    }
    if (principal_->validate(false)) {
        d.principal = *principal_->yen();
        setMissing(d, kPrincipal, false);
    } else if (principal_->isEmpty()) {
        setMissing(d, kPrincipal, true);
    }
    if (rate_->validate(false)) {
        d.lateRate = *rate_->rate();
        setMissing(d, kLateRate, false);
    } else if (rate_->isEmpty()) {
        setMissing(d, kLateRate, true);
    }
    d.lateBasis = enumComboValue<DayBasis>(basis_);
    d.guarantor = enumComboValue<GuarantorKind>(guarantor_);
    // The events that are complete; an incomplete one stays in the editor until it is.
    d.events = events_->completeEvents();
    addAssignment(d);
    if (d.contractDate.isValid())
        events_->setDateBounds(d.contractDate, asOf_);
    if (!events_->check(false).isEmpty()) {
        if (ok && show) {
            tabs_->setCurrentIndex(TimelineTab);
            events_->check(true);
        }
        ok = false;
    }
    return ok;
}

} // namespace zansai::ui
