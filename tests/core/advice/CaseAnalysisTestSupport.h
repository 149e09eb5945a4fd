// Builders shared by the analyseCase tests (CaseAnalysisTest, CaseAnalysisDeadlinesTest).
#pragma once

#include "Narrate.h"
#include "advice/CaseAnalysis.h"
#include "case/CaseJson.h"

#include <QFile>
#include <gtest/gtest.h>

namespace zansai::testsupport {

using namespace Qt::StringLiterals;

inline DebtEvent event(QDate date, DebtEventType type)
{
    DebtEvent e;
    e.date = date;
    e.type = type;
    return e;
}

inline DebtEvent payment(QDate date, std::int64_t amount)
{
    DebtEvent e = event(date, DebtEventType::Payment);
    e.amount = Yen(amount);
    return e;
}

// A bank debt of 5,000,000 at 14% (365 basis) accelerated on 2024-12-31: interest from 2025-01-01.
inline Debt referenceDebt(QString id = u"d1"_s)
{
    Debt d;
    d.id = std::move(id);
    d.creditor = u"○○銀行"_s;
    d.kind = DebtKind::HousingLoan;
    d.lenderKind = LenderKind::Bank;
    d.contractDate = QDate(2010, 4, 1);
    d.acceleratedOn = QDate(2024, 12, 31);
    d.principal = Yen(5'000'000);
    d.lateRate = Rate::percent(14);
    d.lateBasis = DayBasis::Days365;
    return d;
}

inline Case caseWith(QList<Debt> debts, QDate asOf, std::int64_t net = 280'000)
{
    Case c;
    c.asOf = asOf;
    c.client.name = u"山田 太郎"_s;
    c.client.occupation = Occupation::CompanyEmployee;
    c.client.netMonthlyIncome = Yen(net);
    c.client.payCycle = PayCycle::Monthly;
    c.budget.income.insert(u"salary"_s, Yen(net));
    c.assets.cash = Yen(100'000);
    c.assets.deposits = Yen(200'000);
    c.debts = std::move(debts);
    return c;
}

inline Case readData(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    Result<Case> r = readCase(f.readAll());
    EXPECT_TRUE(r.ok()) << name.toStdString() << ": "
                        << (r.ok() ? std::string()
                                   : (r.error().field + u": "_s + r.error().message).toStdString());
    return r.ok() ? r.value() : Case{};
}

inline bool anyContains(const QList<Message>& list, const QString& needle)
{
    for (const QString& s : en(list))
        if (s.contains(needle))
            return true;
    return false;
}

} // namespace zansai::testsupport
