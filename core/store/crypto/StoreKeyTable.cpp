#include "store/crypto/StoreKeyTable.h"

#include "store/Sql.h"

namespace zansai::store {

Result<std::optional<crypto::WrappedKeys>> readWrappedKeys(const QSqlDatabase& db)
{
    auto q = run(db, QStringLiteral("SELECT salt, ops_limit, mem_limit, by_passphrase, "
                                    "by_recovery FROM store_keys WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next()) {
        if (q->failed())
            return q->error();
        return std::optional<crypto::WrappedKeys>();
    }
    crypto::WrappedKeys w;
    w.salt = q->value(0).toByteArray();
    w.limits.ops = q->value(1).toULongLong();
    w.limits.mem = q->value(2).toULongLong();
    w.byPassphrase = q->value(3).toByteArray();
    w.byRecovery = q->value(4).toByteArray();
    q->finish();
    return std::optional<crypto::WrappedKeys>(w);
}

Status writeWrappedKeys(const QSqlDatabase& db, const crypto::WrappedKeys& w)
{
    return exec(db,
                QStringLiteral("INSERT INTO store_keys (id, kdf, salt, ops_limit, mem_limit, "
                               "by_passphrase, by_recovery) VALUES (1, 'argon2id13', ?, ?, ?, ?, "
                               "?)"),
                {w.salt, qint64(w.limits.ops), qint64(w.limits.mem), w.byPassphrase, w.byRecovery});
}

} // namespace zansai::store
