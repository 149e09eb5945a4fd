// The main window: the consultant's case list and the menus that start and reopen consultations.
#pragma once

#include "i18n/Language.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QLabel;
class QPushButton;
class QActionGroup;

namespace zansai::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    QAction* newConsultationAction() const { return newConsultation_; }
    QAction* openCasesAction() const { return openCases_; }
    // Marks the language whose catalogue the app has installed.
    void setLanguage(zansai::Language lang);

signals:
    // Emitted when the consultant picks a language; the app installs it and persists it.
    void languageRequested(zansai::Language lang);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslateUi();
    void showAbout();

    QMenu* fileMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* newConsultation_ = nullptr;
    QAction* openCases_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* japanese_ = nullptr;
    QAction* english_ = nullptr;
    QAction* about_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
    QLabel* welcome_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
};

} // namespace zansai::ui
