// Writing cases back: exact round trips of every file, extra fields and optional keys kept.
#include "case/CaseJson.h"

#include "CaseJsonTestUtil.h"
#include "case/CaseCodes.h"
#include "i18n/Language.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::casejsontest;
using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Round trips

TEST(CaseJson, EveryCaseFileRoundTripsExactly)
{
    const QStringList files = validCaseFiles();
    ASSERT_GE(files.size(), 7) << "tests/data/cases/*.json";
    for (const QString& path : files) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray bytes = readBytes(path);
        const auto c = readCase(bytes);
        ASSERT_TRUE(c) << errorOf(c).toStdString();

        // Every file is written with its events in date order, so the object comes back whole.
        EXPECT_EQ(writeCase(*c), parse(bytes));

        // One canonical write, then byte-for-byte stable.
        const QByteArray canonical = writeCaseBytes(*c);
        const auto again = readCase(canonical);
        ASSERT_TRUE(again) << errorOf(again).toStdString();
        EXPECT_EQ(*again, *c);
        EXPECT_EQ(writeCaseBytes(*again), canonical);
    }
}

TEST(CaseJson, SpecExampleReadsAsWritten)
{
    const auto r = readCase(specExampleJson());
    ASSERT_TRUE(r) << errorOf(r).toStdString();
    const Case& c = *r;
    EXPECT_EQ(c.asOf, QDate(2026, 11, 22));
    EXPECT_TRUE(c.language.isEmpty());
    EXPECT_EQ(c.client.name, text("山田 太郎"));
    EXPECT_EQ(c.client.birthDate, QDate(1975, 4, 2));
    EXPECT_EQ(c.client.occupation, Occupation::CompanyEmployee);
    EXPECT_EQ(c.client.dependents, 2);
    EXPECT_EQ(c.client.netMonthlyIncome, Yen(280'000));
    EXPECT_EQ(c.client.payCycle, PayCycle::Monthly);
    EXPECT_EQ(c.budget.totalIncome(), Yen(280'000));
    EXPECT_EQ(c.budget.totalExpenses(), Yen(140'000));
    EXPECT_EQ(c.budget.surplus(), Yen(140'000));
    EXPECT_EQ(c.budget.expenses.value(QStringLiteral("rent")), Yen(80'000));
    EXPECT_EQ(c.assets.cash, Yen(100'000));
    EXPECT_EQ(c.assets.deposits, Yen(200'000));
    EXPECT_EQ(c.assets.total(), Yen(300'000));
    ASSERT_TRUE(c.sale.has_value());
    EXPECT_EQ(c.sale->kind, SaleKind::Voluntary);
    EXPECT_EQ(c.sale->settledOn, QDate(2024, 3, 15));
    EXPECT_EQ(c.sale->price, Yen(18'000'000));
    EXPECT_FALSE(c.priorDischargeFinalOn.has_value());
    ASSERT_EQ(c.debts.size(), 1);
    const Debt& d = c.debts[0];
    EXPECT_EQ(d.id, QStringLiteral("d1"));
    EXPECT_EQ(d.creditor, text("○○債権回収株式会社"));
    EXPECT_EQ(d.kind, DebtKind::HousingLoan);
    EXPECT_EQ(d.lenderKind, LenderKind::Bank);
    EXPECT_EQ(d.contractDate, QDate(2008, 4, 1));
    EXPECT_EQ(d.acceleratedOn, QDate(2023, 6, 1));
    EXPECT_EQ(d.principal, Yen(5'800'000));
    EXPECT_EQ(d.lateRate, Rate(14, 100));
    EXPECT_EQ(d.lateBasis, DayBasis::Days365);
    EXPECT_EQ(d.guarantor, GuarantorKind::None);
    ASSERT_EQ(d.events.size(), 2);
    EXPECT_EQ(d.events[0].date, QDate(2024, 3, 15));
    EXPECT_EQ(d.events[0].type, DebtEventType::VoluntarySaleSettled);
    EXPECT_FALSE(d.events[0].amount.has_value());
    EXPECT_EQ(d.events[1].type, DebtEventType::Payment);
    EXPECT_EQ(d.events[1].amount, Yen(10'000));
    EXPECT_EQ(c.totalPrincipal(), Yen(5'800'000));
    EXPECT_EQ(c.debt(QStringLiteral("d1")), &c.debts[0]);
    EXPECT_TRUE(c.extra.isEmpty());
}

TEST(CaseJson, SeedsCarryTheirStatedOutcome)
{
    struct Seed {
        const char* file;
        std::int64_t principal;
        std::int64_t surplus;
        LenderKind lender;
        const char* option;
    };
    const Seed seeds[] = {
        {"seed1_servicer_lump_sum.json", 5'800'000, 5'000, LenderKind::Bank, "lump_sum"},
        {"seed2_installment_self_employed.json", 7'800'000, 10'000, LenderKind::GuaranteeCompany,
         "installment"},
        {"seed3_pensioner_jhf.json", 3'200'000, 5'000, LenderKind::Jhf, "installment"},
    };
    for (const Seed& s : seeds) {
        SCOPED_TRACE(s.file);
        const auto c = readCase(readBytes(casesDir() + QLatin1Char('/') + QLatin1String(s.file)));
        ASSERT_TRUE(c) << errorOf(c).toStdString();
        EXPECT_EQ(c->asOf, QDate(2026, 11, 22));
        EXPECT_EQ(c->totalPrincipal(), Yen(s.principal));
        EXPECT_EQ(c->budget.surplus(), Yen(s.surplus));
        EXPECT_EQ(c->debts[0].lenderKind, s.lender);
        EXPECT_EQ(c->language, QStringLiteral("ja"));
        const QJsonObject outcome = c->extra.value(QStringLiteral("seed_outcome")).toObject();
        EXPECT_EQ(outcome.value(QStringLiteral("option")).toString(), QLatin1String(s.option));
        EXPECT_FALSE(outcome.value(QStringLiteral("text")).toString().isEmpty());
    }
    const auto seed1 =
        readCase(readBytes(casesDir() + QStringLiteral("/seed1_servicer_lump_sum.json")));
    const QJsonObject o1 = seed1->extra.value(QStringLiteral("seed_outcome")).toObject();
    EXPECT_EQ(o1.value(QStringLiteral("paid")).toInteger(), 100'000);
    EXPECT_EQ(o1.value(QStringLiteral("forgiven")).toInteger(), 5'700'000);
    EXPECT_GE(seed1->assets.cash, Yen(100'000)); // the cash for the offered lump sum is there
    bool assigned = false;
    for (const DebtEvent& e : seed1->debts[0].events)
        assigned = assigned || e.type == DebtEventType::ClaimAssigned;
    EXPECT_TRUE(assigned);
    EXPECT_EQ(seed1->debts[0].originalCreditor, text("株式会社みどり銀行")); // revision 2: typed
    EXPECT_FALSE(seed1->debts[0].extra.contains(QStringLiteral("original_creditor")));
}

TEST(CaseJson, StageFilesHaveTheirCourtEvents)
{
    const auto order =
        readCase(readBytes(casesDir() + QStringLiteral("/ignored_letters_payment_order.json")));
    ASSERT_TRUE(order) << errorOf(order).toStdString();
    const DebtEvent& last = order->debts[0].events.last();
    EXPECT_EQ(last.type, DebtEventType::PaymentOrderServed);
    EXPECT_EQ(last.date, QDate(2026, 11, 16));

    const auto seized =
        readCase(readBytes(casesDir() + QStringLiteral("/judgment_and_wage_seizure.json")));
    ASSERT_TRUE(seized) << errorOf(seized).toStdString();
    const QList<DebtEvent>& events = seized->debts[0].events;
    ASSERT_GE(events.size(), 3);
    EXPECT_EQ(events.last().type, DebtEventType::SeizureFiled);
    EXPECT_EQ(events.last().target, SeizureTarget::Wages);
    EXPECT_EQ(events[events.size() - 2].type, DebtEventType::JudgmentFinal);
    EXPECT_EQ(events[events.size() - 3].type, DebtEventType::JudgmentServed);

    const auto twenty = readCase(readBytes(casesDir() + QStringLiteral("/twenty_debts.json")));
    ASSERT_TRUE(twenty) << errorOf(twenty).toStdString();
    EXPECT_EQ(twenty->debts.size(), 20);
    EXPECT_EQ(twenty->totalPrincipal(), Yen(15'140'000));
}

TEST(CaseJson, EventsAreSortedByDateStably)
{
    QJsonObject json = specExampleJson();
    const QJsonArray shuffled{
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-01-10")},
                    {QStringLiteral("type"), QStringLiteral("payment")},
                    {QStringLiteral("amount"), 10000}},
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-03-15")},
                    {QStringLiteral("type"), QStringLiteral("voluntary_sale_settled")}},
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-01-10")},
                    {QStringLiteral("type"), QStringLiteral("acknowledgment")}},
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-12-01")},
                    {QStringLiteral("type"), QStringLiteral("demand")}},
    };
    json = withValue(json, QStringLiteral("debts[0].events"), shuffled);
    const auto c = readCase(json);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    const QList<DebtEvent>& e = c->debts[0].events;
    ASSERT_EQ(e.size(), 4);
    EXPECT_EQ(e[0].type, DebtEventType::VoluntarySaleSettled);
    EXPECT_EQ(e[1].type, DebtEventType::Demand);
    EXPECT_EQ(e[2].type, DebtEventType::Payment); // same day: the file's order is kept
    EXPECT_EQ(e[3].type, DebtEventType::Acknowledgment);

    // The write is canonical: date order. From then on the round trip is exact.
    const QJsonArray written = writeCase(*c)
                                   .value(QStringLiteral("debts"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("events"))
                                   .toArray();
    EXPECT_EQ(written.at(0).toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2024-03-15"));
    EXPECT_EQ(written.at(2).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("payment"));
    EXPECT_EQ(written.at(3).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("acknowledgment"));
    EXPECT_EQ(writeCase(*readCase(writeCase(*c))), writeCase(*c));
}

TEST(CaseJson, ErrorsNameTheFileIndexNotTheSortedOne)
{
    QJsonObject json = specExampleJson();
    const QJsonArray events{
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-01-10")},
                    {QStringLiteral("type"), QStringLiteral("payment")},
                    {QStringLiteral("amount"), 10000}},
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-03-15")},
                    {QStringLiteral("type"), QStringLiteral("seizure_filed")},
                    {QStringLiteral("target"), QStringLiteral("house")}},
    };
    const auto r = readCase(withValue(json, QStringLiteral("debts[0].events"), events));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("debts[0].events[1].target"));
}

TEST(CaseJson, CodeBuiltCaseIsWrittenCompleteAndReadBack)
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = text("山田 太郎");
    c.client.netMonthlyIncome = Yen(280'000);
    Debt d;
    d.id = QStringLiteral("d1");
    d.creditor = text("○○銀行");
    d.contractDate = QDate(2008, 4, 1);
    d.acceleratedOn = QDate(2023, 6, 1);
    d.principal = Yen(5'800'000);
    d.lateRate = Rate(146, 1000);
    DebtEvent later;
    later.date = QDate(2025, 1, 10);
    later.type = DebtEventType::Payment;
    later.amount = Yen(10'000);
    DebtEvent earlier;
    earlier.date = QDate(2024, 3, 15);
    earlier.type = DebtEventType::VoluntarySaleSettled;
    d.events = {later, earlier}; // out of order: the writer still writes date order
    c.debts << d;

    const QJsonObject o = writeCase(c);
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("zansai-case/1"));
    const QJsonObject client = o.value(QStringLiteral("client")).toObject();
    EXPECT_EQ(client.value(QStringLiteral("occupation")).toString(),
              QStringLiteral("company_employee"));
    EXPECT_EQ(client.value(QStringLiteral("dependents")).toInt(-1), 0);
    EXPECT_EQ(client.value(QStringLiteral("pay_cycle")).toString(), QStringLiteral("monthly"));
    EXPECT_FALSE(client.contains(QStringLiteral("birth_date"))); // unknown: left out
    EXPECT_FALSE(client.contains(QStringLiteral("name_kana")));  // empty free text: left out
    EXPECT_TRUE(o.value(QStringLiteral("prior_discharge_final_on")).isNull());
    EXPECT_TRUE(o.contains(QStringLiteral("prior_discharge_final_on")));
    EXPECT_FALSE(o.contains(QStringLiteral("sale")));
    EXPECT_FALSE(o.contains(QStringLiteral("language")));
    EXPECT_EQ(o.value(QStringLiteral("assets")).toObject().size(), 6);
    EXPECT_EQ(o.value(QStringLiteral("budget")).toObject(),
              (QJsonObject{{QStringLiteral("income"), QJsonObject()},
                           {QStringLiteral("expenses"), QJsonObject()}}));
    const QJsonObject debt = o.value(QStringLiteral("debts")).toArray().at(0).toObject();
    EXPECT_EQ(debt.value(QStringLiteral("late_rate_percent")).toDouble(), 14.6);
    EXPECT_EQ(debt.value(QStringLiteral("late_basis")).toString(), QStringLiteral("365"));
    EXPECT_EQ(debt.value(QStringLiteral("guarantor")).toString(), QStringLiteral("none"));
    const QJsonArray events = debt.value(QStringLiteral("events")).toArray();
    EXPECT_EQ(events.at(0).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("voluntary_sale_settled"));
    EXPECT_EQ(events.at(1).toObject().value(QStringLiteral("amount")).toInteger(), 10'000);
    EXPECT_FALSE(events.at(0).toObject().contains(QStringLiteral("note")));

    // Read back, the same case (with its events now in order).
    std::swap(c.debts[0].events[0], c.debts[0].events[1]);
    const auto back = readCase(writeCaseBytes(c));
    ASSERT_TRUE(back) << errorOf(back).toStdString();
    EXPECT_EQ(*back, c);
}

TEST(CaseJson, YenAreWrittenAsIntegersAndRatesAsNumbers)
{
    QJsonObject json =
        withValue(specExampleJson(), QStringLiteral("debts[0].principal"), 5800000.0);
    json = withValue(json, QStringLiteral("debts[0].late_rate_percent"), 26.28);
    const auto c = readCase(json);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->debts[0].lateRate, Rate(2628, 10000));
    const QByteArray bytes = writeCaseBytes(*c);
    EXPECT_TRUE(bytes.contains("\"principal\": 5800000\n")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("\"late_rate_percent\": 26.28,")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("\"net_monthly_income\": 280000,")) << bytes.constData();
}

TEST(CaseJson, RatesAtTheBoundsAndSixDecimals)
{
    const struct {
        double percent;
        Rate expected;
    } ok[] = {{0.0, Rate(0, 1)},
              {100.0, Rate(1, 1)},
              {14.6, Rate(146, 1000)},
              {14.5, Rate(145, 1000)},
              {21.9, Rate(219, 1000)},
              {0.000001, Rate(1, 100'000'000)},
              {99.999999, Rate(99'999'999, 100'000'000)}};
    for (const auto& t : ok) {
        SCOPED_TRACE(t.percent);
        const auto c = readCase(
            withValue(specExampleJson(), QStringLiteral("debts[0].late_rate_percent"), t.percent));
        ASSERT_TRUE(c) << errorOf(c).toStdString();
        EXPECT_EQ(c->debts[0].lateRate, t.expected);
        EXPECT_EQ(writeCase(*c)
                      .value(QStringLiteral("debts"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("late_rate_percent"))
                      .toDouble(),
                  t.percent);
    }
    for (double bad : {100.000001, -0.000001, 14.0000001, 1e-7}) {
        SCOPED_TRACE(bad);
        const auto c = readCase(
            withValue(specExampleJson(), QStringLiteral("debts[0].late_rate_percent"), bad));
        ASSERT_FALSE(c);
        EXPECT_EQ(c.error().field, QStringLiteral("debts[0].late_rate_percent"));
    }
}

TEST(CaseJson, DateBoundaries)
{
    const QJsonObject base = specExampleJson();
    // An event on the contract date, acceleration on the as-of date and on a leap day are fine.
    auto ok = readCase(
        withValue(base, QStringLiteral("debts[0].events"),
                  QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2008-04-01")},
                                         {QStringLiteral("type"), QStringLiteral("demand")}}}));
    EXPECT_TRUE(ok) << errorOf(ok).toStdString();
    ok = readCase(
        withValue(base, QStringLiteral("debts[0].accelerated_on"), QStringLiteral("2026-11-22")));
    EXPECT_TRUE(ok) << errorOf(ok).toStdString();
    ok = readCase(
        withValue(base, QStringLiteral("debts[0].accelerated_on"), QStringLiteral("2024-02-29")));
    EXPECT_TRUE(ok) << errorOf(ok).toStdString();
    ok = readCase(
        withValue(base, QStringLiteral("debts[0].accelerated_on"), QStringLiteral("2008-04-01")));
    EXPECT_TRUE(ok) << errorOf(ok).toStdString();
    ok = readCase(
        withValue(base, QStringLiteral("client.birth_date"), QStringLiteral("2026-11-22")));
    EXPECT_TRUE(ok) << errorOf(ok).toStdString();
    ok = readCase(
        withValue(base, QStringLiteral("prior_discharge_final_on"), QStringLiteral("2019-12-31")));
    ASSERT_TRUE(ok) << errorOf(ok).toStdString();
    EXPECT_EQ(ok->priorDischargeFinalOn, QDate(2019, 12, 31));

    const struct {
        const char* path;
        const char* value;
        const char* message;
    } bad[] = {
        {"debts[0].accelerated_on", "2023-02-29", "This date does not exist on the calendar."},
        {"debts[0].accelerated_on", "2023-06-31", "This date does not exist on the calendar."},
        {"debts[0].accelerated_on", "2023-13-01", "This date does not exist on the calendar."},
        {"debts[0].accelerated_on", "2023-6-1", "Enter a date as YYYY-MM-DD."},
        {"debts[0].accelerated_on", "2023-06-01 ", "Enter a date as YYYY-MM-DD."},
        {"debts[0].accelerated_on", "2008-03-31",
         "This date is before the contract date (2008-04-01)."},
        {"debts[0].accelerated_on", "2026-11-23",
         "This date is after the as-of date (2026-11-22): it cannot have happened yet."},
        {"as_of", "2026-11-31", "This date does not exist on the calendar."},
    };
    for (const auto& t : bad) {
        SCOPED_TRACE(t.value);
        const auto r = readCase(withValue(base, QLatin1String(t.path), QLatin1String(t.value)));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().field, QLatin1String(t.path));
        EXPECT_EQ(r.error().message, QLatin1String(t.message));
    }
}

TEST(CaseJson, DependentsFromZeroToTwenty)
{
    for (int n : {0, 20}) {
        const auto c =
            readCase(withValue(specExampleJson(), QStringLiteral("client.dependents"), n));
        ASSERT_TRUE(c) << errorOf(c).toStdString();
        EXPECT_EQ(c->client.dependents, n);
    }
    for (int n : {-1, 21}) {
        const auto c =
            readCase(withValue(specExampleJson(), QStringLiteral("client.dependents"), n));
        ASSERT_FALSE(c);
        EXPECT_EQ(c.error().field, QStringLiteral("client.dependents"));
        EXPECT_EQ(c.error().message, QStringLiteral("The number must be between 0 and 20."));
    }
}

TEST(CaseJson, LargestAmountsAreExact)
{
    const qint64 max = 9007199254740991; // 2^53 − 1: the largest whole number a JSON double holds
    auto c = readCase(withValue(specExampleJson(), QStringLiteral("debts[0].principal"), max));
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->debts[0].principal, Yen(max));
    EXPECT_EQ(writeCase(*c),
              withValue(specExampleJson(), QStringLiteral("debts[0].principal"), max));

    c = readCase(
        withValue(specExampleJson(), QStringLiteral("debts[0].principal"), 9007199254740992.0));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().field, QStringLiteral("debts[0].principal"));
}

// ---------------------------------------------------------------------------------------------
// Extra fields and optional keys

TEST(CaseJson, ExtraFieldsArePreservedEverywhere)
{
    const QByteArray bytes = R"({
  "format": "zansai-case/1", "as_of": "2026-11-22",
  "language": "en", "consultant": "K. Sasaki", "notes": "second interview on 12-01",
  "seed_outcome": {"text": "paid 100,000", "paid": 100000},
  "x-firm": {"office": "Saitama", "tags": ["urgent", 1, null, true, 2.5]},
  "client": {"name": "Jane Doe", "name_kana": "ジェーン ドウ", "net_monthly_income": 250000,
             "employer": "ACME", "phone": null},
  "budget": {"income": {"salary": 250000}, "expenses": {}, "period": "2026-10"},
  "assets": {"cash": 1, "valuables": [{"what": "watch", "yen": 30000}]},
  "sale": {"kind": "auction", "settled_on": "2024-03-15", "price": 12000000, "court": "Saitama"},
  "debts": [
    {"id": "d1", "creditor": "ACME Servicer", "kind": "card", "lender_kind": "card_company",
     "contract_date": "2015-06-01", "accelerated_on": "2023-02-01", "principal": 480000,
     "late_rate_percent": 20, "account_no": "12-345",
     "events": [
       {"date": "2024-05-01", "type": "negotiation_agreement", "agreed_until": "2024-10-31",
        "note": "agreement in writing", "letter_id": 7},
       {"date": "2024-11-01", "type": "lawsuit_served", "hearing_on": "2024-12-10", "note": ""},
       {"date": "2025-01-10", "type": "acknowledgment", "amount": 0}
     ]}
  ]
})";
    const auto c = readCase(bytes);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->language, QStringLiteral("en"));
    EXPECT_EQ(c->consultant, QStringLiteral("K. Sasaki"));
    EXPECT_EQ(c->notes, QStringLiteral("second interview on 12-01"));
    EXPECT_EQ(c->extra.keys(),
              (QStringList{QStringLiteral("seed_outcome"), QStringLiteral("x-firm")}));
    EXPECT_EQ(c->client.nameKana, text("ジェーン ドウ"));
    EXPECT_EQ(c->client.extra.keys(),
              (QStringList{QStringLiteral("employer"), QStringLiteral("phone")}));
    EXPECT_EQ(c->budget.extra.value(QStringLiteral("period")).toString(),
              QStringLiteral("2026-10"));
    EXPECT_TRUE(c->assets.extra.contains(QStringLiteral("valuables")));
    EXPECT_EQ(c->sale->extra.value(QStringLiteral("court")).toString(), QStringLiteral("Saitama"));
    EXPECT_EQ(c->sale->kind, SaleKind::Auction);
    const Debt& d = c->debts[0];
    EXPECT_EQ(d.extra.value(QStringLiteral("account_no")).toString(), QStringLiteral("12-345"));
    EXPECT_EQ(d.lateRate, Rate(20, 100));
    ASSERT_EQ(d.events.size(), 3);
    EXPECT_EQ(d.events[0].agreedUntil, QDate(2024, 10, 31));
    EXPECT_EQ(d.events[0].note, QStringLiteral("agreement in writing"));
    EXPECT_EQ(d.events[0].extra.value(QStringLiteral("letter_id")).toInt(), 7);
    EXPECT_EQ(d.events[1].hearingOn, QDate(2024, 12, 10));
    EXPECT_EQ(d.events[2].amount, Yen(0)); // an amount on a non-payment event may be zero

    // Everything comes back, including the keys the file left out and the empty note.
    EXPECT_EQ(writeCase(*c), parse(bytes));
    EXPECT_EQ(*readCase(writeCase(*c)), *c);
}

TEST(CaseJson, MinimalFileRoundTripsWithoutGainingDefaults)
{
    const QByteArray bytes = R"({"format": "zansai-case/1", "as_of": "2026-11-22",
                                 "client": {"name": "A", "net_monthly_income": 0}})";
    const auto c = readCase(bytes);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_TRUE(c->debts.isEmpty());
    EXPECT_FALSE(c->priorDischargeFinalOn.has_value());
    EXPECT_EQ(c->client.occupation, Occupation::CompanyEmployee);
    EXPECT_EQ(c->budget, Budget{});
    EXPECT_EQ(c->assets, Assets{});
    EXPECT_EQ(writeCase(*c), parse(bytes));

    // Once a default is changed, the key is written.
    Case edited = *c;
    edited.client.dependents = 1;
    edited.assets.cash = Yen(5);
    const QJsonObject o = writeCase(edited);
    EXPECT_EQ(
        o.value(QStringLiteral("client")).toObject().value(QStringLiteral("dependents")).toInt(),
        1);
    // Assets the file had not at all are written whole.
    const QJsonObject assets = o.value(QStringLiteral("assets")).toObject();
    EXPECT_EQ(assets.size(), 6);
    EXPECT_EQ(assets.value(QStringLiteral("cash")).toInteger(), 5);
    EXPECT_EQ(assets.value(QStringLiteral("other")).toInteger(-1), 0);
    EXPECT_FALSE(o.contains(QStringLiteral("prior_discharge_final_on")));
    EXPECT_EQ(*readCase(o), edited);
}

TEST(CaseJson, PriorDischargeNullOrAbsentIsKept)
{
    const QJsonObject withNull = specExampleJson();
    ASSERT_TRUE(withNull.value(QStringLiteral("prior_discharge_final_on")).isNull());
    const auto a = readCase(withNull);
    ASSERT_TRUE(a);
    EXPECT_EQ(writeCase(*a), withNull);

    const QJsonObject absent = without(withNull, QStringLiteral("prior_discharge_final_on"));
    const auto b = readCase(absent);
    ASSERT_TRUE(b);
    EXPECT_EQ(writeCase(*b), absent);
    EXPECT_FALSE(writeCase(*b).contains(QStringLiteral("prior_discharge_final_on")));
    EXPECT_EQ(*a, *b); // the same case, spelled two ways

    const QJsonObject dated = withValue(withNull, QStringLiteral("prior_discharge_final_on"),
                                        QStringLiteral("2018-07-02"));
    const auto d = readCase(dated);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->priorDischargeFinalOn, QDate(2018, 7, 2));
    EXPECT_EQ(writeCase(*d), dated);
}
