"""Actor resolution from the text: titles, demonyms, capitals, sector words, surnames, compounds, IGOs."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def actors_of(nlp):
    from communique.pipeline import extract_text

    def run(text: str, published: str = "2020-01-08"):
        return {a.name: a for a in extract_text(text, published).actors}

    return run


def find(actors, part):
    hits = [a for name, a in actors.items() if part.lower() in name.lower()]
    assert hits, f"no actor like {part!r} in {sorted(actors)}"
    return hits[0]


def test_title_and_nationality(actors_of):
    actors = actors_of("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Wednesday.")
    assert find(actors, "Erdogan").code == "TURGOV"
    assert find(actors, "Putin").code == "RUSGOV"


def test_unknown_person_resolved_by_title_and_adjective(actors_of):
    actors = actors_of("Ghanaian Defence Minister Kwame Asantewaa Boateng visited the troops in Tamale.")
    boateng = find(actors, "Boateng")
    assert boateng.country == "GHA" and boateng.sector == "GOV"


def test_later_surname_inherits(actors_of):
    actors = actors_of("Chilean Foreign Minister Lucia Ferreyra Montalvo arrived in Lima. "
                       "Montalvo later met Peruvian officials.")
    person = find(actors, "Montalvo")
    assert person.code == "CHLGOV"
    assert len(person.mentions) >= 2


def test_capital_stands_for_government(actors_of):
    actors = actors_of("Ankara said on Monday that Moscow had broken its promise.")
    codes = {a.code for a in actors.values()}
    assert "TURGOV" in codes and "RUSGOV" in codes


def test_sector_words_take_country_from_modifiers(actors_of):
    actors = actors_of("Iraqi police clashed with protesters in Baghdad as the Syrian army shelled rebels in Idlib.")
    codes = {a.code for a in actors.values()}
    assert "IRQCOP" in codes
    assert "SYRMIL" in codes


def test_possessive_country(actors_of):
    actors = actors_of("Syria's Bashar al-Assad rejected the proposal.")
    assert find(actors, "Assad").code == "SYRGOV"


def test_international_bodies(actors_of):
    actors = actors_of("The U.N. and the European Union urged NATO and the African Union to act.")
    countries = {a.country for a in actors.values()}
    assert countries == {"IGO"}


def test_user_actor_file_adds_a_person(tmp_path, nlp):
    from communique.pipeline import extract_text
    from communique.settings import Settings

    path = tmp_path / "actors.tsv"
    path.write_text("Zorana Kovacevic-Brandt\tSRBGOV\n", encoding="utf-8")
    doc = extract_text("Zorana Kovacevic-Brandt condemned the attack.", "2021-05-01",
                       Settings(actors_file=path))
    assert any(a.code == "SRBGOV" for a in doc.actors)


def test_no_place_inside_an_organisation_name(nlp):
    from communique.pipeline import extract_text

    doc = extract_text("The African Union suspended Mali after the coup in Bamako.", "2021-05-26")
    assert "Union" not in {p.name for p in doc.places}
    assert "Bamako" in {p.name for p in doc.places}


def test_a_dateline_is_not_an_actor(actors_of):
    actors = actors_of("NAIROBI — Kenya's foreign minister said on Monday that talks with Somalia would resume.")
    assert "KENGOV" in {a.code for a in actors.values()}  # the minister
    assert not any("nairobi" in a.name.lower() for a in actors.values())


def test_pro_and_anti_name_a_side_not_a_nationality(actors_of):
    actors = actors_of("Pro-Russia separatists and anti-American protesters marched through Donetsk on Sunday.")
    separatists, protesters = find(actors, "separatist"), find(actors, "protester")
    assert separatists.country != "RUS" and protesters.country != "USA"
    assert separatists.sector == "REB"


def test_an_agent_phrase_of_two_words_is_read_whole(actors_of):
    """The agents dictionary's two-word phrases are read whole where the head alone is another sector: a suicide
    bomber is REB ("bomber" alone, an aircraft's crew, MIL), a police official COP ("official" alone GOV)."""
    actors = actors_of("A Nigerian suicide bomber killed 12 people in Maiduguri, a police official said.")
    assert find(actors, "suicide bomber").code == "NGAREB"
    assert find(actors, "police official").code.endswith("COP")
    plain = actors_of("Russian bombers struck a town near Idlib.")
    assert find(plain, "bomber").code == "RUSMIL"
