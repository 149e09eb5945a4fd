// Internal to the client documents (report/ClientDocuments.h): the paper's narrator scope, the
// paper writer and the helpers that the case summary, the 収支表 and the 相談票 share.
#pragma once

#include "advice/AdviceLabels.h"
#include "case/CaseLabels.h"
#include "i18n/Narrator.h"
#include "report/ClientDocuments.h"
#include "report/PagedDocument.h"
#include "report/PaperModel.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace zansai::ui::paper {

// The narrator of the document being built, in the paper's language (set by LanguageScope for one
// build). The paper is written in that language whatever translators the application installed.
// The narrator in force is a single thread_local in PaperWriter.cpp.
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

// Writes a paper's blocks (report/PaperModel.h) in reading order. Plain text is given as text;
// table cells and the *Markup forms take the papers' inline markup (parseMarkup: <b>, colour,
// size, <br>), escaped with esc(). Pagination is PaperLayout's: rows stay whole, headers repeat,
// a heading stays with what follows it.
class PaperWriter {
public:
    void h1(const QString& t);
    void h2(const QString& t);
    void p(const QString& t, ParagraphStyle style = ParagraphStyle::Body);
    // A paragraph in markup, aligned as given, starting a new page if `newPage`.
    void pMarkup(const QString& markup, ParagraphStyle style = ParagraphStyle::Body,
                 Qt::Alignment align = Qt::AlignLeft, bool newPage = false);
    void list(const QStringList& items, bool numbered = false);
    void listMarkup(const QStringList& items, bool numbered = false);
    // `right` marks columns to align right (amounts); `widths` are percentages of the text width.
    void table(const QStringList& header, const QList<QStringList>& rows,
               const QList<int>& right = {}, const QList<int>& widths = {}, double pointSize = 9);
    // A chart, as wide as the text and `heightRatio` of that high.
    void drawing(Drawing draw, double heightRatio);
    // A 内容証明 page of its own: each row's cells (one counted character each), or, when
    // `cells` is false, each row one line of text.
    void grid(const QList<QStringList>& rows, bool cells);
    Paper take() { return std::move(paper_); }

private:
    void add(PaperBlock b) { paper_.blocks.push_back(std::move(b)); }
    Paper paper_;
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
void draftCoverHead(PaperWriter& h, ClientDocument d, const ReportContext& ctx);

// The papers, each built under the caller's LanguageScope (CaseSummaryDocument.cpp,
// BudgetDocument.cpp, ReferralDocument.cpp).
Paper caseSummary(const ReportContext& ctx);
Paper budgetStatement(const ReportContext& ctx);
Paper referralSheet(const ReportContext& ctx);

} // namespace zansai::ui::paper
