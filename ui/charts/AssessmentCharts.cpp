#include "charts/AssessmentCharts.h"

#include "advice/AdviceLabels.h"
#include "i18n/Narrator.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace zansai::ui::charts {

namespace {

// Titles and axes in the narrator's language (the UI's on screen, the paper's in a PDF).
constexpr char kContext[] = "zansai::ui::charts";

// Amounts are plotted in units of 10,000 yen (万円), as consultants and clients speak of them.
// The division is for drawing only; no money is computed here.
double man(Yen y)
{
    return double(y.value()) / 10000.0;
}

QFont chartFont(qreal pt)
{
    QFont f(QStringLiteral("Noto Sans CJK JP"));
    f.setPointSizeF(pt);
    // No OpenType shaping: on paper, Qt's PDF text layer loses substituted glyphs (PdfTextLayer.h).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(10));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis* valueAxis(const QString& title, double max, bool integerTicks = false)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(8));
    axis->setLabelsFont(chartFont(7.5));
    axis->setRange(0, max > 0 ? max * 1.05 : 1);
    axis->setLabelFormat(integerTicks ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    if (!integerTicks) {
        axis->setProperty("zansaiDataTop", max > 0 ? max * 1.05 : 1);
        axis->applyNiceNumbers();
    }
    return axis;
}

// Distinct, print-friendly colours per option (stable across charts).
QColor optionColor(OptionKind k)
{
    switch (k) {
    case OptionKind::Installment:
        return QColor(0x1f, 0x77, 0xb4);
    case OptionKind::LumpSum:
        return QColor(0x2c, 0xa0, 0x2c);
    case OptionKind::VoluntaryArrangement:
        return QColor(0x94, 0x67, 0xbd);
    case OptionKind::Rehabilitation:
        return QColor(0xff, 0x7f, 0x0e);
    case OptionKind::Bankruptcy:
        return QColor(0x8c, 0x56, 0x4b);
    case OptionKind::Limitation:
        return QColor(0x17, 0xbe, 0xcf);
    case OptionKind::DoNothing:
        return QColor(0xd6, 0x27, 0x28);
    }
    return Qt::black;
}

// One line of the balance chart: an option and its balance month by month (x in years).
struct BalanceLine {
    OptionKind kind;
    QList<QPointF> points;
};

// The options in a fixed order (by kind), not the ranking's: lines and bars keep their places, and
// their colours, when a slider changes the ranking.
QList<const OptionAssessment*> byKind(const Assessment& a)
{
    QList<const OptionAssessment*> out;
    for (const OptionAssessment& o : a.options)
        out << &o;
    std::stable_sort(out.begin(), out.end(),
                     [](const OptionAssessment* x, const OptionAssessment* y) {
                         return int(x->kind) < int(y->kind);
                     });
    return out;
}

QList<BalanceLine> balanceLines(const Assessment& a, double* maxY)
{
    QList<BalanceLine> lines;
    *maxY = 0;
    for (const OptionAssessment* option : byKind(a)) {
        const OptionAssessment& o = *option;
        const QList<Yen>& points = o.kind == OptionKind::DoNothing && o.balanceByMonth.isEmpty()
                                       ? a.doNothing.balanceByMonth
                                       : o.balanceByMonth;
        if (points.isEmpty() || (!o.eligible && o.kind != OptionKind::DoNothing))
            continue;
        BalanceLine line{o.kind, {}};
        line.points.reserve(points.size());
        for (int m = 0; m < points.size(); ++m) {
            line.points.append(QPointF(m / 12.0, man(points[m])));
            *maxY = std::max(*maxY, man(points[m]));
        }
        lines << line;
    }
    return lines;
}

// The bars of the monthly chart: each eligible option but doing nothing.
QList<std::pair<OptionKind, double>> monthlyBars(const Assessment& a, double* maxY)
{
    QList<std::pair<OptionKind, double>> bars;
    *maxY = 0;
    for (const OptionAssessment* option : byKind(a)) {
        const OptionAssessment& o = *option;
        if (!o.eligible || o.kind == OptionKind::DoNothing)
            continue;
        bars.append({o.kind, double(o.monthly.value())});
        *maxY = std::max(*maxY, double(o.monthly.value()));
    }
    return bars;
}

// Late interest accumulated from today under doing nothing.
QList<QPointF> interestPoints(const Assessment& a, double* maxY)
{
    QList<QPointF> out;
    *maxY = 0;
    const QList<Yen>& points = a.doNothing.balanceByMonth;
    if (points.isEmpty())
        return out;
    out.reserve(points.size());
    const Yen start = points.front();
    for (int m = 0; m < points.size(); ++m) {
        const double v = man(points[m] - start);
        out.append(QPointF(m / 12.0, v));
        *maxY = std::max(*maxY, v);
    }
    return out;
}

void setValueRange(QValueAxis* axis, double max)
{
    // The same data range gives the same axis: skip the relayout (the slider moves many times a
    // second and seldom changes the largest value, which is usually doing nothing's).
    const double top = max > 0 ? max * 1.05 : 1;
    const QVariant last = axis->property("zansaiDataTop");
    if (last.isValid() && last.toDouble() == top)
        return;
    axis->setProperty("zansaiDataTop", top);
    axis->setRange(0, top);
    axis->applyNiceNumbers();
}

QValueAxis* verticalAxis(QChart* chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

} // namespace

QChart* balanceChart(const Assessment& a, const Narrator& n)
{
    QChart* chart = newChart(n.tr(
        kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Balance over 10 years (10,000 yen)")));
    double maxY = 0;
    QList<QLineSeries*> all;
    for (const BalanceLine& line : balanceLines(a, &maxY)) {
        auto* s = new QLineSeries;
        s->setName(n.text(label(line.kind)));
        QPen pen(optionColor(line.kind));
        pen.setWidthF(line.kind == OptionKind::DoNothing ? 2.0 : 1.6);
        if (line.kind == OptionKind::DoNothing)
            pen.setStyle(Qt::DashLine);
        s->setPen(pen);
        s->replace(line.points);
        chart->addSeries(s);
        all << s;
    }
    auto* x = valueAxis(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Years from today")),
                        10, true);
    x->setRange(0, 10);
    x->setTickCount(11);
    auto* y =
        valueAxis(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "10,000 yen")), maxY);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart* monthlyPaymentChart(const Assessment& a, const Narrator& n)
{
    // Horizontal bars: the options' names read in full on the left, whatever the language.
    QChart* chart = newChart(
        n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Monthly payment by option (yen)")));
    auto* set =
        new QBarSet(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Monthly payment")));
    set->setColor(QColor(0x1f, 0x4e, 0x79));
    set->setLabelColor(Qt::black);
    QStringList categories;
    double maxY = 0;
    for (const auto& [kind, value] : monthlyBars(a, &maxY)) {
        categories << n.text(label(kind));
        set->append(value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    set->setLabelFont(chartFont(7));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->append(categories);
    categoriesAxis->setLabelsFont(chartFont(7.5));
    auto* values =
        valueAxis(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Yen per month")),
                  maxY * 1.15); // room for the labels
    chart->addAxis(categoriesAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categoriesAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* lateInterestChart(const Assessment& a, const Narrator& n)
{
    QChart* chart = newChart(
        n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts",
                                         "Late interest added if nothing is done (10,000 yen)")));
    auto* s = new QLineSeries;
    s->setName(
        n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Late interest accumulated")));
    QPen pen(optionColor(OptionKind::DoNothing));
    pen.setWidthF(2.0);
    s->setPen(pen);
    double maxY = 0;
    s->replace(interestPoints(a, &maxY));
    chart->addSeries(s);
    auto* x = valueAxis(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "Years from today")),
                        10, true);
    x->setRange(0, 10);
    x->setTickCount(11);
    auto* y =
        valueAxis(n.tr(kContext, QT_TRANSLATE_NOOP("zansai::ui::charts", "10,000 yen")), maxY);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    s->attachAxis(x);
    s->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

bool updateBalanceChart(QChart* chart, const Assessment& a)
{
    double maxY = 0;
    const QList<BalanceLine> lines = balanceLines(a, &maxY);
    const QList<QAbstractSeries*> series = chart->series();
    if (series.size() != lines.size())
        return false;
    for (int i = 0; i < lines.size(); ++i)
        if (series[i]->name() != displayName(lines[i].kind))
            return false;
    for (int i = 0; i < lines.size(); ++i)
        static_cast<QLineSeries*>(series[i])->replace(lines[i].points);
    if (QValueAxis* y = verticalAxis(chart))
        setValueRange(y, maxY);
    return true;
}

bool updateMonthlyPaymentChart(QChart* chart, const Assessment& a)
{
    double maxY = 0;
    const auto bars = monthlyBars(a, &maxY);
    const QList<QAbstractSeries*> series = chart->series();
    if (series.size() != 1)
        return false;
    auto* barSeries = qobject_cast<QAbstractBarSeries*>(series.first());
    if (!barSeries || barSeries->barSets().size() != 1)
        return false;
    QBarSet* set = barSeries->barSets().first();
    const auto categoryAxes = chart->axes(Qt::Vertical);
    auto* categories =
        categoryAxes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(categoryAxes.first());
    if (!categories || set->count() != bars.size() || categories->count() != bars.size())
        return false;
    for (int i = 0; i < bars.size(); ++i)
        if (categories->at(i) != displayName(bars[i].first))
            return false;
    for (int i = 0; i < bars.size(); ++i)
        if (set->at(i) != bars[i].second)
            set->replace(i, bars[i].second);
    const auto valueAxes = chart->axes(Qt::Horizontal);
    if (auto* values = valueAxes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(valueAxes.first()))
        setValueRange(values, maxY * 1.15);
    return true;
}

bool updateLateInterestChart(QChart* chart, const Assessment& a)
{
    const QList<QAbstractSeries*> series = chart->series();
    if (series.size() != 1)
        return false;
    auto* line = qobject_cast<QLineSeries*>(series.first());
    if (!line)
        return false;
    double maxY = 0;
    line->replace(interestPoints(a, &maxY));
    if (QValueAxis* y = verticalAxis(chart))
        setValueRange(y, maxY);
    return true;
}

void paintChart(QChart* chart, QPainter* painter, const QRectF& target)
{
    // Lay the chart out at a fixed logical size (points), then scale into the target: the
    // docs/stack-notes.md §5 trap is a chart rendered at device pixels, which comes out tiny.
    const QSizeF logical(720, 720 * target.height() / std::max<qreal>(1, target.width()));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    scene.removeItem(chart);
}

QWidget* chartView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // namespace zansai::ui::charts
