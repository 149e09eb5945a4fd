// The keys of an encrypted case store (docs/security.md "Encryption at rest"): a random 256-bit
// data key, wrapped by a key derived from the passphrase (Argon2id) and, separately, by a printable
// recovery key. The data key never leaves locked, guarded memory (libsodium's sodium_malloc) and is
// wiped when the store is locked. Internal to core/store.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <memory>

namespace zansai::store::crypto {

// What a sealed blob belongs to; part of its associated data, with the case id and revision, so
// that no blob can be moved to another row, another case, another revision or another purpose.
enum class Purpose : char { Document = 'D', Summary = 'S', SearchTexts = 'T' };

struct KdfLimits {
    quint64 ops = 0;
    quint64 mem = 0; // bytes
};
// crypto_pwhash_OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (3 passes over 256 MiB), unless a test set
// others with setKdfLimitsForNewStores (the limits used are stored with the salt).
KdfLimits kdfLimitsForNewStores();
void setKdfLimitsForNewStores(const KdfLimits& limits); // tests: fast stores; {} restores

// The wrapped data key as the store keeps it (table store_keys).
struct WrappedKeys {
    QByteArray salt; // crypto_pwhash_SALTBYTES
    KdfLimits limits;
    QByteArray byPassphrase; // nonce ‖ crypto_secretbox_easy(data key)
    QByteArray byRecovery;
};

// How a locked store is unlocked: the passphrase, or else the recovery key.
struct Unlock {
    QString passphrase;
    QString recoveryKey;
    bool isEmpty() const { return passphrase.isEmpty() && recoveryKey.isEmpty(); }
};

class Keys {
public:
    ~Keys();
    Keys(const Keys&) = delete;
    Keys& operator=(const Keys&) = delete;

    struct Created;
    // A new random data key, wrapped for `passphrase` and for a new recovery key.
    static Result<Created> create(const QString& passphrase);
    // Unwraps the data key; a wrong passphrase or recovery key is an Error{"passphrase"}.
    static Result<std::shared_ptr<Keys>> unlock(const WrappedKeys& wrapped, const Unlock& unlock);

    // nonce ‖ XChaCha20-Poly1305-IETF(plain), associated data = purpose ‖ id ‖ revision.
    QByteArray seal(QByteArrayView plain, Purpose purpose, qint64 id, qint64 revision) const;
    // The plain text, or an Error if the blob is not what was sealed for this place.
    Result<QByteArray> open(QByteArrayView sealed, Purpose purpose, qint64 id,
                            qint64 revision) const;
    // The blind-index token of a normalised 1- or 2-character gram: keyed BLAKE2b, 8 bytes.
    qint64 token(QStringView gram) const;

private:
    Keys();
    unsigned char* mem_ = nullptr; // sodium_malloc: data key, document key, search key
};

struct Keys::Created {
    std::shared_ptr<Keys> keys;
    WrappedKeys wrapped;
    QString recoveryKey; // shown once: "XXXX-XXXX-…" (52 base32 characters)
};

// Overwrites `bytes` in place (sodium_memzero); for passphrases copied into byte arrays.
void wipe(QByteArray& bytes);

} // namespace zansai::store::crypto
