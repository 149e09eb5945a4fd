// The main window: the consultant's case list and the menus that start and reopen consultations.
#pragma once

#include "util/Result.h"

#include "case/Case.h"
#include "i18n/Language.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QLabel;
class QPushButton;
class QActionGroup;
class QStackedWidget;
class QVBoxLayout;

namespace zansai {
class Autosaver;
class CaseStore;
class Clock;
} // namespace zansai

namespace zansai::ui {

class AutoLock;
class CalendarActions;
class CaseListView;
class CasePanel;
class CaseSession;
class CaseUndo;
class InterviewWizard;
class ResultsView;
struct ReportContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* newConsultationAction() const { return newConsultation_; }
    QAction* openCasesAction() const { return openCases_; }
    // Marks the language whose catalogue the app has installed.
    void setLanguage(zansai::Language lang);

    // "Today" for new consultations (tests fix it). The clock must outlive the window.
    void setClock(const Clock& clock);
    const Clock& clock() const { return *clock_; }
    // The case store the window works on (nullptr: none). The store must outlive the window; the
    // window's autosaver is flushed when it is replaced and when the window closes.
    void setStore(CaseStore* store);
    CaseStore* store() const { return store_; }

    // The consultation flow: the case list, a new interview, an open case's results.
    void showCaseList();
    void startNewConsultation();
    bool openCase(qint64 id);
    void editInterview();
    // One debt of the open case in its own editor (DebtEditorDialog), not the whole interview.
    void editDebt(const QString& debtId);
    // The open case's saved versions (CaseHistoryDialog), any one restorable.
    void showHistory();
    qint64 currentCaseId() const;
    CaseUndo* undo() const { return undo_; }

    CaseListView* caseList(); // built on first use (setStore builds it)
    CasePanel* casePanel() const { return casePanel_; }
    ResultsView* resultsView() const;
    InterviewWizard* interviewWizard() const;
    CaseSession* session() const { return session_.get(); }
    // The auto-lock of an encrypted store (AutoLock.h); nullptr for a plain one.
    AutoLock* autoLock() const { return autoLock_.get(); }
    // Commits any pending autosave now.
    void flushSaves();
    // File ▸ Export PDF without the file dialog: the open case's paper (a ClientDocument) in the
    // case's language, from the consultation on screen. Returns the page count.
    Result<int> writeDocumentPdf(int document, const QString& path);

signals:
    // Emitted when the consultant picks a language; the app installs it and persists it.
    void languageRequested(zansai::Language lang);
    // Emitted when the consultant changed Settings ▸ Case store…: the app opens the store it now
    // names and, once open, switches to it with setStore (the open one stays if it cannot be).
    void storeSettingChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslateUi();
    void showAbout();
    void openWizard(const Case& c);
    void wizardClosed(bool finished);
    void showCase();
    void updateStatus(const QString& text);
    void handleConflict(qint64 id, const Case& mine);
    // An undo or redo: the case is saved and shown as it was.
    void applyUndo(const Case& c);
    // File ▸ Export PDF / Print preview for the open case, in the case's language.
    ReportContext paperContext() const; // the open case's paper (a case must be open)
    void exportDocument(int document);
    void previewDocument(int document);
    void setDocumentActionsEnabled(bool enabled);

    QMenu* fileMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    CalendarActions* calendarActions_ = nullptr; // File ▸ Export to calendar…, Deadlines…
    QAction* newConsultation_ = nullptr;
    QAction* openCases_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* japanese_ = nullptr;
    QAction* english_ = nullptr;
    QAction* about_ = nullptr;
    QAction* autoLockMinutes_ = nullptr;
    QAction* storeConnection_ = nullptr; // Settings ▸ Case store… (StoreConnectionDialog.h)
    QActionGroup* languageGroup_ = nullptr;
    QLabel* welcome_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QAction* editInterview_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* history_ = nullptr;
    QAction* batchExport_ = nullptr; // the papers of several cases (BatchExport.h)
    CaseUndo* undo_ = nullptr;
    Case wizardStart_;       // the case as the open interview found it (undo, Cancel)
    bool wizardNew_ = false; // the open interview started a new case
    QMenu* exportMenu_ = nullptr;
    QMenu* previewMenu_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    CaseListView* caseList_ = nullptr;
    QVBoxLayout* listLayout_ = nullptr;
    CasePanel* casePanel_ = nullptr;
    QPointer<InterviewWizard> wizard_;
    const Clock* clock_ = nullptr;
    CaseStore* store_ = nullptr;
    std::unique_ptr<Autosaver> autosaver_;
    std::unique_ptr<CaseSession> session_;
    std::unique_ptr<AutoLock> autoLock_;
    Language language_ = Language::Japanese;
};

} // namespace zansai::ui
