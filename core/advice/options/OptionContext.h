// Internal to the option comparison (advice/OptionComparison.cpp, advice/options/*,
// advice/OptionRanking.cpp): the facts every option reads — each debt still owed, pooled balances,
// the budget's capacity, the filing date — and the helpers they share (texts, pools, charts).
// Not a public API: the UI and the CLI use advice/OptionComparison.h.
#pragma once

#include "advice/Assessment.h"
#include "advice/PaymentPlan.h"
#include "advice/PracticeAssumptions.h"
#include "case/Case.h"
#include "i18n/Message.h"
#include "law/Bankruptcy.h"
#include "law/CreditRecord.h"
#include "law/OccupationRestriction.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace zansai::options {

// Every option's projections and plans: payments until cleared within 100 years, the chart's
// month 0..120, and the balance after the practice horizon of 5 years (kAgreementHorizonMonths).
inline constexpr PlanHorizon kOptionHorizon{kPlanLifetimeMonths, kPlanChartMonths,
                                            practice::kAgreementHorizonMonths};
inline constexpr int kChartMonths = kOptionHorizon.chartMonths;

// --- Texts: Messages in the context zansai::OptionComparison, narrated later (i18n/Narrator.h) ---

// "52.3%" of a share, truncated to one decimal (display only, the same in every language).
QString percent(Yen part, Yen whole);

// An installment that must add up to `total` over `months`: rounded UP to the yen
// (Rounding::Ceil), the last payment being smaller.
Yen perMonth(Yen total, int months);

// --- The facts of each debt the options need --------------------------------------------------
// From the case (kind, guarantor, events) and the analysis (balances, limitation).

struct DebtFacts {
    const Debt* debt = nullptr; // the case debt (never null: the analysis is of the case)
    const DebtAssessment* a = nullptr;
    PlanDebt plan; // the balances and the accrual a payment plan runs on
    DebtKind kind = DebtKind::Other;
    GuarantorKind guarantor = GuarantorKind::None;
    bool servicer = false;
    bool tax = false;          // 租税等: 破産法253条1項1号, 民事再生法122条
    bool support = false;      // 養育費等: 破産法253条1項4号, 民事再生法229条3項
    bool extinguished = false; // limitation completed and invoked: nothing is owed
    bool clientGuarantor = false; // the client guarantees another's debt (client_role guarantor)
    Yen balance() const { return a->balance(); }
    Message name;                 // case/DebtName.h: the creditor, never the id
    Message labelMessage() const; // the name (code: option.debt_label)
    QString creditorKey() const
    {
        const QString c = a->creditor.trimmed();
        return c.isEmpty() ? a->id : c;
    }
};

struct Pool {
    Yen principal, interest, monthlyInterest;
    Yen balance() const { return principal + interest; }
    void add(const DebtFacts& d)
    {
        principal += d.a->principal;
        interest += d.a->lateInterest;
        monthlyInterest += d.a->monthlyLateInterest;
    }
};

struct Context {
    const Case& c;
    const Assessment& a;
    const EvaluateSettings& s;
    QList<DebtFacts> debts; // every debt still owed (extinguished ones left out)
    QList<DebtFacts> gone;  // limitation invoked after completion
    Pool all;
    Yen capacity;  // the budget surplus, at least 0
    Yen available; // cash + deposits − one month of expenses, at least 0
    QDate filing;  // assumed filing date for 破産・再生
    // Every licence restricted during bankruptcy, one per occupation of the client (main first).
    QList<law::RestrictedLicence> licences;
    QHash<QString, Message> debtNames; // case/DebtName.h, by debt id

    bool anyGuarantor(const QList<const DebtFacts*>& ds) const
    {
        return std::any_of(ds.cbegin(), ds.cend(),
                           [](const DebtFacts* d) { return d->guarantor != GuarantorKind::None; });
    }
    bool anyIndividualGuarantor(const QList<const DebtFacts*>& ds) const
    {
        return std::any_of(ds.cbegin(), ds.cend(), [](const DebtFacts* d) {
            return d->guarantor == GuarantorKind::Individual;
        });
    }
    QList<const DebtFacts*> select(bool (*keep)(const DebtFacts&)) const
    {
        QList<const DebtFacts*> out;
        for (const DebtFacts& d : debts)
            if (keep(d))
                out.append(&d);
        return out;
    }
};

// The facts of the case's debts for the analysis `a` (extinguished ones in `gone`), leaving out
// the debts named in `leaveOut` (those a combined plan invokes the limitation for).
Context makeContext(const Case& c, const Assessment& a, const EvaluateSettings& s,
                    const QStringList& leaveOut = {});

QList<const DebtFacts*> pointers(const QList<DebtFacts>& ds);
Pool poolOf(const QList<const DebtFacts*>& ds);
int creditorCount(const QList<const DebtFacts*>& ds);

// --- Projections (docs/option-ranking.md, "Projections") ---------------------------------------

// Debts a way out leaves unpaid, projected as doing nothing on calendar months: today's balance
// plus late interest from as_of + 1 through as_of + `month` months (QDate::addMonths), one span
// per debt — exactly the do-nothing projection's figure for the same debts.
Yen projected(const Context& x, const QList<const DebtFacts*>& ds, int month);

// `payment` every month against the debts `ds` from as_of: the one simulation
// (advice/PaymentPlan.h) over kOptionHorizon.
PlanRun runPlan(const Context& x, const QList<const DebtFacts*>& ds, Yen payment,
                LateInterestDuringPlan interest = LateInterestDuringPlan::Runs);

// A plan of equal installments `monthly` (rounded up) paying `planTotal`, plus debts left to
// grow: the chart of what is still owed.
QList<Yen> planChart(const Context& x, Yen today, Yen planTotal, Yen monthly,
                     const QList<const DebtFacts*>& left);

// Month 0 is today's balance; from month 1 only the debts the option leaves.
QList<Yen> settledChart(const Context& x, Yen today, const QList<const DebtFacts*>& left);

// --- Shared pieces of the options -------------------------------------------------------------

// A sentence of an option, written as say(QT_TRANSLATE_NOOP("zansai::OptionComparison", "…"),
// "<option>.<reason>", {args}): the one lupdate context of every option's texts, and its code.
Message say(const char* source, const char* code, QList<MessageArg> args = {});

void applyCredit(OptionAssessment& o, const law::CreditRecordResult& r);
// "No guarantor is recorded" (code: option.no_guarantor).
Message noGuarantorMessage();

// The client as guarantor of another's debt (民法446条・457条): what the option does to the
// client's guarantee and to the principal debtor, one note per option (code
// "<option>.client_guarantor"); none when the client guarantees nothing.
QList<Message> clientGuarantorNotes(const Context& x, OptionKind kind);

// Debts whose limitation has completed and can still be invoked.
QList<const DebtFacts*> invocable(const QList<const DebtFacts*>& ds);
// Warnings for ways out that involve paying or proposing to pay (each an acknowledgment).
// (code: option.completed_limitation)
QList<Message> completedLimitationWarnings(const QList<const DebtFacts*>& ds);

// What a bankruptcy trustee would take: the bankruptcy's assets lost and 個人再生's 清算価値.
law::BankruptcyEstate estateOf(const Assets& a);
Message estateItemLabel(law::EstateItem item); // code: option.estate_item.*

// --- The options, one file each ---------------------------------------------------------------

OptionAssessment installment(const Context& x);          // InstallmentOption.cpp
OptionAssessment lumpSum(const Context& x);              // LumpSumOption.cpp
OptionAssessment voluntaryArrangement(const Context& x); // VoluntaryArrangementOption.cpp
OptionAssessment rehabilitation(const Context& x);       // RehabilitationOption.cpp
OptionAssessment bankruptcy(const Context& x);           // BankruptcyOption.cpp
OptionAssessment limitation(const Context& x);           // LimitationOption.cpp
OptionAssessment doNothing(const Context& x);            // DoNothingOption.cpp

} // namespace zansai::options
