#include "main/CaseListModel.h"

#include "common/Format.h"

#include <QLocale>

namespace zansai::ui {

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseListModel::setStore(CaseStore* store)
{
    store_ = store;
    reload();
}

void CaseListModel::setQuery(const QString& query)
{
    if (query.trimmed() == query_)
        return;
    query_ = query.trimmed();
    reload();
}

void CaseListModel::setTrash(bool trash)
{
    if (trash == trash_)
        return;
    trash_ = trash;
    reload();
}

void CaseListModel::reload()
{
    // One reset that already holds the first page: views and the model tester see a model whose
    // rows and canFetchMore() are settled when the reset ends.
    beginResetModel();
    rows_.clear();
    total_ = 0;
    error_.clear();
    exhausted_ = store_ == nullptr;
    if (store_) {
        if (auto n = store_->count(query_, trash_))
            total_ = *n;
        else
            error_ = n.error().message;
        if (const auto page = nextPage())
            rows_ = *page;
    }
    endResetModel();
    emit loaded();
}

qint64 CaseListModel::idAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_[row].id : 0;
}

int CaseListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const CaseSummary& s = rows_[index.row()];
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && index.column() == PrincipalColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ClientColumn:
        return s.clientName.isEmpty() ? tr("(no name)") : s.clientName;
    case KanaColumn:
        return s.clientKana;
    case CreditorsColumn:
        return s.creditors;
    case PrincipalColumn:
        return yenText(s.totalPrincipal);
    case ConsultantColumn:
        return s.consultant;
    case UpdatedColumn:
        return QLocale(uiIsJapanese() ? QLocale::Japanese : QLocale::English)
            .toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case KanaColumn:
        return tr("Kana");
    case CreditorsColumn:
        return tr("Creditors");
    case PrincipalColumn:
        return tr("Principal");
    case ConsultantColumn:
        return tr("Consultant");
    case UpdatedColumn:
        return tr("Last saved");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && store_ && !exhausted_;
}

std::optional<QList<CaseSummary>> CaseListModel::nextPage()
{
    auto page = store_->list(query_, sort_, int(rows_.size()), kPageSize, trash_);
    if (!page) {
        error_ = page.error().message;
        exhausted_ = true;
        return std::nullopt;
    }
    exhausted_ = page->size() < kPageSize;
    return std::move(page).value();
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = nextPage();
    if (!page || page->isEmpty())
        return;
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + page->size() - 1));
    rows_.append(*page);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const bool asc = order == Qt::AscendingOrder;
    CaseSort s = CaseSort::UpdatedDesc;
    switch (column) {
    case ClientColumn:
    case KanaColumn:
        s = asc ? CaseSort::NameAsc : CaseSort::NameDesc;
        break;
    case PrincipalColumn:
        s = CaseSort::PrincipalDesc;
        break; // the store pages largest first
    default:
        s = asc ? CaseSort::UpdatedAsc : CaseSort::UpdatedDesc;
        break;
    }
    if (s == sort_)
        return;
    sort_ = s;
    reload();
}

Qt::ItemFlags CaseListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace zansai::ui
