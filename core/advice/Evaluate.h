// Turns a Case into an Assessment: escalation, deadlines, the do-nothing projection and every
// option compared. Pure and fast (< 2 ms for 20 debts) so the UI can recompute on every keystroke.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "i18n/Narrator.h"

#include <QJsonObject>

namespace zansai {

Assessment evaluate(const Case& c, QDate asOf, const EvaluateSettings& settings = {});
// The spec's `evaluate` object (docs/cli.md), plus extra fields; the texts
// written by `n`, beside them their codes ("reason_codes" per option, "consequence_code" per
// deadline), which are the same in every language.
QJsonObject toJson(const Assessment& a, const Narrator& n);

} // namespace zansai
