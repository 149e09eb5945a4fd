// File-level care for the store and its backups (internal to core/store): private files, fsync,
// moving aside, and the read-only check that never writes to a file it suspects.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace zansai::store {

// Creates an empty file readable and writable by the owner only (0600); an existing file is kept.
Status createPrivateFile(const QString& path);
Status makePrivateDir(const QString& path); // mkpath; a new folder gets 0700
Status fsyncPath(const QString& path);      // a file or a folder
// Renames `path` (and its -wal, -shm, -journal) to the first free "<path><suffix>[.N]"; returns
// the new name, or "" when `path` does not exist. Either all move or none.
Result<QString> moveAside(const QString& path, const QString& suffix);

enum class FileKind { Missing, Empty, Sqlite, NotSqlite };
struct FileHeader {
    FileKind kind = FileKind::Missing;
    int userVersion =
        0;            // PRAGMA user_version as the main file has it (a -wal may hold a newer one)
    bool wal = false; // the file is in WAL mode
};
Result<FileHeader> fileHeader(const QString& path); // by the 100-byte SQLite header

// Opens `path` read-only (immutable when it has no -wal or -journal, so not even a -shm is made)
// and runs PRAGMA quick_check. Ok → the schema version (PRAGMA user_version). A file that is not
// SQLite or fails the check → Error{kStoreFieldDamaged}; other failures → Error{kStoreFieldDb}.
Result<int> checkReadOnly(const QString& path);
// checkReadOnly, and once more if it finds damage: an immutable read can see pages another process
// is writing at that moment, so damage is only reported when it is there twice.
Result<int> checkConfirmed(const QString& path);

// backups/<name>-YYYY-MM-DD.sqlite beside the store "<dir>/<name>.sqlite".
QString backupDir(const QString& storePath);
QString backupPath(const QString& storePath, const QDate& day);
QStringList listBackups(const QString& storePath); // newest first

QString uniqueConnectionName(const char* purpose);

} // namespace zansai::store
