#include "law/JapaneseEraInput.h"

#include "law/JapaneseEra.h"

#include <memory>
#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/timezone.h>

namespace zansai::law {

namespace {

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

constexpr qint64 kUnixEpochJd = 2440588; // 1970-01-01
constexpr double kMillisPerDay = 86400000.0;

// ICU's era index for a name or an initial; -1 when unknown. The initials are ICU's narrow era
// names in Japanese (M, T, S, H, R for the eras since 明治); older eras have no initial.
int eraIndex(const QString& era)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale("ja_JP"), "japanese", status);
    if (U_FAILURE(status))
        return -1;
    int32_t count = 0;
    const icu::UnicodeString* names = symbols.getEraNames(count);
    int32_t narrowCount = 0;
    const icu::UnicodeString* narrow = symbols.getNarrowEras(narrowCount);
    // From the latest era back: a name used twice in history means the later era.
    for (int32_t i = count - 1; i >= 0; --i)
        if (fromIcu(names[i]) == era)
            return i;
    const QString initial = era.toUpper();
    for (int32_t i = narrowCount - 1; i >= 0; --i)
        if (fromIcu(narrow[i]) == initial && initial.size() == 1 && initial.at(0).isLetter() &&
            initial.at(0).unicode() < 0x80)
            return i;
    return -1;
}

std::unique_ptr<icu::Calendar> japaneseCalendar()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("ja_JP@calendar=japanese"), status));
    if (U_FAILURE(status))
        return nullptr;
    return cal;
}

} // namespace

WarekiLookup dateFromWareki(const QString& era, int year, int month, int day)
{
    WarekiLookup out;
    const int index = eraIndex(era.trimmed());
    auto cal = japaneseCalendar();
    if (index < 0 || !cal) {
        out.status = WarekiLookup::Status::UnknownEra;
        return out;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
        out.status = WarekiLookup::Status::NoSuchDay;
        return out;
    }
    // Lenient: ICU rolls 2月30日 over into March and 平成32年 into 2020; reading the fields back
    // tells which happened.
    cal->setLenient(true);
    cal->clear();
    cal->set(UCAL_ERA, index);
    cal->set(UCAL_YEAR, year);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_DATE, day);
    UErrorCode status = U_ZERO_ERROR;
    const UDate millis = cal->getTime(status);
    if (U_FAILURE(status)) {
        out.status = WarekiLookup::Status::NoSuchDay;
        return out;
    }
    const qint64 jd = kUnixEpochJd + qint64(millis / kMillisPerDay);
    const QDate date = QDate::fromJulianDay(jd);
    const int gotMonth = cal->get(UCAL_MONTH, status) + 1;
    const int gotDay = cal->get(UCAL_DATE, status);
    const int gotEra = cal->get(UCAL_ERA, status);
    const int gotYear = cal->get(UCAL_YEAR, status);
    if (U_FAILURE(status) || gotMonth != month || gotDay != day) {
        out.status = WarekiLookup::Status::NoSuchDay;
        return out;
    }
    // 明治5年太政官布告第337号: Gregorian days from 明治6年1月1日 only (as formatWareki).
    if (date < QDate(1873, 1, 1)) {
        out.status = WarekiLookup::Status::BeforeMeiji6;
        return out;
    }
    out.date = date;
    if (gotEra != index || gotYear != year) {
        out.status = WarekiLookup::Status::OutsideEra;
        out.actual = formatWareki(date);
        return out;
    }
    out.status = WarekiLookup::Status::Ok;
    return out;
}

} // namespace zansai::law
