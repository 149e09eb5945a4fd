#include "main/MainWindow.h"

#include "advice/Evaluate.h"
#include "report/DocumentActions.h"

#include "Version.h"
#include "common/Format.h"
#include "common/MessageBoxes.h"
#include "editors/DebtEditorDialog.h"
#include "main/AutoLock.h"
#include "main/AutoLockSetting.h"
#include "main/BatchExport.h"
#include "main/CalendarActions.h"
#include "main/CaseHistoryDialog.h"
#include "main/CaseListView.h"
#include "main/CasePanel.h"
#include "main/CaseSession.h"
#include "main/CaseUndo.h"
#include "main/StoreConnectionDialog.h"
#include "results/ResultsView.h"
#include "store/Autosaver.h"
#include "store/CaseStore.h"
#include "util/Clock.h"
#include "wizard/InterviewWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zansai::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();

    // The case list is the central page; an open case replaces it (the stack), and comes back.
    auto* listPage = new QWidget(this);
    auto* layout = new QVBoxLayout(listPage);
    welcome_ = new QLabel(listPage);
    welcome_->setObjectName(QStringLiteral("welcomeLabel"));
    welcome_->setWordWrap(true);
    startButton_ = new QPushButton(listPage);
    startButton_->setObjectName(QStringLiteral("startButton"));
    openButton_ = new QPushButton(listPage);
    openButton_->setObjectName(QStringLiteral("openButton"));
    connect(startButton_, &QPushButton::clicked, newConsultation_, &QAction::trigger);
    connect(openButton_, &QPushButton::clicked, openCases_, &QAction::trigger);
    auto* header = new QHBoxLayout;
    header->addWidget(welcome_, 1);
    header->addWidget(startButton_);
    header->addWidget(openButton_);
    layout->addLayout(header);
    listLayout_ = layout;
    // The case list itself comes with the store (setStore), after the window is up: it has
    // nothing to show before, and start-up time is what the consultant sees first.
    layout->addStretch(1);

    stack_ = new QStackedWidget(this);
    stack_->setObjectName(QStringLiteral("centralStack"));
    stack_->addWidget(listPage);
    setCentralWidget(stack_);
    clock_ = &SystemClock::instance();

    // Fits a 1366×768 screen with its panel; larger screens get more.
    QSize size(1280, 720);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(16, 40));
    resize(size);
    retranslateUi();
}

void MainWindow::createActions()
{
    newConsultation_ = new QAction(this);
    newConsultation_->setObjectName(QStringLiteral("actionNewConsultation"));
    newConsultation_->setShortcut(QKeySequence::New);
    openCases_ = new QAction(this);
    openCases_->setObjectName(QStringLiteral("actionOpenCases"));
    openCases_->setShortcut(QKeySequence::Open);
    quit_ = new QAction(this);
    quit_->setObjectName(QStringLiteral("actionQuit"));
    quit_->setShortcut(QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);
    connect(newConsultation_, &QAction::triggered, this, &MainWindow::startNewConsultation);
    connect(openCases_, &QAction::triggered, this, [this] {
        showCaseList();
        if (caseList_)
            caseList_->focusList();
    });
    editInterview_ = new QAction(this);
    editInterview_->setObjectName(QStringLiteral("actionEditInterview"));
    editInterview_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editInterview_->setEnabled(false);
    connect(editInterview_, &QAction::triggered, this, &MainWindow::editInterview);

    languageGroup_ = new QActionGroup(this);
    japanese_ = new QAction(QStringLiteral("日本語"), languageGroup_); // each language names itself
    japanese_->setObjectName(QStringLiteral("actionJapanese"));
    japanese_->setCheckable(true);
    english_ = new QAction(QStringLiteral("English"), languageGroup_);
    english_->setObjectName(QStringLiteral("actionEnglish"));
    english_->setCheckable(true);
    connect(japanese_, &QAction::triggered, this,
            [this] { emit languageRequested(Language::Japanese); });
    connect(english_, &QAction::triggered, this,
            [this] { emit languageRequested(Language::English); });

    about_ = new QAction(this);
    about_->setObjectName(QStringLiteral("actionAbout"));
    connect(about_, &QAction::triggered, this, &MainWindow::showAbout);

    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->setObjectName(QStringLiteral("menuFile"));
    fileMenu_->addAction(newConsultation_);
    fileMenu_->addAction(openCases_);
    fileMenu_->addAction(editInterview_);
    exportMenu_ = fileMenu_->addMenu(QString());
    exportMenu_->setObjectName(QStringLiteral("menuExportPdf"));
    previewMenu_ = fileMenu_->addMenu(QString());
    previewMenu_->setObjectName(QStringLiteral("menuPrintPreview"));
    for (const ClientDocument d :
         {ClientDocument::CaseSummary, ClientDocument::BudgetStatement,
          ClientDocument::ReferralSheet, ClientDocument::LimitationNotice,
          ClientDocument::InstallmentProposal, ClientDocument::CreditorList}) {
        QAction* e = exportMenu_->addAction(QString());
        e->setObjectName(QStringLiteral("actionExport_") + documentCode(d));
        e->setData(int(d));
        connect(e, &QAction::triggered, this, [this, d] { exportDocument(int(d)); });
        QAction* p = previewMenu_->addAction(QString());
        p->setObjectName(QStringLiteral("actionPreview_") + documentCode(d));
        p->setData(int(d));
        connect(p, &QAction::triggered, this, [this, d] { previewDocument(int(d)); });
    }
    if (QAction* summary = exportMenu_->actions().value(0))
        summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    if (QAction* preview = previewMenu_->actions().value(0))
        preview->setShortcut(QKeySequence::Print);
    calendarActions_ = new CalendarActions(this, fileMenu_);
    batchExport_ = fileMenu_->addAction(QString(), this, [this] {
        exportPapersOfCases(this, store_, store_ ? caseList() : nullptr, clock_->today(),
                            language_);
    });
    batchExport_->setObjectName(QStringLiteral("actionExportPapersOfCases"));
    setDocumentActionsEnabled(false);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quit_);

    // Edit: undo and redo of this session's edits of the open case (main/CaseUndo).
    undo_ = new CaseUndo(this);
    connect(undo_, &CaseUndo::apply, this, &MainWindow::applyUndo);
    undoAction_ = undo_->stack()->createUndoAction(this);
    undoAction_->setObjectName(QStringLiteral("actionUndo"));
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = undo_->stack()->createRedoAction(this);
    redoAction_->setObjectName(QStringLiteral("actionRedo"));
    redoAction_->setShortcut(QKeySequence::Redo);
    history_ = new QAction(this);
    history_->setObjectName(QStringLiteral("actionCaseHistory"));
    history_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history_->setEnabled(false);
    connect(history_, &QAction::triggered, this, &MainWindow::showHistory);
    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->setObjectName(QStringLiteral("menuEdit"));
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(history_);

    settingsMenu_ = menuBar()->addMenu(QString());
    settingsMenu_->setObjectName(QStringLiteral("menuSettings"));
    languageMenu_ = settingsMenu_->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("menuLanguage"));
    languageMenu_->addAction(japanese_);
    languageMenu_->addAction(english_);
    autoLockMinutes_ = settingsMenu_->addAction(QString(), this, [this] {
        editAutoLockMinutes(this, autoLock_.get()); // issue 14 item 5: applied at once
    });
    autoLockMinutes_->setObjectName(QStringLiteral("actionAutoLockMinutes"));
    storeConnection_ = settingsMenu_->addAction(QString(), this, [this] {
        if (editStoreConnection(this))
            emit storeSettingChanged();
    });
    storeConnection_->setObjectName(QStringLiteral("actionStoreConnection"));

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->setObjectName(QStringLiteral("menuHelp"));
    helpMenu_->addAction(about_);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Zansai Navigator — residual debt consultation"));
    fileMenu_->setTitle(tr("&File"));
    newConsultation_->setText(tr("&New consultation…"));
    newConsultation_->setStatusTip(tr("Start the interview for a new client"));
    openCases_->setText(tr("&Open saved cases…"));
    quit_->setText(tr("&Quit"));
    editInterview_->setText(tr("&Edit the interview"));
    exportMenu_->setTitle(tr("E&xport PDF"));
    batchExport_->setText(tr("Export the papers of the selected cases…"));
    previewMenu_->setTitle(tr("Print pre&view and print"));
    for (QMenu* m : {exportMenu_, previewMenu_})
        for (QAction* a : m->actions())
            a->setText(documentTitle(ClientDocument(a->data().toInt())) + QStringLiteral("…"));
    editMenu_->setTitle(tr("&Edit"));
    history_->setText(tr("Saved &versions of the case…"));
    settingsMenu_->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    autoLockMinutes_->setText(tr("Lock after &idle time…"));
    storeConnection_->setText(tr("Case &store…"));
    helpMenu_->setTitle(tr("&Help"));
    about_->setText(tr("&About Zansai Navigator"));
    welcome_->setText(store_ ? tr("Start a consultation, or open a saved case.")
                             : tr("Opening the case store…"));
    startButton_->setText(tr("Start a new consultation"));
    openButton_->setText(tr("Open saved cases"));
}

void MainWindow::setLanguage(Language lang)
{
    language_ = lang;
    japanese_->setChecked(lang == Language::Japanese);
    english_->setChecked(lang == Language::English);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow()
{
    flushSaves();
    if (wizard_)
        delete wizard_.data();
    session_.reset();
    autosaver_.reset();
}

void MainWindow::setClock(const Clock& clock)
{
    clock_ = &clock;
}

void MainWindow::setStore(CaseStore* store)
{
    if (wizard_)
        wizard_->reject();
    flushSaves();
    autoLock_.reset();
    session_.reset();
    autosaver_.reset();
    store_ = store;
    if (store_ && store_->encrypted()) // issue 14 item 5
        autoLock_ = std::make_unique<AutoLock>(this, store_, [this] { flushSaves(); });
    if (store_) {
        autosaver_ = std::make_unique<Autosaver>(*store_);
        session_ = std::make_unique<CaseSession>(*store_, *autosaver_);
        connect(session_.get(), &CaseSession::statusChanged, this, &MainWindow::updateStatus);
        connect(session_.get(), &CaseSession::conflict, this, &MainWindow::handleConflict);
        connect(session_.get(), &CaseSession::created, this, [this] { caseList()->reload(); });
        connect(autosaver_.get(), &Autosaver::saved, this, [this] {
            if (stack_->currentWidget() != casePanel_ || !casePanel_)
                caseList()->reload();
        });
    }
    caseList()->setStore(store_);
    showCaseList();
    retranslateUi();
}

void MainWindow::flushSaves()
{
    if (autosaver_)
        autosaver_->flush();
}

qint64 MainWindow::currentCaseId() const
{
    return session_ ? session_->id() : 0;
}

CaseListView* MainWindow::caseList()
{
    if (!caseList_) {
        // Replaces the stretch that held its place.
        delete listLayout_->takeAt(listLayout_->count() - 1);
        caseList_ = new CaseListView(stack_->widget(0));
        listLayout_->addWidget(caseList_, 1);
        connect(caseList_, &CaseListView::openRequested, this, [this](qint64 id) { openCase(id); });
        connect(caseList_, &CaseListView::newRequested, this, &MainWindow::startNewConsultation);
    }
    return caseList_;
}

InterviewWizard* MainWindow::interviewWizard() const
{
    return wizard_.data();
}

ResultsView* MainWindow::resultsView() const
{
    return casePanel_ ? casePanel_->results() : nullptr;
}

void MainWindow::updateStatus(const QString& text)
{
    statusBar()->showMessage(text);
    if (wizard_)
        wizard_->setSaveStatus(text);
}

void MainWindow::showCaseList()
{
    stack_->setCurrentIndex(0);
    editInterview_->setEnabled(false);
    history_->setEnabled(false);
    setDocumentActionsEnabled(false);
    caseList()->reload();
    if (const qint64 id = currentCaseId())
        caseList()->selectCase(id);
}

void MainWindow::startNewConsultation()
{
    if (!store_ || !session_) {
        MessageBoxes::instance().warning(this, tr("New consultation"),
                                         tr("No case store is open, so nothing could be saved."));
        return;
    }
    if (wizard_) {
        wizard_->raise();
        wizard_->activateWindow();
        return;
    }
    Case c;
    c.asOf = clock_->today();
    c.language = languageCode(language_);
    session_->startNew(c);
    undo_->clear();
    openWizard(c);
}

bool MainWindow::openCase(qint64 id)
{
    if (!session_)
        return false;
    if (id != session_->id())
        undo_->clear(); // the undo history is the open case's
    if (Status s = session_->open(id); !s) {
        MessageBoxes::instance().warning(this, tr("Open case"), s.error().message);
        return false;
    }
    showCase();
    return true;
}

void MainWindow::showCase()
{
    if (!casePanel_) { // built on first use: the charts are not needed to show the window
        casePanel_ = new CasePanel(stack_);
        stack_->addWidget(casePanel_);
        connect(casePanel_, &CasePanel::editRequested, this, &MainWindow::editInterview);
        connect(casePanel_, &CasePanel::backRequested, this, &MainWindow::showCaseList);
        connect(casePanel_, &CasePanel::editDebtRequested, this, &MainWindow::editDebt);
        connect(casePanel_, &CasePanel::asOfTodayRequested, this, [this] {
            Case c = session_->data();
            c.asOf = clock_->today();
            undo_->record(tr("Consultation date"), session_->data(), c);
            session_->update(c);
            casePanel_->setCase(c, clock_->today());
        });
        connect(casePanel_->results(), &ResultsView::installmentChanged, this, [this](Yen monthly) {
            Case c = session_->data();
            c.installmentMonthly = monthly;
            undo_->record(tr("Installment"), session_->data(), c, /*mergeKey=*/1);
            session_->update(c);
        });
        connect(casePanel_->results(), &ResultsView::chosenOptionChanged, this,
                [this](std::optional<OptionKind> kind) {
                    Case c = session_->data();
                    c.chosenOption = kind;
                    undo_->record(tr("Chosen option"), session_->data(), c);
                    session_->update(c);
                });
    }
    // Assessed as of today: a case reopened after a deadline shows the deadline as passed.
    casePanel_->setCase(session_->data(), clock_->today());
    stack_->setCurrentWidget(casePanel_);
    editInterview_->setEnabled(true);
    history_->setEnabled(true);
    setDocumentActionsEnabled(true);
}

void MainWindow::setDocumentActionsEnabled(bool enabled)
{
    exportMenu_->menuAction()->setEnabled(enabled);
    previewMenu_->menuAction()->setEnabled(enabled);
    calendarActions_->setCaseOpen(enabled);
    for (QMenu* m : {exportMenu_, previewMenu_})
        for (QAction* a : m->actions())
            a->setEnabled(enabled);
}

// The papers follow the case's language and show the assessment on screen (appReportContext).
ReportContext MainWindow::paperContext() const
{
    return appReportContext(session_->data(), casePanel_->results()->consultation(), session_->id(),
                            language_, clock_->today());
}

void MainWindow::exportDocument(int document)
{
    if (!session_ || !casePanel_)
        return;
    const QString path = exportPdfInteractive(this, ClientDocument(document), paperContext());
    if (!path.isEmpty())
        statusBar()->showMessage(tr("PDF written: %1").arg(path), 8000);
}

Result<int> MainWindow::writeDocumentPdf(int document, const QString& path)
{
    if (!session_ || !casePanel_)
        return Error{QString(), tr("No case is open.")};
    return exportPdf(ClientDocument(document), paperContext(), path);
}

void MainWindow::previewDocument(int document)
{
    if (!session_ || !casePanel_)
        return;
    showPrintPreview(this, ClientDocument(document), paperContext());
}

void MainWindow::editInterview()
{
    if (!session_ || session_->id() == 0 || wizard_)
        return;
    openWizard(session_->data());
}

void MainWindow::openWizard(const Case& c)
{
    wizardStart_ = c;
    wizardNew_ = session_->id() == 0;
    wizard_ = new InterviewWizard(c, this);
    wizard_->setAttribute(Qt::WA_DeleteOnClose);
    wizard_->setWindowModality(Qt::WindowModal);
    wizard_->setSaveStatus(session_->statusText());
    connect(wizard_, &InterviewWizard::caseChanged, session_.get(), &CaseSession::update);
    connect(wizard_, &QDialog::finished, this,
            [this](int result) { wizardClosed(result == QDialog::Accepted); });
    wizard_->show();
}

void MainWindow::wizardClosed(bool finished)
{
    // Finished, every answer is in the case already (autosave): one undo step for the interview.
    // Cancelled, the wizard has put the case back as it was (saved too); what it discarded is an
    // undo step, so nothing typed is lost. A new case cancelled goes to the trash (restorable).
    const Case edited = wizard_ ? wizard_->discardedCase() : Case();
    flushSaves();
    if (finished) {
        if (!wizardNew_ && session_)
            undo_->record(tr("Interview"), wizardStart_, session_->data());
    } else if (wizardNew_ && session_ && session_->id() != 0) {
        const qint64 id = session_->id();
        Case blank;
        blank.asOf = clock_->today();
        session_->startNew(blank);
        const Status trashed = store_ ? store_->moveToTrash(id) : Status(Ok{});
        statusBar()->showMessage(
            trashed ? tr("Interview cancelled: the new case is in the trash.")
                    : tr("Interview cancelled; the new case could not be moved to the trash: %1")
                          .arg(trashed.error().message));
    } else if (session_ && session_->id() != 0) {
        // Redo brings the discarded answers back; the revert itself is the current state.
        undo_->record(tr("Cancelled interview"), edited, session_->data());
    }
    if (session_ && session_->id() != 0)
        showCase();
    else
        showCaseList();
}

void MainWindow::applyUndo(const Case& c)
{
    if (!session_ || session_->id() == 0 || wizard_)
        return;
    session_->update(c);
    if (casePanel_ && stack_->currentWidget() == casePanel_)
        casePanel_->setCase(c, clock_->today());
}

void MainWindow::editDebt(const QString& debtId)
{
    if (!session_ || session_->id() == 0 || wizard_ || !session_->data().debt(debtId))
        return;
    // Window-modal and not exec(): the window stays responsive (and tests drive the dialog).
    auto* dialog = new DebtEditorDialog(session_->data(), debtId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, debtId] {
        const Case before = session_->data();
        const Case after = dialog->caseData();
        const Debt* d = after.debt(debtId);
        undo_->record(tr("Debt %1").arg(d ? d->creditor : debtId), before, after);
        session_->update(after);
        if (casePanel_)
            casePanel_->setCase(after, clock_->today());
    });
    dialog->show();
}

void MainWindow::showHistory()
{
    if (!session_ || session_->id() == 0 || !store_)
        return;
    flushSaves();
    auto* dialog = new CaseHistoryDialog(*store_, session_->id(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CaseHistoryDialog::restored, this, [this](qint64 from, qint64) {
        const Case before = session_->data();
        // The restored version, saved as the newest; if it cannot be read back, say so.
        if (const Status opened = session_->open(session_->id()); !opened)
            statusBar()->showMessage(opened.error().message);
        undo_->record(tr("Restore version %1").arg(from), before, session_->data());
        showCase();
    });
    dialog->show();
}

void MainWindow::handleConflict(qint64, const Case& mine)
{
    const auto answer = MessageBoxes::instance().question(
        this, tr("Saved elsewhere"),
        tr("Another window or program saved this case after you opened it, so your last edit "
           "was not saved over it. Save your version as a new case?"));
    if (answer != QMessageBox::Yes || !store_)
        return;
    auto copy = store_->create(mine);
    if (!copy) {
        MessageBoxes::instance().warning(this, tr("Saved elsewhere"), copy.error().message);
        return;
    }
    openCase(*copy);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    flushSaves();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Zansai Navigator %1</h3>"
           "<p>A consultation tool for residual debt after a voluntary sale.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License, version 3 or (at your option) any later "
           "version (GPL-3.0-or-later).</p>"
           "<p>It shows calculations, not legal advice: court procedures belong with a lawyer "
           "or a judicial scrivener.</p>")
            .arg(QStringLiteral(ZANSAI_VERSION));
    MessageBoxes::instance().about(this, tr("About Zansai Navigator"), text);
}

} // namespace zansai::ui
