// The dates of a case that belong in a calendar (issue 17, docs/cli.md `ics` and `deadlines`):
// each court deadline still ahead (督促異議, 控訴, the first hearing) and each limitation period
// that will complete, read from the one assessment (Consultation::assess), never recomputed here.
//
// A date that rests on an unknown answer is left out rather than guessed: a draft debt whose
// limitation cannot be counted (IncompleteDebt::limitationUnknown) gives no limitation date, and a
// period that a pending suit or enforcement holds open (完成猶予, 民法147条・148条) has no
// completion day yet. A period already completed, forfeited (援用権の喪失) or invoked (援用済み)
// has nothing left to mark.
#pragma once

#include "advice/Consultation.h"
#include "case/Case.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zansai::calendar {

enum class DateKind { Objection, Appeal, Hearing, Limitation };

// "objection", "appeal", "hearing" (the spec's deadlines[].kind) and "limitation".
QString toCode(DateKind k);

struct CaseDate {
    DateKind kind = DateKind::Objection;
    QDate due;        // the last day (a deadline) or the day the period completes (limitation)
    QString debtId;   // for stable identifiers only: never shown in a text
    QString creditor; // the debt's creditor as entered (may be empty); the JSON's `creditor`
    Message debt;     // the debt as a sentence names it (core/case/DebtName: two debts of one
                      // creditor told apart, a debt with no creditor yet by its place in the list)
    QString article; // the article the date rests on, e.g. 民事訴訟法393条 or 民法166条1項1号
    Message todo; // what to do by then and what missing it costs (in the case's Messages)
};

// The dates of `c` as `consultation` (assessed for consultation.asOf) finds them, from that day
// on, soonest first (same day: deadlines before limitation, then by creditor).
QList<CaseDate> caseDates(const Case& c, const Consultation& consultation);

} // namespace zansai::calendar
