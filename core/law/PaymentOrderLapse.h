// 支払督促の失効 (民事訴訟法392条): a payment order lapses when the creditor does not apply for the
// declaration of provisional enforcement within 30 days of when it first could (391条1項: once
// the 2 weeks after service have passed). docs/legal-rules.md §1.3, §12.9.
#pragma once

#include <QDate>

namespace zansai::law {

struct PaymentOrderLapse {
    QDate objectionEnds; // last day of the 2 weeks after service (391条1項; 95条3項 applied)
    QDate canApplyFrom;  // the creditor may apply from the start of this day
    QDate lastDay; // the 30th day counting canApplyFrom itself (民法140条ただし書), moved
                   // to the next open day (民事訴訟法95条3項); the order lapses at its end
};

// Served 2024-06-03 → 2 weeks end 2024-06-17 → may apply from 2024-06-18 → last day 2024-07-17.
PaymentOrderLapse paymentOrderLapse(QDate served);

} // namespace zansai::law
