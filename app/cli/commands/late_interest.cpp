// zansai-cli late-interest: 遅延損害金 over a span of days (民法419条1項), with the 利息制限法 cap
// check.
#include "Cli.h"
#include "law/DayBasis.h"
#include "law/InterestCap.h"
#include "law/LateInterest.h"
#include "law/LegalInterestRate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <limits>

using namespace zansai;

namespace {

struct LateInterestText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

// "yes" / "no" for a flag that may also be given bare (--business-lender alone means yes).
Result<bool> yesNo(const cli::Args& args, const QString& option, bool fallback)
{
    if (!args.has(option))
        return fallback;
    const QString v = args.value(option);
    if (v.isEmpty() || v == QLatin1String("yes") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false"))
        return false;
    return Error{option, LateInterestText::tr("Use one of: %1.").arg(QStringLiteral("yes, no"))};
}

int run(const cli::Args& args)
{
    const QString kPrincipal = QStringLiteral("--principal"), kRate = QStringLiteral("--rate"),
                  kFrom = QStringLiteral("--from"), kTo = QStringLiteral("--to"),
                  kBasis = QStringLiteral("--basis"), kLender = QStringLiteral("--business-lender"),
                  kRounding = QStringLiteral("--rounding");
    if (auto s = args.onlyKnown({kPrincipal, kRate, kFrom, kTo, kBasis, kLender, kRounding}); !s)
        return cli::fail(s.error());
    if (!args.positional.isEmpty())
        return cli::fail(
            QStringLiteral("command"),
            LateInterestText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const auto principal = args.yen(kPrincipal);
    if (!principal)
        return cli::fail(principal.error());
    const auto rate = args.ratePercent(kRate);
    if (!rate)
        return cli::fail(rate.error());
    const auto from = args.date(kFrom);
    if (!from)
        return cli::fail(from.error());
    const auto to = args.date(kTo);
    if (!to)
        return cli::fail(to.error());
    if (*to < *from)
        return cli::fail(kFrom, LateInterestText::tr("The start date is after the end date (%1).")
                                    .arg(to->toString(Qt::ISODate)));
    const auto basisName = args.choice(
        kBasis, {QStringLiteral("365"), QStringLiteral("actual"), QStringLiteral("court")},
        QStringLiteral("365"));
    if (!basisName)
        return cli::fail(basisName.error());
    const auto roundingName =
        args.choice(kRounding,
                    {QStringLiteral("truncate"), QStringLiteral("half_up"), QStringLiteral("ceil"),
                     QStringLiteral("truncate_each_part")},
                    QStringLiteral("truncate"));
    if (!roundingName)
        return cli::fail(roundingName.error());
    // Creditors in a residual-debt case lend as a business (banks, 機構, servicers of their loans),
    // so 利息制限法7条1項 (20%) is assumed unless told otherwise.
    const auto business = yesNo(args, kLender, true);
    if (!business)
        return cli::fail(business.error());

    // The amount must fit a 64-bit yen: bound P × rate × days / 365 before computing.
    const std::int64_t days = from->daysTo(*to) + 1;
    const Int128 bound = static_cast<Int128>(principal->value()) * rate->numerator() * days /
                         (static_cast<Int128>(rate->denominator()) * 365);
    if (bound > std::numeric_limits<std::int64_t>::max() / 2)
        return cli::fail(kPrincipal, LateInterestText::tr("The amount is too large to compute."));

    const law::DayBasis basis = *basisName == QLatin1String("actual")  ? law::DayBasis::Actual
                                : *basisName == QLatin1String("court") ? law::DayBasis::Court
                                                                       : law::DayBasis::Days365;
    const Rounding rounding = *roundingName == QLatin1String("half_up") ? Rounding::HalfUp
                              : *roundingName == QLatin1String("ceil")  ? Rounding::Ceil
                                                                        : Rounding::Truncate;
    // truncate_each_part: each whole year and each calendar-year part truncated, then added.
    const law::PartRounding parts = *roundingName == QLatin1String("truncate_each_part")
                                        ? law::PartRounding::EachPart
                                        : law::PartRounding::OnTotal;
    const auto result = law::lateInterest(*principal, *rate, *from, *to, basis, rounding, parts);
    QJsonArray partsJson;
    for (const law::LateInterestPart& p : result.parts)
        partsJson.append(QJsonObject{
            {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
            {QStringLiteral("days"), p.days},
            {QStringLiteral("year_days"),
             p.yearDays == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.yearDays)},
            {QStringLiteral("whole_year"), p.yearDays == 0},
            {QStringLiteral("amount"), qint64(p.amount.value())},
        });
    const auto cap = law::checkLateInterestCap(*principal, *rate, *business);

    QJsonObject out{
        {QStringLiteral("days"), result.days},
        {QStringLiteral("amount"), qint64(result.amount.value())},
        {QStringLiteral("basis"), *basisName},
        {QStringLiteral("rounding"), *roundingName},
        {QStringLiteral("whole_years"), result.wholeYears},
        {QStringLiteral("parts"), partsJson},
        {QStringLiteral("rate_percent"), rate->toPercentDouble()},
        {QStringLiteral("business_lender"), *business},
        {QStringLiteral("interest_cap"),
         QJsonObject{{QStringLiteral("cap_percent"), cap.cap.toPercentDouble()},
                     {QStringLiteral("article"), cap.article},
                     {QStringLiteral("exceeds"), cap.exceeds}}},
    };
    if (cap.exceeds) {
        out.insert(QStringLiteral("warnings"), QJsonArray{cap.message});
        // What the creditor can claim at most: the same span at the capped rate.
        out.insert(QStringLiteral("amount_at_cap"),
                   qint64(law::lateInterest(*principal, cap.cap, *from, *to, basis, rounding, parts)
                              .amount.value()));
    }

    QJsonArray notes;
    notes.append(LateInterestText::tr("Both the start date and the end date are counted."));
    if (basis == law::DayBasis::Actual)
        notes.append(LateInterestText::tr(
            "Days in a leap year are divided by 366, the others by 365. The fraction of a yen is "
            "settled once on the total, not per calendar year; both readings are in use."));
    else if (basis == law::DayBasis::Court)
        notes.append(LateInterestText::tr(
            "Court practice (Tokyo District Court, 21st civil division): each whole year counted "
            "from the start date is charged at the annual rate; only the remaining days are split "
            "by calendar year, a day in a leap year being 1/366."));
    else
        notes.append(LateInterestText::tr(
            "Every day is divided by 365, leap years included (a contract's 365-day clause)."));
    if (parts == law::PartRounding::EachPart)
        notes.append(LateInterestText::tr("Fractions of a yen are truncated in each whole year and "
                                          "each calendar-year part before they are added."));
    else if (rounding == Rounding::Truncate)
        notes.append(LateInterestText::tr("Fractions of a yen are truncated."));
    else if (rounding == Rounding::HalfUp)
        notes.append(LateInterestText::tr("Fractions of a yen are rounded half up (under 50 sen "
                                          "dropped, 50 sen or more rounded up)."));
    else
        notes.append(LateInterestText::tr("Fractions of a yen are rounded up."));
    if (!args.has(kLender))
        notes.append(LateInterestText::tr(
            "The cap check assumes the creditor lends as a business (20%); give --business-lender "
            "no "
            "for a private lender, whose cap depends on the original principal."));
    // 民法419条1項: the damages are at least the legal rate in force on the first day of delay.
    const Rate legal = law::legalInterestRate(*from);
    if (*rate < legal)
        notes.append(LateInterestText::tr("The rate is below the legal rate of %1% in force on %2; "
                                          "if that is the first day of "
                                          "delay, the creditor may claim the legal rate instead.")
                         .arg(legal.toPercentString(), from->toString(Qt::ISODate)));
    if (!law::legalInterestRateFixed(*from))
        notes.append(LateInterestText::tr(
            "The legal rate from 2029-04-01 has not been fixed yet; 3% is assumed."));
    out.insert(QStringLiteral("notes"), notes);
    return cli::printJson(out);
}

} // namespace

ZANSAI_CLI_COMMAND("late-interest",
                   QT_TRANSLATE_NOOP("zansai::cli", "Late-payment damages over a span of days"),
                   "--principal Y --rate R --from D1 --to D2 [--basis 365|actual|court] "
                   "[--business-lender yes|no] [--rounding truncate|half_up|ceil|"
                   "truncate_each_part]",
                   &run);
