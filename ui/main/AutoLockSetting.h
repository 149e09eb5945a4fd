// Settings → "Lock after idle time…": the minutes of the auto-lock (AutoLock.h), 0 = off, kept in
// security/autoLockMinutes and applied at once to the open store's auto-lock.
#pragma once

#include <optional>

class QWidget;

namespace zansai::ui {

class AutoLock;

inline constexpr int kMaxAutoLockMinutes = 24 * 60;

// The dialog (a spin box named "autoLockMinutes"); nullopt: cancelled.
std::optional<int> askAutoLockMinutes(QWidget* parent, int current);
// Stores `minutes` (clamped to 0…kMaxAutoLockMinutes) and applies it to `lock` (may be null: a
// plain store has no auto-lock; the setting then waits for an encrypted one).
void setAutoLockMinutes(int minutes, AutoLock* lock);
// Both: asks, then stores and applies.
void editAutoLockMinutes(QWidget* parent, AutoLock* lock);

} // namespace zansai::ui
