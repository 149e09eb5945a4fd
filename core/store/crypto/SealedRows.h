// The rows an encrypted store keeps instead of plain derived data (004_encryption.sql): the sealed
// list summary, the sealed search texts and the blind-index tokens. Internal to core/store.
#pragma once

#include "store/CaseStore.h"
#include "store/SearchText.h"
#include "store/crypto/StoreKeys.h"

#include <QSet>
#include <QSqlDatabase>

namespace zansai::store {

// Replaces (or first writes) the sealed rows of case `id` at `revision`.
Status writeSealedRows(const QSqlDatabase& db, const crypto::Keys& keys, qint64 id, qint64 revision,
                       const Derived& d, bool replace);

// Removes the tokens of case `id` (before the case itself is deleted: the rows that reference it
// go with it, but case_tokens has no index by case).
Status removeSealedRows(const QSqlDatabase& db, const crypto::Keys& keys, qint64 id);

// The list's summary as sealed (name, reading, sort key, consultant, creditors, principal).
QByteArray summaryBytes(const Derived& d);
// Fills the text and amount fields of `into` (id and times come from the row); false if malformed.
bool readSummary(const QByteArray& bytes, CaseSummary& into, QString* sortKey);

// The normalised search texts of a case, one per line (name, reading, creditors, notes).
QString searchTexts(const Derived& d);
// The tokens of every 1- and 2-character gram of each line of `texts`.
QSet<qint64> tokensOf(const crypto::Keys& keys, const QString& texts);
// The tokens a normalised query needs: its own (1–2 characters) or each of its 2-grams.
QList<qint64> queryTokens(const crypto::Keys& keys, const QString& normalized);
// Whether the normalised query occurs within one line of `texts` (the plain search's rule).
bool textsContain(const QString& texts, const QString& normalized);

} // namespace zansai::store
