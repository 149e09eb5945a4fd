// The papers the consultant hands over: the case summary, the 収支表 and the 相談票 (referral sheet).
// Built as QTextDocuments in the current language (install the case's language first: the CLI does
// it from the case, the app with ScopedLanguage), painted by PagedDocument onto PDF or a printer.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "i18n/Language.h"
#include "report/PagedDocument.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <memory>

class QTextDocument;

namespace zansai::ui {

enum class ClientDocument { CaseSummary, BudgetStatement, ReferralSheet };

struct ReportContext {
    Case caseData;
    Assessment assessment;
    QString caseNumber;  // the store's id, or the file name for a case file
    QString firm;        // from the settings
    QString consultant;  // from the settings, else the case's consultant
    QDate printedOn;
    Language language = Language::Japanese; // must match the installed catalogue
};

QString documentTitle(ClientDocument d);
QString documentCode(ClientDocument d); // "summary", "budget", "referral"
// Builds the document (for layoutWithWholeRows, which re-breaks tables so no row splits).
DocumentBuilder documentBuilder(ClientDocument d, const ReportContext& ctx);
PageDecoration decorationFor(ClientDocument d, const ReportContext& ctx);
// Builds, paints and writes the PDF; returns the page count.
Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path);

// Dates as the documents print them: 和暦 with 西暦 in Japanese, "22 November 2026" in English.
QString documentDate(QDate d, Language lang);

} // namespace zansai::ui
