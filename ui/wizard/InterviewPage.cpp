#include "wizard/InterviewPage.h"

#include "common/Fields.h"
#include "common/Format.h"
#include "wizard/InterviewWizard.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>

namespace zansai::ui {

InterviewPage::InterviewPage(QWidget* parent) : QWizardPage(parent) {}

InterviewWizard* InterviewPage::interview() const
{
    return qobject_cast<InterviewWizard*>(wizard());
}

const Case& InterviewPage::currentCase() const
{
    static const Case empty;
    const InterviewWizard* w = interview();
    return w ? w->caseData() : empty;
}

QWidget* InterviewPage::scrollingBody()
{
    auto* body = new QWidget;
    body->setObjectName(objectName() + QStringLiteral("Body"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    return body;
}

void InterviewPage::noteEdited()
{
    if (loading_ > 0 || !interview())
        return;
    interview()->commitPage(this, false);
}

void InterviewPage::watch(FieldEdit* field)
{
    connect(field, &FieldEdit::edited, this, &InterviewPage::noteEdited);
}

void InterviewPage::watch(QComboBox* combo)
{
    connect(combo, &QComboBox::currentIndexChanged, this, &InterviewPage::noteEdited);
}

void InterviewPage::watch(YesNoField* field)
{
    connect(field, &YesNoField::changed, this, &InterviewPage::noteEdited);
}

void InterviewPage::watch(QCheckBox* box)
{
    connect(box, &QCheckBox::toggled, this, &InterviewPage::noteEdited);
}

void InterviewPage::watch(QPlainTextEdit* text)
{
    connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
        if (text->document()->isModified())
            noteEdited();
    });
}

bool InterviewPage::checkFields(std::initializer_list<FieldEdit*> fields, bool show)
{
    bool ok = true;
    for (FieldEdit* f : fields) {
        if (!f->isEnabled() || f->isHidden())
            continue;
        if (!f->validate(show)) {
            if (ok && show)
                f->setFocus(Qt::OtherFocusReason);
            ok = false;
        }
    }
    return ok;
}

void InterviewPage::notAfterConsultation(DateField* field)
{
    field->addCheck([this, field] {
        const QDate asOf = currentCase().asOf;
        const auto d = field->date();
        if (d && asOf.isValid() && *d > asOf)
            return tr("This date is after the consultation date (%1).").arg(dateText(asOf));
        return QString();
    });
}

QLabel* InterviewPage::buddyLabel(QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

void InterviewPage::initializePage()
{
    const Loading loading(this);
    if (unsaved_)
        refresh(currentCase());
    else
        load(currentCase());
}

bool InterviewPage::validatePage()
{
    return interview() ? interview()->commitPage(this, true) : true;
}

void InterviewPage::cleanupPage()
{
    // Back: keep the widgets as they are. Whatever was valid is in the case already; what is not
    // valid yet stays typed (unsaved_) and is shown again when the consultant comes back.
    if (interview())
        interview()->commitPage(this, false);
}

void InterviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace zansai::ui
