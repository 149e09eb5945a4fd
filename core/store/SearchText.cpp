#include "store/SearchText.h"

#include "case/CaseCodes.h"

#include <QStringList>

namespace zansai::store {

QString normalizeForSearch(const QString& text)
{
    const QString n = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(n.size());
    for (const QChar ch : n) {
        if (ch.isSpace())
            continue;
        char16_t u = ch.unicode();
        if ((u >= 0x30A1 && u <= 0x30F6) || u == 0x30FD || u == 0x30FE)
            u = char16_t(u - 0x60); // katakana → hiragana (ァ→ぁ … ヶ→ゖ, ヽ→ゝ, ヾ→ゞ)
        out.append(QChar(u));
    }
    return out;
}

int searchLength(const QString& normalized)
{
    int n = 0;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (normalized[i].isHighSurrogate() && i + 1 < normalized.size() &&
            normalized[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

namespace {
// SQL NOT NULL columns: an empty text is '' (a null QString would be bound as NULL).
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

Derived derive(const Case& c)
{
    Derived d;
    d.clientName = text(c.client.name.trimmed());
    d.clientKana = text(c.client.nameKana.trimmed());
    // The list sorts by reading (あいうえお順); a case without a reading sorts by its name.
    d.sortKey = text(normalizeForSearch(d.clientKana.isEmpty() ? d.clientName : d.clientKana));
    d.consultant = text(c.consultant.trimmed());
    QStringList creditors, searchCreditors;
    for (const Debt& debt : c.debts) {
        DerivedDebt dd;
        dd.id = text(debt.id);
        dd.creditor = text(debt.creditor.trimmed());
        dd.kind = toCode(debt.kind);
        dd.lenderKind = toCode(debt.lenderKind);
        dd.principal = debt.principal.value();
        d.totalPrincipal += dd.principal;
        d.debts.append(dd);
        if (!dd.creditor.isEmpty() && !creditors.contains(dd.creditor)) {
            creditors.append(dd.creditor);
            searchCreditors.append(normalizeForSearch(dd.creditor));
        }
    }
    d.creditors = text(creditors.join(QStringLiteral("、")));
    // Texts are kept apart by a line break: queries have no white space, so no match spans two.
    // Each field ends in two, so that every 1–2 character substring starts a trigram of the index
    // (the look-up of short queries relies on it: 003_search.sql).
    const QString end = QStringLiteral("\n\n");
    d.searchName =
        normalizeForSearch(d.clientName) + u'\n' + normalizeForSearch(d.clientKana) + end;
    d.searchCreditors = searchCreditors.join(u'\n') + end;
    d.searchNotes = normalizeForSearch(c.notes) + end;
    return d;
}

} // namespace zansai::store
