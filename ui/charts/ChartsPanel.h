// The results screen's three charts in tabs: balance over 10 years under each option, the monthly
// payment of each option, late interest growing if nothing is done. Kept current in place by
// setAssessment() (fast enough to follow a slider). No Qt Charts type leaves ui/charts.
#pragma once

#include "advice/Assessment.h"

#include <QTabWidget>

namespace zansai::ui {

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    void setAssessment(const Assessment& a);
    // How many times a chart had to be built anew (rather than updated in place): for tests.
    int rebuildCount() const { return rebuilds_; }
    // The series names and point counts shown (e.g. "Doing nothing:121"), for tests.
    QStringList seriesSummary(int tab) const;
    QString chartTitle(int tab) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(int tab);
    void retranslate();
    struct Views;
    Views* v_;
    Assessment current_;
    bool hasAssessment_ = false;
    int rebuilds_ = 0;
};

} // namespace zansai::ui
