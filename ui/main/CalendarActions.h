// The main window's calendar entries, kept out of MainWindow.cpp: File ▸ Export to calendar… (the
// open case, CalendarExport.h) and File ▸ Deadlines… (every stored case, DeadlinesView.h; a row
// opens its case).
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace zansai::ui {

class DeadlinesView;
class MainWindow;

class CalendarActions : public QObject {
    Q_OBJECT
public:
    // Adds both actions to `menu` (at its end); `window` owns this object.
    CalendarActions(MainWindow* window, QMenu* menu);

    QAction* exportAction() const { return export_; }
    QAction* deadlinesAction() const { return deadlines_; }
    // Export needs an open case (the window enables it with its papers).
    void setCaseOpen(bool open);
    // Opens (or raises) the deadlines view, read afresh from the store as of today.
    DeadlinesView* showDeadlines();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void exportCurrentCase();
    void retranslate();

    MainWindow* window_;
    QAction* export_;
    QAction* deadlines_;
    QPointer<DeadlinesView> view_;
};

} // namespace zansai::ui
