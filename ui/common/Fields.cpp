#include "common/Fields.h"

#include "common/Format.h"
#include "util/Parse.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>

namespace zansai::ui {

QString withoutMnemonic(const QString& label)
{
    QString s = label;
    // Japanese style: "氏名(&A)" → "氏名"; then plain "&Name" → "Name" (but keep "&&" as "&").
    static const QRegularExpression paren(QStringLiteral("\\(&[^)]\\)"));
    s.remove(paren);
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    s.remove(QLatin1Char(':')).remove(QChar(0xFF1A)); // a trailing colon (ASCII or full width)
    return s.trimmed();
}

// ---------------------------------------------------------------- FieldEdit

FieldEdit::FieldEdit(QWidget* parent) : QWidget(parent)
{
    row_ = new QHBoxLayout(this);
    row_->setContentsMargins(0, 0, 0, 0);
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("edit"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    message_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    message_->hide();
    row_->addWidget(edit_);
    row_->addWidget(message_, 4);
    row_->addStretch(1); // a short field stays at the left edge when no message is shown
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusProxy(edit_);
    setFocusPolicy(Qt::StrongFocus); // a label's mnemonic (setBuddy) needs it; Tab skips proxies

    connect(edit_, &QLineEdit::textEdited, this, [this] {
        // Once a message is shown it follows every keystroke, so it disappears as soon as the
        // value is right; before that, the consultant is not interrupted while typing.
        if (messageShown())
            validate(true);
        emit edited();
    });
    connect(edit_, &QLineEdit::editingFinished, this, [this] { validate(true); });
}

QString FieldEdit::text() const
{
    return edit_->text();
}

void FieldEdit::setText(const QString& text)
{
    edit_->setText(text);
    showMessage(QString());
}

bool FieldEdit::isEmpty() const
{
    return edit_->text().trimmed().isEmpty();
}

QString FieldEdit::message() const
{
    const QString t = edit_->text();
    if (t.trimmed().isEmpty())
        return required_ ? tr("Required.") : QString();
    if (const QString m = typeCheck(t); !m.isEmpty())
        return m;
    for (const auto& check : checks_)
        if (const QString m = check(); !m.isEmpty())
            return m;
    return {};
}

bool FieldEdit::validate(bool show)
{
    const QString m = message();
    if (show || m.isEmpty())
        showMessage(m);
    return m.isEmpty();
}

bool FieldEdit::messageShown() const
{
    return !message_->text().isEmpty();
}

void FieldEdit::showMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    edit_->setAccessibleDescription(text);
    // A red frame marks the field too, for a consultant who reads the form and not the message.
    edit_->setStyleSheet(
        text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
}

void FieldEdit::setFieldName(const QString& name)
{
    const QString plain = withoutMnemonic(name);
    edit_->setAccessibleName(plain);
    message_->setAccessibleName(tr("Problem with %1").arg(plain));
}

void FieldEdit::changeEvent(QEvent* event)
{
    // A shown message is re-worded in the new language.
    if (event->type() == QEvent::LanguageChange && messageShown())
        showMessage(message());
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------- TextField

TextField::TextField(QWidget* parent) : FieldEdit(parent)
{
    row()->setStretchFactor(lineEdit(), 8);
    lineEdit()->setMaxLength(200);
    lineEdit()->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
}

QString TextField::value() const
{
    return text().trimmed();
}

QString TextField::typeCheck(const QString&) const
{
    return {};
}

// ---------------------------------------------------------------- DateField

DateField::DateField(QWidget* parent) : FieldEdit(parent)
{
    lineEdit()->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    lineEdit()->setMaxLength(10);
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-000")) + 16);
    lineEdit()->setInputMethodHints(Qt::ImhDate);
}

std::optional<QDate> DateField::date() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseIsoDate(text(), QString());
    if (!r)
        return std::nullopt;
    return r.value();
}

void DateField::setDate(QDate d)
{
    setText(isoDate(d));
}

QString DateField::typeCheck(const QString& text) const
{
    const auto r = parseIsoDate(text, QString());
    return r ? QString() : r.error().message;
}

// ---------------------------------------------------------------- YenField

YenField::YenField(QWidget* parent) : FieldEdit(parent)
{
    lineEdit()->setAlignment(Qt::AlignRight);
    lineEdit()->setMaxLength(19);
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000")) +
                              16);
    lineEdit()->setInputMethodHints(Qt::ImhDigitsOnly);
    unit_ = new QLabel(this);
    unit_->setObjectName(QStringLiteral("unit"));
    row()->insertWidget(1, unit_);
    unit_->setText(tr("yen"));
    // Shown grouped once typed ("1234567" → "1,234,567"), as on the client's statements.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (const auto y = yen(); y && message().isEmpty() && text() != yenDigits(*y))
            lineEdit()->setText(yenDigits(*y));
    });
}

std::optional<Yen> YenField::yen() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseYen(text(), QString());
    if (!r)
        return std::nullopt;
    return r.value();
}

void YenField::setYen(Yen y)
{
    setText(yenDigits(y));
}

QString YenField::typeCheck(const QString& text) const
{
    const auto r = parseYen(text, QString());
    return r ? QString() : r.error().message;
}

void YenField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        unit_->setText(tr("yen"));
    FieldEdit::changeEvent(event);
}

// ---------------------------------------------------------------- RateField

RateField::RateField(QWidget* parent) : FieldEdit(parent)
{
    lineEdit()->setAlignment(Qt::AlignRight);
    lineEdit()->setMaxLength(12);
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("100.000000")) + 16);
    auto* unit = new QLabel(QStringLiteral("%"), this);
    row()->insertWidget(1, unit);
}

std::optional<Rate> RateField::rate() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseRatePercent(text(), QString());
    if (!r)
        return std::nullopt;
    return r.value();
}

void RateField::setRate(Rate r)
{
    setText(r.toPercentString());
}

QString RateField::typeCheck(const QString& text) const
{
    const auto r = parseRatePercent(text.trimmed(), QString());
    return r ? QString() : r.error().message;
}

// ---------------------------------------------------------------- CountField

CountField::CountField(int min, int max, QWidget* parent) : FieldEdit(parent), min_(min), max_(max)
{
    lineEdit()->setAlignment(Qt::AlignRight);
    lineEdit()->setMaxLength(7);
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    lineEdit()->setInputMethodHints(Qt::ImhDigitsOnly);
}

std::optional<int> CountField::count() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseCount(text(), QString(), min_, max_);
    if (!r)
        return std::nullopt;
    return r.value();
}

void CountField::setCount(int n)
{
    setText(QString::number(n));
}

QString CountField::typeCheck(const QString& text) const
{
    const auto r = parseCount(text, QString(), min_, max_);
    return r ? QString() : r.error().message;
}

// ---------------------------------------------------------------- YesNoField

YesNoField::YesNoField(QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    yes_ = new QRadioButton(this);
    yes_->setObjectName(QStringLiteral("yes"));
    no_ = new QRadioButton(this);
    no_->setObjectName(QStringLiteral("no"));
    row->addWidget(yes_);
    row->addWidget(no_);
    row->addStretch();
    no_->setChecked(true); // no answer recorded in the case means "no"
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusProxy(no_);
    setFocusPolicy(Qt::StrongFocus); // for the label's mnemonic
    connect(yes_, &QRadioButton::toggled, this, [this](bool on) {
        setFocusProxy(on ? yes_ : no_);
        emit changed(on);
    });
    retranslate();
}

bool YesNoField::isYes() const
{
    return yes_->isChecked();
}

void YesNoField::setYes(bool yes)
{
    (yes ? yes_ : no_)->setChecked(true);
}

void YesNoField::setQuestion(const QString& question)
{
    question_ = withoutMnemonic(question);
    retranslate();
}

void YesNoField::retranslate()
{
    yes_->setText(tr("Yes"));
    no_->setText(tr("No"));
    setAccessibleName(question_);
    yes_->setAccessibleName(tr("%1: yes").arg(question_));
    no_->setAccessibleName(tr("%1: no").arg(question_));
}

void YesNoField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zansai::ui
