// 任意整理 (docs/option-ranking.md, "voluntary_arrangement").
#include "advice/options/OptionContext.h"

#include "law/CreditRecord.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

namespace {

struct OptionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::OptionComparison)
};

bool arrangeable(const DebtFacts& d)
{
    return !d.tax && !d.support;
}

QList<Message> limitationBeforeNotice(const Context& x, const QList<const DebtFacts*>& ds)
{
    QList<Message> w = completedLimitationWarnings(ds);
    for (const DebtFacts* d : ds) {
        const LimitationView& l = d->a->limitation;
        if (l.completed || !l.completesOn.isValid())
            continue;
        if (l.completesOn <= x.a.asOf.addMonths(practice::kLimitationNearMonths))
            w << OptionText::tr("%1: the limitation period completes on %2. A lawyer's notice of "
                                "representation or a payment proposal before then can count as an "
                                "acknowledgment and start it again (民法152条1項).")
                     .arg(d->label(), isoDate(l.completesOn));
    }
    return w;
}

} // namespace

OptionAssessment voluntaryArrangement(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::VoluntaryArrangement;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto included = x.select([](const DebtFacts& d) { return arrangeable(d); });
    const auto excluded = x.select([](const DebtFacts& d) { return !arrangeable(d); });
    const Pool pool = poolOf(included);
    o.limitationEffect =
        OptionText::tr("The lawyer's notice of representation (受任通知) and the payment "
                       "proposal can count as an acknowledgment (民法152条1項) and start "
                       "the limitation period again: check the limitation first.");
    o.guarantorAffected = x.anyIndividualGuarantor(included);
    o.guarantorEffect =
        x.anyGuarantor(included)
            ? OptionText::tr(
                  "The settlement binds only the creditor and the client: the creditor usually "
                  "demands the whole balance from the guarantor at once, unless the guarantor is "
                  "included in the settlement.")
            : noGuarantor();
    if (pool.principal <= Yen(0)) {
        o.reasons << OptionText::tr(
            "No debt a voluntary arrangement can cover (taxes and child support are "
            "not settled this way).");
        return o;
    }
    o.reasons << OptionText::tr(
                     "Future interest is cut and the principal of %1 is repaid in installments "
                     "(36 months standard, up to 60).")
                     .arg(money(pool.principal));
    // The shortest term from 36 to 60 months whose installment fits the budget surplus.
    int months = 0;
    for (int n = practice::kArrangementMonths; n <= practice::kArrangementMonthsMax; ++n) {
        if (perMonth(pool.principal, n) <= x.capacity) {
            months = n;
            break;
        }
    }
    if (months == 0) {
        o.reasons << OptionText::tr(
                         "Not affordable: even over %1 months the principal needs %2 a month, "
                         "more than the budget surplus of %3.")
                         .arg(practice::kArrangementMonthsMax)
                         .arg(money(perMonth(pool.principal, practice::kArrangementMonthsMax)),
                              money(x.capacity));
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.months = months;
    o.monthly = perMonth(pool.principal, months); // rounded up to the yen; the last one smaller
    o.reasons << OptionText::tr(
                     "Affordable: %1 a month over %2 months (rounded up to the yen) within the "
                     "budget surplus of %3.")
                     .arg(money(o.monthly))
                     .arg(months)
                     .arg(money(x.capacity));
    const int creditors = creditorCount(included);
    o.fees =
        (practice::kArrangementRetainerPerCreditor + practice::kArrangementSuccessFeePerCreditor) *
        creditors;
    o.total = pool.principal + o.fees;
    o.surviving = poolOf(excluded).balance();
    o.notes << OptionText::tr(
                   "Assumed: the accrued late interest of %1 is waived in the negotiation. "
                   "Creditors often agree but need not; nothing binds a creditor who refuses.")
                   .arg(money(pool.interest));
    o.notes << OptionText::tr(
                   "Fees (practice, check the office's fee table): retainer %1 + success fee %2 "
                   "per creditor × %3 = %4, usually paid in installments before the payments "
                   "start.")
                   .arg(money(practice::kArrangementRetainerPerCreditor),
                        money(practice::kArrangementSuccessFeePerCreditor))
                   .arg(creditors)
                   .arg(money(o.fees));
    if (!excluded.isEmpty())
        o.notes << OptionText::tr(
                       "Taxes and child support are not part of the arrangement and stay owed: "
                       "%1.")
                       .arg(money(o.surviving));
    o.balanceByMonth = planChart(x, x.all.balance(), pool.principal, o.monthly, excluded);
    applyCredit(o, law::creditRecord(law::CreditEvent::VoluntaryArrangement, months));
    o.warnings << limitationBeforeNotice(x, included);
    return o;
}

} // namespace zansai::options
