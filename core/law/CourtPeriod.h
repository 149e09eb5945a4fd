// Court periods (民事訴訟法95条): 督促異議, 控訴 and every other period of the Code of Civil
// Procedure counted in days.
#pragma once

#include <QDate>
#include <QList>

namespace zansai::law {

// 民事訴訟法95条1項 (→民法140条: first day not counted) and 3項 (a closed last day moves on)
QDate courtDeadline(QDate served, int days); // e.g. served 2025-02-03, 14 → 2025-02-17

// The same with its working: the last day by the calendar and every closed day it moved past.
struct CourtDeadline {
    QDate rawEnd;         // served + days (民法140条・141条)
    QDate deadline;       // the first day from rawEnd on when the court is open (95条3項)
    QList<QDate> skipped; // rawEnd … deadline − 1: the closed days (empty when rawEnd is open)
};
CourtDeadline courtDeadlineDetail(QDate served, int days);

} // namespace zansai::law
