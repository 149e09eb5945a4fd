#include "charts/ChartsPanel.h"

#include "charts/AssessmentCharts.h"
#include "common/Fields.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QXYSeries>

namespace zansai::ui {

struct ChartsPanel::Views {
    QChartView* view[3] = {nullptr, nullptr, nullptr};
    QWidget* legend[3] = {nullptr, nullptr, nullptr};
};

namespace {
// The screen's legend: the chart's own one elides long option names in a narrow panel, so the
// names are listed under the chart in two columns, each with its line's colour.
void fillLegend(QWidget* legend, QChart* chart)
{
    auto* grid = static_cast<QGridLayout*>(legend->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (QAbstractSeries* s : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line)
            continue;
        const QPen pen = line->pen();
        const QString mark =
            pen.style() == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍");
        auto* label = new QLabel(legend);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                           .arg(pen.color().name(), mark, line->name().toHtmlEscaped()));
        grid->addWidget(label, i / 2, i % 2);
        ++i;
    }
    legend->setVisible(i > 1);
}
} // namespace

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent), v_(new Views)
{
    setObjectName(QStringLiteral("chartsPanel"));
    for (int i = 0; i < 3; ++i) {
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(2, 2, 2, 2);
        auto* view = new QChartView(new QChart, page);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 160);
        auto* legend = new QWidget(page);
        legend->setObjectName(QStringLiteral("chartLegend%1").arg(i));
        auto* grid = new QGridLayout(legend);
        grid->setContentsMargins(4, 0, 4, 0);
        grid->setVerticalSpacing(0);
        legend->hide();
        layout->addWidget(view, 1);
        layout->addWidget(legend);
        v_->view[i] = view;
        v_->legend[i] = legend;
        addTab(page, QString());
    }
    retranslate();
}

ChartsPanel::~ChartsPanel()
{
    delete v_;
}

void ChartsPanel::rebuild(int tab)
{
    const Narrator n = uiNarrator();
    QChart* chart = tab == 0   ? charts::balanceChart(current_, n)
                    : tab == 1 ? charts::monthlyPaymentChart(current_, n)
                               : charts::lateInterestChart(current_, n);
    chart->legend()->hide(); // listed below the chart instead (fillLegend)
    QChart* old = v_->view[tab]->chart();
    v_->view[tab]->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    fillLegend(v_->legend[tab], chart);
    ++rebuilds_;
}

void ChartsPanel::setAssessment(const Assessment& a)
{
    const bool first = !hasAssessment_;
    current_ = a;
    hasAssessment_ = true;
    using Update = bool (*)(QChart*, const Assessment&);
    const Update updates[3] = {&charts::updateBalanceChart, &charts::updateMonthlyPaymentChart,
                               &charts::updateLateInterestChart};
    for (int i = 0; i < 3; ++i)
        if (first || !updates[i](v_->view[i]->chart(), current_))
            rebuild(i);
}

QStringList ChartsPanel::seriesSummary(int tab) const
{
    QStringList out;
    const QChart* chart = v_->view[tab]->chart();
    for (QAbstractSeries* s : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            out << QStringLiteral("%1:%2").arg(s->name()).arg(xy->count());
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << QString::number(qint64(set->at(i)));
                out << QStringLiteral("%1:%2").arg(set->label(), values.join(QLatin1Char(',')));
            }
        }
    }
    return out;
}

QString ChartsPanel::chartTitle(int tab) const
{
    return v_->view[tab]->chart()->title();
}

void ChartsPanel::retranslate()
{
    setTabText(0, tr("Balance over 10 &years"));
    setTabText(1, tr("&Monthly payment"));
    setTabText(2, tr("Late i&nterest"));
    for (int i = 0; i < 3; ++i)
        v_->view[i]->setAccessibleName(withoutMnemonic(tabText(i)));
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (hasAssessment_) // titles, axes and option names are set when a chart is built
            for (int i = 0; i < 3; ++i)
                rebuild(i);
    }
    QTabWidget::changeEvent(event);
}

} // namespace zansai::ui
