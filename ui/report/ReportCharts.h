// The charts of the case summary, as vector drawings for PagedDocument (via ui/charts), titled in
// the paper's language.
#pragma once

#include "advice/Assessment.h"
#include "i18n/Narrator.h"
#include "report/PagedDocument.h"

namespace zansai::ui {

Drawing balanceChartDrawing(const Assessment& a, const Narrator& n);
Drawing monthlyChartDrawing(const Assessment& a, const Narrator& n);
Drawing interestChartDrawing(const Assessment& a, const Narrator& n);

} // namespace zansai::ui
