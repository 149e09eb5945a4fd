// Zansai Navigator (残債ナビ): the desktop application.
#include "Version.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <cstdio>
#include <cstring>

namespace {

const char* kUsage =
    "Usage: zansai [--lang ja|en] [--db PATH]\n"
    "       zansai --version | --help\n\n"
    "Zansai Navigator: a consultation tool for residual debt after a voluntary sale.\n\n"
    "  --lang ja|en   language of this session (default: the saved setting, else Japanese)\n"
    "  --db PATH      the case store to open (default: the per-user store)\n"
    "  --version      print the version and exit\n"
    "  --help         print this help and exit\n";

// --version and --help must work with no display (a fresh install over SSH), so they are answered
// before any GUI object exists.
int answerWithoutDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            std::printf("zansai %s\n", ZANSAI_VERSION);
            return 0;
        }
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    if (const int rc = answerWithoutDisplay(argc, argv); rc >= 0)
        return rc;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zansai"));
    QApplication::setApplicationName(QStringLiteral(ZANSAI_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(ZANSAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("zansai"));

    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("ja|en"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    parser.addOption(langOption);
    parser.addOption(dbOption);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "%s\n%s", qPrintable(parser.errorText()), kUsage);
        return 2;
    }

    QSettings settings;
    zansai::Language lang = zansai::parseLanguage(
        settings.value(QStringLiteral("language"), QStringLiteral("ja")).toString());
    if (parser.isSet(langOption)) {
        bool ok = false;
        lang = zansai::parseLanguage(parser.value(langOption), &ok);
        if (!ok) {
            std::fprintf(stderr, "--lang takes ja or en\n");
            return 2;
        }
    }
    zansai::TranslationSet translations;
    translations.install(lang);

    zansai::ui::MainWindow window;
    window.setLanguage(lang);
    QObject::connect(&window, &zansai::ui::MainWindow::languageRequested, &window,
                     [&](zansai::Language chosen) {
                         translations.install(chosen); // widgets retranslate on LanguageChange
                         window.setLanguage(chosen);
                         QSettings().setValue(QStringLiteral("language"),
                                              zansai::languageCode(chosen));
                     });
    window.show();
    return app.exec();
}
