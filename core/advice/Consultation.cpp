#include "advice/Consultation.h"

#include "advice/CaseAnalysis.h"
#include "advice/Evaluate.h"
#include "advice/OptionComparison.h"
#include "case/Draft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

struct ConsultationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::Consultation)
};

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
    if (!missing(d, draft::kAcceleratedOn) && d.acceleratedOn.isValid()
        && d.acceleratedOn < earliest)
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
    for (const Debt& d : c.debts) {
        if (d.incompleteFields.isEmpty())
            continue;
        IncompleteDebt i;
        i.debtId = d.id;
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
            ConsultationText::tr("The limitation cannot be counted until the contract date and "
                                 "the date the whole balance fell due are entered.")};
    }

    EvaluateSettings settings;
    settings.installmentMonthly = installmentOverride ? installmentOverride : c.installmentMonthly;
    settings.preferred = c.chosenOption;
    out.assessment.options = compareOptions(evaluable, out.assessment, settings);
    return out;
}

const IncompleteDebt* Consultation::incompleteDebt(const QString& debtId) const
{
    for (const IncompleteDebt& i : incomplete)
        if (i.debtId == debtId)
            return &i;
    return nullptr;
}

QStringList incompleteNotes(const Consultation& c)
{
    QStringList notes;
    for (const IncompleteDebt& i : c.incomplete) {
        QString label = i.debtId;
        for (const DebtAssessment& da : c.assessment.debts)
            if (da.id == i.debtId && da.creditor != da.id)
                label = da.creditor;
        if (i.principalUnknown)
            notes << ConsultationText::tr("%1: the amount owed is not entered yet, so it is left "
                                          "out of every total and of the options.")
                         .arg(label);
        if (i.lateInterestUnknown)
            notes << ConsultationText::tr("%1: the late-payment rate or the date the whole "
                                          "balance fell due is not entered yet, so no late "
                                          "interest is counted for it.")
                         .arg(label);
        if (i.limitationUnknown)
            notes << ConsultationText::tr("%1: the contract date or the date the whole balance "
                                          "fell due is not entered yet, so its limitation is not "
                                          "counted.")
                         .arg(label);
        if (!i.principalUnknown && !i.lateInterestUnknown && !i.limitationUnknown)
            notes << ConsultationText::tr("%1: the creditor's name is not entered yet.").arg(label);
    }
    if (!notes.isEmpty())
        notes.prepend(ConsultationText::tr("Some answers are missing: the figures are incomplete. "
                                           "Court events and deadlines are counted in full."));
    return notes;
}

QString dateNote(const Consultation& c)
{
    if (!c.caseDate.isValid() || c.caseDate == c.asOf)
        return {};
    return ConsultationText::tr("Assessed as of %1; the case was last consulted on %2. Deadlines "
                                "and balances are counted to %1.")
        .arg(c.asOf.toString(Qt::ISODate), c.caseDate.toString(Qt::ISODate));
}

QJsonObject toJson(const Consultation& c)
{
    QJsonObject out = toJson(c.assessment);
    out.insert(u"case_date"_s,
               c.caseDate.isValid() ? QJsonValue(c.caseDate.toString(Qt::ISODate))
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
    out.insert(u"incomplete_notes"_s, QJsonArray::fromStringList(incompleteNotes(c)));
    const QString note = dateNote(c);
    out.insert(u"as_of_note"_s, note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note));
    return out;
}

} // namespace zansai
