// Reading a date typed in the Japanese calendar (和暦) back into a calendar day, by ICU's Japanese
// calendar: the era names, their initials (R, H, S, T, M) and their first and last days all come
// from ICU's data (docs/stack-notes.md §3), never from a table of ours.
#pragma once

#include <QDate>
#include <QString>

namespace zansai::law {

struct WarekiLookup {
    enum class Status {
        Ok,
        UnknownEra, // not an era ICU knows, nor a modern era's initial
        NoSuchDay,  // the month or day does not exist (令和8年2月30日)
        OutsideEra, // a real day, but not in the era named (平成31年5月1日 is 令和元年5月1日)
        BeforeMeiji6 // before 1873-01-01, when the Gregorian calendar was adopted
    };
    Status status = Status::UnknownEra;
    QDate date;     // Ok: the day; OutsideEra: the day the figures name, in its real era
    QString actual; // OutsideEra: that day in its real era ("令和元年5月1日")
};

// `era` is an era name (令和, 平成, 昭和, 大正, 明治; any ICU Japanese era) or a modern era's
// initial in Latin letters (R, H, S, T, M; either case). `year` is the year of the era (1 for
// 元年).
WarekiLookup dateFromWareki(const QString& era, int year, int month, int day);

} // namespace zansai::law
