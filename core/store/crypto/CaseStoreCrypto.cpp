// Encryption at rest inside CaseStore (docs/security.md "Encryption at rest"): the keys of an
// encrypted store, sealing and opening documents and list summaries, lock and unlock.
#include "store/CaseStorePrivate.h"
#include "store/Sql.h"
#include "store/crypto/SealedRows.h"
#include "store/crypto/StoreKeyTable.h"

#include <QCoreApplication>

namespace zansai {

using namespace store;

namespace {
struct CryptoText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};
} // namespace

Status CaseStore::Impl::openKeys(const crypto::Unlock& unlock)
{
    if (server) { // at-rest encryption is the server's (its disks), never per store
        encrypted = false;
        return Ok{};
    }
    auto wrapped = readWrappedKeys(db);
    if (!wrapped)
        return wrapped.error();
    encrypted = wrapped->has_value();
    keys.reset();
    summaries.clear();
    if (!encrypted)
        return Ok{};
    // Sorts and temporary indexes stay in memory: no temporary file ever holds a page.
    if (Status s = exec(db, QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
        return s;
    auto k = crypto::Keys::unlock(**wrapped, unlock);
    if (!k)
        return k.error();
    keys = std::move(k).value();
    return Ok{};
}

Status CaseStore::Impl::requireKeys() const
{
    if (!encrypted || keys)
        return Ok{};
    return Error{fieldOf(kStoreFieldPassphrase),
                 CryptoText::tr("The case store is locked: unlock it with its passphrase.")};
}

Result<QVariant> CaseStore::Impl::storedDocument(qint64 id, qint64 revision,
                                                 const QString& document) const
{
    if (!encrypted)
        return QVariant(document);
    if (Status s = requireKeys(); !s)
        return s.error();
    return QVariant(keys->seal(document.toUtf8(), crypto::Purpose::Document, id, revision));
}

Result<QString> CaseStore::Impl::documentText(qint64 id, qint64 revision,
                                              const QVariant& stored) const
{
    if (!encrypted)
        return stored.toString();
    if (Status s = requireKeys(); !s)
        return s.error();
    auto plain = keys->open(stored.toByteArray(), crypto::Purpose::Document, id, revision);
    if (!plain)
        return plain.error();
    QString text = QString::fromUtf8(*plain);
    crypto::wipe(plain.value());
    return text;
}

Result<CaseSummary> CaseStore::Impl::summaryOf(qint64 id, qint64 revision,
                                               const QVariant& sealed) const
{
    if (Status s = requireKeys(); !s)
        return s.error();
    const auto hit = summaries.constFind(id);
    if (hit != summaries.cend() && hit->first == revision)
        return hit->second;
    auto plain = keys->open(sealed.toByteArray(), crypto::Purpose::Summary, id, revision);
    if (!plain)
        return plain.error();
    CaseSummary s;
    s.id = id;
    QString sortKey;
    if (!readSummary(*plain, s, &sortKey))
        return Error{fieldOf(kStoreFieldDamaged),
                     CryptoText::tr("The list entry of case %1 cannot be read.").arg(id)};
    summaries.insert(id, {revision, s});
    summaryKeys.insert(id, sortKey);
    return s;
}

bool CaseStore::encrypted() const
{
    return d->encrypted;
}

bool CaseStore::locked() const
{
    return d->encrypted && !d->keys;
}

void CaseStore::lock()
{
    d->keys.reset(); // ~Keys: sodium_free wipes the key
    d->summaries.clear();
    d->summaryKeys.clear();
}

Status CaseStore::unlock(const crypto::Unlock& unlock)
{
    if (!d->encrypted)
        return Ok{};
    return d->openKeys(unlock);
}

} // namespace zansai
