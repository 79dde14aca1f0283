"""Geoparsing beyond the entity tagger: abbreviations, areas, names read from the article, and the choice
of one place among many of the same name. Sentences written for these tests."""
from __future__ import annotations

import math

import pytest

from communique.places.gazetteer import load_gazetteer
from communique.places.recognise import find_places


def km_between(lat1, lon1, lat2, lon2) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return 6371 * math.acos(min(1.0, math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)))


def by_text(places):
    found = {}
    for place in places:
        found.setdefault(place.text, place)
    return found


def test_gazetteer_has_counties_and_small_towns_with_their_states():
    gazetteer = load_gazetteer()
    parish = [c.entry for c in gazetteer.lookup("Rapides Parish")]
    assert [(e.feature, e.level, e.country, e.admin1) for e in parish] == [("admin", 2, "USA", "US.LA")]
    assert km_between(parish[0].lat, parish[0].lon, 31.2, -92.5) < 60
    towns = {c.entry.admin1 for c in gazetteer.lookup("Cottonport") if c.entry.feature == "city"}
    assert "US.LA" in towns  # a town of about 2,000 people
    assert gazetteer.admin1s["US.WV"].name == "West Virginia"
    assert gazetteer.abbreviations["W.Va."] == ("US.WV", "ap")


@pytest.mark.model
def test_state_abbreviations_name_states_and_settle_the_city_before_them(nlp):
    found = by_text(find_places(nlp(
        "ALEXANDRIA, La. — A barn fire was reported on Sunday. The owner later moved to Dayton, OH 45402, "
        "and then to Charleston, W.Va., where he works.")))
    assert (found["La."].name, found["La."].feature, found["La."].precision) == ("Louisiana", "admin", "admin1")
    assert found["ALEXANDRIA"].country == "USA"
    assert km_between(found["ALEXANDRIA"].lat, found["ALEXANDRIA"].lon, 31.31, -92.45) < 30
    assert "qualified by US.LA" in found["ALEXANDRIA"].reason
    assert found["OH"].name == "Ohio" and found["W.Va."].name == "West Virginia"
    assert km_between(found["Charleston"].lat, found["Charleston"].lon, 38.35, -81.63) < 30


@pytest.mark.model
def test_abbreviations_that_are_words_need_the_place_before_them(nlp):
    places = find_places(nlp("Mass. protests followed. She felt ill. Wash. your hands, the nurse said."))
    assert not {p.text for p in places} & {"Mass.", "Wash.", "ill."}


@pytest.mark.model
def test_counties_and_parishes_are_areas_not_cities(nlp):
    found = by_text(find_places(nlp(
        "Deputies from Rapides Parish and Licking County searched the woods near the river.")))
    for name, state in (("Rapides Parish", "US.LA"), ("Licking County", "US.OH")):
        assert (found[name].feature, found[name].precision, found[name].country) == ("admin", "admin2", "USA"), name
    assert found["Rapides Parish"].to_dict()["precision"] == "admin2"


@pytest.mark.model
def test_a_small_town_follows_the_state_the_article_names(nlp):
    found = by_text(find_places(nlp(
        "The fire in Alexandria spread toward Pineville overnight, officials in Rapides Parish said. "
        "Alexandria firefighters were joined by crews from across Louisiana.")))
    alexandria = found["Alexandria"]
    assert alexandria.country == "USA" and km_between(alexandria.lat, alexandria.lon, 31.31, -92.45) < 30
    assert "article names US.LA" in alexandria.reason
    plain = by_text(find_places(nlp("Protesters gathered in Alexandria after Friday prayers, Egyptian media said.")))
    assert plain["Alexandria"].country == "EGY"


@pytest.mark.model
def test_national_adjectives_name_a_place_only_before_a_noun_of_ground_or_of_the_state(nlp):
    found = by_text(find_places(nlp(
        "Refugees massed at the Syrian border while Russian troops stayed in the Georgian capital. "
        "Estonian poets met Latvians.")))
    assert found["Syrian"].name == "Syria" and found["Syrian"].feature == "country"
    assert found["Georgian"].country == "GEO"
    assert found["Russian"].country == "RUS"  # Russia's troops
    assert "Estonian" not in found and "Latvians" not in found  # poets' nationality; people


@pytest.mark.model
def test_no_place_inside_a_longer_place_or_building_name(nlp):
    places = find_places(nlp(
        "The White House said on Tuesday that talks with British Columbia officials went well. "
        "Crowds filled Main Street and the Olympic Stadium."))
    names = {(p.text, p.name) for p in places}
    assert ("British Columbia", "British Columbia") in names
    assert not {p.name for p in places} & {"Columbia", "White House", "Street", "Olympic"}


@pytest.mark.model
def test_an_organisation_named_after_a_state_names_the_state(nlp):
    found = by_text(find_places(nlp(
        "The Minnesota National Guard sent 300 soldiers, and the University of Iowa closed its campus.")))
    assert found["Minnesota"].name == "Minnesota" and found["Minnesota"].feature == "admin"
    assert found["Iowa"].name == "Iowa"


@pytest.mark.model
def test_a_name_the_article_uses_as_a_place_is_a_place_wherever_it_stands(nlp):
    places = find_places(nlp(
        "Volunteers in Moorhead, Minn., filled sandbags on Friday. Moorhead raised its goal on Saturday, "
        "and Moorhead officials asked for more help."))
    moorhead = [p for p in places if p.text == "Moorhead"]
    assert len(moorhead) == 3 and {p.country for p in moorhead} == {"USA"}
    assert all(km_between(p.lat, p.lon, 46.87, -96.77) < 30 for p in moorhead)


@pytest.mark.model
def test_compass_words_alone_are_not_cities_or_areas(nlp):
    places = find_places(nlp("Storms hit the North on Monday and the East on Tuesday."))
    assert not [p for p in places if p.feature in ("city", "admin")]


@pytest.mark.model
def test_a_city_beats_the_province_named_after_it(nlp):
    found = by_text(find_places(nlp("Talks were held in Istanbul and later in Tbilisi.")))
    for name in ("Istanbul", "Tbilisi"):
        assert (found[name].feature, found[name].precision) == ("city", "point"), name
        assert found[name].reason


@pytest.mark.model
def test_the_head_noun_of_a_building_name_is_no_place(nlp):
    places = find_places(nlp("The council met at City Hall, then at the Law Enforcement Center downtown."))
    assert not {p.text for p in places} & {"Hall", "Center", "City Hall"}
