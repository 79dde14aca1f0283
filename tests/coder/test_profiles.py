"""Profiles: the two built-in sets of switches, and how the setting `profile` chooses one."""
from __future__ import annotations

import pytest

from communique.cli import build_parser
from communique.coder.profiles import PROFILES, Profile
from communique.errors import BadInput
from communique.settings import Settings


def test_petrarch2_keeps_petrarchs_conventions_and_adds_nothing():
    p = Profile.named("petrarch2")
    assert p.require_both_actors and p.main_clause_only
    assert not (p.fix_quirks or p.agentless_material_conflict or p.context_country or p.additions
                or p.document_actors)


def test_communique_is_the_default_and_switches_the_additions_on():
    assert Settings().profile == "communique"
    p = Profile.named(Settings().profile)
    assert p == Profile()
    assert not p.require_both_actors
    assert p.additions and p.agentless_material_conflict and p.context_country and p.document_actors
    assert not p.main_clause_only


# PETRARCH-2's own conventions, which `communique` lifts; every other switch is an addition of `communique`'s.
# `petrarch2` is built as every switch the other way from `communique` (profiles._faithful), so what can go wrong
# is a switch whose default is the wrong way round: each is checked below.
CONVENTIONS = {"require_both_actors", "main_clause_only"}


@pytest.mark.parametrize("switch", sorted(Profile().switches().keys() - CONVENTIONS))
def test_each_addition_is_on_in_communique_and_off_in_petrarch2(switch):
    assert getattr(Profile.named("communique"), switch) is True
    assert getattr(Profile.named("petrarch2"), switch) is False


@pytest.mark.parametrize("switch", sorted(CONVENTIONS))
def test_each_convention_is_petrarch2_s_and_lifted_in_communique(switch):
    assert getattr(Profile.named("petrarch2"), switch) is True
    assert getattr(Profile.named("communique"), switch) is False


def test_every_correction_of_the_records_is_behind_a_switch_of_the_profile():
    from communique.coder.corrections import CORRECTIONS
    switches = [switch for switch, _ in CORRECTIONS]
    assert switches and len(set(switches)) == len(switches)
    assert set(switches) <= Profile().switches().keys() - CONVENTIONS, set(switches) - Profile().switches().keys()


def test_every_switch_field_of_the_composer_is_a_switch_of_the_profile():
    from dataclasses import fields

    from communique.coder.compose import Composer
    from communique.coder.composer_switches import ComposerSwitches
    names = {f.name for f in fields(ComposerSwitches)}
    assert names and names <= Profile().switches().keys(), names - Profile().switches().keys()
    assert Profile.named("communique").switches_for(Composer) == {n: getattr(Profile(), n) for n in names}


def test_profiles_of_one_name_that_differ_stay_apart_as_keys():
    """Profile hashes its name alone (the coder asks `switches_for` once a sentence): equal profiles hash alike,
    and a profile with one switch turned is another key, with its own switches."""
    from dataclasses import replace

    from communique.coder.compose import Composer

    base = PROFILES["communique"]
    turned = replace(base, object_senses=False)
    assert base == Profile() and hash(base) == hash(Profile())
    assert turned != base and len({base, turned, Profile()}) == 2
    assert base.switches_for(Composer)["object_senses"] is True
    assert turned.switches_for(Composer)["object_senses"] is False
    assert PROFILES["petrarch2"].switches_for(Composer)["object_senses"] is False


def test_names_are_read_loosely_and_unknown_names_are_one_sentence_errors():
    assert Profile.named(" PETRARCH2 ").name == "petrarch2"
    with pytest.raises(BadInput, match=r"'phoenix'.*communique, petrarch2"):
        Profile.named("phoenix")


def test_the_setting_comes_from_file_environment_and_flag(tmp_path):
    config = tmp_path / "c.cfg"
    config.write_text("profile = petrarch2\n", encoding="utf-8")
    assert Settings.build(file=config, env={}).profile == "petrarch2"
    assert Settings.build(env={"COMMUNIQUE_PROFILE": "petrarch2"}).profile == "petrarch2"
    assert Settings.build(env={"COMMUNIQUE_PROFILE": "petrarch2"}, profile="communique").profile == "communique"
    with pytest.raises(BadInput, match="profile"):
        Settings.build(env={"COMMUNIQUE_PROFILE": "tabari"})


@pytest.mark.parametrize("command", ["extract", "ingest", "eval"])
def test_the_commands_that_code_take_a_profile(command):
    parser = build_parser()
    argv = {"extract": ["extract", "a.txt"], "ingest": ["ingest", "a.txt"], "eval": ["eval", "g.jsonl"]}[command]
    assert parser.parse_args(argv + ["--profile", "petrarch2"]).profile == "petrarch2"
    assert parser.parse_args(argv).profile is None  # the setting's own default applies
    with pytest.raises(SystemExit):
        parser.parse_args(argv + ["--profile", "nope"])
    assert set(PROFILES) == {"communique", "petrarch2"}
