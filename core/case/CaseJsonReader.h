// Reading zansai-case/1 files, with validation: every error names its JSON path.
#pragma once

#include "case/Case.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace zansai {

// Parses and validates; the first problem is returned with its path ("debts[1].events[0].date").
// Validation: format tag, required fields, enum codes, amounts ≥ 0, rates 0–100, real dates,
// events not before the contract date, accelerated_on not after as_of, unique debt ids.
Result<Case> readCase(const QJsonObject& json);
Result<Case> readCase(const QByteArray& utf8Json);

} // namespace zansai
