// 自己破産 (docs/option-ranking.md, "bankruptcy").
#include "advice/options/OptionContext.h"

#include "law/Bankruptcy.h"
#include "law/CreditRecord.h"
#include "law/OccupationRestriction.h"

#include "i18n/Message.h"

#include <QCoreApplication>

namespace zansai::options {

using namespace Qt::StringLiterals;

// Reason codes (docs/option-ranking.md, "Reason codes"): bankruptcy.*.

OptionAssessment bankruptcy(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Bankruptcy;
    o.notes << clientGuarantorNotes(x, o.kind);
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto dischargeable = x.select([](const DebtFacts& d) { return !d.tax && !d.support; });
    const auto survivors = x.select([](const DebtFacts& d) { return d.tax || d.support; });
    const Pool pool = poolOf(dischargeable);
    o.limitationEffect =
        say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                              "Taking part in the bankruptcy suspends the limitation period "
                              "(民法147条1項4号); after the discharge the debts can no longer be "
                              "enforced, so the clock no longer matters."),
            "bankruptcy.proceedings_suspend")
            .withArticle(u"民法147条1項4号"_s);
    o.guarantorAffected = x.anyIndividualGuarantor(dischargeable);
    o.guarantorEffect =
        x.anyGuarantor(dischargeable)
            ? say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                    "The discharge does not free the guarantor (破産法253条2項): "
                                    "the creditor claims the whole balance from the guarantor at "
                                    "once, and after the discharge the guarantor cannot invoke "
                                    "the main debt's limitation (最判平成11年11月9日)."),
                  "bankruptcy.guarantor_not_freed")
                  .withArticle(law::kGuarantorUnaffectedArticle.toString())
            : noGuarantorMessage();
    if (pool.balance() <= Yen(0)) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Nothing a discharge would free: taxes and child "
                                           "support survive it (破産法253条1項1号・4号)."),
                         "bankruptcy.nothing_to_discharge")
                         .withArticle(u"破産法253条1項1号・4号"_s);
        return o;
    }
    const Yen liquid = x.c.assets.cash + x.c.assets.deposits;
    if (liquid >= x.all.balance()) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Not unable to pay: cash and deposits of %1 cover the "
                                           "whole balance of %2 (破産法15条1項)."),
                         "bankruptcy.able_to_pay", {liquid, x.all.balance()})
                         .withArticle(u"破産法15条1項"_s);
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Unable to pay (破産法15条1項): a balance of %1 against "
                                       "cash and deposits of %2 and a surplus of %3 a month."),
                     "bankruptcy.unable_to_pay", {x.all.balance(), liquid, x.capacity})
                     .withArticle(u"破産法15条1項"_s);
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Assumed filing date %1 (%2 days to prepare the papers)."),
                     "bankruptcy.filing_date", {x.filing, practice::kFilingPreparationDays});

    // 破産法252条1項10号: the 7-year rule, to the filing date.
    const law::DischargeBarResult bar =
        law::sevenYearDischargeBar(x.c.priorDischargeFinalOn, x.filing);
    if (bar.applies)
        o.warnings << say(QT_TRANSLATE_NOOP(
                              "zansai::OptionComparison",
                              "A prior discharge became final on %1: a filing on or "
                              "before %2 falls within 7 years (破産法252条1項10号). A "
                              "discretionary discharge (破産法252条2項) is still "
                              "possible, usually after a trustee's investigation; "
                              "from %3 the rule no longer applies."),
                          "bankruptcy.seven_year_bar",
                          {*x.c.priorDischargeFinalOn, bar.periodEnds, bar.firstClearFiling})
                          .withArticle(law::kDischargeBarArticle.toString());
    else if (const law::DischargeBarWindow w =
                 law::sevenYearDischargeBarWindow(x.c.priorDischargeFinalOn, x.a.asOf, x.filing);
             w.endsWithinWindow())
        // Clear on the assumed filing date, but not on every day before it: a filing made
        // earlier than assumed would meet the bar. The exact last day is shown.
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "A prior discharge became final on %1: the 7-year "
                                            "bar (破産法252条1項10号) ends on %2. A filing from "
                                            "%3 to %2 (%4 days) would meet it; file on or after "
                                            "%5. The assumed filing date %6 is clear."),
                          "bankruptcy.seven_year_bar_ends_before_filing",
                          {*x.c.priorDischargeFinalOn, w.lastBarredDay, w.firstBarredDay,
                           w.barredDays, w.firstClearFiling, x.filing})
                          .withArticle(law::kDischargeBarArticle.toString());
    else if (x.c.priorDischargeFinalOn)
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "The prior discharge of %1 is more than 7 years before "
                                           "the filing (the period ended %2): 破産法252条1項10号 "
                                           "does not apply."),
                         "bankruptcy.prior_discharge_outside_seven_years",
                         {*x.c.priorDischargeFinalOn, bar.periodEnds})
                         .withArticle(law::kDischargeBarArticle.toString());

    // The stream and the deposit (Tokyo practice), and what is lost.
    const law::BankruptcyEstateResult estate =
        law::assessBankruptcyEstate(estateOf(x.c.assets), bar.applies);
    if (estate.stream == law::BankruptcyStream::SummaryDismissal) {
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Summary dismissal (同時廃止): cash below 330,000 yen "
                                           "and no single asset of 200,000 yen or more (Tokyo "
                                           "practice). Court deposit: the official gazette fee, "
                                           "about %1."),
                         "bankruptcy.summary_dismissal", {estate.courtDeposit});
    } else {
        static const struct {
            const char* source;
            const char* comment;
        } kAsset =
            QT_TRANSLATE_NOOP3("zansai::OptionComparison", "%1 %2", "an asset and its value");
        QList<Message> why;
        for (const law::EstateItemResult& i : estate.items)
            if (i.overLimit)
                why << say(kAsset.source, "bankruptcy.asset_over_limit",
                           {estateItemLabel(i.item), i.counted})
                           .withComment(kAsset.comment);
        if (estate.dischargeBarSuspected)
            why << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "a ground to refuse the discharge to investigate"),
                       "bankruptcy.discharge_bar_to_investigate");
        o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                           "Small administration (少額管財) because of: %1 (Tokyo "
                                           "practice: cash of 330,000 yen or more, any other "
                                           "asset of 200,000 yen or more, or a ground to refuse "
                                           "the discharge). Court deposit %2: 200,000 yen for the "
                                           "trustee plus the official gazette fee."),
                         "bankruptcy.small_administration",
                         {Message::list(why), estate.courtDeposit});
    }
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "The 330,000 / 200,000 yen thresholds and the deposits are "
                                     "the Tokyo District Court's practice (reference §12.8); other "
                                     "courts use other amounts, and the official gazette fee "
                                     "changes every year."),
                   "bankruptcy.tokyo_practice");
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Cash up to 990,000 yen stays free (破産法34条3項1号: "
                                     "民事執行法施行令1条's 660,000 yen × 3/2). One rendering of "
                                     "the order shows 670,000 yen (1,005,000 yen): probably a "
                                     "conversion error; we use 660,000 (reference §12.2)."),
                   "bankruptcy.free_cash")
                   .withArticle(u"破産法34条3項1号"_s);
    for (const law::EstateItemResult& i : estate.items) {
        if (i.lost <= Yen(0))
            continue;
        if (i.item == law::EstateItem::Cash)
            o.assetsLost << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                  "Cash above 990,000 yen: %1 (破産法34条3項1号)"),
                                "bankruptcy.cash_lost", {i.lost})
                                .withArticle(u"破産法34条3項1号"_s);
        else
            o.assetsLost << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                  "%1: %2 (200,000 yen or more goes to the "
                                                  "trustee, Tokyo practice)"),
                                "bankruptcy.asset_lost", {estateItemLabel(i.item), i.lost});
    }
    o.assetsLostValue = estate.lost;
    if (estate.lost > Yen(0))
        o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                         "The court may still leave an item to the client "
                                         "(自由財産の拡張, 破産法34条4項); that is not assumed."),
                       "bankruptcy.free_estate_extension")
                       .withArticle(u"破産法34条4項"_s);

    // Debts that survive (破産法253条1項).
    for (const DebtFacts* d : survivors) {
        const law::NonDischargeable ground =
            d->tax ? law::NonDischargeable::Taxes : law::NonDischargeable::Support;
        const QString article = law::nonDischargeableArticle(ground);
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "%1 survives the discharge: %2 (%3)."),
                          "bankruptcy.survives_discharge",
                          {d->labelMessage(), d->balance(), article})
                          .withArticle(article);
        o.surviving += d->balance();
    }

    const bool administration = estate.stream == law::BankruptcyStream::SmallAdministration;
    const Yen lawyer = administration ? practice::kBankruptcyLawyerFeeAdministration
                                      : practice::kBankruptcyLawyerFeeSummary;
    o.fees = law::kBankruptcyFilingFee + estate.courtDeposit + lawyer;
    o.total = o.fees;
    o.notes << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                     "Fees: filing stamps %1, court deposit %2, lawyer %3 "
                                     "(practice; offices quote 200,000–400,000 yen for summary "
                                     "dismissal, 300,000–600,000 yen with a trustee)."),
                   "bankruptcy.fees", {law::kBankruptcyFilingFee, estate.courtDeposit, lawyer});
    if (o.fees > x.available) {
        if (x.capacity > Yen(0))
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "The fees of %1 exceed the cash available (%2): "
                                                "at %3 a month they take %4 months to save; law "
                                                "offices usually accept installments."),
                              "bankruptcy.fees_to_save",
                              {o.fees, x.available, x.capacity,
                               qint64((o.fees - x.available)
                                          .mulDiv(1, x.capacity.value(), Rounding::Ceil)
                                          .value())});
        else
            o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                "The fees of %1 exceed the cash available (%2) "
                                                "and the budget leaves nothing to save them; ask "
                                                "about legal aid (法テラス)."),
                              "bankruptcy.fees_unaffordable", {o.fees, x.available});
    }
    // Whether the debts could be paid over 3 years: the court may then doubt inability to pay.
    if (x.capacity > Yen(0) && perMonth(pool.principal, 36) <= x.capacity)
        o.warnings << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                            "The principal of %1 could be repaid at %2 a month "
                                            "over 36 months: the court may doubt the inability to "
                                            "pay (破産法15条1項)."),
                          "bankruptcy.could_repay", {pool.principal, perMonth(pool.principal, 36)})
                          .withArticle(u"破産法15条1項"_s);

    for (const law::RestrictedLicence licence : x.licences) {
        // core/law still writes the licence's name and the period in the UI's language: they go
        // in as verbatim text.
        const law::OccupationRestriction r = law::occupationRestriction(licence);
        o.occupationLimits << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                                    "%1: restricted (%2). %3"),
                                  "bankruptcy.occupation_restricted",
                                  {r.name, r.statute, law::occupationRestrictionPeriod()})
                                  .withArticle(r.statute);
    }
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "Rights are restored when the discharge becomes final "
                                       "(破産法255条1項1号)."),
                     "bankruptcy.rights_restored")
                     .withArticle(law::kRestorationArticle.toString());
    o.balanceByMonth = settledChart(x, x.all.balance(), survivors);
    applyCredit(o, law::creditRecord(law::CreditEvent::Bankruptcy));
    return o;
}

} // namespace zansai::options
