// One consultation, one answer: the single entry point that turns a stored or typed case into what
// the screen, every paper (in either language), `zansai-cli evaluate` (file or store) and
// `zansai-cli pdf` show. Every door calls assess(); none re-assembles the answer its own way.
//
// - A draft debt (some required answers still missing, Debt::incompleteFields) still counts for
//   everything that is known: its court events set the stage and the deadlines. Only the figures
//   that depend on a missing answer are unknown, and they are named (IncompleteDebt), never
//   silently replaced by a stand-in that looks like a fact.
// - The consultant's decisions kept in the case (installment_monthly, chosen_option) are applied
//   here, once, for every door.
// - The assessment is made for an explicit day: the app and `--db` use today, so a case reopened
//   after its deadline shows the deadline as passed; the case's own date is kept beside it.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "i18n/Message.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace zansai {

// What a debt's missing answers leave unknown. The stand-ins used to compute around them are
// chosen so that nothing unknown can look settled: no interest runs without a rate or a date it
// runs from, and no limitation completes without the dates it is counted from.
struct IncompleteDebt {
    QString debtId;
    Message name;                     // how sentences name it (case/DebtName.h), never by its id
    QStringList missingFields;        // Debt::incompleteFields, e.g. "late_rate_percent"
    bool principalUnknown = false;    // its balance is left out of every sum
    bool lateInterestUnknown = false; // rate or 期限の利益喪失日 missing: interest left out
    bool limitationUnknown = false;   // contract date or 期限の利益喪失日 missing
};

struct Consultation {
    Assessment assessment; // as of `asOf`
    QDate asOf;            // the day assessed (today for the app and `--db`)
    QDate caseDate;        // the case's own as_of (when it was last consulted)
    QList<IncompleteDebt> incomplete;
    // The recommendation in order (advice/NextSteps.h): what must be done by a date first
    // (督促異議, 控訴, the answer before the hearing), then the way out. "next_steps" in JSON.
    QList<Message> nextSteps;

    bool complete() const { return incomplete.isEmpty(); }
    const IncompleteDebt* incompleteDebt(const QString& debtId) const;
    // The sentences that say which figures are incomplete and why (empty when complete).
    QList<Message> incompleteNotes() const;
    // "Assessed as of today; the case was consulted on …" when the two days differ.
    std::optional<Message> dateNote() const;

    // The case assessed as of `asOf`, with the consultant's decisions the case records.
    // `installmentOverride` is the results screen's slider while it moves (not yet saved).
    static Consultation assess(const Case& c, QDate asOf,
                               std::optional<Yen> installmentOverride = std::nullopt);
};

// The case as the rules can read it: each missing answer gets the stand-in described above.
// Exposed for tests.
Case evaluableCase(const Case& c, QDate asOf);

// The `evaluate` JSON of a consultation: toJson(assessment) plus "case_date", "complete" and
// "incomplete" ([{debt, missing_fields, principal_unknown, late_interest_unknown,
// limitation_unknown}], and the notes).
QJsonObject toJson(const Consultation& c, const class Narrator& narrator);

} // namespace zansai
