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

// The options this scaffold reads, for Args::onlyKnown.
QStringList caseInputOptions();

// -o never replaces an input of the same command (the case file, the store or its journal), and
// never writes into a device, a FIFO or a folder: an Error naming "-o" otherwise.
Status checkOutputPath(const QString& output, const CaseInput& in);

// Reads the case named by the arguments. Errors name the option or the JSON path at fault.
Result<CaseInput> openCaseInput(const Args& args, const Clock& clock);

} // namespace zansai::cli
