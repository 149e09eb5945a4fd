#include "law/Bankruptcy.h"

#include "law/Period.h"

namespace zansai::law {

namespace {

EstateItemResult cashItem(Yen cash)
{
    EstateItemResult r;
    r.item = EstateItem::Cash;
    r.value = cash;
    r.counted = cash;
    r.overLimit = cash >= kSummaryDismissalCashLimit; // Tokyo practice: 33万 or more → 管財
    r.lost = Yen::max(Yen(0), cash - kFreeCash);      // 破産法34条3項1号: 99万 stays free
    return r;
}

EstateItemResult otherItem(EstateItem item, Yen value)
{
    EstateItemResult r;
    r.item = item;
    r.value = value;
    r.counted = value;
    if (item == EstateItem::RetirementAllowance) {
        // Tokyo practice: a future 退職金 counts at 1/8 of the estimate (円未満切捨て).
        r.counted = value.mulDiv(1, kRetirementCountedDivisor, Rounding::Truncate);
    }
    // Tokyo practice (拡張基準): an item counted below 20万 is left to the debtor; at 20万 or more
    // it goes to the estate (for 退職金, the counted 1/8 is paid in).
    r.overLimit = r.counted >= kSummaryDismissalAssetLimit;
    r.lost = r.overLimit ? r.counted : Yen(0);
    return r;
}

} // namespace

BankruptcyEstateResult assessBankruptcyEstate(const BankruptcyEstate& e, bool dischargeBarSuspected)
{
    BankruptcyEstateResult r;
    r.dischargeBarSuspected = dischargeBarSuspected;
    const QList<EstateItemResult> all = {
        cashItem(e.cash),
        otherItem(EstateItem::Deposits, e.deposits),
        otherItem(EstateItem::Car, e.car),
        otherItem(EstateItem::InsuranceSurrender, e.insuranceSurrender),
        otherItem(EstateItem::RetirementAllowance, e.retirementAllowanceEstimate),
        otherItem(EstateItem::Other, e.other),
    };
    bool overLimit = false;
    for (const EstateItemResult& item : all) {
        if (item.value.isZero())
            continue;
        r.items.append(item);
        r.lost += item.lost;
        overLimit = overLimit || item.overLimit;
    }
    r.stream = (overLimit || dischargeBarSuspected) ? BankruptcyStream::SmallAdministration
                                                    : BankruptcyStream::SummaryDismissal;
    r.courtDeposit = kGazetteFee;
    if (r.stream == BankruptcyStream::SmallAdministration)
        r.courtDeposit += kSmallAdministrationDeposit;
    return r;
}

DischargeBarResult sevenYearDischargeBar(std::optional<QDate> priorDischargeFinalOn, QDate filing)
{
    DischargeBarResult r;
    if (!priorDischargeFinalOn || !priorDischargeFinalOn->isValid())
        return r;
    // 破産法252条1項10号 「7年以内」: counted by 民法140条・143条 from the 確定 date.
    r.periodEnds = periodEndYears(*priorDischargeFinalOn, kDischargeBarYears);
    r.firstClearFiling = r.periodEnds.addDays(1);
    r.applies = filing <= r.periodEnds;
    return r;
}

DischargeBarWindow sevenYearDischargeBarWindow(std::optional<QDate> priorDischargeFinalOn,
                                               QDate from, QDate to)
{
    DischargeBarWindow w;
    if (!from.isValid() || !to.isValid())
        return w;
    // Every day is asked the 10号 question on its own (the window is the preparation time, about
    // 60 days), so the answer is exactly what a filing on that day would meet.
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DischargeBarResult r = sevenYearDischargeBar(priorDischargeFinalOn, d);
        w.periodEnds = r.periodEnds;
        if (r.applies) {
            ++w.barredDays;
            if (!w.firstBarredDay.isValid())
                w.firstBarredDay = d;
            w.lastBarredDay = d;
        } else if (!w.firstClearFiling.isValid()) {
            w.firstClearFiling = d;
        }
    }
    return w;
}

QString nonDischargeableArticle(NonDischargeable ground)
{
    return QStringLiteral("破産法253条1項%1号").arg(static_cast<int>(ground));
}

} // namespace zansai::law
