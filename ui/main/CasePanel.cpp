#include "main/CasePanel.h"

#include "case/Case.h"
#include "results/ResultsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    today_ = new QPushButton(this);
    today_->setObjectName(QStringLiteral("asOfTodayButton"));
    back_ = new QPushButton(this);
    back_->setObjectName(QStringLiteral("backToListButton"));
    results_ = new ResultsView(this);

    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(edit_);
    header->addWidget(today_);
    header->addWidget(back_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(results_, 1);

    connect(edit_, &QPushButton::clicked, this, &CasePanel::editRequested);
    connect(back_, &QPushButton::clicked, this, &CasePanel::backRequested);
    connect(today_, &QPushButton::clicked, this, &CasePanel::asOfTodayRequested);
    retranslate();
}

void CasePanel::setCase(const Case& c, QDate today)
{
    name_ = c.client.name;
    results_->setCase(c, today);
    retranslate();
}

void CasePanel::retranslate()
{
    title_->setText(name_.isEmpty() ? tr("Consultation") : tr("Consultation: %1").arg(name_));
    edit_->setText(tr("&Edit the interview"));
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
