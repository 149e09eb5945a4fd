// Opens the case store for the app, talking to the consultant through MessageBoxes: a store that
// cannot be opened is explained; a damaged one (not SQLite, or failing quick_check) is never
// written to, and the newest backup is offered in its place (the damaged file is kept).
#pragma once

#include "store/CaseStore.h"
#include "util/Clock.h"

#include <memory>

class QWidget;

namespace zansai::ui {

std::unique_ptr<CaseStore> openStoreInteractively(const QString& path, QWidget* parent,
                                                  const Clock& clock = SystemClock::instance());

} // namespace zansai::ui
