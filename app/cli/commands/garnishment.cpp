// zansai-cli garnishment: how much of one pay a creditor may seize (民事執行法152条, 施行令2条), or
// a tax office (国税徴収法76条, with --tax).
#include "Cli.h"
#include "law/GarnishmentLimit.h"
#include "law/TaxGarnishment.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace zansai;

namespace {

struct GarnishmentText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

// 国税徴収法76条1項 from the gross pay: each deduction shown (law/TaxGarnishment.h).
int runTaxFromGross(const cli::Args& args)
{
    const QString kTax = QStringLiteral("--tax"), kGross = QStringLiteral("--gross"),
                  kNet = QStringLiteral("--net"), kDependents = QStringLiteral("--dependents");
    if (!args.has(kTax))
        return cli::fail(kGross, GarnishmentText::tr("--gross applies only with --tax."));
    if (!args.value(kTax).isEmpty())
        return cli::fail(kTax, GarnishmentText::tr("This option takes no value."));
    for (const char* o : {"--net", "--claim", "--pay"})
        if (args.has(QLatin1String(o)))
            return cli::fail(QLatin1String(o),
                             GarnishmentText::tr("Give either --net or --gross with its "
                                                 "deductions, not both; --gross is a monthly pay "
                                                 "with no claim kind."));
    Q_UNUSED(kNet);
    const auto gross = args.yen(kGross);
    if (!gross)
        return cli::fail(gross.error());
    Yen deductions[3];
    const char* names[3] = {"--income-tax", "--resident-tax", "--social-insurance"};
    for (int i = 0; i < 3; ++i) {
        const auto y = args.yen(QLatin1String(names[i]));
        if (!y)
            return cli::fail(y.error());
        deductions[i] = *y;
    }
    if (deductions[0] + deductions[1] + deductions[2] > *gross)
        return cli::fail(QStringLiteral("--gross"),
                         GarnishmentText::tr("The taxes and social insurance are more than the "
                                             "gross pay."));
    int dependents = 0;
    if (args.has(kDependents)) {
        const auto d = args.count(kDependents, 0, 100);
        if (!d)
            return cli::fail(d.error());
        dependents = *d;
    }
    const law::TaxWageSeizureSteps s = law::taxWageSeizureFromGross(
        *gross, deductions[0], deductions[1], deductions[2], dependents);
    const auto y = [](Yen v) { return QJsonValue(qint64(v.value())); };
    QJsonArray notes;
    notes.append(GarnishmentText::tr(
        "Tax seizure (National Tax Collection Act art. 76(1)): from the gross pay are deducted "
        "income tax (item 1), resident tax (item 2), social insurance (item 3), a living "
        "allowance of 100,000 yen plus 45,000 yen per dependent (item 4, Order art. 34) and 20% "
        "of what remains, at most twice the allowance (item 5)."));
    notes.append(GarnishmentText::tr(
        "Fractions of a yen: the 20% of item 5 is taken up to the yen, so the seizable part is "
        "truncated and the fraction stays with the debtor."));
    return cli::printJson(QJsonObject{
        {QStringLiteral("seizable"), y(s.seizable)},
        {QStringLiteral("protected"), y(s.protectedAmount)},
        {QStringLiteral("pay"), QStringLiteral("monthly")},
        {QStringLiteral("law"), QStringLiteral("national_tax_collection_act_76")},
        {QStringLiteral("gross"), y(s.gross)},
        {QStringLiteral("deductions"),
         QJsonObject{{QStringLiteral("income_tax"), y(s.incomeTax)},
                     {QStringLiteral("resident_tax"), y(s.residentTax)},
                     {QStringLiteral("social_insurance"), y(s.socialInsurance)},
                     {QStringLiteral("living_allowance"), y(s.livingAllowance)},
                     {QStringLiteral("fifth_of_remainder"), y(s.protectedFifth)}}},
        {QStringLiteral("net"), y(s.net)},
        {QStringLiteral("remainder"), y(s.remainder)},
        {QStringLiteral("dependents"), dependents},
        {QStringLiteral("rounding"), QStringLiteral("truncate")},
        {QStringLiteral("notes"), notes},
    });
}

int run(const cli::Args& args)
{
    const QString kNet = QStringLiteral("--net"), kPay = QStringLiteral("--pay"),
                  kClaim = QStringLiteral("--claim"), kTax = QStringLiteral("--tax"),
                  kDependents = QStringLiteral("--dependents"), kGross = QStringLiteral("--gross"),
                  kIncomeTax = QStringLiteral("--income-tax"),
                  kResidentTax = QStringLiteral("--resident-tax"),
                  kSocial = QStringLiteral("--social-insurance");
    if (auto s = args.onlyKnown(
            {kNet, kPay, kClaim, kTax, kDependents, kGross, kIncomeTax, kResidentTax, kSocial});
        !s)
        return cli::fail(s.error());
    if (!args.positional.isEmpty())
        return cli::fail(
            QStringLiteral("command"),
            GarnishmentText::tr("Unexpected argument: %1").arg(args.positional.first()));
    if (args.has(kGross))
        return runTaxFromGross(args);
    for (const QString& o : {kIncomeTax, kResidentTax, kSocial})
        if (args.has(o))
            return cli::fail(o, GarnishmentText::tr("%1 applies only with --tax --gross.").arg(o));
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
                   "[--claim ordinary|support] [--tax [--dependents N]] | --tax --gross Y "
                   "--income-tax Y --resident-tax Y --social-insurance Y [--dependents N]",
                   &run);
