#include "advice/AdviceLabels.h"

#include <QCoreApplication>

namespace zansai {

namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(zansai::AdviceLabels)
};
} // namespace

QString displayName(OptionKind k)
{
    switch (k) {
    case OptionKind::Installment: return AdviceText::tr("Installment repayment");
    case OptionKind::LumpSum: return AdviceText::tr("Lump-sum settlement with the servicer");
    case OptionKind::VoluntaryArrangement: return AdviceText::tr("Voluntary debt arrangement");
    case OptionKind::Rehabilitation: return AdviceText::tr("Individual rehabilitation");
    case OptionKind::Bankruptcy: return AdviceText::tr("Personal bankruptcy");
    case OptionKind::Limitation: return AdviceText::tr("Invoking the limitation period");
    case OptionKind::DoNothing: return AdviceText::tr("Doing nothing");
    }
    return {};
}

QString displayName(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Objection: return AdviceText::tr("Objection to the payment order");
    case DeadlineKind::Appeal: return AdviceText::tr("Appeal against the judgment");
    case DeadlineKind::Hearing: return AdviceText::tr("First hearing (answer before it)");
    }
    return {};
}

QString stageName(int stage)
{
    switch (stage) {
    case 1: return AdviceText::tr("Stage 1: collection out of court");
    case 2: return AdviceText::tr("Stage 2: court proceedings or an enforceable title");
    case 3: return AdviceText::tr("Stage 3: seizure filed");
    }
    return AdviceText::tr("Stage %1").arg(stage);
}

QString stageExplanation(int stage)
{
    switch (stage) {
    case 1:
        return AdviceText::tr("The creditor can only write, call or visit; its next step is a "
                              "lawsuit or a payment order.");
    case 2:
        return AdviceText::tr("The creditor is in court or already holds an enforceable title; "
                              "once it has one it can seize wages and bank deposits.");
    case 3:
        return AdviceText::tr("A seizure has been filed: wages or deposits are being taken until "
                              "the debt is paid or the situation is resolved.");
    }
    return {};
}

} // namespace zansai
