// The events of one debt as a table (date, event, amount, details, note), kept in date order as the
// case keeps them (Debt::events, stable). The timeline editor edits one row at a time with
// setEvent(); a changed date moves the row to its place (beginMoveRows), so a view's selection
// follows the event.
#pragma once

#include "case/Case.h"

#include <QAbstractTableModel>
#include <QList>

namespace zansai::ui {

class DebtEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TypeColumn, AmountColumn, DetailsColumn, NoteColumn, ColumnCount };

    explicit DebtEventsModel(QObject* parent = nullptr);

    void setEvents(const QList<DebtEvent>& events); // sorted by date (stable) on the way in
    const QList<DebtEvent>& events() const { return events_; }
    const DebtEvent& event(int row) const { return events_.at(row); }
    // Replaces the event at `row`; returns its row afterwards (moved when its date moved it).
    int setEvent(int row, const DebtEvent& e);
    int addEvent(const DebtEvent& e); // returns its row
    void removeEvent(int row);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the details column says: court, case number, hearing, term, seizure target.
    static QString detailsText(const DebtEvent& e);
    // Why the event cannot be saved yet ("" when it can): a payment without an amount…
    static QString problem(const DebtEvent& e);

    // The UI language changed: headers and texts again.
    void retranslate();

private:
    int placeFor(const DebtEvent& e, int skipRow) const;
    QList<DebtEvent> events_;
};

} // namespace zansai::ui
