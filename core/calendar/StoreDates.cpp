#include "calendar/StoreDates.h"

#include "store/CaseStore.h"

#include <algorithm>

namespace zansai::calendar {

Result<QList<StoredCaseDates>> storedCaseDates(const CaseStore& store, QDate asOf,
                                               std::optional<qint64> onlyCase)
{
    QList<qint64> ids;
    if (onlyCase) {
        ids.append(*onlyCase);
    } else {
        const Result<int> total = store.count(QString());
        if (!total)
            return total.error();
        if (*total > 0) {
            const Result<QList<CaseSummary>> all =
                store.list(QString(), CaseSort::CreatedDesc, 0, *total);
            if (!all)
                return all.error();
            for (const CaseSummary& s : *all)
                ids.append(s.id);
        }
        std::sort(ids.begin(), ids.end());
    }
    QList<StoredCaseDates> out;
    for (const qint64 id : ids) {
        const Result<StoredCase> stored = store.load(id);
        if (!stored)
            return stored.error();
        const Consultation consultation = Consultation::assess(stored->data, asOf);
        out.append(
            StoredCaseDates{id, stored->data.client.name, caseDates(stored->data, consultation)});
    }
    return out;
}

QList<UpcomingDate> upcoming(const QList<StoredCaseDates>& cases, QDate from, int withinDays)
{
    const QDate until = from.addDays(withinDays);
    QList<UpcomingDate> out;
    for (const StoredCaseDates& c : cases)
        for (const CaseDate& d : c.dates)
            if (d.due >= from && d.due <= until)
                out.append(UpcomingDate{c.caseId, c.client, d});
    std::stable_sort(out.begin(), out.end(), [](const UpcomingDate& a, const UpcomingDate& b) {
        if (a.date.due != b.date.due)
            return a.date.due < b.date.due;
        if (a.date.kind != b.date.kind)
            return int(a.date.kind) < int(b.date.kind);
        return a.caseId < b.caseId;
    });
    return out;
}

} // namespace zansai::calendar
