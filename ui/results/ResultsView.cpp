#include "results/ResultsView.h"

#include "case/CaseCourts.h"

#include "advice/AdviceLabels.h"
#include "advice/Evaluate.h"
#include "charts/ChartsPanel.h"
#include "common/Format.h"
#include "i18n/Narrator.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace zansai::ui {

namespace {
constexpr int kSliderStepYen = 1000; // the slider moves in steps of 1,000 yen

QTableWidget* newTable(QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Sized once after each fill (fitColumns), not on every cell: that kept the slider slow.
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}
} // namespace

ResultsView::ResultsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsView"));

    // What must be seen at once, even at 1366×768 and 150 % (910 × 512 logical px): the stage and
    // the deadlines, what to do first, the ways out with the one chosen and the slider. The rest
    // (the debts, the selected option in full, the charts) is one tab away on the right, so the
    // screen no longer needs ~1,200 px of height and a scroll to reach the slider.
    auto* main = new QWidget(this);
    main->setObjectName(QStringLiteral("resultsMain"));

    // The banner.
    auto* bannerFrame = new QFrame(main);
    bannerFrame->setObjectName(QStringLiteral("resultsBanner"));
    bannerFrame->setFrameShape(QFrame::StyledPanel);
    bannerFrame->setAutoFillBackground(true);
    banner_ = bannerFrame;
    stage_ = new QLabel(banner_);
    stage_->setObjectName(QStringLiteral("stageLabel"));
    QFont big = stage_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    stage_->setFont(big);
    stage_->setWordWrap(true);
    stageText_ = new QLabel(banner_);
    stageText_->setObjectName(QStringLiteral("stageExplanation"));
    stageText_->setWordWrap(true);
    asOfLabel_ = new QLabel(banner_);
    asOfLabel_->setObjectName(QStringLiteral("asOfLabel"));
    asOfLabel_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    incomplete_ = new QLabel(banner_);
    incomplete_->setObjectName(QStringLiteral("incompleteLabel"));
    incomplete_->setWordWrap(true);
    incomplete_->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* bannerLayout = new QVBoxLayout(banner_);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->addWidget(stage_, 1);
    top->addWidget(asOfLabel_);
    bannerLayout->addLayout(top);
    bannerLayout->addWidget(stageText_);
    deadlinesBox_ = new QVBoxLayout;
    deadlinesBox_->setSpacing(2);
    bannerLayout->addLayout(deadlinesBox_);
    bannerLayout->addWidget(incomplete_);

    // What to do first (Consultation::nextSteps): dated steps before the way out.
    nextSteps_ = new QLabel(main);
    nextSteps_->setObjectName(QStringLiteral("nextStepsLabel"));
    nextSteps_->setWordWrap(true);
    nextSteps_->setTextFormat(Qt::RichText);

    optionsHeading_ = new QLabel(main);
    options_ = newTable(main, "optionsTable");
    options_->setColumnCount(7);
    // The reason column (理由) wraps, each row up to two lines (fitOptionRows); the whole reason
    // of the selected option is on the details tab. The table takes the height left and scrolls.
    options_->setWordWrap(true);
    options_->setTextElideMode(Qt::ElideNone);
    options_->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    // Rows follow the reason's width (fitOptionRows), also when the splitter or window moves.
    connect(options_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 6)
            fitOptionColumns();
    });
    // Two rows at least: the recommended one and the next.
    options_->setMinimumHeight(options_->horizontalHeader()->sizeHint().height() +
                               2 * (fontMetrics().height() + 6) + 2 * options_->frameWidth());
    connect(options_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && options_->item(row, 0))
            selectedOption_ = OptionKind(options_->item(row, 0)->data(Qt::UserRole).toInt());
        updateChooseButton();
        fillNotes();
    });
    sliderLabel_ = new QLabel(main);
    slider_ = new QSlider(Qt::Horizontal, main);
    slider_->setObjectName(QStringLiteral("installmentSlider"));
    slider_->setSingleStep(1);
    slider_->setPageStep(10);
    slider_->setRange(1, 100);
    sliderLabel_->setBuddy(slider_);
    sliderValue_ = new QLabel(main);
    sliderValue_->setObjectName(QStringLiteral("installmentValue"));
    sliderValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1,000,000円")) +
                                  8);
    sliderValue_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    choose_ = new QPushButton(main);
    choose_->setObjectName(QStringLiteral("chooseOptionButton"));
    connect(choose_, &QPushButton::clicked, this, [this] {
        const int row = options_->currentRow();
        if (row < 0 || !options_->item(row, 0))
            return;
        const auto kind = OptionKind(options_->item(row, 0)->data(Qt::UserRole).toInt());
        // The button toggles: the option already chosen is un-marked.
        setChosenOption(case_.chosenOption == kind ? std::nullopt
                                                   : std::optional<OptionKind>(kind));
    });
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(choose_);
    sliderRow->addWidget(sliderLabel_);
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(sliderValue_);

    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(4);
    mainLayout->addWidget(banner_);
    mainLayout->addWidget(nextSteps_);
    mainLayout->addWidget(optionsHeading_);
    mainLayout->addWidget(options_, 1);
    mainLayout->addLayout(sliderRow);

    // Right: the debts (with what a seizure would take and the court), the selected option in
    // full, the charts — one tab each.
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("resultsTabs"));
    auto* debtsPage = new QWidget(tabs_);
    debtsPage->setObjectName(QStringLiteral("debtsPage"));
    garnishment_ = new QLabel(debtsPage);
    garnishment_->setObjectName(QStringLiteral("garnishmentLabel"));
    garnishment_->setWordWrap(true);
    courtNote_ = new QLabel(debtsPage);
    courtNote_->setObjectName(QStringLiteral("courtNote"));
    courtNote_->setWordWrap(true);
    debts_ = newTable(debtsPage, "debtsTable");
    debts_->setColumnCount(6);
    debts_->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    debts_->setWordWrap(false);
    debts_->setMinimumHeight(debts_->horizontalHeader()->sizeHint().height() +
                             2 * debts_->verticalHeader()->defaultSectionSize() +
                             2 * debts_->frameWidth());
    auto* debtsLayout = new QVBoxLayout(debtsPage);
    debtsLayout->setContentsMargins(4, 4, 4, 4);
    debtsLayout->addWidget(debts_, 1);
    debtsLayout->addWidget(garnishment_);
    debtsLayout->addWidget(courtNote_);
    notes_ = new QTextBrowser(tabs_);
    notes_->setObjectName(QStringLiteral("resultsNotes"));
    notes_->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    notes_->setOpenLinks(false);
    notesTimer_ = new QTimer(this);
    notesTimer_->setSingleShot(true);
    connect(notesTimer_, &QTimer::timeout, this, &ResultsView::fillNotes);
    charts_ = new ChartsPanel(tabs_);
    tabs_->addTab(debtsPage, QString());
    tabs_->addTab(notes_, QString());
    tabs_->addTab(charts_, QString());

    auto* split = new QSplitter(Qt::Horizontal, this);
    split_ = split;
    split->setObjectName(QStringLiteral("resultsSplitter"));
    tabs_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 36);
    connect(split, &QSplitter::splitterMoved, this, [this] {
        userSized_ = true;
        fitOptionColumns();
    });
    split->addWidget(main);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);

    // The ways out, the choice and the slider, then the tabs on the right.
    setTabOrder(options_, choose_);
    setTabOrder(choose_, slider_);
    setTabOrder(slider_, tabs_);

    connect(slider_, &QSlider::valueChanged, this, [this](int thousands) {
        if (settingSlider_)
            return;
        installment_ = Yen(qint64(thousands) * kSliderStepYen);
        recompute(false); // the installment changes the options, not the debts or deadlines
        emit installmentChanged(*installment_);
    });
    retranslate();
}

void ResultsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Less than about 28 lines of height (1366×768 at 150 % leaves ~22): the compact banner.
    const bool compact = height() < fontMetrics().lineSpacing() * 28;
    if (compact != compact_) {
        compact_ = compact;
        applyCompact();
    }
    // Three fifths for what must be seen at once, two for the tabs, until the consultant moves
    // the splitter.
    if (!userSized_) {
        const int w = split_->width();
        split_->setSizes({w * 3 / 5, w - w * 3 / 5});
    }
    fitOptionColumns();
}

void ResultsView::setCase(const Case& c, QDate asOf)
{
    case_ = c;
    asOf_ = asOf.isValid() ? asOf : c.asOf;
    installment_ = c.installmentMonthly;
    recompute();
    // The slider's range follows the client's situation: up to three times the affordable payment
    // (at least 100,000 yen), in steps of 1,000 yen.
    const OptionAssessment* inst = assessment().option(OptionKind::Installment);
    const qint64 base = installment_ ? installment_->value() : inst ? inst->monthly.value() : 0;
    const qint64 maxK = std::clamp<qint64>((base * 3 / kSliderStepYen + 9) / 10 * 10, 100, 1000);
    settingSlider_ = true;
    slider_->setRange(1, int(std::max<qint64>(maxK, base / kSliderStepYen)));
    slider_->setValue(int(std::max<qint64>(1, base / kSliderStepYen)));
    settingSlider_ = false;
    updateSliderLabel();
}

void ResultsView::setInstallmentMonthly(Yen monthly)
{
    const int k = int(monthly.value() / kSliderStepYen);
    if (k > slider_->maximum())
        slider_->setMaximum(k);
    slider_->setValue(std::max(1, k)); // valueChanged recomputes and tells the owner
}

void ResultsView::setChosenOption(std::optional<OptionKind> kind)
{
    case_.chosenOption = kind;
    selectedOption_ = kind;
    recompute(false);
    emit chosenOptionChanged(kind);
}

void ResultsView::recompute(bool everything)
{
    consultation_ = Consultation::assess(case_, asOf_, installment_);
    showAssessment(everything);
}

void ResultsView::showAssessment(bool everything)
{
    if (everything) {
        fillBanner();
        fillDebts();
    }
    fillOptions();
    fillNextSteps();
    updateSliderLabel();
    charts_->setAssessment(assessment());
    // The rich text below takes ~10 ms to lay out: it follows right after the tables and charts
    // are drawn (and, while the slider moves, once it rests), so they keep up with the hand.
    notesTimer_->start(everything ? 0 : 150);
}

void ResultsView::updateSliderLabel()
{
    const OptionAssessment* inst = assessment().option(OptionKind::Installment);
    const Yen shown = installment_ ? *installment_ : inst ? inst->monthly : Yen(0);
    sliderValue_->setText(yenText(shown));
    slider_->setAccessibleDescription(yenText(shown));
}

void ResultsView::retranslate()
{
    tabs_->setTabText(0, tr("Debts and &garnishment"));
    tabs_->setTabText(1, tr("Option det&ails"));
    tabs_->setTabText(2, tr("Cha&rts"));
    optionsHeading_->setText(QStringLiteral("<b>%1</b>").arg(tr("Ways out").toHtmlEscaped()));
    debts_->setHorizontalHeaderLabels({tr("Creditor"), tr("Principal"), tr("Late interest"),
                                       tr("Balance"), tr("Limitation completes"),
                                       tr("Limitation")});
    options_->setHorizontalHeaderLabels({QString(), tr("Option"), tr("Eligible"), tr("Monthly"),
                                         tr("Months"), tr("Total"), tr("Reasons")});
    sliderLabel_->setText(tr("Installment per mon&th:"));
    slider_->setAccessibleName(tr("Installment per month"));
    debts_->setAccessibleName(tr("Debts"));
    options_->setAccessibleName(tr("Ways out"));
    notes_->setAccessibleName(tr("Notes"));
}

void ResultsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The assessment holds no text: it is narrated again in the new language, not recomputed.
        if (case_.asOf.isValid())
            QMetaObject::invokeMethod(
                this, [this] { showAssessment(); }, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

} // namespace zansai::ui
