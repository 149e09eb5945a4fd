// Builders shared by the 消滅時効 tests (LimitationPeriodTest, LimitationWarningsTest).
#pragma once

#include "law/LimitationPeriod.h"

#include <optional>

namespace zansai::law::testsupport {

inline LimitationEvent ev(QDate d, LimitationEventKind k,
                          std::optional<QDate> agreedUntil = std::nullopt)
{
    return LimitationEvent{d, k, agreedUntil};
}

inline LimitationInput loan(LenderKind lender, QDate contract, QDate accelerated, QDate asOf,
                            QList<LimitationEvent> events = {})
{
    return LimitationInput{lender, contract, accelerated, std::move(events), asOf};
}

// T1 (constructed): a bank loan of 2015, accelerated 2019-05-20 → old commercial 5 y → 2024-05-20.
inline LimitationInput t1(QDate asOf, QList<LimitationEvent> events = {})
{
    return loan(LenderKind::Bank, QDate(2015, 4, 1), QDate(2019, 5, 20), asOf, std::move(events));
}

} // namespace zansai::law::testsupport
