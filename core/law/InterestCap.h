// The 利息制限法 caps on agreed late-payment damages (賠償額の予定).
#pragma once

#include "i18n/Message.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QString>

namespace zansai::law {

struct InterestCapCheck {
    bool exceeds = false;
    Rate cap;
    QString article; // translated citation, e.g. "利息制限法4条1項" (the UI's language)
    QString message; // `text` in the UI's language; empty when the rate is within the cap
    Message text;    // the warning as a Message (code "debt.rate_above_cap"), empty within the cap
};

// 利息制限法4条1項: 1.46 × the 1条 rate: 29.2% for a principal under 10万, 26.28% for 10万 to
// under 100万, 21.9% for 100万 and over (the principal is the loan's 元本).
// 7条1項: for a 営業的金銭消費貸借 (businessLender: the creditor lends as a business) the cap is
// 20% whatever the principal. The part of the rate above the cap is void.
InterestCapCheck checkLateInterestCap(Yen principal, Rate rate, bool businessLender);

} // namespace zansai::law
