// The consultant's saved cases: search as you type (debounced), sort by column, open on double
// click or Enter, new, duplicate, delete to the trash; the trash with restore and empty.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

class CaseListModel;

class CaseListView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;

    explicit CaseListView(QWidget* parent = nullptr);

    void setStore(CaseStore* store);
    void reload();
    void selectCase(qint64 id);
    qint64 selectedId() const;
    void focusSearch();
    // The list with a case marked (the current one, else the latest) and the keyboard on it, so
    // Enter opens it; the search field when there is no case.
    void focusList();

    CaseListModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QLineEdit* searchBox() const { return search_; }
    QPushButton* newButton() const { return new_; }
    QPushButton* trashToggle() const { return trashToggle_; }

    // The actions on the selected case (also the buttons).
    void duplicateSelected();
    void deleteSelected();
    void restoreSelected();
    void emptyTrash();
    void showTrash(bool trash);

signals:
    void openRequested(qint64 id);
    void newRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void updateCount();
    void reportError(const QString& message);

    CaseStore* store_ = nullptr;
    CaseListModel* model_;
    QLabel* searchLabel_;
    QLineEdit* search_;
    QTimer* searchTimer_;
    QTableView* table_;
    QLabel* count_;
    QPushButton* new_;
    QPushButton* open_;
    QPushButton* duplicate_;
    QPushButton* delete_;
    QPushButton* restore_;
    QPushButton* empty_;
    QPushButton* trashToggle_;
};

} // namespace zansai::ui
