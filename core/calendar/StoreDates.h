// The calendar dates of every case in a store (`zansai-cli ics --db`, `deadlines`, the app's
// deadlines view): each case loaded through the public CaseStore API, assessed by the one entry
// point (Consultation::assess) for one day, and its dates collected (CaseDates.h).
#pragma once

#include "calendar/CaseDates.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace zansai {
class CaseStore;
}

namespace zansai::calendar {

struct StoredCaseDates {
    qint64 caseId = 0;
    QString client; // the client's name, for the consultant's own lists (never in an .ics)
    QList<CaseDate> dates;
};

// Every case out of the trash (or only `onlyCase`), in the order of their ids, assessed as of
// `asOf`. A store error names the field the store gives (CaseStore's kStoreField…).
Result<QList<StoredCaseDates>> storedCaseDates(const CaseStore& store, QDate asOf,
                                               std::optional<qint64> onlyCase = std::nullopt);

struct UpcomingDate {
    qint64 caseId = 0;
    QString client;
    CaseDate date;
};

// The dates from `from` to `from` + `withinDays` (both included), soonest first (same day: by
// kind, then by case id).
QList<UpcomingDate> upcoming(const QList<StoredCaseDates>& cases, QDate from, int withinDays);

} // namespace zansai::calendar
