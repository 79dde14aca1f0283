"""The switch `attributed_statements` (coder/phenomena/attributions.py): a sentence whose content is attributed by
"according to X" and keeps no event of its own is X's statement, 010 with no target; sentences written for this
test (tests/fixtures/attributed_statements.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_an_attribution_by_according_to_is_its_actors_statement(nlp, monkeypatch):
    rows = fixture_rows("attributed_statements.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("attributed_statements",), at_least=14,
                            changed_at_least=8)
    assert sum(on == off for _, on, off in rows) >= 6  # events kept as they were, no actor, no attribution


def test_the_attributed_content_keeps_its_event_and_its_speaker(nlp):
    from fixture_tables import coded_rows

    ((_, document),) = coded_rows([("Israeli troops arrested 12 Palestinians overnight, according to the "
                                    "Palestinian news agency WAFA.",)])
    (event,) = document.events
    assert event.cameo["code"] == "173" and event.speaker is not None and event.speaker.code.startswith("PSE")
