// Search as you type in a firm store on PostgreSQL (resources/sql/pg/003_search.sql): the same
// normalised texts as SQLite's case_search, found through case_grams (1–2 characters) or
// pg_trgm's GIN indexes (3+ characters, LIKE '%…%').
#include "store/CaseStorePrivate.h"

namespace zansai::store {

namespace {
// LIKE's wildcards and its escape character (\, PostgreSQL's default) taken literally.
QString likeContaining(const QString& q)
{
    QString e;
    e.reserve(q.size() + 2);
    e += QLatin1Char('%');
    for (const QChar c : q) {
        if (c == u'%' || c == u'_' || c == u'\\')
            e += QLatin1Char('\\');
        e += c;
    }
    e += QLatin1Char('%');
    return e;
}
} // namespace

SearchIds serverSearch(const QString& normalized)
{
    SearchIds s;
    s.everything = false;
    if (searchLength(normalized) <= 2) {
        // A pattern this short has no trigram: pg_trgm would read its whole index. Every
        // occurrence of 1–2 characters is one gram of the case (no gram spans a line break).
        s.ids = QStringLiteral("SELECT case_id FROM case_grams WHERE gram = ?");
        s.binds << normalized;
        return s;
    }
    const QString like = likeContaining(normalized);
    s.ids = QStringLiteral("SELECT case_id FROM case_search WHERE name LIKE ? OR creditors LIKE ? "
                           "OR notes LIKE ?");
    s.binds << like << like << like;
    return s;
}

} // namespace zansai::store
