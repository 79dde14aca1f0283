"""The actor lexicon: names in token lists, dated codes, sector words, titles, the user's file."""
from __future__ import annotations

import datetime as dt

import pytest

from communique.errors import DataFileError
from communique.extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def match_at(lexicon, sentence: str, start: int = 0, on: dt.date | None = None):
    return lexicon.match(sentence.split(), start, on)


def test_full_name_matches_all_its_words(lexicon):
    found = match_at(lexicon, "Recep Tayyip Erdogan told reporters in Ankara on Tuesday")
    assert found.length == 3
    assert (found.code, found.country, found.sector, found.entry.kind) == ("TURGOV", "TUR", "GOV", "person")


def test_surname_alone_and_accents(lexicon):
    assert match_at(lexicon, "Erdogan said the talks would continue").code == "TURGOV"
    assert match_at(lexicon, "Çavuşoğlu met his Russian counterpart").entry.name == "Mevlut Cavusoglu"
    assert match_at(lexicon, "Foreign Minister Sergei Lavrov said", 2).code == "RUSGOV"


def test_surname_index_links_a_bare_surname(lexicon):
    people = lexicon.surname_index["cavusoglu"]
    assert [p.name for p in people] == ["Mevlut Cavusoglu"]


def test_hyphens_and_particles(lexicon):
    for words in (["Bashar", "al-Assad"], ["Bashar", "al", "-", "Assad"], ["Bashar", "Assad"]):
        found = lexicon.match(words, 0)
        assert found.length == len(words) and found.entry.name == "Bashar al-Assad"
    assert lexicon.match(["al", "-", "Qaeda", "claimed"], 0).length == 3


def test_international_organisations(lexicon):
    for text in ("U.N.", "UN", "United Nations"):
        found = match_at(lexicon, f"{text} envoy Geir Pedersen arrived")
        assert found.code.startswith("IGOUNO") and found.country == "IGO"
    assert match_at(lexicon, "NATO allies met in Brussels").code == "IGOWSTNAT"
    assert match_at(lexicon, "the European Union imposed sanctions", 1).code == "IGOEUREEC"
    assert match_at(lexicon, "Amnesty International said").entry.kind == "organisation"
    # the office of the Pope, whoever holds it: the Holy See's religious authority (VATREL), a named pope his own row
    assert match_at(lexicon, "the Pope urged leaders to act", 1).code == "VATREL"
    assert match_at(lexicon, "the Pontiff met the president", 1).code == "VATREL"
    assert match_at(lexicon, "Pope Francis met the president").entry.name == "Pope Francis"


def test_armed_groups(lexicon):
    assert match_at(lexicon, "Hezbollah fired rockets").code == "LBNREB"
    assert match_at(lexicon, "Islamic State militants attacked").entry.name == "Islamic State"
    assert match_at(lexicon, "the Taliban took Kabul").country == "AFG"


def test_countries_demonyms_and_capitals(lexicon):
    turkish = match_at(lexicon, "Turkish troops crossed the border")
    assert (turkish.entry.kind, turkish.country, turkish.code, turkish.sector) == ("demonym", "TUR", "TUR", None)
    ankara = match_at(lexicon, "Ankara rejected the proposal")
    assert (ankara.entry.kind, ankara.code, ankara.sector) == ("capital", "TURGOV", "GOV")
    assert match_at(lexicon, "the Pentagon said", 1).code == "USAMIL"
    assert match_at(lexicon, "Kremlin spokesman Dmitry Peskov").code == "RUSGOV"
    assert match_at(lexicon, "North Korea fired a missile").country == "PRK"
    assert lexicon.country_by_demonym("Libyans") == "LBY"
    assert lexicon.country_by_name("Burma") == "MMR"
    assert lexicon.country_by_name("Kosovo") == "XKX"


def test_common_words_are_not_names(lexicon):
    assert match_at(lexicon, "us and them") is None  # "US" only in capitals
    assert match_at(lexicon, "who said it") is None  # "WHO" only in capitals
    assert match_at(lexicon, "WHO warned of a new outbreak").code == "IGOUNOHLHWHO"
    assert match_at(lexicon, "turkey and stuffing") is None
    assert match_at(lexicon, "in the west of the country", 1) is None
    assert match_at(lexicon, "US forces withdrew").country == "USA"


def test_code_changes_with_the_date(lexicon):
    assert match_at(lexicon, "Donald Trump", on=dt.date(2019, 6, 1)).code == "USAGOV"
    assert match_at(lexicon, "Donald Trump", on=dt.date(2023, 6, 1)).code == "USAELI"
    guterres = lexicon.lookup("Antonio Guterres")
    assert lexicon.code_on(guterres, dt.date(2010, 1, 1)) == "IGOUNOREFHCR"
    assert lexicon.code_on(guterres, None) == "IGOUNO"
    earlier = match_at(lexicon, "Hakan Fidan", on=dt.date(2015, 1, 1))
    assert (earlier.code, earlier.sector) == ("TURSPY", "SPY")


def test_agents_and_titles(lexicon):
    assert lexicon.agent("police") == "COP"
    assert lexicon.agent("Soldiers") == "MIL"
    assert lexicon.agent("rebels") == "REB"
    assert lexicon.agent("lawmakers") == "LEG"
    assert lexicon.agent("students") == "EDU"
    assert lexicon.agent("dinner") is None
    president = lexicon.title("President")
    assert president.sector == "GOV" and president.head_of_state
    assert lexicon.title("prime minister").head_of_government
    assert lexicon.title("Foreign Minister").sector == "GOV"
    assert lexicon.title("Colonel").sector == "MIL"
    assert lexicon.title("spokesman").sector is None  # the sector of the body the speaker belongs to


def test_user_file_overrides_and_adds(tmp_path, lexicon):
    user = tmp_path / "actors.tsv"
    user.write_text("# my additions\n"
                    "Recep Tayyip Erdogan\tTURMIL\n"
                    "Ayse Yilmaz\tTUROPP\t2020-01-01\t2022-12-31\n"
                    "Ayse Yilmaz\tTURGOV\t2023-01-01\n", encoding="utf-8")
    layered = load_lexicon(user)
    assert match_at(layered, "Erdogan spoke").code == "TURMIL"  # every name of the built-in actor follows
    assert match_at(layered, "Ayse Yilmaz spoke", on=dt.date(2021, 5, 5)).code == "TUROPP"
    assert match_at(layered, "Ayse Yilmaz spoke").code == "TURGOV"
    assert match_at(lexicon, "Erdogan spoke").code == "TURGOV"  # the built-in lexicon is untouched


@pytest.mark.parametrize("line", ["Somebody\n", "Somebody\tturgov\n", "Somebody\tTURGOV\tyesterday\n",
                                  "Somebody\tTURGOV\t2020-01-01\t2019-01-01\n"])
def test_bad_user_line_names_file_and_line(tmp_path, line):
    user = tmp_path / "bad.tsv"
    user.write_text("Mevlut Cavusoglu\tTURGOV\n" + line, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.tsv line 2"):
        load_lexicon(user)


def test_missing_user_file(tmp_path):
    with pytest.raises(DataFileError):
        load_lexicon(tmp_path / "absent.tsv")
