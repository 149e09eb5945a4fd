#include "report/ClientDocuments.h"

#include "law/JapaneseEra.h"
#include "report/DocumentHtml.h"

#include <QLocale>
#include <QTextDocument>

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
    }
    return {};
}

DocumentBuilder documentBuilder(ClientDocument d, const ReportContext& ctx)
{
    return [d, ctx](const TableBreaks& breaks) -> std::unique_ptr<QTextDocument> {
        const LanguageScope scope(ctx.language);
        switch (d) {
        case ClientDocument::CaseSummary:
            return paper::caseSummary(ctx, breaks);
        case ClientDocument::BudgetStatement:
            return paper::budgetStatement(ctx, breaks);
        case ClientDocument::ReferralSheet:
            return paper::referralSheet(ctx, breaks);
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
                       paper::documentDate(ctx.printedOn);
    deco.footerLeft =
        L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                            "Not legal advice: court procedures go to a lawyer or judicial "
                            "scrivener. Case %1."))
            .arg(ctx.caseNumber) +
        QStringLiteral("\n") + paper::paperStamp(ctx); // every paper's reproducibility stamp
    deco.pageFormat = L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 / %2"));
    return deco;
}

Result<int> exportPdf(ClientDocument d, const ReportContext& ctx, const QString& path)
{
    return writePdf(documentBuilder(d, ctx), decorationFor(d, ctx), path,
                    documentTitle(d, ctx.language));
}

} // namespace zansai::ui
