// zansai-cli: every calculation of the app, headless, as JSON (docs/cli.md).
#include "Cli.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

#ifdef ZANSAI_CLI_WITH_UI
#include <QApplication>
#endif

using namespace zansai;

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

void printHelp()
{
    QTextStream out(stdout);
    out << "Usage: zansai-cli [--lang ja|en] COMMAND [OPTIONS]\n"
           "       zansai-cli --version | --help\n\n"
        << CliText::tr("Commands:") << "\n";
    for (const cli::Command& c : cli::allCommands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(24) << ' '
            << QCoreApplication::translate("zansai::cli", c.summary) << "\n      zansai-cli "
            << c.name << ' ' << c.usage << '\n';
    out << '\n'
        << CliText::tr(
               "Output is one JSON object on stdout; bad input exits with 2 and a JSON error on "
               "stderr.")
        << '\n';
}

// Splits argv into the command and its arguments; "--opt value" and "--opt=value" both work.
Result<std::pair<QString, cli::Args>> parseArgv(const QStringList& argv)
{
    cli::Args args;
    QString command;
    bool ok = true;
    for (int i = 1; i < argv.size(); ++i) {
        const QString& a = argv[i];
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a;
            QString value;
            if (const int eq = a.indexOf(QLatin1Char('=')); eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
            } else if (i + 1 < argv.size() && !argv[i + 1].startsWith(QLatin1String("--"))) {
                value = argv[++i];
            } // else: a flag with no value (kept with an empty value)
            if (name == QLatin1String("--lang")) {
                args.lang = parseLanguage(value, &ok);
                args.langGiven = true;
                if (!ok)
                    return Error{name,
                                 CliText::tr("Use one of: %1.").arg(QStringLiteral("ja, en"))};
                continue;
            }
            args.options.insert(name, value);
        } else if (a == QLatin1String("-o") && i + 1 < argv.size()) {
            args.options.insert(QStringLiteral("-o"), argv[++i]);
        } else if (command.isEmpty()) {
            command = a;
        } else {
            args.positional.append(a);
        }
    }
    return std::pair{command, args};
}

} // namespace

// stderr carries only the contract's JSON error: Qt's own diagnostics (platform plugin notes such
// as "XDG_RUNTIME_DIR not set") are dropped unless ZANSAI_DEBUG is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("ZANSAI_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(msg));
}

int main(int argc, char** argv)
{
    qInstallMessageHandler(quietQtMessages);
    // The PDF command renders with QtGui on the offscreen platform: no display is ever needed.
    std::unique_ptr<QCoreApplication> app;
#ifdef ZANSAI_CLI_WITH_UI
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        if (!qstrcmp(argv[i], "pdf"))
            needsGui = true;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv); // charts are QGraphicsWidgets
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zansai"));
    QCoreApplication::setApplicationName(QStringLiteral(ZANSAI_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZANSAI_VERSION));

    const QStringList argvList = QCoreApplication::arguments();
    if (argvList.contains(QStringLiteral("--version"))) {
        std::printf("zansai-cli %s\n", ZANSAI_VERSION);
        return 0;
    }

    // Language: --lang wins, then the system locale, else Japanese.
    Language lang = systemDefaultLanguage();
    for (int i = 1; i + 1 < argvList.size(); ++i)
        if (argvList[i] == QLatin1String("--lang"))
            lang = parseLanguage(argvList[i + 1]);
    for (const QString& a : argvList)
        if (a.startsWith(QLatin1String("--lang=")))
            lang = parseLanguage(a.mid(7));
    TranslationSet translations;
    translations.install(lang);

    if (argvList.size() < 2 || argvList.contains(QStringLiteral("--help")) ||
        argvList.contains(QStringLiteral("-h"))) {
        printHelp();
        return argvList.size() < 2 ? cli::kExitBadInput : 0;
    }

    auto parsed = parseArgv(argvList);
    if (!parsed)
        return cli::fail(parsed.error());
    auto [name, args] = parsed.value();
    args.lang = lang;
    const cli::Command* command = cli::findCommand(name);
    if (!command)
        return cli::fail(QStringLiteral("command"), CliText::tr("Unknown command: %1").arg(name));
    return command->run(args);
}
