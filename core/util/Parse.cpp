#include "util/Parse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace zansai {

namespace {
// lupdate context for messages about malformed input.
struct ParseText {
    Q_DECLARE_TR_FUNCTIONS(zansai::Parse)
};
} // namespace

Result<QDate> parseIsoDate(const QString& text, const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error{field, ParseText::tr("Enter a date as YYYY-MM-DD.")};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return Error{field, ParseText::tr("This date does not exist on the calendar.")};
    return d;
}

Result<Yen> parseYen(const QString& text, const QString& field, bool allowNegative)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,15}$"));
    if (!re.match(t).hasMatch())
        return Error{field, ParseText::tr("Enter a whole number of yen.")};
    const qint64 v = t.toLongLong();
    if (v < 0 && !allowNegative)
        return Error{field, ParseText::tr("The amount cannot be negative.")};
    return Yen(v);
}

Result<Rate> parseRatePercent(const QString& text, const QString& field)
{
    const auto r = Rate::fromPercentString(text);
    if (!r)
        return Error{field, ParseText::tr("Enter a rate in percent per year, such as 14.6.")};
    if (r->isNegative() || *r > Rate::percent(100))
        return Error{field, ParseText::tr("The rate must be between 0 and 100 percent.")};
    return *r;
}

Result<int> parseCount(const QString& text, const QString& field, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        return Error{field, ParseText::tr("Enter a whole number.")};
    if (v < min || v > max)
        return Error{field,
                     ParseText::tr("The number must be between %1 and %2.").arg(min).arg(max)};
    return v;
}

Result<QDate> jsonDate(const QJsonValue& v, const QString& field)
{
    if (!v.isString())
        return Error{field, ParseText::tr("Enter a date as YYYY-MM-DD.")};
    return parseIsoDate(v.toString(), field);
}

Result<Yen> jsonYen(const QJsonValue& v, const QString& field, bool allowNegative)
{
    if (!v.isDouble())
        return Error{field, ParseText::tr("Enter a whole number of yen.")};
    const double d = v.toDouble();
    // JSON numbers arrive as doubles; yen must be integral and within 2^53 to be exact.
    if (std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return Error{field, ParseText::tr("Enter a whole number of yen.")};
    if (d < 0 && !allowNegative)
        return Error{field, ParseText::tr("The amount cannot be negative.")};
    return Yen(static_cast<std::int64_t>(d));
}

Result<Rate> jsonRatePercent(const QJsonValue& v, const QString& field)
{
    if (!v.isDouble())
        return Error{field, ParseText::tr("Enter a rate in percent per year, such as 14.6.")};
    const auto r = Rate::fromPercent(v.toDouble());
    if (!r)
        return Error{field, ParseText::tr("Enter a rate in percent per year, such as 14.6.")};
    if (r->isNegative() || *r > Rate::percent(100))
        return Error{field, ParseText::tr("The rate must be between 0 and 100 percent.")};
    return *r;
}

} // namespace zansai
