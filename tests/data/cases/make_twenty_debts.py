#!/usr/bin/env python3
"""Writes twenty_debts.json: one client with 20 debts of mixed kinds and lenders, each with a
plausible history up to as_of 2026-11-22 (a stress case for the reader, evaluate and the PDF).
Deterministic: run it again after changing the table, and commit the JSON.
    python3 tests/data/cases/make_twenty_debts.py
"""
import json
import pathlib

AS_OF = "2026-11-22"

# id, creditor, kind, lender_kind, contract, accelerated, principal, rate %, basis, guarantor, events
DEBTS = [
    ("d1", "株式会社みどり銀行", "housing_loan", "bank", "2011-04-28", "2023-01-10", 4200000, 14.0, "365", "none",
     [("2022-11-07", "demand", {}), ("2023-03-02", "auction_filed", {"note": "担保不動産競売の申立て"}),
      ("2023-09-12", "auction_withdrawn", {"note": "任意売却のため取下げ"}),
      ("2023-09-29", "voluntary_sale_settled", {}), ("2025-05-20", "demand", {})]),
    ("d2", "独立行政法人住宅金融支援機構", "housing_loan", "jhf", "2004-02-16", "2022-12-01", 1850000, 14.5, "365", "individual",
     [("2022-10-03", "demand", {}), ("2023-09-29", "voluntary_sale_settled", {}),
      ("2024-06-10", "acknowledgment", {"note": "残高確認書に署名"})]),
    ("d3", "はなみずき信用金庫", "car_loan", "credit_union", "2019-08-05", "2023-06-30", 620000, 14.6, "actual", "guarantee_company",
     [("2023-05-15", "demand", {}), ("2023-08-01", "payment", {"amount": 30000}),
      ("2023-09-01", "payment", {"amount": 30000}), ("2024-02-01", "negotiation_refused", {"note": "分割案を書面で拒否"})]),
    ("d4", "しんせい住宅保証株式会社", "housing_loan", "guarantee_company", "2011-04-28", "2023-02-20", 950000, 14.0, "365", "none",
     [("2023-03-10", "demand", {"note": "代位弁済の通知"}), ("2024-11-11", "negotiation_agreement",
      {"agreed_until": "2025-05-10", "note": "協議を行う旨の書面合意"}), ("2025-04-22", "payment", {"amount": 50000})]),
    ("d5", "株式会社ミライカード", "card", "card_company", "2012-10-01", "2022-08-01", 530000, 20.0, "365", "none",
     [("2022-07-05", "demand", {}), ("2023-01-16", "demand", {}), ("2024-05-07", "demand", {})]),
    ("d6", "株式会社スマイルカード", "card", "card_company", "2016-03-14", "2023-04-01", 310000, 18.0, "365", "none",
     [("2023-03-06", "demand", {}), ("2025-02-14", "lawsuit_served", {"hearing_on": "2025-03-18"}),
      ("2025-04-02", "judgment_served", {}), ("2025-04-17", "judgment_final", {})]),
    ("d7", "アイワ債権回収株式会社", "consumer_loan", "consumer_finance", "2014-07-22", "2021-11-01", 780000, 20.0, "365", "none",
     [("2021-10-04", "demand", {}), ("2023-07-03", "claim_assigned", {}), ("2024-01-22", "demand", {}),
      ("2026-11-10", "lawsuit_served", {"hearing_on": "2026-12-15", "note": "第1回口頭弁論期日 2026-12-15"})]),
    ("d8", "株式会社レイクサイドローン", "consumer_loan", "consumer_finance", "2017-05-09", "2024-03-01", 420000, 20.0, "365", "none",
     [("2024-02-05", "demand", {}), ("2026-11-13", "payment_order_served", {})]),
    ("d9", "ひかりファイナンス株式会社", "consumer_loan", "consumer_finance", "2013-01-18", "2020-02-01", 260000, 20.0, "365", "none",
     [("2020-01-06", "demand", {}), ("2026-03-09", "payment_order_served", {}),
      ("2026-04-01", "provisional_enforcement_served", {})]),
    ("d10", "さくら市役所 納税課", "tax", "public_authority", "2022-06-01", "2022-07-01", 184000, 8.7, "365", "none",
     [("2022-08-20", "demand", {"note": "督促状(住民税)"}), ("2024-10-15", "payment", {"amount": 20000}),
      ("2026-03-09", "seizure_filed", {"target": "deposits", "note": "預金の滞納処分"})]),
    ("d11", "関東年金事務所", "tax", "public_authority", "2023-04-01", "2023-05-01", 96000, 8.7, "365", "none",
     [("2023-06-15", "demand", {"note": "国民年金保険料の督促"})]),
    ("d12", "前田 香織", "child_support", "individual", "2019-11-20", "2024-09-30", 450000, 3.0, "365", "none",
     [("2019-11-20", "enforceable_deed", {"note": "養育費の公正証書(執行認諾文言付)"}),
      ("2024-12-02", "demand", {}), ("2025-06-30", "payment", {"amount": 50000})]),
    ("d13", "杉山 俊介", "other", "individual", "2018-02-10", "2019-02-10", 300000, 5.0, "365", "none",
     [("2019-03-01", "demand", {}), ("2024-08-08", "limitation_invoked", {"note": "内容証明で時効を援用"})]),
    ("d14", "北斗信用保証協会", "other", "public_guarantor", "2015-09-01", "2022-05-16", 1200000, 14.0, "actual", "individual",
     [("2022-06-01", "demand", {"note": "代位弁済の通知"}), ("2023-10-26", "court_settlement",
      {"note": "裁判上の和解(月2万円)"}), ("2023-11-30", "payment", {"amount": 20000}),
      ("2023-12-28", "payment", {"amount": 20000})]),
    ("d15", "株式会社オートリース中部", "car_loan", "other", "2020-01-15", "2023-10-01", 380000, 14.6, "365", "none",
     [("2023-09-04", "demand", {}), ("2023-12-01", "negotiation_refused", {})]),
    ("d16", "みなと信用組合", "other", "credit_union", "2018-06-20", "2022-03-25", 700000, 14.0, "365", "individual",
     [("2022-04-11", "demand", {}), ("2022-10-11", "demand", {"note": "催告の6か月内の再催告"})]),
    ("d17", "ユニオン債権回収株式会社", "card", "card_company", "2010-12-03", "2019-06-01", 215000, 14.6, "365", "none",
     [("2019-05-07", "demand", {}), ("2022-02-01", "claim_assigned", {}), ("2026-08-17", "demand", {})]),
    ("d18", "あおば銀行", "consumer_loan", "bank", "2016-08-30", "2022-11-15", 890000, 14.0, "365", "guarantee_company",
     [("2022-10-17", "demand", {}), ("2023-01-20", "acknowledgment", {"note": "支払猶予の申入れ(書面)"})]),
    ("d19", "東海保証サービス株式会社", "consumer_loan", "guarantee_company", "2016-08-30", "2023-04-05", 640000, 14.0, "365", "none",
     [("2023-04-20", "demand", {"note": "代位弁済の通知"}), ("2025-01-14", "lawsuit_served", {"hearing_on": "2025-02-20"}),
      ("2025-03-04", "court_settlement", {"note": "和解(月1万円)"}), ("2025-03-31", "payment", {"amount": 10000}),
      ("2025-04-30", "payment", {"amount": 10000}), ("2025-05-30", "payment", {"amount": 10000}),
      ("2026-02-02", "seizure_filed", {"target": "wages", "note": "和解条項違反による給与差押え"})]),
    ("d20", "株式会社グリーンリフォーム", "other", "other", "2021-05-12", "2023-08-31", 165000, 6.0, "365", "none",
     [("2023-09-15", "demand", {}), ("2024-03-15", "demand", {})]),
]


def debt(row):
    (did, creditor, kind, lender, contract, accelerated, principal, rate, basis, guarantor, events) = row
    assert contract <= accelerated <= AS_OF, did
    out = {
        "id": did, "creditor": creditor, "kind": kind, "lender_kind": lender,
        "contract_date": contract, "accelerated_on": accelerated, "principal": principal,
        "late_rate_percent": rate, "late_basis": basis, "guarantor": guarantor, "events": [],
    }
    last = ""
    for date, etype, fields in events:
        assert contract <= date <= AS_OF and date >= last, (did, date)
        last = date
        out["events"].append({"date": date, "type": etype, **fields})
    return out


case = {
    "format": "zansai-case/1",
    "as_of": AS_OF,
    "language": "ja",
    "consultant": "相談員 佐々木",
    "notes": "多重債務の例(20件)。任意売却後の住宅ローン残債に加え、カード・消費者金融・税・養育費など。",
    "client": {
        "name": "小林 大輔", "name_kana": "コバヤシ ダイスケ", "birth_date": "1976-10-31",
        "occupation": "company_employee", "dependents": 3, "net_monthly_income": 330000,
        "pay_cycle": "monthly",
    },
    "budget": {
        "income": {"salary": 330000, "spouse_part_time": 60000},
        "expenses": {"rent": 90000, "food": 85000, "utilities": 24000, "communication": 14000,
                     "insurance": 15000, "education": 30000, "transport": 10000,
                     "daily_goods": 15000, "medical": 8000, "other": 20000},
    },
    "assets": {"cash": 80000, "deposits": 150000, "car": 0, "insurance_surrender": 60000,
               "retirement_allowance_estimate": 2800000, "other": 0},
    "sale": {"kind": "voluntary", "settled_on": "2023-09-29", "price": 23800000},
    "prior_discharge_final_on": None,
    "debts": [debt(r) for r in DEBTS],
}

path = pathlib.Path(__file__).with_name("twenty_debts.json")
path.write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {path} ({len(case['debts'])} debts)")
