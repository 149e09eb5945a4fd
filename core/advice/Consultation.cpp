#include "advice/Consultation.h"

#include "advice/CaseAnalysis.h"
#include "advice/Evaluate.h"
#include "advice/NextSteps.h"
#include "advice/OptionComparison.h"
#include "case/DebtName.h"
#include "case/Draft.h"
#include "i18n/Narrator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::Consultation";

bool missing(const Debt& d, const char* field)
{
    return d.incompleteFields.contains(QLatin1String(field));
}

// The earliest day the debt's known facts give (events, and the dates that are answered), or
// `asOf` when none is: a stand-in contract date never later than anything the debt records.
QDate earliestKnown(const Debt& d, QDate asOf)
{
    QDate earliest = asOf;
    for (const DebtEvent& e : d.events)
        if (e.date.isValid() && e.date < earliest)
            earliest = e.date;
    if (!missing(d, draft::kAcceleratedOn) && d.acceleratedOn.isValid() &&
        d.acceleratedOn < earliest)
        earliest = d.acceleratedOn;
    return earliest;
}

} // namespace

Case evaluableCase(const Case& c, QDate asOf)
{
    Case out = c;
    for (Debt& d : out.debts) {
        if (d.incompleteFields.isEmpty())
            continue;
        if (missing(d, draft::kCreditor) || d.creditor.trimmed().isEmpty())
            d.creditor = d.id; // a label, not a figure
        if (missing(d, draft::kPrincipal))
            d.principal = Yen(0); // left out of every sum
        if (missing(d, draft::kLateRate))
            d.lateRate = Rate(0, 1); // no interest is claimed at a rate nobody entered
        if (missing(d, draft::kAcceleratedOn) || !d.acceleratedOn.isValid())
            d.acceleratedOn = asOf; // nothing runs from an unknown day: no interest, no period
        if (missing(d, draft::kContractDate) || !d.contractDate.isValid())
            d.contractDate = earliestKnown(d, asOf);
    }
    return out;
}

Consultation Consultation::assess(const Case& c, QDate asOf, std::optional<Yen> installmentOverride)
{
    Consultation out;
    out.asOf = asOf;
    out.caseDate = c.asOf;
    const QHash<QString, Message> names = debtNames(c);
    for (const Debt& d : c.debts) {
        if (d.incompleteFields.isEmpty())
            continue;
        IncompleteDebt i;
        i.debtId = d.id;
        i.name = names.value(d.id);
        i.missingFields = d.incompleteFields;
        i.principalUnknown = missing(d, draft::kPrincipal);
        i.lateInterestUnknown = missing(d, draft::kLateRate) || missing(d, draft::kAcceleratedOn);
        i.limitationUnknown = missing(d, draft::kContractDate) || missing(d, draft::kAcceleratedOn);
        out.incomplete.append(i);
    }

    const Case evaluable = evaluableCase(c, asOf);
    out.assessment = analyseCase(evaluable, asOf);
    // A limitation counted from a stand-in date is no fact: it neither completes nor gives a day.
    for (DebtAssessment& da : out.assessment.debts) {
        const IncompleteDebt* i = out.incompleteDebt(da.id);
        if (!i || !i->limitationUnknown)
            continue;
        da.limitation.completed = false;
        da.limitation.forfeited = false;
        da.limitation.completesOn = QDate();
        da.limitation.steps.clear();
        da.limitation.notes.clear();
        da.limitation.warnings = {
            Message(kContext,
                    QT_TRANSLATE_NOOP("zansai::Consultation",
                                      "The limitation cannot be counted until the contract "
                                      "date and the date the whole balance fell due are "
                                      "entered."))
                .withCode(u"limitation.unknown_dates"_s)};
    }

    EvaluateSettings settings;
    settings.installmentMonthly = installmentOverride ? installmentOverride : c.installmentMonthly;
    settings.preferred = c.chosenOption;
    out.assessment.options = compareOptions(evaluable, out.assessment, settings);
    out.nextSteps = zansai::nextSteps(evaluable, out.assessment);
    return out;
}

const IncompleteDebt* Consultation::incompleteDebt(const QString& debtId) const
{
    for (const IncompleteDebt& i : incomplete)
        if (i.debtId == debtId)
            return &i;
    return nullptr;
}

QList<Message> Consultation::incompleteNotes() const
{
    QList<Message> notes;
    for (const IncompleteDebt& i : incomplete) {
        const Message& label = i.name;
        if (i.principalUnknown)
            notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::Consultation",
                                               "%1: the amount owed is not entered yet, so it is "
                                               "left out of every total and of the options."),
                             {label})
                         .withCode(u"incomplete.principal"_s);
        if (i.lateInterestUnknown)
            notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::Consultation",
                                               "%1: the late-payment rate or the date the whole "
                                               "balance fell due is not entered yet, so no late "
                                               "interest is counted for it."),
                             {label})
                         .withCode(u"incomplete.late_interest"_s);
        if (i.limitationUnknown)
            notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::Consultation",
                                               "%1: the contract date or the date the whole "
                                               "balance fell due is not entered yet, so its "
                                               "limitation is not counted."),
                             {label})
                         .withCode(u"incomplete.limitation"_s);
        if (!i.principalUnknown && !i.lateInterestUnknown && !i.limitationUnknown)
            notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::Consultation",
                                               "%1: the creditor's name is not entered yet."),
                             {label})
                         .withCode(u"incomplete.creditor"_s);
    }
    if (!notes.isEmpty())
        notes.prepend(
            Message(kContext, QT_TRANSLATE_NOOP("zansai::Consultation",
                                                "Some answers are missing: the figures below are "
                                                "incomplete. Court events and deadlines are "
                                                "counted in full."))
                .withCode(u"incomplete.summary"_s));
    return notes;
}

std::optional<Message> Consultation::dateNote() const
{
    if (!caseDate.isValid() || caseDate == asOf)
        return std::nullopt;
    return Message(kContext,
                   QT_TRANSLATE_NOOP("zansai::Consultation",
                                     "Assessed as of %1; the case was last consulted on %2. "
                                     "Deadlines and balances are counted to %1."),
                   {asOf, caseDate})
        .withCode(u"as_of.differs_from_case"_s);
}

QJsonObject toJson(const Consultation& c, const Narrator& narrator)
{
    QJsonObject out = toJson(c.assessment, narrator);
    out.insert(u"case_date"_s, c.caseDate.isValid() ? QJsonValue(c.caseDate.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null));
    out.insert(u"complete"_s, c.complete());
    QJsonArray incomplete;
    for (const IncompleteDebt& i : c.incomplete)
        incomplete.append(QJsonObject{
            {u"debt"_s, i.debtId},
            {u"missing_fields"_s, QJsonArray::fromStringList(i.missingFields)},
            {u"principal_unknown"_s, i.principalUnknown},
            {u"late_interest_unknown"_s, i.lateInterestUnknown},
            {u"limitation_unknown"_s, i.limitationUnknown},
        });
    out.insert(u"incomplete"_s, incomplete);
    out.insert(u"incomplete_notes"_s,
               QJsonArray::fromStringList(narrator.texts(c.incompleteNotes())));
    out.insert(u"next_steps"_s, QJsonArray::fromStringList(narrator.texts(c.nextSteps)));
    if (const auto note = c.dateNote())
        out.insert(u"as_of_note"_s, narrator.text(*note));
    return out;
}

} // namespace zansai
