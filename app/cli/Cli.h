// zansai-cli plumbing: argument parsing, JSON output, and the registry of commands.
// Each command lives in cli/commands/<name>.cpp and registers itself with ZANSAI_CLI_COMMAND.
// Contract (docs/cli.md): one JSON object on stdout and exit 0; bad input
// gives exit 2 and {"error": "<translated>", "field": "<option or json path>"} on stderr.
#pragma once

#include "i18n/Language.h"
#include "money/Rate.h"
#include "money/Yen.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace zansai::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr int kExitFailure = 1;

struct Args {
    QStringList positional;         // after the command name
    QMap<QString, QString> options; // "--from" → "2025-01-01" (also "--from=2025-01-01")
    Language lang = Language::Japanese;
    bool langGiven = false; // --lang was on the command line (else: system locale)

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return options.value(option, fallback);
    }

    // Typed getters: a missing required option, or a bad value, is an Error naming the option.
    Result<QDate> date(const QString& option) const;
    Result<Yen> yen(const QString& option) const;
    Result<Rate> ratePercent(const QString& option) const;
    Result<int> count(const QString& option, int min, int max) const;
    // One of `allowed` (e.g. "365", "actual"); `fallback` when the option is absent.
    Result<QString> choice(const QString& option, const QStringList& allowed,
                           const QString& fallback) const;
    // Options the command does not know: the first one is reported as an Error.
    Status onlyKnown(const QStringList& known) const;
};

// Writes `obj` to stdout as one JSON object; returns kExitOk.
int printJson(const QJsonObject& obj);
// Writes {"error", "field"} to stderr; returns kExitBadInput.
int fail(const Error& error);
inline int fail(const QString& field, const QString& message)
{
    return fail(Error{field, message});
}

struct Command {
    const char* name;
    const char* summary; // English; translated in context "zansai::cli" (QT_TRANSLATE_NOOP)
    const char* usage;   // option synopsis, not translated
    int (*run)(const Args& args);
};

void registerCommand(const Command& command);
const Command* findCommand(const QString& name);
QList<Command> allCommands();

struct Registrar {
    explicit Registrar(const Command& c) { registerCommand(c); }
};

} // namespace zansai::cli

#define ZANSAI_CLI_CONCAT2(a, b) a##b
#define ZANSAI_CLI_CONCAT(a, b) ZANSAI_CLI_CONCAT2(a, b)
#define ZANSAI_CLI_COMMAND(...)                                                                    \
    static const ::zansai::cli::Registrar ZANSAI_CLI_CONCAT(zansaiCliRegistrar_, __LINE__)(        \
        ::zansai::cli::Command{__VA_ARGS__})
