#include "common/Fields.h"

#include "common/Format.h"
#include "util/LooseInput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
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
    edit_->installEventFilter(this);

    connect(edit_, &QLineEdit::textEdited, this, [this] {
        // Once a message is shown it follows every keystroke, so it disappears as soon as the
        // value is right; before that, the consultant is not interrupted while typing.
        if (messageShown())
            validate(true);
        emit edited();
    });
    connect(edit_, &QLineEdit::editingFinished, this, [this] {
        echoUnderstood();
        validate(true);
    });
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

QString FieldEdit::canonicalText(const QString&) const
{
    return {};
}

void FieldEdit::echoUnderstood()
{
    // Only a value that parses is rewritten; a refused one stays as typed, beside its message.
    const QString canonical = canonicalText(edit_->text());
    if (!canonical.isEmpty() && canonical != edit_->text())
        edit_->setText(canonical); // the same value: nothing to store again
}

QString FieldEdit::warning() const
{
    if (isEmpty() || !message().isEmpty())
        return {};
    for (const auto& w : warnings_)
        if (const QString m = w(); !m.isEmpty())
            return m;
    return {};
}

void FieldEdit::refreshWarning()
{
    if (messageShown() && !warningShown_)
        return; // an error is shown: it stays until the consultant fixes it
    const QString w = warning();
    showMessage(w, !w.isEmpty());
}

bool FieldEdit::validate(bool show)
{
    const QString m = message();
    if (show || m.isEmpty()) {
        if (m.isEmpty()) {
            const QString w = warning();
            showMessage(w, !w.isEmpty());
        } else {
            showMessage(m);
        }
    }
    return m.isEmpty();
}

bool FieldEdit::messageShown() const
{
    return !message_->text().isEmpty();
}

void FieldEdit::showMessage(const QString& text, bool warning)
{
    warningShown_ = warning && !text.isEmpty();
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    message_->setStyleSheet(warningShown_ ? QStringLiteral("color: #8a5300;")
                                          : QStringLiteral("color: #b00020;"));
    edit_->setAccessibleDescription(text);
    // A red frame marks a refused value too, for a consultant who reads the form and not the
    // message; a warning (amber) does not block and leaves the frame alone.
    edit_->setStyleSheet(text.isEmpty() || warningShown_
                             ? QString()
                             : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
}

void FieldEdit::setFieldName(const QString& name)
{
    const QString plain = withoutMnemonic(name);
    edit_->setAccessibleName(plain);
    message_->setAccessibleName(tr("Problem with %1").arg(plain));
}

bool FieldEdit::eventFilter(QObject* watched, QEvent* event)
{
    // Alt+letter is a mnemonic, never typing: one that no button of the screen owns (Alt+B on
    // the wizard's first page, where Back is hidden) must not put "b" into the client's name and
    // autosave it. AltGr (Alt with Ctrl on some layouts) still types.
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (mods == Qt::AltModifier && !key->text().isEmpty()) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FieldEdit::changeEvent(QEvent* event)
{
    // A shown message is re-worded in the new language.
    if (event->type() == QEvent::LanguageChange && messageShown()) {
        if (warningShown_)
            refreshWarning();
        else
            showMessage(message());
    }
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
    lineEdit()->setMaxLength(24); // room for "令和元年１２月３１日" as typed
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-000000")) +
                              16);
    lineEdit()->setInputMethodHints(Qt::ImhDate);
}

std::optional<QDate> DateField::date() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseLooseDate(text(), QString());
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
    const auto r = parseLooseDate(text, QString());
    return r ? QString() : r.error().message;
}

QString DateField::canonicalText(const QString& text) const
{
    const auto r = parseLooseDate(text, QString());
    return r ? isoDate(*r) : QString();
}

// ---------------------------------------------------------------- YenField

YenField::YenField(QWidget* parent) : FieldEdit(parent)
{
    lineEdit()->setAlignment(Qt::AlignRight);
    lineEdit()->setMaxLength(24); // "1,000,000,000円" or "１，０００万円" as typed
    lineEdit()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000")) +
                              16);
    lineEdit()->setInputMethodHints(Qt::ImhDigitsOnly);
    unit_ = new QLabel(this);
    unit_->setObjectName(QStringLiteral("unit"));
    row()->insertWidget(1, unit_);
    unit_->setText(tr("yen"));
}

std::optional<Yen> YenField::yen() const
{
    if (isEmpty())
        return std::nullopt;
    const auto r = parseLooseYen(text(), QString());
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
    const auto r = parseLooseYen(text, QString());
    return r ? QString() : r.error().message;
}

// Shown grouped once understood ("25万" → "250,000"), as on the client's statements.
QString YenField::canonicalText(const QString& text) const
{
    const auto r = parseLooseYen(text, QString());
    return r ? yenDigits(*r) : QString();
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
    const auto r = parseLooseRatePercent(text(), QString());
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
    const auto r = parseLooseRatePercent(text, QString());
    return r ? QString() : r.error().message;
}

QString RateField::canonicalText(const QString& text) const
{
    const auto r = parseLooseRatePercent(text, QString());
    return r ? r->toPercentString() : QString();
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
    const auto r = parseLooseCount(text(), QString(), min_, max_);
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
    const auto r = parseLooseCount(text, QString(), min_, max_);
    return r ? QString() : r.error().message;
}

QString CountField::canonicalText(const QString& text) const
{
    const auto r = parseLooseCount(text, QString(), min_, max_);
    return r ? QString::number(*r) : QString();
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
