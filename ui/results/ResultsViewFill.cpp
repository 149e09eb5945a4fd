// The results' contents: the banner, what to do first, the debts and options tables and the
// selected option in full, narrated from the consultation (split from ResultsView.cpp, which lays
// the screen out).
#include "results/ResultsView.h"

#include "case/CaseCourts.h"

#include "advice/AdviceLabels.h"
#include "advice/Evaluate.h"
#include "charts/ChartsPanel.h"
#include "common/Format.h"
#include "i18n/Narrator.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace zansai::ui {

namespace {
constexpr int kUrgentDays = 7; // a deadline this close (or passed) is shown in red

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
} // namespace

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
        const QString head =
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(urgent ? QStringLiteral("#c00000") : QStringLiteral("#000000"), line);
        const QString consequence = QStringLiteral("%1 %2").arg(n.text(d.consequence), d.article);
        // The full form under the date; on a short screen the date line alone (applyCompact),
        // the consequence in the tooltip and in "What to do first".
        label->setProperty(
            "fullText",
            QStringLiteral("%1<br><small>%2</small>").arg(head, consequence.toHtmlEscaped()));
        label->setProperty("shortText", head);
        label->setToolTip(consequence);
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
    applyCompact();

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
    // The engine's own caveats beside the figure: self-employment, and the rule of each other
    // class of creditor (support 152条3項, a tax office 国税徴収法76条 with its disputed rounding).
    static const QStringList shown{
        QStringLiteral("garnishment.self_employed"), QStringLiteral("garnishment.support"),
        QStringLiteral("garnishment.tax"), QStringLiteral("garnishment.tax_rounding")};
    for (const Message& note : g.notes)
        if (shown.contains(note.code))
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

// On a short screen (1366×768 at 150 %) the banner keeps the stage and each deadline's date line;
// the stage's explanation and each deadline's consequence go to their tooltips, so the ways out
// keep the height they need. Set from resizeEvent (compact_).
void ResultsView::applyCompact()
{
    stageText_->setVisible(!compact_);
    stage_->setToolTip(compact_ ? stageText_->text() : QString());
    for (QLabel* label : std::as_const(deadlineLabels_))
        if (label->property("fullText").isValid())
            label->setText(label->property(compact_ ? "shortText" : "fullText").toString());
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
    fitColumns(debts_, 5);
    // The creditor whole (up to 16 characters wide): the figures scroll sideways instead.
    const int creditorMax = debts_->fontMetrics().horizontalAdvance(QChar(0x6F22)) * 16;
    if (debts_->columnWidth(0) > creditorMax)
        debts_->setColumnWidth(0, creditorMax);
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
            // Top-aligned: a row cut to two lines (fitOptionRows) shows the start of its reason.
            const Qt::Alignment h =
                Qt::Alignment::fromInt(row[col]->textAlignment()) & Qt::AlignHorizontal_Mask;
            row[col]->setTextAlignment(h | Qt::AlignTop);
            options_->setItem(i, col, row[col]);
        }
        if (selectedOption_ ? o.kind == *selectedOption_ : recommended)
            selectRow = i;
    }
    fitColumns(options_, 6);
    optionNameWidth_ = options_->columnWidth(1);
    fitOptionColumns();
    if (selectRow >= 0) {
        options_->selectRow(selectRow);
        // The table scrolls inside its space: the selected (or chosen) option is kept in sight.
        options_->scrollToItem(options_->item(selectRow, 0), QAbstractItemView::EnsureVisible);
    }
    updateChooseButton();
}

// The option's name narrower (it wraps) when the columns would not fit beside a readable reason
// column: at 150 % in English the totals were scrolled off to the right.
void ResultsView::fitOptionColumns()
{
    const int digit = options_->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    int others = 0;
    for (int col : {0, 2, 3, 4, 5})
        others += options_->columnWidth(col);
    const int room = options_->viewport()->width() - others - digit * 12;
    const int name = std::clamp(room, std::min(digit * 10, optionNameWidth_), optionNameWidth_);
    if (options_->columnWidth(1) != name)
        options_->setColumnWidth(1, name);
    fitOptionRows();
}

// Each option's row as tall as its reason, but at most two lines: a row taller than the table's
// space (the reason column is narrow at 150 %) would show nothing but its middle. The whole
// reason is in the tooltip and on the "Option details" tab, without hovering.
void ResultsView::fitOptionRows()
{
    const int twoLines = 2 * options_->fontMetrics().lineSpacing() + 6;
    for (int r = 0; r < options_->rowCount(); ++r) {
        options_->resizeRowToContents(r);
        if (options_->rowHeight(r) > twoLines)
            options_->setRowHeight(r, twoLines);
    }
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

// The recommendation starts with what must be done by a date, then the way out: numbered, above
// the options, never a tab away.
void ResultsView::fillNextSteps()
{
    const Narrator n = uiNarrator();
    QStringList lines;
    for (const QString& step : n.texts(consultation_.nextSteps))
        if (!step.isEmpty())
            lines << QStringLiteral("%1. %2").arg(lines.size() + 1).arg(step.toHtmlEscaped());
    nextSteps_->setVisible(!lines.isEmpty());
    nextSteps_->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("What to do first").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    nextSteps_->setAccessibleName(tr("What to do first"));
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

} // namespace zansai::ui
