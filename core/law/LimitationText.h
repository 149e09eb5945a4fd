// The words of the limitation computation (law/LimitationPeriod.h), kept as Messages in the
// context "zansai::Limitation": written lt(QT_TRANSLATE_NOOP("zansai::Limitation", "…")) so lupdate
// reads them, with fill() for their arguments (dates, years, nested messages), and narrated later
// for the screen's or the paper's language (i18n/Narrator.h). Nothing is translated at compute
// time.
#pragma once

#include "i18n/Message.h"
#include "law/LimitationPeriod.h"

namespace zansai::law {

inline constexpr char kLimitationContext[] = "zansai::Limitation";

// A step or warning text: `source` is the QT_TRANSLATE_NOOP literal.
inline Message lt(const char* source)
{
    return Message(kLimitationContext, source);
}

// The same with its arguments (%1…%n, QString::arg semantics when narrated).
inline Message fill(Message m, QList<MessageArg> args)
{
    m.args = std::move(args);
    return m;
}

// The event as a step names it ("Payment", "Lawsuit served", …).
Message eventName(LimitationEventKind k);

} // namespace zansai::law
