// Zansai Navigator (残債ナビ): the desktop application.
#include "ShutdownSignals.h"
#include "Version.h"
#include "case/Case.h"
#include "common/AppFont.h"
#include "i18n/Language.h"
#include "main/CaseSession.h"
#include "main/EncryptionOffer.h"
#include "main/MainWindow.h"
#include "main/StoreConnection.h"
#include "main/StoreConnectionDialog.h"
#include "main/StoreOpener.h"
#include "main/StoreSwitch.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSessionManager>
#include <QSettings>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <utility>

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

// Runs `then` once the window has been exposed and painted (queued after the first Expose).
class AfterFirstExpose : public QObject {
public:
    AfterFirstExpose(QObject* parent, std::function<void()> then)
        : QObject(parent), then_(std::move(then))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && then_) {
            if (auto* w = qobject_cast<QWindow*>(watched); w && w->isExposed()) {
                QMetaObject::invokeMethod(this, std::exchange(then_, nullptr),
                                          Qt::QueuedConnection);
            }
        }
        return false;
    }

private:
    std::function<void()> then_;
};

} // namespace

int main(int argc, char** argv)
{
    if (const int rc = answerWithoutDisplay(argc, argv); rc >= 0)
        return rc;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zansai"));
    QApplication::setApplicationName(QStringLiteral(ZANSAI_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(ZANSAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.zansai.Navigator"));

    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("ja|en"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    QCommandLineOption probeOption(QStringLiteral("startup-probe"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Hidden, for tests/app/ShutdownTest: once the store is open, edit the notes of case 1 (left
    // pending in the autosaver) and print "edited".
    QCommandLineOption editProbeOption(QStringLiteral("edit-probe"), QString(),
                                       QStringLiteral("notes"));
    editProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(langOption);
    parser.addOption(dbOption);
    parser.addOption(probeOption);
    parser.addOption(editProbeOption);
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
    zansai::ui::useAppFont();

    // Declared before the window, so the window (and its autosaver) goes first.
    std::unique_ptr<zansai::CaseStore> store;
    zansai::ui::MainWindow window;
    window.setLanguage(lang);
    QObject::connect(
        &window, &zansai::ui::MainWindow::languageRequested, &window, [&](zansai::Language chosen) {
            translations.install(chosen); // widgets retranslate on LanguageChange
            window.setLanguage(chosen);
            QSettings().setValue(QStringLiteral("language"), zansai::languageCode(chosen));
        });
    // Without --db: Settings ▸ Case store… (a file, or the firm store on a server).
    const auto configured = zansai::ui::configuredStoreConnection();
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : configured.location();
    const bool probe = parser.isSet(probeOption);

    // The session's end saves what is pending: SIGTERM/SIGINT/SIGHUP (logout, shutdown, kill) end
    // the event loop after a flush; the session manager's commitDataRequest and aboutToQuit flush
    // too. The autosaver is flushed again when the store is closed below.
    auto* shutdown = zansai::app::ShutdownSignals::install(&app);
    QObject::connect(shutdown, &zansai::app::ShutdownSignals::requested, &app, [&window] {
        window.flushSaves();
        QCoreApplication::quit();
    });
#if QT_CONFIG(sessionmanager)
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &window,
                     [&window](QSessionManager&) { window.flushSaves(); });
#endif
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window,
                     [&window] { window.flushSaves(); });

    const auto offerEncryptionOfFile = [&window](std::unique_ptr<zansai::CaseStore> opened) {
        if (!opened || opened->backend() == zansai::StoreBackend::Sqlite)
            return zansai::ui::offerEncryption(std::move(opened), &window);
        return opened;
    };
    // Settings ▸ Case store… changed: the store it names replaces the open one now (StoreSwitch.h).
    QObject::connect(&window, &zansai::ui::MainWindow::storeSettingChanged, &window, [&] {
        zansai::ui::switchToConfiguredStore(window, store, offerEncryptionOfFile);
    });

    window.show();
    // The store is opened once the window is up and painted: start-up time is what the consultant
    // sees first. --startup-probe (hidden, for bench/bench_ui) reports that moment and quits.
    window.windowHandle()->installEventFilter(new AfterFirstExpose(&window, [&] {
        if (probe) {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        // The icon too: rendering the SVG (and loading its plugin) costs more than the window.
        window.setWindowIcon(QIcon(QStringLiteral(":/icons/zansai.svg")));
        store = !parser.isSet(dbOption) ? zansai::ui::openConfiguredStore(configured, &window)
                                        : zansai::ui::openStoreInteractively(dbPath, &window);
        // Encryption at rest is offered for a file only; the kill test's probe edits a plain store.
        if (!parser.isSet(editProbeOption))
            store = offerEncryptionOfFile(std::move(store));
        window.setStore(store.get());
        if (parser.isSet(editProbeOption) && store && window.openCase(1)) {
            zansai::Case edited = window.session()->data();
            edited.notes = parser.value(editProbeOption);
            window.session()->update(edited);
            std::fputs("edited\n", stdout);
            std::fflush(stdout);
        }
    }));
    const int rc = app.exec();
    window.setStore(nullptr); // flushes the autosaver while the store is still open
    return rc;
}
