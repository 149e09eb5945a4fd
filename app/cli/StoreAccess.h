// How zansai-cli opens a case store that may be encrypted at rest (docs/security.md, docs/cli.md):
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

// CaseStore::open with that passphrase. A missing or wrong passphrase of an encrypted store is an
// Error naming "passphrase"; other failures name "--db".
Result<std::unique_ptr<CaseStore>> openStore(const Args& args, const QString& db);

} // namespace zansai::cli
