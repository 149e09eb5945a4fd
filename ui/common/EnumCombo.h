// Combo boxes over the case's enums: the item data is the enum value, the text its translated name
// (core/case/CaseLabels.h). retranslate() renames the items in place, keeping the selection.
#pragma once

#include "case/CaseLabels.h"

#include <QComboBox>
#include <QList>

namespace zansai::ui {

template <typename E>
void fillEnumCombo(QComboBox* combo, const QList<E>& values)
{
    combo->clear();
    for (E v : values)
        combo->addItem(displayName(v), static_cast<int>(v));
}

template <typename E>
void retranslateEnumCombo(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, displayName(static_cast<E>(combo->itemData(i).toInt())));
}

template <typename E>
E enumComboValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E>
void setEnumComboValue(QComboBox* combo, E value)
{
    const int i = combo->findData(static_cast<int>(value));
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace zansai::ui
