// POSIX: the handlers only write the signal number into a socket pair (async-signal-safe); a
// QSocketNotifier reads it in the event loop and emits requested().
#include "ShutdownSignals.h"

#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace zansai::app {

namespace {
int gPipe[2] = {-1, -1};

void onSignal(int number)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t n = ::write(gPipe[0], &byte, 1);
    errno = saved;
}
} // namespace

ShutdownSignals* ShutdownSignals::install(QObject* parent)
{
    auto* self = new ShutdownSignals(parent);
    if (gPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gPipe) != 0)
        return self; // already installed, or no pipe: the default handlers stay
    ::fcntl(gPipe[0], F_SETFL, O_NONBLOCK); // a handler never blocks on a full pipe
    auto* notifier = new QSocketNotifier(gPipe[1], QSocketNotifier::Read, self);
    QObject::connect(notifier, &QSocketNotifier::activated, self, [self] {
        unsigned char byte = 0;
        if (::read(gPipe[1], &byte, 1) == 1)
            emit self->requested(int(byte));
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(number, &action, nullptr);
    return self;
}

} // namespace zansai::app
