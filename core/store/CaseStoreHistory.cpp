// The versions of a case (history, restore), copies, and the trash.
#include "store/CaseStorePrivate.h"

#include "case/CaseJson.h"
#include "store/Sql.h"
#include "store/crypto/SealedRows.h"

#include <QCoreApplication>

namespace zansai {

using namespace store;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

} // namespace

Result<QString> CaseStore::Impl::documentLocked(qint64 id, qint64 revision) const
{
    auto q = run(db,
                 QStringLiteral("SELECT document FROM cases JOIN case_documents ON case_id = id "
                                "WHERE id = ? AND revision = ? "
                                "UNION ALL SELECT document FROM case_versions "
                                "WHERE case_id = ? AND revision = ?"),
                 {id, revision, id, revision});
    if (!q)
        return q.error();
    if (!q->next()) {
        if (q->failed())
            return q->error();
        return Error{fieldOf(kStoreFieldCase),
                     StoreText::tr("Case %1 has no version %2.").arg(id).arg(revision)};
    }
    const QVariant stored = q->value(0);
    q->finish();
    return documentText(id, revision, stored); // sealed for (id, revision) in an encrypted store
}

Result<qint64> CaseStore::duplicate(qint64 id)
{
    if (Status s = d->writable(); !s)
        return s.error();
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto q = run(d->db,
                 QStringLiteral("SELECT revision, document FROM cases JOIN case_documents "
                                "ON case_id = id WHERE id = ?"),
                 {id});
    if (!q)
        return q.error();
    if (!q->next())
        return q->failed() ? q->error() : noSuchCase(id);
    const auto text = d->documentText(id, q->value(0).toLongLong(), q->value(1));
    q->finish();
    if (!text)
        return text.error();
    const QString& doc = *text;
    auto c = readCase(doc.toUtf8());
    if (!c)
        return c.error();
    auto newId = d->insertLocked(doc, derive(*c), d->nowMs());
    if (!newId)
        return newId.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return newId;
}

Status CaseStore::moveToTrash(qint64 id)
{
    if (Status s = d->writable(); !s)
        return s.error();
    d->maybeBackup();
    auto up =
        run(d->db,
            QStringLiteral("UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
            {d->nowMs(), id});
    if (!up)
        return up.error();
    if (up->numRowsAffected() == 0) {
        auto exists = scalar(d->db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"), {id});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return noSuchCase(id);
        return Ok{}; // already in the trash: nothing to do
    }
    return d->audit(id, AuditAction::Trashed);
}

Status CaseStore::restoreFromTrash(qint64 id)
{
    if (Status s = d->writable(); !s)
        return s.error();
    d->maybeBackup();
    auto up = run(d->db, QStringLiteral("UPDATE cases SET deleted_at = NULL WHERE id = ?"), {id});
    if (!up)
        return up.error();
    if (up->numRowsAffected() == 0)
        return noSuchCase(id);
    return d->audit(id, AuditAction::Restored);
}

Status CaseStore::emptyTrash()
{
    if (Status s = d->writable(); !s)
        return s.error();
    if (Status s = d->requireKeys(); !s)
        return s.error();
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    if (d->keys) { // the blind index has no index by case: its tokens first (SealedRows.cpp)
        QList<qint64> ids;
        auto q = run(d->db, QStringLiteral("SELECT id FROM cases WHERE deleted_at IS NOT NULL"));
        if (!q)
            return q.error();
        while (q->next())
            ids.append(q->value(0).toLongLong());
        if (q->failed())
            return q->error();
        q->finish();
        for (qint64 id : ids)
            if (Status s = removeSealedRows(d->db, *d->keys, id); !s)
                return s;
    }
    if (d->server) { // the trail keeps which cases were deleted for good, and by whom
        if (Status s =
                exec(d->db, QStringLiteral("INSERT INTO audit_log (action, case_id) SELECT "
                                           "'deleted', id FROM cases WHERE deleted_at IS NOT NULL "
                                           "ORDER BY id"));
            !s)
            return s;
    }
    // Cascades to debts, case_versions and case_search (whose trigger updates the FTS index).
    if (Status s = exec(d->db, QStringLiteral("DELETE FROM cases WHERE deleted_at IS NOT NULL"));
        !s)
        return s;
    return txn.value()->commit();
}

Result<QList<CaseVersionInfo>> CaseStore::history(qint64 id) const
{
    auto q = run(d->db,
                 QStringLiteral("SELECT revision, updated_at FROM cases WHERE id = ? UNION ALL "
                                "SELECT revision, saved_at FROM case_versions WHERE case_id = ? "
                                "ORDER BY 1 DESC"),
                 {id, id});
    if (!q)
        return q.error();
    QList<CaseVersionInfo> out;
    while (q->next())
        out.append(CaseVersionInfo{q->value(0).toLongLong(), fromMs(q->value(1))});
    if (q->failed())
        return q->error();
    q->finish();
    if (out.isEmpty())
        return noSuchCase(id);
    return out;
}

Result<Case> CaseStore::loadVersion(qint64 id, qint64 revision) const
{
    auto doc = d->documentLocked(id, revision);
    if (!doc)
        return doc.error();
    auto c = readCase(doc->toUtf8());
    if (!c)
        return Error{
            c.error().field,
            StoreText::tr("The stored case %1 cannot be read: %2").arg(id).arg(c.error().message)};
    return c;
}

Result<qint64> CaseStore::restoreVersion(qint64 id, qint64 revision)
{
    if (Status s = d->writable(); !s)
        return s.error();
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto current = scalar(d->db, QStringLiteral("SELECT revision FROM cases WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (current->isNull())
        return noSuchCase(id);
    auto doc = d->documentLocked(id, revision);
    if (!doc)
        return doc.error();
    auto c = readCase(doc->toUtf8());
    if (!c)
        return c.error();
    auto rev = d->saveLocked(id, *doc, derive(*c), current->toLongLong());
    if (!rev)
        return rev.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return rev;
}

} // namespace zansai
