#include "store/crypto/StoreKeys.h"

#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace zansai::store::crypto {

namespace {

struct KeyText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

constexpr size_t kKey = 32;
// Offsets in Keys::mem_: the data key and the two keys derived from it (crypto_kdf).
constexpr size_t kDataKey = 0, kDocumentKey = 32, kSearchKey = 64, kMemBytes = 96;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "zansaiDB";
constexpr char kRecoveryContext[crypto_kdf_CONTEXTBYTES + 1] = "zansaiRK";
// Base32 without I, O, 0 and 1, which are read wrongly from paper.
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

KdfLimits gLimits; // {} → MODERATE

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Error passphraseError(const QString& message)
{
    return Error{QString::fromLatin1(kStoreFieldPassphrase), message};
}

Error cryptoUnavailable()
{
    return Error{QString::fromLatin1(kStoreFieldDb),
                 KeyText::tr("The encryption library could not be started.")};
}

// A 32-byte key in guarded memory, wiped when it goes.
struct SecretBuffer {
    unsigned char* p = static_cast<unsigned char*>(sodium_malloc(kKey));
    ~SecretBuffer() { sodium_free(p); }
};

QString encodeRecovery(const unsigned char* bytes)
{
    QString out;
    int bits = 0;
    quint32 acc = 0;
    for (size_t i = 0; i < kKey; ++i) {
        acc = (acc << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(acc >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(acc << (5 - bits)) & 31]);
    QString grouped;
    for (qsizetype i = 0; i < out.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + out.mid(i, 4);
    return grouped;
}

// The 32 bytes of a recovery key as printed (groups, spaces and lower case are accepted).
bool decodeRecovery(const QString& text, unsigned char* out)
{
    quint32 acc = 0;
    int bits = 0;
    size_t n = 0;
    int chars = 0;
    for (const QChar ch : text) {
        if (ch == u'-' || ch.isSpace())
            continue;
        const char* at = std::strchr(kAlphabet, ch.toUpper().toLatin1());
        if (!at || ch.toLatin1() == 0)
            return false;
        acc = (acc << 5) | quint32(at - kAlphabet);
        bits += 5;
        ++chars;
        if (bits >= 8) {
            if (n == kKey)
                return false;
            out[n++] = (acc >> (bits - 8)) & 0xff;
            bits -= 8;
        }
    }
    return n == kKey && chars == 52;
}

QByteArray wrap(const unsigned char* key, const unsigned char* dataKey)
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + kKey,
                   Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(o, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(o + crypto_secretbox_NONCEBYTES, dataKey, kKey, o, key);
    return out;
}

bool unwrap(const unsigned char* key, const QByteArray& wrapped, unsigned char* dataKey)
{
    if (wrapped.size() != qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + kKey))
        return false;
    const auto* w = reinterpret_cast<const unsigned char*>(wrapped.constData());
    return crypto_secretbox_open_easy(dataKey, w + crypto_secretbox_NONCEBYTES,
                                      crypto_secretbox_MACBYTES + kKey, w, key) == 0;
}

// Argon2id of the passphrase (UTF-8, copied to guarded memory and wiped).
bool passphraseKey(const QString& passphrase, const QByteArray& salt, const KdfLimits& limits,
                   unsigned char* out)
{
    QByteArray utf8 = passphrase.toUtf8();
    const bool ok =
        salt.size() == crypto_pwhash_SALTBYTES &&
        crypto_pwhash(out, kKey, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), limits.ops,
                      size_t(limits.mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
    wipe(utf8);
    return ok;
}

void additionalData(unsigned char* ad, Purpose purpose, qint64 id, qint64 revision)
{
    ad[0] = static_cast<unsigned char>(purpose);
    qToLittleEndian<qint64>(id, ad + 1);
    qToLittleEndian<qint64>(revision, ad + 9);
}
constexpr size_t kAdBytes = 17;

} // namespace

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

KdfLimits kdfLimitsForNewStores()
{
    if (gLimits.ops != 0)
        return gLimits;
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

void setKdfLimitsForNewStores(const KdfLimits& limits)
{
    gLimits = limits;
}

Keys::Keys() : mem_(static_cast<unsigned char*>(sodium_malloc(kMemBytes))) {}

Keys::~Keys()
{
    sodium_free(mem_); // wipes the keys first
}

Result<Keys::Created> Keys::create(const QString& passphrase)
{
    if (!ready())
        return cryptoUnavailable();
    if (passphrase.isEmpty())
        return passphraseError(KeyText::tr("The passphrase is empty."));
    std::shared_ptr<Keys> keys(new Keys());
    if (!keys->mem_)
        return cryptoUnavailable();
    crypto_kdf_keygen(keys->mem_ + kDataKey);
    crypto_kdf_derive_from_key(keys->mem_ + kDocumentKey, kKey, 1, kKdfContext,
                               keys->mem_ + kDataKey);
    crypto_kdf_derive_from_key(keys->mem_ + kSearchKey, kKey, 2, kKdfContext,
                               keys->mem_ + kDataKey);
    Created c;
    c.wrapped.limits = kdfLimitsForNewStores();
    c.wrapped.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(c.wrapped.salt.data(), crypto_pwhash_SALTBYTES);
    SecretBuffer byPass, recovery, byRecovery;
    if (!byPass.p || !recovery.p || !byRecovery.p)
        return cryptoUnavailable();
    if (!passphraseKey(passphrase, c.wrapped.salt, c.wrapped.limits, byPass.p))
        return Error{QString::fromLatin1(kStoreFieldDb),
                     KeyText::tr("There is not enough memory to derive the key from the "
                                 "passphrase (Argon2id needs %1 MiB).")
                         .arg(c.wrapped.limits.mem >> 20)};
    c.wrapped.byPassphrase = wrap(byPass.p, keys->mem_ + kDataKey);
    randombytes_buf(recovery.p, kKey);
    crypto_kdf_derive_from_key(byRecovery.p, kKey, 1, kRecoveryContext, recovery.p);
    c.wrapped.byRecovery = wrap(byRecovery.p, keys->mem_ + kDataKey);
    c.recoveryKey = encodeRecovery(recovery.p);
    c.keys = std::move(keys);
    return c;
}

Result<std::shared_ptr<Keys>> Keys::unlock(const WrappedKeys& wrapped, const Unlock& how)
{
    if (!ready())
        return cryptoUnavailable();
    if (how.isEmpty())
        return passphraseError(KeyText::tr("This case store is encrypted: give its passphrase."));
    std::shared_ptr<Keys> keys(new Keys());
    SecretBuffer key;
    if (!keys->mem_ || !key.p)
        return cryptoUnavailable();
    bool ok = false;
    if (!how.passphrase.isEmpty()) {
        ok = passphraseKey(how.passphrase, wrapped.salt, wrapped.limits, key.p) &&
             unwrap(key.p, wrapped.byPassphrase, keys->mem_ + kDataKey);
        if (!ok && how.recoveryKey.isEmpty())
            return passphraseError(KeyText::tr("The passphrase is wrong."));
    }
    if (!ok) {
        SecretBuffer recovery;
        if (!recovery.p)
            return cryptoUnavailable();
        if (!decodeRecovery(how.recoveryKey, recovery.p))
            return passphraseError(KeyText::tr("This is not a recovery key: it has 52 letters "
                                               "and digits in groups of four."));
        crypto_kdf_derive_from_key(key.p, kKey, 1, kRecoveryContext, recovery.p);
        if (!unwrap(key.p, wrapped.byRecovery, keys->mem_ + kDataKey))
            return passphraseError(KeyText::tr("The recovery key is wrong."));
    }
    crypto_kdf_derive_from_key(keys->mem_ + kDocumentKey, kKey, 1, kKdfContext,
                               keys->mem_ + kDataKey);
    crypto_kdf_derive_from_key(keys->mem_ + kSearchKey, kKey, 2, kKdfContext,
                               keys->mem_ + kDataKey);
    return keys;
}

QByteArray Keys::seal(QByteArrayView plain, Purpose purpose, qint64 id, qint64 revision) const
{
    constexpr size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(qsizetype(nonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES) + plain.size(),
                   Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(o, nonceBytes); // 192-bit random nonces: no counter to keep
    unsigned char ad[kAdBytes];
    additionalData(ad, purpose, id, revision);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        o + nonceBytes, &len, reinterpret_cast<const unsigned char*>(plain.data()),
        quint64(plain.size()), ad, kAdBytes, nullptr, o, mem_ + kDocumentKey);
    return out;
}

Result<QByteArray> Keys::open(QByteArrayView sealed, Purpose purpose, qint64 id,
                              qint64 revision) const
{
    constexpr size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr size_t overhead = nonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (size_t(sealed.size()) < overhead)
        return Error{QString::fromLatin1(kStoreFieldDamaged),
                     KeyText::tr("An encrypted record of case %1 is too short.").arg(id)};
    QByteArray out(sealed.size() - qsizetype(overhead), Qt::Uninitialized);
    unsigned char ad[kAdBytes];
    additionalData(ad, purpose, id, revision);
    const auto* s = reinterpret_cast<const unsigned char*>(sealed.data());
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(out.data()), &len, nullptr, s + nonceBytes,
            quint64(sealed.size()) - nonceBytes, ad, kAdBytes, s, mem_ + kDocumentKey) != 0)
        return Error{QString::fromLatin1(kStoreFieldDamaged),
                     KeyText::tr("An encrypted record of case %1 (version %2) fails its "
                                 "authentication: it was changed or moved outside the program.")
                         .arg(id)
                         .arg(revision)};
    return out;
}

qint64 Keys::token(QStringView gram) const
{
    const QByteArray utf8 = gram.toUtf8();
    unsigned char h[crypto_generichash_BYTES_MIN]; // 16 bytes, truncated to 8 below
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(utf8.constData()),
                       quint64(utf8.size()), mem_ + kSearchKey, kKey);
    return qFromLittleEndian<qint64>(h);
}

} // namespace zansai::store::crypto
