// The audit trail of a firm store on PostgreSQL (resources/sql/pg/004_audit.sql): who opened,
// created, changed, trashed, restored, deleted, exported or printed which case, and when.
#include "store/CaseStorePrivate.h"

#include "store/Sql.h"

#include <QCoreApplication>

namespace zansai {

using namespace store;

namespace {
struct AuditText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

struct ActionName {
    AuditAction action;
    const char* name;
};
constexpr ActionName kActions[] = {
    {AuditAction::Opened, "opened"},     {AuditAction::Created, "created"},
    {AuditAction::Changed, "changed"},   {AuditAction::Trashed, "trashed"},
    {AuditAction::Restored, "restored"}, {AuditAction::Deleted, "deleted"},
    {AuditAction::Exported, "exported"}, {AuditAction::Printed, "printed"},
};
} // namespace

QString auditActionName(AuditAction action)
{
    for (const ActionName& a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.name);
    return {};
}

bool auditActionFromName(const QString& name, AuditAction* action)
{
    for (const ActionName& a : kActions)
        if (name == QLatin1String(a.name)) {
            *action = a.action;
            return true;
        }
    return false;
}

// `who` and `at` are the columns' defaults: session_user and the server's clock.
Status CaseStore::Impl::audit(qint64 caseId, AuditAction action) const
{
    if (!server)
        return Ok{};
    return exec(db, QStringLiteral("INSERT INTO audit_log (action, case_id) VALUES (?, ?)"),
                {auditActionName(action),
                 caseId > 0 ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>())});
}

Status CaseStore::recordAudit(qint64 caseId, AuditAction action)
{
    if (!d->server)
        return Ok{};
    if (caseId > 0) { // a row about a case that does not exist would mislead whoever reads it
        auto exists = scalar(d->db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"), {caseId});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return noSuchCase(caseId);
    }
    return d->audit(caseId, action);
}

Result<QList<AuditEntry>> CaseStore::auditTrail(qint64 caseId, int limit) const
{
    QList<AuditEntry> out;
    if (!d->server || limit <= 0)
        return out;
    QString sql = QStringLiteral("SELECT id, (extract(epoch FROM at) * 1000)::bigint, who, "
                                 "action, case_id FROM audit_log");
    QVariantList binds;
    if (caseId > 0) {
        sql += QStringLiteral(" WHERE case_id = ?");
        binds << caseId;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << limit;
    auto q = run(d->db, sql, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = fromMs(q->value(1));
        e.who = q->value(2).toString();
        if (!auditActionFromName(q->value(3).toString(), &e.action))
            return Error{dbField(), AuditText::tr("The audit trail has an unknown action %1.")
                                        .arg(q->value(3).toString())};
        e.caseId = q->value(4).toLongLong();
        out.append(e);
    }
    if (q->failed())
        return q->error();
    return out;
}

} // namespace zansai
