// The Assessment's own helpers and the spec's codes for its enums. Kept apart from Evaluate.cpp so
// that code reading an Assessment (the UI, the PDF, next steps) links without the option
// comparison.
#include "advice/Assessment.h"

namespace zansai {

using namespace Qt::StringLiterals;

Yen GarnishmentView::seizableFor(const QString& claimClass) const
{
    for (const GarnishmentClassView& g : byClass)
        if (g.claimClass == claimClass)
            return g.monthlySeizable;
    return monthlySeizable;
}

Yen Assessment::totalBalance() const
{
    Yen sum;
    for (const DebtAssessment& d : debts)
        sum += d.balance();
    return sum;
}

const OptionAssessment* Assessment::option(OptionKind k) const
{
    for (const OptionAssessment& o : options)
        if (o.kind == k)
            return &o;
    return nullptr;
}

const OptionAssessment* Assessment::recommended() const
{
    for (const OptionAssessment& o : options)
        if (o.rank == 1)
            return &o;
    return nullptr;
}

QString toCode(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Objection:
        return u"objection"_s;
    case DeadlineKind::Appeal:
        return u"appeal"_s;
    case DeadlineKind::Hearing:
        return u"hearing"_s;
    }
    return {};
}

} // namespace zansai
