#include "law/HolidayCalendar.h"

#include <QMap>
#include <array>
#include <vector>

namespace zansai::law {

namespace {

enum class Kind {
    NewYearsDay,
    ComingOfAgeDay,
    NationalFoundationDay,
    EmperorsBirthday,
    VernalEquinoxDay,
    ShowaDay,
    ConstitutionDay,
    GreeneryDay,
    ChildrensDay,
    MarineDay,
    MountainDay,
    RespectForTheAgedDay,
    AutumnalEquinoxDay,
    HealthAndSportsDay,
    SportsDay,
    CultureDay,
    LaborThanksgivingDay,
    SubstituteHoliday,
    CitizensHoliday,
    ShowaFuneral,
    EnthronementCeremony,
    CrownPrinceWedding,
    EnthronementDay,
};

// The names are data of the law (the Japanese one is the statutory name), not UI text: the API
// carries both and the caller picks one by language.
Holiday makeHoliday(QDate date, Kind kind)
{
    auto h = [date](QString ja, QString en) { return Holiday{date, std::move(ja), std::move(en)}; };
    switch (kind) {
    case Kind::NewYearsDay:
        return h(QStringLiteral("元日"), QStringLiteral("New Year's Day"));
    case Kind::ComingOfAgeDay:
        return h(QStringLiteral("成人の日"), QStringLiteral("Coming of Age Day"));
    case Kind::NationalFoundationDay:
        return h(QStringLiteral("建国記念の日"), QStringLiteral("National Foundation Day"));
    case Kind::EmperorsBirthday:
        return h(QStringLiteral("天皇誕生日"), QStringLiteral("The Emperor's Birthday"));
    case Kind::VernalEquinoxDay:
        return h(QStringLiteral("春分の日"), QStringLiteral("Vernal Equinox Day"));
    case Kind::ShowaDay:
        return h(QStringLiteral("昭和の日"), QStringLiteral("Showa Day"));
    case Kind::ConstitutionDay:
        return h(QStringLiteral("憲法記念日"), QStringLiteral("Constitution Memorial Day"));
    case Kind::GreeneryDay:
        return h(QStringLiteral("みどりの日"), QStringLiteral("Greenery Day"));
    case Kind::ChildrensDay:
        return h(QStringLiteral("こどもの日"), QStringLiteral("Children's Day"));
    case Kind::MarineDay:
        return h(QStringLiteral("海の日"), QStringLiteral("Marine Day"));
    case Kind::MountainDay:
        return h(QStringLiteral("山の日"), QStringLiteral("Mountain Day"));
    case Kind::RespectForTheAgedDay:
        return h(QStringLiteral("敬老の日"), QStringLiteral("Respect for the Aged Day"));
    case Kind::AutumnalEquinoxDay:
        return h(QStringLiteral("秋分の日"), QStringLiteral("Autumnal Equinox Day"));
    case Kind::HealthAndSportsDay:
        return h(QStringLiteral("体育の日"), QStringLiteral("Health and Sports Day"));
    case Kind::SportsDay:
        return h(QStringLiteral("スポーツの日"), QStringLiteral("Sports Day"));
    case Kind::CultureDay:
        return h(QStringLiteral("文化の日"), QStringLiteral("Culture Day"));
    case Kind::LaborThanksgivingDay:
        return h(QStringLiteral("勤労感謝の日"), QStringLiteral("Labor Thanksgiving Day"));
    case Kind::SubstituteHoliday:
        return h(QStringLiteral("振替休日"), QStringLiteral("Substitute Holiday"));
    case Kind::CitizensHoliday:
        return h(QStringLiteral("国民の休日"), QStringLiteral("Citizens' Holiday"));
    case Kind::ShowaFuneral:
        return h(QStringLiteral("昭和天皇の大喪の礼"),
                 QStringLiteral("State Funeral of Emperor Showa"));
    case Kind::EnthronementCeremony:
        return h(QStringLiteral("即位礼正殿の儀"),
                 QStringLiteral("Ceremony of the Enthronement of the Emperor"));
    case Kind::CrownPrinceWedding:
        return h(QStringLiteral("皇太子徳仁親王の結婚の儀"),
                 QStringLiteral("Wedding of Crown Prince Naruhito"));
    case Kind::EnthronementDay:
        return h(QStringLiteral("即位の日"), QStringLiteral("Enthronement Day"));
    }
    Q_UNREACHABLE();
}

// How a day counts for the rules of 祝日法3条.
enum class Rank {
    // a 国民の祝日 (2条): counts for 3条2項 and 3条3項
    Shukujitsu,
    // 2019 (天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律2項): a 休日 deemed a
    // 国民の祝日 for 3条3項 only
    Deemed,
    // any other 休日: 振替休日, 国民の休日, the one-off days of 1989, 1990 and 1993
    Other,
};

struct Entry {
    Kind kind;
    Rank rank;
};

int floorDiv(int a, int b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 春分日/秋分日 (docs/legal-rules.md §11): floor(c + 0.242194(Y−1980) − floor((Y−1980)/4)), with
// c = 20.8431 / 23.2488 for 1980–2099 and 20.8357 / 23.2588 for 1900–1979. An approximation of
// the 暦要項 (which alone is official, published a year ahead); it matches every published year.
// Computed in millionths so no floating point is involved: floor(a − n) = floor(a) − n for whole n.
int equinoxDay(int year, bool spring)
{
    const int c = year >= 1980 ? (spring ? 20843100 : 23248800) : (spring ? 20835700 : 23258800);
    const int micro = c + 242194 * (year - 1980); // > 0 for every year from 1900 to 2099
    return micro / 1000000 - floorDiv(year - 1980, 4);
}

// The n-th Monday of a month (ハッピーマンデー制度).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (8 - first.dayOfWeek()) % 7; // Qt: Monday = 1 … Sunday = 7
    return first.addDays(toMonday + 7 * (n - 1));
}

QList<Holiday> computeYear(int y)
{
    QMap<QDate, Entry> days; // sorted by date
    auto add = [&days](QDate d, Kind k, Rank r = Rank::Shukujitsu) { days.insert(d, Entry{k, r}); };

    // 祝日法2条, with every amendment since 1970.
    add(QDate(y, 1, 1), Kind::NewYearsDay);
    // 成人の日: 1/15; the second Monday of January from 2000 (平成10年法律第141号).
    add(y < 2000 ? QDate(y, 1, 15) : nthMonday(y, 1, 2), Kind::ComingOfAgeDay);
    add(QDate(y, 2, 11), Kind::NationalFoundationDay); // from 1967
    // 天皇誕生日: 4/29 (昭和) until 1988; 12/23 1989–2018 (平成元年法律第5号); none in 2019;
    // 2/23 from 2020 (平成29年法律第63号 附則).
    if (y >= 1989 && y <= 2018)
        add(QDate(y, 12, 23), Kind::EmperorsBirthday);
    else if (y >= 2020)
        add(QDate(y, 2, 23), Kind::EmperorsBirthday);
    add(QDate(y, 3, equinoxDay(y, true)), Kind::VernalEquinoxDay);
    // 4/29: 天皇誕生日 until 1988; みどりの日 1989–2006; 昭和の日 from 2007 (平成17年法律第43号).
    add(QDate(y, 4, 29), y <= 1988   ? Kind::EmperorsBirthday
                         : y <= 2006 ? Kind::GreeneryDay
                                     : Kind::ShowaDay);
    add(QDate(y, 5, 3), Kind::ConstitutionDay);
    if (y >= 2007)
        add(QDate(y, 5, 4), Kind::GreeneryDay); // before 2007, 5/4 was at most a 国民の休日
    add(QDate(y, 5, 5), Kind::ChildrensDay);
    // 海の日: from 1996 on 7/20, the third Monday of July from 2003 (平成13年法律第59号);
    // moved by the Olympic special measures in 2020 (7/23) and 2021 (7/22).
    if (y == 2020)
        add(QDate(2020, 7, 23), Kind::MarineDay);
    else if (y == 2021)
        add(QDate(2021, 7, 22), Kind::MarineDay);
    else if (y >= 2003)
        add(nthMonday(y, 7, 3), Kind::MarineDay);
    else if (y >= 1996)
        add(QDate(y, 7, 20), Kind::MarineDay);
    // 山の日: 8/11 from 2016 (平成26年法律第43号); 8/10 in 2020, 8/8 in 2021.
    if (y == 2020)
        add(QDate(2020, 8, 10), Kind::MountainDay);
    else if (y == 2021)
        add(QDate(2021, 8, 8), Kind::MountainDay);
    else if (y >= 2016)
        add(QDate(y, 8, 11), Kind::MountainDay);
    // 敬老の日: 9/15; the third Monday of September from 2003.
    add(y < 2003 ? QDate(y, 9, 15) : nthMonday(y, 9, 3), Kind::RespectForTheAgedDay);
    add(QDate(y, 9, equinoxDay(y, false)), Kind::AutumnalEquinoxDay);
    // 体育の日: 10/10; the second Monday of October from 2000; スポーツの日 from 2020
    // (平成30年法律第57号), on 7/24 in 2020 and 7/23 in 2021.
    if (y == 2020)
        add(QDate(2020, 7, 24), Kind::SportsDay);
    else if (y == 2021)
        add(QDate(2021, 7, 23), Kind::SportsDay);
    else if (y >= 2020)
        add(nthMonday(y, 10, 2), Kind::SportsDay);
    else
        add(y < 2000 ? QDate(y, 10, 10) : nthMonday(y, 10, 2), Kind::HealthAndSportsDay);
    add(QDate(y, 11, 3), Kind::CultureDay);
    add(QDate(y, 11, 23), Kind::LaborThanksgivingDay);

    // One-off 休日 of special laws.
    if (y == 1989)
        add(QDate(1989, 2, 24), Kind::ShowaFuneral, Rank::Other); // 平成元年法律第4号
    if (y == 1990)
        add(QDate(1990, 11, 12), Kind::EnthronementCeremony, Rank::Other); // 平成2年法律第24号
    if (y == 1993)
        add(QDate(1993, 6, 9), Kind::CrownPrinceWedding, Rank::Other); // 平成5年法律第32号
    if (y == 2019) { // 平成30年法律第99号: 休日, deemed 国民の祝日 for 3条3項
        add(QDate(2019, 5, 1), Kind::EnthronementDay, Rank::Deemed);
        add(QDate(2019, 10, 22), Kind::EnthronementCeremony, Rank::Deemed);
    }

    auto isShukujitsu = [&days](QDate d) {
        const auto it = days.constFind(d);
        return it != days.cend() && it->rank == Rank::Shukujitsu;
    };
    auto countsForSandwich = [&days](QDate d) {
        const auto it = days.constFind(d);
        return it != days.cend() && it->rank != Rank::Other;
    };

    // 祝日法3条2項 振替休日 (from 1973-04-12, 昭和48年法律第10号): a 国民の祝日 on a Sunday makes
    // the next day a 休日. From 2007 (平成17年法律第43号) it is the nearest following day that is
    // not a 国民の祝日; before, only the very next day (nothing when that was a 祝日 already).
    const QDate substituteFrom(1973, 4, 12);
    const QDate newRulesFrom(2007, 1, 1);
    QList<QDate> sundays;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (it->rank == Rank::Shukujitsu && it.key().dayOfWeek() == 7 && it.key() >= substituteFrom)
            sundays.append(it.key());
    for (const QDate sunday : sundays) {
        QDate next = sunday.addDays(1);
        if (sunday >= newRulesFrom) {
            while (isShukujitsu(next))
                next = next.addDays(1);
        } else if (days.contains(next)) {
            continue;
        }
        add(next, Kind::SubstituteHoliday, Rank::Other);
    }

    // 祝日法3条3項 国民の休日 (from 1985-12-27, 昭和60年法律第103号): a day whose previous and next
    // days are both 国民の祝日. Until 2006 a Sunday and a 振替休日 were excluded; from 2007 only
    // a day that is itself a 国民の祝日 is (a 振替休日 on such a day keeps that name).
    const QDate citizensFrom(1985, 12, 27);
    QList<QDate> sandwiched;
    for (QDate d(y, 1, 2), last(y, 12, 30); d <= last; d = d.addDays(1)) {
        if (d < citizensFrom || days.contains(d))
            continue;
        if (!countsForSandwich(d.addDays(-1)) || !countsForSandwich(d.addDays(1)))
            continue;
        if (d < newRulesFrom && d.dayOfWeek() == 7)
            continue;
        sandwiched.append(d);
    }
    for (const QDate d : sandwiched)
        add(d, Kind::CitizensHoliday, Rank::Other);

    QList<Holiday> out;
    out.reserve(days.size());
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out.append(makeHoliday(it.key(), it->kind));
    return out;
}

// Every year computed once; a per-day index makes the look-ups of isCourtClosed O(1).
struct Table {
    std::array<QList<Holiday>, kLastHolidayYear - kFirstHolidayYear + 1> years;
    qint64 firstJd = QDate(kFirstHolidayYear, 1, 1).toJulianDay();
    std::vector<qint8> indexOfDay; // position in years[y] of the holiday on that day, or -1

    Table()
    {
        const qint64 lastJd = QDate(kLastHolidayYear, 12, 31).toJulianDay();
        indexOfDay.assign(size_t(lastJd - firstJd + 1), qint8(-1));
        for (int y = kFirstHolidayYear; y <= kLastHolidayYear; ++y) {
            QList<Holiday>& list = years[size_t(y - kFirstHolidayYear)];
            list = computeYear(y);
            for (qsizetype i = 0; i < list.size(); ++i)
                indexOfDay[size_t(list[i].date.toJulianDay() - firstJd)] = qint8(i);
        }
    }

    // By Julian day: no calendar conversion unless the day is a holiday.
    const Holiday* find(QDate d) const
    {
        if (!d.isValid())
            return nullptr;
        const qint64 offset = d.toJulianDay() - firstJd;
        if (offset < 0 || offset >= qint64(indexOfDay.size()))
            return nullptr;
        const qint8 i = indexOfDay[size_t(offset)];
        return i < 0 ? nullptr : &years[size_t(d.year() - kFirstHolidayYear)][i];
    }
};

const Table& table()
{
    static const Table t; // thread-safe initialisation
    return t;
}

} // namespace

QList<Holiday> nationalHolidays(int year)
{
    if (year < kFirstHolidayYear || year > kLastHolidayYear)
        return {};
    return table().years[size_t(year - kFirstHolidayYear)];
}

std::optional<Holiday> holidayOn(QDate d)
{
    if (const Holiday* h = table().find(d))
        return *h;
    return std::nullopt;
}

bool isNationalHoliday(QDate d)
{
    return table().find(d) != nullptr;
}

CourtClosure courtClosure(QDate d)
{
    if (!d.isValid())
        return CourtClosure::Open;
    // 民事訴訟法95条3項: 日曜日、土曜日、祝日法に規定する休日、1月2日、1月3日又は12月29日から
    // 同月31日までの日.
    if (isNationalHoliday(d))
        return CourtClosure::Holiday;
    // One calendar conversion for both the month and the day.
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if ((m == 1 && day <= 3) || (m == 12 && day >= 29)) // 1/1 is 元日 in every covered year
        return CourtClosure::NewYear;
    const int weekday = d.dayOfWeek();
    if (weekday == 7)
        return CourtClosure::Sunday;
    if (weekday == 6)
        return CourtClosure::Saturday;
    return CourtClosure::Open;
}

bool isCourtClosed(QDate d)
{
    return courtClosure(d) != CourtClosure::Open;
}

QDate nextCourtOpenDay(QDate d)
{
    if (!d.isValid())
        return d;
    while (isCourtClosed(d))
        d = d.addDays(1);
    return d;
}

} // namespace zansai::law
