#include "case/CaseJsonReader.h"

#include "case/CaseCodes.h"
#include "case/CaseJson.h"
#include "case/CaseJsonObject.h"
#include "case/Draft.h"
#include "util/Parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>

namespace zansai {

using namespace casejson;

namespace {

// Yen arrive as JSON numbers (doubles): 2^53 − 1 is the largest whole number they hold exactly.
// Sums are held to the same bound, so totals computed from a valid case never overflow.
constexpr std::int64_t kMaxYen = 9007199254740991;

// Early return of the first error: `ZANSAI_TAKE(x, expr)` declares x from a Result or returns its
// error from the enclosing function (which returns a Result or Status).
#define ZANSAI_TAKE(var, expr)                                                                     \
    auto var##Result = (expr);                                                                     \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    auto var = std::move(var##Result).value()
#define ZANSAI_CHECK(expr)                                                                         \
    do {                                                                                           \
        const Status check = (expr);                                                               \
        if (!check)                                                                                \
            return check.error();                                                                  \
    } while (false)

// lupdate context for the messages about a case file.
struct CaseJsonText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseJson)
};

Error afterAsOf(const QString& field, const QDate& asOf)
{
    return Error{field, CaseJsonText::tr("This date is after the as-of date (%1): it cannot have "
                                         "happened yet.")
                            .arg(isoDate(asOf))};
}

Error beforeContract(const QString& field, const QDate& contract)
{
    return Error{
        field,
        CaseJsonText::tr("This date is before the contract date (%1).").arg(isoDate(contract))};
}

Error tooLarge(const QString& field)
{
    return Error{field, CaseJsonText::tr("These amounts add up to more than %1 yen.")
                            .arg(formatYenDigits(Yen(kMaxYen)))};
}

Status addChecked(Yen& total, Yen add, const QString& field)
{
    if (add.value() > kMaxYen - total.value())
        return tooLarge(field);
    total += add;
    return Ok{};
}

Result<Address> readAddress(const QJsonObject& json, const QString& path)
{
    const Obj o(json, path, {"postal_code", "prefecture", "city", "line"});
    Address a;
    const std::initializer_list<std::pair<const char*, QString Address::*>> fields{
        {"postal_code", &Address::postalCode},
        {"prefecture", &Address::prefecture},
        {"city", &Address::city},
        {"line", &Address::line}};
    for (const auto& [k, member] : fields) {
        if (!o.has(k))
            continue;
        ZANSAI_TAKE(text, o.text(k, false, &a.layout));
        a.*member = text;
    }
    a.extra = o.unknown();
    return a;
}

Result<Client> readClient(const QJsonObject& json, const QDate& asOf)
{
    const Obj o(json, QStringLiteral("client"),
                {"name", "name_kana", "birth_date", "occupation", "dependents",
                 "net_monthly_income", "pay_cycle", "address", "occupations"});
    Client c;
    ZANSAI_TAKE(name, o.text("name", true));
    c.name = name;
    if (o.has("name_kana")) {
        ZANSAI_TAKE(kana, o.text("name_kana", false, &c.layout));
        c.nameKana = kana;
    }
    if (o.has("birth_date")) {
        ZANSAI_TAKE(birth, o.date("birth_date"));
        if (birth > asOf)
            return afterAsOf(o.path("birth_date"), asOf);
        c.birthDate = birth;
    }
    if (o.has("occupation")) {
        ZANSAI_TAKE(occupation, o.code<Occupation>("occupation"));
        c.occupation = occupation;
    } else {
        c.layout.absent << QStringLiteral("occupation");
    }
    if (o.has("dependents")) {
        ZANSAI_TAKE(dependents, o.count("dependents", 0, 20));
        c.dependents = dependents;
    } else {
        c.layout.absent << QStringLiteral("dependents");
    }
    ZANSAI_TAKE(income, o.yen("net_monthly_income"));
    c.netMonthlyIncome = income;
    if (o.has("pay_cycle")) {
        ZANSAI_TAKE(cycle, o.code<PayCycle>("pay_cycle"));
        c.payCycle = cycle;
    } else {
        c.layout.absent << QStringLiteral("pay_cycle");
    }
    if (o.has("address")) {
        ZANSAI_TAKE(addressJson, o.object("address"));
        ZANSAI_TAKE(address, readAddress(addressJson, o.path("address")));
        c.address = address;
    }
    if (o.has("occupations")) {
        ZANSAI_TAKE(list, o.array("occupations"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue v = list.at(i);
            const auto occupation =
                v.isString() ? fromCode<Occupation>(v.toString()) : std::nullopt;
            if (!occupation)
                return unknownCode(indexPath(o.path("occupations"), i), v, allCodes<Occupation>());
            if (c.occupations.contains(*occupation))
                return Error{indexPath(o.path("occupations"), i),
                             CaseJsonText::tr("This occupation is listed twice.")};
            c.occupations << *occupation;
        }
        if (c.occupations.isEmpty())
            c.layout.present << QStringLiteral("occupations");
    }
    c.extra = o.unknown();
    return c;
}

// A 収支表 column: category code → yen per month.
Result<QMap<QString, Yen>> readCategories(const QJsonObject& json, const QString& path)
{
    QMap<QString, Yen> out;
    Yen total;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString field = joinPath(path, it.key());
        ZANSAI_TAKE(y, jsonYen(it.value(), field));
        ZANSAI_CHECK(addChecked(total, y, path));
        out.insert(it.key(), y);
    }
    return out;
}

Result<Budget> readBudget(const QJsonObject& json)
{
    const Obj o(json, QStringLiteral("budget"), {"income", "expenses"});
    Budget b;
    if (o.has("income")) {
        ZANSAI_TAKE(income, o.object("income"));
        ZANSAI_TAKE(categories, readCategories(income, o.path("income")));
        b.income = categories;
    } else {
        b.layout.absent << QStringLiteral("income");
    }
    if (o.has("expenses")) {
        ZANSAI_TAKE(expenses, o.object("expenses"));
        ZANSAI_TAKE(categories, readCategories(expenses, o.path("expenses")));
        b.expenses = categories;
    } else {
        b.layout.absent << QStringLiteral("expenses");
    }
    b.extra = o.unknown();
    return b;
}

Result<Assets> readAssets(const QJsonObject& json)
{
    const Obj o(json, QStringLiteral("assets"),
                {"cash", "deposits", "car", "insurance_surrender", "retirement_allowance_estimate",
                 "other"});
    Assets a;
    Yen total;
    for (const AssetField& f : kAssetFields) {
        if (!o.has(f.key)) {
            a.layout.absent << QLatin1String(f.key);
            continue;
        }
        ZANSAI_TAKE(y, o.yen(f.key));
        ZANSAI_CHECK(addChecked(total, y, QStringLiteral("assets")));
        a.*f.member = y;
    }
    a.extra = o.unknown();
    return a;
}

Result<Sale> readSale(const QJsonObject& json)
{
    const Obj o(json, QStringLiteral("sale"), {"kind", "settled_on", "price"});
    Sale s;
    ZANSAI_TAKE(kind, o.code<SaleKind>("kind"));
    s.kind = kind;
    ZANSAI_TAKE(settled, o.date("settled_on"));
    s.settledOn = settled;
    ZANSAI_TAKE(price, o.yen("price"));
    s.price = price;
    s.extra = o.unknown();
    return s;
}

Result<DebtEvent> readEvent(const QJsonObject& json, const QString& path, const QDate& contract,
                            const QDate& asOf)
{
    const Obj o(json, path,
                {"date", "type", "amount", "hearing_on", "target", "agreed_until", "court",
                 "case_number", "note"});
    DebtEvent e;
    ZANSAI_TAKE(date, o.date("date"));
    if (date < contract)
        return beforeContract(o.path("date"), contract);
    if (date > asOf)
        return afterAsOf(o.path("date"), asOf);
    e.date = date;
    ZANSAI_TAKE(type, o.code<DebtEventType>("type"));
    e.type = type;
    if (o.has("amount") || type == DebtEventType::Payment) {
        ZANSAI_TAKE(amount, o.yen("amount"));
        if (type == DebtEventType::Payment && amount.isZero())
            return Error{o.path("amount"),
                         CaseJsonText::tr("A payment needs an amount greater than zero.")};
        e.amount = amount;
    }
    if (o.has("hearing_on")) {
        ZANSAI_TAKE(hearing, o.date("hearing_on"));
        e.hearingOn = hearing;
    }
    if (o.has("target")) {
        ZANSAI_TAKE(target, o.code<SeizureTarget>("target"));
        e.target = target;
    }
    if (o.has("agreed_until")) {
        ZANSAI_TAKE(until, o.date("agreed_until"));
        e.agreedUntil = until;
    }
    if (o.has("court")) {
        ZANSAI_TAKE(court, o.text("court", false, &e.layout));
        e.court = court;
    }
    if (o.has("case_number")) {
        ZANSAI_TAKE(number, o.text("case_number", false, &e.layout));
        e.caseNumber = number;
    }
    if (o.has("note")) {
        ZANSAI_TAKE(note, o.text("note", false, &e.layout));
        e.note = note;
    }
    e.extra = o.unknown();
    return e;
}

// A draft debt's unanswered required fields: names of draft::requiredFields().
Result<QStringList> readIncompleteFields(const QJsonArray& json, const QString& path)
{
    QStringList out;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonValue v = json.at(i);
        if (!v.isString() || !draft::requiredFields().contains(v.toString()))
            return unknownCode(indexPath(path, i), v, draft::requiredFields());
        out << v.toString();
    }
    return out;
}

Result<Debt> readDebt(const QJsonObject& json, const QString& path, const QDate& asOf,
                      const QSet<QString>& earlierIds)
{
    const Obj o(json, path,
                {"id", "creditor", "kind", "lender_kind", "contract_date", "accelerated_on",
                 "principal", "late_rate_percent", "late_basis", "guarantor", "guarantor_name",
                 "guarantor_relation", "original_creditor", "client_role", "principal_debtor",
                 "events", "incomplete_fields"});
    Debt d;
    ZANSAI_TAKE(id, o.text("id", true));
    if (earlierIds.contains(id))
        return Error{o.path("id"),
                     CaseJsonText::tr("Another debt already has the id \"%1\".").arg(id)};
    d.id = id;
    ZANSAI_TAKE(creditor, o.text("creditor", true));
    d.creditor = creditor;
    ZANSAI_TAKE(kind, o.code<DebtKind>("kind"));
    d.kind = kind;
    ZANSAI_TAKE(lender, o.code<LenderKind>("lender_kind"));
    d.lenderKind = lender;
    ZANSAI_TAKE(contract, o.date("contract_date"));
    if (contract > asOf)
        return afterAsOf(o.path("contract_date"), asOf);
    d.contractDate = contract;
    ZANSAI_TAKE(accelerated, o.date("accelerated_on"));
    if (accelerated < contract)
        return beforeContract(o.path("accelerated_on"), contract);
    if (accelerated > asOf) // a future accelerated_on: nothing is due yet
        return afterAsOf(o.path("accelerated_on"), asOf);
    d.acceleratedOn = accelerated;
    ZANSAI_TAKE(principal, o.yen("principal"));
    d.principal = principal;
    ZANSAI_TAKE(rate, o.ratePercent("late_rate_percent"));
    d.lateRate = rate;
    if (o.has("late_basis")) {
        ZANSAI_TAKE(basis, o.code<DayBasis>("late_basis"));
        d.lateBasis = basis;
    } else {
        d.layout.absent << QStringLiteral("late_basis");
    }
    if (o.has("guarantor")) {
        ZANSAI_TAKE(guarantor, o.code<GuarantorKind>("guarantor"));
        d.guarantor = guarantor;
    } else {
        d.layout.absent << QStringLiteral("guarantor");
    }
    if (o.has("guarantor_name")) {
        ZANSAI_TAKE(name, o.text("guarantor_name", false, &d.layout));
        d.guarantorName = name;
    }
    if (o.has("guarantor_relation")) {
        ZANSAI_TAKE(relation, o.text("guarantor_relation", false, &d.layout));
        d.guarantorRelation = relation;
    }
    if (o.has("original_creditor")) {
        ZANSAI_TAKE(original, o.text("original_creditor", false, &d.layout));
        d.originalCreditor = original;
    }
    if (o.has("client_role")) {
        ZANSAI_TAKE(role, o.code<ClientRole>("client_role"));
        d.clientRole = role;
        d.layout.present << QStringLiteral("client_role");
    }
    if (o.has("principal_debtor")) {
        ZANSAI_TAKE(principalDebtor, o.text("principal_debtor", false, &d.layout));
        d.principalDebtor = principalDebtor;
    }
    if (o.has("events")) {
        ZANSAI_TAKE(events, o.array("events"));
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString eventPath = indexPath(o.path("events"), i);
            if (!events.at(i).isObject())
                return Error{eventPath, CaseJsonText::tr("Expected a JSON object here.")};
            ZANSAI_TAKE(e, readEvent(events.at(i).toObject(), eventPath, contract, asOf));
            d.events << e;
        }
        // The model keeps events in date order (stable: same-day events keep the file's order).
        // Errors above name the file's indices; a file whose events were out of order is written
        // back in this canonical order, so its round trip is exact from the first write on.
        std::stable_sort(d.events.begin(), d.events.end(),
                         [](const DebtEvent& a, const DebtEvent& b) { return a.date < b.date; });
    } else {
        d.layout.absent << QStringLiteral("events");
    }
    if (o.has("incomplete_fields")) {
        ZANSAI_TAKE(fields, o.array("incomplete_fields"));
        ZANSAI_TAKE(incomplete, readIncompleteFields(fields, o.path("incomplete_fields")));
        // Kept in the fixed order (and each once), as the writer writes them.
        d.incompleteFields = draft::inRequiredOrder(incomplete);
        if (d.incompleteFields.isEmpty())
            d.layout.present << QStringLiteral("incomplete_fields");
    }
    d.extra = o.unknown();
    return d;
}

} // namespace

Result<Case> readCase(const QJsonObject& json)
{
    const Obj o(json, QString(),
                {"format", "as_of", "language", "consultant", "notes", "client", "budget", "assets",
                 "sale", "prior_discharge_final_on", "debts", "installment_monthly",
                 "chosen_option"});
    Case c;
    if (o.value("format") != QJsonValue(QLatin1String(kCaseFormat)))
        return Error{QStringLiteral("format"),
                     CaseJsonText::tr("This is not a zansai-case/1 file: \"format\" must be "
                                      "\"zansai-case/1\".")};
    ZANSAI_TAKE(asOf, o.date("as_of"));
    c.asOf = asOf;
    if (o.has("language")) {
        const QJsonValue v = o.value("language");
        const QStringList languages{QStringLiteral("ja"), QStringLiteral("en")};
        if (!v.isString() || !languages.contains(v.toString()))
            return unknownCode(o.path("language"), v, languages);
        c.language = v.toString();
    }
    if (o.has("consultant")) {
        ZANSAI_TAKE(consultant, o.text("consultant", false, &c.layout));
        c.consultant = consultant;
    }
    if (o.has("notes")) {
        ZANSAI_TAKE(notes, o.text("notes", false, &c.layout));
        c.notes = notes;
    }

    if (!o.has("client"))
        return required(o.path("client"));
    ZANSAI_TAKE(clientJson, o.object("client"));
    ZANSAI_TAKE(client, readClient(clientJson, asOf));
    c.client = client;

    if (o.has("budget")) {
        ZANSAI_TAKE(budgetJson, o.object("budget"));
        ZANSAI_TAKE(budget, readBudget(budgetJson));
        c.budget = budget;
    } else {
        c.layout.absent << QStringLiteral("budget");
    }
    if (o.has("assets")) {
        ZANSAI_TAKE(assetsJson, o.object("assets"));
        ZANSAI_TAKE(assets, readAssets(assetsJson));
        c.assets = assets;
    } else {
        c.layout.absent << QStringLiteral("assets");
    }
    if (o.has("sale") && o.value("sale").isNull()) {
        c.layout.present << QStringLiteral("sale"); // not sold: the client still owns the home
    } else if (o.has("sale")) {
        ZANSAI_TAKE(saleJson, o.object("sale"));
        ZANSAI_TAKE(sale, readSale(saleJson));
        c.sale = sale;
    }
    if (!o.has("prior_discharge_final_on")) {
        c.layout.absent << QStringLiteral("prior_discharge_final_on");
    } else if (!o.value("prior_discharge_final_on").isNull()) {
        ZANSAI_TAKE(discharge, o.date("prior_discharge_final_on"));
        if (discharge > asOf)
            return afterAsOf(o.path("prior_discharge_final_on"), asOf);
        c.priorDischargeFinalOn = discharge;
    }

    if (o.has("debts")) {
        ZANSAI_TAKE(debts, o.array("debts"));
        QSet<QString> ids; // a set: a case of many debts is read in linear time
        Yen total;
        for (qsizetype i = 0; i < debts.size(); ++i) {
            const QString path = indexPath(QStringLiteral("debts"), i);
            if (!debts.at(i).isObject())
                return Error{path, CaseJsonText::tr("Expected a JSON object here.")};
            ZANSAI_TAKE(d, readDebt(debts.at(i).toObject(), path, asOf, ids));
            ZANSAI_CHECK(addChecked(total, d.principal, QStringLiteral("debts")));
            ids.insert(d.id);
            c.debts << d;
        }
    } else {
        c.layout.absent << QStringLiteral("debts");
    }
    if (o.has("installment_monthly")) {
        ZANSAI_TAKE(monthly, o.yen("installment_monthly"));
        c.installmentMonthly = monthly;
    }
    if (o.has("chosen_option")) {
        ZANSAI_TAKE(chosen, o.code<OptionKind>("chosen_option"));
        c.chosenOption = chosen;
    }
    c.extra = o.unknown();
    return c;
}

Result<Case> readCase(const QByteArray& utf8Json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8Json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{QString(), CaseJsonText::tr("This is not valid JSON: %1 (at character %2).")
                                    .arg(err.errorString())
                                    .arg(err.offset)};
    if (!doc.isObject())
        return Error{QString(), CaseJsonText::tr("A case file must be a JSON object { … }.")};
    return readCase(doc.object());
}

} // namespace zansai
