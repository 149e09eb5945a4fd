#include "report/DocumentHtml.h"

#include "Version.h"
#include "case/CaseJsonWriter.h"
#include "law/JapaneseEra.h"
#include "law/LawTablesDate.h"
#include "report/PdfTextLayer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace zansai::ui::paper {

namespace {

// The narrator of the document being built (LanguageScope); the one definition.
thread_local const Narrator* g_narrator = nullptr;

constexpr char kContext[] = "zansai::ui::ClientDocuments";

const char* kStyle =
    "body { font-size: 9pt; }"
    "h1 { font-size: 15pt; margin-bottom: 2pt; }"
    "h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; color: #1f4e79; }"
    "th { background-color: #dde7f0; border: 0.3pt solid #7a8a99; font-weight: bold; }"
    "td { border: 0.3pt solid #7a8a99; }"
    "p.meta { color: #333333; margin: 0; }"
    "p.note { font-size: 8pt; color: #333333; }"
    "p.warn { color: #a00000; font-weight: bold; }"
    "p.disclaimer { font-size: 8pt; border: 0.5pt solid #999999; }";

} // namespace

LanguageScope::LanguageScope(Language l) : narrator(l), previous(g_narrator)
{
    g_narrator = &narrator;
}

LanguageScope::~LanguageScope()
{
    g_narrator = previous;
}

const Narrator& narrator()
{
    static const Narrator fallback(Language::Japanese);
    return g_narrator ? *g_narrator : fallback;
}

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

const Debt* debtOf(const Case& c, const QString& id)
{
    // An index of the last case looked up, by position. A stale index (another case, or this one
    // changed) is caught by the checks below and answered by the linear search.
    thread_local struct {
        const Debt* data = nullptr;
        qsizetype size = -1;
        QHash<QString, qsizetype> at;
    } index;
    if (index.data != c.debts.constData() || index.size != c.debts.size()) {
        index.data = c.debts.constData();
        index.size = c.debts.size();
        index.at.clear();
        index.at.reserve(index.size);
        for (qsizetype i = index.size - 1; i >= 0; --i) // the first of equal ids wins, as in debt()
            index.at.insert(c.debts[i].id, i);
    }
    const qsizetype i = index.at.value(id, -1);
    // A hit is checked by its id (ids are unique in a case: the reader refuses a repeated one).
    if (i >= 0 && i < c.debts.size() && c.debts[i].id == id)
        return &c.debts[i];
    return c.debt(id);
}

QString creditorName(const Case& c, const QString& id)
{
    const Debt* d = debtOf(c, id);
    return d ? d->creditor : id;
}

void Html::h1(const QString& t)
{
    s_ += QStringLiteral("<h1>") + esc(t) + QStringLiteral("</h1>");
}

void Html::h2(const QString& t)
{
    headingAt_ = s_.size();
    s_ += QStringLiteral("<h2>") + esc(t) + QStringLiteral("</h2>");
    headingEnd_ = s_.size();
}

void Html::p(const QString& t, const QString& cls)
{
    s_ += (cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls)) +
          esc(t) + QStringLiteral("</p>");
}

void Html::list(const QStringList& items, bool numbered)
{
    if (items.isEmpty())
        return;
    // QTextList::add costs in proportion to the list's length, so one list of n items costs n²:
    // a bullet list of 10,000 items (one per debt) took longer to import than the rest of the
    // paper. A long bullet list is emitted as lists of kChunk items whose margins meet at zero,
    // which reads and lays out as one. A numbered list stays one list (Qt 6.4's lists cannot start
    // at a number); the papers' numbered lists are short.
    constexpr qsizetype kChunk = 64;
    const qsizetype chunk = numbered ? items.size() : kChunk;
    for (qsizetype from = 0; from < items.size(); from += chunk) {
        const bool first = from == 0, last = from + chunk >= items.size();
        const QString margins =
            first && last ? QString()
            : first       ? QStringLiteral(" style=\"margin-bottom: 0px;\"")
            : last        ? QStringLiteral(" style=\"margin-top: 0px;\"")
                          : QStringLiteral(" style=\"margin-top: 0px; margin-bottom: 0px;\"");
        s_ += (numbered ? QStringLiteral("<ol") : QStringLiteral("<ul")) + margins +
              QStringLiteral(">");
        for (qsizetype i = from; i < std::min(items.size(), from + chunk); ++i)
            s_ += QStringLiteral("<li>") + esc(items[i]) + QStringLiteral("</li>");
        s_ += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    }
}

void Html::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& right,
                 const QList<int>& widths)
{
    const int logical = tables_++;
    // A break before the first body row moves the whole table (its header too), and the heading
    // right before it.
    bool breakBefore = breaks_.contains({logical, 0});
    if (breakBefore && headingEnd_ == s_.size() && headingAt_ >= 0) {
        s_.insert(headingAt_ + 3, QStringLiteral(" style=\"page-break-before: always;\""));
        breakBefore = false;
    }
    openTable(header, widths, breakBefore);
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
                                     : QStringLiteral("<td>")) +
                  row[i] + QStringLiteral("</td>");
        s_ += QStringLiteral("</tr>");
    }
    s_ += QStringLiteral("</tbody></table>");
}

void Html::openTable(const QStringList& header, const QList<int>& widths, bool pageBreak)
{
    // No border-collapse: with it, Qt 6.4 lets rows straddle pages even more readily.
    s_ += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%1>"
                         "<thead><tr>")
              .arg(pageBreak ? QStringLiteral(" style=\"page-break-before: always;\"") : QString());
    for (int i = 0; i < header.size(); ++i)
        s_ += QStringLiteral("<th%1>").arg(
                  widths.value(i) ? QStringLiteral(" width=\"%1%\"").arg(widths.value(i))
                                  : QString()) +
              esc(header[i]) + QStringLiteral("</th>");
    s_ += QStringLiteral("</tr></thead><tbody>");
}

QString caseHash(const Case& c)
{
    const QByteArray json = QJsonDocument(writeCase(c)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(12));
}

QString paperStamp(const ReportContext& ctx)
{
    const QDate asOf = ctx.consultation.asOf.isValid() ? ctx.consultation.asOf : ctx.caseData.asOf;
    // Short dates (和暦 alone in Japanese): the stamp shares the footer with the disclaimer.
    auto shortDate = [](QDate d) {
        return japanese() ? law::formatWareki(d)
                          : QLocale(QLocale::English).toString(d, QStringLiteral("d MMM yyyy"));
    };
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                               "Zansai Navigator %1 · law tables %2 · case %3 · as of %4"))
        .arg(QStringLiteral(ZANSAI_VERSION), shortDate(law::kLawTablesDate), caseHash(ctx.caseData),
             shortDate(asOf));
}

void draftCoverHead(Html& h, ClientDocument d, const ReportContext& ctx)
{
    h.h1(documentTitle(d, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP(
            "zansai::ui::ClientDocuments",
            "A DRAFT for you to check, sign, seal and send yourself, in your own name. We give "
            "information and do not act for you: we do not represent you before the creditor or "
            "a court (弁護士法72条). For a negotiation or a court case, see a lawyer or a "
            "certified judicial scrivener.")),
        QStringLiteral("disclaimer"));
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 — prepared on %2 (case %3)"))
            .arg(ctx.caseData.client.name, documentDate(ctx.printedOn), ctx.caseNumber),
        QStringLiteral("meta"));
    h.p(paperStamp(ctx), QStringLiteral("meta"));
}

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

} // namespace zansai::ui::paper
