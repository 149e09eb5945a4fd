// How often wages are paid: the cap on the protected part depends on it (民事執行法施行令2条).
#pragma once

namespace zansai::law {

enum class PayCycle { Monthly, SemiMonthly, TenDays, Weekly, Daily };

} // namespace zansai::law
