#include "store/Autosaver.h"

#include "store/CaseStore.h"

#include <QElapsedTimer>

namespace zansai {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

Autosaver::Autosaver(CaseStore& store, QObject* parent) : QObject(parent), store_(store)
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, [this] { flush(); });
}

Autosaver::~Autosaver()
{
    flush();
}

void Autosaver::setDelays(int quietMs, int maxDelayMs)
{
    maxDelayMs_ = qBound(0, maxDelayMs, kMaxDelayMs);
    quietMs_ = qBound(0, quietMs, maxDelayMs_);
    if (!pending_.isEmpty())
        arm();
}

// Our own saves move the base forward: an edit based on revision 3, saved by us as 4, makes the
// next edit "based on 3" really based on 4. A revision saved by anyone else is not forwarded, so
// their save shows as a conflict instead of being overwritten.
qint64 Autosaver::forward(qint64 id, qint64 revision) const
{
    const auto chain = forward_.value(id);
    for (int guard = 0; chain.contains(revision) && guard < 1000000; ++guard)
        revision = chain.value(revision);
    return revision;
}

void Autosaver::schedule(qint64 id, const Case& c, qint64 revision)
{
    if (pending_.isEmpty())
        firstPendingMs_ = monotonicMs();
    pending_.insert(id, Pending{c, forward(id, revision)});
    arm();
}

void Autosaver::arm()
{
    if (pending_.isEmpty()) {
        timer_.stop();
        return;
    }
    // Debounce, but never beyond maxDelay after the oldest unsaved edit.
    const qint64 deadline = firstPendingMs_ + maxDelayMs_;
    const qint64 wait = qMin<qint64>(quietMs_, deadline - monotonicMs());
    timer_.start(int(qMax<qint64>(0, wait)));
}

bool Autosaver::flush()
{
    timer_.stop();
    bool allSaved = true;
    const auto work = std::exchange(pending_, {});
    firstPendingMs_ = -1;
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        const qint64 id = it.key();
        const qint64 base = forward(id, it->revision);
        auto rev = store_.save(id, it->data, base);
        if (!rev) {
            allSaved = false;
            unsaved_.insert(id, Pending{it->data, base});
            emit failed(id, rev.error().field, rev.error().message);
            continue;
        }
        unsaved_.remove(id);
        if (*rev != base)
            forward_[id].insert(base, *rev);
        latest_.insert(id, *rev);
        emit saved(id, *rev);
    }
    return allSaved;
}

std::optional<Case> Autosaver::unsavedCase(qint64 id) const
{
    const auto it = unsaved_.constFind(id);
    if (it == unsaved_.cend())
        return std::nullopt;
    return it->data;
}

} // namespace zansai
