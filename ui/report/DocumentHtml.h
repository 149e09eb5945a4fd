// Internal to the client documents (report/ClientDocuments.h): the paper's narrator scope, the
// HTML writer and the helpers that the case summary, the 収支表 and the 相談票 share.
#pragma once

#include "advice/AdviceLabels.h"
#include "case/CaseLabels.h"
#include "i18n/Narrator.h"
#include "report/ClientDocuments.h"
#include "report/PagedDocument.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace zansai::ui::paper {

// The narrator of the document being built, in the paper's language (set by LanguageScope for one
// build). The paper is written in that language whatever translators the application installed.
// The narrator in force is a single thread_local in DocumentHtml.cpp.
struct LanguageScope {
    explicit LanguageScope(Language l);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    const Narrator narrator;
    const Narrator* previous;
};

// The innermost LanguageScope's narrator, else Japanese.
const Narrator& narrator();

// Fixed labels: L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "…")), in the paper's language.
QString L(const char* source);
QString text(const Message& m);
QStringList texts(const QList<Message>& ms);

// A case code, an option or a deadline kind by name (case/CaseLabels.h, advice/AdviceLabels.h).
template <typename T> QString nameOf(T v)
{
    return text(label(v));
}

bool japanese();
// documentDate(d, language) in the paper's language.
QString documentDate(QDate d);
QString esc(const QString& s);
QString yen(Yen y);
QString dateText(QDate d);
QString creditorName(const Case& c, const QString& id);
// Case::debt(id) without its linear search: the papers look a debt up per row, which for 10,000
// debts cost more than the rest of the build (docs/stack-notes.md §7). Same answer as Case::debt.
const Debt* debtOf(const Case& c, const QString& id);

// A small HTML writer: tables keep whole rows on a page (QTextDocument moves a row that does not
// fit, unless border-collapse is on), the header row repeats on each page.
class Html {
public:
    explicit Html(const TableBreaks& breaks) : breaks_(breaks) {}
    void h1(const QString& t);
    void h2(const QString& t);
    void p(const QString& t, const QString& cls = {});
    void raw(const QString& html) { s_ += html; }
    void list(const QStringList& items, bool numbered = false);
    // `right` marks columns to align right (amounts).
    // A page break before body row i (TableBreaks) closes the table and opens it again on a new
    // page with its header.
    void table(const QStringList& header, const QList<QStringList>& rows,
               const QList<int>& right = {}, const QList<int>& widths = {});
    QString html() const { return s_; }
    const QList<QPair<int, int>>& origins() const { return origins_; }

private:
    void openTable(const QStringList& header, const QList<int>& widths, bool pageBreak);

    QString s_;
    const TableBreaks& breaks_;
    int tables_ = 0;
    // Where the last <h2> starts and ends in s_: a table moved whole to the next page takes the
    // heading right before it along (no heading left alone at the foot of a page).
    qsizetype headingAt_ = -1, headingEnd_ = -1;
    QList<QPair<int, int>> origins_;
};

// The reproducibility stamp every paper carries in its footer (decorationFor in
// ClientDocuments.cpp puts it there; docs/papers.md): the app version, the date of the law tables
// (law/LawTablesDate.h), a short hash of the case and the day assessed, in the paper's language.
// The same case gives the same stamp; any change to the case gives another hash.
QString paperStamp(const ReportContext& ctx);
// The first 12 hex digits of the SHA-256 of the case's canonical JSON (case/CaseJsonWriter.h,
// compact, keys sorted as QJsonObject keeps them).
QString caseHash(const Case& c);
// The head of a draft's cover (時効援用通知書, 分割弁済の申出書): its title, the draft-not-
// representation notice (弁護士法72条), who and when it was prepared for, and the stamp — on the
// cover only, since the pages after it go out as they are.
void draftCoverHead(Html& h, ClientDocument d, const ReportContext& ctx);

// The document for the HTML, in the papers' font and style sheet, with its table origins.
std::unique_ptr<QTextDocument> newDocument(const Html& h);

// The papers, each built under the caller's LanguageScope (CaseSummaryDocument.cpp,
// BudgetDocument.cpp, ReferralDocument.cpp).
std::unique_ptr<QTextDocument> caseSummary(const ReportContext& ctx, const TableBreaks& breaks);
std::unique_ptr<QTextDocument> budgetStatement(const ReportContext& ctx, const TableBreaks& breaks);
std::unique_ptr<QTextDocument> referralSheet(const ReportContext& ctx, const TableBreaks& breaks);

} // namespace zansai::ui::paper
