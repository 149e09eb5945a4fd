// Search as you type (FTS5 trigrams; 1–2 characters through the index's terms), sorting and
// paging of the case list.
#include "store/CaseStorePrivate.h"

#include "store/Sql.h"

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

// The cases a search finds, as SQL giving their ids (trash or not), with its values.
struct Search {
    bool everything = true; // no query: every case
    bool nothing = false;   // a query nothing can match
    QString ids;            // "SELECT rowid FROM case_fts WHERE …"
    QVariantList binds;
};

// The query, normalised, as a set of ids (see 003_search.sql).
Result<Search> makeSearch(const QSqlDatabase& db, const QString& query)
{
    Search s;
    const QString q = normalizeForSearch(query);
    if (q.isEmpty())
        return s;
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
    auto search = makeSearch(d->db, query);
    if (!search)
        return search.error();
    if (search->nothing)
        return out;
    const SortSql order = sortSql(sort);
    const QString columns = QStringLiteral("SELECT id, client_name, client_kana, creditors, "
                                           "total_principal, consultant, updated_at, created_at ");
    QString sql;
    QVariantList binds;
    if (search->everything) {
        // The list index walked in order: only the page's rows are read.
        sql = columns +
              QStringLiteral("FROM cases WHERE deleted_at IS %1NULL ORDER BY %2 "
                             "LIMIT ? OFFSET ?")
                  .arg(trash ? QStringLiteral("NOT ") : QString(), QLatin1String(order.orderBy));
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
    binds << limit << offset;
    auto q = run(d->db, sql, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        CaseSummary s;
        s.id = q->value(0).toLongLong();
        s.clientName = q->value(1).toString();
        s.clientKana = q->value(2).toString();
        s.creditors = q->value(3).toString();
        s.totalPrincipal = Yen(q->value(4).toLongLong());
        s.consultant = q->value(5).toString();
        s.updatedAt = fromMs(q->value(6));
        s.createdAt = fromMs(q->value(7));
        out.append(s);
    }
    if (q->failed())
        return q->error();
    q->finish();
    return out;
}

Result<int> CaseStore::count(const QString& query, bool trash) const
{
    auto search = makeSearch(d->db, query);
    if (!search)
        return search.error();
    if (search->nothing)
        return 0;
    if (search->everything) {
        auto n =
            scalar(d->db, QStringLiteral("SELECT count(*) FROM cases WHERE deleted_at IS %1NULL")
                              .arg(trash ? QStringLiteral("NOT ") : QString()));
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
