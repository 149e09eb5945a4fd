#include "advice/Evaluate.h"

#include "advice/CaseAnalysis.h"
#include "advice/OptionComparison.h"

#include <QJsonArray>

namespace zansai {

using namespace Qt::StringLiterals;

Assessment evaluate(const Case& c, QDate asOf, const EvaluateSettings& settings)
{
    Assessment a = analyseCase(c, asOf);
    a.options = compareOptions(c, a, settings); // every OptionKind, ranked, in rank order
    return a;
}

namespace {

// Yen as JSON integers (exact up to 2^53, far above any debt here).
QJsonValue yen(Yen y)
{
    return QJsonValue(qint64(y.value()));
}

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray texts(const Narrator& n, const QList<Message>& list)
{
    return QJsonArray::fromStringList(n.texts(list));
}

QJsonArray yens(const QList<Yen>& list)
{
    QJsonArray out;
    for (Yen y : list)
        out.append(yen(y));
    return out;
}

QJsonObject limitationJson(const LimitationView& v, const Narrator& n)
{
    QJsonArray steps;
    for (const LimitationStepView& s : v.steps)
        steps.append(QJsonObject{
            {u"date"_s, date(s.date)}, {u"article"_s, s.article}, {u"text"_s, n.text(s.text)}});
    return QJsonObject{
        // The spec's fields
        {u"years"_s, v.years},
        {u"basis"_s, v.basis},
        {u"completes_on"_s, date(v.completesOn)},
        {u"completed"_s, v.completed},
        {u"notes"_s, texts(n, v.notes)},
        // Extra fields
        {u"pending_proceeding"_s, v.pendingProceeding},
        {u"forfeited"_s, v.forfeited},
        {u"invoked"_s, v.invoked},
        {u"steps"_s, steps},
        {u"warnings"_s, texts(n, v.warnings)},
    };
}

QJsonObject debtJson(const DebtAssessment& d, const Narrator& n)
{
    return QJsonObject{
        {u"id"_s, d.id},
        {u"principal"_s, yen(d.principal)},
        {u"late_interest"_s, yen(d.lateInterest)},
        {u"limitation"_s, limitationJson(d.limitation, n)},
        // Extra fields
        {u"creditor"_s, d.creditor},
        {u"balance"_s, yen(d.balance())},
        {u"monthly_late_interest"_s, yen(d.monthlyLateInterest)},
        {u"late_interest_basis"_s, d.lateInterestBasis},
        {u"late_interest_basis_text"_s, n.text(d.lateInterestBasisText)},
        {u"late_rate_percent"_s, d.lateRate.toPercentDouble()},
        {u"late_interest_contract"_s,
         d.contractLateInterest ? yen(*d.contractLateInterest) : QJsonValue(QJsonValue::Null)},
        {u"stage"_s, d.stage},
        {u"next_creditor_action"_s, n.text(d.nextCreditorAction)},
        {u"warnings"_s, texts(n, d.warnings)},
    };
}

QJsonObject deadlineJson(const Deadline& d, const Narrator& n)
{
    return QJsonObject{
        {u"debt"_s, d.debtId},
        {u"kind"_s, toCode(d.kind)},
        {u"due"_s, date(d.due)},
        // Extra fields
        {u"days_left"_s, d.daysLeft},
        {u"passed"_s, d.daysLeft < 0},
        {u"article"_s, d.article},
        {u"consequence"_s, n.text(d.consequence)},
        {u"consequence_code"_s, d.consequence.code},
    };
}

QJsonObject optionJson(const OptionAssessment& o, const Narrator& n)
{
    return QJsonObject{
        {u"kind"_s, toCode(o.kind)},
        {u"eligible"_s, o.eligible},
        {u"reasons"_s, texts(n, o.reasons)},
        {u"monthly"_s, yen(o.monthly)},
        {u"months"_s, o.months},
        {u"total"_s, yen(o.total)},
        // Extra fields
        {u"fees"_s, yen(o.fees)},
        {u"credit_record_years"_s, o.creditRecordYears},
        {u"occupation_limits"_s, texts(n, o.occupationLimits)},
        {u"assets_lost"_s, texts(n, o.assetsLost)},
        {u"guarantor_effect"_s, n.text(o.guarantorEffect)},
        {u"limitation_effect"_s, n.text(o.limitationEffect)},
        {u"warnings"_s, texts(n, o.warnings)},
        {u"rank"_s, o.rank},
        {u"rank_reason"_s, n.text(o.rankReason)},
        {u"recommended"_s, o.rank == 1},
        {u"balance_by_month"_s, yens(o.balanceByMonth)},
        {u"credit_record_indefinite"_s, o.creditRecordIndefinite},
        {u"notes"_s, texts(n, o.notes)},
        {u"reason_codes"_s, strings(codes(o.reasons))},
        {u"offer_low"_s, yen(o.offerLow)},
        {u"offer_high"_s, yen(o.offerHigh)},
        {u"surviving"_s, yen(o.surviving)},
        {u"assets_lost_value"_s, yen(o.assetsLostValue)},
        {u"clears"_s, o.clears},
        {u"guarantor_affected"_s, o.guarantorAffected},
        {u"debts"_s, QJsonArray::fromStringList(o.debts)},
        {u"combined_with"_s,
         o.combinedWith ? QJsonValue(toCode(*o.combinedWith)) : QJsonValue(QJsonValue::Null)},
        {u"minimum"_s, yen(o.minimum)},
        {u"chosen"_s, o.chosen},
    };
}

} // namespace

QJsonObject toJson(const Assessment& a, const Narrator& n)
{
    QJsonArray debts, deadlines, options;
    for (const DebtAssessment& d : a.debts)
        debts.append(debtJson(d, n));
    for (const Deadline& d : a.deadlines)
        deadlines.append(deadlineJson(d, n));
    for (const OptionAssessment& o : a.options)
        options.append(optionJson(o, n));

    QJsonArray byClass;
    for (const GarnishmentClassView& g : a.garnishment.byClass)
        byClass.append(QJsonObject{{u"class"_s, g.claimClass},
                                   {u"article"_s, g.article},
                                   {u"monthly_seizable"_s, yen(g.monthlySeizable)},
                                   {u"debts"_s, strings(g.debtIds)}});
    const QJsonObject garnishment{
        {u"monthly_seizable"_s, yen(a.garnishment.monthlySeizable)},
        {u"by_class"_s, byClass},
        {u"monthly_seizable_combined"_s, yen(a.garnishment.monthlySeizableCombined)},
        {u"monthly_seizable_running"_s, yen(a.garnishment.monthlySeizableRunning)},
        // Extra fields
        {u"monthly_protected"_s, yen(a.garnishment.monthlyProtected)},
        {u"months_to_clear"_s, a.garnishment.monthsToClear},
        {u"deposits_at_risk"_s, yen(a.garnishment.depositsAtRisk)},
        {u"notes"_s, texts(n, a.garnishment.notes)},
    };
    const QJsonObject doNothing{
        {u"monthly_late_interest"_s, yen(a.doNothing.monthlyLateInterest)},
        {u"balance_after_1y"_s, yen(a.doNothing.balanceAfter1y)},
        {u"balance_after_3y"_s, yen(a.doNothing.balanceAfter3y)},
        {u"balance_after_5y"_s, yen(a.doNothing.balanceAfter5y)},
        {u"garnishment_applied"_s, a.doNothing.garnishmentApplied},
        {u"balance_by_month"_s, yens(a.doNothing.balanceByMonth)},
        {u"notes"_s, texts(n, a.doNothing.notes)},
    };
    const OptionAssessment* rec = a.recommended();
    const OptionAssessment* chosen = nullptr; // the consultant's mark (Case::chosenOption)
    for (const OptionAssessment& o : a.options)
        if (o.chosen)
            chosen = &o;
    return QJsonObject{
        // The spec's fields (docs/cli.md)
        {u"as_of"_s, date(a.asOf)},
        {u"stage"_s, a.stage},
        {u"debts"_s, debts},
        {u"deadlines"_s, deadlines},
        {u"garnishment"_s, garnishment},
        {u"options"_s, options},
        // Extra fields
        {u"total_balance"_s, yen(a.totalBalance())},
        {u"recommended"_s, rec ? QJsonValue(toCode(rec->kind)) : QJsonValue(QJsonValue::Null)},
        {u"chosen_option"_s,
         chosen ? QJsonValue(toCode(chosen->kind)) : QJsonValue(QJsonValue::Null)},
        {u"do_nothing"_s, doNothing},
        {u"disputed_points"_s, texts(n, a.disputedPoints)},
    };
}

} // namespace zansai
