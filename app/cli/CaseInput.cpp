#include "CaseInput.h"

#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <limits>

namespace zansai::cli {

using namespace Qt::StringLiterals;

namespace {

struct InputText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

Result<CaseInput> fromFile(const QString& path)
{
    CaseInput in;
    in.filePath = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error{u"CASE.json"_s,
                     InputText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    Result<Case> read = readCase(file.readAll());
    if (!read)
        return read.error(); // the reader names the JSON path at fault
    in.data = std::move(read).value();
    in.asOf = in.data.asOf;
    return in;
}

Result<CaseInput> fromStore(const Args& args, const Clock& clock)
{
    CaseInput in;
    const QString db = args.value(u"--db"_s, CaseStore::defaultPath());
    if (db.isEmpty())
        return Error{u"--db"_s, InputText::tr("Give the case store: --db FILE.")};
    const Result<int> id = args.count(u"--case"_s, 1, std::numeric_limits<int>::max());
    if (!id)
        return id.error();
    // Reading a case never creates a store.
    if (!QFileInfo(db).isFile())
        return Error{u"--db"_s, InputText::tr("There is no case store %1.").arg(db)};
    auto store = openStore(args, db); // encrypted: ZANSAI_PASSPHRASE or --passphrase-file
    if (!store)
        return store.error();
    const Result<StoredCase> stored = store.value()->load(*id);
    if (!stored) {
        const bool storeFault = stored.error().field.startsWith(QLatin1String(kStoreFieldDb));
        return Error{storeFault ? u"--db"_s : u"--case"_s, stored.error().message};
    }
    in.data = stored->data;
    in.storePath = QFileInfo(db).absoluteFilePath();
    in.caseId = stored->id;
    in.asOf = clock.today();
    return in;
}

} // namespace

QString CaseInput::label() const
{
    return fromStore() ? QString::number(caseId) : QFileInfo(filePath).completeBaseName();
}

QStringList CaseInput::inputFiles() const
{
    if (!fromStore())
        return {filePath};
    // SQLite keeps the store's recent writes beside it until a checkpoint.
    return {storePath, storePath + u"-wal"_s, storePath + u"-shm"_s, storePath + u"-journal"_s};
}

Status checkOutputPath(const QString& output, const CaseInput& in)
{
    const QFileInfo out(output);
    if (out.exists() && !out.isFile())
        return Error{u"-o"_s, InputText::tr("%1 is not a regular file: the output must be a new "
                                            "or an ordinary file.")
                                  .arg(output)};
    // Compared through symbolic links and "..": the same file under another name is refused too.
    const QString target = out.exists() ? out.canonicalFilePath() : out.absoluteFilePath();
    for (const QString& input : in.inputFiles()) {
        const QFileInfo i(input);
        const QString source = i.exists() ? i.canonicalFilePath() : i.absoluteFilePath();
        if (source == target)
            return Error{u"-o"_s, InputText::tr("%1 is an input of this command: choose another "
                                                "file to write.")
                                      .arg(output)};
    }
    return Ok{};
}

QStringList caseInputOptions()
{
    return {u"--db"_s, u"--case"_s, u"--as-of"_s, QString::fromLatin1(kPassphraseOption)};
}

Result<CaseInput> openCaseInput(const Args& args, const Clock& clock)
{
    const bool store = args.has(u"--db"_s) || args.has(u"--case"_s);
    if (store && !args.positional.isEmpty())
        return Error{u"CASE.json"_s,
                     InputText::tr("Give either a case file or --db STORE --case ID, not both.")};
    if (!store && args.positional.size() != 1)
        return Error{u"CASE.json"_s,
                     InputText::tr("Give exactly one case file, or --db STORE --case ID.")};
    Result<CaseInput> in = store ? fromStore(args, clock) : fromFile(args.positional.first());
    if (!in || !args.has(u"--as-of"_s))
        return in;

    const Result<QDate> asOf = args.date(u"--as-of"_s);
    if (!asOf)
        return asOf.error();
    in.value().asOf = *asOf;
    if (!in->fromStore()) {
        // A file is assessed for the day it names: it must be valid on that day too (no
        // accelerated_on or event after it). The reader's own rules decide, naming the field.
        Case c = in->data;
        c.asOf = *asOf;
        const Result<Case> again = readCase(writeCase(c));
        if (!again)
            return Error{u"--as-of"_s,
                         again.error().message + u" ("_s + again.error().field + u')'};
        in.value().data.asOf = *asOf;
    }
    return in;
}

} // namespace zansai::cli
