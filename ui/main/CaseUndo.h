// Undo and redo of a case's edits within a session (QUndoStack). Each edit is recorded after it is
// made, as the case before and after it (a debt edited from the results, the interview as a whole,
// a restored version, the consultation date, the installment); undoing one asks for the case before
// it to be applied (apply()), which the window saves like any edit, so an undo is saved too.
#pragma once

#include "case/Case.h"

#include <QObject>

class QUndoStack;

namespace zansai::ui {

class CaseUndo : public QObject {
    Q_OBJECT
public:
    explicit CaseUndo(QObject* parent = nullptr);

    QUndoStack* stack() const { return stack_; }
    // An edit already applied. `mergeKey` ≥ 0 merges it with the previous edit of the same key
    // (the installment slider: one step, not one per notch).
    void record(const QString& text, const Case& before, const Case& after, int mergeKey = -1);
    void clear();

signals:
    // Undo or redo: this case is to be shown and saved.
    void apply(const zansai::Case& c);

private:
    QUndoStack* stack_;
};

} // namespace zansai::ui
