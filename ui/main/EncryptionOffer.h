// Converting an existing plain case store into an encrypted one, with the consultant's consent
// (issue 14 item 4, docs/security.md "Converting an existing store"): when the app opens a plain
// store it has not asked about, it offers to encrypt it. The consultant is told before choosing a
// passphrase that a lost passphrase cannot be recovered without the recovery key; the passphrase
// is asked twice; the store is closed, CaseStore::encrypt runs (kill-safe) behind a progress
// indication, and the store is reopened encrypted; the recovery key is shown once, with Print and
// Copy, until the consultant confirms they kept it. "Not now" (asked again after
// kEncryptionOfferPauseDays) and "Never for this store" are remembered in QSettings, keyed by the
// store's path. The dialogs are a facade like MessageBoxes, so tests answer without a person.
#pragma once

#include "store/CaseStore.h"
#include "util/Clock.h"

#include <memory>
#include <optional>

class QWidget;

namespace zansai::ui {

inline constexpr int kEncryptionOfferPauseDays = 7;

class EncryptionOffer {
public:
    enum class Answer { Encrypt, NotNow, Never };
    virtual ~EncryptionOffer() = default;
    // Explains encryption and that a lost passphrase is unrecoverable without the recovery key.
    virtual Answer ask(QWidget* parent, const QString& path);
    // The new passphrase, typed twice (the dialog refuses an empty one or two that differ);
    // nullopt: cancelled.
    virtual std::optional<QString> newPassphrase(QWidget* parent);
    // Shows the recovery key with Print and Copy; true once the consultant confirms they kept it.
    virtual bool showRecoveryKey(QWidget* parent, const QString& recoveryKey);
    // Shown while CaseStore::encrypt runs (it takes seconds: Argon2id, every case re-written).
    virtual void progress(QWidget* parent, bool running);

    static EncryptionOffer& instance();
    static void setInstance(EncryptionOffer* offer); // nullptr restores the real dialogs
};

// What was remembered for the store at `path` ("" when never asked, "never", or "later:<date>").
QString encryptionOfferMemory(const QString& path);
void forgetEncryptionOffer(const QString& path); // tests, and a store that was encrypted

// Called once the app has opened `store`: a plain store not asked about (or whose "Not now" has
// expired) is offered encryption. Returns the store to use: the same one, or, once converted,
// the encrypted store reopened (the plain one is closed while converting).
std::unique_ptr<CaseStore> offerEncryption(std::unique_ptr<CaseStore> store, QWidget* parent,
                                           const Clock& clock = SystemClock::instance());

} // namespace zansai::ui
