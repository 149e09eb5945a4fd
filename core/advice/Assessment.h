// Where the client stands and what each way out costs: the result of evaluating a Case.
// `zansai-cli evaluate` prints it (toJson, with the spec's names); the results screen and the PDF
// show it. Free-text fields (reasons, notes, consequences) are Messages: facts, reason codes and
// articles, written afterwards for an explicit language by a Narrator (i18n/Narrator.h), so the
// screen and a paper in another language show the same result.
#pragma once

#include "case/Case.h"
#include "case/OptionKind.h"
#include "i18n/Message.h"
#include "money/Yen.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zansai {

// One step of the limitation computation, with its article (e.g. "民法152条1項").
struct LimitationStepView {
    QDate date;
    QString article;
    Message text;
};

struct LimitationView {
    int years = 0;
    QString basis; // "old_commercial" | "old_civil" | "new" | "judgment"
    QDate completesOn;
    bool completed = false;
    QList<Message> notes; // every step and warning ("notes" in JSON)
    QList<LimitationStepView> steps;
    QList<Message> warnings; // non-business last day (民法142条 not applied, disputed), forfeiture…
    bool pendingProceeding =
        false; // a suit or enforcement is pending: completesOn is a floor (147・148条)
    bool forfeited = false; // paid or acknowledged after completion (最判昭和41年4月20日)
    bool invoked = false;   // 援用 recorded after completion
};

struct DebtAssessment {
    QString id;
    QString creditor;
    Yen principal;    // unpaid principal as of as_of (after payments, 民法489条)
    Yen lateInterest; // accrued, unpaid late interest as of as_of
    Yen balance() const { return principal + lateInterest; }
    Yen monthlyLateInterest; // what one more month of doing nothing adds (30 days, on principal)
    // How lateInterest was counted: "365", "actual" or "court" (the debt's late_basis), or
    // "tax_national" / "tax_local" for a tax's 延滞税 / 延滞金; the rate used (the lawful one), and
    // the same in words beside the figure (code "debt.late_interest_basis").
    QString lateInterestBasis;
    Rate lateRate;
    Message lateInterestBasisText;
    // 利息制限法: the late interest at the contract rate when that rate is above the cap (the
    // figure shown beside the lawful one, with the article in `lateInterestCapText`).
    std::optional<Yen> contractLateInterest;
    Message lateInterestCapText;
    LimitationView limitation;
    int stage = 1;              // this debt's escalation stage
    Message nextCreditorAction; // what the creditor can do next, and on what grounds
    QList<Message> warnings;    // rate above the 利息制限法 cap, token-payment warning, …
};

enum class DeadlineKind { Objection, Appeal, Hearing };

struct Deadline {
    QString debtId;
    DeadlineKind kind = DeadlineKind::Objection;
    QDate due;
    int daysLeft = 0;    // due − as_of (negative: passed)
    QString article;     // 民事訴訟法393条 / 285条 / 158条・159条
    Message consequence; // what missing it costs (its code: "deadline.<kind>…")
};

// What one class of creditor may seize from the client's pay each month.
struct GarnishmentClassView {
    QString
        claimClass; // "ordinary" (民事執行法152条1項), "support" (152条3項), "tax" (国税徴収法76条)
    QString article;
    Yen monthlySeizable;
    QStringList debtIds; // the case's debts of this class
};

struct GarnishmentView {
    Yen monthlySeizable; // 民事執行法152条1項 from the client's net pay (an ordinary creditor)
    QList<GarnishmentClassView> byClass; // each class the case's debts hold (ordinary always)
    // Several creditors on one wage share one seizable part (the widest range, never the sum):
    // every class of the case seizing at once, and the seizures running on as_of (0: none).
    Yen monthlySeizableCombined;
    Yen monthlySeizableRunning;
    Yen seizableFor(const QString& claimClass) const; // monthlySeizable for an unknown class
    Yen monthlyProtected;
    int monthsToClear = 0; // how long a wage seizure would run against the total balance (0: never)
    Yen depositsAtRisk;    // cash in bank accounts seizable at once with a 債務名義
    QList<Message> notes;  // how the figure was found (pay cycle, pension, self-employment…)
};

struct DoNothingProjection {
    Yen monthlyLateInterest;
    Yen balanceAfter1y, balanceAfter3y, balanceAfter5y;
    QList<Yen> balanceByMonth;       // month 0 (as_of) to 120, for the charts
    bool garnishmentApplied = false; // a wage seizure is running (stage 3): it reduces the balance
    QList<Message> notes;            // the model in words: what is and is not assumed
};

struct OptionAssessment {
    OptionKind kind = OptionKind::Installment;
    bool eligible = false;
    QList<Message> reasons; // why eligible or not, each with its ground and reason code
    Yen monthly;
    int months = 0;
    Yen total;                       // all the client pays, fees included
    Yen fees;                        // typical professional and court fees included in total
    int creditRecordYears = 0;       // CIC/JICC/KSC, the longest that applies
    QList<Message> occupationLimits; // for the client's occupation (empty: none)
    QList<Message> assetsLost;
    Message guarantorEffect;
    Message limitationEffect;
    QList<Message> warnings;   // e.g. payment below the monthly late interest
    QList<Yen> balanceByMonth; // month 0..120: the debt left under this option, for the charts
    int rank = 0;              // 1 = recommended
    Message rankReason;
    // Additive (option comparison, advice/OptionComparison.h):
    bool creditRecordIndefinite =
        false;                      // kept until paid (KSC keeps an unpaid 残債): no end in years
    QList<Message> notes;           // assumptions and practice notes, never silent
    Yen offerLow, offerHigh;        // lump_sum: the range of offers from available cash (else 0)
    Yen surviving;                  // balance today of debts the option leaves to be paid in full
    Yen assetsLostValue;            // what the assets in assetsLost are worth
    bool clears = false;            // the option ends every debt it covers within `months`
    bool guarantorAffected = false; // a guarantor receives a demand because of this option
    bool affordable = false; // the budget carries it at practice levels (ranking: installment)
    QStringList debts;       // limitation: the ids of the debts it covers ("debts" in JSON)
    // limitation, when some debts are not time-barred: the way out taken for the rest (its
    // monthly, months and costs are included in this option's figures). "combined_with" in JSON.
    std::optional<OptionKind> combinedWith;
    Yen minimum; // rehabilitation: the plan's minimum repayment (民事再生法231条/241条)
    bool chosen = false; // the consultant marked it chosen (Case::chosenOption)
};

struct Assessment {
    QDate asOf;
    int stage = 1; // 1 out of court; 2 court or 債務名義; 3 seizure filed
    QList<DebtAssessment> debts;
    QList<Deadline> deadlines; // most urgent first
    GarnishmentView garnishment;
    DoNothingProjection doNothing;
    QList<OptionAssessment> options; // every OptionKind, in rank order
    QList<Message>
        disputedPoints; // where the law is disputed: the choice made (docs/legal-rules.md §12)

    Yen totalBalance() const;
    const OptionAssessment* option(OptionKind k) const;
    const OptionAssessment* recommended() const;
};

// Choices the consultant can make on the results screen.
struct EvaluateSettings {
    std::optional<Yen> installmentMonthly; // the slider; default: affordable from the budget
    std::optional<OptionKind> preferred;   // the consultant's override of the ranking
};

QString toCode(OptionKind k);   // "installment", "lump_sum", …
QString toCode(DeadlineKind k); // "objection", "appeal", "hearing"

} // namespace zansai
