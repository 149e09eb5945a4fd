#include "report/ClientDocuments.h"

#include "advice/AdviceLabels.h"
#include "advice/NextSteps.h"
#include "case/CaseLabels.h"
#include "law/JapaneseEra.h"
#include "report/PdfTextLayer.h"
#include "report/ReportCharts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace zansai::ui {

namespace {

struct DocText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::ClientDocuments)
};

// The language of the document being built (set by LanguageScope for one build).
thread_local Language g_language = Language::Japanese;

struct LanguageScope {
    explicit LanguageScope(Language l) : previous(g_language) { g_language = l; }
    ~LanguageScope() { g_language = previous; }
    Language previous;
};

bool japanese()
{
    return g_language == Language::Japanese;
}

QString documentDate(QDate d)
{
    return ::zansai::ui::documentDate(d, g_language);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString yen(Yen y)
{
    return esc(formatYen(y, japanese()));
}

QString dateText(QDate d)
{
    return d.isValid() ? esc(documentDate(d)) : QStringLiteral("—");
}

// A small HTML writer: tables keep whole rows on a page (QTextDocument moves a row that does not
// fit, unless border-collapse is on), the header row repeats on each page.
class Html {
public:
    explicit Html(const TableBreaks& breaks) : breaks_(breaks) {}
    void h1(const QString& t) { s_ += QStringLiteral("<h1>") + esc(t) + QStringLiteral("</h1>"); }
    void h2(const QString& t) { s_ += QStringLiteral("<h2>") + esc(t) + QStringLiteral("</h2>"); }
    void p(const QString& t, const QString& cls = {})
    {
        s_ += (cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls))
              + esc(t) + QStringLiteral("</p>");
    }
    void raw(const QString& html) { s_ += html; }
    void list(const QStringList& items, bool numbered = false)
    {
        if (items.isEmpty())
            return;
        s_ += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        for (const QString& i : items)
            s_ += QStringLiteral("<li>") + esc(i) + QStringLiteral("</li>");
        s_ += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    }
    // `right` marks columns to align right (amounts).
    // A page break before body row i (TableBreaks) closes the table and opens it again on a new
    // page with its header.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& right = {},
               const QList<int>& widths = {})
    {
        const int logical = tables_++;
        // A break before the first body row moves the whole table (its header too).
        openTable(header, widths, breaks_.contains({logical, 0}));
        origins_.append({logical, 0});
        for (int r = 0; r < rows.size(); ++r) {
            if (r > 0 && breaks_.contains({logical, r})) {
                s_ += QStringLiteral("</tbody></table>");
                openTable(header, widths, true);
                origins_.append({logical, r});
            }
            const QStringList& row = rows[r];
            s_ += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                s_ += (right.contains(i) ? QStringLiteral("<td align=\"right\">")
                                         : QStringLiteral("<td>"))
                      + row[i] + QStringLiteral("</td>");
            s_ += QStringLiteral("</tr>");
        }
        s_ += QStringLiteral("</tbody></table>");
    }
    QString html() const { return s_; }
    const QList<QPair<int, int>>& origins() const { return origins_; }

private:
    void openTable(const QStringList& header, const QList<int>& widths, bool pageBreak)
    {
        // No border-collapse: with it, Qt 6.4 lets rows straddle pages even more readily.
        s_ += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%1>"
                             "<thead><tr>")
                  .arg(pageBreak ? QStringLiteral(" style=\"page-break-before: always;\"")
                                 : QString());
        for (int i = 0; i < header.size(); ++i)
            s_ += QStringLiteral("<th%1>").arg(widths.value(i) ? QStringLiteral(" width=\"%1%\"")
                                                                      .arg(widths.value(i))
                                                                : QString())
                  + esc(header[i]) + QStringLiteral("</th>");
        s_ += QStringLiteral("</tr></thead><tbody>");
    }

    QString s_;
    const TableBreaks& breaks_;
    int tables_ = 0;
    QList<QPair<int, int>> origins_;
};

const char* kStyle = "body { font-size: 9pt; }"
                     "h1 { font-size: 15pt; margin-bottom: 2pt; }"
                     "h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; color: #1f4e79; }"
                     "th { background-color: #dde7f0; border: 0.3pt solid #7a8a99; font-weight: bold; }"
                     "td { border: 0.3pt solid #7a8a99; }"
                     "p.meta { color: #333333; margin: 0; }"
                     "p.note { font-size: 8pt; color: #333333; }"
                     "p.warn { color: #a00000; font-weight: bold; }"
                     "p.disclaimer { font-size: 8pt; border: 0.5pt solid #999999; }";

std::unique_ptr<QTextDocument> newDocument(const Html& h)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(documentFontFamily());
    font.setPointSizeF(9);
    preferUnshapedText(font);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    doc->setHtml(h.html());
    setTableOrigins(*doc, h.origins());
    return doc;
}

QString disclaimer()
{
    return DocText::tr("This summary shows calculations based on what the client told us on the "
                       "date above. It is not legal advice. Court procedures and negotiations "
                       "on the client's behalf belong with a lawyer or a judicial scrivener "
                       "(司法書士).");
}

QString creditorName(const Case& c, const QString& id)
{
    const Debt* d = c.debt(id);
    return d ? d->creditor : id;
}

QString limitationStatus(const LimitationView& l)
{
    if (l.completed)
        return DocText::tr("Completed (can be invoked)");
    if (l.completesOn.isValid())
        return DocText::tr("Not completed");
    return DocText::tr("Not applicable");
}

void clientAndSale(Html& h, const Case& c)
{
    h.h2(DocText::tr("Client and sale"));
    QList<QStringList> rows;
    rows << QStringList{esc(DocText::tr("Client")), esc(c.client.name)};
    rows << QStringList{esc(DocText::tr("Occupation")), esc(displayName(c.client.occupation))};
    rows << QStringList{esc(DocText::tr("Dependents")), QString::number(c.client.dependents)};
    rows << QStringList{esc(DocText::tr("Net income (monthly)")), yen(c.client.netMonthlyIncome)};
    if (c.sale) {
        rows << QStringList{esc(DocText::tr("Sale")),
                            esc(displayName(c.sale->kind)) + QStringLiteral(" — ")
                                + dateText(c.sale->settledOn) + QStringLiteral(" — ")
                                + yen(c.sale->price)};
    }
    h.table({DocText::tr("Item"), DocText::tr("Details")}, rows, {}, {30, 70});
}

void debtsTable(Html& h, const Case& c, const Assessment& a)
{
    h.h2(DocText::tr("Debts"));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = c.debt(d.id);
        rows << QStringList{esc(d.creditor.isEmpty() ? creditorName(c, d.id) : d.creditor),
                            esc(debt ? displayName(debt->kind) : QString()),
                            yen(d.principal),
                            yen(d.lateInterest),
                            yen(d.balance()),
                            dateText(d.limitation.completesOn),
                            esc(limitationStatus(d.limitation))};
    }
    rows << QStringList{QStringLiteral("<b>") + esc(DocText::tr("Total")) + QStringLiteral("</b>"),
                        QString(), QString(), QString(),
                        QStringLiteral("<b>") + yen(a.totalBalance()) + QStringLiteral("</b>"),
                        QString(), QString()};
    h.table({DocText::tr("Creditor"), DocText::tr("Kind"), DocText::tr("Principal"),
             DocText::tr("Late interest"), DocText::tr("Balance"), DocText::tr("Limitation ends"),
             DocText::tr("Status")},
            rows, {2, 3, 4}, {20, 13, 13, 13, 13, 16, 12});
    h.p(DocText::tr("As of %1. Late interest is counted through that day; amounts are truncated "
                    "below one yen.")
            .arg(documentDate(a.asOf)),
        QStringLiteral("note"));
}

void stageAndDeadlines(Html& h, const Case& c, const Assessment& a)
{
    h.h2(DocText::tr("Where the client stands"));
    h.p(stageName(a.stage) + QStringLiteral(": ") + stageExplanation(a.stage));
    if (a.deadlines.isEmpty()) {
        h.p(DocText::tr("No court deadline is running."));
        return;
    }
    QList<QStringList> rows;
    for (const Deadline& d : a.deadlines) {
        const QString left = d.daysLeft >= 0 ? DocText::tr("%1 days").arg(d.daysLeft)
                                             : DocText::tr("passed");
        const QString leftCell = d.daysLeft <= 7
                                     ? QStringLiteral("<font color=\"#b00000\"><b>") + esc(left)
                                           + QStringLiteral("</b></font>")
                                     : esc(left);
        rows << QStringList{dateText(d.due), leftCell, esc(displayName(d.kind)),
                            esc(creditorName(c, d.debtId)), esc(d.consequence)};
    }
    h.table({DocText::tr("Deadline"), DocText::tr("Days left"), DocText::tr("Step"),
             DocText::tr("Creditor"), DocText::tr("If it is missed")},
            rows, {1}, {17, 9, 18, 18, 38});
}

void limitationSection(Html& h, const Assessment& a)
{
    h.h2(DocText::tr("Limitation period (消滅時効)"));
    // One row per debt with the step that fixed the date; each warning once, below the table.
    QList<QStringList> rows;
    QStringList warnings;
    for (const DebtAssessment& d : a.debts) {
        QString decisive;
        if (!d.limitation.steps.isEmpty()) {
            const LimitationStepView& s = d.limitation.steps.back();
            decisive = s.text + (s.article.isEmpty() ? QString()
                                                     : QStringLiteral(" (") + s.article
                                                           + QStringLiteral(")"));
        }
        rows << QStringList{esc(d.creditor), DocText::tr("%1 years").arg(d.limitation.years),
                            dateText(d.limitation.completesOn),
                            esc(limitationStatus(d.limitation)), esc(decisive)};
        for (const QString& w : d.limitation.warnings)
            if (!warnings.contains(w))
                warnings << w;
    }
    h.table({DocText::tr("Creditor"), DocText::tr("Period"), DocText::tr("Limitation ends"),
             DocText::tr("Status"), DocText::tr("Why this date")},
            rows, {}, {18, 7, 15, 11, 49});
    for (const QString& w : warnings)
        h.p(w, QStringLiteral("warn"));
}

void optionsSection(Html& h, const Assessment& a)
{
    h.h2(DocText::tr("Ways out compared"));
    QList<QStringList> rows;
    for (const OptionAssessment& o : a.options) {
        const bool best = o.rank == 1;
        QString name = esc(displayName(o.kind));
        if (best)
            name = QStringLiteral("<b>★ ") + name + QStringLiteral("</b>");
        rows << QStringList{name,
                            esc(o.eligible ? DocText::tr("Possible") : DocText::tr("Not possible")),
                            o.monthly.isZero() ? QStringLiteral("—") : yen(o.monthly),
                            o.months ? DocText::tr("%1 months").arg(o.months) : QStringLiteral("—"),
                            o.total.isZero() ? QStringLiteral("—") : yen(o.total),
                            o.creditRecordYears ? DocText::tr("%1 years").arg(o.creditRecordYears)
                                                : QStringLiteral("—")};
    }
    h.table({DocText::tr("Option"), DocText::tr("Eligible"), DocText::tr("Monthly"),
             DocText::tr("Period"), DocText::tr("Total cost"), DocText::tr("Credit record")},
            rows, {2, 3, 4, 5}, {30, 11, 14, 12, 18, 15});
    h.p(DocText::tr("★ marks the recommended option. Totals include typical fees."),
        QStringLiteral("note"));
    for (const OptionAssessment& o : a.options) {
        h.raw(QStringLiteral("<p><b>") + esc(displayName(o.kind)) + QStringLiteral("</b>")
              + (o.rankReason.isEmpty() ? QString()
                                        : QStringLiteral(" — ") + esc(o.rankReason))
              + QStringLiteral("</p>"));
        QStringList lines = o.reasons;
        if (!o.guarantorEffect.isEmpty())
            lines << DocText::tr("Guarantor: %1").arg(o.guarantorEffect);
        if (!o.limitationEffect.isEmpty())
            lines << DocText::tr("Limitation: %1").arg(o.limitationEffect);
        if (!o.occupationLimits.isEmpty())
            lines << DocText::tr("Occupation: %1").arg(o.occupationLimits.join(QStringLiteral("; ")));
        if (!o.assetsLost.isEmpty())
            lines << DocText::tr("Assets: %1").arg(o.assetsLost.join(QStringLiteral("; ")));
        h.list(lines);
        for (const QString& w : o.warnings)
            h.p(w, QStringLiteral("warn"));
    }
}

std::unique_ptr<QTextDocument> caseSummary(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.assessment;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::CaseSummary));
    h.p(DocText::tr("Prepared on %1 — case %2").arg(documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    if (!ctx.firm.isEmpty() || !ctx.consultant.isEmpty())
        h.p(DocText::tr("%1 — consultant: %2").arg(ctx.firm, ctx.consultant), QStringLiteral("meta"));
    clientAndSale(h, c);
    debtsTable(h, c, a);
    stageAndDeadlines(h, c, a);
    limitationSection(h, a);
    optionsSection(h, a);

    h.h2(DocText::tr("Projections"));
    h.p(DocText::tr("Balance over ten years under each option"), QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:balance]]"));
    h.p(DocText::tr("Monthly payment of each option"), QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:monthly]]"));
    h.p(DocText::tr("Late interest if nothing is done"), QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:interest]]"));

    h.h2(DocText::tr("Next steps"));
    h.list(nextSteps(c, a), true);
    if (!a.disputedPoints.isEmpty()) {
        h.h2(DocText::tr("Points where the law is disputed"));
        h.list(a.disputedPoints);
    }
    h.p(disclaimer(), QStringLiteral("disclaimer"));

    auto doc = newDocument(h);
    placeDrawing(*doc, QStringLiteral("[[chart:balance]]"), balanceChartDrawing(a), 0.42);
    placeDrawing(*doc, QStringLiteral("[[chart:monthly]]"), monthlyChartDrawing(a), 0.32);
    placeDrawing(*doc, QStringLiteral("[[chart:interest]]"), interestChartDrawing(a), 0.32);
    return doc;
}

std::unique_ptr<QTextDocument> budgetStatement(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::BudgetStatement));
    h.p(DocText::tr("Name: %1    Household: %2 dependents    Date: %3")
            .arg(c.client.name)
            .arg(c.client.dependents)
            .arg(documentDate(ctx.printedOn)),
        QStringLiteral("meta"));

    auto section = [&](const QString& title, const QMap<QString, Yen>& items, const QString& total,
                       Yen sum) {
        h.h2(title);
        QList<QStringList> rows;
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            rows << QStringList{esc(budgetCategoryName(it.key())), yen(it.value())};
        rows << QStringList{QStringLiteral("<b>") + esc(total) + QStringLiteral("</b>"),
                            QStringLiteral("<b>") + yen(sum) + QStringLiteral("</b>")};
        h.table({DocText::tr("Item"), DocText::tr("Monthly amount")}, rows, {1}, {60, 40});
    };
    section(DocText::tr("Income (monthly, take-home)"), c.budget.income,
            DocText::tr("Total income"), c.budget.totalIncome());
    section(DocText::tr("Expenses (monthly)"), c.budget.expenses, DocText::tr("Total expenses"),
            c.budget.totalExpenses());

    h.h2(DocText::tr("Balance"));
    h.table({DocText::tr("Item"), DocText::tr("Monthly amount")},
            {{esc(DocText::tr("Income − expenses (available for repayment)")),
              QStringLiteral("<b>") + yen(c.budget.surplus()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

    h.h2(DocText::tr("Assets"));
    const Assets& as = c.assets;
    h.table({DocText::tr("Asset"), DocText::tr("Value")},
            {{esc(DocText::tr("Cash")), yen(as.cash)},
             {esc(DocText::tr("Bank deposits")), yen(as.deposits)},
             {esc(DocText::tr("Car")), yen(as.car)},
             {esc(DocText::tr("Insurance surrender value")), yen(as.insuranceSurrender)},
             {esc(DocText::tr("Retirement allowance (estimate)")), yen(as.retirementAllowanceEstimate)},
             {esc(DocText::tr("Other")), yen(as.other)},
             {QStringLiteral("<b>") + esc(DocText::tr("Total")) + QStringLiteral("</b>"),
              QStringLiteral("<b>") + yen(as.total()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

    h.p(DocText::tr("I confirm that the above is true and complete."));
    h.p(DocText::tr("Date: ____________    Signature: ______________________"));
    return newDocument(h);
}

std::unique_ptr<QTextDocument> referralSheet(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.assessment;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::ReferralSheet));
    h.p(DocText::tr("To the lawyer or judicial scrivener: a summary of the facts as told to us on "
                    "%1 (case %2).")
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    QList<QStringList> facts;
    facts << QStringList{esc(DocText::tr("Client")), esc(c.client.name)};
    if (c.client.birthDate.isValid())
        facts << QStringList{esc(DocText::tr("Born")), dateText(c.client.birthDate)};
    facts << QStringList{esc(DocText::tr("Occupation / income")),
                         esc(displayName(c.client.occupation)) + QStringLiteral(" — ")
                             + yen(c.client.netMonthlyIncome)};
    facts << QStringList{esc(DocText::tr("Dependents")), QString::number(c.client.dependents)};
    if (c.sale)
        facts << QStringList{esc(DocText::tr("Sale")), esc(displayName(c.sale->kind))
                                                           + QStringLiteral(" ")
                                                           + dateText(c.sale->settledOn)};
    facts << QStringList{esc(DocText::tr("Prior discharge")),
                         c.priorDischargeFinalOn ? dateText(*c.priorDischargeFinalOn)
                                                 : esc(DocText::tr("None"))};
    facts << QStringList{esc(DocText::tr("Stage")), esc(stageName(a.stage))};
    facts << QStringList{esc(DocText::tr("Total balance")), yen(a.totalBalance())};
    h.table({DocText::tr("Item"), DocText::tr("Details")}, facts, {}, {28, 72});

    h.h2(DocText::tr("Debts"));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = c.debt(d.id);
        QString lastEvent;
        if (debt && !debt->events.isEmpty())
            lastEvent = displayName(debt->events.back().type) + QStringLiteral(" ")
                        + debt->events.back().date.toString(Qt::ISODate);
        rows << QStringList{esc(d.creditor), yen(d.balance()), esc(lastEvent),
                            dateText(d.limitation.completesOn)};
    }
    h.table({DocText::tr("Creditor"), DocText::tr("Balance"), DocText::tr("Latest event"),
             DocText::tr("Limitation ends")},
            rows, {1}, {30, 18, 32, 20});

    h.h2(DocText::tr("Deadlines"));
    if (a.deadlines.isEmpty())
        h.p(DocText::tr("No court deadline is running."));
    for (const Deadline& d : a.deadlines)
        h.p(DocText::tr("%1: %2 (%3) — %4 days left")
                .arg(documentDate(d.due), displayName(d.kind), creditorName(c, d.debtId))
                .arg(d.daysLeft),
            d.daysLeft <= 7 ? QStringLiteral("warn") : QString());
    if (const OptionAssessment* best = a.recommended()) {
        h.h2(DocText::tr("Direction discussed"));
        h.p(displayName(best->kind) + (best->rankReason.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" — ") + best->rankReason));
    }
    if (!c.notes.isEmpty()) {
        h.h2(DocText::tr("Consultant's notes"));
        h.p(c.notes);
    }
    h.p(DocText::tr("Referred by: %1 %2").arg(ctx.firm, ctx.consultant), QStringLiteral("meta"));
    return newDocument(h);
}

} // namespace

QString documentDate(QDate d, Language lang)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (lang == Language::Japanese)
        return law::formatWarekiWithGregorian(d);
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString documentTitle(ClientDocument d)
{
    switch (d) {
    case ClientDocument::CaseSummary: return DocText::tr("Case summary");
    case ClientDocument::BudgetStatement: return DocText::tr("Household income and expense statement");
    case ClientDocument::ReferralSheet: return DocText::tr("Referral sheet");
    }
    return {};
}

QString documentCode(ClientDocument d)
{
    switch (d) {
    case ClientDocument::CaseSummary: return QStringLiteral("summary");
    case ClientDocument::BudgetStatement: return QStringLiteral("budget");
    case ClientDocument::ReferralSheet: return QStringLiteral("referral");
    }
    return {};
}

DocumentBuilder documentBuilder(ClientDocument d, const ReportContext& ctx)
{
    return [d, ctx](const TableBreaks& breaks) -> std::unique_ptr<QTextDocument> {
        const LanguageScope scope(ctx.language);
        switch (d) {
        case ClientDocument::CaseSummary: return caseSummary(ctx, breaks);
        case ClientDocument::BudgetStatement: return budgetStatement(ctx, breaks);
        case ClientDocument::ReferralSheet: return referralSheet(ctx, breaks);
        }
        return {};
    };
}

PageDecoration decorationFor(ClientDocument d, const ReportContext& ctx)
{
    const LanguageScope scope(ctx.language);
    PageDecoration deco;
    deco.headerLeft = ctx.firm.isEmpty() ? DocText::tr("Zansai Navigator") : ctx.firm;
    deco.headerRight = documentTitle(d) + QStringLiteral(" — ") + ctx.caseData.client.name
                       + QStringLiteral(" — ") + documentDate(ctx.printedOn);
    deco.footerLeft = DocText::tr("Not legal advice: court procedures go to a lawyer or judicial "
                                  "scrivener. Case %1.")
                          .arg(ctx.caseNumber);
    deco.pageFormat = DocText::tr("%1 / %2");
    return deco;
}

Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path)
{
    return writePdf(documentBuilder(d, ctx), decorationFor(d, ctx), path, documentTitle(d));
}

} // namespace zansai::ui
