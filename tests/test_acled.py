"""ACLED types from CAMEO codes, PLOVER modes, actor sectors, evidence words and size (hand-built events)."""
from __future__ import annotations

import pytest

from communique.acled import acled_for, mapping_rules
from communique.records import ActorRef, EventMention, Size

REBELS = ActorRef("insurgents", "insurgents", "MLI", "REB", "MLIREB")
ARMY = ActorRef("the army", "army", "MLI", "MIL", "MLIMIL")
VILLAGERS = ActorRef("villagers", "villagers", "MLI", "CVL", "MLICVL")
POLICE = ActorRef("riot police", "police", "KEN", "COP", "KENCOP")
CANBERRA = ActorRef("Canberra", "Australia", "AUS", "GOV", "AUSGOV")
JAKARTA = ActorRef("Indonesia", "Indonesia", "IDN", None, "IDN")


def event(code: str, evidence: str = "", plover: str = "ASSAULT", mode: str | None = None,
          source=(), target=(), size: Size | None = None) -> EventMention:
    return EventMention(
        id="e1", sentence=0, start=0, end=len(evidence), evidence=evidence,
        source=list(source), target=list(target), cameo={"code": code, "root": code[:2], "name": ""},
        plover={"type": plover, "mode": mode, "context": []}, quad_class=4, goldstein=-10.0,
        date={"value": None, "precision": "day", "text": None}, size=size or Size())


def sub_event(e: EventMention) -> str | None:
    result = acled_for(e)
    return result["sub_event_type"] if result else None


def test_every_row_of_the_mapping_file_parses():
    rules = mapping_rules()
    assert len(rules) > 40
    assert all(rule.event_type and rule.sub_event_type for rule in rules)


@pytest.mark.parametrize("code, evidence, expected", [
    ("193", "gunmen exchanged fire with soldiers near the border", "Armed clash"),
    ("194", "tanks pounded positions outside the town", "Shelling/artillery/missile attack"),
    ("190", "mortar rounds landed on the market", "Shelling/artillery/missile attack"),
    ("195", "jets struck a convoy", "Air/drone strike"),
    ("190", "a drone struck a car on the highway", "Air/drone strike"),
    ("1831", "a bomber blew himself up at the checkpoint gate", "Suicide bomb"),
    ("1833", "a device exploded as the patrol passed", "Remote explosive/landmine/IED"),
    ("180", "a grenade was hurled into the crowd", "Grenade"),
    ("2041", "chlorine was dropped on the district", "Chemical weapon"),
    ("181", "gunmen kidnapped two engineers", "Abduction/forced disappearance"),
    ("1821", "soldiers assaulted women in the camp", "Sexual violence"),
    ("141", "thousands marched through the capital", "Peaceful protest"),
    ("145", "youths torched cars and stoned shops", "Violent demonstration"),
    ("173", "police detained the opposition leader", "Arrests"),
    ("057", "the two sides signed a ceasefire", "Agreement"),
    ("154", "the ministry sent extra troops to the province", "Change to group/activity"),
    ("1712", "fighters burned the granary", "Looting/property destruction"),
])
def test_codes_and_evidence_give_acled_sub_event_types(code, evidence, expected):
    assert sub_event(event(code, evidence)) == expected


def test_violence_against_civilians_follows_the_target_sector():
    assert sub_event(event("190", "troops fired on villagers", target=[VILLAGERS])) == "Attack"
    assert acled_for(event("190", "troops fired on villagers", target=[VILLAGERS]))["event_type"] == \
        "Violence against civilians"
    assert sub_event(event("190", "troops fought insurgents", source=[ARMY], target=[REBELS])) == "Armed clash"


def test_territory_depends_on_who_takes_it():
    assert sub_event(event("192", "insurgents seized the town", source=[REBELS])) == \
        "Non-state actor overtakes territory"
    assert sub_event(event("190", "the army recaptured the town", source=[ARMY])) == \
        "Government regains territory"
    assert sub_event(event("0874", "the militia withdrew from the valley")) == "Non-violent transfer of territory"


def test_force_against_protesters_depends_on_casualties():
    lethal = event("175", "police opened fire on protesters", source=[POLICE], size=Size(dead=4))
    dispersed = event("175", "police dispersed protesters with batons", source=[POLICE])
    assert sub_event(lethal) == "Excessive force against protesters"
    assert sub_event(dispersed) == "Protest with intervention"
    assert sub_event(event("141", "police fired tear gas at the march", plover="PROTEST")) == "Protest with intervention"


def test_plover_mode_decides_where_the_code_is_generic():
    assert sub_event(event("180", "the attack on the base", mode="aerial")) == "Air/drone strike"
    assert sub_event(event("180", "the attack on the base", mode="explosives")) == "Remote explosive/landmine/IED"


def test_weapons_intercepted_is_disrupted_weapons_use():
    assert sub_event(event("190", "air defences intercepted two rockets")) == "Disrupted weapons use"


def test_statements_and_consultations_are_out_of_scope():
    assert acled_for(event("010", "the minister said", plover="CONSULT")) is None
    assert acled_for(event("040", "the envoys met in Geneva", plover="CONSULT",
                           source=[CANBERRA], target=[JAKARTA])) is None
    assert acled_for(event("", "")) is None


def test_diplomatic_events_are_a_documented_extension():
    expelled = acled_for(event("166", "Canberra expelled two diplomats", plover="SANCTION",
                               source=[CANBERRA], target=[JAKARTA]))
    assert expelled == {"event_type": "Strategic developments", "sub_event_type": "Other",
                        "communique_type": "Diplomatic event"}
    condemned = event("111", "Canberra condemned the test", plover="ACCUSE", source=[CANBERRA], target=[JAKARTA])
    assert acled_for(condemned)["communique_type"] == "Diplomatic event"
    # criticism from a non-state actor is a plain statement, not a diplomatic event
    assert acled_for(event("111", "insurgents condemned the vote", plover="ACCUSE", source=[REBELS],
                           target=[JAKARTA])) is None


def test_claims_of_responsibility_are_a_documented_extension():
    claim = acled_for(event("015", "the group claimed the bombing", plover="AGREE", source=[REBELS]))
    assert claim["communique_type"] == "Claim of responsibility"


def test_evidence_words_are_read_near_the_trigger():
    text = ("Gunmen attacked a police post on Monday, " + "and the fighting went on into the night " * 4
            + "while a drone circled overhead.")
    near = event("190", text)
    near.trigger, near.trigger_start = "attacked", text.index("attacked")
    assert sub_event(near) == "Armed clash"
    far = event("190", text)
    assert sub_event(far) == "Air/drone strike"  # no trigger offset: the whole evidence counts


def test_anti_aircraft_fire_is_not_an_air_strike():
    assert sub_event(event("190", "the battery opened anti-aircraft fire on the border")) == \
        "Shelling/artillery/missile attack"


def test_events_that_did_not_take_place_are_not_acled_events():
    planned = event("190", "the army will storm the town", source=[ARMY])
    planned.modality = "future"
    assert acled_for(planned) is None
    denied = event("016", "the group denied it planted the bomb", plover="REJECT", source=[REBELS])
    denied.modality = "negated"
    assert acled_for(denied)["communique_type"] == "Claim of responsibility"


def test_intent_to_negotiate_a_truce_is_not_an_agreement():
    assert acled_for(event("036", "the envoy hopes to meet both sides to push for a truce", plover="AGREE")) is None
    assert sub_event(event("0871", "both sides declared a truce", plover="CONCEDE")) == "Agreement"


def test_seized_weapons_are_disrupted_weapons_use_and_missiles_are_not_air_strikes():
    assert sub_event(event("1711", "police confiscated rifles and ammunition", plover="COERCE")) == \
        "Disrupted weapons use"
    assert sub_event(event("1711", "militiamen confiscated cattle", plover="COERCE")) == "Looting/property destruction"
    assert sub_event(event("195", "the navy fired cruise missiles at the port")) == "Shelling/artillery/missile attack"
    assert sub_event(event("195", "warplanes fired missiles at the port")) == "Air/drone strike"


def test_government_forces_retaking_ground_after_a_withdrawal_regain_territory():
    assert sub_event(event("192", "troops recaptured the town after the insurgents withdrew", source=[ARMY])) == \
        "Government regains territory"


# Out of ACLED's scope: natural disasters, accidents and ordinary crime (sentences written for these tests)
UNKNOWN = ActorRef("", "unidentified", None, None, "---")
PEOPLE = ActorRef("residents", "residents", "PER", "PPL", "PERPPL")
WORKERS = ActorRef("workers", "workers", "IND", "LAB", "INDLAB")
SUSPECT = ActorRef("a smuggler", "smuggler", "ESP", "CRM", "ESPCRM")
PERU = ActorRef("Peru", "Peru", "PER", None, "PER")


@pytest.mark.parametrize("code, evidence, source, target", [
    ("190", "mudslides after torrential rain hit the valley and killed twelve residents", [UNKNOWN], [PEOPLE]),
    ("190", "a powerful earthquake struck Peru overnight", [UNKNOWN], [PERU]),
    ("150", "the army deployed units to help villagers cut off by the floods", [ARMY], [VILLAGERS]),
    ("180", "two workers were hurt when a boiler exploded at the textile factory", [UNKNOWN], [WORKERS]),
    ("190", "nine passengers died when the bus collided with a lorry on the highway", [PEOPLE], []),
    ("173", "customs officers detained a smuggler carrying cocaine at the port", [POLICE], [SUSPECT]),
    ("180", "a gang beat a shopkeeper during a robbery in the market", [PEOPLE], [VILLAGERS]),
])
def test_disasters_accidents_and_ordinary_crime_are_out_of_acled_scope(code, evidence, source, target):
    assert acled_for(event(code, evidence, source=source, target=target)) is None


@pytest.mark.parametrize("code, evidence, source, target, expected", [
    # armed-conflict words near the trigger keep the event political, whatever the setting
    ("190", "militants attacked the factory and killed two guards", [REBELS], [WORKERS], "Attack"),
    ("183", "a car bomb exploded near the refinery gates", [UNKNOWN], [], "Remote explosive/landmine/IED"),
    # a political actor on the side the rule reads keeps it in scope
    ("173", "police detained the opposition leader over alleged fraud",
     [POLICE], [ActorRef("opposition leader", "opposition", "KEN", "OPP", "KENOPP")], "Arrests"),
    ("180", "soldiers fired on workers protesting at the plant", [ARMY], [WORKERS], "Protest with intervention"),
    # "planted" and "stormed" are no accident or storm
    ("190", "gunmen stormed the village after they planted explosives", [REBELS], [VILLAGERS], "Remote explosive/landmine/IED"),
])
def test_political_events_near_disaster_or_crime_words_keep_their_type(code, evidence, source, target, expected):
    assert sub_event(event(code, evidence, source=source, target=target)) == expected


def test_an_unidentified_perpetrator_is_no_political_actor_even_with_the_place_country():
    from communique.coder.adapter import UNIDENTIFIED
    from dataclasses import replace
    localised = replace(UNIDENTIFIED, country="USA", code="USA")  # pipeline._localised: the place's country
    blast = event("180", "three workers were hurt when a tank exploded at the gas plant", source=[localised],
                  target=[WORKERS])
    assert acled_for(blast) is None


def test_a_natural_disaster_anywhere_in_the_sentence_puts_it_out_of_scope():
    injured = event("182", "several people were injured on Monday and dozens reported missing as rescuers searched "
                    "the slopes for hikers after the volcano erupted without warning", source=[UNKNOWN], target=[PEOPLE])
    injured.trigger, injured.trigger_start = "injured", 20
    assert acled_for(injured) is None


def test_mob_violence_over_a_crime_stays_mob_violence():
    lynching = event("1823", "a mob lynched a man accused of cattle smuggling", source=[VILLAGERS], target=[PEOPLE])
    assert sub_event(lynching) == "Mob violence"


def test_weapons_in_a_raid_keep_it_in_scope_though_drugs_were_found_too():
    raid = event("1711", "police seized rifles, ammunition and drugs in a raid on two homes", plover="COERCE",
                 source=[POLICE], target=[])
    assert sub_event(raid) == "Disrupted weapons use"
    drugs = event("1711", "police seized drugs and cash in a raid on two homes", plover="COERCE",
                  source=[POLICE], target=[])
    assert acled_for(drugs) is None


def test_people_killed_by_an_unnamed_perpetrator_are_an_attack_on_civilians_not_a_clash():
    crowd = ActorRef("people", "people", None, "PPL", "---PPL")
    assert sub_event(event("190", "gunmen killed at least twelve people at a wedding", source=[UNKNOWN],
                           target=[crowd])) == "Attack"
    assert sub_event(event("190", "the shelling of the district with poisonous gas killed dozens", source=[UNKNOWN],
                           target=[crowd])) == "Chemical weapon"
