#include "money/Rate.h"

#include "money/Yen.h"

#include <QRegularExpression>

namespace zansai {

std::optional<Rate> Rate::fromPercentString(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,6})(?:\\.(\\d{1,6}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString frac = m.captured(3);
    std::int64_t scale = 100; // percent → fraction of 1
    std::int64_t num = m.captured(2).toLongLong();
    for (QChar c : frac) {
        num = num * 10 + c.digitValue();
        scale *= 10;
    }
    if (!m.captured(1).isEmpty())
        num = -num;
    return Rate(num, scale);
}

std::optional<Rate> Rate::fromPercent(double percent)
{
    if (!(percent == percent) || percent > 1e6 || percent < -1e6)
        return std::nullopt;
    // Six fixed decimals, trailing zeros dropped, gives back the decimal the author wrote
    // (14.6, 26.28).
    QString s = QString::number(percent, 'f', 6);
    while (s.contains(QLatin1Char('.')) &&
           (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return fromPercentString(s);
}

bool Rate::operator==(const Rate& o) const
{
    return static_cast<Int128>(num_) * o.den_ == static_cast<Int128>(o.num_) * den_;
}

bool Rate::operator<(const Rate& o) const
{
    return static_cast<Int128>(num_) * o.den_ < static_cast<Int128>(o.num_) * den_;
}

QString Rate::toPercentString() const
{
    // percent = num*100/den, printed with up to 6 decimals exactly when representable.
    Int128 n = static_cast<Int128>(num_) * 100;
    const bool neg = n < 0;
    if (neg)
        n = -n;
    const Int128 whole = n / den_;
    Int128 rem = n % den_;
    QString out = QString::number(static_cast<qint64>(whole));
    if (rem != 0) {
        out += QLatin1Char('.');
        for (int i = 0; i < 6 && rem != 0; ++i) {
            rem *= 10;
            out += QChar(u'0' + int(rem / den_));
            rem %= den_;
        }
    }
    return neg ? QLatin1Char('-') + out : out;
}

double Rate::toPercentDouble() const
{
    return toPercentString().toDouble();
}

} // namespace zansai
