// The Japanese public holidays (国民の祝日に関する法律) and the days the courts are closed
// (民事訴訟法95条3項), 1970 to 2099.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zansai::law {

struct Holiday {
    QDate date;
    // Official Japanese name: 元日, 成人の日, …, 振替休日, 国民の休日, 即位の日 …
    QString name;
    QString nameEn;
};

// First and last year covered. The 春分日/秋分日 are fixed officially only by the 暦要項 of the
// previous February; from then on they come from the standard approximation (docs/legal-rules.md
// §11).
constexpr int kFirstHolidayYear = 1970;
constexpr int kLastHolidayYear = 2099;

// 祝日法2条 (国民の祝日), 3条2項 (振替休日), 3条3項 (国民の休日) and the one-off days of special
// laws, sorted by date. Empty for a year outside kFirstHolidayYear..kLastHolidayYear.
QList<Holiday> nationalHolidays(int year);
std::optional<Holiday> holidayOn(QDate d);
// 祝日法3条: a 国民の祝日, 振替休日 or 国民の休日 (and a day made a 休日 by a special law).
bool isNationalHoliday(QDate d);

// Why a court is closed on a day (民事訴訟法95条3項); the first reason that applies, in this order.
enum class CourtClosure {
    Open,
    Holiday, // a 休日 of the 祝日法 (see holidayOn for its name)
    NewYear, // 1/2, 1/3, 12/29–12/31 (年末年始)
    Sunday,
    Saturday,
};
CourtClosure courtClosure(QDate d);

// 民事訴訟法95条3項: Sat, Sun, 祝日法の休日, 1/2, 1/3, 12/29–12/31.
bool isCourtClosed(QDate d);
// The first day from d on (d itself when open) on which the court is open.
QDate nextCourtOpenDay(QDate d);

} // namespace zansai::law
