// Who may do each debt's next step (the referral sheet's route column): the client himself, a
// 認定司法書士 or a 弁護士. Maps the case and its assessment onto law/LegalRepresentation.h
// (docs/legal-rules.md §15, docs/papers.md).
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "i18n/Message.h"
#include "law/LegalRepresentation.h"

#include <QList>
#include <QString>

namespace zansai {

struct DebtRoute {
    QString debtId;
    law::LegalTask task = law::LegalTask::ClientsOwnAct;
    Message step; // the step in words ("route.step.*"), e.g. "Send the limitation notice himself"
    law::RepresentationRoute route;
};

// One route per assessed debt, in the assessment's order. The step is decided by, in turn:
// a court deadline still running on the debt (defending it: CourtProceeding, unless the way out is
// an insolvency filing); the way out the consultant chose (Case::chosenOption), else the
// recommended one: 破産・個人再生 → InsolvencyFiling; 任意整理 → OutOfCourtSettlement; 時効援用
// of a debt it covers, 分割, 一括和解 and doing nothing → the client's own act. A limitation option
// that leaves a debt out routes that debt by the option it is combined with. The amount is the
// debt's balance with late interest as of the assessment, the same as on the screen.
QList<DebtRoute> representationRoutes(const Case& c, const Assessment& a);

// "Client himself", "Certified judicial scrivener", "Lawyer" (translated when narrated).
Message label(law::Representative r);

} // namespace zansai
