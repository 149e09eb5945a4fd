#include "case/CaseLabels.h"
#include "common/Fields.h"
#include "wizard/InterviewPages.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zansai::ui {

GuarantorsPage::GuarantorsPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("guarantorsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* gridHolder = new QWidget(this);
    grid_ = new QGridLayout(gridHolder);
    grid_->setContentsMargins(0, 0, 0, 0);
    debtHeading_ = new QLabel(gridHolder);
    nameHeading_ = new QLabel(gridHolder);
    relationHeading_ = new QLabel(gridHolder);
    grid_->addWidget(debtHeading_, 0, 0);
    grid_->addWidget(nameHeading_, 0, 1);
    grid_->addWidget(relationHeading_, 0, 2);
    grid_->setColumnStretch(1, 1);
    grid_->setColumnStretch(2, 1);
    layout->addWidget(gridHolder);
    effects_ = new QLabel(this);
    effects_->setObjectName(QStringLiteral("guarantorEffects"));
    effects_->setWordWrap(true);
    layout->addWidget(effects_);
    layout->addStretch();
    retranslate();
}

void GuarantorsPage::retranslate()
{
    setTitle(tr("Guarantors"));
    setSubTitle(tr("Who stands behind the debts that have a guarantor."));
    debtHeading_->setText(QStringLiteral("<b>%1</b>").arg(tr("Debt").toHtmlEscaped()));
    nameHeading_->setText(QStringLiteral("<b>%1</b>").arg(tr("Guarantor's name").toHtmlEscaped()));
    relationHeading_->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Relationship to the client").toHtmlEscaped()));
    effects_->setText(
        tr("A joint guarantor (連帯保証人) owes the whole residual debt as soon as "
           "the client stops paying. Bankruptcy (破産法253条2項) and rehabilitation "
           "(民事再生法177条2項) do not free the guarantor: the creditor turns to them "
           "for the rest. Talk to the guarantor before choosing a way out."));
    for (const Row& r : rows_) {
        const Debt* d = currentCase().debt(r.debtId);
        if (!d)
            continue;
        r.debt->setText(QStringLiteral("%1 (%2)").arg(d->creditor, displayName(d->guarantor)));
        r.name->setFieldName(tr("Guarantor's name for %1").arg(d->creditor));
        r.relation->setFieldName(tr("Relationship of the guarantor for %1").arg(d->creditor));
        r.relation->lineEdit()->setPlaceholderText(tr("e.g. spouse, parent"));
    }
}

void GuarantorsPage::load(const Case& c)
{
    for (const Row& r : rows_) {
        delete r.debt;
        delete r.name;
        delete r.relation;
    }
    rows_.clear();
    int row = 1;
    QWidget* holder = grid_->parentWidget();
    QWidget* previous = nullptr;
    for (const Debt& d : c.debts) {
        if (d.guarantor == GuarantorKind::None)
            continue;
        Row r{d.id, new QLabel(holder), new TextField(holder), new TextField(holder)};
        r.debt->setWordWrap(true);
        r.name->setObjectName(QStringLiteral("guarantorName_") + d.id);
        r.relation->setObjectName(QStringLiteral("guarantorRelation_") + d.id);
        r.name->setText(d.guarantorName);
        r.relation->setText(d.guarantorRelation);
        // A company guarantor has no relationship to the client.
        r.relation->setVisible(d.guarantor == GuarantorKind::Individual);
        grid_->addWidget(r.debt, row, 0);
        grid_->addWidget(r.name, row, 1);
        grid_->addWidget(r.relation, row, 2);
        if (previous)
            setTabOrder(previous, r.name);
        setTabOrder(r.name, r.relation);
        previous = r.relation;
        watch(r.name);
        watch(r.relation);
        rows_.append(r);
        ++row;
    }
    retranslate();
}

bool GuarantorsPage::store(Case& c, bool)
{
    for (const Row& r : rows_) {
        Debt* d = findDebt(c, r.debtId);
        if (!d)
            continue;
        d->guarantorName = r.name->value();
        d->guarantorRelation = !r.relation->isHidden() ? r.relation->value() : QString();
    }
    return true; // names are optional: the advice needs only whether there is a guarantor
}

} // namespace zansai::ui
