// zansai-cli evaluate CASE.json [--as-of D]: the assessment of a zansai-case/1 file (spec: "The
// assessment"). as_of comes from the file unless --as-of gives another day.
#include "Cli.h"

#include "advice/Evaluate.h"
#include "case/CaseJson.h"

#include <QCoreApplication>
#include <QFile>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct EvaluateText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runEvaluate(const cli::Args& args)
{
    if (const Status known = args.onlyKnown({u"--as-of"_s}); !known)
        return cli::fail(known.error());
    if (args.positional.size() != 1)
        return cli::fail(u"CASE.json"_s, EvaluateText::tr("Give exactly one case file."));

    const QString path = args.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli::fail(u"CASE.json"_s,
                         EvaluateText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<Case> read = readCase(file.readAll());
    if (!read)
        return cli::fail(read.error()); // the reader names the JSON path at fault
    Case c = std::move(read).value();

    if (args.has(u"--as-of"_s)) {
        const Result<QDate> asOf = args.date(u"--as-of"_s);
        if (!asOf)
            return cli::fail(asOf.error());
        // The case must be valid on that day too (no accelerated_on or event after it): the
        // reader's own rules decide, and the message names the field it found at fault.
        c.asOf = *asOf;
        const Result<Case> again = readCase(writeCase(c));
        if (!again)
            return cli::fail(u"--as-of"_s,
                             again.error().message + u" ("_s + again.error().field + u')');
    }
    // The texts in --lang (the CLI's language); codes and figures are the same in every language.
    return cli::printJson(toJson(evaluate(c, c.asOf), Narrator(args.lang)));
}

} // namespace

ZANSAI_CLI_COMMAND("evaluate",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Assess a case: stage, balances, deadlines, options"),
                   "CASE.json [--as-of YYYY-MM-DD]", &runEvaluate);
