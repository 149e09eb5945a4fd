// Input as people write it at a consultation desk: dates in 和暦 (令和8年11月30日, R8.11.30,
// 令和元年5月1日), with slashes (2026/11/30) or full-width digits (２０２６－１１－３０); amounts
// as 「25万」, 「1,000,000円」, 「１，０００」, 「3万5千円」. Everything is first normalised with
// ICU's NFKC (full-width digits and punctuation become ASCII); eras are read by ICU's Japanese
// calendar (law/JapaneseEraInput.h). Each parser returns the value understood, which the field
// then shows back in its canonical form ("2026-11-30", "250,000"), or a translated message.
// The strict parsers of util/Parse.h stay the rule for files and the CLI.
#pragma once

#include "money/Rate.h"
#include "money/Yen.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace zansai {

// ICU NFKC ("２０２６－１１" → "2026-11", "￥" → "¥", "，" → ","); also folds the dashes typed
// with a Japanese IME (ー, −, ‐, ―) into "-" where a digit stands before and after.
QString normalizeLooseInput(const QString& text);

// YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, 令和8年11月30日, 令和元年5月1日, R8.11.30,
// R8/11/30, H31-4-30 (any ICU Japanese era by name; the modern ones by initial).
Result<QDate> parseLooseDate(const QString& text, const QString& field);

// Digits with optional thousands separators, 円/¥, and the units 億, 万, 千, 百 ("3万5千円" =
// 35,000; "1.5万" = 15,000; "1億2千万" = 120,000,000). A fraction of a yen is refused.
Result<Yen> parseLooseYen(const QString& text, const QString& field, bool allowNegative = false);

// "14.6", "１４．６", "14.6%" → 14.6 percent per year.
Result<Rate> parseLooseRatePercent(const QString& text, const QString& field);

// "3", "３", "3人", "3か月" (a trailing unit word is ignored) → 3.
Result<int> parseLooseCount(const QString& text, const QString& field, int min = 0,
                            int max = 1000000);

} // namespace zansai
