// Dates in the Japanese calendar (和暦), by ICU's Japanese calendar: the eras come from ICU's data,
// not from a table of ours.
#pragma once

#include <QDate>
#include <QString>

namespace zansai::law {

// "令和8年11月22日", "令和元年5月1日", "平成31年4月30日", "昭和64年1月7日". The first year of an
// era is 元年. Empty for an invalid date or one before 1873-01-01 (明治6年, when Japan adopted the
// Gregorian calendar: earlier dates had lunisolar months that a Gregorian date cannot name).
QString formatWareki(QDate d);
// "令和8年11月22日(2026年11月22日)"; empty when formatWareki is.
QString formatWarekiWithGregorian(QDate d);

} // namespace zansai::law
