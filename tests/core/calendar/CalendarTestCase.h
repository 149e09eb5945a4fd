// The calendar tests' case: tests/data/calendar/five_dates.json, read as the app reads it.
#pragma once

#include "case/CaseJson.h"

#include <QFile>
#include <gtest/gtest.h>

inline zansai::Case fiveDatesCase()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/calendar/five_dates.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = zansai::readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
    return c.ok() ? c.value() : zansai::Case();
}
