// How far the creditor has gone and what it can do next (docs/advice-model.md §3, §4): the
// escalation stage of a debt, the creditor's next step on its grounds, and the court deadlines its
// events give. Sentences are Messages (context "zansai::CaseAnalysis"), narrated by the caller.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "case/DebtFacts.h"
#include "i18n/Message.h"

#include <QDate>
#include <QList>

namespace zansai {

// 1: collection out of court; 2: a court proceeding pending or a 債務名義 exists (lawsuit,
// 支払督促, judgment, court settlement, enforceable deed) and nothing seized; 3: a seizure running.
// A suit withdrawn or dismissed, an order lapsed (recorded or inferred), or a seizure withdrawn or
// carried through no longer counts; a 督促異議 keeps stage 2 as a pending lawsuit.
int debtStage(const Debt& d, QDate asOf);

// What the creditor can do next and on what grounds (docs/legal-rules.md §7), naming the seizable
// pay `seizable` (or that nothing of the recorded income is seizable). Codes "creditor_next.<…>".
Message nextCreditorAction(const Debt& d, const CourtFacts& f, int stage, Yen seizable);

// The sentence added to the next step when the limitation completed on `completedOn` and can
// still be invoked (民法145条; 最判昭和41年4月20日). Code "creditor_next.limitation_completed".
Message limitationCompletedAction(QDate completedOn);

// Every court deadline the debt's events give, passed or not (analyseCase keeps the upcoming ones
// and those passed within kPassedDeadlineDays), each with its article and consequence (codes
// "deadline.objection_payment_order", "deadline.objection_provisional_enforcement",
// "deadline.appeal", "deadline.hearing"; a passed one starts "Passed n days ago" and keeps the
// code).
QList<Deadline> debtDeadlines(const Debt& d, QDate asOf);
inline constexpr int kPassedDeadlineDays = 30;

} // namespace zansai
