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
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace zansai::ui {

namespace {
constexpr int kSliderStepYen = 1000; // the slider moves in steps of 1,000 yen
constexpr int kUrgentDays = 7;       // a deadline this close (or passed) is shown in red

QTableWidgetItem* textItem(const QString& text, const QString& tip = QString())
{
    auto* item = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

QTableWidgetItem* amountItem(Yen y)
{
    auto* item = new QTableWidgetItem(yenText(y));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Columns as wide as their contents (but the stretched one), measured once per fill.
void fitColumns(QTableWidget* t, int stretched)
{
    for (int col = 0; col < t->columnCount(); ++col)
        if (col != stretched)
            t->resizeColumnToContents(col);
}

// A table as tall as its rows (at most `maxRows`, then it scrolls), so the space goes to what
// needs it.
void fitRows(QTableWidget* t, int maxRows)
{
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth();
    const int rows = std::min(t->rowCount(), maxRows);
    for (int r = 0; r < rows; ++r)
        h += t->verticalHeader()->sectionSize(r);
    if (rows < 2)
        h += t->verticalHeader()->defaultSectionSize() * (2 - rows);
    if (t->horizontalScrollBar()->isVisible())
        h += t->horizontalScrollBar()->height();
    t->setFixedHeight(h);
}

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

    // The banner.
    auto* bannerFrame = new QFrame(this);
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
    garnishment_ = new QLabel(banner_);
    garnishment_->setObjectName(QStringLiteral("garnishmentLabel"));
    garnishment_->setWordWrap(true);
    courtNote_ = new QLabel(banner_);
    courtNote_->setObjectName(QStringLiteral("courtNote"));
    courtNote_->setWordWrap(true);
    incomplete_ = new QLabel(banner_);
    incomplete_->setObjectName(QStringLiteral("incompleteLabel"));
    incomplete_->setWordWrap(true);
    incomplete_->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* bannerLayout = new QVBoxLayout(banner_);
    auto* top = new QHBoxLayout;
    top->addWidget(stage_, 1);
    top->addWidget(asOfLabel_);
    bannerLayout->addLayout(top);
    bannerLayout->addWidget(stageText_);
    deadlinesBox_ = new QVBoxLayout;
    deadlinesBox_->setSpacing(2);
    bannerLayout->addLayout(deadlinesBox_);
    bannerLayout->addWidget(garnishment_);
    bannerLayout->addWidget(courtNote_);
    bannerLayout->addWidget(incomplete_);

    // Left: the tables and the slider.
    auto* left = new QWidget(this);
    debtsHeading_ = new QLabel(left);
    debts_ = newTable(left, "debtsTable");
    debts_->setColumnCount(6);
    debts_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    debts_->setWordWrap(false);
    optionsHeading_ = new QLabel(left);
    options_ = newTable(left, "optionsTable");
    options_->setColumnCount(7);
    // The reason column (理由) wraps and each row grows to show it whole: readable at 1366×768
    // without hovering.
    options_->setWordWrap(true);
    options_->setTextElideMode(Qt::ElideNone);
    options_->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    options_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(options_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && options_->item(row, 0))
            selectedOption_ = OptionKind(options_->item(row, 0)->data(Qt::UserRole).toInt());
        updateChooseButton();
        fillNotes();
    });
    sliderLabel_ = new QLabel(left);
    slider_ = new QSlider(Qt::Horizontal, left);
    slider_->setObjectName(QStringLiteral("installmentSlider"));
    slider_->setSingleStep(1);
    slider_->setPageStep(10);
    slider_->setRange(1, 100);
    sliderLabel_->setBuddy(slider_);
    sliderValue_ = new QLabel(left);
    sliderValue_->setObjectName(QStringLiteral("installmentValue"));
    sliderValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1,000,000円")) +
                                  8);
    sliderValue_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    notes_ = new QTextBrowser(left);
    notes_->setObjectName(QStringLiteral("resultsNotes"));
    notes_->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    notes_->setOpenLinks(false);
    notesTimer_ = new QTimer(this);
    notesTimer_->setSingleShot(true);
    connect(notesTimer_, &QTimer::timeout, this, &ResultsView::fillNotes);

    choose_ = new QPushButton(left);
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
    // The tables above, the detail text below, in a splitter the consultant can drag: at
    // 1366×768 the detail pane gets the lower half instead of four lines.
    auto* tables = new QWidget(left);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(debtsHeading_);
    tablesLayout->addWidget(debts_);
    tablesLayout->addWidget(optionsHeading_);
    tablesLayout->addWidget(options_);
    tablesLayout->addLayout(sliderRow);
    auto* leftSplit = new QSplitter(Qt::Vertical, left);
    leftSplit->setObjectName(QStringLiteral("detailSplitter"));
    leftSplit->addWidget(tables);
    leftSplit->addWidget(notes_);
    leftSplit->setStretchFactor(0, 1);
    leftSplit->setStretchFactor(1, 1);
    leftSplit->setChildrenCollapsible(false);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(leftSplit);

    charts_ = new ChartsPanel(this);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split_ = split;
    split->setObjectName(QStringLiteral("resultsSplitter"));
    charts_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
    connect(split, &QSplitter::splitterMoved, this, [this] { userSized_ = true; });
    split->addWidget(left);
    split->addWidget(charts_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner_);
    layout->addWidget(split, 1);

    setTabOrder(debts_, options_);
    setTabOrder(options_, slider_);
    setTabOrder(slider_, notes_);
    setTabOrder(notes_, charts_);

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
    // Three fifths for the tables, two for the charts, until the consultant moves the splitter.
    if (!userSized_) {
        const int w = split_->width();
        split_->setSizes({w * 3 / 5, w - w * 3 / 5});
    }
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

void ResultsView::fillBanner()
{
    const Narrator n = uiNarrator();
    const int stage = assessment().stage;
    stage_->setText(stageName(stage));
    stageText_->setText(stageExplanation(stage));
    // The day assessed; the case's own day beside it when they differ (a case reopened later).
    const Consultation& c = consultation_;
    asOfLabel_->setText(c.caseDate.isValid() && c.caseDate != c.asOf
                            ? tr("As of %1\n(case consulted on %2)")
                                  .arg(dateWithEraText(c.asOf), dateWithEraText(c.caseDate))
                            : tr("As of %1").arg(dateWithEraText(c.asOf)));
    // Stage colours: calm, warning, alarm.
    const QColor colours[] = {QColor(0xe8, 0xf4, 0xea), QColor(0xfd, 0xf0, 0xd5),
                              QColor(0xfb, 0xe0, 0xe0)};
    QPalette pal = banner_->palette();
    pal.setColor(QPalette::Window, colours[std::clamp(stage, 1, 3) - 1]);
    banner_->setPalette(pal);

    qDeleteAll(deadlineLabels_);
    deadlineLabels_.clear();
    for (const Deadline& d : assessment().deadlines) {
        const Debt* debt = case_.debt(d.debtId);
        auto* label = new QLabel(banner_);
        label->setObjectName(QStringLiteral("deadline%1").arg(deadlineLabels_.size()));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        const bool urgent = d.daysLeft <= kUrgentDays;
        label->setProperty("urgent", urgent);
        const QString line =
            tr("%1 (%2): by %3 — %4")
                .arg(displayName(d.kind).toHtmlEscaped(),
                     (debt ? debt->creditor : d.debtId).toHtmlEscaped(),
                     QStringLiteral("<b>%1</b>").arg(dateText(d.due).toHtmlEscaped()),
                     QStringLiteral("<b>%1</b>").arg(daysLeftText(d.daysLeft).toHtmlEscaped()));
        label->setText(QStringLiteral("<span style=\"color:%1\">%2</span><br><small>%3 %4</small>")
                           .arg(urgent ? QStringLiteral("#c00000") : QStringLiteral("#000000"),
                                line, n.text(d.consequence).toHtmlEscaped(),
                                d.article.toHtmlEscaped()));
        label->setAccessibleName(
            QStringLiteral("%1 %2 %3")
                .arg(displayName(d.kind), dateText(d.due), daysLeftText(d.daysLeft)));
        deadlinesBox_->addWidget(label);
        deadlineLabels_ << label;
    }
    if (assessment().deadlines.isEmpty()) {
        auto* label = new QLabel(tr("No court deadline is running."), banner_);
        label->setObjectName(QStringLiteral("noDeadline"));
        deadlinesBox_->addWidget(label);
        deadlineLabels_ << label;
    }

    const GarnishmentView& g = assessment().garnishment;
    // A self-employed client has no wages to seize: what a creditor reaches is the receivables
    // from customers (売掛金), in full; the engine's own note says so and is shown, not hidden.
    const QList<Occupation> jobs = case_.client.occupationsOrMain();
    const bool selfEmployed =
        jobs.contains(Occupation::SelfEmployed) && !jobs.contains(Occupation::CompanyEmployee) &&
        !jobs.contains(Occupation::PublicServant) && !jobs.contains(Occupation::PartTime);
    QString seizure =
        selfEmployed
            ? tr("No wages to seize: %1 of deposits are at risk at once.")
                  .arg(yenText(g.depositsAtRisk))
            : tr("If wages were seized: %1 a month could be taken; %2 of deposits are at risk at "
                 "once.")
                  .arg(yenText(g.monthlySeizable), yenText(g.depositsAtRisk));
    for (const Message& note : g.notes)
        if (note.code == QStringLiteral("garnishment.self_employed"))
            seizure += QLatin1Char('\n') + n.text(note);
    garnishment_->setText(seizure);
    garnishment_->setToolTip(n.texts(g.notes).join(QLatin1Char('\n')));
    // The client's court, and whether the Tokyo practice figures are its own (case/CaseCourts.h).
    const CaseCourts courts = caseCourts(case_);
    QStringList courtLines;
    if (courts.courts.prefectureKnown)
        courtLines << tr("Court: %1").arg(n.text(courts.courts.districtCourt));
    courtLines << n.texts(courts.notes);
    courtNote_->setText(courtLines.join(QLatin1Char('\n')));
    const QStringList incomplete = n.texts(consultation_.incompleteNotes());
    incomplete_->setVisible(!incomplete.isEmpty());
    incomplete_->setText(incomplete.join(QLatin1Char('\n')));
}

void ResultsView::fillDebts()
{
    const Narrator n = uiNarrator();
    debts_->setRowCount(int(assessment().debts.size()));
    // Why figures are missing, written once for every row that needs it.
    const QString why = consultation_.complete()
                            ? QString()
                            : n.texts(consultation_.incompleteNotes()).join(QLatin1Char('\n'));
    for (int i = 0; i < assessment().debts.size(); ++i) {
        const DebtAssessment& d = assessment().debts[i];
        const LimitationView& l = d.limitation;
        // A figure that rests on a missing answer says so instead of showing a stand-in; the
        // status is the same label as on paper (advice/AdviceLabels.h).
        const IncompleteDebt* missing = consultation_.incompleteDebt(d.id);
        const bool principalUnknown = missing && missing->principalUnknown;
        const bool interestUnknown = missing && missing->lateInterestUnknown;
        const auto known = [&](bool unknown, Yen y) {
            return unknown ? textItem(tr("not entered"), why) : amountItem(y);
        };
        const QString status = missing && missing->limitationUnknown
                                   ? tr("Not counted: dates missing")
                                   : n.text(limitationStatusLabel(l));
        QStringList tip = n.texts(l.notes);
        tip << n.texts(l.warnings) << n.texts(d.warnings);
        debts_->setItem(i, 0, textItem(d.creditor, n.text(d.nextCreditorAction)));
        debts_->setItem(i, 1, known(principalUnknown, d.principal));
        debts_->setItem(i, 2, known(interestUnknown, d.lateInterest));
        if (!interestUnknown) // which basis and rate the figure used, and the contract figure
            debts_->item(i, 2)->setToolTip(
                QStringList{n.text(d.lateInterestBasisText), n.text(d.lateInterestCapText)}
                    .join(QLatin1Char('\n'))
                    .trimmed());
        debts_->setItem(
            i, 3,
            !principalUnknown && interestUnknown
                ? textItem(tr("%1 + interest not counted").arg(yenText(d.balance())), why)
                : known(principalUnknown, d.balance()));
        debts_->setItem(
            i, 4,
            textItem(l.completesOn.isValid() ? dateText(l.completesOn) : QStringLiteral("—")));
        debts_->setItem(i, 5,
                        textItem(l.warnings.isEmpty() ? status : status + QStringLiteral(" ⚠"),
                                 tip.join(QLatin1Char('\n'))));
    }
    fitColumns(debts_, 0);
    fitRows(debts_, 6);
}

void ResultsView::fillOptions()
{
    const QSignalBlocker block(options_);
    const Narrator n = uiNarrator();
    options_->setRowCount(int(assessment().options.size()));
    int selectRow = -1;
    for (int i = 0; i < assessment().options.size(); ++i) {
        const OptionAssessment& o = assessment().options[i];
        const bool recommended = o.rank == 1;
        const QString rankReason = n.text(o.rankReason);
        auto* mark = textItem(o.chosen      ? tr("✔ Chosen")
                              : recommended ? tr("★ Recommended")
                                            : QString(),
                              rankReason);
        auto* name = textItem(displayName(o.kind), rankReason);
        auto* eligible = textItem(o.eligible ? tr("Yes") : tr("No"));
        auto* monthly = o.monthly.isZero() ? textItem(QStringLiteral("—")) : amountItem(o.monthly);
        auto* months = textItem(o.months == 1  ? tr("1 month")
                                : o.months > 0 ? tr("%1 months").arg(o.months)
                                               : QStringLiteral("—"));
        months->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* total = amountItem(o.total);
        // One line per option: the first reason here, all of them below for the selected option.
        QStringList reasons = n.texts(o.reasons);
        reasons << n.texts(o.warnings);
        auto* why = textItem(reasons.value(0), reasons.join(QLatin1Char('\n')));
        QList<QTableWidgetItem*> row{mark, name, eligible, monthly, months, total, why};
        for (int col = 0; col < row.size(); ++col) {
            if (recommended) {
                QFont f = options_->font();
                f.setBold(true);
                row[col]->setFont(f);
                row[col]->setBackground(QColor(0xe8, 0xf4, 0xea));
            } else if (!o.eligible) {
                row[col]->setForeground(QColor(0x60, 0x60, 0x60));
            }
            row[col]->setData(Qt::UserRole, int(o.kind));
            options_->setItem(i, col, row[col]);
        }
        if (selectedOption_ ? o.kind == *selectedOption_ : recommended)
            selectRow = i;
    }
    fitColumns(options_, 6);
    fitRows(options_, 8);
    if (selectRow >= 0)
        options_->selectRow(selectRow);
    updateChooseButton();
}

void ResultsView::updateChooseButton()
{
    const int row = options_->currentRow();
    const bool chosen =
        row >= 0 && options_->item(row, 0) && case_.chosenOption &&
        OptionKind(options_->item(row, 0)->data(Qt::UserRole).toInt()) == *case_.chosenOption;
    choose_->setText(chosen ? tr("Clear the choice") : tr("Mark as &chosen"));
    choose_->setEnabled(row >= 0);
}

void ResultsView::fillNotes()
{
    const Narrator n = uiNarrator();
    QStringList html;
    auto section = [&](const QString& title, const QStringList& lines) {
        QStringList items;
        for (const QString& l : lines)
            if (!l.isEmpty())
                items << QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
        if (items.isEmpty())
            return;
        html << QStringLiteral("<b>%1</b><ul style=\"margin-top:0\">").arg(title.toHtmlEscaped())
             << items << QStringLiteral("</ul>");
    };
    // The recommendation starts with what must be done by a date, then the way out.
    section(tr("What to do first"), n.texts(consultation_.nextSteps));
    // The selected option in full: why, what it costs besides money, and for whom.
    const int row = options_->currentRow();
    const OptionAssessment* o = nullptr;
    if (row >= 0 && options_->item(row, 0))
        o = assessment().option(OptionKind(options_->item(row, 0)->data(Qt::UserRole).toInt()));
    if (o) {
        html << QStringLiteral("<h4 style=\"margin:0\">%1</h4>")
                    .arg(displayName(o->kind).toHtmlEscaped());
        if (!o->rankReason.isEmpty())
            html << QStringLiteral("<p style=\"margin:0\">%1</p>")
                        .arg(n.text(o->rankReason).toHtmlEscaped());
        section(tr("Reasons"), n.texts(o->reasons));
        section(tr("Warnings"), n.texts(o->warnings));
        QStringList effects;
        if (o->creditRecordIndefinite)
            effects << tr("Credit record: kept until the debt is paid.");
        else if (o->creditRecordYears > 0)
            effects << (o->creditRecordYears == 1
                            ? tr("Credit record: about 1 year.")
                            : tr("Credit record: about %1 years.").arg(o->creditRecordYears));
        effects << n.texts(o->occupationLimits) << n.texts(o->assetsLost)
                << n.text(o->guarantorEffect) << n.text(o->limitationEffect);
        if (!o->fees.isZero())
            effects << tr("Fees included in the total: %1").arg(yenText(o->fees));
        section(tr("Effects"), effects);
        section(tr("Notes"), n.texts(o->notes));
    }
    section(tr("Where the law is disputed (the choice made)"),
            n.texts(assessment().disputedPoints));
    QStringList warnings;
    for (const DebtAssessment& d : assessment().debts)
        for (const Message& w : d.limitation.warnings + d.warnings)
            warnings << QStringLiteral("%1: %2").arg(d.creditor, n.text(w));
    section(tr("Debts"), warnings);
    section(tr("If nothing is done"), n.texts(assessment().doNothing.notes));
    const QString text = html.join(QString());
    if (text != notesHtml_) {
        notesHtml_ = text;
        notes_->setHtml(text);
    }
    notesTimer_->stop();
}

void ResultsView::retranslate()
{
    debtsHeading_->setText(QStringLiteral("<b>%1</b>").arg(tr("Debts").toHtmlEscaped()));
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
