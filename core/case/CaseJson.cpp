#include "case/CaseJson.h"

#include "case/CaseCodes.h"
#include "case/Draft.h"
#include "util/Parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace zansai {

namespace {

// lupdate context for the messages about a case file.
struct CaseJsonText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseJson)
};

// Yen arrive as JSON numbers (doubles): 2^53 − 1 is the largest whole number they hold exactly.
// Sums are held to the same bound, so totals computed from a valid case never overflow.
constexpr std::int64_t kMaxYen = 9007199254740991;

QString joinPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

Error required(const QString& field)
{
    return Error{field, CaseJsonText::tr("This field is required.")};
}

// A value as it appears in the file (a string without its quotes), for messages.
QString shownValue(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2)); // strip "[" and "]"
}

Error unknownCode(const QString& field, const QJsonValue& v, const QStringList& allowed)
{
    return Error{field, CaseJsonText::tr("Unknown code \"%1\". Use one of: %2.")
                            .arg(shownValue(v), allowed.join(QStringLiteral(", ")))};
}

// One JSON object of the file being read: its path, and the keys this reader knows (the others
// are kept in `extra`).
class Obj {
public:
    Obj(QJsonObject o, QString path, std::initializer_list<const char*> known)
        : o_(std::move(o)), path_(std::move(path))
    {
        for (const char* k : known)
            known_ << QLatin1String(k);
    }

    QString path(const char* key) const { return joinPath(path_, QLatin1String(key)); }
    bool has(const char* key) const { return o_.contains(QLatin1String(key)); }
    QJsonValue value(const char* key) const { return o_.value(QLatin1String(key)); }

    QJsonObject unknown() const
    {
        QJsonObject extra;
        for (auto it = o_.begin(); it != o_.end(); ++it) {
            if (!known_.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    }

    Result<QString> text(const char* key, bool mustHave, JsonLayout* layout = nullptr) const
    {
        if (!has(key))
            return mustHave ? Result<QString>(required(path(key))) : Result<QString>(QString());
        const QJsonValue v = value(key);
        if (!v.isString())
            return Error{path(key), CaseJsonText::tr("Enter text here.")};
        const QString s = v.toString();
        if (mustHave && s.trimmed().isEmpty())
            return required(path(key));
        if (layout)
            layout->present << QLatin1String(key);
        return s;
    }

    // A strict "YYYY-MM-DD" that names a real day (2025-02-30 is rejected).
    Result<QDate> date(const char* key) const
    {
        if (!has(key))
            return required(path(key));
        const QJsonValue v = value(key);
        auto d = jsonDate(v, path(key));
        if (!d)
            return d;
        // parseIsoDate forgives surrounding spaces; a file must spell the date exactly, so that
        // it is written back as it was read.
        if (isoDate(*d) != v.toString())
            return Error{path(key), CaseJsonText::tr("Enter a date as YYYY-MM-DD.")};
        return d;
    }

    Result<Yen> yen(const char* key) const
    {
        if (!has(key))
            return required(path(key));
        return jsonYen(value(key), path(key));
    }

    Result<Rate> ratePercent(const char* key) const
    {
        if (!has(key))
            return required(path(key));
        const QJsonValue v = value(key);
        auto r = jsonRatePercent(v, path(key));
        if (!r)
            return r;
        // Rate keeps six decimals of a percent; more would not be written back as they were read.
        if (r->toPercentDouble() != v.toDouble())
            return Error{path(key), CaseJsonText::tr("Enter the rate with at most 6 decimals.")};
        return r;
    }

    Result<int> count(const char* key, int min, int max) const
    {
        if (!has(key))
            return required(path(key));
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d)
            return Error{path(key), CaseJsonText::tr("Enter a whole number.")};
        if (d < min || d > max)
            return Error{
                path(key),
                CaseJsonText::tr("The number must be between %1 and %2.").arg(min).arg(max)};
        return static_cast<int>(d);
    }

    template <typename E> Result<E> code(const char* key) const
    {
        if (!has(key))
            return required(path(key));
        const QJsonValue v = value(key);
        const QString s = v.toString();
        const auto e = v.isString() ? fromCode<E>(s) : std::nullopt;
        if (!e)
            return unknownCode(path(key), v, allCodes<E>());
        return *e;
    }

    Result<QJsonObject> object(const char* key) const
    {
        const QJsonValue v = value(key);
        if (!v.isObject())
            return Error{path(key), CaseJsonText::tr("Expected a JSON object here.")};
        return v.toObject();
    }

    Result<QJsonArray> array(const char* key) const
    {
        const QJsonValue v = value(key);
        if (!v.isArray())
            return Error{path(key), CaseJsonText::tr("Expected a list here.")};
        return v.toArray();
    }

private:
    QJsonObject o_;
    QString path_;
    QStringList known_;
};

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

Result<Client> readClient(const QJsonObject& json, const QDate& asOf)
{
    const Obj o(json, QStringLiteral("client"),
                {"name", "name_kana", "birth_date", "occupation", "dependents",
                 "net_monthly_income", "pay_cycle"});
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

struct AssetField {
    const char* key;
    Yen Assets::*member;
};
constexpr AssetField kAssetFields[] = {
    {"cash", &Assets::cash},
    {"deposits", &Assets::deposits},
    {"car", &Assets::car},
    {"insurance_surrender", &Assets::insuranceSurrender},
    {"retirement_allowance_estimate", &Assets::retirementAllowanceEstimate},
    {"other", &Assets::other},
};

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
                {"date", "type", "amount", "hearing_on", "target", "agreed_until", "note"});
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
                      const QStringList& earlierIds)
{
    const Obj o(json, path,
                {"id", "creditor", "kind", "lender_kind", "contract_date", "accelerated_on",
                 "principal", "late_rate_percent", "late_basis", "guarantor", "guarantor_name",
                 "guarantor_relation", "events", "incomplete_fields"});
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
    if (o.has("sale")) {
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
        QStringList ids;
        Yen total;
        for (qsizetype i = 0; i < debts.size(); ++i) {
            const QString path = indexPath(QStringLiteral("debts"), i);
            if (!debts.at(i).isObject())
                return Error{path, CaseJsonText::tr("Expected a JSON object here.")};
            ZANSAI_TAKE(d, readDebt(debts.at(i).toObject(), path, asOf, ids));
            ZANSAI_CHECK(addChecked(total, d.principal, QStringLiteral("debts")));
            ids << d.id;
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
