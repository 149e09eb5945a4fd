#include "charts/ChartsPanel.h"

#include "charts/AssessmentCharts.h"
#include "common/Fields.h"

#include <QAbstractSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QXYSeries>

namespace zansai::ui {

struct ChartsPanel::Views {
    QChartView* view[3] = {nullptr, nullptr, nullptr};
};

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent), v_(new Views)
{
    setObjectName(QStringLiteral("chartsPanel"));
    for (int i = 0; i < 3; ++i) {
        auto* view = new QChartView(new QChart, this);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 160);
        v_->view[i] = view;
        addTab(view, QString());
    }
    retranslate();
}

ChartsPanel::~ChartsPanel()
{
    delete v_;
}

void ChartsPanel::rebuild(int tab)
{
    QChart* chart = tab == 0   ? charts::balanceChart(current_)
                    : tab == 1 ? charts::monthlyPaymentChart(current_)
                               : charts::lateInterestChart(current_);
    QChart* old = v_->view[tab]->chart();
    v_->view[tab]->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
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
        } else if (auto* bars = qobject_cast<QBarSeries*>(s)) {
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
    setTabText(0, tr("&Balance over 10 years"));
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
