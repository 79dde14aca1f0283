"""Places: the offline gazetteer, place mentions with disambiguation, user gazetteers, event locations."""
from __future__ import annotations

import math

import pytest

from communique.errors import DataFileError
from communique.places.gazetteer import load_gazetteer, load_user_gazetteer, normalize_name
from communique.places.recognise import find_places, location_for_event


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def places_by_text(places):
    found = {}
    for place in places:
        found.setdefault(place.text, place)
    return found


def trigger_index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


# -- the gazetteer, no model needed ------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Libya\u2019s", "libya"), ("the U.S.", "us"), ("C\u00f4te d\u2019Ivoire", "cote d'ivoire"),
    ("Gaza-Strip", "gaza strip"), ("  The Middle East ", "middle east"),
])
def test_normalize_name_folds_case_accents_possessives_and_dots(text, key):
    assert normalize_name(text) == key


def test_gazetteer_knows_countries_by_their_news_names():
    gazetteer = load_gazetteer()
    for name in ("U.S.", "the US", "United States", "America"):
        entries = [c.entry for c in gazetteer.lookup(name) if c.entry.feature == "country"]
        assert [e.country for e in entries] == ["USA"], name
    assert {c.entry.country for c in gazetteer.lookup("Britain")} == {"GBR"}
    assert {c.entry.country for c in gazetteer.lookup("Ivory Coast")} == {"CIV"}


def test_gazetteer_has_regions_seas_and_areas_with_their_countries():
    gazetteer = load_gazetteer()
    expected = {"Mediterranean": None, "Sahel": None, "Horn of Africa": None, "Black Sea": None,
                "South China Sea": None, "Gaza Strip": "PSE", "West Bank": "PSE", "Golan Heights": "SYR",
                "Crimea": "UKR", "Donbas": "UKR", "Kashmir": None, "Persian Gulf": None}
    for name, country in expected.items():
        entries = [c.entry for c in gazetteer.lookup(name) if c.entry.feature == "region"]
        assert entries and entries[0].country == country, name
        assert entries[0].lat is not None and entries[0].lon is not None
    idlib_province = [c.entry for c in gazetteer.lookup("Idlib province")]
    assert idlib_province[0].feature == "admin" and idlib_province[0].country == "SYR"


def test_gazetteer_lists_both_tripolis_and_us_states_as_admin():
    gazetteer = load_gazetteer()
    assert {c.entry.country for c in gazetteer.lookup("Tripoli")} >= {"LBY", "LBN"}
    georgia = {(c.entry.feature, c.entry.country) for c in gazetteer.lookup("Georgia")}
    assert georgia >= {("country", "GEO"), ("admin", "USA")}


def test_demonyms_are_known_and_imply_countries():
    gazetteer = load_gazetteer()
    assert gazetteer.demonym_country("Libyans") == (True, "LBY")
    assert gazetteer.demonym_country("Turkish") == (True, "TUR")
    assert gazetteer.demonym_country("Istanbul") == (False, None)


# -- the user's gazetteer ----------------------------------------------------------------------------------

def test_user_gazetteer_reads_header_comments_and_alt_names(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("name\tcountry\tlat\tlon\tfeature\talt_names\n"
                    "# oil terminals on the Libyan coast\n"
                    "Ras Lanuf\tLBY\t30.49\t18.56\tcity\tRas Lanouf|Ra's Lanuf\n"
                    "Jufra\tLBY\t29.1\t16.0\tadmin\n", encoding="utf-8")
    places = load_user_gazetteer(path)
    assert places[0] == {"name": "Ras Lanuf", "country": "LBY", "lat": 30.49, "lon": 18.56, "feature": "city",
                         "alt_names": ["Ras Lanouf", "Ra's Lanuf"]}
    assert places[1]["feature"] == "admin" and places[1]["alt_names"] == []


@pytest.mark.parametrize("bad_line, words", [
    ("Ras Lanuf\tLBY\tnorth\t18.56\tcity", "lat"),
    ("Ras Lanuf\tLY\t30.49\t18.56\tcity", "alpha-3"),
    ("Ras Lanuf\tLBY\t30.49\t18.56\tport", "feature"),
    ("Ras Lanuf\tLBY\t30.49", "columns"),
    ("Ras Lanuf\tLBY\t95.0\t18.56\tcity", "out of range"),
])
def test_user_gazetteer_bad_line_names_file_and_line(tmp_path, bad_line, words):
    path = tmp_path / "broken.tsv"
    path.write_text("name\tcountry\tlat\tlon\tfeature\nSirte\tLBY\t31.2\t16.59\tcity\n" + bad_line + "\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_user_gazetteer(path)
    assert "broken.tsv" in str(error.value) and "line 3" in str(error.value) and words in str(error.value)


def test_user_gazetteer_missing_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError):
        load_user_gazetteer(tmp_path / "absent.tsv")


# -- finding and resolving places (model) ------------------------------------------------------------------

@pytest.mark.model
def test_tripoli_follows_the_countries_the_document_names(nlp):
    libya = places_by_text(find_places(nlp(
        "Shelling hit a residential district of Tripoli on Sunday, the Libyan health ministry said. "
        "The UN envoy to Libya called for calm.")))
    assert libya["Tripoli"].country == "LBY" and libya["Tripoli"].feature == "city"
    lebanon = places_by_text(find_places(nlp(
        "Army units were deployed in Tripoli after overnight gunfire, Lebanese officials said, as "
        "Lebanon's caretaker cabinet met in Beirut.")))
    assert lebanon["Tripoli"].country == "LBN"
    assert km_between(lebanon["Tripoli"].lat, lebanon["Tripoli"].lon, 34.44, 35.83) < 30


@pytest.mark.model
def test_georgia_is_the_country_or_the_state_depending_on_the_document(nlp):
    country = places_by_text(find_places(nlp(
        "Thousands rallied in Tbilisi against the bill, and Georgia's president said she would veto it "
        "despite pressure from Moscow.")))
    assert (country["Georgia"].feature, country["Georgia"].country) == ("country", "GEO")
    state = places_by_text(find_places(nlp(
        "Election officials in Atlanta began a hand recount of ballots in Georgia, where the U.S. Senate "
        "runoff remains close, while Texas and Arizona certified their results.")))
    assert (state["Georgia"].feature, state["Georgia"].country) == ("admin", "USA")


@pytest.mark.model
def test_countries_possessives_and_the_us_are_country_places(nlp):
    places = find_places(nlp("Libya's eastern commander flew to Cairo after the U.S. and France urged talks."))
    found = places_by_text(places)
    assert found["Libya"].feature == "country" and found["Libya"].country == "LBY"
    assert found["U.S."].country == "USA" and found["U.S."].feature == "country"
    assert found["France"].country == "FRA"
    assert found["Cairo"].country == "EGY" and found["Cairo"].feature == "city"
    assert all("'s" not in p.text for p in places)


@pytest.mark.model
def test_demonyms_and_people_are_not_places(nlp):
    places = find_places(nlp(
        "A Turkish poet and two Americans drank Libyan tea. Paris Hilton posted a photo, and "
        "Jordan Henderson was named captain."))
    assert places == []


@pytest.mark.model
def test_regions_seas_and_areas_are_region_places(nlp):
    places = find_places(nlp(
        "Migrants leaving North Africa crossed the Mediterranean, while aid groups warned of hunger in "
        "the Sahel and the Horn of Africa. Israeli strikes hit the Gaza Strip and the occupied West Bank."))
    found = {p.name: p for p in places}
    for name in ("North Africa", "Mediterranean", "Sahel", "Horn of Africa", "Gaza Strip", "West Bank"):
        assert found[name].feature == "region", name
    assert found["Gaza Strip"].country == "PSE"


@pytest.mark.model
def test_user_gazetteer_adds_places_the_builtin_one_lacks(nlp, tmp_path):
    text = "Guards clashed with militiamen near Ras Lanuf, a Libyan oil terminal."
    assert "Ras Lanuf" not in {p.text for p in find_places(nlp(text))}
    path = tmp_path / "terminals.tsv"
    path.write_text("Ras Lanuf\tLBY\t30.49\t18.56\tcity\n", encoding="utf-8")
    found = places_by_text(find_places(nlp(text), extra_places=load_user_gazetteer(path)))
    assert found["Ras Lanuf"].country == "LBY" and found["Ras Lanuf"].lat == pytest.approx(30.49)


# -- where an event happened -------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    ("The two foreign ministers met in Istanbul on Monday to discuss the truce.", "met", ("Istanbul", "city")),
    ("Heavy clashes erupted in Tripoli overnight, residents said.", "clashes", ("Tripoli", "city")),
    ("Renewed fighting in Libya has displaced thousands of families.", "fighting", ("Libya", "country")),
    ("Hundreds of refugees gathered at the border with Syria on Tuesday.", "gathered", ("Syria", "country")),
    ("The foreign minister condemned the attack on Wednesday.", "condemned", None),
])
def test_location_for_event_follows_locative_phrases(nlp, text, trigger, expected):
    doc = nlp(text)
    location = location_for_event(doc, trigger_index(doc, trigger), find_places(doc))
    assert (location.name, location.feature) == expected if expected else location is None


@pytest.mark.model
def test_a_place_in_a_reporting_clause_does_not_locate_the_reported_event(nlp):
    doc = nlp("Speaking in Ankara, the minister said talks with the rebels would resume next week.")
    assert location_for_event(doc, trigger_index(doc, "talks"), find_places(doc)) is None


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    ("The president was prepared to meet the rebel leader in Geneva next week.", "prepared", "Geneva"),
    ("The minister promised to visit the flooded villages near Basra on Friday.", "promised", "Basra"),
    ("The envoy urged both factions to hold talks in Cairo.", "urged", "Cairo"),
])
def test_a_governing_verb_takes_the_location_of_its_complement(nlp, text, trigger, expected):
    """Complement locations (places/locate.py): an intent, a promise or an appeal is located where the act it is
    about is, when its own clause names no place."""
    doc = nlp(text)
    location = location_for_event(doc, trigger_index(doc, trigger), find_places(doc))
    assert location is not None and location.text == expected


@pytest.mark.model
def test_a_statement_is_not_located_where_the_event_it_reports_happened(nlp):
    doc = nlp("The spokesman said that the rebels had attacked a convoy near Benghazi.")
    assert location_for_event(doc, trigger_index(doc, "said"), find_places(doc)) is None


@pytest.mark.model
def test_the_governing_clause_place_wins_over_the_complement_place(nlp):
    doc = nlp("At a rally in Ankara the minister vowed to rebuild the schools in Aleppo.")
    location = location_for_event(doc, trigger_index(doc, "vowed"), find_places(doc))
    assert location is not None and location.text == "Ankara"


# -- the real sample article -------------------------------------------------------------------------------

@pytest.mark.model
def test_sample_article_places_and_meeting_location(nlp, sample_article_text):
    doc = nlp(sample_article_text)
    places = find_places(doc)
    found = places_by_text(places)
    truth = {"Istanbul": ("TUR", 41.01, 28.96), "Tripoli": ("LBY", 32.89, 13.19), "Idlib": ("SYR", 35.93, 36.63),
             "Geneva": ("CHE", 46.20, 6.14), "Ankara": ("TUR", 39.93, 32.86)}
    for name, (country, lat, lon) in truth.items():
        place = found[name]
        assert place.country == country and place.feature == "city", name
        assert km_between(place.lat, place.lon, lat, lon) < 50, name
    regions = {p.name for p in places if p.feature == "region"}
    assert {"Mediterranean", "Middle East", "North Africa"} <= regions
    assert found["Libya"].feature == "country" and found["U.S."].country == "USA"
    assert "Libyans" not in found and "Libyan" not in found  # "the Libyan people", "a Libyan-led process"
    assert found["Russian"].name == "Russia"  # "Russian President Vladimir Putin": the president of Russia
    assert found["Turkish"].name == "Turkey"  # "the Turkish border" is a place on Turkey's ground
    meeting = next(t.i for t in doc if t.text == "meeting" and "Istanbul" in t.sent.text)
    location = location_for_event(doc, meeting, places)
    assert location is not None and location.name == "Istanbul" and location.country == "TUR"


@pytest.mark.model
def test_places_the_small_model_mislabels_are_still_found(nlp):
    found = places_by_text(find_places(nlp(
        "ISTANBUL (Reuters) - Rebels seized Goma and advanced toward Bukavu, while Chad and Niger closed "
        "their borders. Russian forces shelled Kharkiv and Odesa.")))
    assert found["ISTANBUL"].country == "TUR"
    assert found["Goma"].country == "COD" and found["Bukavu"].country == "COD"
    assert found["Chad"].feature == "country" and found["Niger"].country == "NER"
    assert found["Kharkiv"].country == "UKR" and found["Odesa"].country == "UKR"


@pytest.mark.model
def test_surnames_that_are_city_names_stay_people(nlp):
    places = find_places(nlp(
        "Defense Secretary Lloyd Austin met his Japanese counterpart. Austin said the talks were useful."))
    assert places == []


@pytest.mark.model
def test_a_qualifier_after_the_name_settles_it(nlp):
    found = places_by_text(find_places(nlp(
        "A tornado struck Paris, Texas, on Friday, and the governor in Austin declared an emergency.")))
    assert found["Paris"].country == "USA"
    plain = places_by_text(find_places(nlp("The climate talks in Paris ended without a deal.")))
    assert plain["Paris"].country == "FRA"


def test_a_place_that_names_a_framework_is_not_a_place_mention(nlp):
    from communique.places.recognise import find_places

    doc = nlp("Lavrov urged the neighbours to join the Minsk process and the Normandy format, "
              "and said the Geneva talks would resume in Vienna.")
    assert {p.name for p in find_places(doc)} >= {"Geneva", "Vienna"}
    assert not {p.name for p in find_places(doc)} & {"Minsk", "Normandy"}
