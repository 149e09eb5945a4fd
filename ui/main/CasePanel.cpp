#include "main/CasePanel.h"

#include "case/Case.h"
#include "results/ResultsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zansai::ui {

CasePanel::CasePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("casePanel"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("caseTitle"));
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    title_->setFont(f);
    edit_ = new QPushButton(this);
    edit_->setObjectName(QStringLiteral("editInterviewButton"));
    editDebt_ = new QPushButton(this);
    editDebt_->setObjectName(QStringLiteral("editDebtButton"));
    today_ = new QPushButton(this);
    today_->setObjectName(QStringLiteral("asOfTodayButton"));
    back_ = new QPushButton(this);
    back_->setObjectName(QStringLiteral("backToListButton"));
    results_ = new ResultsView(this);

    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(edit_);
    header->addWidget(editDebt_);
    header->addWidget(today_);
    header->addWidget(back_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    // The results fit 1366×768 at 150 % (910 × 512 logical px) without scrolling: what must be
    // seen at once is on the left, the rest in tabs (ResultsView). The scroll area stays for a
    // still smaller window: it scrolls rather than cutting the results off.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("resultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(results_);
    layout->addWidget(scroll, 1);

    connect(edit_, &QPushButton::clicked, this, &CasePanel::editRequested);
    connect(editDebt_, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedDebtId(); !id.isEmpty())
            emit editDebtRequested(id);
    });
    // Enter or a double-click on a debt row of the results opens that debt's editor.
    connect(results_->debtsTable(), &QTableWidget::itemActivated, this, [this] {
        if (const QString id = selectedDebtId(); !id.isEmpty())
            emit editDebtRequested(id);
    });
    connect(results_->debtsTable(), &QTableWidget::currentCellChanged, this,
            [this] { editDebt_->setEnabled(!selectedDebtId().isEmpty()); });
    connect(back_, &QPushButton::clicked, this, &CasePanel::backRequested);
    connect(today_, &QPushButton::clicked, this, &CasePanel::asOfTodayRequested);
    retranslate();
}

void CasePanel::setCase(const Case& c, QDate today)
{
    name_ = c.client.name;
    results_->setCase(c, today);
    if (results_->debtsTable()->currentRow() < 0 && results_->debtsTable()->rowCount() > 0)
        results_->debtsTable()->setCurrentCell(0, 0);
    editDebt_->setEnabled(!selectedDebtId().isEmpty());
    retranslate();
}

QString CasePanel::selectedDebtId() const
{
    const int row = results_->debtsTable()->currentRow();
    const auto& debts = results_->assessment().debts;
    return row >= 0 && row < debts.size() ? debts[row].id : QString();
}

void CasePanel::retranslate()
{
    title_->setText(name_.isEmpty() ? tr("Consultation") : tr("Consultation: %1").arg(name_));
    edit_->setText(tr("Edit the &interview"));
    editDebt_->setText(tr("Edit the se&lected debt…"));
    editDebt_->setToolTip(tr("Its terms, its events and how they moved the limitation date "
                             "(Enter on a debt row)"));
    today_->setText(tr("Mark as consulted to&day"));
    today_->setToolTip(tr("The figures are always counted to today; this records today as the "
                          "case's consultation date."));
    back_->setText(tr("&Back to the case list"));
}

void CasePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zansai::ui
