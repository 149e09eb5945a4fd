// The wrapped keys of an encrypted store in its table store_keys (004_encryption.sql).
// Internal to core/store.
#pragma once

#include "store/crypto/StoreKeys.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace zansai::store {

// The store's wrapped keys; nullopt for a plain store.
Result<std::optional<crypto::WrappedKeys>> readWrappedKeys(const QSqlDatabase& db);
Status writeWrappedKeys(const QSqlDatabase& db, const crypto::WrappedKeys& wrapped);

} // namespace zansai::store
