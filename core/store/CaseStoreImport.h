// Moving a case in with its whole history (zansai-cli migrate, docs/cli.md): every version with
// the time it was saved, and its trash state, written in one transaction under a key naming the
// source case and its content, so that a copy killed and started again never makes a duplicate.
#pragma once

#include "case/Case.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zansai {

struct ImportedVersion {
    QDateTime savedAt;
    Case data;
};

struct ImportedCase {
    // Unique per source case and content (e.g. "<store>#<id>:<sha256>"): a key already imported
    // writes nothing and answers the case it became.
    QString key;
    QList<ImportedVersion> versions; // oldest first; the first one's time is the case's creation
    bool inTrash = false;
    QDateTime trashedAt; // when inTrash: the time it was put there (StoredCase::trashedAt)
};

struct ImportOutcome {
    qint64 id = 0;
    bool alreadyThere = false; // imported by an earlier run: nothing was written
};

} // namespace zansai
