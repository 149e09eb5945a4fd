#include "wizard/DebtChooser.h"

#include "case/Draft.h"
#include "common/Fields.h"
#include "common/Format.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace zansai::ui {

DebtChooser::DebtChooser(QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    combo_ = new QComboBox(this);
    combo_->setObjectName(QStringLiteral("debtCombo"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    other_ = new TextField(this);
    other_->setObjectName(QStringLiteral("newCreditor"));
    other_->setRequired(true);
    row->addWidget(combo_);
    row->addWidget(other_, 1);
    setFocusProxy(combo_);
    setFocusPolicy(Qt::StrongFocus); // for the label's mnemonic
    setTabOrder(combo_, other_);
    connect(combo_, &QComboBox::currentIndexChanged, this, [this] {
        updateOther();
        emit edited();
    });
    connect(other_, &FieldEdit::edited, this, &DebtChooser::edited);
    combo_->addItem(QString(), QString());
    updateOther();
    changeEvent(nullptr);
}

void DebtChooser::setDebts(const Case& c, const QString& selectedId)
{
    const QSignalBlocker block(combo_);
    const QString keep = selectedId;
    combo_->clear();
    for (const Debt& d : c.debts) {
        const QString name = draft::isMissing(d, draft::kCreditor) ? d.id : d.creditor;
        combo_->addItem(
            d.principal.isZero() ? name : QStringLiteral("%1 (%2)").arg(name, yenText(d.principal)),
            d.id);
    }
    combo_->addItem(tr("Another creditor…"), QString());
    int index = keep.isEmpty() ? -1 : combo_->findData(keep);
    if (index < 0)
        index = c.debts.isEmpty() ? combo_->count() - 1 : 0;
    combo_->setCurrentIndex(index);
    updateOther();
}

void DebtChooser::refreshDebts(const Case& c)
{
    const bool another = selectedId().isEmpty();
    setDebts(c, selectedId());
    if (another) {
        const QSignalBlocker block(combo_);
        combo_->setCurrentIndex(combo_->count() - 1);
        updateOther();
    }
}

void DebtChooser::chooseAnother(const QString& creditor)
{
    combo_->setCurrentIndex(combo_->count() - 1);
    other_->setText(creditor);
    updateOther();
}

QString DebtChooser::selectedId() const
{
    return combo_->currentData().toString();
}

bool DebtChooser::isValid(bool show)
{
    if (!selectedId().isEmpty())
        return true;
    return other_->validate(show);
}

QString DebtChooser::resolve(Case& c) const
{
    const QString id = selectedId();
    if (!id.isEmpty())
        return c.debt(id) ? id : QString();
    const QString name = other_->value();
    if (name.isEmpty())
        return {};
    for (const Debt& d : c.debts)
        if (d.creditor == name)
            return d.id;
    Debt d = draft::newDebt(c, name);
    c.debts.append(d);
    return d.id;
}

void DebtChooser::setFieldName(const QString& name)
{
    combo_->setAccessibleName(withoutMnemonic(name));
    other_->setFieldName(tr("%1: name of the other creditor").arg(withoutMnemonic(name)));
}

void DebtChooser::updateOther()
{
    const bool another = selectedId().isEmpty();
    other_->setVisible(another);
    other_->lineEdit()->setPlaceholderText(tr("Name of the creditor"));
}

void DebtChooser::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        if (combo_->count() > 0)
            combo_->setItemText(combo_->count() - 1, tr("Another creditor…"));
        other_->lineEdit()->setPlaceholderText(tr("Name of the creditor"));
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace zansai::ui
