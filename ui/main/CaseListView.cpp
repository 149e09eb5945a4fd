#include "main/CaseListView.h"

#include "common/MessageBoxes.h"
#include "main/CaseListModel.h"
#include "store/CaseStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace zansai::ui {

namespace {
// Enter on a row opens it (QTableView's activated() is not sent for Enter on every style).
class CaseTable : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && currentIndex().isValid() &&
            onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(e);
    }
    // Tab into the list marks a row at once, so Enter opens what the consultant sees marked
    // (before, the focused row was not selected until Space and Enter opened nothing).
    void focusInEvent(QFocusEvent* e) override
    {
        QTableView::focusInEvent(e);
        if (!model() || model()->rowCount() == 0 || selectionModel()->hasSelection())
            return;
        selectRow(currentIndex().isValid() ? currentIndex().row() : 0);
    }
};
} // namespace

CaseListView::CaseListView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseList"));
    model_ = new CaseListModel(this);

    searchLabel_ = new QLabel(this);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("caseSearch"));
    // The clear button's icon comes from the icon theme, a ~10 ms lookup: it is added once the
    // window is up (start-up time, docs/stack-notes.md §6).
    QTimer::singleShot(0, search_, [this] { search_->setClearButtonEnabled(true); });
    searchLabel_->setBuddy(search_);
    searchTimer_ = new QTimer(this);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(kSearchDelayMs);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this, [this] { model_->setQuery(search_->text()); });

    auto* table = new CaseTable(this);
    table_ = table;
    table_->setObjectName(QStringLiteral("caseTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection); // several for BatchExport
    table_->setSortingEnabled(true);
    table_->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false);
    table_->setAlternatingRowColors(true);
    // Widths from what the columns hold (CJK glyphs are wide, Latin ones narrow).
    const QFontMetrics fm = fontMetrics();
    auto width = [&](const char* sample) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    table_->setColumnWidth(CaseListModel::ClientColumn, width("山田 太郎兵衛"));
    table_->setColumnWidth(CaseListModel::KanaColumn, width("ヤマダ タロウベエ"));
    table_->setColumnWidth(CaseListModel::CreditorsColumn, width("○○債権回収株式会社、△△カード"));
    table_->setColumnWidth(CaseListModel::PrincipalColumn, width("99,999,999円"));
    table_->setColumnWidth(CaseListModel::ConsultantColumn, width("相談員 佐々木"));
    auto open = [this] {
        if (const qint64 id = selectedId(); id > 0 && !model_->isTrash())
            emit openRequested(id);
    };
    table->onEnter = open;
    connect(table_, &QTableView::doubleClicked, this, open);

    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("caseCount"));
    new_ = new QPushButton(this);
    new_->setObjectName(QStringLiteral("newCaseButton"));
    open_ = new QPushButton(this);
    open_->setObjectName(QStringLiteral("openCaseButton"));
    duplicate_ = new QPushButton(this);
    duplicate_->setObjectName(QStringLiteral("duplicateCaseButton"));
    delete_ = new QPushButton(this);
    delete_->setObjectName(QStringLiteral("deleteCaseButton"));
    restore_ = new QPushButton(this);
    restore_->setObjectName(QStringLiteral("restoreCaseButton"));
    empty_ = new QPushButton(this);
    empty_->setObjectName(QStringLiteral("emptyTrashButton"));
    trashToggle_ = new QPushButton(this);
    trashToggle_->setObjectName(QStringLiteral("trashToggle"));
    trashToggle_->setCheckable(true);

    // The Delete key on the list moves the case to the trash (in the trash view it does nothing).
    auto* del = new QShortcut(QKeySequence::Delete, table_, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CaseListView::deleteSelected);
    connect(new_, &QPushButton::clicked, this, &CaseListView::newRequested);
    connect(open_, &QPushButton::clicked, this, open);
    connect(duplicate_, &QPushButton::clicked, this, &CaseListView::duplicateSelected);
    connect(delete_, &QPushButton::clicked, this, &CaseListView::deleteSelected);
    connect(restore_, &QPushButton::clicked, this, &CaseListView::restoreSelected);
    connect(empty_, &QPushButton::clicked, this, &CaseListView::emptyTrash);
    connect(trashToggle_, &QPushButton::toggled, this, &CaseListView::showTrash);
    connect(model_, &CaseListModel::loaded, this, [this] {
        updateCount();
        updateButtons();
        if (!model_->lastError().isEmpty())
            count_->setText(model_->lastError());
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, &CaseListView::updateCount);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseListView::updateButtons);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel_);
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(trashToggle_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(open_);
    buttons->addWidget(duplicate_);
    buttons->addWidget(delete_);
    buttons->addWidget(restore_);
    buttons->addWidget(empty_);
    buttons->addStretch();
    buttons->addWidget(count_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    setTabOrder(search_, table_);
    retranslate();
    updateButtons();
}

void CaseListView::setStore(CaseStore* store)
{
    store_ = store;
    model_->setStore(store);
}

void CaseListView::reload()
{
    const qint64 keep = selectedId();
    model_->reload();
    if (keep > 0)
        selectCase(keep);
}

void CaseListView::focusList()
{
    if (model_->rowCount() == 0) {
        focusSearch();
        return;
    }
    if (!table_->selectionModel()->hasSelection())
        table_->selectRow(0); // the most recently updated case (the default sort)
    table_->setFocus(Qt::ShortcutFocusReason);
    table_->scrollTo(table_->currentIndex());
    updateButtons();
}

void CaseListView::focusSearch()
{
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

qint64 CaseListView::selectedId() const
{
    const QModelIndex i = table_->currentIndex();
    return i.isValid() && table_->selectionModel()->isRowSelected(i.row(), {})
               ? model_->idAt(i.row())
               : 0;
}

void CaseListView::selectCase(qint64 id)
{
    int row = model_->rowOf(id);
    while (row < 0 && model_->canFetchMore({})) { // only as far as the case itself
        model_->fetchMore({});
        row = model_->rowOf(id);
    }
    if (row >= 0) {
        table_->selectRow(row);
        table_->scrollTo(model_->index(row, 0));
    }
    updateButtons();
}

void CaseListView::reportError(const QString& message)
{
    MessageBoxes::instance().warning(this, tr("Case list"), message);
}

void CaseListView::duplicateSelected()
{
    const qint64 id = selectedId();
    if (!store_ || id <= 0 || model_->isTrash())
        return;
    auto copy = store_->duplicate(id);
    if (!copy)
        return reportError(copy.error().message);
    model_->reload();
    selectCase(*copy);
}

void CaseListView::deleteSelected()
{
    const qint64 id = selectedId();
    if (!store_ || id <= 0 || model_->isTrash())
        return;
    const int row = table_->currentIndex().row();
    if (Status s = store_->moveToTrash(id); !s)
        return reportError(s.error().message);
    model_->reload();
    if (model_->rowCount() > 0)
        table_->selectRow(std::min(row, model_->rowCount() - 1));
    updateButtons();
}

void CaseListView::restoreSelected()
{
    const qint64 id = selectedId();
    if (!store_ || id <= 0 || !model_->isTrash())
        return;
    if (Status s = store_->restoreFromTrash(id); !s)
        return reportError(s.error().message);
    model_->reload();
    updateButtons();
}

void CaseListView::emptyTrash()
{
    if (!store_ || !model_->isTrash() || model_->totalCount() == 0)
        return;
    const auto answer = MessageBoxes::instance().question(
        this, tr("Empty the trash"),
        model_->totalCount() == 1
            ? tr("Delete the case in the trash for good? This cannot be undone.")
            : tr("Delete the %1 cases in the trash for good? This cannot be undone.")
                  .arg(model_->totalCount()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = store_->emptyTrash(); !s)
        return reportError(s.error().message);
    model_->reload();
    updateButtons();
}

void CaseListView::showTrash(bool trash)
{
    if (trashToggle_->isChecked() != trash)
        trashToggle_->setChecked(trash); // comes back here through toggled()
    model_->setTrash(trash);
    retranslate();
    updateButtons();
}

void CaseListView::updateButtons()
{
    const bool trash = model_->isTrash();
    const bool selected = selectedId() > 0;
    new_->setVisible(!trash);
    open_->setVisible(!trash);
    duplicate_->setVisible(!trash);
    delete_->setVisible(!trash);
    restore_->setVisible(trash);
    empty_->setVisible(trash);
    open_->setEnabled(selected);
    duplicate_->setEnabled(selected);
    delete_->setEnabled(selected);
    restore_->setEnabled(selected);
    empty_->setEnabled(model_->totalCount() > 0);
    new_->setEnabled(store_ != nullptr);
}

void CaseListView::updateCount()
{
    if (!store_) {
        count_->setText(tr("No case store is open."));
        return;
    }
    const int total = model_->totalCount();
    if (model_->isTrash())
        count_->setText(total == 1 ? tr("1 case in the trash")
                                   : tr("%1 cases in the trash").arg(total));
    else
        count_->setText(total == 1 ? tr("1 case") : tr("%1 cases").arg(total));
}

void CaseListView::retranslate()
{
    searchLabel_->setText(tr("Se&arch:"));
    search_->setPlaceholderText(tr("Client name or reading, creditor, notes"));
    search_->setAccessibleName(tr("Search cases"));
    table_->setAccessibleName(model_->isTrash() ? tr("Cases in the trash") : tr("Saved cases"));
    new_->setText(tr("New consultation"));
    open_->setText(tr("&Open"));
    duplicate_->setText(tr("D&uplicate"));
    delete_->setText(tr("&Delete"));
    restore_->setText(tr("&Restore"));
    empty_->setText(tr("&Empty trash"));
    trashToggle_->setText(tr("&Trash"));
    trashToggle_->setToolTip(tr("Show the cases that were deleted; they can be restored."));
    updateCount();
}

void CaseListView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zansai::ui
