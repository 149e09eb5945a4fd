#include "Cli.h"

#include "util/Parse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace zansai::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

QList<Command>& registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

Result<QDate> Args::date(const QString& option) const
{
    if (!has(option))
        return Error{option, CliText::tr("This option is required.")};
    return parseIsoDate(value(option), option);
}

Result<Yen> Args::yen(const QString& option) const
{
    if (!has(option))
        return Error{option, CliText::tr("This option is required.")};
    return parseYen(value(option), option);
}

Result<Rate> Args::ratePercent(const QString& option) const
{
    if (!has(option))
        return Error{option, CliText::tr("This option is required.")};
    return parseRatePercent(value(option), option);
}

Result<int> Args::count(const QString& option, int min, int max) const
{
    if (!has(option))
        return Error{option, CliText::tr("This option is required.")};
    return parseCount(value(option), option, min, max);
}

Result<QString> Args::choice(const QString& option, const QStringList& allowed,
                             const QString& fallback) const
{
    if (!has(option))
        return fallback;
    const QString v = value(option);
    if (!allowed.contains(v))
        return Error{option,
                     CliText::tr("Use one of: %1.").arg(allowed.join(QStringLiteral(", ")))};
    return v;
}

Status Args::onlyKnown(const QStringList& known) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!known.contains(it.key()))
            return Error{it.key(), CliText::tr("Unknown option.")};
    return Ok{};
}

int printJson(const QJsonObject& obj)
{
    const QByteArray bytes = QJsonDocument(obj).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

int fail(const Error& error)
{
    QJsonObject obj{{QStringLiteral("error"), error.message},
                    {QStringLiteral("field"), error.field}};
    const QByteArray bytes = QJsonDocument(obj).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return kExitBadInput;
}

void registerCommand(const Command& command)
{
    registry().append(command);
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : registry())
        if (QLatin1String(c.name) == name)
            return &c;
    return nullptr;
}

QList<Command> allCommands()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return qstrcmp(a.name, b.name) < 0; });
    return sorted;
}

} // namespace zansai::cli
