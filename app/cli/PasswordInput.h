// A password for zansai-cli firm-init: the first line of --password-file FILE, else asked on the
// terminal without echo (or read as one line from a pipe). Never from the command line itself
// (argv is visible to every user of the machine).
#pragma once

#include "Cli.h"

namespace zansai::cli {

inline constexpr char kPasswordFileOption[] = "--password-file";

// `prompt` is written to stderr when stdin is a terminal. An empty password is an Error naming
// --password-file.
Result<QString> readPassword(const Args& args, const QString& prompt);

} // namespace zansai::cli
