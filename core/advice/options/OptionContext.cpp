// The helpers every option shares (advice/options/OptionContext.h).
#include "advice/options/OptionContext.h"

#include <QCoreApplication>

namespace zansai::options {

Message say(const char* source, const char* code, QList<MessageArg> args)
{
    return Message("zansai::OptionComparison", source, std::move(args))
        .withCode(QString::fromLatin1(code));
}

using namespace Qt::StringLiterals;

// An installment that must add up to `total` over `months`: rounded UP to the yen
// (Rounding::Ceil), the last payment being smaller.
Yen perMonth(Yen total, int months)
{
    return months <= 0 ? Yen(0) : total.mulDiv(1, months, Rounding::Ceil);
}

// "52.3%" of a share, truncated to one decimal (display only).
QString percent(Yen part, Yen whole)
{
    if (whole <= Yen(0))
        return u"0%"_s;
    const std::int64_t permille = part.mulDiv(1000, whole.value(), Rounding::Truncate).value();
    return u"%1.%2%"_s.arg(permille / 10).arg(permille % 10);
}

Message DebtFacts::labelMessage() const
{
    Message m = name;
    return std::move(m).withCode(u"option.debt_label"_s);
}

QList<const DebtFacts*> pointers(const QList<DebtFacts>& ds)
{
    QList<const DebtFacts*> out;
    for (const DebtFacts& d : ds)
        out.append(&d);
    return out;
}

Pool poolOf(const QList<const DebtFacts*>& ds)
{
    Pool p;
    for (const DebtFacts* d : ds)
        p.add(*d);
    return p;
}

int creditorCount(const QList<const DebtFacts*>& ds)
{
    QStringList keys;
    for (const DebtFacts* d : ds)
        if (!keys.contains(d->creditorKey()))
            keys.append(d->creditorKey());
    return int(keys.size());
}

// One span per debt from as_of + 1 (planInterest: the ledger's rule at the debt's own rate and
// day basis, truncated once), the same day count as the do-nothing projection (CaseAnalysis).
Yen projected(const Context& x, const QList<const DebtFacts*>& ds, int month)
{
    Yen sum;
    const QDate end = x.a.asOf.addMonths(month);
    for (const DebtFacts* d : ds)
        sum += d->balance() + planInterest(d->plan, d->a->principal, x.a.asOf.addDays(1), end);
    return sum;
}

PlanRun runPlan(const Context& x, const QList<const DebtFacts*>& ds, Yen payment,
                LateInterestDuringPlan interest)
{
    QList<PlanDebt> plans;
    for (const DebtFacts* d : ds)
        plans.append(d->plan);
    return runPaymentPlan(plans, x.a.asOf, payment, kOptionHorizon, interest);
}

QList<Yen> planChart(const Context& x, Yen today, Yen planTotal, Yen monthly,
                     const QList<const DebtFacts*>& left)
{
    // The plan's total is fixed: no interest runs on it. Its last installment is smaller.
    PlanDebt plan;
    plan.principal = planTotal;
    const PlanRun run =
        runPaymentPlan({plan}, x.a.asOf, monthly, kOptionHorizon, LateInterestDuringPlan::Stopped);
    QList<Yen> out;
    out.append(today);
    for (int m = 1; m <= kChartMonths; ++m)
        out.append(run.balanceByMonth.at(m) + projected(x, left, m));
    return out;
}

// Month 0 is today's balance; from month 1 only the debts the option leaves.
QList<Yen> settledChart(const Context& x, Yen today, const QList<const DebtFacts*>& left)
{
    QList<Yen> out;
    out.append(today);
    for (int m = 1; m <= kChartMonths; ++m)
        out.append(projected(x, left, m));
    return out;
}

void applyCredit(OptionAssessment& o, const law::CreditRecordResult& r)
{
    o.creditRecordYears = r.years;
    o.creditRecordIndefinite = r.indefinite;
    // law::creditRecord still writes its note in the UI's language (core/law is not converted):
    // carried verbatim, with a code so tools can key on it.
    o.notes << Message::verbatim(r.note).withCode(u"option.credit_record"_s);
}

Message noGuarantorMessage()
{
    return Message("zansai::OptionComparison",
                   QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "No guarantor is recorded: no one else is affected."))
        .withCode(u"option.no_guarantor"_s);
}

// Debts whose limitation has completed and can still be invoked.
QList<const DebtFacts*> invocable(const QList<const DebtFacts*>& ds)
{
    QList<const DebtFacts*> out;
    for (const DebtFacts* d : ds) {
        const LimitationView& l = d->a->limitation;
        if (l.completed && !l.forfeited && !l.invoked && !d->tax)
            out.append(d);
    }
    return out;
}

QList<Message> clientGuarantorNotes(const Context& x, OptionKind kind)
{
    QList<Message> labels;
    Yen owed;
    for (const DebtFacts& d : x.debts)
        if (d.clientGuarantor) {
            labels << d.labelMessage(); // the principal debtor is named in the debt's warnings
            owed += d.balance();
        }
    if (labels.isEmpty())
        return {};
    const Message list = Message::list(labels);
    switch (kind) {
    case OptionKind::Bankruptcy:
        return {say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                      "The client guarantees %1 (%2 owed): the discharge frees "
                                      "the client's guarantee, but not the principal debtor "
                                      "(破産法253条2項), who still owes the whole debt; the "
                                      "client's right of recourse (求償権) is discharged too."),
                    "bankruptcy.client_guarantor", {list, owed})
                    .withArticle(u"破産法253条2項"_s)};
    case OptionKind::Rehabilitation:
        return {say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                      "The client guarantees %1 (%2 owed): the guarantee is a "
                                      "claim in the plan and is reduced with the others; the "
                                      "principal debtor's debt is not (民事再生法177条2項)."),
                    "rehabilitation.client_guarantor", {list, owed})
                    .withArticle(u"民事再生法177条2項"_s)};
    case OptionKind::Limitation:
        return {say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                      "The client guarantees %1: a suit against the principal "
                                      "debtor, or a payment or acknowledgment by the principal "
                                      "debtor, also renews the client's period (民法457条1項); "
                                      "the client may invoke the principal debt's limitation "
                                      "(民法145条)."),
                    "limitation.client_guarantor", {list})
                    .withArticle(u"民法457条1項"_s)};
    case OptionKind::Installment:
    case OptionKind::LumpSum:
    case OptionKind::VoluntaryArrangement:
        return {say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                      "The client guarantees %1 (%2 owed): what the client pays "
                                      "can be claimed back from the principal debtor (求償権, "
                                      "民法459条・462条); a settlement should say whether the "
                                      "principal debtor is released too."),
                    "option.client_guarantor_recourse", {list, owed})
                    .withArticle(u"民法459条"_s)};
    case OptionKind::DoNothing:
        break;
    }
    return {};
}

// Warnings for ways out that involve paying or proposing to pay (each an acknowledgment).
QList<Message> completedLimitationWarnings(const QList<const DebtFacts*>& ds)
{
    QList<Message> w;
    for (const DebtFacts* d : invocable(ds))
        w << Message("zansai::OptionComparison",
                     QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "%1: the limitation period completed on %2. Any payment or "
                                       "proposal to pay now would forfeit the right to invoke it "
                                       "(最判昭和41年4月20日): invoke it first."),
                     {d->labelMessage(), d->a->limitation.completesOn})
                 .withCode(u"option.completed_limitation"_s);
    return w;
}

law::BankruptcyEstate estateOf(const Assets& a)
{
    return {a.cash, a.deposits, a.car, a.insuranceSurrender, a.retirementAllowanceEstimate,
            a.other};
}

// Codes option.estate_item.<cash|deposits|car|insurance_surrender|retirement_allowance|other>.
Message estateItemLabel(law::EstateItem item)
{
    const auto name = [](const char* source, const char* code) {
        return Message("zansai::OptionComparison", source).withCode(QString::fromLatin1(code));
    };
    switch (item) {
    case law::EstateItem::Cash:
        return name(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Cash"),
                    "option.estate_item.cash");
    case law::EstateItem::Deposits:
        return name(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Deposits"),
                    "option.estate_item.deposits");
    case law::EstateItem::Car:
        return name(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Car"), "option.estate_item.car");
    case law::EstateItem::InsuranceSurrender:
        return name(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Insurance surrender value"),
                    "option.estate_item.insurance_surrender");
    case law::EstateItem::RetirementAllowance:
        return name(
            QT_TRANSLATE_NOOP("zansai::OptionComparison", "Retirement allowance (counted at 1/8)"),
            "option.estate_item.retirement_allowance");
    case law::EstateItem::Other:
        return name(QT_TRANSLATE_NOOP("zansai::OptionComparison", "Other assets"),
                    "option.estate_item.other");
    }
    return {};
}

} // namespace zansai::options
