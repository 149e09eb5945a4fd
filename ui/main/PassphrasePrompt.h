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

    // Whether the consultant ticked "Remember the passphrase in the desktop keyring" in the last
    // ask() (the box is shown only where a keyring is built in, see Keyring.h).
    virtual bool rememberInKeyring() const { return remember_; }

    static PassphrasePrompt& instance();
    static void setInstance(PassphrasePrompt* prompt); // nullptr restores the real dialog

protected:
    bool remember_ = false;
};

// `opened` as CaseStore::open gave it; an encrypted store's "passphrase" error is answered first
// by the passphrase kept in the desktop keyring, if any (a wrong one is removed from it), then by
// asking (again, after a wrong one) until it opens or the consultant cancels. A passphrase asked
// with "Remember" ticked is kept in the keyring once it has opened the store.
Result<std::unique_ptr<CaseStore>> unlockInteractively(Result<std::unique_ptr<CaseStore>> opened,
                                                       const QString& path, QWidget* parent,
                                                       const Clock& clock);

// Unlocks an open, locked store the same way (keyring first); false if cancelled.
bool unlockInteractively(CaseStore& store, QWidget* parent);

} // namespace zansai::ui
