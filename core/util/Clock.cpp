#include "util/Clock.h"

namespace zansai {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace zansai
