// What the option tests share: a client and budget, debts and hand-built analyses whose every
// figure follows from the inputs written next to it, and the seed situation (事例1).
#pragma once

#include "advice/Assessment.h"
#include "advice/OptionComparison.h"
#include "case/Case.h"
#include "law/LateInterest.h"

#include "../../law/MoneyTestPrinters.h"
#include "Narrate.h"

#include <gtest/gtest.h>

namespace zansai::optiontest {

using namespace Qt::StringLiterals;

inline const QDate kAsOf(2026, 11, 22);

// Company employee, net 280,000; expenses 240,000 → surplus 40,000. Cash 100,000 + deposits
// 150,000 (both under the bankruptcy thresholds).
inline Case baseCase()
{
    Case c;
    c.asOf = kAsOf;
    c.client.occupation = Occupation::CompanyEmployee;
    c.client.netMonthlyIncome = Yen(280'000);
    c.budget.income[u"salary"_s] = Yen(280'000);
    c.budget.expenses[u"rent"_s] = Yen(80'000);
    c.budget.expenses[u"food"_s] = Yen(60'000);
    c.budget.expenses[u"other"_s] = Yen(100'000);
    c.assets.cash = Yen(100'000);
    c.assets.deposits = Yen(150'000);
    // After a 任意売却 (the situation every option test is about): the home is sold, so a housing
    // loan's 残債 is an ordinary unsecured claim (民事再生法196条3号).
    c.sale = Sale{SaleKind::Voluntary, QDate(2023, 5, 26), Yen(24'500'000), {}};
    return c;
}

// Sets the budget so that the surplus is `surplus` on the same income.
inline void setSurplus(Case& c, std::int64_t surplus)
{
    c.budget.expenses.clear();
    c.budget.expenses[u"living"_s] = Yen(280'000 - surplus);
}

inline Debt debt(const QString& id, const QString& creditor, DebtKind kind = DebtKind::HousingLoan,
                 LenderKind lender = LenderKind::Bank, GuarantorKind g = GuarantorKind::None,
                 Rate lateRate = Rate::percent(14))
{
    Debt d;
    d.lateRate = lateRate; // 365 basis
    d.lateBasis = DayBasis::Days365;
    d.id = id;
    d.creditor = creditor;
    d.kind = kind;
    d.lenderKind = lender;
    d.guarantor = g;
    d.contractDate = QDate(2008, 4, 1);
    d.acceleratedOn = QDate(2023, 6, 1);
    return d;
}

inline DebtAssessment assessed(const QString& id, const QString& creditor, std::int64_t principal,
                               std::int64_t interest, std::int64_t monthly,
                               QDate completesOn = QDate(2029, 3, 15))
{
    DebtAssessment a;
    a.id = id;
    a.creditor = creditor;
    a.principal = Yen(principal);
    a.lateInterest = Yen(interest);
    a.monthlyLateInterest = Yen(monthly);
    a.limitation.years = 5;
    a.limitation.basis = u"old_commercial"_s;
    a.limitation.completesOn = completesOn;
    a.limitation.completed = completesOn < kAsOf;
    return a;
}

// The analysis part by hand, of the case's own debts: every analysed debt must be a debt of `c`
// (the options read its kind, rate and events; there is no analysis without a case debt).
// Do-nothing on calendar months (as_of + m months), late interest from as_of + 1 at each case
// debt's rate, one truncation per debt (the analysis's rule); garnishment 1/4 of the net pay
// (民事執行法152条), deposits at risk.
inline Assessment analysed(const Case& c, const QList<DebtAssessment>& debts, QDate asOf = kAsOf)
{
    Assessment a;
    a.asOf = asOf;
    a.debts = debts;
    Yen monthly;
    for (const DebtAssessment& d : debts) {
        monthly += d.monthlyLateInterest;
        if (!c.debt(d.id))
            ADD_FAILURE() << "analysed debt without a case debt: " << d.id.toStdString();
    }
    a.doNothing.monthlyLateInterest = monthly;
    for (int m = 0; m <= 120; ++m) {
        Yen total;
        for (const DebtAssessment& d : debts) {
            total += d.balance();
            const Debt* cd = c.debt(d.id);
            if (m > 0 && cd)
                total += law::lateInterest(d.principal, cd->lateRate, asOf.addDays(1),
                                           asOf.addMonths(m), cd->lateBasis)
                             .amount;
        }
        a.doNothing.balanceByMonth.append(total);
    }
    a.doNothing.balanceAfter1y = a.doNothing.balanceByMonth[12];
    a.doNothing.balanceAfter3y = a.doNothing.balanceByMonth[36];
    a.doNothing.balanceAfter5y = a.doNothing.balanceByMonth[60];
    a.garnishment.monthlySeizable = c.client.netMonthlyIncome.mulDiv(1, 4);
    a.garnishment.depositsAtRisk = c.assets.deposits;
    return a;
}

// A copy: `opt(seed.run(), k)` must not refer into the temporary list.
inline OptionAssessment opt(const QList<OptionAssessment>& list, OptionKind k)
{
    for (const OptionAssessment& o : list)
        if (o.kind == k)
            return o;
    ADD_FAILURE() << "option missing: " << toCode(k).toStdString();
    return {};
}

inline bool has(const QStringList& list, const QString& needle)
{
    for (const QString& s : list)
        if (s.contains(needle))
            return true;
    return false;
}

#define EXPECT_HAS(list, needle)                                                                   \
    EXPECT_TRUE(has(en(list), needle))                                                             \
        << "missing \"" << QString(needle).toStdString() << "\" in:\n"                             \
        << en(list).join(u"\n"_s).toStdString()

#define EXPECT_LACKS(list, needle)                                                                 \
    EXPECT_FALSE(has(en(list), needle))                                                            \
        << "unexpected \"" << QString(needle).toStdString() << "\" in:\n"                          \
        << en(list).join(u"\n"_s).toStdString()

// The seed situation: 580万 housing-loan 残債 held by a servicer, 20万 late interest accrued, 14%:
// 5,800,000 × 0.14 × 30 / 365 = 66,739 a month.
struct Seed {
    Case c = baseCase();
    QList<DebtAssessment> debts;
    Seed()
    {
        c.debts = {debt(u"d1"_s, u"○○債権回収株式会社"_s)};
        debts = {assessed(u"d1"_s, u"○○債権回収株式会社"_s, 5'800'000, 200'000, 66'739)};
    }
    QList<OptionAssessment> run(const EvaluateSettings& s = {}, QDate asOf = kAsOf) const
    {
        return compareOptions(c, analysed(c, debts, asOf), s);
    }
};

} // namespace zansai::optiontest
