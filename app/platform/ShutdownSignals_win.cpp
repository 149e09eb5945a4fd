// Windows: no POSIX signals. A GUI app learns of logout and shutdown from the session manager
// (QGuiApplication::commitDataRequest, connected in main.cpp), so nothing is installed here.
#include "ShutdownSignals.h"

namespace zansai::app {

ShutdownSignals* ShutdownSignals::install(QObject* parent)
{
    return new ShutdownSignals(parent);
}

} // namespace zansai::app
