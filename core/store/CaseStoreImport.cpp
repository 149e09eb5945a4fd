// CaseStore::importCase: a case moved in from another store keeps its versions, their times and its
// trash state (zansai-cli migrate). Each case is one transaction together with its key in
// `imported_cases` (migration 005), so a migration killed at any point leaves whole cases only, and
// a second run skips what the first one wrote.
#include "store/CaseStoreImport.h"

#include "case/CaseJson.h"
#include "store/CaseStorePrivate.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace zansai {

using namespace store;

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

// The store's clock, set to each version's time while it is written, and put back afterwards.
class ClockSwap {
public:
    explicit ClockSwap(const Clock*& slot) : slot_(slot), saved_(slot) { slot_ = &replay_; }
    ~ClockSwap() { slot_ = saved_; }
    ClockSwap(const ClockSwap&) = delete;
    ClockSwap& operator=(const ClockSwap&) = delete;
    void set(const QDateTime& t) { replay_.set(t); }

private:
    const Clock*& slot_;
    const Clock* saved_;
    FixedClock replay_{QDateTime::fromMSecsSinceEpoch(0)};
};

} // namespace

Result<ImportOutcome> CaseStore::importCase(const ImportedCase& in)
{
    if (in.versions.isEmpty() || in.key.isEmpty())
        return Error{fieldOf(kStoreFieldCase),
                     ImportText::tr("A case to move in needs a key and at least one version.")};
    if (Status s = d->writable(); !s)
        return s.error();
    QList<std::pair<QString, Derived>> prepared;
    prepared.reserve(in.versions.size());
    for (const ImportedVersion& v : in.versions) {
        QString doc = documentOf(v.data);
        if (auto back = readCase(doc.toUtf8()); !back) // it must open again once stored
            return back.error();
        prepared.append({std::move(doc), derive(v.data)});
    }
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto known = scalar(
        d->db, QStringLiteral("SELECT case_id FROM imported_cases WHERE source_key = ?"), {in.key});
    if (!known)
        return known.error();
    if (!known->isNull())
        return ImportOutcome{known->toLongLong(), true};

    ClockSwap clock(d->clock);
    clock.set(in.versions.first().savedAt);
    auto id = d->insertLocked(prepared.first().first, prepared.first().second,
                              in.versions.first().savedAt.toMSecsSinceEpoch());
    if (!id)
        return id.error();
    qint64 revision = 1;
    for (qsizetype i = 1; i < prepared.size(); ++i) {
        clock.set(in.versions.at(i).savedAt);
        auto rev = d->saveLocked(*id, prepared.at(i).first, prepared.at(i).second, revision);
        if (!rev)
            return rev.error();
        revision = *rev;
    }
    if (in.inTrash) {
        // The time it went to the trash, as the source says (its last save's when it does not).
        const QDateTime trashed =
            in.trashedAt.isValid() ? in.trashedAt : in.versions.last().savedAt;
        if (Status s = exec(d->db, QStringLiteral("UPDATE cases SET deleted_at = ? WHERE id = ?"),
                            {trashed.toMSecsSinceEpoch(), *id});
            !s)
            return s.error();
    }
    if (Status s = exec(d->db,
                        QStringLiteral("INSERT INTO imported_cases (source_key, case_id) "
                                       "VALUES (?, ?)"),
                        {in.key, *id});
        !s)
        return s.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return ImportOutcome{*id, false};
}

} // namespace zansai
