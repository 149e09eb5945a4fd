// The deadlines view's table (DeadlinesView): every stored case's dates in the next days, soonest
// first — the same rows as `zansai-cli deadlines` (core/calendar/StoreDates.h).
#pragma once

#include "calendar/StoreDates.h"

#include <QAbstractTableModel>
#include <QDate>

namespace zansai::ui {

class DeadlinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, DaysLeft, Kind, Client, Creditor, CaseNumber, ColumnCount };
    // Qt::UserRole on any cell: the case id (qint64), for opening the case.
    static constexpr int CaseIdRole = Qt::UserRole;

    explicit DeadlinesModel(QObject* parent = nullptr);

    // The rows (already soonest first, calendar::upcoming) as of `asOf`.
    void setRows(const QList<calendar::UpcomingDate>& rows, QDate asOf);
    const calendar::UpcomingDate& row(int i) const { return rows_.at(i); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The kind as the consultant reads it ("Objection (督促異議)", …).
    static QString kindText(calendar::DateKind k);
    // After a change of language: every header and text again.
    void retranslate();

private:
    QList<calendar::UpcomingDate> rows_;
    QDate asOf_;
};

} // namespace zansai::ui
