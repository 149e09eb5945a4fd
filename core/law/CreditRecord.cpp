#include "law/CreditRecord.h"

#include <QCoreApplication>

#include <algorithm>

namespace zansai::law {

namespace {
struct CreditText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CreditRecord)
};

// Months of payments as whole years, rounded up (a 40-month plan ends in the 4th year).
int yearsOf(int months)
{
    return months <= 0 ? 0 : (months + 11) / 12;
}
} // namespace

QString bureauName(Bureau b)
{
    switch (b) {
    case Bureau::Cic:
        return QStringLiteral("CIC");
    case Bureau::Jicc:
        return QStringLiteral("JICC");
    case Bureau::Ksc:
        return QStringLiteral("KSC");
    }
    return {};
}

CreditRecordResult creditRecord(CreditEvent event, int monthsUntilSettled, int kscGazetteYears)
{
    CreditRecordResult r;
    const int afterPayments = yearsOf(monthsUntilSettled) + kContractEndYears;
    auto add = [&r](Bureau b, int years, bool indefinite = false) {
        r.bureaus.append({b, indefinite ? 0 : years, indefinite});
    };
    switch (event) {
    case CreditEvent::Unpaid:
        add(Bureau::Cic, 0, true);
        add(Bureau::Jicc, 0, true);
        add(Bureau::Ksc, 0, true);
        r.note = CreditText::tr("The default stays on record while the debt is unpaid: CIC and "
                                "JICC keep it during the contract and 5 years after it ends; KSC "
                                "counts its 5 years from payment in full, so an unpaid balance "
                                "stays on record indefinitely.");
        break;
    case CreditEvent::PaidInFull:
    case CreditEvent::VoluntaryArrangement:
        add(Bureau::Cic, afterPayments);
        add(Bureau::Jicc, afterPayments);
        add(Bureau::Ksc, afterPayments);
        r.note = CreditText::tr("CIC, JICC and KSC: 5 years after the last payment (years "
                                "from now: %1).")
                     .arg(afterPayments);
        break;
    case CreditEvent::Rehabilitation:
    case CreditEvent::Bankruptcy: {
        // CIC/JICC: 5 years after the plan is paid (再生) or the discharge (破産, about now).
        add(Bureau::Cic, afterPayments);
        add(Bureau::Jicc, afterPayments);
        // KSC: the 官報 entry from the 開始決定 (about now), or its transaction record 5 years
        // after the last payment, whichever is later.
        add(Bureau::Ksc, std::max(kscGazetteYears, afterPayments));
        r.note = CreditText::tr("CIC and JICC: 5 years after the last payment or the discharge. "
                                "KSC: the official gazette entry for %1 years from the order "
                                "commencing the procedure (older sources say 10 years; we use "
                                "the members' current notice: reference §12.6).")
                     .arg(kscGazetteYears);
        break;
    }
    case CreditEvent::LimitationInvoked:
        add(Bureau::Cic, kContractEndYears);
        add(Bureau::Jicc, kContractEndYears);
        add(Bureau::Ksc, kContractEndYears);
        r.note = CreditText::tr("JICC records an invocation the creditor accepts as payment in "
                                "full on that day; CIC and KSC count 5 years from the end of the "
                                "contract. Until the creditor reports it, the default stays.");
        break;
    }
    for (const BureauRecord& b : r.bureaus) {
        r.indefinite = r.indefinite || b.indefinite;
        r.years = std::max(r.years, b.years);
    }
    return r;
}

} // namespace zansai::law
