// The creditor's next step and the court deadlines (docs/advice-model.md §3, §4). The texts keep
// the context "zansai::CaseAnalysis" of the analysis they came from (translations/zansai_ja.ts).
#include "advice/Escalation.h"

#include "law/CourtPeriod.h"

#include <QCoreApplication>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::CaseAnalysis";

Message ca(const char* source, QList<MessageArg> args = {})
{
    return Message(kContext, source, std::move(args));
}

Message objectionAfterOrderConsequence()
{
    return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                "From this day the creditor can apply for a declaration of "
                                "provisional enforcement "
                                "(民事訴訟法391条) and then seize wages and deposits at once. An "
                                "objection (督促異議) is "
                                "possible until the declaration is issued (390条): file it before "
                                "this day to be safe."))
        .withCode(u"deadline.objection_payment_order"_s);
}

Message objectionAfterProvisionalConsequence()
{
    return ca(QT_TRANSLATE_NOOP(
                  "zansai::CaseAnalysis",
                  "Without an objection (督促異議) by this day the payment order becomes final "
                  "with the "
                  "force of a final judgment (民事訴訟法396条): no more defence, and a 10-year "
                  "limitation "
                  "period (民法169条). Enforcement is possible at once either way unless a stay is "
                  "obtained (403条)."))
        .withCode(u"deadline.objection_provisional_enforcement"_s);
}

Message appealConsequence()
{
    return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                "Without an appeal (控訴) by this day the judgment becomes final "
                                "(民事訴訟法285条): the "
                                "creditor can seize wages and deposits (民事執行法22条1号), and "
                                "the limitation period "
                                "becomes 10 years (民法169条)."))
        .withCode(u"deadline.appeal"_s);
}

Message hearingConsequence()
{
    return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                "File an answer (答弁書) before this hearing. Absent with no "
                                "answer, the claim is deemed "
                                "admitted (擬制自白, 民事訴訟法159条3項) and a default judgment "
                                "follows; an answer on file "
                                "is deemed stated even if you are absent (158条)."))
        .withCode(u"deadline.hearing"_s);
}

} // namespace

int debtStage(const Debt& d, QDate asOf)
{
    // What is running or held today decides, not what once happened: a seizure withdrawn or
    // carried through, a suit withdrawn or dismissed, a lapsed order no longer count
    // (docs/advice-model.md §3).
    const CourtFacts f = courtFacts(d, asOf);
    if (f.seized())
        return 3;
    return f.courtOrTitle() ? 2 : 1;
}

namespace {

// What an ended proceeding leaves (docs/legal-rules.md §7): said beside the next step when no
// other proceeding runs. Codes "creditor_next.order_lapsed", "creditor_next.suit_ended",
// "creditor_next.seizure_ended".
Message endedNote(const CourtFacts& f, int stage)
{
    if (stage == 3)
        return Message();
    if (stage == 1 && f.orderLapsed && f.orderLapseInferred)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "Nothing is recorded after the payment order: it is taken to have lapsed "
                      "on %1 (no declaration of provisional enforcement applied for within 30 "
                      "days, 民事訴訟法392条; the exact day is not known). It fixed nothing: the "
                      "creditor must start again with a new order or a lawsuit."),
                  {f.orderLapsedOn})
            .withCode(u"creditor_next.order_lapsed"_s);
    if (stage == 1 && f.orderLapsed)
        return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "The payment order lapsed on %1 (民事訴訟法392条): it fixed "
                                    "nothing, and the creditor must start again with a new order "
                                    "or a lawsuit."),
                  {f.orderLapsedOn})
            .withCode(u"creditor_next.order_lapsed"_s);
    if (stage == 1 && f.suitEnded)
        return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "The lawsuit was withdrawn or dismissed: it fixed nothing, "
                                    "and the creditor can sue again (民法147条1項括弧書)."))
            .withCode(u"creditor_next.suit_ended"_s);
    if (f.seizureEnded)
        return ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                    "No seizure is running now (the last one was withdrawn or "
                                    "carried through)."))
            .withCode(u"creditor_next.seizure_ended"_s);
    return Message();
}

Message withNote(Message step, const Message& note)
{
    if (note.isEmpty())
        return step;
    const QString code = step.code;
    return Message::sentences({step, note}).withCode(code);
}

Message nextStep(const Debt& d, const CourtFacts& f, int stage, Yen seizable);

} // namespace

// What the creditor can do next and on what grounds (docs/legal-rules.md §7, §13.10), with what an
// ended proceeding leaves.
Message nextCreditorAction(const Debt& d, const CourtFacts& f, int stage, Yen seizable)
{
    return withNote(nextStep(d, f, stage, seizable), endedNote(f, stage));
}

namespace {

Message nextStep(const Debt& d, const CourtFacts& f, int stage, Yen seizable)
{
    // "about ¥70,000 a month", or a plain statement when nothing of the recorded pay is seizable
    // (a pension, no income): the texts below never show "¥0 a month".
    const Message wages =
        seizable > Yen(0)
            ? ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis", "about %1 a month"), {seizable})
            : ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                   "nothing seizable from the recorded income"));
    if (stage == 3) {
        if (f.seizedWages)
            return ca(QT_TRANSLATE_NOOP(
                          "zansai::CaseAnalysis",
                          "A wage seizure has been filed (民事執行法143条, 152条): each payday the "
                          "employer pays the creditor the seizable part of the pay (%1 here) until"
                          " the claim, late interest and costs are paid (民事執行法155条). "
                          "With the same 債務名義 the creditor can also seize bank deposits at any "
                          "time."),
                      {wages})
                .withCode(u"creditor_next.wages_seized"_s);
        if (f.seizedDeposits)
            return ca(QT_TRANSLATE_NOOP(
                          "zansai::CaseAnalysis",
                          "Bank deposits have been seized (民事執行法143条): the creditor collects "
                          "them one week after the order reaches the debtor (民事執行法155条1項). "
                          "With "
                          "the same 債務名義 it can seize wages next (%1, 民事執行法152条) "
                          "and deposits again."),
                      {wages})
                .withCode(u"creditor_next.deposits_seized"_s);
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A seizure has been filed: the creditor collects through the court until the "
                      "claim is paid, and with the same 債務名義 it can seize wages (%1, "
                      "民事執行法152条) and bank deposits at any time."),
                  {wages})
            .withCode(u"creditor_next.seized"_s);
    }
    if (d.kind == DebtKind::Tax || d.lenderKind == LenderKind::PublicAuthority)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "Taxes need no court: once a demand (督促状) has gone unpaid for 10 days the "
                      "tax office can seize wages (国税徴収法76条 limits) and bank deposits "
                      "(国税徴収法47条1項; local taxes likewise). Ask for payment by instalments "
                      "or a "
                      "deferral (換価の猶予) before it does."))
            .withCode(u"creditor_next.tax"_s);
    if (stage == 1)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "Out of court the creditor can only write, call or visit. Its next step is a "
                      "lawsuit or a payment order (支払督促, 民事訴訟法382条) to obtain a 債務名義 "
                      "— "
                      "which also renews the limitation period (民法147条) — and then the seizure "
                      "of "
                      "wages (%1, 民事執行法152条) and bank deposits."),
                  {wages})
            .withCode(u"creditor_next.out_of_court"_s);

    // Stage 2: the most advanced title or proceeding decides.
    if (f.judgmentFinal || f.settlement)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A 債務名義 exists (%1): the creditor can seize wages (%2, "
                      "民事執行法152条) and bank deposits (民事執行法143条) at any time, without "
                      "further notice. The limitation period is now 10 years (民法169条)."),
                  {f.judgmentFinal
                       ? ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                              "a final judgment, 民事執行法22条1号"))
                       : ca(QT_TRANSLATE_NOOP("zansai::CaseAnalysis",
                                              "a court settlement record, 民事執行法22条7号")),
                   wages})
            .withCode(u"creditor_next.final_title"_s);
    if (f.provisional)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "The payment order declared provisionally enforceable is a 債務名義 "
                      "(民事執行法22条4号): the creditor can seize wages (%1, "
                      "民事執行法152条) and bank deposits now. An objection within 2 weeks of "
                      "service "
                      "(民事訴訟法393条) moves the case to a lawsuit but does not stop enforcement "
                      "without a stay (403条); without one the order becomes final like a judgment "
                      "(396条)."),
                  {wages})
            .withCode(u"creditor_next.provisional_enforcement"_s);
    if (f.judgmentServed)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A judgment has been served: it becomes final unless appealed within 2 weeks "
                      "(民事訴訟法285条). A final judgment, or one declared provisionally "
                      "enforceable, lets the creditor seize wages (%1, "
                      "民事執行法152条) and bank deposits (民事執行法22条1号・2号)."),
                  {wages})
            .withCode(u"creditor_next.judgment_served"_s);
    if (f.paymentOrder)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A payment order (支払督促) has been served: 2 weeks after service the "
                      "creditor "
                      "can apply for a declaration of provisional enforcement (民事訴訟法391条) "
                      "and "
                      "then seize wages (%1, 民事執行法152条) and bank deposits at "
                      "once. An objection (督促異議) before the declaration moves the case to an "
                      "ordinary lawsuit (民事訴訟法390条, 395条)."),
                  {wages})
            .withCode(u"creditor_next.payment_order"_s);
    if (f.lawsuit)
        return ca(QT_TRANSLATE_NOOP(
                      "zansai::CaseAnalysis",
                      "A lawsuit is pending: without an answer (答弁書) and absent from the first "
                      "hearing, the claim is deemed admitted (民事訴訟法159条3項) and judgment "
                      "follows. With a judgment the creditor can seize wages (%1, "
                      "民事執行法152条) and bank deposits (民事執行法22条)."),
                  {wages})
            .withCode(u"creditor_next.lawsuit"_s);
    // Only an enforceable deed: a 債務名義 without any lawsuit.
    return ca(QT_TRANSLATE_NOOP(
                  "zansai::CaseAnalysis",
                  "An enforceable notarial deed (執行認諾文言付公正証書) is a 債務名義 "
                  "(民事執行法22条5号): the creditor can seize wages (%1, "
                  "民事執行法152条) and bank deposits without a lawsuit."),
              {wages})
        .withCode(u"creditor_next.enforceable_deed"_s);
}

} // namespace

Message limitationCompletedAction(QDate completedOn)
{
    return ca(QT_TRANSLATE_NOOP(
                  "zansai::CaseAnalysis",
                  "The limitation period completed on %1: once the client invokes it "
                  "(民法145条) — in writing, or in the answer to a suit or the objection "
                  "to a payment order — the claim can no longer be enforced. Pay or "
                  "acknowledge nothing before (最判昭和41年4月20日)."),
              {completedOn})
        .withCode(u"creditor_next.limitation_completed"_s)
        .withArticle(u"民法145条"_s);
}

QList<Deadline> debtDeadlines(const Debt& d, QDate asOf)
{
    using T = DebtEventType;
    QList<Deadline> out;
    auto add = [&](DeadlineKind kind, QDate due, const QString& article, Message why) {
        Deadline dl;
        dl.debtId = d.id;
        dl.kind = kind;
        dl.due = due;
        dl.daysLeft = int(asOf.daysTo(due));
        dl.article = article;
        why.article = article;
        // A passed deadline says so first: what it cost is then a fact, not a risk.
        dl.consequence =
            dl.daysLeft < 0
                ? ca(QT_TRANSLATE_N_NOOP("zansai::CaseAnalysis", "Passed %n day(s) ago. %1"), {why})
                      .withCount(-dl.daysLeft)
                      .withCode(why.code)
                      .withArticle(article)
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
            // An objection filed, a lapse or the end of the matter leaves nothing to meet.
            if (!laterEventOf(d, e.date, asOf,
                              {T::ProvisionalEnforcementServed, T::LawsuitServed, T::JudgmentServed,
                               T::JudgmentFinal, T::CourtSettlement, T::PaymentOrderObjection,
                               T::PaymentOrderLapsed, T::LawsuitWithdrawn, T::LawsuitDismissed}))
                add(DeadlineKind::Objection, law::courtDeadline(e.date, 14), u"民事訴訟法391条"_s,
                    objectionAfterOrderConsequence());
            break;
        case T::ProvisionalEnforcementServed:
            // 民事訴訟法393条: 督促異議 within 2 weeks of service (不変期間), 95条 applied.
            if (!laterEventOf(d, e.date, asOf,
                              {T::JudgmentServed, T::JudgmentFinal, T::CourtSettlement,
                               T::PaymentOrderObjection, T::LawsuitWithdrawn, T::LawsuitDismissed}))
                add(DeadlineKind::Objection, law::courtDeadline(e.date, 14), u"民事訴訟法393条"_s,
                    objectionAfterProvisionalConsequence());
            break;
        case T::JudgmentServed:
            // 民事訴訟法285条: 控訴 within 2 weeks of service of the judgment.
            // A suit withdrawn or dismissed after it leaves no judgment to appeal against.
            if (!laterEventOf(d, e.date, asOf,
                              {T::JudgmentFinal, T::CourtSettlement, T::LawsuitWithdrawn,
                               T::LawsuitDismissed}))
                add(DeadlineKind::Appeal, law::courtDeadline(e.date, 14), u"民事訴訟法285条"_s,
                    appealConsequence());
            break;
        case T::LawsuitServed:
        case T::PaymentOrderObjection:
            // The court fixes the first hearing (after an objection too: 民事訴訟法395条); the
            // answer (答弁書) is due before it (158条, 159条3項). A suit withdrawn or dismissed
            // has no hearing left.
            if (e.hearingOn && e.hearingOn->isValid() &&
                !laterEventOf(d, e.date, asOf,
                              {T::JudgmentServed, T::JudgmentFinal, T::CourtSettlement,
                               T::LawsuitWithdrawn, T::LawsuitDismissed}))
                add(DeadlineKind::Hearing, *e.hearingOn, u"民事訴訟法158条・159条"_s,
                    hearingConsequence());
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace zansai
