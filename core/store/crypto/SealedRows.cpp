#include "store/crypto/SealedRows.h"

#include "store/Sql.h"

#include <QDataStream>
#include <QIODevice>

namespace zansai::store {

namespace {

constexpr quint8 kSummaryFormat = 1;
constexpr int kTokensPerStatement = 400; // 800 bound values, under SQLite's limit

// The code points of one line, as views.
QList<QStringView> codePoints(QStringView line)
{
    QList<QStringView> out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype n =
            line[i].isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate() ? 2
                                                                                             : 1;
        out.append(line.mid(i, n));
        i += n - 1;
    }
    return out;
}

} // namespace

QByteArray summaryBytes(const Derived& d)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kSummaryFormat << d.clientName << d.clientKana << d.sortKey << d.consultant << d.creditors
      << qint64(d.totalPrincipal);
    return out;
}

bool readSummary(const QByteArray& bytes, CaseSummary& into, QString* sortKey)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint8 format = 0;
    QString key;
    qint64 principal = 0;
    s >> format >> into.clientName >> into.clientKana >> key >> into.consultant >> into.creditors >>
        principal;
    if (s.status() != QDataStream::Ok || format != kSummaryFormat)
        return false;
    into.totalPrincipal = Yen(principal);
    if (sortKey)
        *sortKey = key;
    return true;
}

QString searchTexts(const Derived& d)
{
    return d.searchName + d.searchCreditors + d.searchNotes;
}

QSet<qint64> tokensOf(const crypto::Keys& keys, const QString& texts)
{
    QSet<QString> grams;
    for (QStringView line : QStringView(texts).split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> cps = codePoints(line);
        for (qsizetype i = 0; i < cps.size(); ++i) {
            grams.insert(cps[i].toString());
            if (i + 1 < cps.size())
                grams.insert(cps[i].toString() + cps[i + 1].toString());
        }
    }
    QSet<qint64> out;
    out.reserve(grams.size());
    for (const QString& g : grams)
        out.insert(keys.token(g));
    return out;
}

QList<qint64> queryTokens(const crypto::Keys& keys, const QString& normalized)
{
    const QList<QStringView> cps = codePoints(normalized);
    if (cps.size() <= 2)
        return {keys.token(normalized)};
    QSet<qint64> out;
    for (qsizetype i = 0; i + 1 < cps.size(); ++i)
        out.insert(keys.token(QString(cps[i].toString() + cps[i + 1].toString())));
    return out.values();
}

bool textsContain(const QString& texts, const QString& normalized)
{
    for (QStringView line : QStringView(texts).split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(normalized))
            return true;
    return false;
}

namespace {

// The tokens of case `id` as its sealed search texts give them (none if it has none yet).
Result<QSet<qint64>> storedTokens(const QSqlDatabase& db, const crypto::Keys& keys, qint64 id)
{
    auto old =
        scalar(db, QStringLiteral("SELECT texts FROM case_sealed_search WHERE case_id = ?"), {id});
    if (!old)
        return old.error();
    if (old->isNull())
        return QSet<qint64>();
    auto texts = keys.open(old->toByteArray(), crypto::Purpose::SearchTexts, id, 0);
    if (!texts)
        return texts.error();
    const QSet<qint64> out = tokensOf(keys, QString::fromUtf8(*texts));
    crypto::wipe(texts.value());
    return out;
}

Status changeTokens(const QSqlDatabase& db, qint64 id, const QList<qint64>& tokens, bool insert)
{
    for (qsizetype from = 0; from < tokens.size(); from += kTokensPerStatement) {
        const qsizetype n = qMin<qsizetype>(kTokensPerStatement, tokens.size() - from);
        QString sql;
        QVariantList values;
        values.reserve(2 * n);
        if (insert) {
            sql = QStringLiteral("INSERT OR IGNORE INTO case_tokens (token, case_id) VALUES ");
            for (qsizetype i = 0; i < n; ++i) {
                sql += i ? QStringLiteral(", (?, ?)") : QStringLiteral("(?, ?)");
                values << tokens[from + i] << id;
            }
        } else {
            // token IN (…) AND case_id = ?: one look-up of the primary key per token (a row-value
            // IN (VALUES …) scans the whole table: half a second at 100,000 cases).
            sql = QStringLiteral("DELETE FROM case_tokens WHERE case_id = ? AND token IN (");
            values << id;
            for (qsizetype i = 0; i < n; ++i) {
                sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
                values << tokens[from + i];
            }
            sql += QLatin1Char(')');
        }
        if (Status s = exec(db, sql, values); !s)
            return s;
    }
    return Ok{};
}

} // namespace

Status writeSealedRows(const QSqlDatabase& db, const crypto::Keys& keys, qint64 id, qint64 revision,
                       const Derived& d, bool replace)
{
    using crypto::Purpose;
    if (Status s = exec(db, QStringLiteral("UPDATE cases SET sealed_summary = ? WHERE id = ?"),
                        {keys.seal(summaryBytes(d), Purpose::Summary, id, revision), id});
        !s)
        return s;
    const QString texts = searchTexts(d);
    QSet<qint64> tokens = tokensOf(keys, texts);
    QSet<qint64> gone;
    if (replace) { // only the tokens that change are written: an autosave changes few or none
        auto old = storedTokens(db, keys, id);
        if (!old) { // unreadable: every token of this case is found the slow way
            if (Status s =
                    exec(db, QStringLiteral("DELETE FROM case_tokens WHERE case_id = ?"), {id});
                !s)
                return s;
        } else {
            gone = *old - tokens;
            tokens -= *old;
        }
    }
    // Search texts are sealed for their case alone (revision 0): derived, and read back by the
    // next save of any revision.
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO case_sealed_search (case_id, texts) VALUES "
                                       "(?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                                       "texts = excluded.texts"),
                        {id, keys.seal(texts.toUtf8(), Purpose::SearchTexts, id, 0)});
        !s)
        return s;
    if (Status s = changeTokens(db, id, gone.values(), false); !s)
        return s;
    return changeTokens(db, id, tokens.values(), true);
}

Status removeSealedRows(const QSqlDatabase& db, const crypto::Keys& keys, qint64 id)
{
    auto old = storedTokens(db, keys, id);
    if (!old)
        return exec(db, QStringLiteral("DELETE FROM case_tokens WHERE case_id = ?"), {id});
    return changeTokens(db, id, old->values(), false);
}

} // namespace zansai::store
