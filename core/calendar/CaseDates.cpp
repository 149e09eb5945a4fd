#include "calendar/CaseDates.h"

#include "case/DebtName.h"

#include <algorithm>

namespace zansai::calendar {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::calendar";

DateKind kindOf(DeadlineKind k)
{
    switch (k) {
    case DeadlineKind::Objection:
        return DateKind::Objection;
    case DeadlineKind::Appeal:
        return DateKind::Appeal;
    case DeadlineKind::Hearing:
        return DateKind::Hearing;
    }
    return DateKind::Objection;
}

QString creditorOf(const Case& c, const QString& debtId)
{
    const Debt* d = c.debt(debtId);
    return d ? d->creditor : QString();
}

// The article that fixed the completion day: the last step of the computation that moved it (the
// start of the period, a renewal or a postponement). A step under 民法145条 only records an
// invocation (e.g. one made too early, of no effect): it never fixes a date, so it is passed over.
QString limitationArticle(const LimitationView& l)
{
    for (auto it = l.steps.crbegin(); it != l.steps.crend(); ++it)
        if (!it->article.isEmpty() && !it->article.startsWith(u"民法145条"))
            return it->article;
    return {};
}

Message limitationTodo()
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("zansai::calendar",
                                     "The limitation period of this debt completes at the end of "
                                     "this day. Until then pay nothing and acknowledge nothing in "
                                     "writing: either renews the period (民法152条1項). After it, "
                                     "the client may invoke the limitation (時効の援用, 民法145条) "
                                     "by a letter with proof of delivery (内容証明郵便)."))
        .withCode(u"calendar.limitation_completes"_s)
        .withArticle(u"民法145条"_s);
}

} // namespace

QString toCode(DateKind k)
{
    switch (k) {
    case DateKind::Objection:
        return u"objection"_s;
    case DateKind::Appeal:
        return u"appeal"_s;
    case DateKind::Hearing:
        return u"hearing"_s;
    case DateKind::Limitation:
        return u"limitation"_s;
    }
    return {};
}

QList<CaseDate> caseDates(const Case& c, const Consultation& consultation)
{
    const QDate from = consultation.asOf;
    const QHash<QString, Message> names = debtNames(c);
    QList<CaseDate> dates;
    for (const Deadline& d : consultation.assessment.deadlines) {
        if (!d.due.isValid() || d.due < from) // a passed deadline is no longer a date to keep
            continue;
        dates.append(CaseDate{kindOf(d.kind), d.due, d.debtId, creditorOf(c, d.debtId),
                              names.value(d.debtId), d.article, d.consequence});
    }
    for (const DebtAssessment& debt : consultation.assessment.debts) {
        const LimitationView& l = debt.limitation;
        if (!l.completesOn.isValid() || l.completed || l.forfeited || l.invoked ||
            l.pendingProceeding || l.completesOn < from)
            continue;
        if (const IncompleteDebt* inc = consultation.incompleteDebt(debt.id);
            inc && inc->limitationUnknown)
            continue; // counted from a stand-in date: not a fact to put in a calendar
        dates.append(CaseDate{DateKind::Limitation, l.completesOn, debt.id, creditorOf(c, debt.id),
                              names.value(debt.id), limitationArticle(l), limitationTodo()});
    }
    std::stable_sort(dates.begin(), dates.end(), [](const CaseDate& a, const CaseDate& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.creditor < b.creditor;
    });
    return dates;
}

} // namespace zansai::calendar
