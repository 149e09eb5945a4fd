#include "main/CaseHistoryDialog.h"

#include "editors/CaseDiff.h"
#include "store/CaseStore.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
// The list reads each version to say what it changed: the newest this many are described (older
// ones are listed by date, and can still be restored).
constexpr int kDescribed = 200;
} // namespace

CaseHistoryDialog::CaseHistoryDialog(CaseStore& store, qint64 caseId, QWidget* parent)
    : QDialog(parent), store_(store), id_(caseId)
{
    setObjectName(QStringLiteral("caseHistoryDialog"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    table_ = new QTableWidget(0, 3, this);
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    restore_ = new QPushButton(this);
    restore_->setObjectName(QStringLiteral("restoreVersion"));
    restore_->setAutoDefault(false);
    close_ = new QPushButton(this);
    close_->setObjectName(QStringLiteral("closeHistory"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("historyMessage"));
    message_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(message_, 1);
    buttons->addWidget(restore_);
    buttons->addWidget(close_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    connect(close_, &QPushButton::clicked, this, &QDialog::accept);
    connect(restore_, &QPushButton::clicked, this, &CaseHistoryDialog::restoreSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            [this] { restore_->setEnabled(selectedRevision() > 0); });
    QSize size(900, 560);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 80));
    resize(size);
    retranslate();
    reload();
}

void CaseHistoryDialog::reload()
{
    table_->setRowCount(0);
    auto versions = store_.history(id_);
    if (!versions) {
        message_->setText(versions.error().message);
        restore_->setEnabled(false);
        return;
    }
    QList<CaseVersionInfo> list = *versions;
    std::sort(list.begin(), list.end(), [](const CaseVersionInfo& a, const CaseVersionInfo& b) {
        return a.revision > b.revision;
    });
    table_->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const CaseVersionInfo& v = list[row];
        auto* rev = new QTableWidgetItem(QString::number(v.revision));
        rev->setData(Qt::UserRole, v.revision);
        table_->setItem(row, 0, rev);
        table_->setItem(row, 1,
                        new QTableWidgetItem(
                            QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat)));
        table_->setItem(row, 2, new QTableWidgetItem());
    }
    // What each version changed: it against the one before it (the row below).
    std::optional<Case> above;
    for (int row = 0; row < list.size() && row <= kDescribed; ++row) {
        auto c = store_.loadVersion(id_, list[row].revision);
        if (!c)
            continue;
        if (above && row > 0) {
            const QStringList changes = describeChanges(*c, *above);
            table_->item(row - 1, 2)
                ->setText(changes.isEmpty() ? tr("(no visible change)")
                                            : changes.join(QLatin1Char('\n')));
        }
        above = *c;
    }
    if (!list.isEmpty() && list.size() <= kDescribed &&
        table_->item(int(list.size()) - 1, 2)->text().isEmpty())
        table_->item(int(list.size()) - 1, 2)->setText(tr("First saved"));
    table_->resizeRowsToContents();
    if (!list.isEmpty())
        table_->selectRow(0);
    restore_->setEnabled(selectedRevision() > 0);
    table_->setFocus(Qt::OtherFocusReason);
}

qint64 CaseHistoryDialog::selectedRevision() const
{
    const int row = table_->currentRow();
    if (row < 0 || !table_->item(row, 0))
        return 0;
    return table_->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool CaseHistoryDialog::restoreSelected()
{
    const qint64 rev = selectedRevision();
    if (rev <= 0)
        return false;
    auto made = store_.restoreVersion(id_, rev);
    if (!made) {
        message_->setText(made.error().message);
        return false;
    }
    message_->setText(tr("Version %1 restored as version %2.").arg(rev).arg(*made));
    emit restored(rev, *made);
    reload();
    return true;
}

void CaseHistoryDialog::retranslate()
{
    setWindowTitle(tr("Saved versions of the case"));
    intro_->setText(tr("Every save is kept. Pick a version to restore it: it is saved again as "
                       "the newest version, and nothing after it is lost."));
    table_->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("What changed")});
    table_->setAccessibleName(tr("Saved versions"));
    restore_->setText(tr("&Restore this version"));
    close_->setText(tr("Close"));
}

void CaseHistoryDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Row heights follow the wrapped texts once the columns have their shown widths.
    QTimer::singleShot(0, table_, [this] { table_->resizeRowsToContents(); });
}

void CaseHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace zansai::ui
