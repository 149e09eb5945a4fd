#include "case/Draft.h"
#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "common/Format.h"
#include "common/MessageBoxes.h"
#include "editors/DebtEditor.h"
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
#include <QResizeEvent>
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
    editor_ = new DebtEditor(details_);
    auto* detailsLayout = new QVBoxLayout(details_);
    detailsLayout->addWidget(editor_);

    auto* left = new QVBoxLayout;
    left->addWidget(table_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addWidget(listMessage_);
    // Side by side where there is room; on a narrow window (1366×768 at 150 %: 910 logical px)
    // the list goes above the editor, so the page scrolls down only, never sideways.
    columns_ = new QBoxLayout(QBoxLayout::LeftToRight);
    columns_->addLayout(left, 2);
    columns_->addWidget(details_, 5);
    auto* layout = new QVBoxLayout(scrollingBody());
    layout->addWidget(intro_);
    layout->addLayout(columns_, 1);

    setTabOrder(table_, add_);
    setTabOrder(add_, remove_);
    setTabOrder(remove_, editor_->tabs());

    connect(add_, &QPushButton::clicked, this, &DebtsPage::addDebt);
    connect(remove_, &QPushButton::clicked, this, &DebtsPage::removeDebt);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (switching_ || row < 0)
            return;
        const QString id = table_->item(row, 0)->data(Qt::UserRole).toString();
        if (id != currentId_)
            selectDebt(id);
    });
    connect(editor_, &DebtEditor::edited, this, &DebtsPage::noteEdited);
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
    table_->setAccessibleName(tr("Debts"));
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
    editor_->load(c, id);
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
    editor_->reloadEvents(c);
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
    editor_->showTab(DebtEditor::TermsTab);
    editor_->creditorField()->setFocus(Qt::OtherFocusReason);
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

bool DebtsPage::store(Case& c, bool show)
{
    bool ok = editor_->store(c, show);
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
                    editor_->store(c, true);
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
    editor_->caseChanged(c);
    return ok;
}

void DebtsPage::resizeEvent(QResizeEvent* event)
{
    InterviewPage::resizeEvent(event);
    const bool narrow = width() < kStackBelowWidth;
    const auto direction = narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (columns_->direction() == direction)
        return;
    columns_->setDirection(direction);
    // Stacked, the list shows a few debts and scrolls; the editor keeps the height.
    table_->setMaximumHeight(narrow ? table_->verticalHeader()->defaultSectionSize() * 5 +
                                          table_->horizontalHeader()->sizeHint().height() + 4
                                    : QWIDGETSIZE_MAX);
}

} // namespace zansai::ui
