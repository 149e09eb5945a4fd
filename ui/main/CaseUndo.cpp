#include "main/CaseUndo.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace zansai::ui {

namespace {

class CaseEdit : public QUndoCommand {
public:
    CaseEdit(CaseUndo* owner, const QString& text, const Case& before, const Case& after, int key)
        : QUndoCommand(text), owner_(owner), before_(before), after_(after), key_(key)
    {
    }
    void undo() override { emit owner_->apply(before_); }
    void redo() override
    {
        // The first redo is the push: the edit has been applied already.
        if (pushed_)
            emit owner_->apply(after_);
        pushed_ = true;
    }
    int id() const override { return key_; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const CaseEdit*>(other);
        after_ = o->after_;
        return true;
    }

private:
    CaseUndo* owner_;
    Case before_, after_;
    int key_;
    bool pushed_ = false;
};

} // namespace

CaseUndo::CaseUndo(QObject* parent) : QObject(parent), stack_(new QUndoStack(this)) {}

void CaseUndo::record(const QString& text, const Case& before, const Case& after, int mergeKey)
{
    if (before == after)
        return;
    stack_->push(new CaseEdit(this, text, before, after, mergeKey));
}

void CaseUndo::clear()
{
    stack_->clear();
}

} // namespace zansai::ui
