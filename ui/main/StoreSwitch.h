// Switching the app to another case store while it runs (Settings ▸ Case store…, issue 16): the
// store the setting now names is opened as at start-up and replaces the open one, whose pending
// edits are saved first (MainWindow::setStore flushes the autosaver). A store that cannot be
// opened changes nothing: the opener has told the consultant why, and the open store stays.
#pragma once

#include "store/CaseStore.h"
#include "util/Clock.h"

#include <functional>
#include <memory>

namespace zansai::ui {

class MainWindow;

// What the app does with a store just opened before using it (app/main.cpp: the offer to
// encrypt a file at rest); it may return another store, or nullptr to give up.
using PrepareStore = std::function<std::unique_ptr<CaseStore>(std::unique_ptr<CaseStore>)>;

// Opens the store configuredStoreConnection() names (openConfiguredStore), passes it through
// `prepare`, switches `window` to it and hands it to `owner` (which held the open one, closed
// afterwards). Returns whether the window switched.
bool switchToConfiguredStore(MainWindow& window, std::unique_ptr<CaseStore>& owner,
                             const PrepareStore& prepare = {},
                             const Clock& clock = SystemClock::instance());

} // namespace zansai::ui
