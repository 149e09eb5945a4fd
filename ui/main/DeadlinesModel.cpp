#include "main/DeadlinesModel.h"

#include "common/Format.h"
#include "i18n/Narrator.h"

namespace zansai::ui {

using calendar::DateKind;

DeadlinesModel::DeadlinesModel(QObject* parent) : QAbstractTableModel(parent) {}

void DeadlinesModel::setRows(const QList<calendar::UpcomingDate>& rows, QDate asOf)
{
    beginResetModel();
    rows_ = rows;
    asOf_ = asOf;
    endResetModel();
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int DeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlinesModel::kindText(DateKind k)
{
    switch (k) {
    case DateKind::Objection:
        return tr("Objection (督促異議)");
    case DateKind::Appeal:
        return tr("Appeal (控訴)");
    case DateKind::Hearing:
        return tr("Hearing: answer before it");
    case DateKind::Limitation:
        return tr("Limitation completes");
    }
    return {};
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const calendar::UpcomingDate& r = rows_.at(index.row());
    if (role == CaseIdRole)
        return r.caseId;
    if (role == Qt::ToolTipRole)
        return r.date.article;
    if (role == Qt::TextAlignmentRole)
        return index.column() == DaysLeft || index.column() == CaseNumber
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Due:
        return dateText(r.date.due);
    case DaysLeft: {
        const qint64 days = asOf_.daysTo(r.date.due);
        return days == 0 ? tr("today") : tr("%n day(s)", nullptr, int(days));
    }
    case Kind:
        return kindText(r.date.kind);
    case Client:
        return r.client;
    case Creditor:
        return uiNarrator().text(r.date.debt);
    case CaseNumber:
        return QString::number(r.caseId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Left");
    case Kind:
        return tr("What");
    case Client:
        return tr("Client");
    case Creditor:
        return tr("Creditor");
    case CaseNumber:
        return tr("Case");
    case ColumnCount:
        break;
    }
    return {};
}

void DeadlinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

} // namespace zansai::ui
