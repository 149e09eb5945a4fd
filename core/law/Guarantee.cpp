#include "law/Guarantee.h"

#include "law/Period.h"

namespace zansai::law {

GuarantorNoticeResult guarantorNotice(const GuarantorNoticeInput& in)
{
    GuarantorNoticeResult r;
    // 附則21条1項: a guarantee contracted before the reform keeps the old law (no duty to tell).
    if (!in.individualGuarantor || !in.guaranteeContractDate.isValid() ||
        in.guaranteeContractDate < kGuarantorNoticeRuleFrom || !in.principalLostBenefitOn.isValid())
        return r;
    r.applies = true;
    const QDate learned =
        in.creditorLearnedOn.isValid() ? in.creditorLearnedOn : in.principalLostBenefitOn;
    // 「知った時から2箇月以内」: 民法140条 (the first day not counted) and 143条.
    r.noticeDeadline = periodEndMonths(learned, kGuarantorNoticeMonths);
    r.noticeTimely =
        in.noticeGivenOn && in.noticeGivenOn->isValid() && *in.noticeGivenOn <= r.noticeDeadline;
    if (r.noticeTimely)
        return r;
    // 2項: the late interest "from the loss until the notice is actually given" is not claimable.
    // Late interest runs from the day after the loss; the notice day itself is claimable again.
    r.barredFrom = in.principalLostBenefitOn.addDays(1);
    r.barredThrough =
        (in.noticeGivenOn && in.noticeGivenOn->isValid()) ? in.noticeGivenOn->addDays(-1) : in.asOf;
    if (r.barredThrough < r.barredFrom)
        r.barredFrom = r.barredThrough = QDate();
    return r;
}

} // namespace zansai::law
