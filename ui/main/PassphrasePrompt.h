// The passphrase of an encrypted case store (docs/security.md), asked of the consultant: when the
// store is opened, and again to unlock it after the auto-lock. A facade like MessageBoxes, so tests
// can answer without a person.
#pragma once

#include "store/CaseStore.h"
#include "util/Clock.h"

#include <memory>
#include <optional>

class QWidget;

namespace zansai::ui {

class PassphrasePrompt {
public:
    virtual ~PassphrasePrompt() = default;
    // The passphrase (or, if the consultant chose so, the recovery key) of the store at `path`;
    // `problem`: why the last attempt failed (empty the first time). nullopt: cancelled.
    virtual std::optional<store::crypto::Unlock> ask(QWidget* parent, const QString& path,
                                                     const QString& problem);

    static PassphrasePrompt& instance();
    static void setInstance(PassphrasePrompt* prompt); // nullptr restores the real dialog
};

// `opened` as CaseStore::open gave it; an encrypted store's "passphrase" error is answered by
// asking (again, after a wrong one) until it opens or the consultant cancels.
Result<std::unique_ptr<CaseStore>> unlockInteractively(Result<std::unique_ptr<CaseStore>> opened,
                                                       const QString& path, QWidget* parent,
                                                       const Clock& clock);

// Unlocks an open, locked store the same way; false if cancelled.
bool unlockInteractively(CaseStore& store, QWidget* parent);

} // namespace zansai::ui
