#include "main/CalendarActions.h"

#include "main/CalendarExport.h"
#include "main/CasePanel.h"
#include "main/CaseSession.h"
#include "main/DeadlinesView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"

#include "i18n/Language.h"
#include "util/Clock.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>

namespace zansai::ui {

CalendarActions::CalendarActions(MainWindow* window, QMenu* menu)
    : QObject(window), window_(window), export_(new QAction(window)),
      deadlines_(new QAction(window))
{
    export_->setObjectName(QStringLiteral("actionExportCalendar"));
    export_->setEnabled(false);
    deadlines_->setObjectName(QStringLiteral("actionDeadlines"));
    deadlines_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    menu->addAction(export_);
    menu->addAction(deadlines_);
    connect(export_, &QAction::triggered, this, &CalendarActions::exportCurrentCase);
    connect(deadlines_, &QAction::triggered, this, [this] { showDeadlines(); });
    window->installEventFilter(this);
    retranslate();
}

void CalendarActions::setCaseOpen(bool open)
{
    export_->setEnabled(open);
}

DeadlinesView* CalendarActions::showDeadlines()
{
    if (!view_) {
        view_ = new DeadlinesView(window_);
        view_->setAttribute(Qt::WA_DeleteOnClose);
        connect(view_, &DeadlinesView::openRequested, window_, [this](qint64 id) {
            if (window_->openCase(id) && view_)
                view_->close();
        });
    }
    view_->load(window_->store(), window_->clock().today());
    view_->show();
    view_->raise();
    view_->activateWindow();
    return view_;
}

void CalendarActions::exportCurrentCase()
{
    const CaseSession* session = window_->session();
    if (!session || !window_->casePanel() || session->id() == 0)
        return;
    const QString path = exportCalendarInteractive(
        window_, session->data(), window_->casePanel()->results()->consultation(),
        QString::number(session->id()), currentLanguage(), window_->clock().now());
    if (!path.isEmpty())
        window_->statusBar()->showMessage(tr("Calendar written: %1").arg(path), 8000);
}

void CalendarActions::retranslate()
{
    export_->setText(tr("Export to &calendar…"));
    export_->setStatusTip(tr("The open case's court deadlines and limitation dates as an "
                             "iCalendar file"));
    deadlines_->setText(tr("&Deadlines…"));
    deadlines_->setStatusTip(tr("Every case's deadlines in the next days, soonest first"));
}

bool CalendarActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace zansai::ui
