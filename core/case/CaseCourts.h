// The client's courts from the client's address (law/CourtJurisdiction.h), and what that means for
// the practice figures: the bankruptcy thresholds and deposits are 東京地方裁判所 practice
// (law/Bankruptcy.h, used by advice/PracticeAssumptions.h); a client of another court is told so.
#pragma once

#include "case/Case.h"
#include "law/CourtJurisdiction.h"

namespace zansai {

struct CaseCourts {
    law::Courts courts;   // prefectureKnown false: no address, or a prefecture not recognised
    QList<Message> notes; // codes court.unknown, court.practice_differs (docs/reason-codes.md)
};

CaseCourts caseCourts(const Case& c);

} // namespace zansai
