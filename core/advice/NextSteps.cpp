#include "advice/NextSteps.h"

#include "advice/AdviceLabels.h"
#include "case/DebtName.h"

#include <QCoreApplication>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {
constexpr char kContext[] = "zansai::NextSteps";

Message step(const char* source, const QString& code, QList<MessageArg> args = {})
{
    return Message(kContext, source, std::move(args)).withCode(code);
}
} // namespace

QList<Message> nextSteps(const Case& c, const Assessment& a)
{
    QList<Message> steps;
    const QHash<QString, Message> names = debtNames(c);
    for (const Deadline& d : a.deadlines) {
        if (d.daysLeft < 0)
            continue;
        const Message creditor = names.value(d.debtId, Message::verbatim(d.debtId));
        switch (d.kind) {
        case DeadlineKind::Objection:
            steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                            "By %1 (%2 days left): file an objection (督促異議) to "
                                            "the payment order from %3 at the summary court, or it "
                                            "becomes enforceable."),
                          u"next_step.objection"_s, {d.due, d.daysLeft, creditor})
                         .withArticle(d.article);
            break;
        case DeadlineKind::Appeal:
            steps << step(
                         QT_TRANSLATE_NOOP("zansai::NextSteps",
                                           "By %1 (%2 days left): decide with a lawyer whether to "
                                           "appeal the judgment for %3; after that date it becomes "
                                           "final."),
                         u"next_step.appeal"_s, {d.due, d.daysLeft, creditor})
                         .withArticle(d.article);
            break;
        case DeadlineKind::Hearing:
            steps << step(QT_TRANSLATE_NOOP(
                              "zansai::NextSteps",
                              "Before the hearing on %1 (%2 days left): send a written "
                              "answer (答弁書) in the suit by %3, proposing "
                              "installments if needed; ignoring it leads to a default "
                              "judgment."),
                          u"next_step.hearing"_s, {d.due, d.daysLeft, creditor})
                         .withArticle(d.article);
            break;
        }
    }

    if (const OptionAssessment* best = a.recommended()) {
        switch (best->kind) {
        case OptionKind::Limitation:
            steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                            "Send a notice invoking the limitation period by "
                                            "content-certified mail with proof of delivery; do not "
                                            "pay anything before that."),
                          u"next_step.invoke_limitation"_s)
                         .withArticle(u"民法145条"_s);
            // A plan of payments names its monthly and months; a way out with none (自己破産,
            // a lump sum) is named alone, never as "0 yen a month for 0 months".
            if (best->combinedWith && best->months > 0)
                steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                                "Then, for the debts that are not time-barred: "
                                                "%1 (%2 a month for %3 months)."),
                              u"next_step.then_for_the_rest"_s,
                              {label(*best->combinedWith), best->monthly, best->months});
            else if (best->combinedWith)
                steps << step(
                    QT_TRANSLATE_NOOP("zansai::NextSteps",
                                      "Then, for the debts that are not time-barred: %1."),
                    u"next_step.then_for_the_rest"_s, {label(*best->combinedWith)});
            break;
        case OptionKind::LumpSum:
            steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                            "Offer the servicer a lump sum from the available cash "
                                            "and ask for a written waiver of the rest before "
                                            "paying."),
                          u"next_step.offer_lump_sum"_s);
            break;
        case OptionKind::Installment:
            // The template writes its own "¥": the digits go in verbatim.
            steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                            "Submit the household budget statement to the creditor "
                                            "and propose ¥%1 a month; get the agreement in "
                                            "writing."),
                          u"next_step.propose_installment"_s, {formatYenDigits(best->monthly)});
            break;
        case OptionKind::VoluntaryArrangement:
        case OptionKind::Rehabilitation:
        case OptionKind::Bankruptcy:
            steps << step(
                QT_TRANSLATE_NOOP("zansai::NextSteps",
                                  "Book a consultation with a lawyer or judicial scrivener "
                                  "for %1; bring the referral sheet and the budget "
                                  "statement."),
                u"next_step.book_professional"_s, {label(best->kind)});
            break;
        case OptionKind::DoNothing:
            break;
        }
    }

    bool limitationNear = false;
    for (const DebtAssessment& d : a.debts)
        if (d.limitation.completed ||
            (d.limitation.completesOn.isValid() && a.asOf.daysTo(d.limitation.completesOn) < 365))
            limitationNear = true;
    if (limitationNear)
        steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                        "Make no payment, not even a small one, and sign nothing "
                                        "that acknowledges the debt until the limitation question "
                                        "is settled: it would restart the period or forfeit the "
                                        "defence."),
                      u"next_step.no_payment"_s)
                     .withArticle(u"民法152条1項"_s);
    if (a.stage >= 2)
        steps << step(QT_TRANSLATE_NOOP("zansai::NextSteps",
                                        "Court procedures (objections, answers, appeals, stopping "
                                        "enforcement) belong with a lawyer or judicial scrivener."),
                      u"next_step.court_professional"_s);
    return steps;
}

} // namespace zansai
