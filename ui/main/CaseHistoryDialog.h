// The saved versions of one case (CaseStore::history), newest first, each with when it was saved
// and what it changed from the version before (editors/CaseDiff). Any version can be restored: the
// store saves its content again as a new version, so the restore is itself in the history.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

class CaseHistoryDialog : public QDialog {
    Q_OBJECT
public:
    // The store must outlive the dialog; pending autosaves should be flushed before.
    CaseHistoryDialog(CaseStore& store, qint64 caseId, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QPushButton* restoreButton() const { return restore_; }
    // Restores the selected version; emits restored() with the revision of the new save.
    bool restoreSelected();
    qint64 selectedRevision() const;

signals:
    void restored(qint64 fromRevision, qint64 newRevision);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void retranslate();
    CaseStore& store_;
    qint64 id_;
    QLabel* intro_;
    QTableWidget* table_;
    QPushButton* restore_;
    QPushButton* close_;
    QLabel* message_;
};

} // namespace zansai::ui
