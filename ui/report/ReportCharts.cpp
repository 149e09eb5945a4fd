#include "report/ReportCharts.h"

#include "charts/AssessmentCharts.h"

#include <QChart>
#include <memory>

namespace zansai::ui {

namespace {
// Each drawing owns its chart (built once, painted on whichever page it lands).
Drawing drawingOf(QChart* chart)
{
    std::shared_ptr<QChart> owned(chart);
    return [owned](QPainter* p, const QRectF& r) { charts::paintChart(owned.get(), p, r); };
}
} // namespace

Drawing balanceChartDrawing(const Assessment& a, const Narrator& n)
{
    return drawingOf(charts::balanceChart(a, n));
}

Drawing monthlyChartDrawing(const Assessment& a, const Narrator& n)
{
    return drawingOf(charts::monthlyPaymentChart(a, n));
}

Drawing interestChartDrawing(const Assessment& a, const Narrator& n)
{
    return drawingOf(charts::lateInterestChart(a, n));
}

} // namespace zansai::ui
