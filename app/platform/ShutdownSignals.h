// The end of the session as a Qt signal: SIGTERM, SIGINT and SIGHUP on POSIX (logout, shutdown,
// `kill`, Ctrl+C) arrive through a self-pipe in the event loop, where saving is safe. Windows has
// its own twin (ShutdownSignals_win.cpp); there the session's end comes as commitDataRequest.
#pragma once

#include <QObject>

namespace zansai::app {

class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    // Installs the handlers once for the process; the object lives as long as `parent`.
    static ShutdownSignals* install(QObject* parent);

signals:
    // Emitted in the event loop, once per signal received.
    void requested(int signalNumber);

private:
    explicit ShutdownSignals(QObject* parent) : QObject(parent) {}
};

} // namespace zansai::app
