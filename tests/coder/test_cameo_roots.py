"""CAMEO's root groups (coder/cameo_roots.py) are the codebook's: each checked against the quad classes and labels of
data/cameo_events.tsv, the table the rest of the package reads."""
from __future__ import annotations

from communique.codes import all_roots, event_code
from communique.coder import cameo_roots


def _quad(n: int) -> tuple[str, ...]:
    return tuple(r for r in all_roots() if event_code(r).quad_class == n)


def _labelled(*labels: str) -> tuple[str, ...]:
    return tuple(r for r in all_roots() if event_code(r).label.lower() in labels)


def test_the_quad_class_groups_are_the_codebook_s():
    assert cameo_roots.MATERIAL_COOPERATION_ROOTS == _quad(2) == ("06", "07", "08")
    assert cameo_roots.MATERIAL_CONFLICT_ROOTS == _quad(4)
    assert cameo_roots.MATERIAL_ROOTS == _quad(2) + _quad(4)
    assert cameo_roots.VERBAL_COOPERATION_ROOTS == _quad(1)
    assert cameo_roots.SPOKEN_CONFLICT_ROOTS == tuple(r for r in _quad(3) if r not in _labelled("investigate"))


def test_the_speech_act_groups_are_the_roots_so_labelled():
    assert cameo_roots.FUTURE_ACT_ROOTS == _labelled("appeal", "express intent to cooperate", "demand", "threaten")
    assert cameo_roots.SPEECH_ACT_ROOTS == tuple(r for r in _quad(1) + _quad(3)
                                                 if r not in _labelled("make public statement", "consult", "investigate"))
    assert set(cameo_roots.FUTURE_ACT_ROOTS) < set(cameo_roots.SPEECH_ACT_ROOTS)


def test_force_and_coercion_are_the_roots_so_labelled():
    assert cameo_roots.FORCE_ROOTS == _labelled("assault", "fight", "attack with weapons of mass destruction")
    assert cameo_roots.COERCION_AND_FORCE_ROOTS == _labelled("coerce") + cameo_roots.FORCE_ROOTS
    assert set(cameo_roots.COERCION_AND_FORCE_ROOTS) < set(cameo_roots.MATERIAL_CONFLICT_ROOTS)


def test_the_cooperation_expansion_roots_are_petrarch_2_s_and_cooperation():
    assert cameo_roots.COOPERATION_EXPANSION_ROOTS == ("03", "04", "05", "06")  # spec §5.3, step 5
    assert all(event_code(r).quad_class in (1, 2) for r in cameo_roots.COOPERATION_EXPANSION_ROOTS)


def test_each_group_is_a_tuple_read_both_ways():
    for name in ("MATERIAL_COOPERATION_ROOTS", "MATERIAL_CONFLICT_ROOTS", "MATERIAL_ROOTS", "FORCE_ROOTS",
                 "COERCION_AND_FORCE_ROOTS", "COOPERATION_EXPANSION_ROOTS", "VERBAL_COOPERATION_ROOTS",
                 "SPOKEN_CONFLICT_ROOTS", "FUTURE_ACT_ROOTS", "SPEECH_ACT_ROOTS"):
        group = getattr(cameo_roots, name)
        assert isinstance(group, tuple) and all(len(r) == 2 and r.isdigit() for r in group), name
        assert "1823".startswith(group) == ("18" in group), name
