// Format revision 2 (docs/case-format.md): the new event types, the new typed fields, and the
// meaning of "sale": null. Each is read into a typed member (never left in `extra`) and written
// back byte for byte.
#include "case/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QByteArray kRevision2 = R"({
  "format": "zansai-case/1", "as_of": "2026-11-22",
  "client": {"name": "堺 一郎", "net_monthly_income": 300000, "occupation": "self_employed",
             "occupations": ["self_employed", "insurance_agent"],
             "address": {"postal_code": "590-0078", "prefecture": "大阪府", "city": "堺市",
                         "line": "堺区南瓦町3-1", "building": "2F"}},
  "sale": null,
  "debts": [
    {"id": "d1", "creditor": "○○債権回収株式会社", "kind": "housing_loan", "lender_kind": "bank",
     "original_creditor": "株式会社みどり銀行",
     "contract_date": "2008-04-01", "accelerated_on": "2023-06-01", "principal": 7800000,
     "late_rate_percent": 14.0, "late_basis": "365",
     "events": [
       {"date": "2024-01-10", "type": "lawsuit_served", "court": "大阪地方裁判所",
        "case_number": "令和6年(ワ)第100号"},
       {"date": "2024-03-01", "type": "lawsuit_withdrawn"},
       {"date": "2025-05-01", "type": "payment_order_served", "court": "堺簡易裁判所",
        "case_number": "令和7年(ロ)第1234号"},
       {"date": "2025-05-10", "type": "payment_order_objection"},
       {"date": "2025-06-01", "type": "lawsuit_dismissed"},
       {"date": "2025-07-01", "type": "payment_order_lapsed"},
       {"date": "2025-08-01", "type": "seizure_filed", "target": "deposits"},
       {"date": "2025-09-01", "type": "seizure_withdrawn"},
       {"date": "2025-10-01", "type": "seizure_filed", "target": "wages"},
       {"date": "2026-01-10", "type": "seizure_completed"}
     ]},
    {"id": "d2", "creditor": "株式会社あおば商事", "kind": "other", "lender_kind": "other",
     "client_role": "guarantor", "principal_debtor": "堺 次郎",
     "contract_date": "2019-04-01", "accelerated_on": "2024-04-01", "principal": 1200000,
     "late_rate_percent": 14.6}
  ]
})";

} // namespace

TEST(CaseJsonRevision2, NewFieldsAreTypedAndRoundTripExactly)
{
    const auto c = readCase(kRevision2);
    ASSERT_TRUE(c) << c.error().field.toStdString() << ": " << c.error().message.toStdString();
    EXPECT_FALSE(c->sale.has_value()); // "sale": null — not sold, the client owns the home
    ASSERT_TRUE(c->client.address.has_value());
    EXPECT_EQ(c->client.address->prefecture, text("大阪府"));
    EXPECT_EQ(c->client.address->city, text("堺市"));
    EXPECT_EQ(c->client.address->postalCode, QStringLiteral("590-0078"));
    EXPECT_TRUE(c->client.address->extra.contains(QStringLiteral("building")));
    EXPECT_EQ(c->client.occupations,
              (QList<Occupation>{Occupation::SelfEmployed, Occupation::InsuranceAgent}));

    const Debt& d1 = c->debts[0];
    EXPECT_EQ(d1.originalCreditor, text("株式会社みどり銀行"));
    EXPECT_EQ(d1.clientRole, ClientRole::Debtor);
    ASSERT_EQ(d1.events.size(), 10);
    EXPECT_EQ(d1.events[0].court, text("大阪地方裁判所"));
    EXPECT_EQ(d1.events[0].caseNumber, text("令和6年(ワ)第100号"));
    const QList<DebtEventType> types{
        DebtEventType::LawsuitServed,      DebtEventType::LawsuitWithdrawn,
        DebtEventType::PaymentOrderServed, DebtEventType::PaymentOrderObjection,
        DebtEventType::LawsuitDismissed,   DebtEventType::PaymentOrderLapsed,
        DebtEventType::SeizureFiled,       DebtEventType::SeizureWithdrawn,
        DebtEventType::SeizureFiled,       DebtEventType::SeizureCompleted};
    for (qsizetype i = 0; i < types.size(); ++i)
        EXPECT_EQ(d1.events[i].type, types[i]) << i;
    for (const DebtEvent& e : d1.events)
        EXPECT_TRUE(e.extra.isEmpty());
    EXPECT_TRUE(d1.extra.isEmpty());

    const Debt& d2 = c->debts[1];
    EXPECT_EQ(d2.clientRole, ClientRole::Guarantor);
    EXPECT_EQ(d2.principalDebtor, text("堺 次郎"));

    EXPECT_EQ(writeCase(*c), parse(kRevision2)); // "sale": null is written back as null
    EXPECT_EQ(*readCase(writeCase(*c)), *c);
}

TEST(CaseJsonRevision2, AbsentSaleStaysAbsentAndNullStaysNull)
{
    QJsonObject o = parse(kRevision2);
    o.remove(QStringLiteral("sale"));
    const auto absent = readCase(o);
    ASSERT_TRUE(absent);
    EXPECT_FALSE(absent->sale.has_value());
    EXPECT_FALSE(writeCase(*absent).contains(QStringLiteral("sale")));
    const auto null = readCase(parse(kRevision2));
    ASSERT_TRUE(null);
    EXPECT_TRUE(writeCase(*null).value(QStringLiteral("sale")).isNull());
}

TEST(CaseJsonRevision2, MainOccupationCountsAmongTheOccupations)
{
    Client c;
    EXPECT_EQ(c.occupationsOrMain(), QList<Occupation>{Occupation::CompanyEmployee});
    c.occupation = Occupation::SecurityGuard;
    c.occupations = {Occupation::PartTime};
    EXPECT_EQ(c.occupationsOrMain(),
              (QList<Occupation>{Occupation::SecurityGuard, Occupation::PartTime}));
}

TEST(CaseJsonRevision2, BadValuesAreRefusedAtTheirPath)
{
    struct Row {
        const char* path;
        QJsonValue value;
        const char* field;
    };
    const QList<Row> rows{
        {"client_role", QStringLiteral("co_signer"), "debts[1].client_role"},
        {"occupations", QJsonArray{QStringLiteral("pilot")}, "client.occupations[0]"},
        {"occupations", QJsonArray{QStringLiteral("lawyer"), QStringLiteral("lawyer")},
         "client.occupations[1]"},
        {"address", QStringLiteral("堺市"), "client.address"},
        {"court", 12, "debts[0].events[0].court"},
    };
    for (const Row& r : rows) {
        QJsonObject o = parse(kRevision2);
        const QString key = QLatin1String(r.path);
        if (key == u"client_role") {
            QJsonArray debts = o.value(QStringLiteral("debts")).toArray();
            QJsonObject d = debts[1].toObject();
            d.insert(key, r.value);
            debts[1] = d;
            o.insert(QStringLiteral("debts"), debts);
        } else if (key == u"court") {
            QJsonArray debts = o.value(QStringLiteral("debts")).toArray();
            QJsonObject d = debts[0].toObject();
            QJsonArray events = d.value(QStringLiteral("events")).toArray();
            QJsonObject e = events[0].toObject();
            e.insert(key, r.value);
            events[0] = e;
            d.insert(QStringLiteral("events"), events);
            debts[0] = d;
            o.insert(QStringLiteral("debts"), debts);
        } else {
            QJsonObject client = o.value(QStringLiteral("client")).toObject();
            client.insert(key, r.value);
            o.insert(QStringLiteral("client"), client);
        }
        const auto c = readCase(o);
        ASSERT_FALSE(c) << r.path;
        EXPECT_EQ(c.error().field, QLatin1String(r.field)) << r.path;
        EXPECT_FALSE(c.error().message.isEmpty());
    }
}
