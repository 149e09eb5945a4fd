// zansai-cli rehabilitation-minimum: the least a 個人再生 plan must pay (民事再生法231条・241条).
#include "Cli.h"
#include "law/RehabilitationMinimum.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace zansai;

namespace {

struct RehabilitationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int run(const cli::Args& args)
{
    const QString kClaims = QStringLiteral("--claims"),
                  kLiquidation = QStringLiteral("--liquidation-value"),
                  kDisposable = QStringLiteral("--disposable-2y"),
                  kRounding = QStringLiteral("--rounding");
    if (auto s = args.onlyKnown({kClaims, kLiquidation, kDisposable, kRounding}); !s)
        return cli::fail(s.error());
    if (!args.positional.isEmpty())
        return cli::fail(
            QStringLiteral("command"),
            RehabilitationText::tr("Unexpected argument: %1").arg(args.positional.first()));
    law::RehabilitationMinimumInput in;
    const auto claims = args.yen(kClaims);
    if (!claims)
        return cli::fail(claims.error());
    in.claims = *claims;
    if (args.has(kLiquidation)) {
        const auto v = args.yen(kLiquidation);
        if (!v)
            return cli::fail(v.error());
        in.liquidationValue = *v;
    }
    if (args.has(kDisposable)) {
        const auto v = args.yen(kDisposable);
        if (!v)
            return cli::fail(v.error());
        in.disposableIncomeTwoYears = *v;
    }
    const auto rounding = args.choice(kRounding, {QStringLiteral("ceil"), QStringLiteral("floor")},
                                      QStringLiteral("ceil"));
    if (!rounding)
        return cli::fail(rounding.error());
    // §12.5: "must not fall below" 1/5 or 1/10 reads as rounding up; floor is offered for
    // comparison.
    in.rounding = *rounding == QLatin1String("floor") ? Rounding::Truncate : Rounding::Ceil;

    const auto r = law::rehabilitationMinimum(in);
    QJsonArray notes;
    if (!r.eligible) {
        notes.append(RehabilitationText::tr(
            "The claims exceed 50 million yen (Civil Rehabilitation Act art. 221(1)): individual "
            "rehabilitation is not available; ordinary rehabilitation or bankruptcy remain."));
    } else {
        notes.append(
            in.rounding == Rounding::Ceil
                ? RehabilitationText::tr(
                      "A fifth or a tenth of the claims is rounded up to the yen (the plan "
                      "must not pay less); many calculators round down instead.")
                : RehabilitationText::tr(
                      "A fifth or a tenth of the claims is rounded down to the yen, as many "
                      "calculators do; the plan must not pay less, so rounding up is safer."));
        if (in.disposableIncomeTwoYears)
            notes.append(RehabilitationText::tr(
                "Two years of disposable income is a floor for salary-earner rehabilitation only "
                "(art. 241(2)(vii))."));
    }
    return cli::printJson(QJsonObject{
        {QStringLiteral("eligible"), r.eligible},
        {QStringLiteral("minimum"), qint64(r.minimum.value())},
        {QStringLiteral("statutory_minimum"), qint64(r.statutoryMinimum.value())},
        {QStringLiteral("governed_by"),
         r.governedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.governedBy)},
        {QStringLiteral("rounding"), *rounding},
        {QStringLiteral("notes"), notes},
    });
}

} // namespace

ZANSAI_CLI_COMMAND("rehabilitation-minimum",
                   QT_TRANSLATE_NOOP("zansai::cli", "Least total an individual rehabilitation plan "
                                                    "must pay"),
                   "--claims Y [--liquidation-value Y] [--disposable-2y Y] [--rounding ceil|floor]",
                   &run);
