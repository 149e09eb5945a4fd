// Money as whole yen in a signed 64-bit integer: never floating point.
#pragma once

#include <QString>
#include <compare>
#include <cstdint>

namespace zansai {

// 128-bit intermediates keep products such as principal × rate × days exact.
__extension__ typedef __int128 Int128;

// How a fraction of a yen is settled. Each caller names the rule of the law or contract it follows.
enum class Rounding {
    Truncate, // 円未満切捨て: the contract default, and the default here
    Ceil,   // "must not fall below" minimums (民事再生法231条2項: see RehabilitationMinimum)
    HalfUp, // 通貨の単位及び貨幣の発行等に関する法律3条: under 50銭 dropped, 50銭 or more rounded
            // up
};

class Yen {
public:
    constexpr Yen() = default;
    constexpr explicit Yen(std::int64_t v) : v_(v) {}

    constexpr std::int64_t value() const { return v_; }
    constexpr bool isZero() const { return v_ == 0; }
    constexpr bool isNegative() const { return v_ < 0; }

    constexpr Yen operator+(Yen o) const { return Yen(v_ + o.v_); }
    constexpr Yen operator-(Yen o) const { return Yen(v_ - o.v_); }
    constexpr Yen operator-() const { return Yen(-v_); }
    constexpr Yen operator*(std::int64_t k) const { return Yen(v_ * k); }
    constexpr Yen& operator+=(Yen o)
    {
        v_ += o.v_;
        return *this;
    }
    constexpr Yen& operator-=(Yen o)
    {
        v_ -= o.v_;
        return *this;
    }
    constexpr auto operator<=>(const Yen&) const = default;

    // this × num / den, exact (128-bit intermediate), settled by `r`. den must be > 0.
    Yen mulDiv(std::int64_t num, std::int64_t den, Rounding r = Rounding::Truncate) const;

    static constexpr Yen min(Yen a, Yen b) { return a < b ? a : b; }
    static constexpr Yen max(Yen a, Yen b) { return a < b ? b : a; }

private:
    std::int64_t v_ = 0;
};

// Exact division of a 128-bit numerator, settled by `r` (den > 0).
std::int64_t divideRounded(Int128 num, Int128 den, Rounding r);

// "1,234,567" (digits grouped by three, as on Japanese statements). No currency sign.
QString formatYenDigits(Yen y);
// "1,234,567円" in Japanese, "¥1,234,567" in English.
QString formatYen(Yen y, bool japanese = true);

} // namespace zansai
