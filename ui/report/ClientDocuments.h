// The papers the consultant hands over: the case summary, the 収支表 and the 相談票 (referral
// sheet), and the drafts. Built as Papers (report/PaperModel.h) in ReportContext::language,
// whatever translators are installed: fixed labels and the assessment's messages are narrated in
// it (i18n/Narrator.h). Painted by PagedDocument onto PDF or a printer.
#pragma once

#include "advice/Consultation.h"
#include "case/Case.h"
#include "i18n/Language.h"
#include "report/PagedDocument.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <memory>

namespace zansai::ui {

enum class ClientDocument {
    CaseSummary,
    BudgetStatement,
    ReferralSheet,
    // Drafts the client signs and sends himself (report/DraftDocuments.h), and the 債権者一覧表.
    LimitationNotice,    // 時効援用通知書 (内容証明 layout, 26 × 20)
    InstallmentProposal, // 分割弁済の申出書
    CreditorList,        // 債権者一覧表
};

struct ReportContext {
    Case caseData;
    Consultation consultation; // the one assessment (Consultation::assess), as on screen
    QString caseNumber;        // the store's id, or the file name for a case file
    QString firm;              // from the settings
    QString consultant;        // from the settings, else the case's consultant
    QDate printedOn;
    Language language = Language::Japanese; // the paper's language (the case's, or --lang)
};

QString documentTitle(ClientDocument d); // in the UI's language (menus)
QString documentTitle(ClientDocument d, Language lang);
// "summary", "budget", "referral", "limitation_notice", "installment_proposal", "creditor_list"
QString documentCode(ClientDocument d);
// Why the paper cannot be made for this case (a draft whose conditions the case does not meet: no
// time-barred debt, no installment plan), in `lang`, naming each debt by its creditor; empty when
// it can. exportPdf refuses with it (field "--document") and writes nothing.
QString documentRefusal(ClientDocument d, const ReportContext& ctx, Language lang);
// Builds the paper in ctx.language.
Paper documentPaper(ClientDocument d, const ReportContext& ctx);
PageDecoration decorationFor(ClientDocument d, const ReportContext& ctx);
// Builds, paints and writes the PDF; returns the page count.
Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path);

// Dates as the documents print them: 和暦 with 西暦 in Japanese, "22 November 2026" in English.
QString documentDate(QDate d, Language lang);

} // namespace zansai::ui
