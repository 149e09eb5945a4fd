// The case list over the store: pages of rows fetched as the view scrolls (fetchMore), never all
// cases at once; a search query and a sort order that start it afresh; the trash as a second view.
#pragma once

#include <optional>

#include "store/CaseStore.h"

#include <QAbstractTableModel>

namespace zansai::ui {

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ClientColumn,
        KanaColumn,
        CreditorsColumn,
        PrincipalColumn,
        ConsultantColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseListModel(QObject* parent = nullptr);

    void setStore(CaseStore* store); // nullptr: an empty list
    void setQuery(const QString& query);
    void setTrash(bool trash);
    bool isTrash() const { return trash_; }
    QString query() const { return query_; }
    CaseSort caseSort() const { return sort_; }
    // Reloads from the first page (after a save, a delete, a restore).
    void reload();
    // Cases that match (all pages), as the store counts them.
    int totalCount() const { return total_; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    // The last error of the store (empty when none), for the status line.
    QString lastError() const { return error_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts by client name, principal or last update (the orders the store can page through);
    // other columns sort by last update.
    void sort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void loaded(); // after a reload (the count may have changed)

private:
    // The next page from the store (sets exhausted_); nullopt when the store fails (error_).
    std::optional<QList<CaseSummary>> nextPage();

    CaseStore* store_ = nullptr;
    QString query_;
    bool trash_ = false;
    CaseSort sort_ = CaseSort::UpdatedDesc;
    QList<CaseSummary> rows_;
    int total_ = 0;
    bool exhausted_ = true;
    QString error_;
};

} // namespace zansai::ui
