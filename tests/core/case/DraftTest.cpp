#include "case/Draft.h"

#include "case/CaseJson.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

Case consultation()
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = QStringLiteral("A");
    return c;
}

} // namespace

TEST(Draft, RequiredFieldsInTheirFixedOrder)
{
    EXPECT_EQ(draft::requiredFields(), names({"creditor", "contract_date", "accelerated_on",
                                              "principal", "late_rate_percent"}));
    EXPECT_EQ(draft::inRequiredOrder(names({"late_rate_percent", "x", "creditor", "creditor"})),
              names({"creditor", "late_rate_percent"}));
}

TEST(Draft, NewDebtMissesEveryAnswerButTheCreditorGiven)
{
    Case c = consultation();
    const Debt d = draft::newDebt(c, QStringLiteral(" ○○銀行 "));
    EXPECT_EQ(d.id, QStringLiteral("d1"));
    EXPECT_EQ(d.creditor, QStringLiteral("○○銀行"));
    EXPECT_EQ(d.incompleteFields,
              names({"contract_date", "accelerated_on", "principal", "late_rate_percent"}));
    EXPECT_FALSE(draft::isComplete(d));
    EXPECT_TRUE(d.extra.isEmpty());

    c.debts << d;
    const Debt blank = draft::newDebt(c);
    EXPECT_EQ(blank.id, QStringLiteral("d2"));
    EXPECT_EQ(draft::missingFields(blank), draft::requiredFields());
}

TEST(Draft, SetMissingKeepsTheFixedOrder)
{
    Debt d;
    draft::setMissing(d, draft::kLateRate, true);
    draft::setMissing(d, draft::kCreditor, true);
    draft::setMissing(d, draft::kPrincipal, true);
    draft::setMissing(d, draft::kCreditor, true); // once only
    EXPECT_EQ(d.incompleteFields, names({"creditor", "principal", "late_rate_percent"}));
    EXPECT_TRUE(draft::isMissing(d, draft::kPrincipal));
    EXPECT_FALSE(draft::isMissing(d, draft::kContractDate));
    draft::setMissing(d, draft::kCreditor, false);
    draft::setMissing(d, draft::kPrincipal, false);
    draft::setMissing(d, draft::kLateRate, false);
    EXPECT_TRUE(d.incompleteFields.isEmpty());
    EXPECT_TRUE(draft::isComplete(d));
}

TEST(Draft, StandInsPassValidationAndTheDraftReadsBackExactly)
{
    Case c = consultation();
    Debt d = draft::newDebt(c);
    DebtEvent demand;
    demand.date = QDate(2025, 3, 1);
    demand.type = DebtEventType::Demand;
    d.events << demand;
    c.debts << d;
    draft::fillStandIns(c);
    const Debt& filled = c.debts[0];
    EXPECT_EQ(filled.creditor, QStringLiteral("d1"));
    EXPECT_EQ(filled.contractDate, QDate(2025, 3, 1)); // the earliest known date
    EXPECT_EQ(filled.acceleratedOn, QDate(2025, 3, 1));
    EXPECT_EQ(filled.principal, Yen(0));
    EXPECT_EQ(filled.lateRate, Rate(0, 1));

    const QJsonObject json = writeCase(c);
    const QJsonObject debt = json.value(QStringLiteral("debts")).toArray().at(0).toObject();
    EXPECT_EQ(debt.value(QStringLiteral("incomplete_fields")).toArray(),
              QJsonArray::fromStringList(draft::requiredFields()));
    const auto back = readCase(json);
    ASSERT_TRUE(back) << back.error().field.toStdString();
    EXPECT_EQ(*back, c);
    EXPECT_EQ(back->debts[0].incompleteFields, draft::requiredFields());
    EXPECT_TRUE(back->debts[0].extra.isEmpty());
}

TEST(Draft, TheAdviceSeesOnlyCompleteDebts)
{
    Case c = consultation();
    c.debts << draft::newDebt(c, QStringLiteral("A"));
    Debt done = draft::newDebt(c, QStringLiteral("B"));
    done.incompleteFields.clear();
    c.debts << done;
    const Case evaluable = draft::withoutIncompleteDebts(c);
    ASSERT_EQ(evaluable.debts.size(), 1);
    EXPECT_EQ(evaluable.debts[0].id, QStringLiteral("d2"));
}
