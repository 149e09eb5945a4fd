// Prints Yen and Rate readably in GoogleTest failure messages (found by ADL in namespace zansai).
#pragma once

#include "money/Rate.h"
#include "money/Yen.h"

#include <ostream>

namespace zansai {

inline void PrintTo(const Yen& y, std::ostream* os)
{
    *os << formatYenDigits(y).toStdString() << " yen";
}

inline void PrintTo(const Rate& r, std::ostream* os)
{
    *os << r.toPercentString().toStdString() << '%';
}

} // namespace zansai
