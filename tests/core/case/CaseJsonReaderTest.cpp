// Reading case files: every invalid file rejected at its JSON path, in the user's language.
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
// Validation: one file per rule, each rejected at its exact path

TEST(CaseJson, EveryInvalidFileIsRejectedAtItsPath)
{
    const QString required = QStringLiteral("This field is required.");
    const QString object = QStringLiteral("Expected a JSON object here.");
    const QString list = QStringLiteral("Expected a list here.");
    const QString negative = QStringLiteral("The amount cannot be negative.");
    const QString wholeYen = QStringLiteral("Enter a whole number of yen.");
    const QString rateRange = QStringLiteral("The rate must be between 0 and 100 percent.");
    const QString isoDate = QStringLiteral("Enter a date as YYYY-MM-DD.");
    const QString noSuchDay = QStringLiteral("This date does not exist on the calendar.");
    const QString afterAsOf = QStringLiteral(
        "This date is after the as-of date (2026-11-22): it cannot have happened yet.");
    const QString format =
        QStringLiteral("This is not a zansai-case/1 file: \"format\" must be \"zansai-case/1\".");
    const QString eventTypes = QStringLiteral(
        "payment, acknowledgment, voluntary_sale_settled, demand, negotiation_agreement, "
        "negotiation_refused, lawsuit_served, payment_order_served, "
        "provisional_enforcement_served, "
        "judgment_served, judgment_final, court_settlement, enforceable_deed, seizure_filed, "
        "auction_filed, auction_withdrawn, claim_assigned, limitation_invoked, lawsuit_withdrawn, "
        "lawsuit_dismissed, payment_order_objection, payment_order_lapsed, seizure_withdrawn, "
        "seizure_completed");
    const QString occupations = QStringLiteral(
        "company_employee, public_servant, self_employed, part_time, pensioner, unemployed, "
        "security_guard, insurance_agent, real_estate_agent, shihoshoshi, tax_accountant, lawyer, "
        "accountant, administrative_scrivener, social_insurance_labour_consultant, money_lender, "
        "other");
    const QString lenders = QStringLiteral("bank, credit_union, jhf, guarantee_company, "
                                           "public_guarantor, consumer_finance, card_company, "
                                           "individual, public_authority, other");
    const auto unknown = [](const char* code, const QString& allowed) -> QString {
        return u"Unknown code \"%1\". Use one of: %2."_s.arg(QLatin1String(code), allowed);
    };

    struct Expect {
        QString field;
        QString message;
    };
    const QMap<QString, Expect> expected{
        {u"top_level_not_object"_s, {u""_s, u"A case file must be a JSON object { … }."_s}},
        {u"wrong_format"_s, {u"format"_s, format}},
        {u"missing_format"_s, {u"format"_s, format}},
        {u"missing_as_of"_s, {u"as_of"_s, required}},
        {u"unknown_language"_s, {u"language"_s, unknown("fr", QStringLiteral("ja, en"))}},
        {u"missing_client"_s, {u"client"_s, required}},
        {u"client_not_object"_s, {u"client"_s, object}},
        {u"missing_client_name"_s, {u"client.name"_s, required}},
        {u"empty_client_name"_s, {u"client.name"_s, required}},
        {u"birth_date_after_as_of"_s, {u"client.birth_date"_s, afterAsOf}},
        {u"unknown_occupation"_s, {u"client.occupation"_s, unknown("astronaut", occupations)}},
        {u"dependents_out_of_range"_s,
         {u"client.dependents"_s, u"The number must be between 0 and 20."_s}},
        {u"dependents_not_whole"_s, {u"client.dependents"_s, u"Enter a whole number."_s}},
        {u"missing_net_monthly_income"_s, {u"client.net_monthly_income"_s, required}},
        {u"unknown_pay_cycle"_s,
         {u"client.pay_cycle"_s,
          unknown("yearly", u"monthly, semi_monthly, ten_days, weekly, daily"_s)}},
        {u"negative_expense"_s, {u"budget.expenses.food"_s, negative}},
        {u"budget_income_not_object"_s, {u"budget.income"_s, object}},
        {u"budget_total_too_large"_s,
         {u"budget.income"_s, u"These amounts add up to more than 9,007,199,254,740,991 yen."_s}},
        {u"negative_cash"_s, {u"assets.cash"_s, negative}},
        {u"yen_not_whole"_s, {u"assets.deposits"_s, wholeYen}},
        {u"unknown_sale_kind"_s, {u"sale.kind"_s, unknown("gift", u"voluntary, auction"_s)}},
        {u"missing_sale_price"_s, {u"sale.price"_s, required}},
        {u"prior_discharge_after_as_of"_s, {u"prior_discharge_final_on"_s, afterAsOf}},
        {u"debts_not_list"_s, {u"debts"_s, list}},
        {u"debt_not_object"_s, {u"debts[1]"_s, object}},
        {u"missing_debt_id"_s, {u"debts[0].id"_s, required}},
        {u"missing_creditor"_s, {u"debts[0].creditor"_s, required}},
        {u"missing_kind"_s, {u"debts[0].kind"_s, required}},
        {u"missing_lender_kind"_s, {u"debts[0].lender_kind"_s, required}},
        {u"missing_contract_date"_s, {u"debts[0].contract_date"_s, required}},
        {u"missing_accelerated_on"_s, {u"debts[0].accelerated_on"_s, required}},
        {u"missing_principal"_s, {u"debts[0].principal"_s, required}},
        {u"missing_late_rate_percent"_s, {u"debts[0].late_rate_percent"_s, required}},
        {u"principal_as_text"_s, {u"debts[0].principal"_s, wholeYen}},
        {u"negative_principal"_s, {u"debts[0].principal"_s, negative}},
        {u"unknown_debt_kind"_s,
         {u"debts[0].kind"_s,
          unknown("mortgage",
                  u"housing_loan, card, consumer_loan, car_loan, tax, child_support, other"_s)}},
        {u"unknown_lender_kind"_s, {u"debts[0].lender_kind"_s, unknown("loan_shark", lenders)}},
        {u"unknown_late_basis"_s,
         {u"debts[0].late_basis"_s, unknown("360", u"365, actual, court"_s)}},
        {u"unknown_guarantor"_s,
         {u"debts[0].guarantor"_s, unknown("friend", u"none, individual, guarantee_company"_s)}},
        {u"rate_over_100"_s, {u"debts[0].late_rate_percent"_s, rateRange}},
        {u"negative_rate"_s, {u"debts[0].late_rate_percent"_s, rateRange}},
        {u"rate_too_many_decimals"_s,
         {u"debts[0].late_rate_percent"_s, u"Enter the rate with at most 6 decimals."_s}},
        {u"impossible_date"_s, {u"debts[0].events[1].date"_s, noSuchDay}},
        {u"date_not_iso"_s, {u"debts[0].contract_date"_s, isoDate}},
        {u"date_with_spaces"_s, {u"debts[0].events[0].date"_s, isoDate}},
        {u"accelerated_before_contract"_s,
         {u"debts[0].accelerated_on"_s, u"This date is before the contract date (2008-04-01)."_s}},
        {u"future_accelerated_on"_s, {u"debts[0].accelerated_on"_s, afterAsOf}},
        {u"event_before_contract"_s,
         {u"debts[1].events[0].date"_s, u"This date is before the contract date (2015-06-01)."_s}},
        {u"future_event"_s, {u"debts[0].events[2].date"_s, afterAsOf}},
        {u"duplicate_debt_id"_s, {u"debts[1].id"_s, u"Another debt already has the id \"d1\"."_s}},
        {u"events_not_list"_s, {u"debts[0].events"_s, list}},
        {u"event_not_object"_s, {u"debts[0].events[2]"_s, object}},
        {u"missing_event_type"_s, {u"debts[0].events[0].type"_s, required}},
        {u"unknown_event_type"_s,
         {u"debts[0].events[1].type"_s, unknown("partial_payment", eventTypes)}},
        {u"payment_without_amount"_s, {u"debts[0].events[1].amount"_s, required}},
        {u"payment_zero_amount"_s,
         {u"debts[0].events[1].amount"_s, u"A payment needs an amount greater than zero."_s}},
        {u"negative_event_amount"_s, {u"debts[0].events[2].amount"_s, negative}},
        {u"seizure_invalid_target"_s,
         {u"debts[0].events[2].target"_s, unknown("house", u"wages, deposits, other"_s)}},
        {u"impossible_hearing_on"_s, {u"debts[0].events[2].hearing_on"_s, noSuchDay}},
        {u"note_not_text"_s, {u"debts[0].events[0].note"_s, u"Enter text here."_s}},
    };

    const QDir dir(casesDir() + QStringLiteral("/invalid"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), expected.size() + 1)
        << "one expectation per file (not_json has its own)";
    for (const QString& file : files) {
        const QString rule = file.chopped(5);
        SCOPED_TRACE(rule.toStdString());
        const auto r = readCase(readBytes(dir.filePath(file)));
        ASSERT_FALSE(r) << "accepted";
        if (rule == QStringLiteral("not_json")) {
            EXPECT_EQ(r.error().field, QString());
            EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("This is not valid JSON: ")))
                << r.error().message.toStdString();
            continue;
        }
        ASSERT_TRUE(expected.contains(rule)) << "no expectation for this file";
        EXPECT_EQ(r.error().field, expected[rule].field);
        EXPECT_EQ(r.error().message, expected[rule].message);
    }
}

TEST(CaseJson, EveryRequiredFieldIsNamedWhenMissing)
{
    const char* requiredPaths[] = {
        "as_of",
        "client",
        "client.name",
        "client.net_monthly_income",
        "debts[0].id",
        "debts[0].creditor",
        "debts[0].kind",
        "debts[0].lender_kind",
        "debts[0].contract_date",
        "debts[0].accelerated_on",
        "debts[0].principal",
        "debts[0].late_rate_percent",
        "debts[0].events[0].date",
        "debts[0].events[0].type",
        "debts[0].events[1].amount",
        "sale.kind",
        "sale.settled_on",
        "sale.price",
    };
    for (const char* path : requiredPaths) {
        SCOPED_TRACE(path);
        const auto r = readCase(without(specExampleJson(), QLatin1String(path)));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().field, QLatin1String(path));
        EXPECT_EQ(r.error().message, QStringLiteral("This field is required."));
    }
    // Everything else may be left out.
    const char* optionalPaths[] = {
        "client.birth_date",
        "client.occupation",
        "client.dependents",
        "client.pay_cycle",
        "budget",
        "budget.income",
        "budget.expenses",
        "assets",
        "assets.cash",
        "assets.other",
        "sale",
        "prior_discharge_final_on",
        "debts",
        "debts[0].late_basis",
        "debts[0].guarantor",
        "debts[0].events",
    };
    for (const char* path : optionalPaths) {
        SCOPED_TRACE(path);
        const QJsonObject json = without(specExampleJson(), QLatin1String(path));
        const auto r = readCase(json);
        ASSERT_TRUE(r) << errorOf(r).toStdString();
        EXPECT_EQ(writeCase(*r), json);
    }
}

TEST(CaseJson, FirstErrorWins)
{
    // Two problems: the earlier one in the file (the client) is reported, not the debt's.
    QJsonObject json = withValue(specExampleJson(), QStringLiteral("client.dependents"), 30);
    json = withValue(json, QStringLiteral("debts[0].principal"), -1);
    const auto r = readCase(json);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("client.dependents"));
}

TEST(CaseJson, NotJsonNamesNoField)
{
    for (const char* bytes :
         {"", "{", "not json", "{\"format\": \"zansai-case/1\",}", "\xff\xfe"}) {
        SCOPED_TRACE(bytes);
        const auto r = readCase(QByteArray(bytes));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().field, QString());
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    const auto array = readCase(QByteArray("[]"));
    ASSERT_FALSE(array);
    EXPECT_EQ(array.error().field, QString());
}

TEST(CaseJson, MessagesAreTranslated)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    const auto r = readCase(without(specExampleJson(), QStringLiteral("debts[0].principal")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("debts[0].principal"));
    EXPECT_NE(r.error().message, QStringLiteral("This field is required."));
    EXPECT_TRUE(r.error().message.contains(text("必須"))) << r.error().message.toStdString();
    translations.install(Language::English);
}
