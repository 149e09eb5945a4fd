// The case being worked on: its id and revision in the store and its save status. Every edit goes
// through the store's Autosaver (committed within 2 seconds); a new case is created in the store
// by its first edit that names the client.
#pragma once

#include "case/Case.h"
#include "util/Result.h"

#include <QObject>

namespace zansai {
class Autosaver;
class CaseStore;
} // namespace zansai

namespace zansai::ui {

class CaseSession : public QObject {
    Q_OBJECT
public:
    CaseSession(CaseStore& store, Autosaver& autosaver, QObject* parent = nullptr);

    void startNew(const Case& c);
    Status open(qint64 id);
    void update(const Case& c); // an edit
    bool flush();               // commits a pending edit now

    qint64 id() const { return id_; }
    const Case& data() const { return case_; }
    QString statusText() const { return status_; }

signals:
    void statusChanged(const QString& text);
    void created(qint64 id);
    // Another window or program saved this case first; `mine` is the edit that was not saved.
    void conflict(qint64 id, const zansai::Case& mine);

private:
    void setStatus(const QString& text);
    QString savedText() const;
    CaseStore& store_;
    Autosaver& saver_;
    qint64 id_ = 0;
    qint64 revision_ = 0;
    Case case_;
    QString status_;
};

} // namespace zansai::ui
