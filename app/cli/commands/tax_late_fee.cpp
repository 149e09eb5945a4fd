// zansai-cli tax-late-fee: 延滞税 (国税通則法60条, 租税特別措置法94条) or 延滞金 (地方税法) of a
// tax paid late, period by period (law/TaxLateFee.h).
#include "Cli.h"
#include "law/TaxLateFee.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace zansai;

namespace {

struct TaxLateFeeText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int run(const cli::Args& args)
{
    const QString kTax = QStringLiteral("--tax"), kDue = QStringLiteral("--due"),
                  kPaid = QStringLiteral("--paid"), kKind = QStringLiteral("--kind");
    if (auto s = args.onlyKnown({kTax, kDue, kPaid, kKind}); !s)
        return cli::fail(s.error());
    if (!args.positional.isEmpty())
        return cli::fail(
            QStringLiteral("command"),
            TaxLateFeeText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const auto tax = args.yen(kTax);
    if (!tax)
        return cli::fail(tax.error());
    const auto due = args.date(kDue);
    if (!due)
        return cli::fail(due.error());
    const auto paid = args.date(kPaid);
    if (!paid)
        return cli::fail(paid.error());
    if (*paid < *due)
        return cli::fail(kPaid, TaxLateFeeText::tr("The payment date is before the due date (%1).")
                                    .arg(due->toString(Qt::ISODate)));
    if (due->daysTo(*paid) > 100 * 366)
        return cli::fail(kPaid, TaxLateFeeText::tr("The span is longer than 100 years."));
    const auto kindName = args.choice(kKind, {QStringLiteral("national"), QStringLiteral("local")},
                                      QStringLiteral("national"));
    if (!kindName)
        return cli::fail(kindName.error());
    const law::TaxKind kind =
        *kindName == QLatin1String("local") ? law::TaxKind::Local : law::TaxKind::National;

    const law::TaxLateFeeResult r = law::taxLateFee(*tax, *due, *paid, kind);
    QJsonArray periods;
    for (const law::TaxLateFeePeriod& p : r.periods)
        periods.append(QJsonObject{
            {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
            {QStringLiteral("days"), int(p.from.daysTo(p.to) + 1)},
            {QStringLiteral("base"), qint64(p.base.value())},
            {QStringLiteral("rate_percent"), p.rate.toPercentDouble()},
            {QStringLiteral("amount"), qint64(p.amount.value())},
        });
    QJsonArray notes;
    notes.append(
        kind == law::TaxKind::National
            ? TaxLateFeeText::tr(
                  "National tax (延滞税, Act on General Rules for National Taxes art. 60; "
                  "Special Taxation Measures Act art. 94): the lower rate runs through the "
                  "day two months after the due date, the higher one after that.")
            : TaxLateFeeText::tr(
                  "Local tax (延滞金, Local Tax Act): the lower rate runs through the day "
                  "one month after the due date, the higher one after that."));
    notes.append(TaxLateFeeText::tr(
        "Days are counted from the day after the due date through the payment date, over 365 even "
        "in leap years. Each period is truncated below one yen."));
    notes.append(kind == law::TaxKind::National
                     ? TaxLateFeeText::tr("The tax is truncated to units of 10,000 yen (none under "
                                          "10,000); the total to units of 100 yen, and nothing is "
                                          "due under 1,000 yen (arts. 118 and 119).")
                     : TaxLateFeeText::tr("The tax is truncated to units of 1,000 yen (none under "
                                          "2,000); the total to units of 100 yen, and nothing is "
                                          "due under 1,000 yen (Local Tax Act art. 20-4-2)."));
    if (r.ratesAssumed)
        notes.append(TaxLateFeeText::tr(
                         "The rates after %1 are not published yet: the rates of %1 are assumed.")
                         .arg(law::kTaxLateFeeTableLastYear));
    return cli::printJson(QJsonObject{
        {QStringLiteral("amount"), qint64(r.amount.value())},
        {QStringLiteral("exact"), qint64(r.exact.value())},
        {QStringLiteral("kind"), *kindName},
        {QStringLiteral("periods"), periods},
        {QStringLiteral("rates_assumed"), r.ratesAssumed},
        {QStringLiteral("notes"), notes},
    });
}

} // namespace

ZANSAI_CLI_COMMAND(
    "tax-late-fee",
    QT_TRANSLATE_NOOP("zansai::cli",
                      "Late-payment tax (延滞税) or local late fee (延滞金) of a tax"),
    "--tax Y --due D --paid D2 [--kind national|local]", &run);
