// Turns a Case into an Assessment: escalation, deadlines, the do-nothing projection and every
// option compared. Pure and fast (< 2 ms for 20 debts) so the UI can recompute on every keystroke.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"

#include <QJsonObject>

namespace zansai {

Assessment evaluate(const Case& c, QDate asOf, const EvaluateSettings& settings = {});
// The spec's `evaluate` object (shared/spec/case-format-and-cli.md), plus extra fields.
QJsonObject toJson(const Assessment& a);

} // namespace zansai
