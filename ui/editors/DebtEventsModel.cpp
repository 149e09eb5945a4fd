#include "editors/DebtEventsModel.h"

#include "case/CaseLabels.h"
#include "common/Format.h"

#include <algorithm>

namespace zansai::ui {

DebtEventsModel::DebtEventsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DebtEventsModel::setEvents(const QList<DebtEvent>& events)
{
    beginResetModel();
    events_ = events;
    std::stable_sort(events_.begin(), events_.end(),
                     [](const DebtEvent& a, const DebtEvent& b) { return a.date < b.date; });
    endResetModel();
}

// The row an event with this date goes to among the others (after those of the same day: stable).
int DebtEventsModel::placeFor(const DebtEvent& e, int skipRow) const
{
    // The index it takes in the list without `skipRow`: after every event of an earlier or the same
    // day.
    int place = 0;
    for (int i = 0; i < events_.size(); ++i)
        if (i != skipRow && !(e.date < events_[i].date))
            ++place;
    return place;
}

int DebtEventsModel::setEvent(int row, const DebtEvent& e)
{
    if (row < 0 || row >= events_.size())
        return row;
    if (events_[row] == e)
        return row;
    // Only a date change can move it; an unchanged date keeps its place among the same day's.
    int to = row;
    if (e.date != events_[row].date) {
        to = placeFor(e, row); // the row it ends up at, counted without it
    }
    events_[row] = e;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (to != row) {
        // beginMoveRows wants the destination counted with the row still in place.
        const int dest = to > row ? to + 1 : to;
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest);
        events_.move(row, to);
        endMoveRows();
    }
    return to;
}

int DebtEventsModel::addEvent(const DebtEvent& e)
{
    const int at = placeFor(e, -1);
    beginInsertRows(QModelIndex(), at, at);
    events_.insert(at, e);
    endInsertRows();
    return at;
}

void DebtEventsModel::removeEvent(int row)
{
    if (row < 0 || row >= events_.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    events_.removeAt(row);
    endRemoveRows();
}

int DebtEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(events_.size());
}

int DebtEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DebtEventsModel::detailsText(const DebtEvent& e)
{
    QStringList parts;
    if (!e.court.isEmpty())
        parts << e.court;
    if (!e.caseNumber.isEmpty())
        parts << e.caseNumber;
    if (e.hearingOn)
        parts << tr("hearing %1").arg(dateText(*e.hearingOn));
    if (e.agreedUntil)
        parts << tr("agreed until %1").arg(dateText(*e.agreedUntil));
    if (e.target)
        parts << displayName(*e.target);
    return parts.join(QStringLiteral(", "));
}

QString DebtEventsModel::problem(const DebtEvent& e)
{
    if (!e.date.isValid())
        return tr("An event has no date.");
    if (e.type == DebtEventType::Payment && (!e.amount || e.amount->isZero()))
        return tr("The payment of %1 needs an amount greater than zero.").arg(dateText(e.date));
    if (e.type == DebtEventType::SeizureFiled && !e.target)
        return tr("The seizure of %1 needs what was seized.").arg(dateText(e.date));
    return QString();
}

QVariant DebtEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= events_.size() || index.column() >= ColumnCount)
        return {};
    const DebtEvent& e = events_[index.row()];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DateColumn:
            return dateText(e.date);
        case TypeColumn:
            return problem(e).isEmpty() ? displayName(e.type)
                                        : tr("%1 — incomplete").arg(displayName(e.type));
        case AmountColumn:
            return e.amount ? yenText(*e.amount) : QString();
        case DetailsColumn:
            return detailsText(e);
        case NoteColumn:
            return e.note;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TypeColumn) {
        const QString why = problem(e);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DebtEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Event");
    case AmountColumn:
        return tr("Amount");
    case DetailsColumn:
        return tr("Court, case number, details");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

void DebtEventsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!events_.isEmpty())
        emit dataChanged(index(0, 0), index(int(events_.size()) - 1, ColumnCount - 1));
}

} // namespace zansai::ui
