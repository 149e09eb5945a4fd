#include "advice/CaseAnalysis.h"

#include "law/CourtPeriod.h"
#include "law/GarnishmentLimit.h"
#include "law/HolidayCalendar.h"
#include "law/InterestCap.h"

#include <QCoreApplication>
#include <algorithm>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

struct AnalysisText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseAnalysis)
};

// Amounts inside sentences: "¥1,234" in English, "1,234円" in Japanese (through the translation).
QString money(Yen y)
{
    return AnalysisText::tr("¥%1").arg(formatYenDigits(y));
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool onOrBefore(const DebtEvent& e, QDate asOf)
{
    return e.date.isValid() && e.date <= asOf;
}

law::LimitationEventKind limitationKind(DebtEventType t)
{
    using K = law::LimitationEventKind;
    switch (t) {
    case DebtEventType::Payment:
        return K::Payment;
    case DebtEventType::Acknowledgment:
        return K::Acknowledgment;
    case DebtEventType::VoluntarySaleSettled:
        return K::VoluntarySaleSettled;
    case DebtEventType::Demand:
        return K::Demand;
    case DebtEventType::NegotiationAgreement:
        return K::NegotiationAgreement;
    case DebtEventType::NegotiationRefused:
        return K::NegotiationRefused;
    case DebtEventType::LawsuitServed:
        return K::LawsuitServed;
    case DebtEventType::PaymentOrderServed:
        return K::PaymentOrderServed;
    case DebtEventType::ProvisionalEnforcementServed:
        return K::ProvisionalEnforcementServed;
    case DebtEventType::JudgmentServed:
        return K::JudgmentServed;
    case DebtEventType::JudgmentFinal:
        return K::JudgmentFinal;
    case DebtEventType::CourtSettlement:
        return K::CourtSettlement;
    case DebtEventType::EnforceableDeed:
        return K::EnforceableDeed;
    case DebtEventType::SeizureFiled:
        return K::SeizureFiled;
    case DebtEventType::AuctionFiled:
        return K::AuctionFiled;
    case DebtEventType::AuctionWithdrawn:
        return K::AuctionWithdrawn;
    case DebtEventType::ClaimAssigned:
        return K::ClaimAssigned;
    case DebtEventType::LimitationInvoked:
        return K::LimitationInvoked;
    }
    return K::Acknowledgment; // unreachable: every enumerator is handled above
}

// Events that open a court proceeding or create a 債務名義 (the spec's stage 2).
bool isCourtOrTitle(DebtEventType t)
{
    switch (t) {
    case DebtEventType::LawsuitServed:
    case DebtEventType::PaymentOrderServed:
    case DebtEventType::ProvisionalEnforcementServed:
    case DebtEventType::JudgmentServed:
    case DebtEventType::JudgmentFinal:
    case DebtEventType::CourtSettlement:
    case DebtEventType::EnforceableDeed:
        return true;
    default:
        return false;
    }
}

// 利息制限法7条 applies to 営業的金銭消費貸借: the creditor lends as a business.
bool businessLender(LenderKind k)
{
    switch (k) {
    case LenderKind::Bank:
    case LenderKind::CreditUnion:
    case LenderKind::Jhf:
    case LenderKind::GuaranteeCompany:
    case LenderKind::PublicGuarantor:
    case LenderKind::ConsumerFinance:
    case LenderKind::CardCompany:
        return true;
    case LenderKind::Individual:
    case LenderKind::PublicAuthority:
    case LenderKind::Other:
        return false;
    }
    return false;
}

// Facts about a debt's court history as of a day, for the creditor's next step.
struct CourtFacts {
    bool lawsuit = false, paymentOrder = false, provisional = false, judgmentServed = false,
         judgmentFinal = false, settlement = false, deed = false;
    bool seizedWages = false, seizedDeposits = false, seizedOther = false;
    QDate provisionalOn, judgmentServedOn;
};

CourtFacts courtFacts(const Debt& d, QDate asOf)
{
    CourtFacts f;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        switch (e.type) {
        case DebtEventType::LawsuitServed:
            f.lawsuit = true;
            break;
        case DebtEventType::PaymentOrderServed:
            f.paymentOrder = true;
            break;
        case DebtEventType::ProvisionalEnforcementServed:
            f.provisional = true;
            f.provisionalOn = e.date;
            break;
        case DebtEventType::JudgmentServed:
            f.judgmentServed = true;
            f.judgmentServedOn = e.date;
            break;
        case DebtEventType::JudgmentFinal:
            f.judgmentFinal = true;
            break;
        case DebtEventType::CourtSettlement:
            f.settlement = true;
            break;
        case DebtEventType::EnforceableDeed:
            f.deed = true;
            break;
        case DebtEventType::SeizureFiled:
            if (e.target == SeizureTarget::Wages)
                f.seizedWages = true;
            else if (e.target == SeizureTarget::Deposits)
                f.seizedDeposits = true;
            else
                f.seizedOther = true;
            break;
        default:
            break;
        }
    }
    // A judgment served and not appealed within 2 weeks is final (民事訴訟法285条, 116条).
    if (f.judgmentServed && !f.judgmentFinal && asOf > law::courtDeadline(f.judgmentServedOn, 14))
        f.judgmentFinal = true;
    return f;
}

// What the creditor can do next and on what grounds (reference §7, the ignored-claims article).
QString nextCreditorAction(const Debt& d, const CourtFacts& f, int stage, Yen seizable)
{
    // "about ¥70,000 a month", or a plain statement when nothing of the recorded pay is seizable
    // (a pension, no income): the texts below never show "¥0 a month".
    const QString wages = seizable > Yen(0)
                              ? AnalysisText::tr("about %1 a month").arg(money(seizable))
                              : AnalysisText::tr("nothing seizable from the recorded income");
    if (stage == 3) {
        if (f.seizedWages)
            return AnalysisText::tr(
                       "A wage seizure has been filed (民事執行法143条, 152条): each payday the "
                       "employer pays the creditor the seizable part of the pay (%1 here) until"
                       " the claim, late interest and costs are paid (民事執行法155条). "
                       "With the same 債務名義 the creditor can also seize bank deposits at any "
                       "time.")
                .arg(wages);
        if (f.seizedDeposits)
            return AnalysisText::
                tr("Bank deposits have been seized (民事執行法143条): the creditor collects "
                   "them one week after the order reaches the debtor (民事執行法155条1項). With "
                   "the same 債務名義 it can seize wages next (%1, 民事執行法152条) "
                   "and deposits again.")
                    .arg(wages);
        return AnalysisText::tr(
                   "A seizure has been filed: the creditor collects through the court until the "
                   "claim is paid, and with the same 債務名義 it can seize wages (%1, "
                   "民事執行法152条) and bank deposits at any time.")
            .arg(wages);
    }
    if (d.kind == DebtKind::Tax || d.lenderKind == LenderKind::PublicAuthority)
        return AnalysisText::tr(
            "Taxes need no court: once a demand (督促状) has gone unpaid for 10 days the "
            "tax office can seize wages (国税徴収法76条 limits) and bank deposits "
            "(国税徴収法47条1項; local taxes likewise). Ask for payment by instalments or a "
            "deferral (換価の猶予) before it does.");
    if (stage == 1)
        return AnalysisText::tr(
                   "Out of court the creditor can only write, call or visit. Its next step is a "
                   "lawsuit or a payment order (支払督促, 民事訴訟法382条) to obtain a 債務名義 — "
                   "which also renews the limitation period (民法147条) — and then the seizure of "
                   "wages (%1, 民事執行法152条) and bank deposits.")
            .arg(wages);

    // Stage 2: the most advanced title or proceeding decides.
    if (f.judgmentFinal || f.settlement)
        return AnalysisText::tr(
                   "A 債務名義 exists (%1): the creditor can seize wages (about %2 a month, "
                   "民事執行法152条) and bank deposits (民事執行法143条) at any time, without "
                   "further notice. The limitation period is now 10 years (民法169条).")
            .arg(f.judgmentFinal ? AnalysisText::tr("a final judgment, 民事執行法22条1号")
                                 : AnalysisText::tr("a court settlement record, 民事執行法22条7号"),
                 wages);
    if (f.provisional)
        return AnalysisText::tr(
                   "The payment order declared provisionally enforceable is a 債務名義 "
                   "(民事執行法22条4号): the creditor can seize wages (%1, "
                   "民事執行法152条) and bank deposits now. An objection within 2 weeks of service "
                   "(民事訴訟法393条) moves the case to a lawsuit but does not stop enforcement "
                   "without a stay (403条); without one the order becomes final like a judgment "
                   "(396条).")
            .arg(wages);
    if (f.judgmentServed)
        return AnalysisText::tr(
                   "A judgment has been served: it becomes final unless appealed within 2 weeks "
                   "(民事訴訟法285条). A final judgment, or one declared provisionally "
                   "enforceable, lets the creditor seize wages (%1, "
                   "民事執行法152条) and bank deposits (民事執行法22条1号・2号).")
            .arg(wages);
    if (f.paymentOrder)
        return AnalysisText::tr(
                   "A payment order (支払督促) has been served: 2 weeks after service the creditor "
                   "can apply for a declaration of provisional enforcement (民事訴訟法391条) and "
                   "then seize wages (%1, 民事執行法152条) and bank deposits at "
                   "once. An objection (督促異議) before the declaration moves the case to an "
                   "ordinary lawsuit (民事訴訟法390条, 395条).")
            .arg(wages);
    if (f.lawsuit)
        return AnalysisText::tr(
                   "A lawsuit is pending: without an answer (答弁書) and absent from the first "
                   "hearing, the claim is deemed admitted (民事訴訟法159条3項) and judgment "
                   "follows. With a judgment the creditor can seize wages (%1, "
                   "民事執行法152条) and bank deposits (民事執行法22条).")
            .arg(wages);
    // Only an enforceable deed: a 債務名義 without any lawsuit.
    return AnalysisText::tr("An enforceable notarial deed (執行認諾文言付公正証書) is a 債務名義 "
                            "(民事執行法22条5号): the creditor can seize wages (%1, "
                            "民事執行法152条) and bank deposits without a lawsuit.")
        .arg(wages);
}

bool laterEventOf(const Debt& d, QDate from, QDate asOf, std::initializer_list<DebtEventType> types)
{
    for (const DebtEvent& e : d.events)
        if (onOrBefore(e, asOf) && e.date >= from &&
            std::find(types.begin(), types.end(), e.type) != types.end())
            return true;
    return false;
}

QString objectionAfterOrderConsequence()
{
    return AnalysisText::tr(
        "From this day the creditor can apply for a declaration of provisional enforcement "
        "(民事訴訟法391条) and then seize wages and deposits at once. An objection (督促異議) is "
        "possible until the declaration is issued (390条): file it before this day to be safe.");
}

QString objectionAfterProvisionalConsequence()
{
    return AnalysisText::tr(
        "Without an objection (督促異議) by this day the payment order becomes final with the "
        "force of a final judgment (民事訴訟法396条): no more defence, and a 10-year limitation "
        "period (民法169条). Enforcement is possible at once either way unless a stay is "
        "obtained (403条).");
}

QString appealConsequence()
{
    return AnalysisText::tr(
        "Without an appeal (控訴) by this day the judgment becomes final (民事訴訟法285条): the "
        "creditor can seize wages and deposits (民事執行法22条1号), and the limitation period "
        "becomes 10 years (民法169条).");
}

QString hearingConsequence()
{
    return AnalysisText::tr(
        "File an answer (答弁書) before this hearing. Absent with no answer, the claim is deemed "
        "admitted (擬制自白, 民事訴訟法159条3項) and a default judgment follows; an answer on file "
        "is deemed stated even if you are absent (158条).");
}

Yen budgetIncome(const Case& c, const QString& code)
{
    return c.budget.income.value(code, Yen(0));
}

// Days of a pay period in a 30-day month: the 施行令2条1項 caps are 1.1万 a day, so 30 days give
// the monthly 33万, 15 the semi-monthly 16.5万 and 10 the ten-day 11万 exactly.
int payPeriodDays(PayCycle cycle)
{
    switch (cycle) {
    case PayCycle::Monthly:
        return 30;
    case PayCycle::SemiMonthly:
        return 15;
    case PayCycle::TenDays:
        return 10;
    case PayCycle::Weekly:
        return 7;
    case PayCycle::Daily:
        return 1;
    }
    return 30;
}

struct ProjectedDebt {
    Yen principal, interest;
    Rate rate;
    DayBasis basis = DayBasis::Days365;
    bool seized = false; // a wage seizure filed for this debt is running
};

bool wageSeizureRunning(const Debt& d, QDate asOf)
{
    for (const DebtEvent& e : d.events)
        if (onOrBefore(e, asOf) && e.type == DebtEventType::SeizureFiled &&
            e.target == SeizureTarget::Wages)
            return true;
    return false;
}

DoNothingProjection projectDoNothing(const Case& c, const Assessment& a, QDate asOf)
{
    DoNothingProjection p;
    QList<ProjectedDebt> debts;
    debts.reserve(c.debts.size());
    for (qsizetype i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        const DebtAssessment& da = a.debts[i];
        debts.append(
            {da.principal, da.lateInterest, d.lateRate, d.lateBasis, wageSeizureRunning(d, asOf)});
        p.monthlyLateInterest += da.monthlyLateInterest;
    }
    const Yen garnish = a.garnishment.monthlySeizable;
    p.garnishmentApplied =
        garnish > Yen(0) &&
        std::any_of(debts.cbegin(), debts.cend(), [](const ProjectedDebt& x) { return x.seized; });

    p.balanceByMonth.reserve(kProjectionMonths + 1);
    QList<Yen> seizedInterest; // interest accrued on seized debts, month by month
    QDate prev = asOf;
    for (int m = 0; m <= kProjectionMonths; ++m) {
        const QDate end = asOf.addMonths(m);
        Yen total;
        Yen toPay = garnish;
        // Unseized debts: interest from as_of + 1 through the month's end, one truncation (law).
        // Seized debts: month by month, because each payday changes the principal (民法489条).
        qsizetype seizedCount = 0;
        Yen seizedBalance;
        for (ProjectedDebt& x : debts) {
            if (x.seized && p.garnishmentApplied) {
                if (m > 0 && x.principal > Yen(0))
                    x.interest +=
                        law::lateInterest(x.principal, x.rate, prev.addDays(1), end, x.basis)
                            .amount;
                seizedBalance += x.principal + x.interest;
                ++seizedCount;
            } else {
                Yen accrued;
                if (m > 0 && x.principal > Yen(0))
                    accrued = law::lateInterest(x.principal, x.rate, asOf.addDays(1), end, x.basis)
                                  .amount;
                total += x.principal + x.interest + accrued;
            }
        }
        if (m > 0 && seizedCount > 0 && seizedBalance > Yen(0)) {
            // Several seized debts share each payday in proportion to their balances
            // (配当 by claim amount; fractions truncated, the remainder to the last one paid).
            Yen left = Yen::min(toPay, seizedBalance);
            const Yen pot = left;
            qsizetype k = 0;
            for (ProjectedDebt& x : debts) {
                if (!(x.seized && p.garnishmentApplied))
                    continue;
                ++k;
                Yen share = k == seizedCount
                                ? left
                                : pot.mulDiv((x.principal + x.interest).value(),
                                             seizedBalance.value(), Rounding::Truncate);
                share = Yen::min(share, x.principal + x.interest);
                left -= share;
                const Yen toInterest = Yen::min(share, x.interest); // 民法489条: interest first
                x.interest -= toInterest;
                x.principal -= share - toInterest;
            }
        }
        for (const ProjectedDebt& x : debts)
            if (x.seized && p.garnishmentApplied)
                total += x.principal + x.interest;
        p.balanceByMonth.append(total);
        prev = end;
    }
    p.balanceAfter1y = p.balanceByMonth[12];
    p.balanceAfter3y = p.balanceByMonth[36];
    p.balanceAfter5y = p.balanceByMonth[60];

    p.notes << AnalysisText::tr("Late interest runs on the unpaid principal only (simple "
                                "interest), day by day at each "
                                "debt's contract rate and day basis; the balance is shown at the "
                                "same day of each month "
                                "counted from %1.")
                   .arg(isoDate(asOf));
    if (p.garnishmentApplied)
        p.notes << AnalysisText::tr(
                       "A wage seizure is running: %1 a month (民事執行法152条) is taken from pay "
                       "and applied to the seized debts, late interest first (民法489条), until "
                       "they are paid. Other debts keep growing.")
                       .arg(money(garnish));
    else if (a.stage >= 2 && garnish.isZero())
        p.notes << AnalysisText::tr(
            "No payment is assumed. Nothing of the recorded income can be seized from pay (see the "
            "garnishment figures); with a 債務名義 the creditor can still seize bank deposits.");
    else if (a.stage >= 2)
        p.notes << AnalysisText::tr(
                       "No payment is assumed. With a 債務名義 the creditor can start a wage "
                       "seizure at any time; it would take %1 a month (see the garnishment "
                       "figures), which this projection does not assume.")
                       .arg(money(garnish));
    else
        p.notes << AnalysisText::tr(
            "No payment and no seizure is assumed: a seizure needs a 債務名義 first (a judgment "
            "or a payment order: stage 2).");
    p.notes << AnalysisText::tr(
        "Limitation is not applied to the projection: the balance stays owed until the period "
        "has run and is invoked (民法145条).");
    return p;
}

QStringList disputedPoints(const Case& c, const Assessment& a, QDate asOf)
{
    QStringList out;
    if (!c.debts.isEmpty())
        out << AnalysisText::tr(
            "Late interest: fractions of a yen are truncated once for each span between payments "
            "(円未満切捨て), not for each calendar-year segment; both readings exist (reference "
            "§12.5).");
    bool holidayEnd = false, saleAck = false, guarantor = false, publicGuarantor = false;
    for (qsizetype i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        const QDate end = a.debts[i].limitation.completesOn;
        if (end.isValid() && (law::isCourtClosed(end) || end.dayOfWeek() == Qt::Sunday))
            holidayEnd = true;
        for (const DebtEvent& e : d.events)
            if (onOrBefore(e, asOf) && e.type == DebtEventType::VoluntarySaleSettled)
                saleAck = true;
        if (d.lenderKind == LenderKind::GuaranteeCompany && d.contractDate < QDate(2020, 4, 1) &&
            d.acceleratedOn >= QDate(2020, 4, 1))
            guarantor = true;
        if (d.lenderKind == LenderKind::PublicGuarantor)
            publicGuarantor = true;
    }
    if (holidayEnd)
        out << AnalysisText::tr(
            "Limitation: a period that ends on a Sunday, holiday or court closing day is not "
            "extended (民法142条 not applied to 時効, the prevailing view after "
            "大阪地判昭和48年9月4日; "
            "a minority view extends it, and there is no Supreme Court ruling: reference §12.1). "
            "Act before that day.");
    if (saleAck)
        out << AnalysisText::tr(
            "Limitation: paying the proceeds of a voluntary sale with the debtor's consent is "
            "treated as an acknowledgment (民法152条) that renews the period; this is practice "
            "consensus, not case law.");
    if (guarantor)
        out << AnalysisText::tr(
            "Limitation of a guarantee company's 求償権 paid out after 2020-04-01 on a commission "
            "contract made before: the old 5-year commercial period is applied (改正附則10条1項, "
            "reading of the commission contract as the cause; not confirmed by a Ministry of "
            "Justice Q&A: reference §12.4).");
    if (publicGuarantor)
        out << AnalysisText::tr(
            "Limitation of a public guarantor's 求償権 under the old law: 10 years is assumed; "
            "for the 公庫住宅融資保証協会 this is not verified (reference §12.3).");
    if (a.garnishment.monthlySeizable > Yen(0))
        out << AnalysisText::tr(
            "Wage seizure: the law does not say how to treat a fraction of a yen in the seizable "
            "quarter; it is truncated here (reference §3).");
    return out;
}

} // namespace

int debtStage(const Debt& d, QDate asOf)
{
    int stage = 1;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        if (e.type == DebtEventType::SeizureFiled)
            return 3;
        if (isCourtOrTitle(e.type))
            stage = 2;
    }
    return stage;
}

QList<law::Payment> ledgerPayments(const Debt& d, QDate asOf)
{
    QList<law::Payment> out;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf) || !e.amount || *e.amount <= Yen(0))
            continue;
        if (e.type == DebtEventType::Payment || e.type == DebtEventType::VoluntarySaleSettled)
            out.append(law::Payment{e.date, *e.amount});
    }
    return out;
}

law::LimitationInput limitationInput(const Debt& d, QDate asOf)
{
    law::LimitationInput in;
    in.lender = d.lenderKind;
    in.contractDate = d.contractDate;
    in.acceleratedOn = d.acceleratedOn;
    in.asOf = asOf;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        law::LimitationEvent le;
        le.date = e.date;
        le.kind = limitationKind(e.type);
        le.agreedUntil = e.agreedUntil;
        in.events.append(le);
    }
    return in;
}

QList<Deadline> debtDeadlines(const Debt& d, QDate asOf)
{
    using T = DebtEventType;
    QList<Deadline> out;
    auto add = [&](DeadlineKind kind, QDate due, const QString& article, const QString& why) {
        Deadline dl;
        dl.debtId = d.id;
        dl.kind = kind;
        dl.due = due;
        dl.daysLeft = int(asOf.daysTo(due));
        dl.article = article;
        // A passed deadline says so first: what it cost is then a fact, not a risk.
        dl.consequence =
            dl.daysLeft < 0
                ? AnalysisText::tr("Passed %n day(s) ago. %1", nullptr, -dl.daysLeft).arg(why)
                : why;
        out.append(dl);
    };
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        switch (e.type) {
        case T::PaymentOrderServed:
            // 民事訴訟法391条1項: 2 weeks after service the creditor may apply for the 仮執行宣言;
            // objection stays possible until it is issued (390条), so this is the practical day.
            if (!laterEventOf(d, e.date, asOf,
                              {T::ProvisionalEnforcementServed, T::LawsuitServed, T::JudgmentServed,
                               T::JudgmentFinal, T::CourtSettlement}))
                add(DeadlineKind::Objection, law::courtDeadline(e.date, 14), u"民事訴訟法391条"_s,
                    objectionAfterOrderConsequence());
            break;
        case T::ProvisionalEnforcementServed:
            // 民事訴訟法393条: 督促異議 within 2 weeks of service (不変期間), 95条 applied.
            if (!laterEventOf(d, e.date, asOf,
                              {T::JudgmentServed, T::JudgmentFinal, T::CourtSettlement}))
                add(DeadlineKind::Objection, law::courtDeadline(e.date, 14), u"民事訴訟法393条"_s,
                    objectionAfterProvisionalConsequence());
            break;
        case T::JudgmentServed:
            // 民事訴訟法285条: 控訴 within 2 weeks of service of the judgment.
            if (!laterEventOf(d, e.date, asOf, {T::JudgmentFinal, T::CourtSettlement}))
                add(DeadlineKind::Appeal, law::courtDeadline(e.date, 14), u"民事訴訟法285条"_s,
                    appealConsequence());
            break;
        case T::LawsuitServed:
            // The court fixes the first hearing; the answer (答弁書) is due before it
            // (民事訴訟法158条, 159条3項).
            if (e.hearingOn && e.hearingOn->isValid() &&
                !laterEventOf(d, e.date, asOf,
                              {T::JudgmentServed, T::JudgmentFinal, T::CourtSettlement}))
                add(DeadlineKind::Hearing, *e.hearingOn, u"民事訴訟法158条・159条"_s,
                    hearingConsequence());
            break;
        default:
            break;
        }
    }
    return out;
}

GarnishmentView garnishmentView(const Case& c)
{
    GarnishmentView g;
    const Yen net = Yen::max(c.client.netMonthlyIncome, Yen(0));
    // Public pensions cannot be seized (国民年金法24条, 厚生年金保険法41条1項): only pay is.
    Yen pension = Yen::min(budgetIncome(c, u"pension"_s), net);
    if (c.client.occupation == Occupation::Pensioner && pension.isZero())
        pension = net; // a pensioner whose budget does not split the income: all of it is pension
    const Yen pay = net - pension;

    const PayCycle cycle = c.client.payCycle;
    const int days = payPeriodDays(cycle);
    // The monthly figure is turned into one pay of the cycle (× days/30, truncated), the limit of
    // 民事執行法152条1項 / 施行令2条1項 applied to that pay, and the result turned back into a
    // month (× 30/days, truncated).
    const Yen perPay = pay.mulDiv(days, 30, Rounding::Truncate);
    const law::GarnishmentResult r =
        law::wageGarnishmentLimit(perPay, cycle, law::ClaimKind::Ordinary);
    g.monthlySeizable = cycle == PayCycle::Monthly
                            ? r.seizable
                            : Yen::min(r.seizable.mulDiv(30, days, Rounding::Truncate), pay);
    g.monthlyProtected = net - g.monthlySeizable;
    g.depositsAtRisk = Yen::max(c.assets.deposits, Yen(0));

    if (cycle != PayCycle::Monthly)
        g.notes << AnalysisText::tr(
            "Pay is not monthly: the monthly net pay was divided into pays of %n day(s) in a "
            "30-day month, the limit applied to each pay (民事執行法施行令2条1項), and the result "
            "added back up to a month.",
            nullptr, days);
    if (!pension.isZero())
        g.notes
            << AnalysisText::tr(
                   "%1 a month of pension is not seizable (国民年金法24条, 厚生年金保険法41条1項; "
                   "only a tax office may reach an old-age pension).")
                   .arg(money(pension));
    if (c.client.occupation == Occupation::SelfEmployed)
        g.notes << AnalysisText::tr(
            "Self-employed income is not pay: 民事執行法152条 does not protect receivables from "
            "customers (売掛金), which can be seized in full. The figure applies the wage rule as "
            "a comparison only.");
    g.notes << AnalysisText::tr(
        "Bank deposits have no protected part once seized, even when they came from pay or a "
        "pension (最判平成10年2月10日). Cash at home is not in a bank: it can only be taken by a "
        "seizure of movables, and up to 66万円 of it is protected (民事執行法131条3号).");
    return g;
}

int monthsToClear(Yen principal, Yen interest, Yen monthlyInterest, Yen monthlyPayment)
{
    if (principal + interest <= Yen(0) || monthlyPayment <= monthlyInterest)
        return 0;
    const Yen start = principal;
    Yen p = principal, i = interest;
    for (int m = 1; m <= kMaxMonths; ++m) {
        // Interest for the month in proportion to the principal still unpaid (truncated).
        if (start > Yen(0))
            i += monthlyInterest.mulDiv(p.value(), start.value(), Rounding::Truncate);
        Yen pay = monthlyPayment;
        const Yen toInterest = Yen::min(pay, i); // 民法489条: interest first
        i -= toInterest;
        pay -= toInterest;
        p -= Yen::min(pay, p);
        if (p.isZero() && i.isZero())
            return m;
    }
    return 0;
}

Assessment analyseCase(const Case& c, QDate asOf)
{
    Assessment a;
    a.asOf = asOf;
    a.garnishment = garnishmentView(c);

    Yen totalPrincipal, totalInterest, totalMonthly;
    a.debts.reserve(c.debts.size());
    for (const Debt& d : c.debts) {
        DebtAssessment da;
        da.id = d.id;
        da.creditor = d.creditor;

        // 民法489条: payments go to accrued late interest first, then principal (the ledger).
        const law::LedgerResult ledger = law::runLateInterestLedger(
            d.principal, d.lateRate, d.lateBasis, d.acceleratedOn, ledgerPayments(d, asOf), asOf);
        da.principal = ledger.principal;
        da.lateInterest = ledger.unpaidInterest;
        // One more month of doing nothing: the 30 days after as_of, on the unpaid principal.
        da.monthlyLateInterest = law::lateInterest(da.principal, d.lateRate, asOf.addDays(1),
                                                   asOf.addDays(30), d.lateBasis)
                                     .amount;

        const law::LimitationResult lim = law::computeLimitation(limitationInput(d, asOf));
        LimitationView& v = da.limitation;
        v.years = lim.years;
        v.basis = law::toCode(lim.basis);
        v.completesOn = lim.completesOn;
        v.completed = lim.completed;
        v.pendingProceeding = lim.pendingProceeding;
        v.forfeited = lim.forfeited;
        v.invoked = lim.invoked;
        v.warnings << lim.warnings;
        for (const law::LimitationStep& s : lim.steps) {
            v.steps.append({s.date, s.article, s.text});
            v.notes << s.text;
        }
        v.notes << lim.warnings;

        da.stage = debtStage(d, asOf);
        da.nextCreditorAction =
            nextCreditorAction(d, courtFacts(d, asOf), da.stage, a.garnishment.monthlySeizable);
        // A completed limitation changes what the creditor's next step can achieve: say so beside
        // it (a seizure, stage 3, rests on a title whose own period is shown in the limitation).
        if (lim.completed && !lim.forfeited && !lim.invoked && da.stage < 3)
            da.nextCreditorAction =
                AnalysisText::tr("%1 %2", "two sentences")
                    .arg(
                        da.nextCreditorAction,
                        AnalysisText::tr(
                            "The limitation period completed on %1: once the client invokes it "
                            "(民法145条) — in writing, or in the answer to a suit or the objection "
                            "to a payment order — the claim can no longer be enforced. Pay or "
                            "acknowledge nothing before (最判昭和41年4月20日).")
                            .arg(isoDate(lim.completesOn)));

        // 利息制限法4条・7条: the late rate against its cap (not for taxes or child support).
        if (d.kind != DebtKind::Tax && d.kind != DebtKind::ChildSupport &&
            d.lenderKind != LenderKind::PublicAuthority) {
            const law::InterestCapCheck cap =
                law::checkLateInterestCap(d.principal, d.lateRate, businessLender(d.lenderKind));
            if (cap.exceeds)
                da.warnings << cap.message;
        }
        int toInterestOnly = 0;
        for (const law::LedgerEntry& e : ledger.entries)
            if (e.paid > Yen(0) && e.toPrincipal.isZero())
                ++toInterestOnly;
        if (toInterestOnly > 0)
            da.warnings << AnalysisText::tr(
                "%n payment(s) went entirely to late interest (民法489条): they did not reduce "
                "the principal.",
                nullptr, toInterestOnly);
        if (d.kind == DebtKind::Tax)
            da.warnings << AnalysisText::tr(
                "Tax arrears accrue 延滞税 or 延滞金 at statutory rates with their own roundings "
                "(国税通則法60条, 118条, 119条); they are approximated here as late interest at "
                "the rate given. Taxes survive bankruptcy (破産法253条1項1号).");
        if (d.kind == DebtKind::ChildSupport)
            da.warnings << AnalysisText::tr(
                "Child support survives bankruptcy (破産法253条1項4号) and can be seized up to "
                "half of pay, future instalments included (民事執行法151条の2, 152条3項).");

        a.stage = std::max(a.stage, da.stage);
        totalPrincipal += da.principal;
        totalInterest += da.lateInterest;
        totalMonthly += da.monthlyLateInterest;
        a.debts.append(da);

        for (const Deadline& dl : debtDeadlines(d, asOf))
            if (dl.daysLeft >= -kPassedDeadlineDays)
                a.deadlines.append(dl);
    }
    // Most urgent first: the deadlines still ahead by date, then those passed within
    // kPassedDeadlineDays (negative daysLeft), the most recently passed first.
    std::stable_sort(a.deadlines.begin(), a.deadlines.end(),
                     [](const Deadline& x, const Deadline& y) {
                         const bool xa = x.daysLeft >= 0, ya = y.daysLeft >= 0;
                         if (xa != ya)
                             return xa;
                         return xa ? x.due < y.due : x.due > y.due;
                     });

    a.garnishment.monthsToClear =
        monthsToClear(totalPrincipal, totalInterest, totalMonthly, a.garnishment.monthlySeizable);
    a.doNothing = projectDoNothing(c, a, asOf);
    a.disputedPoints << disputedPoints(c, a, asOf);
    return a;
}

} // namespace zansai
