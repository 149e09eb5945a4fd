// The charts of the case summary, as vector drawings for PagedDocument (via ui/charts).
#pragma once

#include "advice/Assessment.h"
#include "report/PagedDocument.h"

namespace zansai::ui {

Drawing balanceChartDrawing(const Assessment& a);
Drawing monthlyChartDrawing(const Assessment& a);
Drawing interestChartDrawing(const Assessment& a);

} // namespace zansai::ui
