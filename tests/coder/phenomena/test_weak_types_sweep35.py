"""Session 35's data rows for the PLOVER types over- and under-coded (branch psweep35), in existing switches: a budget,
a record or legislation attacked is criticism (ACCUSE, not ASSAULT), a member expelled from an organisation is
SANCTION (not COERCE), joint landings staged are COOPERATE; each row of
tests/fixtures/weak_types_sweep35.tsv read with the switch it names on and off, controls unchanged."""
from __future__ import annotations

import dataclasses

from fixture_tables import coded_rows, fixture_rows


def plover_dyads(document) -> str:
    def countries(refs) -> str:
        return "+".join(sorted({r.code[:3] for r in refs if r.code}))
    return "; ".join(f"{e.cameo['code']} {e.plover['type']} {countries(e.source)}>{countries(e.target)}"
                     for e in document.events) or "none"


def test_each_row_is_read_as_its_switch_says_on_and_off(nlp, monkeypatch):
    from communique.coder import profiles

    rows = fixture_rows("weak_types_sweep35.tsv")
    assert len(rows) >= 14 and sum(on == off for _, on, off, _ in rows) >= 6  # the controls
    wrong = [f"on: {text}: {plover_dyads(d)}" for (text, on, _, _), d in coded_rows(rows) if plover_dyads(d) != on]
    base = profiles.PROFILES["communique"]
    for text, _, off, switch in rows:
        monkeypatch.setitem(profiles.PROFILES, "communique", dataclasses.replace(base, **{switch: False}))
        (_, document), = coded_rows([(text,)])
        if plover_dyads(document) != off:
            wrong.append(f"off ({switch}): {text}: {plover_dyads(document)}")
    assert not wrong, "\n".join(wrong)
    assert sum(on != off for _, on, off, _ in rows) >= 8
