// Who may act for the client in a step: the client himself, a 認定司法書士 or a 弁護士.
// docs/legal-rules.md §15. Plain values only (the case is mapped in advice/RepresentationRouting).
//   弁護士法72条: only a lawyer may, for a fee, represent another or mediate in a legal matter
//     (法律事件), unless another law allows it.
//   司法書士法3条1項6号・7号, 2項: a 認定司法書士 may represent in the 簡易裁判所 and negotiate
//     out of court (裁判外の和解) where the 目的の価額 does not exceed the 簡易裁判所's limit
//     (裁判所法33条1項1号: 140万円).
//   最判平成28年6月27日 (民集70巻5号1306頁): the limit is read on each claim's amount as the
//     creditor claims it (債権額), not on what the debtor gains by a plan (受益額) nor on the total
//     of all debts (総額). Disputed point docs/disputed-points.md #19.
//   司法書士法3条1項4号: a 司法書士 may prepare documents to be filed with a court (書類作成);
//     representing the debtor in a 破産・個人再生 filing (地方裁判所) is a lawyer's work.
#pragma once

#include "i18n/Message.h"
#include "money/Yen.h"

#include <QList>

namespace zansai::law {

// 裁判所法33条1項1号, read through 司法書士法3条1項6号・7号.
inline constexpr Yen kScrivenerClaimLimit{1'400'000};

enum class Representative {
    Client,                     // the client acts for himself; nobody represents him
    CertifiedJudicialScrivener, // 認定司法書士 (法務大臣の認定, 司法書士法3条2項)
    Lawyer,                     // 弁護士
};

// What the step is, as the rule needs it.
enum class LegalTask {
    ClientsOwnAct, // a 時効援用通知 he signs and sends, an installment he asks for himself
    OutOfCourtSettlement, // negotiating for him (任意整理, a settlement through an agent)
    CourtProceeding,      // defending him in a lawsuit or a 支払督促 (訴訟代理)
    InsolvencyFiling,     // filing 破産 or 個人再生 for him (申立代理, 地方裁判所)
};

struct RepresentationRoute {
    Representative who = Representative::Client;
    // Why (codes "route.*", docs/reason-codes.md), each with its article; the first is the reason.
    QList<Message> reasons;
    // The principal is within the limit but the balance with late interest is over it: the
    // interest alone takes the claim out of a 司法書士's reach ("route.interest_over_limit").
    bool interestPushesOver = false;
    // The scrivener may still prepare the court papers (書類作成) but not represent.
    bool scrivenerDocumentsOnly = false;
};

// `principal`: the unpaid principal; `claim`: the claim as the creditor would put it today
// (principal + late interest, the balance the results screen shows).
RepresentationRoute routeRepresentation(LegalTask task, Yen principal, Yen claim);

} // namespace zansai::law
