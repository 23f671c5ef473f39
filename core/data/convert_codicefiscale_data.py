#!/usr/bin/env python3
"""Convert the data files of the PyPI package python-codicefiscale into our compact TSV tables.

Usage:
    pip download --no-deps python-codicefiscale==0.12.1 -d /tmp/cf
    cd /tmp/cf && unzip -o python_codicefiscale-0.12.1-py3-none-any.whl -d whl
    python3 core/data/convert_codicefiscale_data.py /tmp/cf/whl/codicefiscale/data core/data

Only the data (municipalities.json, countries.json, deleted-countries.json) is used.
Output (UTF-8, tab separated, one header line, no quoting; fields never contain tabs):

    municipalities.tsv: code, province, name, name_alt, valid_from, valid_to
        Consecutive records of one municipality that differ only in their validity period are
        merged. valid_to is empty while the municipality still exists. Dates are YYYY-MM-DD.
    countries.tsv: code, name_it, name_alt_it, name_en, aliases (separated by '|'), valid_from, valid_to
"""

import datetime
import json
import sys
from pathlib import Path

# Names people commonly type that the source lacks (facts, our own list).
EXTRA_COUNTRY_ALIASES = {
    "Z501": ["Aruba"],
    "Z400": ["Bermuda"],
    "Z530": ["Cayman Islands"],
    "Z703": ["Cook Islands"],
    "Z108": ["Faroe Islands", "Isole Faroe"],
    "Z519": ["Turks and Caicos Islands"],
    "Z520": ["United States Virgin Islands", "US Virgin Islands"],
    "Z525": ["British Virgin Islands"],
    "Z729": ["Wallis and Futuna"],
    "Z513": ["Martinique"],
    "Z360": ["Mayotte"],
    "Z723": ["French Polynesia"],
    "Z403": ["Saint Pierre and Miquelon"],
    "Z340": ["Saint Helena"],
    "Z105": ["Czechoslovakia"],
    "Z111": ["East Germany", "German Democratic Republic"],
    "Z118": ["Yugoslavia"],
    "Z404": ["USA", "United States of America", "Stati Uniti"],
    "Z114": ["UK", "Great Britain", "Gran Bretagna", "Inghilterra", "England"],
    "Z154": ["Russia"],
    "Z156": ["Czechia", "Cechia"],
    "Z213": ["South Korea", "Corea del Sud"],
    "Z214": ["North Korea", "Corea del Nord"],
    "Z210": ["Cina", "People's Republic of China"],
    "Z313": ["Ivory Coast", "Cote d'Ivoire"],
    "Z312": ["DR Congo", "Democratic Republic of the Congo", "Congo Kinshasa"],
    "Z311": ["Republic of the Congo", "Congo Brazzaville"],
    "Z224": ["Iran"],
    "Z240": ["Syria"],
    "Z326": ["Libya"],
    "Z228": ["Laos"],
    "Z140": ["Moldavia"],
    "Z601": ["Bolivia"],
    "Z614": ["Venezuela"],
    "Z357": ["Tanzania"],
    "Z251": ["Vietnam", "Viet Nam"],
    "Z207": ["Brunei"],
    "Z148": ["North Macedonia", "Macedonia"],
    "Z349": ["Eswatini", "Swaziland"],
    "Z161": ["Palestine", "Palestina"],
    "Z735": ["Micronesia"],
    "Z907": ["South Sudan"],
    "Z217": ["Taiwan"],
    "Z106": ["Vatican City", "Vaticano", "Holy See", "Santa Sede"],
    "Z242": ["Timor-Leste", "East Timor"],
    "Z206": ["Birmania", "Burma"],
    "Z126": ["Olanda", "Holland"],
    "Z307": ["Cabo Verde"],
    "Z243": ["Turkiye", "Türkiye"],
}


def day(value: str) -> str:
    """'1861-03-17T00:00:00' -> '1861-03-17' (the source has one malformed '...:T...')."""
    value = value.strip()[:10]
    if value:
        datetime.date.fromisoformat(value)
    return value


def next_day(value: str) -> str:
    return (datetime.date.fromisoformat(value) + datetime.timedelta(days=1)).isoformat()


def clean(value: str) -> str:
    assert "\t" not in value and "\n" not in value, value
    return value.strip()


def convert_municipalities(source: Path) -> list[str]:
    records = json.loads((source / "municipalities.json").read_text(encoding="utf-8"))
    rows = sorted(
        (
            clean(r["code"]),
            clean(r["province"]),
            clean(r["name"]),
            clean(r["name_alt"]),
            day(r["date_created"]),
            day(r["date_deleted"]),
        )
        for r in records
        # 26 old records carry "ND" (no code known) instead of a Belfiore code: unusable.
        if r["code"] != "ND"
    )
    merged: list[list[str]] = []
    for row in rows:
        last = merged[-1] if merged else None
        same_entity = last is not None and last[:4] == list(row[:4])
        if same_entity and last[5] and row[4] <= next_day(last[5]):
            if not row[5] or row[5] > last[5]:
                last[5] = row[5]
            continue
        merged.append(list(row))
    lines = ["code\tprovince\tname\tname_alt\tvalid_from\tvalid_to"]
    lines += ["\t".join(r) for r in merged]
    return lines


def convert_countries(source: Path) -> list[str]:
    records = json.loads((source / "deleted-countries.json").read_text(encoding="utf-8"))
    records += json.loads((source / "countries.json").read_text(encoding="utf-8"))
    lines = ["code\tname_it\tname_alt_it\tname_en\taliases\tvalid_from\tvalid_to"]
    for r in sorted(records, key=lambda r: r["code"]):
        code = clean(r["code"])
        aliases = [a.replace("-", " ") for a in r.get("name_slugs", [])]
        aliases += EXTRA_COUNTRY_ALIASES.get(code, [])
        seen = set()
        unique = []
        for a in aliases:
            if a.lower() not in seen:
                seen.add(a.lower())
                unique.append(clean(a))
        assert all("|" not in a for a in unique)
        lines.append(
            "\t".join(
                [
                    code,
                    clean(r["name"]),
                    clean(r["name_alt"]),
                    clean(r["name_alt_en"]),
                    "|".join(unique),
                    day(r["date_created"]),
                    day(r["date_deleted"]),
                ]
            )
        )
    return lines


def main() -> None:
    source, dest = Path(sys.argv[1]), Path(sys.argv[2])
    for name, lines in (
        ("municipalities.tsv", convert_municipalities(source)),
        ("countries.tsv", convert_countries(source)),
    ):
        (dest / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines) - 1} rows")


if __name__ == "__main__":
    main()
