// Shared helpers of the store tests: cases built in code and stores in a temporary folder.
#pragma once

#include "RawSql.h"

#include "case/Case.h"
#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace zansai::storetest {

struct DebtSpec {
    QString creditor;
    qint64 principal = 1000000;
};

// A valid case: one debt per creditor, all dates well before as_of.
inline Case
makeCase(const QString& name, const QString& kana,
         const QList<DebtSpec>& debts = {{QStringLiteral("○○債権回収株式会社"), 5800000}},
         const QString& notes = {}, const QString& consultant = {})
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.consultant = consultant;
    c.notes = notes;
    c.client.name = name;
    c.client.nameKana = kana;
    c.client.birthDate = QDate(1975, 4, 2);
    c.client.netMonthlyIncome = Yen(280000);
    c.client.dependents = 2;
    c.budget.income.insert(QStringLiteral("salary"), Yen(280000));
    c.budget.expenses.insert(QStringLiteral("rent"), Yen(80000));
    int n = 0;
    for (const DebtSpec& spec : debts) {
        Debt d;
        d.id = QStringLiteral("d%1").arg(++n);
        d.creditor = spec.creditor;
        d.kind = DebtKind::HousingLoan;
        d.lenderKind = LenderKind::Bank;
        d.contractDate = QDate(2008, 4, 1);
        d.acceleratedOn = QDate(2023, 6, 1);
        d.principal = Yen(spec.principal);
        d.lateRate = Rate::percent(14);
        DebtEvent e;
        e.date = QDate(2025, 1, 10);
        e.type = DebtEventType::Payment;
        e.amount = Yen(10000);
        d.events.append(e);
        c.debts.append(d);
    }
    return c;
}

// The case as it reads back from its document (what the store gives back for `c`).
// A text as an SQL string literal (for seeding old stores with raw SQL).
inline QString quoted(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The case the migration tests seed an older store with, on either backend.
inline const Case& caseA()
{
    static const Case c = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"),
                                   {{QStringLiteral("○○債権回収株式会社"), 5800000}},
                                   QStringLiteral("任意売却の後、督促状が届いた"));
    return c;
}

inline Case roundTripped(const Case& c)
{
    auto back = readCase(writeCaseBytes(c));
    EXPECT_TRUE(back.ok()) << (back.ok() ? "" : back.error().message.toStdString());
    return back.ok() ? back.value() : Case{};
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline std::unique_ptr<CaseStore> openStore(const QString& path,
                                            const Clock& clock = SystemClock::instance())
{
    auto s = CaseStore::open(path, clock);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(s).value() : nullptr;
}

// A plain QSQLITE connection for looking inside a store file (closed and removed on scope exit).
class RawDb : public RawSql {
public:
    explicit RawDb(const QString& path, const QString& options = {})
        : RawSql(QStringLiteral("QSQLITE"), path, options, false)
    {
    }
};

} // namespace zansai::storetest
