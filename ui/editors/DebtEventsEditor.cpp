#include "editors/DebtEventsEditor.h"

#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "editors/DebtEventsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {

// Every event type of the case format (revision 2), in the order a debt's life goes.
const QList<DebtEventType>& allEventTypes()
{
    static const QList<DebtEventType> all{
        DebtEventType::Payment,
        DebtEventType::Acknowledgment,
        DebtEventType::VoluntarySaleSettled,
        DebtEventType::Demand,
        DebtEventType::NegotiationAgreement,
        DebtEventType::NegotiationRefused,
        DebtEventType::ClaimAssigned,
        DebtEventType::PaymentOrderServed,
        DebtEventType::PaymentOrderObjection,
        DebtEventType::PaymentOrderLapsed,
        DebtEventType::ProvisionalEnforcementServed,
        DebtEventType::LawsuitServed,
        DebtEventType::LawsuitWithdrawn,
        DebtEventType::LawsuitDismissed,
        DebtEventType::JudgmentServed,
        DebtEventType::JudgmentFinal,
        DebtEventType::CourtSettlement,
        DebtEventType::EnforceableDeed,
        DebtEventType::SeizureFiled,
        DebtEventType::AuctionFiled,
        DebtEventType::AuctionWithdrawn,
        DebtEventType::SeizureWithdrawn,
        DebtEventType::SeizureCompleted,
        DebtEventType::LimitationInvoked,
    };
    return all;
}

constexpr int kNoTarget = -1;

} // namespace

bool DebtEventsEditor::usesAmount(DebtEventType t)
{
    return t == DebtEventType::Payment || t == DebtEventType::VoluntarySaleSettled;
}

bool DebtEventsEditor::usesCourt(DebtEventType t)
{
    switch (t) {
    case DebtEventType::LawsuitServed:
    case DebtEventType::PaymentOrderServed:
    case DebtEventType::ProvisionalEnforcementServed:
    case DebtEventType::JudgmentServed:
    case DebtEventType::JudgmentFinal:
    case DebtEventType::CourtSettlement:
    case DebtEventType::SeizureFiled:
    case DebtEventType::AuctionFiled:
    case DebtEventType::AuctionWithdrawn:
    case DebtEventType::LawsuitWithdrawn:
    case DebtEventType::LawsuitDismissed:
    case DebtEventType::PaymentOrderObjection:
    case DebtEventType::PaymentOrderLapsed:
    case DebtEventType::SeizureWithdrawn:
    case DebtEventType::SeizureCompleted:
        return true;
    default:
        return false;
    }
}

DebtEventsEditor::DebtEventsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("debtEventsEditor"));
    model_ = new DebtEventsModel(this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("debtEventsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("addEvent"));
    add_->setAutoDefault(false);
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("removeEvent"));
    remove_->setAutoDefault(false);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("eventsMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->hide();
    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("noEventSelected"));
    empty_->setWordWrap(true);

    form_ = new QWidget(this);
    form_->setObjectName(QStringLiteral("eventForm"));
    type_ = new QComboBox(form_);
    type_->setObjectName(QStringLiteral("eventType"));
    fillEnumCombo<DebtEventType>(type_, allEventTypes());
    date_ = new DateField(form_);
    date_->setObjectName(QStringLiteral("eventDate"));
    date_->setRequired(true);
    date_->addCheck([this] {
        const auto d = date_->date();
        if (d && notAfter_.isValid() && *d > notAfter_)
            return tr("This date is after the consultation date (%1).").arg(dateText(notAfter_));
        if (d && notBefore_.isValid() && *d < notBefore_)
            return tr("This is before the contract date (%1).").arg(dateText(notBefore_));
        return QString();
    });
    amount_ = new YenField(form_);
    amount_->setObjectName(QStringLiteral("eventAmount"));
    hearing_ = new DateField(form_);
    hearing_->setObjectName(QStringLiteral("eventHearingOn"));
    agreedUntil_ = new DateField(form_);
    agreedUntil_->setObjectName(QStringLiteral("eventAgreedUntil"));
    target_ = new QComboBox(form_);
    target_->setObjectName(QStringLiteral("eventTarget"));
    target_->addItem(QString(), kNoTarget);
    for (SeizureTarget t : {SeizureTarget::Wages, SeizureTarget::Deposits, SeizureTarget::Other})
        target_->addItem(displayName(t), int(t));
    court_ = new TextField(form_);
    court_->setObjectName(QStringLiteral("eventCourt"));
    caseNumber_ = new TextField(form_);
    caseNumber_->setObjectName(QStringLiteral("eventCaseNumber"));
    note_ = new TextField(form_);
    note_->setObjectName(QStringLiteral("eventNote"));

    auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(form_);
        l->setBuddy(buddy);
        return l;
    };
    // Two columns, so the form fits under the table at 1366×768.
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* f : {left, right})
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(typeLabel_ = label(type_), type_);
    left->addRow(dateLabel_ = label(date_), date_);
    left->addRow(amountLabel_ = label(amount_), amount_);
    left->addRow(hearingLabel_ = label(hearing_), hearing_);
    left->addRow(agreedLabel_ = label(agreedUntil_), agreedUntil_);
    right->addRow(targetLabel_ = label(target_), target_);
    right->addRow(courtLabel_ = label(court_), court_);
    right->addRow(caseNumberLabel_ = label(caseNumber_), caseNumber_);
    right->addRow(noteLabel_ = label(note_), note_);
    auto* columns = new QHBoxLayout(form_);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(message_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addWidget(empty_);
    layout->addWidget(form_);

    // Keyboard order: the list, its buttons, then the selected event's fields top to bottom.
    setTabOrder(table_, add_);
    setTabOrder(add_, remove_);
    setTabOrder(remove_, type_);
    setTabOrder(type_, date_);
    setTabOrder(date_, amount_);
    setTabOrder(amount_, hearing_);
    setTabOrder(hearing_, agreedUntil_);
    setTabOrder(agreedUntil_, target_);
    setTabOrder(target_, court_);
    setTabOrder(court_, caseNumber_);
    setTabOrder(caseNumber_, note_);

    connect(add_, &QPushButton::clicked, this, &DebtEventsEditor::addEvent);
    connect(remove_, &QPushButton::clicked, this, &DebtEventsEditor::removeEvent);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { loadForm(); });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { loadForm(); });
    // Columns as wide as their texts (an event's name is never cut), measured when rows change.
    const auto fit = [this] { fitColumns(); };
    connect(model_, &QAbstractItemModel::modelReset, this, fit);
    connect(model_, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model_, &QAbstractItemModel::rowsMoved, this, fit);
    connect(model_, &QAbstractItemModel::dataChanged, this, fit);
    for (FieldEdit* f : std::initializer_list<FieldEdit*>{date_, amount_, hearing_, agreedUntil_,
                                                          court_, caseNumber_, note_})
        connect(f, &FieldEdit::edited, this, &DebtEventsEditor::formEdited);
    for (QComboBox* c : {type_, target_})
        connect(c, &QComboBox::currentIndexChanged, this, &DebtEventsEditor::formEdited);
    retranslate();
    loadForm();
}

void DebtEventsEditor::retranslate()
{
    add_->setText(tr("Add e&vent"));
    remove_->setText(tr("Re&move event"));
    typeLabel_->setText(tr("&Type:"));
    dateLabel_->setText(tr("&Date:"));
    amountLabel_->setText(tr("Amo&unt:"));
    hearingLabel_->setText(tr("&Hearing on:"));
    agreedLabel_->setText(tr("Agreed unti&l:"));
    targetLabel_->setText(tr("Seizure tar&get:"));
    courtLabel_->setText(tr("C&ourt:"));
    caseNumberLabel_->setText(tr("&Case number:"));
    noteLabel_->setText(tr("Not&e:"));
    empty_->setText(tr("Add an event, or pick one in the list to edit it: payments, "
                       "acknowledgments, demands, the sale of the claim, court papers and how "
                       "each proceeding ended."));
    court_->lineEdit()->setPlaceholderText(tr("e.g. Osaka Summary Court"));
    caseNumber_->lineEdit()->setPlaceholderText(tr("e.g. Reiwa 8 (ro) No. 1234"));
    agreedUntil_->setToolTip(tr("The term agreed in writing to negotiate, if shorter than one "
                                "year (民法151条1項2号)."));
    table_->setAccessibleName(tr("Events of the debt"));
    type_->setAccessibleName(withoutMnemonic(typeLabel_->text()));
    target_->setAccessibleName(withoutMnemonic(targetLabel_->text()));
    date_->setFieldName(dateLabel_->text());
    amount_->setFieldName(amountLabel_->text());
    hearing_->setFieldName(hearingLabel_->text());
    agreedUntil_->setFieldName(agreedLabel_->text());
    court_->setFieldName(courtLabel_->text());
    caseNumber_->setFieldName(caseNumberLabel_->text());
    note_->setFieldName(noteLabel_->text());
    retranslateEnumCombo<DebtEventType>(type_);
    for (int i = 1; i < target_->count(); ++i)
        target_->setItemText(i, displayName(SeizureTarget(target_->itemData(i).toInt())));
    target_->setItemText(0, tr("—"));
    model_->retranslate();
}

void DebtEventsEditor::fitColumns()
{
    if (!isVisible())
        return; // measured when shown (a hidden view measures no rows)
    for (int col = 0; col < DebtEventsModel::NoteColumn; ++col)
        table_->resizeColumnToContents(col);
}

void DebtEventsEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void DebtEventsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DebtEventsEditor::setEvents(const QList<DebtEvent>& events)
{
    message_->hide();
    model_->setEvents(events);
    if (!events.isEmpty())
        selectRow(0);
}

void DebtEventsEditor::setDateBounds(QDate notBefore, QDate notAfter)
{
    notBefore_ = notBefore;
    notAfter_ = notAfter;
}

const QList<DebtEvent>& DebtEventsEditor::events() const
{
    return model_->events();
}

QList<DebtEvent> DebtEventsEditor::completeEvents() const
{
    QList<DebtEvent> out;
    for (const DebtEvent& e : model_->events())
        if (DebtEventsModel::problem(e).isEmpty())
            out << e;
    return out;
}

QString DebtEventsEditor::check(bool show)
{
    for (int i = 0; i < model_->rowCount(); ++i) {
        const QString why = DebtEventsModel::problem(model_->event(i));
        if (why.isEmpty())
            continue;
        if (show) {
            selectRow(i);
            message_->setText(why);
            message_->show();
            QWidget* first = model_->event(i).type == DebtEventType::SeizureFiled
                                 ? static_cast<QWidget*>(target_)
                                 : amount_->lineEdit();
            first->setFocus(Qt::OtherFocusReason);
        }
        return why;
    }
    if (show)
        message_->hide();
    return QString();
}

int DebtEventsEditor::currentRow() const
{
    const QModelIndex i = table_->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void DebtEventsEditor::selectRow(int row)
{
    if (row < 0 || row >= model_->rowCount()) {
        table_->setCurrentIndex(QModelIndex());
        loadForm();
        return;
    }
    table_->setCurrentIndex(model_->index(row, 0));
    table_->selectRow(row);
}

void DebtEventsEditor::addEvent()
{
    // A new event is dated on the consultation day (the most recent a letter can be) as a payment:
    // the most common one, and its amount is asked at once.
    DebtEvent e;
    e.date = notAfter_.isValid() ? notAfter_ : QDate::currentDate();
    e.type = DebtEventType::Payment;
    const int row = model_->addEvent(e);
    selectRow(row);
    message_->hide();
    emit edited();
    type_->setFocus(Qt::OtherFocusReason);
}

void DebtEventsEditor::removeEvent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    model_->removeEvent(row);
    selectRow(std::min(row, model_->rowCount() - 1));
    message_->hide();
    emit edited();
    (model_->rowCount() > 0 ? static_cast<QWidget*>(table_) : add_)->setFocus(Qt::OtherFocusReason);
}

void DebtEventsEditor::updateEnabled(const DebtEvent* e)
{
    const DebtEventType t = enumComboValue<DebtEventType>(type_);
    // A field the type does not use stays editable while it holds a value (an imported event).
    amount_->setEnabled(usesAmount(t) || (e && e->amount));
    hearing_->setEnabled(t == DebtEventType::LawsuitServed || (e && e->hearingOn));
    agreedUntil_->setEnabled(t == DebtEventType::NegotiationAgreement || (e && e->agreedUntil));
    target_->setEnabled(t == DebtEventType::SeizureFiled || (e && e->target));
    court_->setEnabled(usesCourt(t) || (e && !e->court.isEmpty()));
    caseNumber_->setEnabled(usesCourt(t) || (e && !e->caseNumber.isEmpty()));
    amount_->setRequired(t == DebtEventType::Payment);
}

void DebtEventsEditor::loadForm()
{
    if (loading_)
        return;
    const int row = currentRow();
    const bool has = row >= 0;
    form_->setVisible(has);
    empty_->setVisible(!has);
    remove_->setEnabled(has);
    if (!has)
        return;
    loading_ = true;
    const DebtEvent& e = model_->event(row);
    setEnumComboValue(type_, e.type);
    date_->setDate(e.date);
    if (e.amount)
        amount_->setYen(*e.amount);
    else
        amount_->setText(QString());
    hearing_->setDate(e.hearingOn.value_or(QDate()));
    agreedUntil_->setDate(e.agreedUntil.value_or(QDate()));
    target_->setCurrentIndex(std::max(0, target_->findData(e.target ? int(*e.target) : kNoTarget)));
    court_->setText(e.court);
    caseNumber_->setText(e.caseNumber);
    note_->setText(e.note);
    updateEnabled(&e);
    loading_ = false;
}

void DebtEventsEditor::formEdited()
{
    const int row = currentRow();
    if (loading_ || row < 0)
        return;
    DebtEvent e = model_->event(row); // keeps what the form does not show (extra fields, layout)
    e.type = enumComboValue<DebtEventType>(type_);
    updateEnabled(&e);
    if (date_->validate(false))
        e.date = *date_->date();
    // Each optional field: its value when valid, none when empty or not used, unchanged when wrong.
    const auto optionalDate = [](DateField* f, std::optional<QDate>& into) {
        if (!f->isEnabled() || f->isEmpty())
            into.reset();
        else if (f->validate(false))
            into = f->date();
    };
    if (!amount_->isEnabled() || amount_->isEmpty())
        e.amount.reset();
    else if (amount_->validate(false))
        e.amount = amount_->yen();
    optionalDate(hearing_, e.hearingOn);
    optionalDate(agreedUntil_, e.agreedUntil);
    const int target = target_->currentData().toInt();
    if (!target_->isEnabled() || target == kNoTarget)
        e.target.reset();
    else
        e.target = SeizureTarget(target);
    e.court = court_->isEnabled() ? court_->text().trimmed() : QString();
    e.caseNumber = caseNumber_->isEnabled() ? caseNumber_->text().trimmed() : QString();
    e.note = note_->text().trimmed();
    // The form is not loaded again while the consultant types in it (a half-typed date that parses
    // would be rewritten under the cursor).
    loading_ = true;
    const int now = model_->setEvent(row, e);
    if (now != row || currentRow() != now)
        selectRow(now);
    loading_ = false;
    if (message_->isVisible() && check(false).isEmpty())
        message_->hide();
    emit edited();
}

} // namespace zansai::ui
