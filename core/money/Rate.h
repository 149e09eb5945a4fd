// An annual rate as an exact fraction (14.6% = 146/1000), so interest is computed without floating
// point.
#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace zansai {

class Rate {
public:
    constexpr Rate() = default;
    // numerator / denominator of 1 per year (0.146 = 146/1000). den must be > 0.
    constexpr Rate(std::int64_t num, std::int64_t den) : num_(num), den_(den) {}

    // "14.6" → 146/1000. Up to 6 decimals; rejects signs other than a leading '-', exponents, junk.
    static std::optional<Rate> fromPercentString(const QString& text);
    // A JSON number: formatted back to its shortest decimal form, then parsed exactly.
    static std::optional<Rate> fromPercent(double percent);
    static constexpr Rate percent(std::int64_t wholePercent) { return Rate(wholePercent, 100); }

    constexpr std::int64_t numerator() const { return num_; }
    constexpr std::int64_t denominator() const { return den_; }
    constexpr bool isNegative() const { return num_ < 0; }
    constexpr bool isZero() const { return num_ == 0; }

    // Compared exactly by cross-multiplication.
    bool operator==(const Rate& o) const;
    bool operator<(const Rate& o) const;
    bool operator>(const Rate& o) const { return o < *this; }
    bool operator<=(const Rate& o) const { return !(o < *this); }
    bool operator>=(const Rate& o) const { return !(*this < o); }

    // "14.6" (percent, shortest exact form; at most 6 decimals).
    QString toPercentString() const;
    double toPercentDouble() const; // for display and JSON output only, never for money

private:
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

} // namespace zansai
