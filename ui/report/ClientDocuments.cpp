#include "report/ClientDocuments.h"

#include "advice/AdviceLabels.h"
#include "advice/NextSteps.h"
#include "case/CaseLabels.h"
#include "i18n/Narrator.h"
#include "law/JapaneseEra.h"
#include "report/PdfTextLayer.h"
#include "report/ReportCharts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace zansai::ui {

namespace {

// The narrator of the document being built, in the paper's language (set by LanguageScope for one
// build). The paper is written in that language whatever translators the application installed.
thread_local const Narrator* g_narrator = nullptr;

struct LanguageScope {
    explicit LanguageScope(Language l) : narrator(l), previous(g_narrator)
    {
        g_narrator = &narrator;
    }
    ~LanguageScope() { g_narrator = previous; }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    const Narrator narrator;
    const Narrator* previous;
};

const Narrator& narrator()
{
    static const Narrator fallback(Language::Japanese);
    return g_narrator ? *g_narrator : fallback;
}

constexpr char kContext[] = "zansai::ui::ClientDocuments";

// Fixed labels: L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "…")), in the paper's language.
QString L(const char* source)
{
    return narrator().tr(kContext, source);
}

QString text(const Message& m)
{
    return narrator().text(m);
}

QStringList texts(const QList<Message>& ms)
{
    return narrator().texts(ms);
}

// A case code, an option or a deadline kind by name (case/CaseLabels.h, advice/AdviceLabels.h).
template <typename T> QString nameOf(T v)
{
    return text(label(v));
}

bool japanese()
{
    return narrator().language() == Language::Japanese;
}

QString documentDate(QDate d)
{
    return ::zansai::ui::documentDate(d, narrator().language());
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
    return L(
        QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                          "This summary shows calculations based on what the client told us on the "
                          "date above. It is not legal advice. Court procedures and negotiations "
                          "on the client's behalf belong with a lawyer or a judicial scrivener "
                          "(司法書士)."));
}

QString creditorName(const Case& c, const QString& id)
{
    const Debt* d = c.debt(id);
    return d ? d->creditor : id;
}

// The same status as on screen (advice/AdviceLabels.h): an invoked limitation reads "invoked".
QString limitationStatus(const LimitationView& l)
{
    return text(limitationStatusLabel(l));
}

void clientAndSale(Html& h, const Case& c)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client and sale")));
    QList<QStringList> rows;
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client"))),
                        esc(c.client.name)};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation"))),
                        esc(nameOf(c.client.occupation))};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Dependents"))),
                        QString::number(c.client.dependents)};
    rows << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Net income (monthly)"))),
        yen(c.client.netMonthlyIncome)};
    if (c.sale) {
        rows << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Sale"))),
                            esc(nameOf(c.sale->kind)) + QStringLiteral(" — ") +
                                dateText(c.sale->settledOn) + QStringLiteral(" — ") +
                                yen(c.sale->price)};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Details"))},
            rows, {}, {30, 70});
}

void debtsTable(Html& h, const Case& c, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts")));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = c.debt(d.id);
        rows << QStringList{esc(d.creditor.isEmpty() ? creditorName(c, d.id) : d.creditor),
                            esc(debt ? nameOf(debt->kind) : QString()),
                            yen(d.principal),
                            yen(d.lateInterest),
                            yen(d.balance()),
                            dateText(d.limitation.completesOn),
                            esc(limitationStatus(d.limitation))};
    }
    rows << QStringList{QStringLiteral("<b>") +
                            esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total"))) +
                            QStringLiteral("</b>"),
                        QString(),
                        QString(),
                        QString(),
                        QStringLiteral("<b>") + yen(a.totalBalance()) + QStringLiteral("</b>"),
                        QString(),
                        QString()};
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Kind")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Principal")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Late interest")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Status"))},
            rows, {2, 3, 4}, {20, 13, 13, 13, 13, 16, 12});
    h.p(L(QT_TRANSLATE_NOOP(
              "zansai::ui::ClientDocuments",
              "As of %1. Late interest is counted through that day; amounts are truncated "
              "below one yen."))
            .arg(documentDate(a.asOf)),
        QStringLiteral("note"));
}

void stageAndDeadlines(Html& h, const Case& c, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Where the client stands")));
    h.p(text(stageLabel(a.stage)) + QStringLiteral(": ") + text(stageExplanationLabel(a.stage)));
    if (a.deadlines.isEmpty()) {
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
        return;
    }
    QList<QStringList> rows;
    for (const Deadline& d : a.deadlines) {
        const QString left =
            d.daysLeft >= 0
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 days")).arg(d.daysLeft)
                : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "passed"));
        const QString leftCell = d.daysLeft <= 7
                                     ? QStringLiteral("<font color=\"#b00000\"><b>") + esc(left)
                                           + QStringLiteral("</b></font>")
                                     : esc(left);
        rows << QStringList{dateText(d.due), leftCell, esc(nameOf(d.kind)),
                            esc(creditorName(c, d.debtId)), esc(text(d.consequence))};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Deadline")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Days left")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Step")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "If it is missed"))},
            rows, {1}, {17, 9, 18, 18, 38});
}

void limitationSection(Html& h, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation period (消滅時効)")));
    // One row per debt with the step that fixed the date; each warning once, below the table.
    QList<QStringList> rows;
    QStringList warnings;
    for (const DebtAssessment& d : a.debts) {
        QString decisive;
        if (!d.limitation.steps.isEmpty()) {
            const LimitationStepView& s = d.limitation.steps.back();
            decisive = text(s.text) + (s.article.isEmpty() ? QString()
                                                           : QStringLiteral(" (") + s.article +
                                                                 QStringLiteral(")"));
        }
        rows << QStringList{
            esc(d.creditor),
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 years")).arg(d.limitation.years),
            dateText(d.limitation.completesOn), esc(limitationStatus(d.limitation)), esc(decisive)};
        for (const QString& w : texts(d.limitation.warnings))
            if (!warnings.contains(w))
                warnings << w;
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Period")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Status")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Why this date"))},
            rows, {}, {18, 7, 15, 11, 49});
    for (const QString& w : warnings)
        h.p(w, QStringLiteral("warn"));
}

void optionsSection(Html& h, const Assessment& a)
{
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Ways out compared")));
    QList<QStringList> rows;
    for (const OptionAssessment& o : a.options) {
        const bool best = o.rank == 1;
        QString name = esc(nameOf(o.kind));
        if (best)
            name = QStringLiteral("<b>★ ") + name + QStringLiteral("</b>");
        rows << QStringList{
            name,
            esc(o.eligible ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Possible"))
                           : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Not possible"))),
            o.monthly.isZero() ? QStringLiteral("—") : yen(o.monthly),
            o.months
                ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 months")).arg(o.months)
                : QStringLiteral("—"),
            o.total.isZero() ? QStringLiteral("—") : yen(o.total),
            o.creditRecordYears ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 years"))
                                      .arg(o.creditRecordYears)
                                : QStringLiteral("—")};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Option")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Eligible")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Period")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total cost")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Credit record"))},
            rows, {2, 3, 4, 5}, {30, 11, 14, 12, 18, 15});
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "★ marks the recommended option. Totals include typical fees.")),
        QStringLiteral("note"));
    for (const OptionAssessment& o : a.options) {
        h.raw(
            QStringLiteral("<p><b>") + esc(nameOf(o.kind)) + QStringLiteral("</b>") +
            (o.rankReason.isEmpty() ? QString() : QStringLiteral(" — ") + esc(text(o.rankReason))) +
            QStringLiteral("</p>"));
        QStringList lines = texts(o.reasons);
        if (!o.guarantorEffect.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Guarantor: %1"))
                         .arg(text(o.guarantorEffect));
        if (!o.limitationEffect.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation: %1"))
                         .arg(text(o.limitationEffect));
        if (!o.occupationLimits.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation: %1"))
                         .arg(texts(o.occupationLimits).join(QStringLiteral("; ")));
        if (!o.assetsLost.isEmpty())
            lines << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Assets: %1"))
                         .arg(texts(o.assetsLost).join(QStringLiteral("; ")));
        h.list(lines);
        for (const QString& w : texts(o.warnings))
            h.p(w, QStringLiteral("warn"));
    }
}

std::unique_ptr<QTextDocument> caseSummary(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.consultation.assessment;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::CaseSummary, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Prepared on %1 — case %2"))
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    if (!ctx.firm.isEmpty() || !ctx.consultant.isEmpty())
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 — consultant: %2"))
                .arg(ctx.firm, ctx.consultant),
            QStringLiteral("meta"));
    clientAndSale(h, c);
    debtsTable(h, c, a);
    // Which figures rest on answers not given yet, and the day counted to when the case is older.
    for (const QString& t : texts(ctx.consultation.incompleteNotes()))
        h.p(t, QStringLiteral("warn"));
    if (const auto note = ctx.consultation.dateNote())
        h.p(text(*note), QStringLiteral("note"));
    stageAndDeadlines(h, c, a);
    limitationSection(h, a);
    optionsSection(h, a);

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Projections")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Balance over ten years under each option")),
        QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:balance]]"));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly payment of each option")),
        QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:monthly]]"));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Late interest if nothing is done")),
        QStringLiteral("note"));
    h.p(QStringLiteral("[[chart:interest]]"));

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Next steps")));
    h.list(texts(nextSteps(c, a)), true);
    if (!a.disputedPoints.isEmpty()) {
        h.h2(L(
            QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Points where the law is disputed")));
        h.list(texts(a.disputedPoints));
    }
    h.p(disclaimer(), QStringLiteral("disclaimer"));

    auto doc = newDocument(h);
    placeDrawing(*doc, QStringLiteral("[[chart:balance]]"), balanceChartDrawing(a, narrator()),
                 0.42);
    placeDrawing(*doc, QStringLiteral("[[chart:monthly]]"), monthlyChartDrawing(a, narrator()),
                 0.32);
    placeDrawing(*doc, QStringLiteral("[[chart:interest]]"), interestChartDrawing(a, narrator()),
                 0.32);
    return doc;
}

std::unique_ptr<QTextDocument> budgetStatement(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::BudgetStatement, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Name: %1    Household: %2 dependents    Date: %3"))
            .arg(c.client.name)
            .arg(c.client.dependents)
            .arg(documentDate(ctx.printedOn)),
        QStringLiteral("meta"));

    auto section = [&](const QString& title, const QMap<QString, Yen>& items, const QString& total,
                       Yen sum) {
        h.h2(title);
        QList<QStringList> rows;
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            rows << QStringList{esc(text(budgetCategoryLabel(it.key()))), yen(it.value())};
        rows << QStringList{QStringLiteral("<b>") + esc(total) + QStringLiteral("</b>"),
                            QStringLiteral("<b>") + yen(sum) + QStringLiteral("</b>")};
        h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
                 L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly amount"))},
                rows, {1}, {60, 40});
    };
    section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Income (monthly, take-home)")),
            c.budget.income, L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total income")),
            c.budget.totalIncome());
    section(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Expenses (monthly)")),
            c.budget.expenses,
            L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total expenses")),
            c.budget.totalExpenses());

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")));
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Monthly amount"))},
            {{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Income − expenses (available for repayment)"))),
              QStringLiteral("<b>") + yen(c.budget.surplus()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Assets")));
    const Assets& as = c.assets;
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Asset")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Value"))},
            {{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Cash"))), yen(as.cash)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Bank deposits"))),
              yen(as.deposits)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Car"))), yen(as.car)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Insurance surrender value"))),
              yen(as.insuranceSurrender)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                      "Retirement allowance (estimate)"))),
              yen(as.retirementAllowanceEstimate)},
             {esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Other"))), yen(as.other)},
             {QStringLiteral("<b>") +
                  esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total"))) +
                  QStringLiteral("</b>"),
              QStringLiteral("<b>") + yen(as.total()) + QStringLiteral("</b>")}},
            {1}, {60, 40});

    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "I confirm that the above is true and complete.")));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Date: ____________    Signature: ______________________")));
    return newDocument(h);
}

std::unique_ptr<QTextDocument> referralSheet(const ReportContext& ctx, const TableBreaks& breaks)
{
    const Case& c = ctx.caseData;
    const Assessment& a = ctx.consultation.assessment;
    Html h(breaks);
    h.h1(documentTitle(ClientDocument::ReferralSheet, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP(
              "zansai::ui::ClientDocuments",
              "To the lawyer or judicial scrivener: a summary of the facts as told to us on "
              "%1 (case %2)."))
            .arg(documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    QList<QStringList> facts;
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Client"))),
                         esc(c.client.name)};
    if (c.client.birthDate.isValid())
        facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Born"))),
                             dateText(c.client.birthDate)};
    facts << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Occupation / income"))),
        esc(nameOf(c.client.occupation)) + QStringLiteral(" — ") + yen(c.client.netMonthlyIncome)};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Dependents"))),
                         QString::number(c.client.dependents)};
    if (c.sale)
        facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Sale"))),
                             esc(nameOf(c.sale->kind)) + QStringLiteral(" ") +
                                 dateText(c.sale->settledOn)};
    facts << QStringList{
        esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Prior discharge"))),
        c.priorDischargeFinalOn ? dateText(*c.priorDischargeFinalOn)
                                : esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "None")))};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Stage"))),
                         esc(text(stageLabel(a.stage)))};
    facts << QStringList{esc(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Total balance"))),
                         yen(a.totalBalance())};
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Item")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Details"))},
            facts, {}, {28, 72});

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts")));
    QList<QStringList> rows;
    for (const DebtAssessment& d : a.debts) {
        const Debt* debt = c.debt(d.id);
        QString lastEvent;
        if (debt && !debt->events.isEmpty())
            lastEvent = nameOf(debt->events.back().type) + QStringLiteral(" ") +
                        debt->events.back().date.toString(Qt::ISODate);
        rows << QStringList{esc(d.creditor), yen(d.balance()), esc(lastEvent),
                            dateText(d.limitation.completesOn)};
    }
    h.table({L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Balance")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Latest event")),
             L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Limitation ends"))},
            rows, {1}, {30, 18, 32, 20});

    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Deadlines")));
    if (a.deadlines.isEmpty())
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "No court deadline is running.")));
    for (const Deadline& d : a.deadlines)
        h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1: %2 (%3) — %4 days left"))
                .arg(documentDate(d.due), nameOf(d.kind), creditorName(c, d.debtId))
                .arg(d.daysLeft),
            d.daysLeft <= 7 ? QStringLiteral("warn") : QString());
    if (const OptionAssessment* best = a.recommended()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Direction discussed")));
        h.p(nameOf(best->kind) + (best->rankReason.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" — ") + text(best->rankReason)));
    }
    if (!c.notes.isEmpty()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Consultant's notes")));
        h.p(c.notes);
    }
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Referred by: %1 %2"))
            .arg(ctx.firm, ctx.consultant),
        QStringLiteral("meta"));
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
    return documentTitle(d, currentLanguage());
}

QString documentTitle(ClientDocument d, Language lang)
{
    const LanguageScope scope(lang);
    switch (d) {
    case ClientDocument::CaseSummary:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Case summary"));
    case ClientDocument::BudgetStatement:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "Household income and expense statement"));
    case ClientDocument::ReferralSheet:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Referral sheet"));
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
    deco.headerLeft = ctx.firm.isEmpty()
                          ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Zansai Navigator"))
                          : ctx.firm;
    deco.headerRight = documentTitle(d, ctx.language) + QStringLiteral(" — ") +
                       ctx.caseData.client.name + QStringLiteral(" — ") +
                       documentDate(ctx.printedOn);
    deco.footerLeft =
        L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Not legal advice: court procedures go to a lawyer or judicial "
                            "scrivener. Case %1."))
            .arg(ctx.caseNumber);
    deco.pageFormat = L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 / %2"));
    return deco;
}

Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path)
{
    return writePdf(documentBuilder(d, ctx), decorationFor(d, ctx), path,
                    documentTitle(d, ctx.language));
}

} // namespace zansai::ui
