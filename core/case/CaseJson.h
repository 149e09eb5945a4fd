// zansai-case/1 files: read with validation (every error names its JSON path), write exactly back.
#pragma once

#include "case/Case.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace zansai {

inline constexpr const char* kCaseFormat = "zansai-case/1";

// Parses and validates; the first problem is returned with its path ("debts[1].events[0].date").
// Validation: format tag, required fields, enum codes, amounts ≥ 0, rates 0–100, real dates,
// events not before the contract date, accelerated_on not after as_of, unique debt ids.
Result<Case> readCase(const QJsonObject& json);
Result<Case> readCase(const QByteArray& utf8Json);
// Writes every known field in the spec's names plus the extra fields kept on read, so that
// writeCase(readCase(x)) == x for any valid x. Events are in date order (stable) in the model and
// in every file written: a file whose events were out of order comes back in that canonical order.
QJsonObject writeCase(const Case& c);
QByteArray writeCaseBytes(const Case& c); // indented UTF-8

} // namespace zansai
