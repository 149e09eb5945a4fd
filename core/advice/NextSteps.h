// What the client should do next, most urgent first, derived from the assessment.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "i18n/Message.h"

#include <QList>

namespace zansai {

// Court deadlines first (with their dates), then the recommended option's first action, then the
// standing warnings (no token payments once the limitation is near or complete; court procedures
// go to a lawyer or 司法書士). Codes "next_step.<…>"; narrated by the caller.
QList<Message> nextSteps(const Case& c, const Assessment& a);

} // namespace zansai
