#include "case/CaseJsonWriter.h"

#include "case/CaseCodes.h"
#include "case/CaseJson.h"
#include "case/Draft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace zansai {

namespace {

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue yenJson(Yen y)
{
    return QJsonValue(static_cast<qint64>(y.value()));
}

QJsonObject writeCategories(const QMap<QString, Yen>& m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), yenJson(it.value()));
    return o;
}

// Optional keys with a default ("dependents": 0) are written unless the file read had left them
// out and the value is still the default.
bool keep(const JsonLayout& layout, const char* key, bool isDefault)
{
    return !isDefault || !layout.absent.contains(QLatin1String(key));
}

// Optional free text is written when it says something, or when the file read had it (even "").
bool keepText(const JsonLayout& layout, const char* key, const QString& text)
{
    return !text.isEmpty() || layout.present.contains(QLatin1String(key));
}

QString key(const char* k)
{
    return QLatin1String(k);
}

} // namespace

QJsonObject writeCase(const Case& c)
{
    // Unknown fields first, so that a known field always has the model's value.
    QJsonObject o = c.extra;
    o.insert(key("format"), key(kCaseFormat));
    o.insert(key("as_of"), isoDate(c.asOf));
    if (!c.language.isEmpty())
        o.insert(key("language"), c.language);
    if (keepText(c.layout, "consultant", c.consultant))
        o.insert(key("consultant"), c.consultant);
    if (keepText(c.layout, "notes", c.notes))
        o.insert(key("notes"), c.notes);

    QJsonObject client = c.client.extra;
    const JsonLayout& cl = c.client.layout;
    client.insert(key("name"), c.client.name);
    if (keepText(cl, "name_kana", c.client.nameKana))
        client.insert(key("name_kana"), c.client.nameKana);
    if (c.client.birthDate.isValid())
        client.insert(key("birth_date"), isoDate(c.client.birthDate));
    if (keep(cl, "occupation", c.client.occupation == Occupation::CompanyEmployee))
        client.insert(key("occupation"), toCode(c.client.occupation));
    if (keep(cl, "dependents", c.client.dependents == 0))
        client.insert(key("dependents"), c.client.dependents);
    client.insert(key("net_monthly_income"), yenJson(c.client.netMonthlyIncome));
    if (keep(cl, "pay_cycle", c.client.payCycle == PayCycle::Monthly))
        client.insert(key("pay_cycle"), toCode(c.client.payCycle));
    if (c.client.address) {
        const Address& a = *c.client.address;
        QJsonObject address = a.extra;
        if (keepText(a.layout, "postal_code", a.postalCode))
            address.insert(key("postal_code"), a.postalCode);
        if (keepText(a.layout, "prefecture", a.prefecture))
            address.insert(key("prefecture"), a.prefecture);
        if (keepText(a.layout, "city", a.city))
            address.insert(key("city"), a.city);
        if (keepText(a.layout, "line", a.line))
            address.insert(key("line"), a.line);
        client.insert(key("address"), address);
    }
    if (!c.client.occupations.isEmpty() || cl.present.contains(key("occupations"))) {
        QJsonArray occupations;
        for (Occupation v : c.client.occupations)
            occupations.append(toCode(v));
        client.insert(key("occupations"), occupations);
    }
    o.insert(key("client"), client);

    if (keep(c.layout, "budget", c.budget == Budget{})) {
        QJsonObject budget = c.budget.extra;
        if (keep(c.budget.layout, "income", c.budget.income.isEmpty()))
            budget.insert(key("income"), writeCategories(c.budget.income));
        if (keep(c.budget.layout, "expenses", c.budget.expenses.isEmpty()))
            budget.insert(key("expenses"), writeCategories(c.budget.expenses));
        o.insert(key("budget"), budget);
    }
    if (keep(c.layout, "assets", c.assets == Assets{})) {
        QJsonObject assets = c.assets.extra;
        for (const AssetField& f : kAssetFields) {
            const Yen y = c.assets.*f.member;
            if (keep(c.assets.layout, f.key, y.isZero()))
                assets.insert(key(f.key), yenJson(y));
        }
        o.insert(key("assets"), assets);
    }
    if (c.sale) {
        QJsonObject sale = c.sale->extra;
        sale.insert(key("kind"), toCode(c.sale->kind));
        sale.insert(key("settled_on"), isoDate(c.sale->settledOn));
        sale.insert(key("price"), yenJson(c.sale->price));
        o.insert(key("sale"), sale);
    } else if (c.layout.present.contains(key("sale"))) {
        o.insert(key("sale"), QJsonValue::Null);
    }
    if (c.priorDischargeFinalOn)
        o.insert(key("prior_discharge_final_on"), isoDate(*c.priorDischargeFinalOn));
    else if (keep(c.layout, "prior_discharge_final_on", true))
        o.insert(key("prior_discharge_final_on"), QJsonValue::Null);

    if (keep(c.layout, "debts", c.debts.isEmpty())) {
        QJsonArray debts;
        for (const Debt& d : c.debts) {
            QJsonObject debt = d.extra;
            debt.insert(key("id"), d.id);
            debt.insert(key("creditor"), d.creditor);
            debt.insert(key("kind"), toCode(d.kind));
            debt.insert(key("lender_kind"), toCode(d.lenderKind));
            debt.insert(key("contract_date"), isoDate(d.contractDate));
            debt.insert(key("accelerated_on"), isoDate(d.acceleratedOn));
            debt.insert(key("principal"), yenJson(d.principal));
            debt.insert(key("late_rate_percent"), d.lateRate.toPercentDouble());
            if (keep(d.layout, "late_basis", d.lateBasis == DayBasis::Days365))
                debt.insert(key("late_basis"), toCode(d.lateBasis));
            if (keep(d.layout, "guarantor", d.guarantor == GuarantorKind::None))
                debt.insert(key("guarantor"), toCode(d.guarantor));
            if (keepText(d.layout, "guarantor_name", d.guarantorName))
                debt.insert(key("guarantor_name"), d.guarantorName);
            if (keepText(d.layout, "guarantor_relation", d.guarantorRelation))
                debt.insert(key("guarantor_relation"), d.guarantorRelation);
            if (keepText(d.layout, "original_creditor", d.originalCreditor))
                debt.insert(key("original_creditor"), d.originalCreditor);
            if (d.clientRole != ClientRole::Debtor || d.layout.present.contains(key("client_role")))
                debt.insert(key("client_role"), toCode(d.clientRole));
            if (keepText(d.layout, "principal_debtor", d.principalDebtor))
                debt.insert(key("principal_debtor"), d.principalDebtor);
            if (keep(d.layout, "events", d.events.isEmpty())) {
                // Written in date order whatever the list's order, as the reader sorts them.
                QList<DebtEvent> sorted = d.events;
                std::stable_sort(
                    sorted.begin(), sorted.end(),
                    [](const DebtEvent& a, const DebtEvent& b) { return a.date < b.date; });
                QJsonArray events;
                for (const DebtEvent& e : sorted) {
                    QJsonObject event = e.extra;
                    event.insert(key("date"), isoDate(e.date));
                    event.insert(key("type"), toCode(e.type));
                    if (e.amount)
                        event.insert(key("amount"), yenJson(*e.amount));
                    if (e.hearingOn)
                        event.insert(key("hearing_on"), isoDate(*e.hearingOn));
                    if (e.target)
                        event.insert(key("target"), toCode(*e.target));
                    if (e.agreedUntil)
                        event.insert(key("agreed_until"), isoDate(*e.agreedUntil));
                    if (keepText(e.layout, "court", e.court))
                        event.insert(key("court"), e.court);
                    if (keepText(e.layout, "case_number", e.caseNumber))
                        event.insert(key("case_number"), e.caseNumber);
                    if (keepText(e.layout, "note", e.note))
                        event.insert(key("note"), e.note);
                    events.append(event);
                }
                debt.insert(key("events"), events);
            }
            // Only while a draft lacks answers (or as the file read had it: []), in fixed order.
            const QStringList incomplete = draft::inRequiredOrder(d.incompleteFields);
            if (!incomplete.isEmpty() || d.layout.present.contains(key("incomplete_fields")))
                debt.insert(key("incomplete_fields"), QJsonArray::fromStringList(incomplete));
            debts.append(debt);
        }
        o.insert(key("debts"), debts);
    }
    if (c.installmentMonthly)
        o.insert(key("installment_monthly"), yenJson(*c.installmentMonthly));
    if (c.chosenOption)
        o.insert(key("chosen_option"), toCode(*c.chosenOption));
    return o;
}

QByteArray writeCaseBytes(const Case& c)
{
    return QJsonDocument(writeCase(c)).toJson(QJsonDocument::Indented);
}

} // namespace zansai
