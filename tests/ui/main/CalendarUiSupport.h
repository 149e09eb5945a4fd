// The calendar UI tests' store: the three cases of tests/cli/DatesCliTest.cpp, whose dates are
// worked out there (ids 1 青山 花子, 2 井上 直樹, 3 松本 健一).
#pragma once

#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace calendartest {

inline zansai::Case readCaseData(const char* path)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/") + QString::fromLatin1(path));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path;
    auto c = zansai::readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << path;
    return c.ok() ? c.value() : zansai::Case();
}

// A QSettings key put back as it was after the test.
struct KeptSetting {
    explicit KeptSetting(const char* key) : key(QString::fromLatin1(key))
    {
        saved = QSettings().value(this->key);
        QSettings().remove(this->key);
    }
    ~KeptSetting()
    {
        if (saved.isValid())
            QSettings().setValue(key, saved);
        else
            QSettings().remove(key);
    }
    QString key;
    QVariant saved;
};

class ThreeCaseStore : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = zansai::CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
        for (const char* f :
             {"calendar/five_dates.json", "cases/ignored_letters_payment_order.json",
              "cases/seed1_servicer_lump_sum.json"})
            ASSERT_TRUE(store->create(readCaseData(f)).ok()) << f;
    }
    void TearDown() override { store.reset(); }

    QTemporaryDir dir;
    zansai::FixedClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0))};
    std::unique_ptr<zansai::CaseStore> store;
};

} // namespace calendartest
