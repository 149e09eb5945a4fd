// The spec's codes for each case enum ("company_employee", "housing_loan", "bank", …).
#pragma once

#include "case/Case.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace zansai {

QString toCode(Occupation v);
QString toCode(PayCycle v);
QString toCode(DebtKind v);
QString toCode(LenderKind v);
QString toCode(DayBasis v);
QString toCode(GuarantorKind v);
QString toCode(DebtEventType v);
QString toCode(SeizureTarget v);
QString toCode(SaleKind v);
QString toCode(ClientRole v);
// QString toCode(OptionKind v), fromCode<OptionKind> and allCodes<OptionKind>: case/OptionKind.h

// The spec's keys of "assets", in the order they are read and written (CaseJsonReader/Writer).
struct AssetField {
    const char* key;
    Yen Assets::*member;
};
inline constexpr AssetField kAssetFields[] = {
    {"cash", &Assets::cash},
    {"deposits", &Assets::deposits},
    {"car", &Assets::car},
    {"insurance_surrender", &Assets::insuranceSurrender},
    {"retirement_allowance_estimate", &Assets::retirementAllowanceEstimate},
    {"other", &Assets::other},
};

template <typename E> std::optional<E> fromCode(const QString& code);
template <typename E> QStringList allCodes(); // for messages ("use one of: …") and the wizard

// The specialisations that exist (defined in CaseCodes.cpp), declared before any use.
template <> std::optional<Occupation> fromCode<Occupation>(const QString& code);
template <> std::optional<PayCycle> fromCode<PayCycle>(const QString& code);
template <> std::optional<DebtKind> fromCode<DebtKind>(const QString& code);
template <> std::optional<LenderKind> fromCode<LenderKind>(const QString& code);
template <> std::optional<DayBasis> fromCode<DayBasis>(const QString& code);
template <> std::optional<GuarantorKind> fromCode<GuarantorKind>(const QString& code);
template <> std::optional<DebtEventType> fromCode<DebtEventType>(const QString& code);
template <> std::optional<SeizureTarget> fromCode<SeizureTarget>(const QString& code);
template <> std::optional<SaleKind> fromCode<SaleKind>(const QString& code);
template <> std::optional<ClientRole> fromCode<ClientRole>(const QString& code);
template <> QStringList allCodes<Occupation>();
template <> QStringList allCodes<PayCycle>();
template <> QStringList allCodes<DebtKind>();
template <> QStringList allCodes<LenderKind>();
template <> QStringList allCodes<DayBasis>();
template <> QStringList allCodes<GuarantorKind>();
template <> QStringList allCodes<DebtEventType>();
template <> QStringList allCodes<SeizureTarget>();
template <> QStringList allCodes<SaleKind>();
template <> QStringList allCodes<ClientRole>();

} // namespace zansai
