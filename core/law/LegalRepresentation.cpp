#include "law/LegalRepresentation.h"

namespace zansai::law {

namespace {

constexpr char kContext[] = "zansai::law::LegalRepresentation";

Message clientSelf()
{
    return Message(kContext, QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                               "The client does this himself: it needs no "
                                               "representative, and the consultant only "
                                               "informs (a fee for acting in it would be a "
                                               "lawyer's work)."))
        .withCode(QStringLiteral("route.client_self"))
        .withArticle(QStringLiteral("弁護士法72条"));
}

Message withinLimit(LegalTask task, Yen claim)
{
    const bool court = task == LegalTask::CourtProceeding;
    return Message(kContext,
                   court ? QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                             "The claim (%1) is at most %2: a certified judicial "
                                             "scrivener may represent the client in the summary "
                                             "court.")
                         : QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                             "The claim (%1) is at most %2: a certified judicial "
                                             "scrivener may negotiate for the client."),
                   {claim, kScrivenerClaimLimit})
        .withCode(QStringLiteral("route.scrivener"))
        .withArticle(court ? QStringLiteral("司法書士法3条1項6号")
                           : QStringLiteral("司法書士法3条1項7号"));
}

Message overLimit(Yen claim)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                     "The claim (%1) is over %2: only a lawyer may "
                                     "represent the client (the limit is read on "
                                     "this claim alone, not on the total of the debts)."),
                   {claim, kScrivenerClaimLimit})
        .withCode(QStringLiteral("route.over_limit"))
        .withArticle(QStringLiteral("司法書士法3条1項7号・弁護士法72条"));
}

Message interestOver(Yen principal, Yen claim)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                     "Warning: the principal (%1) is within %2, but "
                                     "with the late interest the claim is %3 — over the "
                                     "limit. The interest grows every month."),
                   {principal, kScrivenerClaimLimit, claim})
        .withCode(QStringLiteral("route.interest_over_limit"))
        .withArticle(QStringLiteral("司法書士法3条1項7号"));
}

} // namespace

RepresentationRoute routeRepresentation(LegalTask task, Yen principal, Yen claim)
{
    RepresentationRoute r;
    switch (task) {
    case LegalTask::ClientsOwnAct:
        r.who = Representative::Client;
        r.reasons << clientSelf();
        return r;
    case LegalTask::InsolvencyFiling:
        // 破産法・民事再生法 filings go to the 地方裁判所, outside 司法書士法3条1項6号.
        r.who = Representative::Lawyer;
        r.scrivenerDocumentsOnly = true;
        r.reasons << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                               "Filing for bankruptcy or rehabilitation for the "
                                               "client is a lawyer's work, whatever the amount."))
                         .withCode(QStringLiteral("route.insolvency_lawyer"))
                         .withArticle(QStringLiteral("弁護士法72条"));
        r.reasons << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::law::LegalRepresentation",
                                               "A judicial scrivener may only prepare the court "
                                               "papers (the client files them himself)."))
                         .withCode(QStringLiteral("route.scrivener_documents_only"))
                         .withArticle(QStringLiteral("司法書士法3条1項4号"));
        return r;
    case LegalTask::OutOfCourtSettlement:
    case LegalTask::CourtProceeding:
        break;
    }
    // 最判平成28年6月27日: each claim's own amount (債権額), as claimed today.
    if (claim <= kScrivenerClaimLimit) {
        r.who = Representative::CertifiedJudicialScrivener;
        r.reasons << withinLimit(task, claim);
        return r;
    }
    r.who = Representative::Lawyer;
    r.reasons << overLimit(claim);
    if (principal <= kScrivenerClaimLimit) {
        r.interestPushesOver = true;
        r.reasons << interestOver(principal, claim);
    }
    return r;
}

} // namespace zansai::law
