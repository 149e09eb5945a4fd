// The passphrase of an encrypted store kept in the desktop keyring (issue 14 item 4: Secret
// Service, KWallet, macOS Keychain, Windows Credential Store, through qtkeychain), when the
// consultant asks for it. Optional: built without qtkeychain, or with no keyring running (offscreen
// tests, a bare session), available() is false and reads find nothing, so the passphrase is asked.
// A facade like MessageBoxes, so tests use a keyring of their own.
#pragma once

#include <QString>
#include <optional>

namespace zansai::ui {

class Keyring {
public:
    virtual ~Keyring() = default;
    virtual bool available() const; // compiled in (a running keyring is only known by trying)
    // The passphrase kept for the store at `storePath`; nullopt when none or no keyring.
    virtual std::optional<QString> read(const QString& storePath);
    virtual bool write(const QString& storePath, const QString& passphrase);
    virtual void remove(const QString& storePath);

    static Keyring& instance();
    static void setInstance(Keyring* keyring); // nullptr restores the desktop keyring
};

} // namespace zansai::ui
