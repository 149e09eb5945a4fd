#include "law/InterestCap.h"

#include <QCoreApplication>

namespace zansai::law {

namespace {
struct InterestCapText {
    Q_DECLARE_TR_FUNCTIONS(zansai::law::InterestCap)
};
} // namespace

InterestCapCheck checkLateInterestCap(Yen principal, Rate rate, bool businessLender)
{
    InterestCapCheck c;
    if (businessLender) {
        // 利息制限法7条1項: 年2割 for 営業的金銭消費貸借, regardless of the principal.
        c.cap = Rate::percent(20);
        c.article = InterestCapText::tr("Interest Rate Restriction Act, art. 7(1)");
    } else {
        // 利息制限法4条1項 = 1.46 × 1条 (20% / 18% / 15%).
        if (principal < Yen(100'000))
            c.cap = Rate(2920, 10'000); // 29.2%
        else if (principal < Yen(1'000'000))
            c.cap = Rate(2628, 10'000); // 26.28%
        else
            c.cap = Rate(2190, 10'000); // 21.9%
        c.article = InterestCapText::tr("Interest Rate Restriction Act, art. 4(1)");
    }
    c.exceeds = rate > c.cap;
    if (c.exceeds)
        c.message =
            InterestCapText::tr("The late-interest rate of %1% exceeds the cap of %2% under "
                                "%3; the part above the cap is void.")
                .arg(rate.toPercentString(), c.cap.toPercentString(), c.article);
    return c;
}

} // namespace zansai::law
