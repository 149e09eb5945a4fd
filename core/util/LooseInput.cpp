#include "util/LooseInput.h"

#include "law/JapaneseEraInput.h"
#include "util/Parse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <unicode/normalizer2.h>

namespace zansai {

namespace {
// lupdate context for messages about input typed in a field.
struct LooseText {
    Q_DECLARE_TR_FUNCTIONS(zansai::LooseInput)
};

QString isoOf(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

QString normalizeLooseInput(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    QString out = text;
    if (U_SUCCESS(status)) {
        const icu::UnicodeString in(reinterpret_cast<const UChar*>(text.utf16()),
                                    int32_t(text.size()));
        const icu::UnicodeString norm = nfkc->normalize(in, status);
        if (U_SUCCESS(status))
            out = QString(reinterpret_cast<const QChar*>(norm.getBuffer()), norm.length());
    }
    // NFKC keeps the long-vowel mark, the minus sign and the dashes an IME offers for "-".
    static const QRegularExpression dash(QStringLiteral("(?<=\\d)[\\x{30FC}\\x{2212}\\x{2010}"
                                                        "\\x{2011}\\x{2013}\\x{2014}\\x{2015}]"
                                                        "(?=\\d)"));
    out.replace(dash, QStringLiteral("-"));
    return out.trimmed();
}

Result<QDate> parseLooseDate(const QString& text, const QString& field)
{
    QString t = normalizeLooseInput(text);
    t.remove(QLatin1Char(' '));
    const QString retry = LooseText::tr("Enter a date such as 2026-11-30, 2026/11/30 or "
                                        "R8.11.30.");
    // Gregorian: 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日.
    static const QRegularExpression western(
        QStringLiteral("^(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)$"));
    if (const auto m = western.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = (m.capturedLength(3) ? m.captured(3) : m.captured(5)).toInt();
        const int d = (m.capturedLength(4) ? m.captured(4) : m.captured(6)).toInt();
        const QDate date(y, mo, d);
        if (!date.isValid())
            return Error{field, LooseText::tr("%1 does not exist on the calendar.").arg(text)};
        return date;
    }
    // 和暦: 令和8年11月30日 (元年 for the first year), or an initial: R8.11.30, H31/4/30.
    static const QRegularExpression wareki(QStringLiteral(
        "^(\\p{Han}{2,4}|[A-Za-z])(元|\\d{1,2})(?:年(\\d{1,2})月(\\d{1,2})日?|([-/.])(\\d{1,2})"
        "\\5(\\d{1,2}))$"));
    const auto m = wareki.match(t);
    if (!m.hasMatch())
        return Error{field, retry};
    const QString era = m.captured(1);
    const int year = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
    const int month = (m.capturedLength(3) ? m.captured(3) : m.captured(6)).toInt();
    const int day = (m.capturedLength(4) ? m.captured(4) : m.captured(7)).toInt();
    const law::WarekiLookup found = law::dateFromWareki(era, year, month, day);
    using S = law::WarekiLookup::Status;
    switch (found.status) {
    case S::Ok:
        return found.date;
    case S::UnknownEra:
        return Error{field, LooseText::tr("%1 is not an era name (such as R, H or S).").arg(era)};
    case S::NoSuchDay:
        return Error{field, LooseText::tr("%1 does not exist on the calendar.").arg(text)};
    case S::OutsideEra:
        return Error{field, LooseText::tr("%1 is not a day of that era: that day, %2, is %3.")
                                .arg(text, isoOf(found.date), found.actual)};
    case S::BeforeMeiji6:
        return Error{field, LooseText::tr("Dates before 1873-01-01 cannot be entered: "
                                          "Japan used another calendar then.")};
    }
    return Error{field, retry};
}

Result<Yen> parseLooseYen(const QString& text, const QString& field, bool allowNegative)
{
    QString t = normalizeLooseInput(text);
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char(','));
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212))) { // - or − (minus sign)
        negative = true;
        t.remove(0, 1);
    }
    if (t.startsWith(QChar(0x00A5)) || t.startsWith(QLatin1Char('\\'))) // ¥ (NFKC of ￥)
        t.remove(0, 1);
    if (t.endsWith(QStringLiteral("円")))
        t.chop(1);
    const QString retry = LooseText::tr("Enter an amount in yen, such as 250000 or 250,000.");
    static const QRegularExpression shape(
        QStringLiteral("^(?:(?:\\d+(?:\\.\\d+)?)?[億万千百])*(?:\\d+)?$"));
    if (t.isEmpty() || !shape.match(t).hasMatch())
        return Error{field, retry};

    // 億 and 万 close a group of up to four digits; 千 and 百 count within the group ("3千5百万"
    // is 35,000,000). A decimal ("1.5万") is multiplied out exactly and must leave whole yen.
    constexpr qint64 kMax = 999'999'999'999'999; // 15 digits, as the strict parser
    const QString fraction = LooseText::tr("Yen are whole: %1 has a fraction of a yen.").arg(text);
    qint64 total = 0;
    qint64 group = 0;
    qint64 lastBig = 1'000'000'000'000; // 億 then 万, each once
    qint64 lastSmall = 10'000;          // 千 then 百 within a group
    bool bareNumberSeen = false;        // a number without a unit ends the amount
    static const QRegularExpression token(QStringLiteral("(\\d+(?:\\.\\d+)?)?([億万千百])?"));
    int pos = 0;
    while (pos < t.size()) {
        const auto m = token.match(t, pos, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0 || bareNumberSeen)
            return Error{field, retry};
        pos += int(m.capturedLength());
        const QString number = m.captured(1);
        const QString unitText = m.captured(2);
        const qint64 unit = unitText == QStringLiteral("億")   ? 100'000'000
                            : unitText == QStringLiteral("万") ? 10'000
                            : unitText == QStringLiteral("千") ? 1'000
                            : unitText == QStringLiteral("百") ? 100
                                                               : 1;
        const int dot = int(number.indexOf(QLatin1Char('.')));
        const QString digits = dot < 0 ? number : number.left(dot) + number.mid(dot + 1);
        const int decimals = dot < 0 ? 0 : int(number.size()) - dot - 1;
        if (digits.size() > 15)
            return Error{field, LooseText::tr("The amount is too large.")};
        qint64 divisor = 1;
        for (int i = 0; i < decimals; ++i)
            divisor *= 10;
        const qint64 scaled = number.isEmpty() ? 0 : digits.toLongLong();
        if (unit != 1 && scaled > kMax / unit)
            return Error{field, LooseText::tr("The amount is too large.")};
        // The token's own yen: number × unit, exactly ("1.5" × 万 = 15 × 10,000 / 10).
        if ((scaled * unit) % divisor != 0)
            return Error{field, fraction};
        const qint64 own = scaled * unit / divisor;
        if (unit >= 10'000) {
            if (unit >= lastBig || (number.isEmpty() && group == 0))
                return Error{field, retry};
            lastBig = unit;
            if (group > kMax / unit)
                return Error{field, LooseText::tr("The amount is too large.")};
            total += group * unit + own; // "3千万": the group 3,000 times 万
            group = 0;
            lastSmall = 10'000;
        } else if (unit > 1) {
            if (unit >= lastSmall)
                return Error{field, retry};
            lastSmall = unit;
            group += number.isEmpty() ? unit : own; // "千" alone is 1,000
        } else {
            group += own;
            bareNumberSeen = true;
        }
        if (total > kMax || group > kMax)
            return Error{field, LooseText::tr("The amount is too large.")};
    }
    total += group;
    if (total > kMax)
        return Error{field, LooseText::tr("The amount is too large.")};
    if (negative && !allowNegative)
        return Error{field, LooseText::tr("The amount cannot be negative.")};
    return Yen(negative ? -total : total);
}

Result<Rate> parseLooseRatePercent(const QString& text, const QString& field)
{
    QString t = normalizeLooseInput(text);
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    return parseRatePercent(t.trimmed(), field);
}

Result<int> parseLooseCount(const QString& text, const QString& field, int min, int max)
{
    QString t = normalizeLooseInput(text);
    static const QRegularExpression unitWord(QStringLiteral("^(\\d+)\\s*[^\\d\\s]{1,3}$"));
    if (const auto m = unitWord.match(t); m.hasMatch())
        t = m.captured(1);
    return parseCount(t, field, min, max);
}

} // namespace zansai
