// zansai-cli migrate --from FILE --to LOCATION: moves a laptop's case store into the firm store
// (docs/cli.md, issue 16 "Moving in"). Every case goes with all its versions, the times they were
// saved and its trash state (with the time it went there), each case in one transaction under a key
// made of its source id and a hash of its content (CaseStore::importCase). Killed and run again, it
// skips what is already there and never duplicates; at the end every case is read back from the
// target and compared.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "store/CaseStoreImport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct MigrateText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

constexpr int kPage = 500;

struct SourceCase {
    qint64 id = 0;
    ImportedCase copy;
    QList<QByteArray> documents; // writeCaseBytes of each version, for the final comparison
};

bool isServer(const QString& location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

Result<QList<qint64>> allIds(const CaseStore& store)
{
    QList<qint64> ids;
    for (const bool trash : {false, true}) {
        for (int offset = 0;; offset += kPage) {
            auto page = store.list(QString(), CaseSort::CreatedDesc, offset, kPage, trash);
            if (!page)
                return page.error();
            for (const CaseSummary& s : *page)
                ids.append(s.id);
            if (page->size() < kPage)
                break;
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// One source case with its history, oldest version first, and its key.
Result<SourceCase> readSource(const CaseStore& store, qint64 id)
{
    auto history = store.history(id);
    if (!history)
        return history.error();
    auto current = store.load(id);
    if (!current)
        return current.error();
    SourceCase out;
    out.id = id;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        auto version = store.loadVersion(id, it->revision);
        if (!version)
            return version.error();
        QByteArray bytes = writeCaseBytes(*version);
        hash.addData(QByteArray::number(it->savedAt.toMSecsSinceEpoch()) + '\n');
        hash.addData(bytes);
        out.copy.versions.append(ImportedVersion{it->savedAt, std::move(*version)});
        out.documents.append(std::move(bytes));
    }
    out.copy.inTrash = current->inTrash;
    out.copy.trashedAt = current->trashedAt;
    hash.addData(current->inTrash ? "trash" : "live"); // (the keys of earlier runs stay valid)
    out.copy.key = u"case %1:%2"_s.arg(id).arg(QString::fromLatin1(hash.result().toHex()));
    return out;
}

// The target's copy has the same versions (times and contents) and the same trash state (and time).
Result<bool> sameInTarget(const CaseStore& target, qint64 targetId, const SourceCase& source)
{
    auto history = target.history(targetId);
    if (!history)
        return history.error();
    if (history->size() != source.copy.versions.size())
        return false;
    auto current = target.load(targetId);
    if (!current)
        return current.error();
    if (current->inTrash != source.copy.inTrash)
        return false;
    if (current->inTrash &&
        current->trashedAt.toMSecsSinceEpoch() != source.copy.trashedAt.toMSecsSinceEpoch())
        return false;
    qsizetype i = 0;
    for (auto it = history->crbegin(); it != history->crend(); ++it, ++i) {
        if (it->savedAt.toMSecsSinceEpoch() !=
            source.copy.versions.at(i).savedAt.toMSecsSinceEpoch())
            return false;
        auto version = target.loadVersion(targetId, it->revision);
        if (!version)
            return version.error();
        if (writeCaseBytes(*version) != source.documents.at(i))
            return false;
    }
    return true;
}

// Tests slow the copy down to kill it in the middle (tests/cli/MigrateCliTest.cpp).
int testDelayMs()
{
    return qBound(0, qEnvironmentVariableIntValue("ZANSAI_MIGRATE_TEST_DELAY_MS"), 10000);
}

int runMigrate(const cli::Args& args)
{
    if (const Status known =
            args.onlyKnown({u"--from"_s, u"--to"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    const QString from = args.value(u"--from"_s);
    const QString to = args.value(u"--to"_s);
    if (from.isEmpty())
        return cli::fail(u"--from"_s,
                         MigrateText::tr("Give the laptop's case store: --from FILE."));
    if (isServer(from) || !QFileInfo(from).isFile())
        return cli::fail(u"--from"_s, MigrateText::tr("The case store %1 does not exist: give the "
                                                      "file of the laptop's store.")
                                          .arg(from));
    if (to.isEmpty())
        return cli::fail(u"--to"_s, MigrateText::tr("Give the firm store: --to "
                                                    "postgresql://user@host:port/database."));
    if (!isServer(to) && QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return cli::fail(u"--to"_s,
                         MigrateText::tr("The target is the same store as --from: give the firm "
                                         "store."));

    auto source = cli::openStore(args, from); // its passphrase: ZANSAI_PASSPHRASE or the file
    if (!source) {
        const Error& e = source.error();
        return cli::fail(e.field == u"--db"_s ? Error{u"--from"_s, e.message} : e);
    }
    auto target = CaseStore::open(to);
    if (!target)
        return cli::fail(u"--to"_s, target.error().message);

    auto ids = allIds(**source);
    if (!ids)
        return cli::fail(u"--from"_s, ids.error().message);

    const int delay = testDelayMs();
    int copied = 0;
    int skipped = 0;
    qint64 versions = 0;
    QList<std::pair<qint64, qint64>> done; // source id, target id (documents are read again)
    for (const qint64 id : *ids) {
        auto one = readSource(**source, id);
        if (!one)
            return cli::fail(u"--from"_s, one.error().message);
        auto outcome = target.value()->importCase(one->copy);
        if (!outcome)
            return cli::fail(u"--to"_s, MigrateText::tr("Case %1 could not be copied: %2")
                                            .arg(id)
                                            .arg(outcome.error().message));
        (outcome->alreadyThere ? skipped : copied) += 1;
        versions += one->copy.versions.size();
        done.append({id, outcome->id});
        if (delay > 0)
            QThread::msleep(delay);
    }

    QJsonArray mismatches;
    for (const auto& [id, targetId] : done) {
        auto one = readSource(**source, id);
        if (!one)
            return cli::fail(u"--from"_s, one.error().message);
        auto same = sameInTarget(**target, targetId, *one);
        if (!same)
            return cli::fail(u"--to"_s, same.error().message);
        if (!*same)
            mismatches.append(id);
    }
    const bool verified = mismatches.isEmpty();
    QJsonObject out{{u"cases"_s, int(done.size())},
                    {u"versions"_s, versions},
                    {u"copied"_s, copied},
                    {u"already_there"_s, skipped},
                    {u"verified"_s, verified}};
    if (!verified) {
        out.insert(u"mismatches"_s, mismatches); // source case ids whose copy differs
        cli::printJson(out);
        return cli::kExitFailure;
    }
    return cli::printJson(out);
}

} // namespace

ZANSAI_CLI_COMMAND("migrate",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Copy a laptop case store with its history into the firm "
                                     "store"),
                   "--from FILE --to postgresql://USER@HOST:PORT/DB [--passphrase-file FILE]",
                   &runMigrate);
