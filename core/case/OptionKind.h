// The ways out the advice compares, and the one the consultant may choose for the case
// (Case::chosenOption, "chosen_option"). Kept with the case, not the advice, so that the case and
// its file format do not depend on the option comparison.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace zansai {

enum class OptionKind {
    Installment,
    LumpSum,
    VoluntaryArrangement,
    Rehabilitation,
    Bankruptcy,
    Limitation,
    DoNothing,
};

// The spec's codes: "installment", "lump_sum", "voluntary_arrangement", "rehabilitation",
// "bankruptcy", "limitation", "do_nothing" (defined with the other codes in CaseCodes.cpp).
QString toCode(OptionKind k);
template <typename E> std::optional<E> fromCode(const QString& code); // as in CaseCodes.h
template <typename E> QStringList allCodes();
template <> std::optional<OptionKind> fromCode<OptionKind>(const QString& code);
template <> QStringList allCodes<OptionKind>();

} // namespace zansai
