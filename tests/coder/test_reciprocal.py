"""Reciprocal events as the PLOVER manual codes them (profile switch `reciprocal_actor_lists`): several
sources that met, agreed or cooperated with no recipient named are one event whose actor is the list of
them all ("Compound and Reciprocal Actors": "all of the entities are considered as the actor and no
recipient is included"), where PETRARCH-2 (spec §5.3) writes every ordered pair. Sentences written here
and in tests/fixtures/reciprocal_sentences.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows

from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("reciprocal_sentences.tsv")  # type: ignore[return-value]


def test_the_sentence_level_writes_one_record_per_participant_with_no_target(nlp, toy):
    for text in ("Xland and Yland signed a trade agreement.", "Xland and Yland agreed to a ceasefire.",
                 "Xland and Yland held talks on trade."):
        faithful, joint = code(nlp, toy, text, "petrarch2"), code(nlp, toy, text, "communique")
        assert sorted((s, t) for s, t, _ in faithful) == [("XLD", "YLD"), ("YLD", "XLD")], text
        assert sorted((s, t) for s, t, _ in joint) == [("XLD", ""), ("YLD", "")], text
        # the code is unchanged but for the written code of a negotiation (046), which petrarch2 gives as 044
        assert {c for _, _, c in joint} == {c.replace("044", "046") for _, _, c in faithful}, text


def test_a_named_recipient_or_a_conflict_is_no_reciprocal_event(nlp, toy):
    # a target named: the participants act on it (no expansion in either profile)
    assert sorted((s, t) for s, t, _ in code(nlp, toy, "Xland and Yland criticized Zland.", "communique")) == \
        [("XLD", "ZLD"), ("YLD", "ZLD")]
    both = code(nlp, toy, "Xland and Yland signed a trade agreement with Zland.", "communique")
    assert both and all(target for _, target, _ in both)
    assert not {("XLD", "YLD"), ("YLD", "XLD")} & {(s, t) for s, t, _ in both}
    # conflict (outside CAMEO 03-06) is no reciprocal event: each side keeps its own record, no pairs
    fought = code(nlp, toy, "Xland and Yland fought on the border.", "communique")
    assert ("XLD", "YLD") not in {(s, t) for s, t, _ in fought}


def test_the_table_one_event_the_participants_its_actor_no_recipient(nlp):
    rows = table_rows()
    assert len(rows) >= 9
    wrong = []
    for (text, expected), document in coded_rows(rows):
        joint = [e for e in document.events if sorted(a.country for a in e.source) == expected.split(",")]
        if len(joint) != 1 or joint[0].target:
            wrong.append(f"{text}: " + "; ".join(
                f"{e.cameo['code']} {[a.code for a in e.source]} -> {[a.code for a in e.target]}"
                for e in document.events))
    assert not wrong, "\n".join(wrong)
    # petrarch2: the ordered pairs, as PETRARCH-2 writes them
    (_, document), = coded_rows(rows[:1], profile="petrarch2")
    assert sorted((e.source[0].code, e.target[0].code) for e in document.events) == \
        [("KEN", "TZA"), ("TZA", "KEN")]
