#include "main/CaseSession.h"

#include "store/Autosaver.h"
#include "store/CaseStore.h"

namespace zansai::ui {

CaseSession::CaseSession(CaseStore& store, Autosaver& autosaver, QObject* parent)
    : QObject(parent), store_(store), saver_(autosaver)
{
    connect(&saver_, &Autosaver::saved, this, [this](qint64 id, qint64 revision) {
        if (id != id_)
            return;
        revision_ = revision;
        if (!saver_.hasPending())
            setStatus(savedText());
    });
    connect(&saver_, &Autosaver::failed, this,
            [this](qint64 id, const QString& field, const QString& message) {
                if (id != id_)
                    return;
                setStatus(tr("Not saved: %1").arg(message));
                if (field == QLatin1String(kStoreFieldConflict))
                    if (auto mine = saver_.unsavedCase(id))
                        emit conflict(id, *mine);
            });
}

// "All changes saved.", and never silent about a failed daily backup: the save stands, but the
// consultant must know that today's backup is missing (CaseStore::backupProblem).
QString CaseSession::savedText() const
{
    const QString problem = store_.backupProblem();
    if (problem.isEmpty())
        return tr("All changes saved.");
    return tr("All changes saved, but the daily backup failed: %1").arg(problem);
}

void CaseSession::setStatus(const QString& text)
{
    status_ = text;
    emit statusChanged(text);
}

void CaseSession::startNew(const Case& c)
{
    flush();
    id_ = 0;
    revision_ = 0;
    case_ = c;
    setStatus(tr("Not saved yet: the case is saved as soon as the client's name is entered."));
}

Status CaseSession::open(qint64 id)
{
    flush();
    auto loaded = store_.load(id);
    if (!loaded)
        return loaded.error();
    id_ = id;
    revision_ = loaded->revision;
    case_ = loaded->data;
    setStatus(tr("All changes saved."));
    return Ok{};
}

void CaseSession::update(const Case& c)
{
    if (c == case_ && id_ != 0)
        return;
    case_ = c;
    if (id_ == 0) {
        if (c.client.name.trimmed().isEmpty())
            return;
        auto made = store_.create(c);
        if (!made) {
            setStatus(tr("Not saved: %1").arg(made.error().message));
            return;
        }
        id_ = *made;
        auto loaded = store_.load(id_);
        revision_ = loaded ? loaded->revision : 1;
        setStatus(savedText());
        emit created(id_);
        return;
    }
    saver_.schedule(id_, c, std::max(revision_, saver_.revision(id_)));
    setStatus(tr("Saving…"));
}

bool CaseSession::flush()
{
    return saver_.flush();
}

} // namespace zansai::ui
