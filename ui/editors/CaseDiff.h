// What changed between two versions of a case, in a few words for the history list: which parts
// of the client's answers, which debts (added, removed, their terms) and which events.
#pragma once

#include "case/Case.h"

#include <QCoreApplication>
#include <QStringList>

namespace zansai::ui {

class CaseDiffText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::CaseDiff)
};

// One line per changed part, e.g. "Client: name, net income" or "Debt 東都債権回収: 1 event added
// (Payment 2026-10-01)". Empty when nothing the consultant sees changed.
QStringList describeChanges(const Case& older, const Case& newer);

} // namespace zansai::ui
