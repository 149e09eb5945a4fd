#!/usr/bin/env python3
"""Writes one invalid case file per validation rule, each a small change to ../spec_example.json,
named for the rule it breaks. CaseJsonTest lists the JSON path each must be rejected at.
    python3 tests/data/cases/invalid/make_invalid.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).parent
BASE = json.loads((HERE.parent / "spec_example.json").read_text(encoding="utf-8"))


def second_debt(case):
    d = copy.deepcopy(case["debts"][0])
    d.update(id="d2", creditor="株式会社ミライカード", kind="card", lender_kind="card_company",
             contract_date="2015-06-01", accelerated_on="2023-02-01", principal=480000,
             late_rate_percent=20.0)
    d["events"] = [{"date": "2023-03-01", "type": "demand"}]
    case["debts"].append(d)
    return d


def mutate(name, change):
    case = copy.deepcopy(BASE)
    change(case)
    (HERE / f"{name}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


def d0(case):
    return case["debts"][0]


def ev(case, i):
    return case["debts"][0]["events"][i]


def setitem(obj, key, value):
    obj[key] = value


def delitem(obj, key):
    del obj[key]


def add_event(case, event):
    case["debts"][0]["events"].append(event)


RULES = {
    "wrong_format": lambda c: setitem(c, "format", "zansai-case/2"),
    "missing_format": lambda c: delitem(c, "format"),
    "missing_as_of": lambda c: delitem(c, "as_of"),
    "unknown_language": lambda c: setitem(c, "language", "fr"),
    "missing_client": lambda c: delitem(c, "client"),
    "client_not_object": lambda c: setitem(c, "client", "山田 太郎"),
    "missing_client_name": lambda c: delitem(c["client"], "name"),
    "empty_client_name": lambda c: setitem(c["client"], "name", "  "),
    "birth_date_after_as_of": lambda c: setitem(c["client"], "birth_date", "2026-11-23"),
    "unknown_occupation": lambda c: setitem(c["client"], "occupation", "astronaut"),
    "dependents_out_of_range": lambda c: setitem(c["client"], "dependents", 21),
    "dependents_not_whole": lambda c: setitem(c["client"], "dependents", 1.5),
    "missing_net_monthly_income": lambda c: delitem(c["client"], "net_monthly_income"),
    "unknown_pay_cycle": lambda c: setitem(c["client"], "pay_cycle", "yearly"),
    "negative_expense": lambda c: setitem(c["budget"]["expenses"], "food", -60000),
    "budget_income_not_object": lambda c: setitem(c["budget"], "income", [280000]),
    "budget_total_too_large": lambda c: c["budget"]["income"].update(
        salary=9007199254740991, bonus=1),
    "negative_cash": lambda c: setitem(c["assets"], "cash", -1),
    "yen_not_whole": lambda c: setitem(c["assets"], "deposits", 200000.5),
    "unknown_sale_kind": lambda c: setitem(c["sale"], "kind", "gift"),
    "missing_sale_price": lambda c: delitem(c["sale"], "price"),
    "prior_discharge_after_as_of": lambda c: setitem(c, "prior_discharge_final_on", "2027-01-01"),
    "debts_not_list": lambda c: setitem(c, "debts", d0(c)),
    "debt_not_object": lambda c: c["debts"].append("d2"),
    "missing_debt_id": lambda c: delitem(d0(c), "id"),
    "missing_creditor": lambda c: delitem(d0(c), "creditor"),
    "missing_kind": lambda c: delitem(d0(c), "kind"),
    "missing_lender_kind": lambda c: delitem(d0(c), "lender_kind"),
    "missing_contract_date": lambda c: delitem(d0(c), "contract_date"),
    "missing_accelerated_on": lambda c: delitem(d0(c), "accelerated_on"),
    "missing_principal": lambda c: delitem(d0(c), "principal"),
    "missing_late_rate_percent": lambda c: delitem(d0(c), "late_rate_percent"),
    "principal_as_text": lambda c: setitem(d0(c), "principal", "5800000"),
    "negative_principal": lambda c: setitem(d0(c), "principal", -5800000),
    "unknown_debt_kind": lambda c: setitem(d0(c), "kind", "mortgage"),
    "unknown_lender_kind": lambda c: setitem(d0(c), "lender_kind", "loan_shark"),
    "unknown_late_basis": lambda c: setitem(d0(c), "late_basis", 360),
    "unknown_guarantor": lambda c: setitem(d0(c), "guarantor", "friend"),
    "rate_over_100": lambda c: setitem(d0(c), "late_rate_percent", 100.5),
    "negative_rate": lambda c: setitem(d0(c), "late_rate_percent", -1),
    "rate_too_many_decimals": lambda c: setitem(d0(c), "late_rate_percent", 14.0000001),
    "impossible_date": lambda c: setitem(ev(c, 1), "date", "2025-02-30"),
    "date_not_iso": lambda c: setitem(d0(c), "contract_date", "2008/04/01"),
    "date_with_spaces": lambda c: setitem(ev(c, 0), "date", " 2024-03-15"),
    "accelerated_before_contract": lambda c: setitem(d0(c), "accelerated_on", "2008-03-31"),
    "future_accelerated_on": lambda c: setitem(d0(c), "accelerated_on", "2026-11-23"),
    "event_before_contract": lambda c: setitem(second_debt(c)["events"][0], "date", "2015-05-31"),
    "future_event": lambda c: add_event(c, {"date": "2026-12-01", "type": "demand"}),
    "duplicate_debt_id": lambda c: setitem(second_debt(c), "id", "d1"),
    "events_not_list": lambda c: setitem(d0(c), "events", {"date": "2024-03-15"}),
    "event_not_object": lambda c: add_event(c, "2025-02-10 payment"),
    "missing_event_type": lambda c: delitem(ev(c, 0), "type"),
    "unknown_event_type": lambda c: setitem(ev(c, 1), "type", "partial_payment"),
    "payment_without_amount": lambda c: delitem(ev(c, 1), "amount"),
    "payment_zero_amount": lambda c: setitem(ev(c, 1), "amount", 0),
    "negative_event_amount": lambda c: add_event(c, {"date": "2025-02-10", "type": "acknowledgment",
                                                      "amount": -100}),
    "seizure_invalid_target": lambda c: add_event(c, {"date": "2025-06-02", "type": "seizure_filed",
                                                       "target": "house"}),
    "impossible_hearing_on": lambda c: add_event(c, {"date": "2025-06-02", "type": "lawsuit_served",
                                                      "hearing_on": "2025-06-31"}),
    "note_not_text": lambda c: setitem(ev(c, 0), "note", 42),
}

for old in HERE.glob("*.json"):
    old.unlink()
for name, change in RULES.items():
    mutate(name, change)
(HERE / "not_json.json").write_text('{"format": "zansai-case/1", "as_of": "2026-11-22",\n', encoding="utf-8")
(HERE / "top_level_not_object.json").write_text("[" + json.dumps(BASE, ensure_ascii=False) + "]\n",
                                                encoding="utf-8")
print(f"wrote {len(RULES) + 2} files in {HERE}")
