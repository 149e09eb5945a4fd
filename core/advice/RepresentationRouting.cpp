#include "advice/RepresentationRouting.h"

namespace zansai {

namespace {

constexpr char kContext[] = "zansai::RepresentationRouting";

const OptionAssessment* governingOption(const Assessment& a)
{
    for (const OptionAssessment& o : a.options)
        if (o.chosen)
            return &o;
    return a.recommended();
}

bool courtMatterRunning(const Assessment& a, const QString& debtId)
{
    for (const Deadline& d : a.deadlines)
        if (d.debtId == debtId && d.daysLeft >= 0)
            return true;
    return false;
}

struct Step {
    law::LegalTask task;
    Message text;
};

Step stepFor(OptionKind k, bool timeBarred)
{
    using law::LegalTask;
    switch (k) {
    case OptionKind::Bankruptcy:
        return {LegalTask::InsolvencyFiling,
                Message(kContext,
                        QT_TRANSLATE_NOOP("zansai::RepresentationRouting", "File for bankruptcy"))
                    .withCode(QStringLiteral("route.step.bankruptcy"))};
    case OptionKind::Rehabilitation:
        return {LegalTask::InsolvencyFiling,
                Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                    "File for individual rehabilitation"))
                    .withCode(QStringLiteral("route.step.rehabilitation"))};
    case OptionKind::VoluntaryArrangement:
        return {LegalTask::OutOfCourtSettlement,
                Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                    "Negotiate a voluntary arrangement"))
                    .withCode(QStringLiteral("route.step.voluntary_arrangement"))};
    case OptionKind::Limitation:
        if (timeBarred)
            return {LegalTask::ClientsOwnAct,
                    Message(kContext,
                            QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                              "Send the limitation notice (signed by the client)"))
                        .withCode(QStringLiteral("route.step.limitation_notice"))};
        break;
    case OptionKind::LumpSum:
        return {LegalTask::ClientsOwnAct,
                Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                    "Offer a lump-sum settlement himself"))
                    .withCode(QStringLiteral("route.step.lump_sum"))};
    case OptionKind::Installment:
    case OptionKind::DoNothing:
        break;
    }
    return {LegalTask::ClientsOwnAct,
            Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                "Ask for installments himself"))
                .withCode(QStringLiteral("route.step.installment"))};
}

} // namespace

QList<DebtRoute> representationRoutes(const Case& c, const Assessment& a)
{
    const OptionAssessment* way = governingOption(a);
    QList<DebtRoute> out;
    for (const DebtAssessment& d : a.debts) {
        DebtRoute r;
        r.debtId = d.id;
        const bool timeBarred = d.limitation.completed && !d.limitation.forfeited;
        OptionKind kind = way ? way->kind : OptionKind::Installment;
        // A limitation option covers only the debts it lists; the rest follow its partner.
        if (kind == OptionKind::Limitation && way && !way->debts.contains(d.id))
            kind = way->combinedWith.value_or(OptionKind::Installment);
        Step s = stepFor(kind, timeBarred);
        if (courtMatterRunning(a, d.id) && s.task != law::LegalTask::InsolvencyFiling)
            s = {law::LegalTask::CourtProceeding,
                 Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                     "Defend the court proceeding"))
                     .withCode(QStringLiteral("route.step.court"))};
        // A tax is settled with the tax office by the taxpayer (納税の猶予・分納の相談).
        if (const Debt* debt = c.debt(d.id); debt && debt->kind == DebtKind::Tax)
            s = {law::LegalTask::ClientsOwnAct,
                 Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                     "Ask the tax office for payment by "
                                                     "installments himself"))
                     .withCode(QStringLiteral("route.step.tax"))};
        r.task = s.task;
        r.step = s.text;
        r.route = law::routeRepresentation(s.task, d.principal, d.balance());
        out << r;
    }
    return out;
}

Message label(law::Representative r)
{
    switch (r) {
    case law::Representative::Client:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("zansai::RepresentationRouting", "The client himself"));
    case law::Representative::CertifiedJudicialScrivener:
        return Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting",
                                                   "Certified judicial scrivener"));
    case law::Representative::Lawyer:
        return Message(kContext, QT_TRANSLATE_NOOP("zansai::RepresentationRouting", "Lawyer"));
    }
    return {};
}

} // namespace zansai
