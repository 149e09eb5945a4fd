// How zansai-cli opens a case store — a file, possibly encrypted at rest, or a firm store on
// PostgreSQL given as postgresql://user@host:port/db (docs/security.md, docs/cli.md):
// the passphrase comes from the ZANSAI_PASSPHRASE environment variable or from the first line of
// --passphrase-file FILE, never from the command line itself (argv is visible to every user).
#pragma once

#include "Cli.h"
#include "store/CaseStore.h"

#include <memory>

namespace zansai::cli {

inline constexpr char kPassphraseOption[] = "--passphrase-file";
inline constexpr char kPassphraseEnv[] = "ZANSAI_PASSPHRASE";

// --passphrase-file, else ZANSAI_PASSPHRASE, else empty. A file that cannot be read is an Error
// naming --passphrase-file.
Result<store::crypto::Unlock> passphraseOf(const Args& args);

// Whether `db` can be opened without creating a store: an existing file, or a firm store on
// PostgreSQL (postgresql://…, docs/security.md), which is reached when it is opened.
bool storeExists(const QString& db);

// CaseStore::open with that passphrase (a server store ignores it). A firm store that cannot be
// reached is an Error naming "--db" whose message names the server without its password.
// A missing or wrong passphrase of an encrypted store is an
// Error naming "passphrase"; other failures name "--db".
Result<std::unique_ptr<CaseStore>> openStore(const Args& args, const QString& db);

// The store named by --db, or `fallback` when --db is left out (the app's own store file; pass
// an empty fallback where --db is required). An empty result is an Error naming --db.
Result<QString> storeLocation(const Args& args, const QString& fallback = {});

// For the commands that read a store (list, deadlines, ics --db, export, evaluate/pdf --db):
// opens `db` only if it already exists — reading never creates a store (a firm store always
// "exists": it is reached when opened) — and maps every failure as storeError does.
Result<std::unique_ptr<CaseStore>> openExistingStore(const Args& args, const QString& db);

} // namespace zansai::cli
