#include "editors/DebtEditorDialog.h"

#include "case/Draft.h"
#include "editors/DebtEditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace zansai::ui {

DebtEditorDialog::DebtEditorDialog(const Case& c, const QString& debtId, QWidget* parent)
    : QDialog(parent), case_(c)
{
    setObjectName(QStringLiteral("debtEditorDialog"));
    editor_ = new DebtEditor(this);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->setObjectName(QStringLiteral("debtEditorButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(editor_, 1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &DebtEditorDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &DebtEditorDialog::reject);
    connect(editor_, &DebtEditor::edited, this, [this] {
        Case next = case_;
        editor_->store(next, false);
        editor_->caseChanged(next);
    });
    editor_->load(c, debtId);
    // Fits 1366×768 (and 150 % of it) with the title bar; larger screens get more.
    QSize size(980, 620);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 80));
    resize(size);
    retranslate();
}

void DebtEditorDialog::accept()
{
    Case next = case_;
    if (!editor_->store(next, true))
        return;
    draft::fillStandIns(next);
    case_ = next;
    QDialog::accept();
}

void DebtEditorDialog::retranslate()
{
    const Debt* d = case_.debt(editor_->debtId());
    setWindowTitle(d ? tr("Debt — %1").arg(d->creditor) : tr("Debt"));
}

void DebtEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace zansai::ui
