"""Places the gazetteer alone does not give: streets and natural features placed at the article's locality,
national adjectives before a noun of the state, and names in a frame only a place fills."""
from __future__ import annotations

import pytest

from communique.places.recognise import find_places


def by_text(places):
    found = {}
    for place in places:
        found.setdefault(place.text, place)
    return found


@pytest.mark.model
def test_streets_and_natural_features_are_placed_at_the_article_town(nlp):
    places = find_places(nlp(
        "Police in Tuscaloosa, Alabama, closed Greensboro Avenue and part of 15th Street on Monday after a "
        "water main broke near the Black Warrior River. Crews expect to reopen North Lurleen Wallace "
        "Boulevard by Friday. Tuscaloosa officials asked drivers to avoid Lake Tuscaloosa Road."))
    found = by_text(places)
    town = found["Tuscaloosa"]
    for name, kind in (("Greensboro Avenue", "street"), ("15th Street", "street"),
                       ("Black Warrior River", "natural"), ("North Lurleen Wallace Boulevard", "street"),
                       ("Lake Tuscaloosa Road", "street")):
        place = found[name]
        assert place.precision == kind, name
        assert (place.lat, place.lon, place.country) == (town.lat, town.lon, "USA"), name
        assert "Tuscaloosa" in place.reason, name
    assert not any(p.text in ("Greensboro", "Street", "Lake Tuscaloosa") for p in places)  # no town inside


@pytest.mark.model
def test_names_the_gazetteer_knows_stay_towns_and_people_stay_people(nlp):
    found = by_text(find_places(nlp(
        "The storm moved from Lake Charles, Louisiana, toward Mount Vernon. Marvin F. Lane, a local pastor, "
        "said the main street was flooded.")))
    assert found["Lake Charles"].precision == "point" and found["Lake Charles"].country == "USA"
    assert found["Mount Vernon"].precision == "point"
    assert not any("Lane" in text for text in found)  # a middle initial: a person's name
    assert "main street" not in found  # not a name


@pytest.mark.model
def test_a_street_in_an_article_that_names_no_place_is_left_out(nlp):
    assert find_places(nlp("The council will repave Maple Avenue next summer, the mayor said.")) == []


@pytest.mark.model
def test_national_adjectives_before_a_noun_of_the_state_name_the_country(nlp):
    found = by_text(find_places(nlp(
        "Georgian troops withdrew as the Armenian government protested. A Chilean poet read in a Peruvian "
        "cafe, and the Kenyan embassy issued visas.")))
    assert found["Georgian"].name == "Georgia" and found["Georgian"].feature == "country"
    assert found["Armenian"].country == "ARM"
    assert found["Kenyan"].country == "KEN"
    assert "Chilean" not in found and "Peruvian" not in found  # a poet's and a cafe's nationality


@pytest.mark.model
def test_a_town_before_its_own_body_or_people_is_a_place(nlp):
    found = by_text(find_places(nlp(
        "A Chillicothe man was arrested in Ohio on Tuesday, the Chillicothe Police Department said. "
        "Waverly Mayor Dan Jones said the Piketon Village Council would meet.")))
    for name in ("Chillicothe", "Waverly", "Piketon"):
        assert found[name].country == "USA" and found[name].feature == "city", name
        assert abs(found[name].lat - 39.2) < 0.5, name  # the towns of southern Ohio, not their namesakes


@pytest.mark.model
def test_datelines_county_names_and_based_are_places(nlp):
    found = by_text(find_places(nlp(
        "WAXAHACHIE \u2014 Ellis County Sheriff Brad Norman said on Monday that a Midlothian-based trucking "
        "firm had reported the theft.")))
    assert found["WAXAHACHIE"].country == "USA" and abs(found["WAXAHACHIE"].lat - 32.4) < 0.3
    assert found["Ellis County"].feature == "admin"
    assert found["Midlothian"].country == "USA" and abs(found["Midlothian"].lon + 97.0) < 0.3


@pytest.mark.model
def test_months_and_lowercase_words_are_not_places_in_a_frame(nlp):
    places = find_places(nlp("In March the metro area in Texas saw rain; the storm hit in May."))
    assert [p.text for p in places] == ["Texas"]


@pytest.mark.model
def test_a_name_of_a_state_and_a_city_is_the_state_where_its_context_says_so(nlp):
    states = find_places(nlp(
        "Snow fell across upstate New York. Trucks waited at the New York border. Fires burned in Oregon, "
        "Washington and Idaho."))
    found = by_text(states)
    assert found["New York"].feature == "admin" and found["New York"].precision == "admin1"
    assert all(p.feature == "admin" for p in states if p.text == "New York")
    assert found["Washington"].feature == "admin" and found["Washington"].lon < -115  # the state, not D.C.
    city = by_text(find_places(nlp("The mayor of New York met officials in Washington on Monday.")))
    assert city["New York"].feature == "city" and city["Washington"].feature == "city"
