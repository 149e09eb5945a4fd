// The client's situation as the consultant records it: the domain object the wizard fills, the
// advice reads, the store keeps and zansai-case/1 files carry (docs/case-format.md).
#pragma once

#include "case/OptionKind.h"
#include "law/DayBasis.h"
#include "law/LenderKind.h"
#include "law/PayCycle.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace zansai {

// How a zansai-case/1 file spelled one object, so that writing a case read from a file gives the
// same JSON back: the optional keys it left out (written by default: "dependents", "events", …) and
// the optional keys it had although empty (left out by default: "note": "", …). It is spelling, not
// the case's value: it always compares equal, and a case built in code leaves it empty.
struct JsonLayout {
    QStringList absent;
    QStringList present;
    bool operator==(const JsonLayout&) const { return true; }
};

// Each enum has its spec code (toCode/fromCode in CaseCodes.h); unknown codes are rejected on read.
enum class Occupation {
    CompanyEmployee,
    PublicServant,
    SelfEmployed,
    PartTime,
    Pensioner,
    Unemployed,
    // Occupations and licences restricted during bankruptcy (破産法 and each licence law):
    SecurityGuard,
    InsuranceAgent,
    RealEstateAgent,
    Shihoshoshi,
    TaxAccountant,
    Lawyer,
    Accountant,
    AdministrativeScrivener,
    SocialInsuranceLabourConsultant,
    MoneyLender,
    Other,
};

// Rule-level enums live in core/law (which knows no case); the case uses them as they are.
using law::DayBasis;   // late_basis: "365" → Days365, "actual" → Actual
using law::LenderKind; // lender_kind
using law::PayCycle;   // pay_cycle: "monthly", "semi_monthly", "ten_days", "weekly", "daily"

enum class DebtKind { HousingLoan, Card, ConsumerLoan, CarLoan, Tax, ChildSupport, Other };

enum class GuarantorKind {
    None,
    Individual,
    GuaranteeCompany
}; // "none", "individual", "guarantee_company"

enum class DebtEventType {
    Payment,
    Acknowledgment,
    VoluntarySaleSettled,
    Demand,
    NegotiationAgreement,
    NegotiationRefused,
    LawsuitServed,
    PaymentOrderServed,
    ProvisionalEnforcementServed,
    JudgmentServed,
    JudgmentFinal,
    CourtSettlement,
    EnforceableDeed,
    SeizureFiled,
    AuctionFiled,
    AuctionWithdrawn,
    ClaimAssigned,
    LimitationInvoked,
    // Format revision 2: how a proceeding ends (民法147条1項括弧書・148条).
    LawsuitWithdrawn,      // 訴えの取下げ
    LawsuitDismissed,      // 訴え却下 (no decision on the merits)
    PaymentOrderObjection, // 督促異議: the matter becomes a lawsuit (民事訴訟法395条)
    PaymentOrderLapsed,    // no 仮執行宣言 applied for in time (民事訴訟法392条)
    SeizureWithdrawn,      // 差押え・競売の取下げ/取消し
    SeizureCompleted,      // 取立て or 配当 finished (民法148条2項)
};

// "client_role" of a debt: whose debt it is for the client (revision 2).
enum class ClientRole {
    Debtor, // "debtor": the client owes it (default)
    Guarantor // "guarantor": the client is 連帯保証人 of someone else's debt (民法446条・454条)
};

enum class SeizureTarget { Wages, Deposits, Other };

enum class SaleKind { Voluntary, Auction };

// "client.address" (revision 2): the prefecture and city decide the court and the local practice
// figures.
struct Address {
    QString postalCode; // "postal_code"
    QString prefecture;
    QString city;
    QString line;
    QJsonObject extra;
    JsonLayout layout;
    bool operator==(const Address&) const = default;
};

struct Client {
    QString name;
    QString nameKana; // "name_kana" (extra field): furigana, for search
    QDate birthDate;  // optional
    Occupation occupation = Occupation::CompanyEmployee;
    int dependents = 0;
    Yen netMonthlyIncome; // 手取り: after income tax, resident tax, social insurance
    PayCycle payCycle = PayCycle::Monthly;
    std::optional<Address> address; // "address" (revision 2)
    // "occupations" (revision 2): every occupation of the client; `occupation` stays the main one.
    // Empty when the file has none; occupationsOrMain() is what the rules read.
    QList<Occupation> occupations;
    QList<Occupation> occupationsOrMain() const;
    QJsonObject extra; // unknown fields, kept for an exact round trip
    JsonLayout layout;
    bool operator==(const Client&) const = default;
};

// 収支表: categories by code ("salary", "pension", "rent", "food", "utilities", …), yen per month.
struct Budget {
    QMap<QString, Yen> income;
    QMap<QString, Yen> expenses;
    Yen totalIncome() const;
    Yen totalExpenses() const;
    Yen surplus() const { return totalIncome() - totalExpenses(); } // may be negative
    QJsonObject extra;
    JsonLayout layout;
    bool operator==(const Budget&) const = default;
};

struct Assets {
    Yen cash, deposits, car, insuranceSurrender, retirementAllowanceEstimate, other;
    Yen total() const;
    QJsonObject extra;
    JsonLayout layout;
    bool operator==(const Assets&) const = default;
};

struct Sale {
    SaleKind kind = SaleKind::Voluntary;
    QDate settledOn;
    Yen price;
    QJsonObject extra;
    bool operator==(const Sale&) const = default;
};

struct DebtEvent {
    QDate date;
    DebtEventType type = DebtEventType::Payment;
    std::optional<Yen> amount;           // payment
    std::optional<QDate> hearingOn;      // lawsuit_served
    std::optional<SeizureTarget> target; // seizure_filed
    std::optional<QDate>
        agreedUntil;    // negotiation_agreement: a term shorter than 1 year (民法151条1項2号)
    QString court;      // "court" on court events (revision 2), e.g. 大阪簡易裁判所
    QString caseNumber; // "case_number" (事件番号), e.g. 令和8年(ロ)第1234号
    QString note;
    QJsonObject extra;
    JsonLayout layout;
    bool operator==(const DebtEvent&) const = default;
};

struct Debt {
    QString id; // unique within the case ("d1")
    QString creditor;
    DebtKind kind = DebtKind::HousingLoan;
    LenderKind lenderKind = LenderKind::Bank;
    QDate contractDate;
    QDate acceleratedOn; // 期限の利益喪失日 or 代位弁済日
    Yen principal;       // owed on acceleratedOn
    Rate lateRate;       // late_rate_percent
    DayBasis lateBasis = DayBasis::Days365;
    GuarantorKind guarantor = GuarantorKind::None;
    QString guarantorName;     // "guarantor_name" (optional): who guarantees it
    QString guarantorRelation; // "guarantor_relation" (optional): an individual's tie, e.g. "妻"
    QString originalCreditor;  // "original_creditor" (revision 2): the lender before claim_assigned
    ClientRole clientRole = ClientRole::Debtor; // "client_role" (revision 2)
    QString principalDebtor; // "principal_debtor": whose debt the client guarantees
    QList<DebtEvent> events; // kept sorted by date (stable)
    // "incomplete_fields": the required answers a draft still lacks, in the order of
    // draft::requiredFields() ("creditor", …); empty for a complete debt (case/Draft.h).
    QStringList incompleteFields;
    QJsonObject extra;
    JsonLayout layout;
    bool operator==(const Debt&) const = default;
};

struct Case {
    QDate asOf;         // the day the advice is given for (evaluate --as-of overrides)
    QString language;   // "ja" or "en" (extra field): the language of the client's papers
    QString consultant; // extra field
    QString notes;      // extra field: the consultant's notes
    Client client;
    Budget budget;
    Assets assets;
    // "sale": null (or absent) when the home is not sold and the client still owns it; a housing
    // loan then stays secured by the home (民事再生法198条・221条). layout.present has "sale" when
    // the file said null.
    std::optional<Sale> sale;
    std::optional<QDate> priorDischargeFinalOn; // 前回の免責確定日 (破産法252条1項10号)
    QList<Debt> debts;
    // What the consultant decided, read by every output, never by the law:
    std::optional<Yen> installmentMonthly;  // "installment_monthly": the monthly payment proposed
    std::optional<OptionKind> chosenOption; // "chosen_option": the way out chosen
    QJsonObject extra;
    JsonLayout layout; // also tells "prior_discharge_final_on": null from its absence
    bool operator==(const Case&) const = default;

    Yen totalPrincipal() const;
    const Debt* debt(const QString& id) const;
};

} // namespace zansai
