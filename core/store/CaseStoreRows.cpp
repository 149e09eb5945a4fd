// The rows derived from each case document (the list's columns, the debts, the search texts), and
// their rebuild when derive() changes.
#include "store/CaseStorePrivate.h"

#include "case/CaseJson.h"
#include "store/Sql.h"
#include "store/crypto/SealedRows.h"

#include <QtDebug>

namespace zansai {

using namespace store;

namespace {

// The version of derive() (SearchText.cpp): a store derived by another version is re-derived from
// its documents on open. Bump it when derive() or normalizeForSearch() changes.
constexpr int kDerivedVersion = 1;

} // namespace

namespace store {

QString derivedVersion()
{
    return QString::number(kDerivedVersion);
}

QVariantList listColumns(const Derived& d, bool encrypted)
{
    if (encrypted) // the list reads sealed_summary (writeSealedRows)
        return {QString(QLatin1String("")), QString(QLatin1String("")), QString(QLatin1String("")),
                QString(QLatin1String("")), QString(QLatin1String("")), 0};
    return {d.clientName, d.clientKana, d.sortKey, d.consultant, d.creditors, d.totalPrincipal};
}

// Writes what is derived from a case beside its row in `cases` (debts, search texts).
Status writeDerivedRows(const QSqlDatabase& db, const crypto::Keys* keys, qint64 id,
                        qint64 revision, const Derived& d, bool replace)
{
    if (keys) // encrypted: no debts, no plain search texts
        return writeSealedRows(db, *keys, id, revision, d, replace);
    if (replace) {
        if (Status s = exec(db, QStringLiteral("DELETE FROM debts WHERE case_id = ?"), {id}); !s)
            return s;
    }
    int position = 0;
    for (const DerivedDebt& debt : d.debts) {
        if (Status s =
                exec(db,
                     QStringLiteral("INSERT INTO debts (case_id, position, debt_id, creditor, "
                                    "kind, lender_kind, principal) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {id, position++, debt.id, debt.creditor, debt.kind, debt.lenderKind,
                      debt.principal});
            !s)
            return s;
    }
    // An unchanged text is not re-indexed (autosaves mostly change other things). The columns
    // are NOT NULL, so <> is the portable IS NOT.
    return exec(db,
                QStringLiteral("INSERT INTO case_search (case_id, name, creditors, notes) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                               "name = excluded.name, creditors = excluded.creditors, "
                               "notes = excluded.notes WHERE case_search.name <> excluded.name OR "
                               "case_search.creditors <> excluded.creditors OR "
                               "case_search.notes <> excluded.notes"),
                {id, d.searchName, d.searchCreditors, d.searchNotes});
}

Status updateDerivedColumns(const QSqlDatabase& db, qint64 id, const Derived& d)
{
    return exec(db,
                QStringLiteral("UPDATE cases SET client_name = ?, client_kana = ?, sort_key = ?, "
                               "consultant = ?, creditors = ?, total_principal = ? WHERE id = ?"),
                listColumns(d, false) + QVariantList{id});
}

} // namespace store

Status CaseStore::Impl::rebuildDerived()
{
    static const QString wanted = derivedVersion();
    const QString versionSql =
        QStringLiteral("SELECT value FROM meta WHERE key = 'derived_version'");
    auto current = scalar(db, versionSql);
    if (!current)
        return current.error();
    if (current->toString() == wanted)
        return Ok{};
    auto txn = Transaction::begin(db);
    if (!txn)
        return txn.error();
    current = scalar(db, versionSql); // another process may have done it meanwhile
    if (!current)
        return current.error();
    if (current->toString() == wanted)
        return Ok{};
    QList<std::pair<qint64, qint64>> ids; // id, revision
    {
        auto q = run(db, QStringLiteral("SELECT id, revision FROM cases ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next())
            ids.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
        if (q->failed())
            return q->error();
    }
    for (const auto& [id, revision] : ids) {
        auto doc = scalar(
            db, QStringLiteral("SELECT document FROM case_documents WHERE case_id = ?"), {id});
        if (!doc)
            return doc.error();
        auto text = documentText(id, revision, *doc);
        if (!text)
            return text.error();
        auto c = readCase(text->toUtf8());
        if (!c) { // kept as it is: its document is still there, only not searchable
            qWarning("zansai: case %lld could not be re-indexed: %s", id,
                     qPrintable(c.error().message));
            continue;
        }
        const Derived derived = derive(*c);
        if (!encrypted) {
            if (Status s = updateDerivedColumns(db, id, derived); !s)
                return s;
        }
        if (Status s = writeDerivedRows(db, keys.get(), id, revision, derived, true); !s)
            return s;
    }
    if (Status s =
            exec(db,
                 QStringLiteral("INSERT INTO meta (key, value) VALUES ('derived_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {wanted});
        !s)
        return s;
    return txn.value()->commit();
}

} // namespace zansai
