// zansai-cli pdf: the case summary (or the 収支表 / 相談票, or a draft the client sends himself:
// the 時効援用通知書, the 分割弁済の申出書, the 債権者一覧表) as a PDF, rendered on the offscreen
// platform (main.cpp starts a QGuiApplication for this command): no display is ever needed.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "advice/Consultation.h"
#include "report/ClientDocuments.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <limits>

using namespace zansai;

namespace {

struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int run(const cli::Args& args)
{
    if (auto known =
            args.onlyKnown(cli::caseInputOptions() +
                           QStringList{QStringLiteral("-o"), QStringLiteral("--document")});
        !known)
        return cli::fail(known.error());
    if (!args.has(QStringLiteral("-o")) || args.value(QStringLiteral("-o")).isEmpty())
        return cli::fail(QStringLiteral("-o"),
                         PdfText::tr("Name the PDF to write with -o OUT.pdf."));
    // Every paper by its code (ClientDocuments.h).
    const QList<ui::ClientDocument> papers = {
        ui::ClientDocument::CaseSummary,         ui::ClientDocument::BudgetStatement,
        ui::ClientDocument::ReferralSheet,       ui::ClientDocument::LimitationNotice,
        ui::ClientDocument::InstallmentProposal, ui::ClientDocument::CreditorList};
    QStringList codes;
    for (const ui::ClientDocument d : papers)
        codes << ui::documentCode(d);
    const auto document =
        args.choice(QStringLiteral("--document"), codes, QStringLiteral("summary"));
    if (!document)
        return cli::fail(document.error());

    // The case, read as every door reads it, assessed by the one entry point (a stored case as of
    // today, as the app shows it; a file as of its own date; --as-of another day).
    const Result<cli::CaseInput> in = cli::openCaseInput(args, SystemClock::instance());
    if (!in)
        return cli::fail(in.error());
    const QString path = QFileInfo(args.value(QStringLiteral("-o"))).absoluteFilePath();
    if (const Status writable = cli::checkOutputPath(path, *in); !writable)
        return cli::fail(writable.error());

    ui::ReportContext ctx;
    ctx.caseData = in->data;
    ctx.caseNumber = in->label();

    // The papers are in the case's language unless --lang says otherwise; the document narrates
    // itself in it (no translator is installed for it).
    Language lang = args.lang;
    if (!args.langGiven && !ctx.caseData.language.isEmpty())
        lang = parseLanguage(ctx.caseData.language);

    const QSettings settings;
    ctx.firm = settings.value(QStringLiteral("report/firm")).toString();
    ctx.consultant =
        settings.value(QStringLiteral("report/consultant"), ctx.caseData.consultant).toString();
    ctx.printedOn = in->asOf;
    ctx.language = lang;
    ctx.consultation = Consultation::assess(ctx.caseData, in->asOf);

    const QString kind = document.value();
    const ui::ClientDocument which = papers.value(codes.indexOf(kind));
    // A draft the case does not allow (no time-barred debt, no installment plan): the reason,
    // naming the debts by creditor, and nothing written.
    if (const QString refusal = ui::documentRefusal(which, ctx, currentLanguage());
        !refusal.isEmpty())
        return cli::fail(QStringLiteral("--document"), refusal);
    // A firm store's audit trail says who printed which case: recorded before the paper exists,
    // so no paper leaves without its entry (a no-op on a file store, which is not opened again).
    if (in->fromStore() && CaseStore::isServerLocation(in->storePath)) {
        auto store = cli::openStore(args, in->storePath);
        if (!store)
            return cli::fail(cli::storeError(in->storePath, store.error(), QStringLiteral("--db")));
        if (const Status audited = store.value()->recordAudit(in->caseId, AuditAction::Printed);
            !audited)
            return cli::fail(
                cli::storeError(in->storePath, audited.error(), QStringLiteral("--db")));
    }
    const auto pages = ui::exportPdf(which, ctx, path);
    if (!pages) // a failure of the writing itself is the output's
        return cli::fail(pages.error().field.isEmpty() ? QStringLiteral("-o") : pages.error().field,
                         pages.error().message);
    return cli::printJson({{QStringLiteral("pages"), pages.value()},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("document"), kind}});
}

} // namespace

ZANSAI_CLI_COMMAND(
    "pdf",
    QT_TRANSLATE_NOOP("zansai::cli",
                      "Write the case summary PDF (or the budget statement, referral sheet, or a "
                      "draft: limitation notice, installment proposal, list of creditors)"),
    "CASE.json -o OUT.pdf | --db FILE --case ID -o OUT.pdf [--document summary|budget|referral|"
    "limitation_notice|installment_proposal|creditor_list] [--as-of D]",
    &run);
