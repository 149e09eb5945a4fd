// 国税通則法72条1項・2項 (地方税法18条): the right to collect a tax lapses 5 years after the
// statutory due date; 73条 (renewal by demand notices, seizure, partial payment) is not evaluated
// here.
#include "law/TaxLimitation.h"

#include "law/LimitationText.h"
#include "law/Period.h"

#include <QCoreApplication>

namespace zansai::law {

// Taxes are not under the civil-law regime: 国税通則法72条 (地方税法18条 likewise).
LimitationResult taxLimitation(const LimitationInput& in)
{
    LimitationResult r;
    r.years = 5;
    r.basis = LimitationBasis::New;
    r.completesOn = periodEndYears(in.acceleratedOn, 5); // 国税通則法72条1項・3項 → 民法140条
    r.completed = in.asOf.isValid() && in.asOf > r.completesOn;
    r.steps.append(LimitationStep{
        in.acceleratedOn, QStringLiteral("国税通則法72条1項・2項、地方税法18条"),
        fill(
            lt(QT_TRANSLATE_NOOP(
                "zansai::Limitation",
                "Taxes are not under the civil-law limitation: the right to collect lapses 5 years "
                "after the statutory due date (taken as %1), so on %2 before any renewal. No "
                "invocation is needed and it cannot be waived.")),
            {in.acceleratedOn, r.completesOn})});
    if (!in.events.isEmpty())
        r.steps.append(LimitationStep{
            in.acceleratedOn, QStringLiteral("国税通則法73条"),
            lt(QT_TRANSLATE_NOOP(
                "zansai::Limitation",
                "Renewal and suspension of a tax claim follow 国税通則法73条 (demand notices, "
                "seizure, partial payment…): the recorded events were not evaluated."))});
    r.warnings.append(
        fill(lt(QT_TRANSLATE_NOOP(
                 "zansai::Limitation",
                 "Taxes: %1 is the 5-year date before any renewal by a demand notice, "
                 "seizure or payment, which this calculation does not evaluate. Ask the "
                 "tax office before relying on it.")),
             {r.completesOn}));
    return r;
}

} // namespace zansai::law
