#include "editors/LimitationPanel.h"

#include "advice/AdviceLabels.h"
#include "advice/Consultation.h"
#include "common/Format.h"
#include "i18n/Narrator.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zansai::ui {

LimitationPanel::LimitationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("limitationPanel"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("limitationSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    steps_ = new QTableWidget(0, 3, this);
    steps_->setObjectName(QStringLiteral("limitationSteps"));
    steps_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    steps_->setSelectionBehavior(QAbstractItemView::SelectRows);
    steps_->setSelectionMode(QAbstractItemView::SingleSelection);
    steps_->setTabKeyNavigation(false);
    steps_->setWordWrap(true);
    steps_->verticalHeader()->hide();
    steps_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    steps_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    steps_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    steps_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    warnings_ = new QLabel(this);
    warnings_->setObjectName(QStringLiteral("limitationWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(steps_, 1);
    layout->addWidget(warnings_);
    retranslate();
}

void LimitationPanel::showDebt(const Case& c, const QString& debtId, QDate asOf)
{
    const Consultation shown = Consultation::assess(c, asOf.isValid() ? asOf : c.asOf);
    debt_.reset();
    for (const DebtAssessment& d : shown.assessment.debts)
        if (d.id == debtId)
            debt_ = d;
    const IncompleteDebt* missing = shown.incompleteDebt(debtId);
    unknown_ = missing && missing->limitationUnknown;
    fill();
}

void LimitationPanel::showLimitation(const DebtAssessment& d)
{
    debt_ = d;
    unknown_ = false;
    fill();
}

void LimitationPanel::clear()
{
    debt_.reset();
    unknown_ = false;
    fill();
}

void LimitationPanel::fill()
{
    const Narrator n = uiNarrator();
    steps_->setRowCount(0);
    warnings_->clear();
    warnings_->hide();
    if (!debt_) {
        summary_->setText(tr("No debt to show."));
        return;
    }
    const LimitationView& l = debt_->limitation;
    if (unknown_) {
        summary_->setText(tr("Not counted yet: the contract and acceleration dates are missing."));
    } else {
        QString line = l.completesOn.isValid()
                           ? tr("%1: completes on %2 (%3 years).")
                                 .arg(n.text(limitationStatusLabel(l)), dateText(l.completesOn))
                                 .arg(l.years)
                           : n.text(limitationStatusLabel(l));
        if (l.pendingProceeding)
            line += QLatin1Char(' ') + tr("A proceeding is pending: the date cannot come before it "
                                          "ends (民法147条・148条).");
        summary_->setText(line);
    }
    steps_->setRowCount(int(l.steps.size()));
    for (int i = 0; i < l.steps.size(); ++i) {
        const LimitationStepView& s = l.steps[i];
        steps_->setItem(i, 0, new QTableWidgetItem(dateText(s.date)));
        steps_->setItem(i, 1, new QTableWidgetItem(s.article));
        steps_->setItem(i, 2, new QTableWidgetItem(n.text(s.text)));
    }
    steps_->resizeRowsToContents();
    QStringList warnings = n.texts(l.warnings);
    warnings << n.texts(debt_->warnings);
    if (!warnings.isEmpty()) {
        warnings_->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
        warnings_->show();
    }
}

void LimitationPanel::retranslate()
{
    steps_->setHorizontalHeaderLabels({tr("Date"), tr("Article"), tr("What it did")});
    steps_->setAccessibleName(tr("Limitation steps"));
    fill();
}

void LimitationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zansai::ui
