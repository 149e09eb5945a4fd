// zansai-cli garnishment: how much of one pay a creditor may seize (民事執行法152条, 施行令2条), or
// a tax office (国税徴収法76条, with --tax).
#include "Cli.h"
#include "law/GarnishmentLimit.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace zansai;

namespace {

struct GarnishmentText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int run(const cli::Args& args)
{
    const QString kNet = QStringLiteral("--net"), kPay = QStringLiteral("--pay"),
                  kClaim = QStringLiteral("--claim"), kTax = QStringLiteral("--tax"),
                  kDependents = QStringLiteral("--dependents");
    if (auto s = args.onlyKnown({kNet, kPay, kClaim, kTax, kDependents}); !s)
        return cli::fail(s.error());
    if (!args.positional.isEmpty())
        return cli::fail(
            QStringLiteral("command"),
            GarnishmentText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const auto net = args.yen(kNet);
    if (!net)
        return cli::fail(net.error());
    const auto pay =
        args.choice(kPay,
                    {QStringLiteral("monthly"), QStringLiteral("semi_monthly"),
                     QStringLiteral("ten_days"), QStringLiteral("weekly"), QStringLiteral("daily"),
                     QStringLiteral("bonus"), QStringLiteral("retirement")},
                    QStringLiteral("monthly"));
    if (!pay)
        return cli::fail(pay.error());
    const auto claimName =
        args.choice(kClaim, {QStringLiteral("ordinary"), QStringLiteral("support")},
                    QStringLiteral("ordinary"));
    if (!claimName)
        return cli::fail(claimName.error());

    QJsonArray notes;
    // Not statutory: the seizable part is truncated below one yen (see law/GarnishmentLimit.h).
    const QString roundingNote =
        GarnishmentText::tr("Fractions of a yen: the seizable part is truncated, so the fraction "
                            "stays with the debtor. "
                            "The law has no rule on this; it is this tool's choice.");

    if (args.has(kTax)) {
        // 国税徴収法76条1項: a tax office's seizure of a monthly pay.
        if (!args.value(kTax).isEmpty())
            return cli::fail(kTax, GarnishmentText::tr("This option takes no value."));
        if (args.has(kClaim))
            return cli::fail(kClaim,
                             GarnishmentText::tr("A tax seizure has no claim kind; leave out "
                                                 "--claim with --tax."));
        if (*pay != QLatin1String("monthly"))
            return cli::fail(kPay,
                             GarnishmentText::tr("With --tax only a monthly pay is supported."));
        int dependents = 0;
        if (args.has(kDependents)) {
            const auto d = args.count(kDependents, 0, 100);
            if (!d)
                return cli::fail(d.error());
            dependents = *d;
        }
        const auto r = law::taxWageSeizureLimit(*net, dependents);
        notes.append(GarnishmentText::tr(
            "Tax seizure (National Tax Collection Act art. 76): --net is the pay after income tax, "
            "resident tax and social insurance. Protected: 100,000 yen plus 45,000 yen per "
            "dependent, "
            "and 20% of the rest (at most twice that allowance)."));
        notes.append(roundingNote);
        return cli::printJson(QJsonObject{
            {QStringLiteral("seizable"), qint64(r.seizable.value())},
            {QStringLiteral("protected"), qint64(r.protectedAmount.value())},
            {QStringLiteral("pay"), *pay},
            {QStringLiteral("law"), QStringLiteral("national_tax_collection_act_76")},
            {QStringLiteral("dependents"), dependents},
            {QStringLiteral("living_allowance"), qint64(100'000 + 45'000 * qint64(dependents))},
            {QStringLiteral("rounding"), QStringLiteral("truncate")},
            {QStringLiteral("notes"), notes},
        });
    }
    if (args.has(kDependents))
        return cli::fail(kDependents, GarnishmentText::tr("--dependents applies only with --tax."));

    const law::ClaimKind claim =
        *claimName == QLatin1String("support") ? law::ClaimKind::Support : law::ClaimKind::Ordinary;
    law::GarnishmentResult r;
    QJsonValue cap; // the cap on the protected part, null when there is none
    if (*pay == QLatin1String("bonus")) {
        r = law::bonusGarnishmentLimit(*net, claim);
        cap = qint64(330'000);
    } else if (*pay == QLatin1String("retirement")) {
        r = law::retirementGarnishmentLimit(*net, claim);
        notes.append(GarnishmentText::tr("A retirement allowance has no cap on its protected part "
                                         "(Civil Execution Act art. 152(2))."));
    } else {
        const law::PayCycle cycle = *pay == QLatin1String("semi_monthly")
                                        ? law::PayCycle::SemiMonthly
                                    : *pay == QLatin1String("ten_days") ? law::PayCycle::TenDays
                                    : *pay == QLatin1String("weekly")   ? law::PayCycle::Weekly
                                    : *pay == QLatin1String("daily")    ? law::PayCycle::Daily
                                                                        : law::PayCycle::Monthly;
        r = law::wageGarnishmentLimit(*net, cycle, claim);
        cap = qint64(law::protectedCap(cycle).value());
    }
    notes.append(
        claim == law::ClaimKind::Support
            ? GarnishmentText::tr("Support claim (Civil Execution Act art. 152(3)): half of "
                                  "the net amount is protected.")
            : GarnishmentText::tr("Ordinary claim (Civil Execution Act art. 152(1)): three "
                                  "quarters of the net amount are protected."));
    notes.append(GarnishmentText::tr(
        "Net means after income tax, resident tax and social insurance (commuting allowance is "
        "usually left out). The court may widen or narrow the range on request (art. 153)."));
    notes.append(roundingNote);
    return cli::printJson(QJsonObject{
        {QStringLiteral("seizable"), qint64(r.seizable.value())},
        {QStringLiteral("protected"), qint64(r.protectedAmount.value())},
        {QStringLiteral("pay"), *pay},
        {QStringLiteral("claim"), *claimName},
        {QStringLiteral("protected_cap"), cap},
        {QStringLiteral("rounding"), QStringLiteral("truncate")},
        {QStringLiteral("notes"), notes},
    });
}

} // namespace

ZANSAI_CLI_COMMAND("garnishment",
                   QT_TRANSLATE_NOOP("zansai::cli", "Seizable part of one pay, bonus or retirement "
                                                    "allowance"),
                   "--net Y [--pay monthly|semi_monthly|ten_days|weekly|daily|bonus|retirement] "
                   "[--claim ordinary|support] [--tax [--dependents N]]",
                   &run);
