#include "main/Keyring.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#ifdef ZANSAI_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace zansai::ui {

namespace {

Keyring* gInstance = nullptr;

#ifdef ZANSAI_HAVE_KEYCHAIN
constexpr int kTimeoutMs = 5000; // a keyring that does not answer is treated as absent

QString service()
{
    return QStringLiteral("Zansai Navigator");
}

QString account(const QString& storePath)
{
    return QStringLiteral("store:") + QFileInfo(storePath).absoluteFilePath();
}

// Runs a qtkeychain job to its end (they are asynchronous); false on error or time-out.
bool run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished && job.error() == QKeychain::NoError;
}
#endif

} // namespace

bool Keyring::available() const
{
#ifdef ZANSAI_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

std::optional<QString> Keyring::read(const QString& storePath)
{
#ifdef ZANSAI_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(service());
    job.setKey(account(storePath));
    if (run(job) && !job.textData().isEmpty())
        return job.textData();
#else
    Q_UNUSED(storePath);
#endif
    return std::nullopt;
}

bool Keyring::write(const QString& storePath, const QString& passphrase)
{
#ifdef ZANSAI_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(service());
    job.setKey(account(storePath));
    job.setTextData(passphrase);
    return run(job);
#else
    Q_UNUSED(storePath);
    Q_UNUSED(passphrase);
    return false;
#endif
}

void Keyring::remove(const QString& storePath)
{
#ifdef ZANSAI_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(service());
    job.setKey(account(storePath));
    run(job);
#else
    Q_UNUSED(storePath);
#endif
}

Keyring& Keyring::instance()
{
    static Keyring real;
    return gInstance ? *gInstance : real;
}

void Keyring::setInstance(Keyring* keyring)
{
    gInstance = keyring;
}

} // namespace zansai::ui
