#include "CaseInput.h"

#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "store/StoreFiles.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
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
    Result<Case> read = readCaseFile(path, u"CASE.json"_s);
    if (!read)
        return read.error();
    in.data = std::move(read).value();
    in.asOf = in.data.asOf;
    return in;
}

Result<CaseInput> fromStore(const Args& args, const Clock& clock)
{
    CaseInput in;
    const Result<QString> location = storeLocation(args, CaseStore::defaultPath());
    if (!location)
        return location.error();
    const QString& db = *location;
    const Result<int> id = args.count(u"--case"_s, 1, std::numeric_limits<int>::max());
    if (!id)
        return id.error();
    auto store = openExistingStore(args, db);
    if (!store)
        return store.error();
    const Result<StoredCase> stored = store.value()->load(*id);
    if (!stored)
        return storeError(db, stored.error(), u"--case"_s);
    in.data = stored->data;
    in.storePath = CaseStore::isServerLocation(db) ? store.value()->path() // no password
                                                   : QFileInfo(db).absoluteFilePath();
    in.caseId = stored->id;
    in.asOf = clock.today();
    return in;
}

} // namespace

Result<Case> readCaseFile(const QString& path, const QString& field)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{field, InputText::tr("There is no case file %1.").arg(shown)};
    if (!info.isFile())
        return Error{field, InputText::tr("%1 is not a regular file (a folder, a device or a "
                                          "pipe): give a case file.")
                                .arg(shown)};
    if (info.size() > kMaxCaseFileBytes)
        return Error{field, InputText::tr("%1 is too large for a case file (%2 bytes; at most "
                                          "%3).")
                                .arg(shown)
                                .arg(info.size())
                                .arg(kMaxCaseFileBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{field, InputText::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    // At most one byte more than the limit: a file that grew meanwhile is refused, not read whole.
    const QByteArray bytes = file.read(kMaxCaseFileBytes + 1);
    if (bytes.size() > kMaxCaseFileBytes)
        return Error{field, InputText::tr("%1 is too large for a case file (more than %2 bytes).")
                                .arg(shown)
                                .arg(kMaxCaseFileBytes)};
    Result<Case> read = readCase(bytes);
    if (!read) {
        // The reader names the JSON path at fault; an error of the whole file names the file.
        const Error& e = read.error();
        return Error{e.field.isEmpty() ? field : e.field,
                     InputText::tr("%1: %2").arg(shown, e.message)};
    }
    return read;
}

Error storeError(const QString& db, const Error& e, const QString& field)
{
    const bool storeFault = e.field.startsWith(QLatin1String(kStoreFieldDb)) || e.field.isEmpty();
    QString message = e.message;
    const QString shown = QDir::toNativeSeparators(QFileInfo(db).absoluteFilePath());
    // A firm store's messages already name it, without the password its address may hold.
    if (storeFault && !CaseStore::isServerLocation(db) && !message.contains(shown) &&
        !message.contains(QDir::toNativeSeparators(db)))
        message = InputText::tr("%1: %2").arg(shown, message);
    return Error{
        storeFault ? u"--db"_s
                   : (e.field == QLatin1String(kStoreFieldConflict) ? u"revision"_s
                      // the passphrase's own fields ("passphrase", "--passphrase-file") stay
                      : e.field == QLatin1String(kStoreFieldPassphrase) || e.field.startsWith(u"--")
                          ? e.field
                          : field),
        message};
}

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
    if (output.isEmpty())
        return Error{u"-o"_s, InputText::tr("Name the file to write with -o FILE.")};
    if (out.exists() && !out.isFile())
        return Error{u"-o"_s, InputText::tr("%1 is not a regular file: the output must be a new "
                                            "or an ordinary file.")
                                  .arg(output)};
    // Compared through symbolic links and "..": the same file under another name is refused too.
    const QString target = out.exists() ? out.canonicalFilePath() : out.absoluteFilePath();
    for (const QString& input : in.inputFiles()) {
        const QFileInfo i(input);
        const QString source = i.exists() ? i.canonicalFilePath() : i.absoluteFilePath();
        // … and a hard link to it (the same device and inode).
        if (source == target || store::sameFile(input, output))
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
