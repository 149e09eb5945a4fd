#include "law/JapaneseEra.h"

#include <memory>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace zansai::law {

namespace {

// ICU's formatter is slow to build and not safe to share between threads (format() updates its
// calendar), so each thread keeps one.
const icu::SimpleDateFormat* warekiFormatter()
{
    thread_local const std::unique_ptr<icu::SimpleDateFormat> formatter = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale("ja_JP@calendar=japanese");
        // "y=jpanyear" prints the first year of an era as 元 (平成元年, 令和元年). ICU 72 does so
        // by itself for a pattern with 年; the override makes it explicit.
        auto f = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(u"GGGGy年M月d日"),
                                                         icu::UnicodeString(u"y=jpanyear"), locale,
                                                         status);
        if (U_FAILURE(status))
            return std::unique_ptr<icu::SimpleDateFormat>();
        // Dates are calendar days: format them at midnight UTC, in UTC.
        f->adoptTimeZone(icu::TimeZone::getGMT()->clone());
        return f;
    }();
    return formatter.get();
}

} // namespace

QString formatWareki(QDate d)
{
    // 明治5年太政官布告第337号: the Gregorian calendar from 明治6年1月1日 (1873-01-01).
    if (!d.isValid() || d < QDate(1873, 1, 1))
        return {};
    const icu::SimpleDateFormat* f = warekiFormatter();
    if (!f)
        return {};
    constexpr qint64 kUnixEpochJd = 2440588; // 1970-01-01
    const UDate millis = UDate(d.toJulianDay() - kUnixEpochJd) * 86400000.0;
    icu::UnicodeString text;
    f->format(millis, text);
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

QString formatWarekiWithGregorian(QDate d)
{
    const QString wareki = formatWareki(d);
    if (wareki.isEmpty())
        return {};
    return QStringLiteral("%1(%2年%3月%4日)").arg(wareki).arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace zansai::law
