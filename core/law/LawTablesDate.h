// The date of the law tables the app computes with, printed on every paper (the reproducibility
// stamp, docs/papers.md) so that a paper can be made again and compared.
//
// It is the latest of the dates the dated tables in core/law take effect:
// - law/LegalInterestRate.cpp: the 法定利率 of the period from 2026-04-01 (民法404条3項〜5項; the
//   third 3-year period, 3%, known through 2029-03-31);
// - law/TaxLateFee.cpp: the 延滞税 rates for 2026 (in force from 2026-01-01; §12.7);
// - law/HolidayCalendar.cpp: rule-based to 2099 (祝日法 as amended; the 春分/秋分 approximation of
//   §11), its last dated change being older than both.
// Whoever adds or changes a row of one of those tables moves this date to that row's start if
// it is later (docs/legal-rules.md §15.1).
#pragma once

#include <QDate>

namespace zansai::law {

inline const QDate kLawTablesDate{2026, 4, 1};

} // namespace zansai::law
