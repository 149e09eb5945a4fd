// zansai-cli pdf: the case summary (or the 収支表 / 相談票) as a PDF, rendered on the offscreen
// platform (main.cpp starts a QGuiApplication for this command): no display is ever needed.
#include "Cli.h"

#include "advice/Evaluate.h"
#include "case/CaseJson.h"
#include "report/ClientDocuments.h"
#include "store/CaseStore.h"

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

Result<Case> caseFromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("CASE"), PdfText::tr("Cannot read %1.").arg(path)};
    return readCase(f.readAll());
}

int run(const cli::Args& args)
{
    if (auto known = args.onlyKnown({QStringLiteral("-o"), QStringLiteral("--db"),
                                     QStringLiteral("--case"), QStringLiteral("--as-of"),
                                     QStringLiteral("--document")});
        !known)
        return cli::fail(known.error());
    if (!args.has(QStringLiteral("-o")) || args.value(QStringLiteral("-o")).isEmpty())
        return cli::fail(QStringLiteral("-o"), PdfText::tr("Name the PDF to write with -o OUT.pdf."));
    const auto document = args.choice(QStringLiteral("--document"),
                                      {QStringLiteral("summary"), QStringLiteral("budget"),
                                       QStringLiteral("referral")},
                                      QStringLiteral("summary"));
    if (!document)
        return cli::fail(document.error());

    ui::ReportContext ctx;
    if (args.has(QStringLiteral("--db"))) {
        const auto id = args.count(QStringLiteral("--case"), 1, std::numeric_limits<int>::max());
        if (!id)
            return cli::fail(id.error());
        auto store = CaseStore::open(args.value(QStringLiteral("--db")));
        if (!store)
            return cli::fail(Error{QStringLiteral("--db"), store.error().message});
        auto stored = store.value()->load(id.value());
        if (!stored)
            return cli::fail(Error{QStringLiteral("--case"), stored.error().message});
        ctx.caseData = stored.value().data;
        ctx.caseNumber = QString::number(stored.value().id);
    } else {
        if (args.positional.isEmpty())
            return cli::fail(QStringLiteral("CASE"),
                             PdfText::tr("Give a case file, or --db FILE --case ID."));
        auto c = caseFromFile(args.positional.front());
        if (!c)
            return cli::fail(c.error());
        ctx.caseData = c.value();
        ctx.caseNumber = QFileInfo(args.positional.front()).completeBaseName();
    }

    QDate asOf = ctx.caseData.asOf;
    if (args.has(QStringLiteral("--as-of"))) {
        const auto d = args.date(QStringLiteral("--as-of"));
        if (!d)
            return cli::fail(d.error());
        asOf = d.value();
    }

    // The papers are in the case's language unless --lang says otherwise; the document narrates
    // itself in it (no translator is installed for it).
    Language lang = args.lang;
    if (!args.langGiven && !ctx.caseData.language.isEmpty())
        lang = parseLanguage(ctx.caseData.language);

    const QSettings settings;
    ctx.firm = settings.value(QStringLiteral("report/firm")).toString();
    ctx.consultant = settings.value(QStringLiteral("report/consultant"), ctx.caseData.consultant)
                         .toString();
    ctx.printedOn = asOf;
    ctx.language = lang;
    ctx.assessment = evaluate(ctx.caseData, asOf);

    const QString kind = document.value();
    const ui::ClientDocument which = kind == QLatin1String("budget")
                                         ? ui::ClientDocument::BudgetStatement
                                     : kind == QLatin1String("referral")
                                         ? ui::ClientDocument::ReferralSheet
                                         : ui::ClientDocument::CaseSummary;
    const QString path = QFileInfo(args.value(QStringLiteral("-o"))).absoluteFilePath();
    const auto pages = ui::exportPdf(which, ctx, path);
    if (!pages)
        return cli::fail(pages.error());
    return cli::printJson({{QStringLiteral("pages"), pages.value()},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("document"), kind}});
}

} // namespace

ZANSAI_CLI_COMMAND("pdf", QT_TRANSLATE_NOOP("zansai::cli", "Write the case summary PDF (or the budget statement or referral sheet)"),
                   "CASE.json -o OUT.pdf | --db FILE --case ID -o OUT.pdf [--document summary|budget|referral] [--as-of D]",
                   &run);
