// Autosave for the wizard: an edit is committed within 2 seconds, a burst of edits as one save.
#pragma once

#include "case/Case.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace zansai {

class CaseStore;

class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxDelayMs = 2000; // an edit is never older than this when committed
    static constexpr int kQuietMs = 500;     // a pause in typing this long commits at once

    // `store` must outlive the autosaver.
    explicit Autosaver(CaseStore& store, QObject* parent = nullptr);
    ~Autosaver() override; // flushes what is pending

    // The case `id` as edited, based on `revision` (the one the editor loaded, or any revision
    // this autosaver reported by saved()). Commits after kQuietMs without a new edit, and at the
    // latest kMaxDelayMs after the first unsaved one.
    void schedule(qint64 id, const Case& c, qint64 revision);
    // Commits every pending edit now; false if any failed (failed() says which).
    bool flush();
    bool hasPending() const { return !pending_.isEmpty(); }
    // The newest revision of `id` saved through this autosaver (0 if none).
    qint64 revision(qint64 id) const { return latest_.value(id, 0); }
    // Milliseconds until the pending edits are committed (-1 when nothing is pending).
    int msUntilCommit() const { return timer_.isActive() ? timer_.remainingTime() : -1; }
    // For tests and for slow disks; maxDelayMs is capped at kMaxDelayMs.
    void setDelays(int quietMs, int maxDelayMs);

signals:
    void saved(qint64 id, qint64 revision);
    // `field` is kStoreFieldConflict when another window or program saved the case first: the
    // edit is not lost but not saved either (unsavedCase() still has it).
    void failed(qint64 id, const QString& field, const QString& message);

public:
    // The edit that failed to save last for `id` (so the editor can offer "save as a copy").
    std::optional<Case> unsavedCase(qint64 id) const;

private:
    struct Pending {
        Case data;
        qint64 revision = 0;
    };
    void arm();
    qint64 forward(qint64 id, qint64 revision) const;

    CaseStore& store_;
    QTimer timer_;
    qint64 firstPendingMs_ = -1; // monotonic time of the oldest unsaved edit
    QHash<qint64, Pending> pending_;
    QHash<qint64, Pending> unsaved_;               // failed saves, kept for the editor
    QHash<qint64, QHash<qint64, qint64>> forward_; // id → (revision we saved over → ours)
    QHash<qint64, qint64> latest_;
    int quietMs_ = kQuietMs;
    int maxDelayMs_ = kMaxDelayMs;
};

} // namespace zansai
