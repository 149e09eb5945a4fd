#include "advice/AdviceLabels.h"

#include "i18n/Narrator.h"

#include <QCoreApplication>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {
constexpr char kContext[] = "zansai::AdviceLabels";

Message al(const char* source, QList<MessageArg> args = {})
{
    return Message(kContext, source, std::move(args));
}
} // namespace

Message label(OptionKind k)
{
    switch (k) {
    case OptionKind::Installment:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Installment repayment"));
    case OptionKind::LumpSum:
        return al(
            QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Lump-sum settlement with the servicer"));
    case OptionKind::VoluntaryArrangement:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Voluntary debt arrangement"));
    case OptionKind::Rehabilitation:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Individual rehabilitation"));
    case OptionKind::Bankruptcy:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Personal bankruptcy"));
    case OptionKind::Limitation:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Invoking the limitation period"));
    case OptionKind::DoNothing:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Doing nothing"));
    }
    return {};
}

Message label(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Objection:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Objection to the payment order"));
    case DeadlineKind::Appeal:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Appeal against the judgment"));
    case DeadlineKind::Hearing:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "First hearing (answer before it)"));
    }
    return {};
}

Message stageLabel(int stage)
{
    switch (stage) {
    case 1:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Stage 1: collection out of court"));
    case 2:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels",
                                    "Stage 2: court proceedings or an enforceable title"));
    case 3:
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Stage 3: seizure filed"));
    }
    return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Stage %1"), {stage});
}

Message stageExplanationLabel(int stage)
{
    switch (stage) {
    case 1:
        return al(
            QT_TRANSLATE_NOOP("zansai::AdviceLabels",
                              "The creditor can only write, call or visit; its next step is a "
                              "lawsuit or a payment order."));
    case 2:
        return al(
            QT_TRANSLATE_NOOP("zansai::AdviceLabels",
                              "The creditor is in court or already holds an enforceable title; "
                              "once it has one it can seize wages and bank deposits."));
    case 3:
        return al(
            QT_TRANSLATE_NOOP("zansai::AdviceLabels",
                              "A seizure has been filed: wages or deposits are being taken until "
                              "the debt is paid or the situation is resolved."));
    }
    return {};
}

Message limitationStatusLabel(const LimitationView& l)
{
    // Invoked first: a debt whose limitation was invoked is "invoked" everywhere, not "completed".
    if (l.invoked)
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Invoked"))
            .withCode(u"limitation.status.invoked"_s)
            .withArticle(u"民法145条"_s);
    if (l.forfeited)
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels",
                                    "Lost by a later payment or acknowledgment"))
            .withCode(u"limitation.status.forfeited"_s)
            .withArticle(u"最判昭和41年4月20日"_s);
    if (l.completed)
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Completed: can be invoked"))
            .withCode(u"limitation.status.completed"_s)
            .withArticle(u"民法145条"_s);
    if (l.pendingProceeding)
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Suspended while in court"))
            .withCode(u"limitation.status.pending"_s)
            .withArticle(u"民法147条・148条"_s);
    if (!l.completesOn.isValid())
        return al(QT_TRANSLATE_NOOP("zansai::AdviceLabels", "Not applicable"))
            .withCode(u"limitation.status.not_applicable"_s);
    return Message(kContext, QT_TRANSLATE_N_NOOP("zansai::AdviceLabels", "Running (%n year(s))"))
        .withCount(l.years)
        .withCode(u"limitation.status.running"_s);
}

QString displayName(OptionKind k)
{
    return uiNarrator().text(label(k));
}

QString displayName(DeadlineKind k)
{
    return uiNarrator().text(label(k));
}

QString stageName(int stage)
{
    return uiNarrator().text(stageLabel(stage));
}

QString stageExplanation(int stage)
{
    return uiNarrator().text(stageExplanationLabel(stage));
}

} // namespace zansai
