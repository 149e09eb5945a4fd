// zansai-cli evaluate CASE.json [--as-of D] | --db STORE --case ID [--as-of D]: the assessment of
// a case (spec: "The assessment"), made by the one entry point every door uses
// (Consultation::assess). A file is assessed as of its own as_of; a stored case as the app shows
// it, as of today with the case's own date beside it; --as-of names another day.
#include "CaseInput.h"
#include "Cli.h"

#include "advice/Consultation.h"
#include "i18n/Narrator.h"
#include "util/Clock.h"

using namespace zansai;

namespace {

int runEvaluate(const cli::Args& args)
{
    if (const Status known = args.onlyKnown(cli::caseInputOptions()); !known)
        return cli::fail(known.error());
    const Result<cli::CaseInput> in = cli::openCaseInput(args, SystemClock::instance());
    if (!in)
        return cli::fail(in.error());
    // The texts in --lang (the CLI's language); codes and figures are the same in every language.
    return cli::printJson(toJson(Consultation::assess(in->data, in->asOf), Narrator(args.lang)));
}

} // namespace

ZANSAI_CLI_COMMAND("evaluate",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Assess a case: stage, balances, deadlines, options"),
                   "CASE.json [--as-of YYYY-MM-DD] | --db STORE --case ID [--as-of YYYY-MM-DD]",
                   &runEvaluate);
