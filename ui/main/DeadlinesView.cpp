#include "main/DeadlinesView.h"

#include "main/DeadlinesModel.h"

#include "calendar/StoreDates.h"
#include "store/CaseStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
constexpr int kDefaultDays = 30;
constexpr int kMaxDays = 3660; // as `zansai-cli deadlines --within`
const char kDaysKey[] = "deadlines/days";
} // namespace

DeadlinesView::DeadlinesView(QWidget* parent)
    : QDialog(parent), model_(new DeadlinesModel(this)), table_(new QTableView(this)),
      days_(new QSpinBox(this)), daysLabel_(new QLabel(this)), note_(new QLabel(this)),
      close_(nullptr)
{
    setObjectName(QStringLiteral("deadlinesView"));
    days_->setObjectName(QStringLiteral("deadlinesDays"));
    days_->setRange(0, kMaxDays);
    days_->setValue(QSettings().value(QLatin1String(kDaysKey), kDefaultDays).toInt());
    daysLabel_->setBuddy(days_);
    table_->setObjectName(QStringLiteral("deadlinesTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    note_->setObjectName(QStringLiteral("deadlinesNote"));
    note_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close_ = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(daysLabel_);
    top->addWidget(days_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(note_);
    layout->addWidget(buttons);
    setTabOrder(days_, table_);
    setTabOrder(table_, close_);

    connect(days_, &QSpinBox::valueChanged, this, [this](int d) {
        QSettings().setValue(QLatin1String(kDaysKey), d);
        refresh();
    });
    // Enter and a double-click both activate a row (QAbstractItemView::activated).
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (i.isValid())
            emit openRequested(model_->data(i, DeadlinesModel::CaseIdRole).toLongLong());
    });
    resize(820, 480);
    retranslate();
}

void DeadlinesView::load(const CaseStore* store, QDate today)
{
    today_ = today;
    error_.clear();
    all_.clear();
    if (store) {
        // Every case assessed once, as of today, as the case screen shows it
        // (Consultation::assess); a change of the days only filters these again.
        auto all = calendar::storedCaseDates(*store, today_);
        if (all)
            all_ = std::move(all).value();
        else
            error_ = all.error().message;
    }
    refresh();
}

void DeadlinesView::setDays(int days)
{
    days_->setValue(days);
}

int DeadlinesView::days() const
{
    return days_->value();
}

void DeadlinesView::refresh()
{
    const QList<calendar::UpcomingDate> rows = calendar::upcoming(all_, today_, days_->value());
    model_->setRows(rows, today_);
    table_->resizeColumnsToContents();
    if (!rows.isEmpty())
        table_->selectRow(0);
    retranslate();
}

void DeadlinesView::retranslate()
{
    setWindowTitle(tr("Deadlines"));
    daysLabel_->setText(tr("&Next days:"));
    days_->setSuffix(tr(" days"));
    if (!error_.isEmpty())
        note_->setText(error_);
    else if (model_->rowCount() == 0)
        note_->setText(tr("No deadline in the next %n day(s).", nullptr, days_->value()));
    else
        note_->setText(tr("Enter or a double-click opens the case. Court deadlines and the days "
                          "limitation periods complete, soonest first."));
    model_->retranslate();
}

void DeadlinesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace zansai::ui
