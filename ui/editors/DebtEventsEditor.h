// The timeline of one debt: its events in a table (DebtEventsModel) and the selected event in a
// form below — type, date, amount, hearing, agreed term, seizure target, court, 事件番号 and note.
// Every valid change goes to the model at once (edited()); a field that does not parse keeps the
// event's previous value and shows why beside it. Used by DebtEditor, in the interview and alone.
#pragma once

#include "case/Case.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace zansai::ui {

class DateField;
class DebtEventsModel;
class TextField;
class YenField;

class DebtEventsEditor : public QWidget {
    Q_OBJECT
public:
    explicit DebtEventsEditor(QWidget* parent = nullptr);

    // Shows `events`; dates must lie within [notBefore, notAfter] (contract date, consultation).
    void setEvents(const QList<DebtEvent>& events);
    void setDateBounds(QDate notBefore, QDate notAfter);
    // Every event, complete or not.
    const QList<DebtEvent>& events() const;
    // The events that can be saved (DebtEventsModel::problem() is empty), in date order.
    QList<DebtEvent> completeEvents() const;
    // The first incomplete event's problem ("" when none); with `show`, it is selected and said.
    QString check(bool show);

    void addEvent();
    void removeEvent();
    void selectRow(int row);
    int currentRow() const;

    DebtEventsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* typeCombo() const { return type_; }

    // Which fields an event type uses (others stay disabled unless the event has a value there).
    static bool usesAmount(DebtEventType t);
    static bool usesCourt(DebtEventType t);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitColumns();
    void retranslate();
    void loadForm();
    void formEdited();
    void updateEnabled(const DebtEvent* e);

    DebtEventsModel* model_;
    QTableView* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* message_;
    QComboBox* type_;
    DateField* date_;
    YenField* amount_;
    DateField* hearing_;
    DateField* agreedUntil_;
    QComboBox* target_;
    TextField* court_;
    TextField* caseNumber_;
    TextField* note_;
    QLabel *typeLabel_, *dateLabel_, *amountLabel_, *hearingLabel_, *agreedLabel_, *targetLabel_,
        *courtLabel_, *caseNumberLabel_, *noteLabel_, *empty_;
    QWidget* form_;
    QDate notBefore_, notAfter_;
    bool loading_ = false;
};

} // namespace zansai::ui
