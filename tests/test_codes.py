"""The CAMEO / Goldstein / PLOVER code tables and their look-ups."""
from __future__ import annotations

import pytest

from communique import codes
from communique.errors import BadInput, CommuniqueError

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def test_appeal_for_de_escalation():
    entry = codes.event_code("0256")
    assert entry.root == "02"
    assert "de-escalat" in entry.label.lower()
    assert entry.goldstein == -0.3
    assert entry.quad_class == 1
    assert codes.plover_for("0256") == {"type": "REQUEST", "mode": "yield", "context": ["military"]}


def test_conventional_military_force_is_assault():
    entry = codes.event_code("190")
    assert entry.quad_class == 4
    assert entry.goldstein == -10.0
    assert codes.plover_for("190")["type"] == "ASSAULT"


def test_cameo_object_matches_contract():
    assert codes.cameo_for("173") == {"code": "173", "root": "17", "name": "Arrest, detain, or charge with legal action"}
    assert codes.plover_for("173") == {"type": "COERCE", "mode": "arrest", "context": ["legal"]}


def test_icews_label_wins():
    assert codes.event_code("181").label == "Abduct, hijack, or take hostage"
    assert codes.event_code("045").label == "Mediate"


def test_every_root_is_complete():
    roots = codes.all_roots()
    assert roots == [f"{n:02d}" for n in range(1, 21)]
    for root in roots:
        entry = codes.event_code(root)
        assert entry.label and entry.root == root
        assert -10 <= entry.goldstein <= 10
        assert codes.plover_for(root)["type"] in PLOVER_TYPES


def test_every_code_has_a_plover_type_from_the_2_0_manual():
    for root in codes.all_roots():
        for code in codes.children(root):
            assert codes.plover_for(code)["type"] in PLOVER_TYPES, code
            for leaf in codes.children(code):
                assert codes.plover_for(leaf)["type"] in PLOVER_TYPES, leaf


def test_quad_class_follows_the_root():
    assert codes.event_code("057").quad_class == 1
    assert codes.event_code("0841").quad_class == 2
    assert codes.event_code("1125").quad_class == 3
    assert codes.event_code("2042").quad_class == 4


def test_unknown_codes_raise_a_typed_error():
    for bad in ("256", "999", "", "21", "0256 ", "abc"):
        with pytest.raises(codes.UnknownCameoCode):
            codes.event_code(bad)
    with pytest.raises(KeyError):
        codes.plover_for("999")
    with pytest.raises(CommuniqueError):
        codes.cameo_for("999")
    assert issubclass(codes.UnknownCameoCode, BadInput)
    assert "'999' is not a CAMEO event code" in str(codes.UnknownCameoCode("999"))


def test_is_valid_code_is_strict():
    assert codes.is_valid_code("040")
    assert codes.is_valid_code("19")
    assert not codes.is_valid_code("40")
    assert not codes.is_valid_code(40)


def test_normalise_code_restores_an_unambiguous_leading_zero():
    assert codes.normalise_code("36") == "036"
    assert codes.normalise_code(40) == "040"
    assert codes.normalise_code("256") == "0256"
    assert codes.normalise_code(" 173 ") == "173"
    assert codes.normalise_code("10") == "10"  # the root DEMAND, not 010 "Make statement"
    with pytest.raises(codes.UnknownCameoCode):
        codes.normalise_code("99")


def test_children():
    assert codes.children("02") == ["020", "021", "022", "023", "024", "025", "026", "027", "028"]
    assert codes.children("195") == ["1951", "1952"]
    assert codes.children("190") == []


def test_plover_results_are_fresh_copies():
    first = codes.plover_for("094")
    first["context"].append("changed")
    assert codes.plover_for("094")["context"] == ["military", "legal"]


def test_mode_is_none_where_plover_gives_none():
    assert codes.plover_for("030") == {"type": "AGREE", "mode": None, "context": ["diplomatic"]}
