// Parsing of user and file input into domain values, with a translated message naming the field.
#pragma once

#include "money/Rate.h"
#include "money/Yen.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonValue>

namespace zansai {

// "YYYY-MM-DD" only; rejects impossible dates such as 2025-02-30.
Result<QDate> parseIsoDate(const QString& text, const QString& field);
// A whole number of yen, >= 0 unless allowNegative. Accepts "1234567" (and "1,234,567").
Result<Yen> parseYen(const QString& text, const QString& field, bool allowNegative = false);
// A percent per year, 0 ≤ r ≤ 100.
Result<Rate> parseRatePercent(const QString& text, const QString& field);
// A non-negative integer count (days, months, dependents).
Result<int> parseCount(const QString& text, const QString& field, int min = 0, int max = 1000000);

// JSON flavours: the same rules for values read from a zansai-case/1 file.
Result<QDate> jsonDate(const QJsonValue& v, const QString& field);
Result<Yen> jsonYen(const QJsonValue& v, const QString& field, bool allowNegative = false);
Result<Rate> jsonRatePercent(const QJsonValue& v, const QString& field);

} // namespace zansai
