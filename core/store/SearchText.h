// What the store derives from a case for its list and its search (internal to core/store).
#pragma once

#include "case/Case.h"

#include <QList>
#include <QString>

namespace zansai::store {

// The form both the indexed texts and the query are compared in: NFKC (ｶﾅ → カナ, ＡＢＣ → ABC),
// case-folded, katakana as hiragana (ヤマダ → やまだ), white space removed (山田 太郎 → 山田太郎).
QString normalizeForSearch(const QString& text);
// Length in characters (code points): FTS5's trigram tokenizer needs 3 or more.
int searchLength(const QString& normalized);

struct DerivedDebt {
    QString id, creditor, kind, lenderKind;
    qint64 principal = 0;
};

struct Derived {
    QString clientName, clientKana, sortKey, consultant, creditors;
    qint64 totalPrincipal = 0;
    QList<DerivedDebt> debts;
    // case_search
    QString searchName, searchCreditors, searchNotes;
};

Derived derive(const Case& c);

} // namespace zansai::store
