#include "store/Migrations.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace zansai::store {

namespace {
struct MigrationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

// Whether `stmt` (ending at a ';') is whole: a trigger body is only closed by END.
bool isComplete(const QString& stmt)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*;\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return !trigger.match(stmt).hasMatch() || end.match(stmt).hasMatch();
}
} // namespace

QStringList splitSqlStatements(const QString& sql)
{
    QStringList out;
    QString cur;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') { // comment to the end of the line
            while (i < n && sql[i] != u'\n')
                ++i;
            cur += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype close = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            cur += u' ';
            continue;
        }
        if (c == u'$' && i + 1 < n && sql[i + 1] == u'$') { // PostgreSQL's $$ … $$ body
            const qsizetype close = sql.indexOf(QStringLiteral("$$"), i + 2);
            const qsizetype end = close < 0 ? n : close + 2;
            cur += sql.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') { // literal or quoted name
            const QChar closeCh = c == u'[' ? QChar(u']') : c;
            cur += c;
            for (++i; i < n; ++i) {
                cur += sql[i];
                if (sql[i] == closeCh) {
                    if (closeCh != u']' && i + 1 < n && sql[i + 1] == closeCh) { // '' inside ''
                        cur += sql[++i];
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        cur += c;
        if (c == u';' && isComplete(cur)) {
            const QString stmt = cur.trimmed(); // comments are already left out
            if (stmt != QStringLiteral(";"))
                out.append(stmt);
            cur.clear();
        }
    }
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    return out;
}

Result<QList<Migration>> migrations()
{
    return migrationsIn(QStringLiteral(":/sql"));
}

Result<QList<Migration>> migrationsIn(const QString& folder)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> list;
    for (const QString& f : files) {
        const auto m = name.match(f);
        if (!m.hasMatch())
            return Error{dbField(), MigrationText::tr("The schema file %1 is not named "
                                                      "NNN_description.sql.")
                                        .arg(f)};
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            return Error{dbField(), MigrationText::tr("The schema file %1 cannot be read.").arg(f)};
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.fileName = f;
        mig.sql = QString::fromUtf8(file.readAll());
        if (mig.version != int(list.size()) + 1)
            return Error{dbField(),
                         MigrationText::tr("The schema files are not numbered 001, 002, … without "
                                           "gaps (at %1).")
                             .arg(f)};
        list.append(mig);
    }
    if (list.isEmpty())
        return Error{dbField(),
                     MigrationText::tr("The schema files are missing from the program.")};
    return list;
}

int latestSchemaVersion()
{
    const auto list = migrations();
    return list ? int(list->size()) : 0;
}

Result<int> schemaVersion(const QSqlDatabase& db)
{
    auto v = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status migrate(const QSqlDatabase& db, int target)
{
    const auto list = migrations();
    if (!list)
        return list.error();
    const int latest = int(list->size());
    if (target < 0 || target > latest)
        target = latest;
    const auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > latest)
        return Error{dbField(),
                     MigrationText::tr("This case store was written by a newer version of Zansai "
                                       "Navigator (schema %1; this version knows up to %2). It was "
                                       "not changed: use the newer version.")
                         .arg(*current)
                         .arg(latest)};
    for (int v = *current + 1; v <= target; ++v) {
        const Migration& m = list->at(v - 1);
        auto txn = Transaction::begin(db);
        if (!txn)
            return txn.error();
        // Another process may have migrated while we waited for the write lock.
        const auto now = schemaVersion(db);
        if (!now)
            return now.error();
        if (*now >= v)
            continue; // the transaction is rolled back: it wrote nothing
        for (const QString& stmt : splitSqlStatements(m.sql)) {
            if (Status s = exec(db, stmt); !s)
                return Error{dbField(), MigrationText::tr("The case store could not be upgraded "
                                                          "by %1: %2")
                                            .arg(m.fileName, s.error().message)};
        }
        if (Status s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v)); !s)
            return s.error();
        if (Status s = txn.value()->commit(); !s)
            return s.error();
    }
    return Ok{};
}

} // namespace zansai::store
