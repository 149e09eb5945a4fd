#include "money/Yen.h"

namespace zansai {

std::int64_t divideRounded(Int128 num, Int128 den, Rounding r)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    Int128 q = num / den;
    Int128 rem = num % den;
    if (rem == 0)
        return static_cast<std::int64_t>(q);
    // C++ division truncates toward zero; settle toward the rule's direction.
    switch (r) {
    case Rounding::Truncate:
        if (num <
            0) // "truncate" of a negative amount still means dropping toward -∞ for debts owed
            q -= 1;
        break;
    case Rounding::Ceil:
        if (num > 0)
            q += 1;
        break;
    case Rounding::HalfUp: {
        Int128 twice = (rem < 0 ? -rem : rem) * 2;
        if (twice >= den)
            q += (num < 0) ? -1 : 1;
        break;
    }
    }
    return static_cast<std::int64_t>(q);
}

Yen Yen::mulDiv(std::int64_t num, std::int64_t den, Rounding r) const
{
    return Yen(divideRounded(static_cast<Int128>(v_) * num, den, r));
}

QString formatYenDigits(Yen y)
{
    const bool neg = y.isNegative();
    // Avoid overflow on INT64_MIN by working on the unsigned magnitude.
    std::uint64_t mag = neg ? std::uint64_t(0) - static_cast<std::uint64_t>(y.value())
                            : static_cast<std::uint64_t>(y.value());
    QString digits = QString::number(mag);
    QString out;
    out.reserve(digits.size() + digits.size() / 3 + 1);
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return neg ? QLatin1Char('-') + out : out;
}

QString formatYen(Yen y, bool japanese)
{
    return japanese ? formatYenDigits(y) + QStringLiteral("円")
                    : QStringLiteral("¥") + formatYenDigits(y);
}

} // namespace zansai
