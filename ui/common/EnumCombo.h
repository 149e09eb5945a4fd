// Combo boxes over the case's enums: the item data is the enum value, the text its translated name
// (core/case/CaseLabels.h). retranslate() renames the items in place, keeping the selection.
#pragma once

#include "case/CaseLabels.h"

#include <QComboBox>
#include <QList>

namespace zansai::ui {

template <typename E> void fillEnumCombo(QComboBox* combo, const QList<E>& values)
{
    combo->clear();
    for (E v : values)
        combo->addItem(displayName(v), static_cast<int>(v));
}

// Every occupation, in the order the interview offers them (the ordinary ones first, then the
// licences that bankruptcy restricts).
inline const QList<Occupation>& interviewOccupations()
{
    static const QList<Occupation> all{Occupation::CompanyEmployee,
                                       Occupation::PublicServant,
                                       Occupation::SelfEmployed,
                                       Occupation::PartTime,
                                       Occupation::Pensioner,
                                       Occupation::Unemployed,
                                       Occupation::SecurityGuard,
                                       Occupation::InsuranceAgent,
                                       Occupation::RealEstateAgent,
                                       Occupation::Shihoshoshi,
                                       Occupation::TaxAccountant,
                                       Occupation::Lawyer,
                                       Occupation::Accountant,
                                       Occupation::AdministrativeScrivener,
                                       Occupation::SocialInsuranceLabourConsultant,
                                       Occupation::MoneyLender,
                                       Occupation::Other};
    return all;
}

template <typename E> void retranslateEnumCombo(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, displayName(static_cast<E>(combo->itemData(i).toInt())));
}

template <typename E> E enumComboValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E> void setEnumComboValue(QComboBox* combo, E value)
{
    const int i = combo->findData(static_cast<int>(value));
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace zansai::ui
