#!/usr/bin/env python3
"""Build the curated reference data of the Partner2Connect platform.

Usage:
    python3 scripts/build-reference-data.py [country-codes.csv] [output-dir]

Reads the `datasets/country-codes` CSV (default: /work/shared/data/country-codes.csv)
plus the hand-curated tables below, and writes, into the output directory
(default: server/src/reference/data next to this script's repository root):

    countries.json   one entry per CSV row, sorted by ISO alpha-2
    currencies.json  ISO 4217 currencies + approximate annual-average USD rates

It then validates those two files together with the hand-written ones of the
same directory (focus-areas.json, beneficiary-groups.json, sdgs.json,
events.json) and exits non-zero on the first batch of errors.

Python 3 standard library only. The output is deterministic (same input, same
bytes), so re-running the script is a no-op when nothing changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

DEFAULT_CSV = Path("/work/shared/data/country-codes.csv")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "server" / "src" / "reference" / "data"

ITU_REGIONS = ("AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC", "CIS", "EUROPE")

# ---------------------------------------------------------------------------
# ITU-D regions (the six regions of the ITU Telecommunication Development
# Sector / BDT regional offices). Explicit for every independent state of the
# CSV (195) plus the State of Palestine. Territories are derived (see
# territory_region below).
# ---------------------------------------------------------------------------
ITU_REGION_BY_STATE: dict[str, list[str]] = {
    # 44 ITU Member States of the Africa region (Sub-Saharan Africa, minus the
    # Arab League members Comoros, Djibouti, Mauritania, Somalia).
    "AFRICA": [
        "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "CG", "CD", "CI",
        "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
        "MG", "MW", "ML", "MU", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC",
        "SL", "ZA", "SS", "TZ", "TG", "UG", "ZM", "ZW",
    ],
    # The 22 members of the League of Arab States: 21 ITU Member States plus
    # the State of Palestine (ITU observer, "In contention" in the CSV).
    "ARAB_STATES": [
        "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA",
        "OM", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "PS",
    ],
    # 35 states of North, Central and South America and the Caribbean.
    "AMERICAS": [
        "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU",
        "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI",
        "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "US", "UY", "VE",
    ],
    # 38 ITU Member States of Asia and the Pacific (Iran included), plus Palau
    # (UN member) and Taiwan (independent per the CSV), placed by geography.
    "ASIA_PACIFIC": [
        "AF", "AU", "BD", "BT", "BN", "KH", "CN", "KP", "FJ", "IN", "ID", "IR",
        "JP", "KI", "LA", "MY", "MV", "MH", "FM", "MN", "MM", "NR", "NP", "NZ",
        "PK", "PG", "PH", "KR", "WS", "SG", "SB", "LK", "TH", "TL", "TO", "TV",
        "VU", "VN", "PW", "TW",
    ],
    # Commonwealth of Independent States region of ITU-D (9).
    "CIS": ["AM", "AZ", "BY", "KZ", "KG", "RU", "TJ", "TM", "UZ"],
    # 46 states of the ITU-D Europe region, including Israel, Türkiye, Cyprus
    # and (choice documented in README) Georgia, Republic of Moldova, Ukraine.
    "EUROPE": [
        "AL", "AD", "AT", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
        "FR", "DE", "GR", "HU", "IS", "IE", "IL", "IT", "LV", "LI", "LT", "LU",
        "MT", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK",
        "SI", "ES", "SE", "CH", "TR", "GB", "VA", "GE", "MD", "UA",
    ],
}

# Territories whose region must not follow the geographic majority rule.
# Antarctica (no M49 region) is the only entry left without a region.
ITU_REGION_TERRITORY_OVERRIDES: dict[str, str | None] = {
    "AQ": None,
}

# ---------------------------------------------------------------------------
# Currencies
# ---------------------------------------------------------------------------
# Countries listing several ISO 4217 codes (or none) in the CSV: the code kept
# as the country's default currency.
CURRENCY_OVERRIDES: dict[str, str | None] = {
    "BT": "BTN",  # INR,BTN: the ngultrum is the national currency (INR at par)
    "SV": "USD",  # SVC,USD: the colón has not circulated since 2001
    "HT": "HTG",  # HTG,USD
    "LS": "LSL",  # LSL,ZAR
    "NA": "NAD",  # NAD,ZAR
    "PA": "USD",  # PAB,USD: US dollar banknotes are the money in use
    "UY": "UYU",  # UYU,UYW: UYW is an indexed unit of account
    "VE": "VES",  # VES,VED
    "TR": "TRY",  # missing in the CSV revision
    "AQ": None,   # "No universal currency"
    "GS": None,   # "No universal currency"
    "PS": None,   # "No universal currency" (ILS, JOD and USD all circulate)
}

# Currencies missing from the CSV (or wanted whatever the CSV holds).
EXTRA_CURRENCIES = {
    "USD": ("US Dollar", 2),
    "EUR": ("Euro", 2),
    "TRY": ("Turkish Lira", 2),
}

RATE_YEARS = (2021, 2022, 2023, 2024, 2025, 2026)

# Approximate annual-average USD per one unit of currency, 2021..2026.
# From the curator's knowledge of published annual averages; 2025 and 2026
# are rougher (2026 is a partial-year estimate). Demonstration data only.
USD_PER_UNIT: dict[str, tuple[str, str, str, str, str, str]] = {
    "EUR": ("1.1827", "1.0530", "1.0813", "1.0824", "1.1300", "1.1700"),
    "GBP": ("1.3757", "1.2369", "1.2435", "1.2781", "1.3200", "1.3400"),
    "JPY": ("0.009107", "0.007609", "0.007123", "0.006609", "0.006680", "0.006500"),
    "CNY": ("0.15502", "0.14862", "0.14118", "0.13897", "0.13910", "0.14100"),
    "CHF": ("1.0940", "1.0473", "1.1125", "1.1360", "1.2000", "1.2500"),
    "INR": ("0.013526", "0.012724", "0.012107", "0.011956", "0.011450", "0.011100"),
    "BRL": ("0.18536", "0.19375", "0.20043", "0.18570", "0.17900", "0.18500"),
    "ZAR": ("0.06761", "0.06115", "0.05424", "0.05458", "0.05580", "0.05800"),
    "KES": ("0.009122", "0.008485", "0.007158", "0.007420", "0.007740", "0.007740"),
    "NGN": ("0.002493", "0.002355", "0.001550", "0.000677", "0.000653", "0.000690"),
    "KRW": ("0.000874", "0.000775", "0.000766", "0.000734", "0.000705", "0.000690"),
    "CAD": ("0.7978", "0.7689", "0.7410", "0.7302", "0.7160", "0.7250"),
    "AUD": ("0.7515", "0.6950", "0.6644", "0.6600", "0.6450", "0.6600"),
    "RUB": ("0.013575", "0.014620", "0.011740", "0.010800", "0.011900", "0.012500"),
    "EGP": ("0.06368", "0.05213", "0.03257", "0.02197", "0.01990", "0.02050"),
    "IDR": ("0.00006989", "0.00006735", "0.00006563", "0.00006308", "0.00006090", "0.00005990"),
    "MXN": ("0.04934", "0.04967", "0.05633", "0.05466", "0.05200", "0.05500"),
    "TRY": ("0.11250", "0.06040", "0.04205", "0.03048", "0.02530", "0.02300"),
    "SEK": ("0.11650", "0.09890", "0.09430", "0.09465", "0.10100", "0.10700"),
    "NOK": ("0.11640", "0.10400", "0.09475", "0.09310", "0.09650", "0.09900"),
    "DKK": ("0.15903", "0.14153", "0.14512", "0.14511", "0.15150", "0.15680"),
    "RWF": ("0.001011", "0.000970", "0.000862", "0.000760", "0.000700", "0.000680"),
    "GHS": ("0.17220", "0.12090", "0.09080", "0.06850", "0.08100", "0.09000"),
    "UGX": ("0.0002788", "0.0002712", "0.0002683", "0.0002660", "0.0002760", "0.0002800"),
    "TZS": ("0.0004330", "0.0004300", "0.0004180", "0.0003820", "0.0003900", "0.0004050"),
    "ETB": ("0.02290", "0.01925", "0.01830", "0.01140", "0.00730", "0.00650"),
    "PKR": ("0.006140", "0.004880", "0.003570", "0.003590", "0.003550", "0.003560"),
    "BDT": ("0.011760", "0.010910", "0.009260", "0.008700", "0.008200", "0.008180"),
    "PHP": ("0.02030", "0.01836", "0.01798", "0.01746", "0.01740", "0.01710"),
    "HKD": ("0.12863", "0.12766", "0.12774", "0.12800", "0.12850", "0.12830"),
    "SGD": ("0.7440", "0.7254", "0.7446", "0.7485", "0.7650", "0.7800"),
    "PLN": ("0.25910", "0.22400", "0.23830", "0.25120", "0.26600", "0.27500"),
    "NZD": ("0.7070", "0.6355", "0.6135", "0.6025", "0.5800", "0.5800"),
    "MAD": ("0.11120", "0.09850", "0.09870", "0.10060", "0.10700", "0.11000"),
    "THB": ("0.03127", "0.02853", "0.02874", "0.02835", "0.03010", "0.03100"),
    "VND": ("0.00004320", "0.00004290", "0.00004200", "0.00003980", "0.00003830", "0.00003800"),
}

# Currencies with a fixed parity: (anchor currency, units of this currency per anchor).
PEGGED = {
    "XOF": ("EUR", Decimal("655.957")),
    "XAF": ("EUR", Decimal("655.957")),
    "SAR": ("USD", Decimal("3.75")),
    "AED": ("USD", Decimal("3.6725")),
}

# ---------------------------------------------------------------------------
# LDC / LLDC / SIDS memberships. The CSV flags are current membership as of its
# revision (2026-05-15); these tables date them.
# ---------------------------------------------------------------------------
# Flagged in the CSV, graduation date known (membership ends on that date).
LDC_UNTIL = {
    "ST": "2024-12-13",  # Sao Tome and Principe (graduated, still flagged)
    "BD": "2026-11-24",  # Bangladesh (scheduled)
    "LA": "2026-11-24",  # Lao PDR (scheduled)
    "NP": "2026-11-24",  # Nepal (scheduled)
    "SB": "2027-12-13",  # Solomon Islands (scheduled)
}
# Not flagged in the CSV: past LDC graduations.
LDC_PAST = {
    "BW": "1994-12-20",  # Botswana
    "CV": "2007-12-20",  # Cabo Verde
    "MV": "2011-01-01",  # Maldives
    "WS": "2014-01-01",  # Samoa
    "GQ": "2017-06-04",  # Equatorial Guinea
    "VU": "2020-12-04",  # Vanuatu
    "BT": "2023-12-13",  # Bhutan
}

# Hand fixes of names missing or odd in the CSV revision.
OFFICIAL_NAME_OVERRIDES = {
    "CI": "Republic of Côte d'Ivoire",   # CSV: official_name_en "Ivory Coast", no UNTERM
    "TR": "Republic of Türkiye",         # CSV: no UNTERM formal name
}


# ---------------------------------------------------------------------------
def clean_un_name(name: str) -> str:
    """'the Holy See *' -> 'Holy See'; 'Bahamas (the)' -> 'Bahamas'."""
    name = re.sub(r"\s*\*+\s*$", "", name.strip())
    name = re.sub(r"\s*\(the\)\s*$", "", name)
    if name.startswith("the "):
        name = name[4:]
    return name.strip()


def pad3(code: str) -> str | None:
    code = code.strip()
    return code.zfill(3) if code else None


def area(code: str, name: str) -> dict | None:
    c = pad3(code)
    return {"code": c, "name": name.strip()} if c else None


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(",")] if value.strip() else []


def sig(value: Decimal, digits: int = 6) -> str:
    """Round to `digits` significant digits, plain notation."""
    if value == 0:
        return "0"
    exp = value.adjusted() - digits + 1
    q = value.quantize(Decimal(1).scaleb(exp), rounding=ROUND_HALF_EVEN)
    return format(q, "f")


def state_region_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for region, codes in ITU_REGION_BY_STATE.items():
        for c in codes:
            if c in out:
                raise SystemExit(f"{c} is listed in both {out[c]} and {region}")
            out[c] = region
    return out


def territory_region(row: dict, states: dict[str, str], rows: list[dict]) -> str | None:
    """Majority ITU-D region of the independent states sharing the territory's
    M49 intermediate region, else its sub-region, else its region."""
    iso2 = row["ISO3166-1-Alpha-2"]
    if iso2 in ITU_REGION_TERRITORY_OVERRIDES:
        return ITU_REGION_TERRITORY_OVERRIDES[iso2]
    for key in ("Intermediate Region Code", "Sub-region Code", "Region Code"):
        if not row[key]:
            continue
        votes = Counter(
            states[r["ISO3166-1-Alpha-2"]]
            for r in rows
            if r[key] == row[key] and r["ISO3166-1-Alpha-2"] in states
        )
        if votes:
            (best, n), *rest = votes.most_common()
            if rest and rest[0][1] == n:
                raise SystemExit(f"tie for {iso2} at {key}: {votes}")
            return best
    return None


def build_countries(rows: list[dict]) -> list[dict]:
    states = state_region_map()
    out = []
    for row in rows:
        iso2 = row["ISO3166-1-Alpha-2"].strip()
        independent = row["is_independent"].strip() == "Yes"
        if iso2 in states:
            region = states[iso2]
        else:
            if independent:
                raise SystemExit(f"independent state {iso2} has no explicit ITU-D region")
            region = territory_region(row, states, rows)

        codes = split_multi(row["ISO4217-currency_alphabetic_code"])
        if iso2 in CURRENCY_OVERRIDES:
            currency = CURRENCY_OVERRIDES[iso2]
        elif len(codes) == 1:
            currency = codes[0]
        else:
            raise SystemExit(f"{iso2}: choose a currency among {codes}")

        groups = []
        ldc_flag = row["Least Developed Countries (LDC)"].strip() == "x"
        if ldc_flag:
            if iso2 in LDC_PAST:
                raise SystemExit(f"{iso2} flagged LDC but listed as graduated")
            groups.append({"group": "LDC", "from": None, "until": LDC_UNTIL.get(iso2)})
        elif iso2 in LDC_PAST:
            groups.append({"group": "LDC", "from": None, "until": LDC_PAST[iso2]})
        elif iso2 in LDC_UNTIL:
            raise SystemExit(f"{iso2} has an LDC graduation date but no CSV flag")
        if row["Land Locked Developing Countries (LLDC)"].strip() == "x":
            groups.append({"group": "LLDC", "from": None, "until": None})
        if row["Small Island Developing States (SIDS)"].strip() == "x":
            groups.append({"group": "SIDS", "from": None, "until": None})

        name = (
            row["CLDR display name"].strip()
            or clean_un_name(row["UNTERM English Short"])
            or row["official_name_en"].strip()
        )
        official = (
            OFFICIAL_NAME_OVERRIDES.get(iso2)
            or clean_un_name(row["UNTERM English Formal"])
            or row["official_name_en"].strip()
        )
        out.append({
            "iso2": iso2,
            "iso3": row["ISO3166-1-Alpha-3"].strip(),
            "m49": pad3(row["M49"]),
            "name": name,
            "officialName": official,
            "independent": independent,
            "m49Region": area(row["Region Code"], row["Region Name"]),
            "m49SubRegion": area(row["Sub-region Code"], row["Sub-region Name"]),
            "m49IntermediateRegion": area(row["Intermediate Region Code"], row["Intermediate Region Name"]),
            "ituRegion": region,
            "currency": currency,
            "groups": groups,
        })
    out.sort(key=lambda c: c["iso2"])
    return out


def build_currencies(rows: list[dict]) -> dict:
    found: dict[str, tuple[str, int]] = {}
    for row in rows:
        codes = split_multi(row["ISO4217-currency_alphabetic_code"])
        names = split_multi(row["ISO4217-currency_name"])
        units = split_multi(row["ISO4217-currency_minor_unit"])
        if not codes:
            continue
        if not (len(codes) == len(names) == len(units)):
            raise SystemExit(f"{row['ISO3166-1-Alpha-2']}: currency columns do not line up")
        for code, name, unit in zip(codes, names, units):
            entry = (name, int(unit))
            if code in found and found[code] != entry:
                raise SystemExit(f"{code}: inconsistent {found[code]} vs {entry}")
            found[code] = entry
    for code, entry in EXTRA_CURRENCIES.items():
        found.setdefault(code, entry)
    currencies = [
        {"code": code, "name": name, "minorUnit": unit}
        for code, (name, unit) in sorted(found.items())
    ]

    table: dict[str, list[str]] = {"USD": ["1"] * len(RATE_YEARS)}
    for code, values in USD_PER_UNIT.items():
        table[code] = list(values)
    for code, (anchor, per_anchor) in PEGGED.items():
        table[code] = [sig(Decimal(v) / per_anchor) for v in table[anchor]]
    rates = []
    for code in sorted(table):
        for year, value in zip(RATE_YEARS, table[code]):
            rates.append({"currency": code, "date": f"{year}-01-01", "usdPerUnit": value})
    return {"currencies": currencies, "rates": rates}


def dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECIMAL_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")


def is_date(value) -> bool:
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def unique(errors: list[str], what: str, values) -> None:
    dupes = [v for v, n in Counter(values).items() if n > 1]
    if dupes:
        errors.append(f"{what}: duplicates {dupes}")


def validate(out: Path, rows: list[dict]) -> list[str]:
    errors: list[str] = []
    countries = json.loads((out / "countries.json").read_text(encoding="utf-8"))
    cur = json.loads((out / "currencies.json").read_text(encoding="utf-8"))

    # countries: every CSV row present, once, sorted
    csv_iso2 = sorted(r["ISO3166-1-Alpha-2"].strip() for r in rows)
    got = [c["iso2"] for c in countries]
    if got != csv_iso2:
        errors.append(f"countries.json iso2 list differs from the CSV ({len(got)} vs {len(csv_iso2)})")
    unique(errors, "countries iso2", got)
    unique(errors, "countries iso3", [c["iso3"] for c in countries])
    unique(errors, "countries m49", [c["m49"] for c in countries])
    currency_codes = {c["code"] for c in cur["currencies"]}
    for c in countries:
        tag = f"country {c['iso2']}"
        if not re.match(r"^[A-Z]{2}$", c["iso2"]) or not re.match(r"^[A-Z]{3}$", c["iso3"]):
            errors.append(f"{tag}: bad ISO codes")
        if not (isinstance(c["m49"], str) and re.match(r"^\d{3}$", c["m49"])):
            errors.append(f"{tag}: bad m49 {c['m49']!r}")
        if not c["name"] or not c["officialName"]:
            errors.append(f"{tag}: missing name")
        if c["ituRegion"] is not None and c["ituRegion"] not in ITU_REGIONS:
            errors.append(f"{tag}: unknown ITU region {c['ituRegion']}")
        if c["independent"] and c["ituRegion"] is None:
            errors.append(f"{tag}: independent state without ITU-D region")
        if c["currency"] is not None and c["currency"] not in currency_codes:
            errors.append(f"{tag}: currency {c['currency']} not in currencies.json")
        for key in ("m49Region", "m49SubRegion", "m49IntermediateRegion"):
            a = c[key]
            if a is not None and not (re.match(r"^\d{3}$", a["code"]) and a["name"]):
                errors.append(f"{tag}: bad {key} {a}")
        seen = Counter()
        for g in c["groups"]:
            if g["group"] not in ("LDC", "LLDC", "SIDS"):
                errors.append(f"{tag}: unknown group {g['group']}")
            for k in ("from", "until"):
                if g[k] is not None and not is_date(g[k]):
                    errors.append(f"{tag}: bad {k} date {g[k]!r}")
            if g["from"] and g["until"] and g["from"] >= g["until"]:
                errors.append(f"{tag}: {g['group']} from >= until")
            seen[g["group"]] += 1
        if any(n > 1 for n in seen.values()):
            errors.append(f"{tag}: overlapping memberships {dict(seen)}")
    nulls = [c["iso2"] for c in countries if c["ituRegion"] is None]
    if nulls != ["AQ"]:
        errors.append(f"countries without ITU-D region should be only AQ, got {nulls}")

    # currencies
    unique(errors, "currency codes", [c["code"] for c in cur["currencies"]])
    for c in cur["currencies"]:
        if not re.match(r"^[A-Z]{3}$", c["code"]) or not c["name"] or not isinstance(c["minorUnit"], int):
            errors.append(f"currency {c}: malformed")
    for must in ("USD", "EUR"):
        if must not in currency_codes:
            errors.append(f"currency {must} missing")
    unique(errors, "rates (currency, date)", [(r["currency"], r["date"]) for r in cur["rates"]])
    for r in cur["rates"]:
        if r["currency"] not in currency_codes:
            errors.append(f"rate for unknown currency {r['currency']}")
        if not is_date(r["date"]) or not r["date"].endswith("-01-01"):
            errors.append(f"rate {r}: bad date")
        if not (isinstance(r["usdPerUnit"], str) and DECIMAL_RE.match(r["usdPerUnit"])) or Decimal(r["usdPerUnit"]) <= 0:
            errors.append(f"rate {r}: bad value")
        if r["currency"] == "USD" and r["usdPerUnit"] != "1":
            errors.append("USD rate must be 1")
    per_ccy = Counter(r["currency"] for r in cur["rates"])
    for code, n in per_ccy.items():
        if n != len(RATE_YEARS):
            errors.append(f"currency {code}: {n} rates, expected {len(RATE_YEARS)}")

    # hand-written files (validated when present)
    fa_path = out / "focus-areas.json"
    if fa_path.exists():
        fas = json.loads(fa_path.read_text(encoding="utf-8"))
        if [f["code"] for f in fas] != ["ACCESS", "ADOPTION", "VALUE_CREATION", "ACCELERATE"]:
            errors.append("focus-areas: expected ACCESS, ADOPTION, VALUE_CREATION, ACCELERATE")
        slugs = [p["slug"] for f in fas for p in f["pillars"]]
        unique(errors, "pillar slugs", slugs)
        for f in fas:
            if not (f["name"] and f["description"]) or not 3 <= len(f["pillars"]) <= 4:
                errors.append(f"focus area {f['code']}: name/description/3-4 pillars")
            for p in f["pillars"]:
                if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", p["slug"]) or not p["name"] or not isinstance(p["published"], bool):
                    errors.append(f"pillar {p}: malformed")
        if sum(1 for f in fas for p in f["pillars"] if not p["published"]) != 1:
            errors.append("focus-areas: exactly one pillar should be unpublished")

    bg_path = out / "beneficiary-groups.json"
    if bg_path.exists():
        bgs = json.loads(bg_path.read_text(encoding="utf-8"))
        unique(errors, "beneficiary group codes", [b["code"] for b in bgs])
        for b in bgs:
            if not UPPER_SNAKE.match(b["code"]) or not b["name"]:
                errors.append(f"beneficiary group {b}: malformed")

    sdg_path = out / "sdgs.json"
    if sdg_path.exists():
        sdgs = json.loads(sdg_path.read_text(encoding="utf-8"))
        if [s["number"] for s in sdgs] != list(range(1, 18)):
            errors.append("sdgs: expected numbers 1..17 in order")
        unique(errors, "sdg codes", [s["code"] for s in sdgs])
        for s in sdgs:
            if not UPPER_SNAKE.match(s["code"]) or not s["title"] or not s["description"]:
                errors.append(f"sdg {s.get('number')}: malformed")

    ev_path = out / "events.json"
    if ev_path.exists():
        events = json.loads(ev_path.read_text(encoding="utf-8"))
        kinds = {"CONFERENCE", "ROUNDTABLE", "MATCHMAKING_ROUNDTABLE", "ANNUAL_MEETING", "LAUNCH", "WEBINAR", "OTHER"}
        iso2s = set(got)
        unique(errors, "event codes", [e["code"] for e in events])
        if not 10 <= len(events) <= 16:
            errors.append(f"events: {len(events)} events, expected 10-16")
        for e in events:
            tag = f"event {e['code']}"
            if not re.match(r"^[A-Z0-9]+(-[A-Z0-9]+)*$", e["code"]):
                errors.append(f"{tag}: bad code")
            if e["kind"] not in kinds:
                errors.append(f"{tag}: bad kind")
            if not (is_date(e["startDate"]) and is_date(e["endDate"])) or e["startDate"] > e["endDate"]:
                errors.append(f"{tag}: bad dates")
            if e["country"] is not None and e["country"] not in iso2s:
                errors.append(f"{tag}: unknown country")
            if e["ituRegion"] is not None and e["ituRegion"] not in ITU_REGIONS:
                errors.append(f"{tag}: bad ITU region")
            if e["country"] is not None and e["ituRegion"] is not None:
                home = next(c for c in countries if c["iso2"] == e["country"])["ituRegion"]
                if home != e["ituRegion"]:
                    errors.append(f"{tag}: region {e['ituRegion']} differs from {e['country']}'s {home}")
            if not e["name"] or not e["description"] or not isinstance(e["approximateDates"], bool):
                errors.append(f"{tag}: malformed")
        starts = [e["startDate"] for e in events]
        if starts != sorted(starts):
            errors.append("events: not sorted by startDate")
    return errors


def main(argv: list[str]) -> int:
    csv_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out.mkdir(parents=True, exist_ok=True)

    countries = build_countries(rows)
    currencies = build_currencies(rows)
    dump(out / "countries.json", countries)
    dump(out / "currencies.json", currencies)

    errors = validate(out, rows)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1

    by_region = Counter(c["ituRegion"] for c in countries)
    states = Counter(c["ituRegion"] for c in countries if c["independent"])
    print(f"countries.json: {len(countries)} entries from {csv_path}")
    for region in (*ITU_REGIONS, None):
        print(f"  {str(region):13} {by_region[region]:4} entries, {states[region]:3} independent")
    print(f"currencies.json: {len(currencies['currencies'])} currencies, "
          f"{len(currencies['rates'])} rates for {len({r['currency'] for r in currencies['rates']})} currencies")
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
