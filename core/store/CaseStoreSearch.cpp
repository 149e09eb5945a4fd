// Search as you type (FTS5 trigrams; 1–2 characters through the index's terms; in an encrypted
// store the blind index of 1- and 2-grams), sorting and paging of the case list.
#include "store/CaseStorePrivate.h"

#include "store/Sql.h"
#include "store/crypto/SealedRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace zansai {

using namespace store;

namespace {

// A FTS5 phrase: the normalised query in double quotes (a trigram index matches it anywhere).
QString ftsPhrase(const QString& normalized)
{
    QString q = normalized;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// A 1–2 character query matching more distinct trigrams than this scans instead (see below).
constexpr int kMaxPrefixTerms = 2000;

using Search = SearchIds;

// An encrypted store's search (004_encryption.sql, docs/security.md): a query of 1–2 characters is
// one token of the blind index; a longer one needs every one of its 2-grams, and each candidate is
// then verified against its sealed search texts (tokens say "has these pairs", not "in order").
Result<Search> sealedSearch(const QSqlDatabase& db, const crypto::Keys& keys, const QString& q)
{
    Search s;
    s.everything = false;
    const QList<qint64> tokens = queryTokens(keys, q);
    if (searchLength(q) <= 2) {
        s.ids = QStringLiteral("SELECT case_id FROM case_tokens WHERE token = ?");
        s.binds << tokens.first();
        return s;
    }
    QString marks;
    QVariantList binds;
    for (qint64 t : tokens) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds << t;
    }
    binds << qint64(tokens.size());
    auto q2 = run(db,
                  QStringLiteral("SELECT c.id, s.texts FROM cases c "
                                 "JOIN case_sealed_search s ON s.case_id = c.id WHERE c.id IN "
                                 "(SELECT case_id FROM case_tokens WHERE token IN (%1) "
                                 "GROUP BY case_id HAVING count(*) = ?)")
                      .arg(marks),
                  binds);
    if (!q2)
        return q2.error();
    QJsonArray found;
    while (q2->next()) {
        const qint64 id = q2->value(0).toLongLong();
        Result<QByteArray> texts =
            keys.open(q2->value(1).toByteArray(), crypto::Purpose::SearchTexts, id, 0);
        if (!texts)
            return texts.error();
        if (textsContain(QString::fromUtf8(*texts), q))
            found.append(id);
        crypto::wipe(texts.value());
    }
    if (q2->failed())
        return q2->error();
    q2->finish();
    if (found.isEmpty()) {
        s.nothing = true;
        return s;
    }
    s.ids = QStringLiteral("SELECT value FROM json_each(?)");
    s.binds << QString::fromUtf8(QJsonDocument(found).toJson(QJsonDocument::Compact));
    return s;
}

// The query, normalised, as a set of ids (see 003_search.sql; 004_encryption.sql when `keys`).
Result<Search> makeSearch(const QSqlDatabase& db, const crypto::Keys* keys, const QString& query)
{
    Search s;
    const QString q = normalizeForSearch(query);
    if (q.isEmpty())
        return s;
    if (isServer(db))
        return serverSearch(q);
    if (keys)
        return sealedSearch(db, *keys, q);
    s.everything = false;
    const QString match = QStringLiteral("SELECT rowid FROM case_fts WHERE case_fts MATCH ?");
    if (searchLength(q) >= 3) { // FTS5 trigram: any substring of 3+ characters, indexed
        s.ids = match;
        s.binds << ftsPhrase(q);
        return s;
    }
    // 1–2 characters (山田, 佐藤): every occurrence starts an indexed trigram (the texts end in two
    // line breaks), so the query is "any trigram beginning with it", from the index's term list.
    auto terms = run(db,
                     QStringLiteral("SELECT term FROM case_fts_terms WHERE term >= ? "
                                    "AND term < ? || char(1114111) LIMIT ?"),
                     {q, q, kMaxPrefixTerms + 1});
    if (!terms)
        return terms.error();
    QStringList any;
    while (terms->next())
        any.append(ftsPhrase(terms->value(0).toString()));
    if (terms->failed())
        return terms->error();
    terms->finish();
    if (any.isEmpty()) {
        s.nothing = true;
    } else if (any.size() <= kMaxPrefixTerms) {
        s.ids = match;
        s.binds << any.join(QStringLiteral(" OR "));
    } else { // a very common character: scanning the narrow search table is then as fast
        s.ids = QStringLiteral("SELECT case_id FROM case_search WHERE instr(name, ?) > 0 OR "
                               "instr(creditors, ?) > 0 OR instr(notes, ?) > 0");
        s.binds << q << q << q;
    }
    return s;
}

struct SortSql {
    const char* orderBy;
    const char* index; // the list index that gives this order (after deleted_at IS NULL)
};

SortSql sortSql(CaseSort sort)
{
    switch (sort) {
    case CaseSort::UpdatedDesc:
        return {"updated_at DESC, id DESC", "cases_by_updated"};
    case CaseSort::UpdatedAsc:
        return {"updated_at ASC, id ASC", "cases_by_updated"};
    case CaseSort::NameAsc:
        return {"sort_key ASC, id ASC", "cases_by_name"};
    case CaseSort::NameDesc:
        return {"sort_key DESC, id DESC", "cases_by_name"};
    case CaseSort::CreatedDesc:
        return {"created_at DESC, id DESC", "cases_by_created"};
    case CaseSort::PrincipalDesc:
        return {"total_principal DESC, id DESC", "cases_by_principal"};
    }
    return {"updated_at DESC, id DESC", "cases_by_updated"};
}
} // namespace

Result<QList<CaseSummary>> CaseStore::list(const QString& query, CaseSort sort, int offset,
                                           int limit, bool trash) const
{
    QList<CaseSummary> out;
    if (limit <= 0)
        return out;
    offset = qMax(0, offset);
    if (Status s = d->requireKeys(); !s)
        return s.error();
    auto search = makeSearch(d->db, d->keys.get(), query);
    if (!search)
        return search.error();
    if (search->nothing)
        return out;
    const SortSql order = sortSql(sort);
    QString orderBy = QLatin1String(order.orderBy);
    if (d->server) // by code point, as SQLite compares, whatever the database's locale
        orderBy.replace(QStringLiteral("sort_key"), QStringLiteral("sort_key COLLATE \"C\""));
    const bool sealed = d->encrypted;
    // Encrypted: the list columns are in sealed_summary, opened for the page's rows only.
    const QString columns =
        sealed ? QStringLiteral("SELECT id, revision, sealed_summary, updated_at, created_at ")
               : QStringLiteral("SELECT id, client_name, client_kana, creditors, "
                                "total_principal, consultant, updated_at, created_at ");
    // A firm store sorted by name: names cluster in name order (山田 all sort under や), but the
    // planner costs a walk of the name index as if matches were spread evenly, and its walk then
    // passed nearly every case before the page was full (docs/stack-notes.md §8). As on SQLite
    // below, matches fewer than a tenth of the cases are looked up and sorted instead:
    // `= ANY(ARRAY(…))` hands the planner a list of ids, which it looks up by primary key. The
    // count of matches stops at that tenth.
    const auto serverLooksUp = [&](CaseSort s) -> Result<bool> {
        if (s != CaseSort::NameAsc && s != CaseSort::NameDesc)
            return false;
        auto total = scalar(d->db, QStringLiteral("SELECT sum(n) FROM case_counts"));
        if (!total)
            return total.error();
        const qint64 tenth = qMax<qint64>(1, total->toLongLong() / 10);
        auto n = scalar(
            d->db,
            QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) m").arg(search->ids).arg(tenth),
            search->binds);
        if (!n)
            return n.error();
        return n->toLongLong() < tenth;
    };
    const auto readRow = [&](const Rows& q) -> Result<CaseSummary> {
        CaseSummary s;
        if (sealed) {
            auto opened =
                d->summaryOf(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2));
            if (!opened)
                return opened.error();
            s = *opened;
            s.updatedAt = fromMs(q.value(3));
            s.createdAt = fromMs(q.value(4));
            return s;
        }
        s.id = q.value(0).toLongLong();
        s.clientName = q.value(1).toString();
        s.clientKana = q.value(2).toString();
        s.creditors = q.value(3).toString();
        s.totalPrincipal = Yen(q.value(4).toLongLong());
        s.consultant = q.value(5).toString();
        s.updatedAt = fromMs(q.value(6));
        s.createdAt = fromMs(q.value(7));
        return s;
    };
    QString sql;
    QVariantList binds;
    if (sealed && (sort == CaseSort::NameAsc || sort == CaseSort::NameDesc ||
                   sort == CaseSort::PrincipalDesc)) {
        // The reading and the amounts are sealed: these orders are made in memory from every
        // matching summary (opened once per revision and cached while unlocked).
        sql = columns + QStringLiteral("FROM cases WHERE deleted_at IS %1NULL")
                            .arg(trash ? QStringLiteral("NOT ") : QString());
        if (!search->everything)
            sql += QStringLiteral(" AND id IN (%1)").arg(search->ids);
        auto q = run(d->db, sql, search->everything ? QVariantList() : search->binds);
        if (!q)
            return q.error();
        QList<CaseSummary> all;
        while (q->next()) {
            auto row = readRow(*q);
            if (!row)
                return row.error();
            all.append(*row);
        }
        if (q->failed())
            return q->error();
        q->finish();
        const auto key = [&](const CaseSummary& c) { return d->summaryKeys.value(c.id); };
        std::sort(all.begin(), all.end(), [&](const CaseSummary& a, const CaseSummary& b) {
            if (sort == CaseSort::PrincipalDesc)
                return a.totalPrincipal != b.totalPrincipal ? a.totalPrincipal > b.totalPrincipal
                                                            : a.id > b.id;
            const int c = key(a).compare(key(b));
            if (sort == CaseSort::NameAsc)
                return c != 0 ? c < 0 : a.id < b.id;
            return c != 0 ? c > 0 : a.id > b.id;
        });
        return all.mid(qMin<qsizetype>(offset, all.size()), limit);
    }
    if (search->everything) {
        // The list index walked in order: only the page's rows are read.
        sql = columns + QStringLiteral("FROM cases WHERE deleted_at IS %1NULL ORDER BY %2 "
                                       "LIMIT ? OFFSET ?")
                            .arg(trash ? QStringLiteral("NOT ") : QString(), orderBy);
    } else if (d->server) {
        auto lookUp = serverLooksUp(sort);
        if (!lookUp)
            return lookUp.error();
        // PostgreSQL's planner chooses between walking the list index and sorting the matches
        // itself (its statistics know the number of matches), except as below.
        const QString ids = *lookUp ? QStringLiteral("= ANY(ARRAY(%1))").arg(search->ids)
                                    : QStringLiteral("IN (%1)").arg(search->ids);
        sql = columns + QStringLiteral("FROM cases WHERE deleted_at IS %1NULL AND id %2 "
                                       "ORDER BY %3 LIMIT ? OFFSET ?")
                            .arg(trash ? QStringLiteral("NOT ") : QString(), ids, orderBy);
        binds = search->binds;
    } else {
        // Two ways to a page of matches: look up every match and sort them (cost ∝ matches), or
        // walk the list index in order until the page is full (cost ∝ cases passed on the way).
        // The number of matches (cheap: the FTS index alone) decides.
        auto matches = scalar(d->db, QStringLiteral("SELECT count(*) FROM (%1)").arg(search->ids),
                              search->binds);
        if (!matches)
            return matches.error();
        auto total = scalar(d->db, QStringLiteral("SELECT max(id) FROM cases"));
        if (!total)
            return total.error();
        const double n = qMax(1.0, matches->toDouble());
        const double cases = qMax(1.0, total->toDouble());
        // A lookup costs about 10 steps of the walk. Names cluster in name order (山田 all sort
        // under や), so for a name sort the walk may pass nearly every case.
        const bool nameSort = sort == CaseSort::NameAsc || sort == CaseSort::NameDesc;
        const double walk = nameSort ? cases : qMin(cases, (offset + limit) * cases / n);
        const double lookUp = 10 * n;
        if (!trash && walk < lookUp)
            sql = columns +
                  QStringLiteral("FROM cases INDEXED BY %1 WHERE deleted_at IS NULL "
                                 "AND id IN (%2) ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(QLatin1String(order.index), search->ids, QLatin1String(order.orderBy));
        else // the unary + keeps SQLite from walking the list index
            sql = columns + QStringLiteral("FROM cases WHERE +deleted_at IS %1NULL AND id IN (%2) "
                                           "ORDER BY %3 LIMIT ? OFFSET ?")
                                .arg(trash ? QStringLiteral("NOT ") : QString(), search->ids,
                                     QLatin1String(order.orderBy));
        binds = search->binds;
    }
    // The page's bounds as literals (whole numbers): without bound values the first page of the
    // list is one round trip to a server, not three (PREPARE, EXECUTE, DEALLOCATE).
    sql.replace(QStringLiteral("LIMIT ? OFFSET ?"),
                QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    auto q = run(d->db, sql, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        auto row = readRow(*q);
        if (!row)
            return row.error();
        out.append(*row);
    }
    if (q->failed())
        return q->error();
    q->finish();
    return out;
}

Result<int> CaseStore::count(const QString& query, bool trash) const
{
    if (Status s = d->requireKeys(); !s)
        return s.error();
    auto search = makeSearch(d->db, d->keys.get(), query);
    if (!search)
        return search.error();
    if (search->nothing)
        return 0;
    if (search->everything && d->server) {
        // Kept exact by triggers (resources/sql/pg/006_list_speed.sql): no scan of every case.
        // (A literal, not a bound value: one round trip instead of PREPARE, EXECUTE, DEALLOCATE.)
        auto n = scalar(d->db, QStringLiteral("SELECT n FROM case_counts WHERE in_trash = %1")
                                   .arg(trash ? QStringLiteral("true") : QStringLiteral("false")));
        if (!n)
            return n.error();
        return n->toInt();
    }
    if (search->everything || d->server) {
        auto n = scalar(d->db,
                        QStringLiteral("SELECT count(*) FROM cases WHERE deleted_at IS %1NULL%2")
                            .arg(trash ? QStringLiteral("NOT ") : QString(),
                                 search->everything
                                     ? QString()
                                     : QStringLiteral(" AND id IN (%1)").arg(search->ids)),
                        search->everything ? QVariantList() : search->binds);
        if (!n)
            return n.error();
        return n->toInt();
    }
    // Matches in the trash (a short walk of the index over the trash) …
    auto inTrash = scalar(d->db,
                          QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_by_updated "
                                         "WHERE deleted_at IS NOT NULL AND id IN (%1)")
                              .arg(search->ids),
                          search->binds);
    if (!inTrash)
        return inTrash.error();
    if (trash)
        return inTrash->toInt();
    // … from all matches (counted in the FTS index alone: every case has its row there).
    auto all =
        scalar(d->db, QStringLiteral("SELECT count(*) FROM (%1)").arg(search->ids), search->binds);
    if (!all)
        return all.error();
    return all->toInt() - inTrash->toInt();
}

} // namespace zansai
