// Input fields that check what is typed where it is typed: each is a line edit with a translated
// message beside it (a QLabel to its right). The message appears when the consultant leaves the
// field (or presses Enter) and is updated on every keystroke once shown; validatePage() shows all.
#pragma once

#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QHBoxLayout;
class QRadioButton;

namespace zansai::ui {

class FieldEdit : public QWidget {
    Q_OBJECT
public:
    explicit FieldEdit(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return edit_; }
    QLabel* messageLabel() const { return message_; }
    QString text() const;
    void setText(const QString& text); // loads a value: clears any message

    // Runs every check; shows the message beside the field when `show`, clears it when valid.
    bool validate(bool show = true);
    QString message() const; // the current problem ("" when valid), whether shown or not
    bool messageShown() const;

    void setRequired(bool required) { required_ = required; }
    bool isRequired() const { return required_; }
    bool isEmpty() const;
    // A rule beyond the field's type ("not after the consultation date"); returns "" when the
    // value is acceptable, else the translated message. Run only when the type check passes.
    void addCheck(std::function<QString()> check) { checks_.push_back(std::move(check)); }
    // A plausibility warning ("above the 利息制限法 cap"): shown beside the field in amber when
    // the value is valid, never blocks the page. Returns "" when there is nothing to say.
    void addWarning(std::function<QString()> warning) { warnings_.push_back(std::move(warning)); }
    QString warning() const; // the first warning of a valid value ("" when none)
    bool warningShown() const { return warningShown_; }
    // Re-runs the warnings (another field they depend on changed) without showing an error.
    void refreshWarning();
    // The name screen readers announce; also used in messages. Mnemonic '&' is removed.
    void setFieldName(const QString& name);

signals:
    void edited(); // the consultant changed the text

protected:
    virtual QString typeCheck(const QString& text) const = 0; // "" when `text` parses
    // The value understood, in the field's canonical form ("令和8年11月30日" → "2026-11-30",
    // "25万" → "250,000"); "" when the text does not parse. Shown back when the field is left.
    virtual QString canonicalText(const QString& text) const;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    QHBoxLayout* row() const { return row_; }

private:
    void showMessage(const QString& text, bool warning = false);
    void echoUnderstood();
    QLineEdit* edit_;
    QLabel* message_;
    QHBoxLayout* row_;
    bool required_ = false;
    std::vector<std::function<QString()>> checks_;
    std::vector<std::function<QString()>> warnings_;
    bool warningShown_ = false;
};

// Free text (a name, a creditor). Required fields reject blanks.
class TextField : public FieldEdit {
    Q_OBJECT
public:
    explicit TextField(QWidget* parent = nullptr);
    QString value() const;

protected:
    QString typeCheck(const QString& text) const override;
};

// A calendar date as people write it (util/LooseInput.h: 2026/11/30, 令和8年11月30日, R8.11.30,
// full-width digits), shown back as YYYY-MM-DD once understood; 2025-02-30 and 平成31年5月1日 are
// refused with the reason. Empty = no date (if optional).
class DateField : public FieldEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    std::optional<QDate> date() const; // nullopt when empty or invalid
    void setDate(QDate d);             // an invalid date clears the field

protected:
    QString typeCheck(const QString& text) const override;
    QString canonicalText(const QString& text) const override;
};

// Whole yen as people write them (「25万」, 「1,000,000円」, 「１，０００」, 「3万5千円」), shown
// back grouped ("250,000") once understood, with the unit beside it.
class YenField : public FieldEdit {
    Q_OBJECT
public:
    explicit YenField(QWidget* parent = nullptr);
    std::optional<Yen> yen() const;
    void setYen(Yen y);

protected:
    QString typeCheck(const QString& text) const override;
    QString canonicalText(const QString& text) const override;
    void changeEvent(QEvent* event) override;

private:
    QLabel* unit_;
};

// A percent per year (exact: "14.6" → 146/1000).
class RateField : public FieldEdit {
    Q_OBJECT
public:
    explicit RateField(QWidget* parent = nullptr);
    std::optional<Rate> rate() const;
    void setRate(Rate r);

protected:
    QString typeCheck(const QString& text) const override;
    QString canonicalText(const QString& text) const override;
};

// A whole number within [min, max].
class CountField : public FieldEdit {
    Q_OBJECT
public:
    explicit CountField(int min, int max, QWidget* parent = nullptr);
    std::optional<int> count() const;
    void setCount(int n);

protected:
    QString typeCheck(const QString& text) const override;
    QString canonicalText(const QString& text) const override;

private:
    int min_, max_;
};

// A yes/no question answered with two radio buttons; the label's mnemonic focuses the answer.
class YesNoField : public QWidget {
    Q_OBJECT
public:
    explicit YesNoField(QWidget* parent = nullptr);
    bool isYes() const;
    void setYes(bool yes);
    void setQuestion(const QString& question); // accessible name of the group and its buttons
    QRadioButton* yesButton() const { return yes_; }
    QRadioButton* noButton() const { return no_; }

signals:
    void changed(bool yes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QRadioButton* yes_;
    QRadioButton* no_;
    QString question_;
};

// "&Name" → "Name" (also "氏名(&A)" → "氏名"), for accessible names and messages.
QString withoutMnemonic(const QString& label);

} // namespace zansai::ui
