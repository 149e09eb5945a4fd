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

// PRAGMA application_id of a case store ("ZNSI"): another program's SQLite file is told apart by
// it (a store made before it existed is recognised by its tables and gets it on open).
inline constexpr qint32 kApplicationId = 0x5A4E5349;

// Special: a device, a FIFO or a socket (never opened: reading a FIFO would block).
enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Special };
struct FileHeader {
    FileKind kind = FileKind::Missing;
    int userVersion =
        0;            // PRAGMA user_version as the main file has it (a -wal may hold a newer one)
    bool wal = false; // the file is in WAL mode
    qint32 applicationId = 0;
};
Result<FileHeader> fileHeader(const QString& path); // by the 100-byte SQLite header

// True when both paths name one existing file (the same device and inode: hard and symbolic links
// included).
bool sameFile(const QString& a, const QString& b);

// What the read-only check found in an SQLite file.
struct CheckedFile {
    int userVersion = 0;
    qint32 applicationId = 0;
    bool blank = false;     // no table at all: nothing of anyone's to lose
    bool ourTables = false; // `cases` and `case_documents`: a store made before application_id
    // A case store, or a blank SQLite file; anything else is another program's database.
    bool isOurs() const
    {
        return applicationId == kApplicationId || (applicationId == 0 && (blank || ourTables));
    }
};

// How checkReadOnly reads: Immutable takes no lock and makes no -shm (right only while no other
// process writes the file); Locked reads one consistent snapshot under SQLite's own locks.
enum class ReadMode { Immutable, Locked };
// Opens `path` read-only and runs the full PRAGMA integrity_check (every page, every index entry
// against its row). A file that is not SQLite or fails the check → Error{kStoreFieldDamaged};
// other failures → Error{kStoreFieldDb}.
Result<CheckedFile> checkReadOnly(const QString& path, ReadMode mode = ReadMode::Immutable);
// checkReadOnly without false alarms while other processes use the store: a file with a -wal,
// -shm or -journal is read under SQLite's locks; a file read without locks must be unchanged
// (size, mtime, inode, no sidecar appeared) from before to after the check, else it is read again.
Result<CheckedFile> checkConfirmed(const QString& path);

// Creates `target` from the finished file `tmp` only if `target` does not exist yet (link, then
// unlink the temporary name): a store another process created meanwhile is never replaced.
// Ok(false) when `target` existed (tmp is removed either way).
Result<bool> publishNewFile(const QString& tmp, const QString& target);

// Removes "<dir>/<prefix>*<marker><pid>[-journal]" files whose process `pid` is gone: what a killed
// backup or store creation left half-written.
void removeStaleTemps(const QString& dir, const QString& prefix, const QString& marker);

// backups/<name>-YYYY-MM-DD.sqlite beside the store "<dir>/<name>.sqlite".
QString backupDir(const QString& storePath);
QString backupPath(const QString& storePath, const QDate& day);
// Newest first by the date in the name; a backup dated after `today` (made while the clock was
// wrong) is listed last, as the oldest, so that it never stays "newest" and is rotated out first.
QStringList listBackups(const QString& storePath, const QDate& today = QDate::currentDate());

QString uniqueConnectionName(const char* purpose);

} // namespace zansai::store
