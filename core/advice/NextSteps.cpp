#include "advice/NextSteps.h"

#include "advice/AdviceLabels.h"

#include <QCoreApplication>

namespace zansai {

namespace {
struct StepText {
    Q_DECLARE_TR_FUNCTIONS(zansai::NextSteps)
};

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString creditorOf(const Case& c, const QString& debtId)
{
    const Debt* d = c.debt(debtId);
    return d ? d->creditor : debtId;
}
} // namespace

QStringList nextSteps(const Case& c, const Assessment& a)
{
    QStringList steps;
    for (const Deadline& d : a.deadlines) {
        if (d.daysLeft < 0)
            continue;
        const QString creditor = creditorOf(c, d.debtId);
        switch (d.kind) {
        case DeadlineKind::Objection:
            steps << StepText::tr("By %1 (%2 days left): file an objection (督促異議) to the payment "
                                  "order from %3 at the summary court, or it becomes enforceable.")
                         .arg(isoDate(d.due))
                         .arg(d.daysLeft)
                         .arg(creditor);
            break;
        case DeadlineKind::Appeal:
            steps << StepText::tr("By %1 (%2 days left): decide with a lawyer whether to appeal the "
                                  "judgment for %3; after that date it becomes final.")
                         .arg(isoDate(d.due))
                         .arg(d.daysLeft)
                         .arg(creditor);
            break;
        case DeadlineKind::Hearing:
            steps << StepText::tr("Before the hearing on %1 (%2 days left): send a written answer "
                                  "(答弁書) in the suit by %3, proposing installments if needed; "
                                  "ignoring it leads to a default judgment.")
                         .arg(isoDate(d.due))
                         .arg(d.daysLeft)
                         .arg(creditor);
            break;
        }
    }

    if (const OptionAssessment* best = a.recommended()) {
        switch (best->kind) {
        case OptionKind::Limitation:
            steps << StepText::tr("Send a notice invoking the limitation period by content-certified "
                                  "mail with proof of delivery; do not pay anything before that.");
            break;
        case OptionKind::LumpSum:
            steps << StepText::tr("Offer the servicer a lump sum from the available cash and ask for "
                                  "a written waiver of the rest before paying.");
            break;
        case OptionKind::Installment:
            steps << StepText::tr("Submit the household budget statement to the creditor and "
                                  "propose ¥%1 a month; get the agreement in writing.")
                         .arg(formatYenDigits(best->monthly));
            break;
        case OptionKind::VoluntaryArrangement:
        case OptionKind::Rehabilitation:
        case OptionKind::Bankruptcy:
            steps << StepText::tr("Book a consultation with a lawyer or judicial scrivener for %1; "
                                  "bring the referral sheet and the budget statement.")
                         .arg(displayName(best->kind));
            break;
        case OptionKind::DoNothing:
            break;
        }
    }

    bool limitationNear = false;
    for (const DebtAssessment& d : a.debts)
        if (d.limitation.completed
            || (d.limitation.completesOn.isValid() && a.asOf.daysTo(d.limitation.completesOn) < 365))
            limitationNear = true;
    if (limitationNear)
        steps << StepText::tr("Make no payment, not even a small one, and sign nothing that "
                              "acknowledges the debt until the limitation question is settled: it "
                              "would restart the period or forfeit the defence.");
    if (a.stage >= 2)
        steps << StepText::tr("Court procedures (objections, answers, appeals, stopping "
                              "enforcement) belong with a lawyer or judicial scrivener.");
    return steps;
}

} // namespace zansai
