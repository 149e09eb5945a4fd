#include "report/ClientDocuments.h"

#include "law/JapaneseEra.h"
#include "report/DraftDocuments.h"
#include "report/PaperWriter.h"

#include <QLocale>

namespace zansai::ui {

using paper::L;
using paper::LanguageScope;

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
    case ClientDocument::LimitationNotice:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "Notice invoking the limitation period (draft)"));
    case ClientDocument::InstallmentProposal:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "Proposal to pay in installments (draft)"));
    case ClientDocument::CreditorList:
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "List of creditors"));
    }
    return {};
}

QString documentCode(ClientDocument d)
{
    switch (d) {
    case ClientDocument::CaseSummary:
        return QStringLiteral("summary");
    case ClientDocument::BudgetStatement:
        return QStringLiteral("budget");
    case ClientDocument::ReferralSheet:
        return QStringLiteral("referral");
    case ClientDocument::LimitationNotice:
        return QStringLiteral("limitation_notice");
    case ClientDocument::InstallmentProposal:
        return QStringLiteral("installment_proposal");
    case ClientDocument::CreditorList:
        return QStringLiteral("creditor_list");
    }
    return {};
}

Paper documentPaper(ClientDocument d, const ReportContext& ctx)
{
    const LanguageScope scope(ctx.language);
    switch (d) {
    case ClientDocument::CaseSummary:
        return paper::caseSummary(ctx);
    case ClientDocument::BudgetStatement:
        return paper::budgetStatement(ctx);
    case ClientDocument::ReferralSheet:
        return paper::referralSheet(ctx);
    case ClientDocument::LimitationNotice:
        return paper::limitationNotice(ctx);
    case ClientDocument::InstallmentProposal:
        return paper::installmentProposal(ctx);
    case ClientDocument::CreditorList:
        return paper::creditorList(ctx);
    }
    return {};
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
                       paper::documentDate(ctx.printedOn);
    deco.footerLeft =
        L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Not legal advice: court procedures go to a lawyer or judicial "
                            "scrivener. Case %1."))
            .arg(ctx.caseNumber) +
        QStringLiteral("\n") + paper::paperStamp(ctx); // every paper's reproducibility stamp
    deco.pageFormat = L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 / %2"));
    if (d == ClientDocument::LimitationNotice || d == ClientDocument::InstallmentProposal) {
        // The pages after the cover go to the creditor as they are: nothing of ours is printed
        // on them but the page number. The notice's pages hold only the 26 × 20 grid
        // (docs/papers.md §内容証明).
        deco.headerLeft.clear();
        deco.headerRight.clear();
        deco.footerLeft.clear();
    }
    return deco;
}

QString documentRefusal(ClientDocument d, const ReportContext& ctx, Language lang)
{
    const LanguageScope scope(lang);
    switch (d) {
    case ClientDocument::LimitationNotice:
        return paper::limitationNoticeRefusal(ctx);
    case ClientDocument::InstallmentProposal:
        return paper::installmentProposalRefusal(ctx);
    default:
        return {};
    }
}

Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path)
{
    if (const QString refusal = documentRefusal(d, ctx, currentLanguage()); !refusal.isEmpty())
        return Error{QStringLiteral("--document"), refusal};
    return writePdf(documentPaper(d, ctx), decorationFor(d, ctx), path,
                    documentTitle(d, ctx.language));
}

} // namespace zansai::ui
