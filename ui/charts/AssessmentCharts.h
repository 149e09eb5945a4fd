// Every Qt Charts use of the app is here (Qt Charts is deprecated after Qt 6.10: one place to
// replace). Charts are built from an Assessment with no widget, so the results screen shows them
// in a QChartView and the PDF paints them as vectors.
#pragma once

#include "advice/Assessment.h"
#include "i18n/Narrator.h"

#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace zansai::ui::charts {

// The debt left under each option, month 0 to 120 (x axis in years).
QChart* balanceChart(const Assessment& a, const Narrator& n);
// The monthly payment of each eligible option (bars).
QChart* monthlyPaymentChart(const Assessment& a, const Narrator& n);
// Late interest accumulating if nothing is done (10 years).
QChart* lateInterestChart(const Assessment& a, const Narrator& n);

// The same charts brought up to date in place (same series, new values and axis ranges), so the
// results screen can redraw them while the installment slider moves. False when the series differ
// (other options eligible, or another language): build a new chart then. Screen only: the names
// are compared in the UI's language.
bool updateBalanceChart(QChart* chart, const Assessment& a);
bool updateMonthlyPaymentChart(QChart* chart, const Assessment& a);
bool updateLateInterestChart(QChart* chart, const Assessment& a);

// Paints `chart` into `target` as vectors (no pixmap); the chart is sized to a legible logical
// size first and scaled into the target, so fonts keep their proportions on paper.
void paintChart(QChart* chart, QPainter* painter, const QRectF& target);

// A QChartView for the screen; takes ownership of the chart.
QWidget* chartView(QChart* chart, QWidget* parent = nullptr);

} // namespace zansai::ui::charts
