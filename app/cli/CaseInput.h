// One scaffold for "open the case, then run" (as KeePassXC's DatabaseCommand opens the database
// for every command that needs one): `CASE.json`, or `--db STORE --case ID`, plus `--as-of D`.
// evaluate, pdf and export read their case through it, so each door opens a case the same way and
// names the same option when the input is wrong.
#pragma once

#include "Cli.h"
#include "case/Case.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace zansai {
class Clock;
}

namespace zansai::cli {

struct CaseInput {
    Case data;
    QString filePath;  // CASE.json, absolute (empty when read from a store)
    QString storePath; // --db, absolute (empty when read from a file)
    qint64 caseId = 0; // --case
    // The day to assess: --as-of; else the file's as_of; else today (a stored case is shown as
    // the app shows it: as of today, its own date beside it).
    QDate asOf;

    bool fromStore() const { return !storePath.isEmpty(); }
    // The name papers print for the case: the store's id or the file's base name.
    QString label() const;
    // Every file the command reads: an output path must be none of them.
    QStringList inputFiles() const;
};

// A case file larger than this is refused unread (the largest real case is a few hundred KB).
inline constexpr qint64 kMaxCaseFileBytes = qint64(16) << 20;

// Reads a case file: a regular file (a FIFO or a device is refused before it is opened, so nothing
// blocks) of at most kMaxCaseFileBytes. Every error names the file; its field is the JSON path at
// fault, or `field` when the file as a whole is.
Result<Case> readCaseFile(const QString& path, const QString& field);

// A store error as the CLI reports it: the field "--db" for the file itself (else `field`), and
// the message names the store file.
Error storeError(const QString& db, const Error& e, const QString& field);

// The options this scaffold reads, for Args::onlyKnown.
QStringList caseInputOptions();

// -o never replaces an input of the same command (the case file, the store or its journal), and
// never writes into a device, a FIFO or a folder: an Error naming "-o" otherwise.
Status checkOutputPath(const QString& output, const CaseInput& in);

// Reads the case named by the arguments. Errors name the option or the JSON path at fault.
Result<CaseInput> openCaseInput(const Args& args, const Clock& clock);

} // namespace zansai::cli
