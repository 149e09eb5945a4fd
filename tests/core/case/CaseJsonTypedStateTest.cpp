// The state the app reads and writes is typed in the model and keeps the file's keys (revision 2):
// "installment_monthly", "chosen_option", and on a debt "incomplete_fields", "guarantor_name",
// "guarantor_relation". None of them is left in `extra`.
#include "case/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

QString errorOf(const Result<Case>& r)
{
    return r ? QStringLiteral("(ok)") : r.error().field + QStringLiteral(": ") + r.error().message;
}

QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// A small valid file with one debt; `top` and `debt` are members ("key": value,) put first in the
// case and in the debt. raw() is the text as given, file() as writeCaseBytes spells it (indented,
// keys sorted): what the app itself writes.
QByteArray raw(const QByteArray& top = {}, const QByteArray& debt = {})
{
    return R"({)" + top + R"( "format": "zansai-case/1", "as_of": "2026-11-22",
  "client": {"name": "A", "net_monthly_income": 250000},
  "debts": [{)" +
           debt + R"( "id": "d1", "creditor": "B", "kind": "card",
             "lender_kind": "card_company", "contract_date": "2008-04-01",
             "accelerated_on": "2023-06-01", "principal": 480000, "late_rate_percent": 14.6}]})";
}

QByteArray file(const QByteArray& top = {}, const QByteArray& debt = {})
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw(top, debt), &err);
    EXPECT_EQ(err.error, QJsonParseError::NoError) << err.errorString().toStdString();
    return doc.toJson(QJsonDocument::Indented);
}

// Reads `bytes` and expects writeCaseBytes to give exactly the same bytes back.
Case readExact(const QByteArray& bytes)
{
    const auto c = readCase(bytes);
    EXPECT_TRUE(c) << errorOf(c).toStdString();
    if (!c)
        return {};
    EXPECT_EQ(writeCaseBytes(*c), bytes);
    EXPECT_EQ(*readCase(writeCaseBytes(*c)), *c);
    return *c;
}

} // namespace

TEST(CaseJsonTypedState, FileWithoutTheKeysHasNone)
{
    const Case c = readExact(file());
    EXPECT_FALSE(c.installmentMonthly.has_value());
    EXPECT_FALSE(c.chosenOption.has_value());
    ASSERT_EQ(c.debts.size(), 1);
    EXPECT_TRUE(c.debts[0].incompleteFields.isEmpty());
    EXPECT_TRUE(c.debts[0].guarantorName.isEmpty());
    EXPECT_TRUE(c.debts[0].guarantorRelation.isEmpty());
}

TEST(CaseJsonTypedState, EveryKeyIsTypedAndWrittenBackByteForByte)
{
    const QByteArray bytes = file(
        R"("chosen_option": "voluntary_arrangement", "installment_monthly": 30000,)",
        R"("guarantor": "individual", "guarantor_name": "山田 花子", "guarantor_relation": "妻",
                "incomplete_fields": ["contract_date", "late_rate_percent"],)");
    // What the app writes: the keys in place, the yen an integer.
    EXPECT_TRUE(bytes.endsWith("\n    \"installment_monthly\": 30000\n}\n"));
    EXPECT_TRUE(bytes.contains("\n            \"incomplete_fields\": [\n"
                               "                \"contract_date\",\n"
                               "                \"late_rate_percent\"\n"
                               "            ],\n"));
    const Case c = readExact(bytes);
    EXPECT_EQ(c.installmentMonthly, Yen(30000));
    EXPECT_EQ(c.chosenOption, OptionKind::VoluntaryArrangement);
    EXPECT_TRUE(c.extra.isEmpty());
    const Debt& d = c.debts[0];
    EXPECT_EQ(d.guarantor, GuarantorKind::Individual);
    EXPECT_EQ(d.guarantorName, QString::fromUtf8("山田 花子"));
    EXPECT_EQ(d.guarantorRelation, QString::fromUtf8("妻"));
    EXPECT_EQ(d.incompleteFields,
              (QStringList{QStringLiteral("contract_date"), QStringLiteral("late_rate_percent")}));
    EXPECT_TRUE(d.extra.isEmpty());
}

TEST(CaseJsonTypedState, CodeBuiltCaseWritesTheKeysExactly)
{
    Case c = *readCase(file());
    c.installmentMonthly = Yen(12345);
    c.chosenOption = OptionKind::DoNothing;
    c.debts[0].guarantor = GuarantorKind::GuaranteeCompany;
    c.debts[0].guarantorName = QStringLiteral("ZZ Guarantee");
    // Listed in any order, written in the fixed one.
    c.debts[0].incompleteFields = {QStringLiteral("principal"), QStringLiteral("creditor")};
    EXPECT_EQ(writeCaseBytes(c),
              file(R"("chosen_option": "do_nothing", "installment_monthly": 12345,)",
                   R"("guarantor": "guarantee_company", "guarantor_name": "ZZ Guarantee",
                      "incomplete_fields": ["creditor", "principal"],)"));

    // Cleared again: the keys go (the file read had none of them).
    c.installmentMonthly.reset();
    c.chosenOption.reset();
    c.debts[0].guarantor = GuarantorKind::None;
    c.debts[0].guarantorName.clear();
    c.debts[0].incompleteFields.clear();
    EXPECT_EQ(writeCaseBytes(c), file());
}

TEST(CaseJsonTypedState, EveryOptionCodeReadsBack)
{
    const QList<std::pair<const char*, OptionKind>> codes = {
        {"installment", OptionKind::Installment},
        {"lump_sum", OptionKind::LumpSum},
        {"voluntary_arrangement", OptionKind::VoluntaryArrangement},
        {"rehabilitation", OptionKind::Rehabilitation},
        {"bankruptcy", OptionKind::Bankruptcy},
        {"limitation", OptionKind::Limitation},
        {"do_nothing", OptionKind::DoNothing},
    };
    for (const auto& [code, kind] : codes) {
        SCOPED_TRACE(code);
        const Case c = readExact(file("\"chosen_option\": \"" + QByteArray(code) + "\","));
        EXPECT_EQ(c.chosenOption, kind);
    }
}

TEST(CaseJsonTypedState, InstallmentReadsFromAnIntegerOrAnIntegralDouble)
{
    QJsonObject o = parse(raw());
    o.insert(QStringLiteral("installment_monthly"), 30000.0); // as the app once kept it in extra
    auto c = readCase(o);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->installmentMonthly, Yen(30000));
    // Written as a JSON integer.
    const QJsonValue written = writeCase(*c).value(QStringLiteral("installment_monthly"));
    EXPECT_EQ(written.toInteger(-1), 30000);
    EXPECT_EQ(writeCaseBytes(*c), file(R"("installment_monthly": 30000,)"));

    o.insert(QStringLiteral("installment_monthly"), qint64(0));
    c = readCase(o);
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->installmentMonthly, Yen(0)); // zero is a value, not its absence
    EXPECT_EQ(writeCaseBytes(*c), file(R"("installment_monthly": 0,)"));
}

TEST(CaseJsonTypedState, InvalidValuesAreRejectedAtTheirPath)
{
    struct Bad {
        const char* name;
        QByteArray top;
        QByteArray debt;
        const char* expected;
    };
    const QList<Bad> cases = {
        {"negative installment",
         R"("installment_monthly": -1,)",
         {},
         "installment_monthly: The amount cannot be negative."},
        {"fractional installment",
         R"("installment_monthly": 100.5,)",
         {},
         "installment_monthly: Enter a whole number of yen."},
        {"installment as text",
         R"("installment_monthly": "30000",)",
         {},
         "installment_monthly: Enter a whole number of yen."},
        {"installment null",
         R"("installment_monthly": null,)",
         {},
         "installment_monthly: Enter a whole number of yen."},
        {"unknown option",
         R"("chosen_option": "cheapest",)",
         {},
         "chosen_option: Unknown code \"cheapest\". Use one of: installment, lump_sum, "
         "voluntary_arrangement, rehabilitation, bankruptcy, limitation, do_nothing."},
        {"option not a string",
         R"("chosen_option": 2,)",
         {},
         "chosen_option: Unknown code \"2\". Use one of: installment, lump_sum, "
         "voluntary_arrangement, rehabilitation, bankruptcy, limitation, do_nothing."},
        {"unknown incomplete field",
         {},
         R"("incomplete_fields": ["principal", "birth_date"],)",
         "debts[0].incomplete_fields[1]: Unknown code \"birth_date\". Use one of: creditor, "
         "contract_date, accelerated_on, principal, late_rate_percent."},
        {"incomplete field not a string",
         {},
         R"("incomplete_fields": [1],)",
         "debts[0].incomplete_fields[0]: Unknown code \"1\". Use one of: creditor, "
         "contract_date, accelerated_on, principal, late_rate_percent."},
        {"incomplete fields not a list",
         {},
         R"("incomplete_fields": "principal",)",
         "debts[0].incomplete_fields: Expected a list here."},
        {"guarantor name not text",
         {},
         R"("guarantor_name": 5,)",
         "debts[0].guarantor_name: Enter text here."},
        {"guarantor relation not text",
         {},
         R"("guarantor_relation": null,)",
         "debts[0].guarantor_relation: Enter text here."},
    };
    for (const Bad& bad : cases) {
        SCOPED_TRACE(bad.name);
        EXPECT_EQ(errorOf(readCase(raw(bad.top, bad.debt))), QString::fromUtf8(bad.expected));
    }
}

TEST(CaseJsonTypedState, IncompleteFieldsAreKeptInTheFixedOrderOnce)
{
    const auto c = readCase(
        raw({}, R"("incomplete_fields": ["late_rate_percent", "creditor", "late_rate_percent"],)"));
    ASSERT_TRUE(c) << errorOf(c).toStdString();
    EXPECT_EQ(c->debts[0].incompleteFields,
              (QStringList{QStringLiteral("creditor"), QStringLiteral("late_rate_percent")}));
    EXPECT_EQ(writeCaseBytes(*c),
              file({}, R"("incomplete_fields": ["creditor", "late_rate_percent"],)"));
}

TEST(CaseJsonTypedState, EmptyValuesTheFileHadAreKept)
{
    // An empty list and empty names are spelling: read as nothing missing and no name, written
    // back as they were.
    const Case c = readExact(
        file({}, R"("guarantor_name": "", "guarantor_relation": "", "incomplete_fields": [],)"));
    EXPECT_TRUE(c.debts[0].incompleteFields.isEmpty());
    EXPECT_TRUE(c.debts[0].guarantorName.isEmpty());
    EXPECT_EQ(c, *readCase(file())); // the same case as without the keys
}

TEST(CaseJsonTypedState, UnknownFieldsBesideThemStayInExtra)
{
    const Case c = readExact(file(R"("installment_monthly": 5000, "x-firm": "kept",)",
                                  R"("guarantor_name": "C", "guarantor_phone": "03-0000-0000",)"));
    EXPECT_EQ(c.extra.keys(), QStringList{QStringLiteral("x-firm")});
    EXPECT_EQ(c.debts[0].extra.keys(), QStringList{QStringLiteral("guarantor_phone")});
    EXPECT_EQ(c.debts[0].guarantorName, QStringLiteral("C"));
}
