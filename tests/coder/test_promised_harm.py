"""Harm promised is harm threatened (data/coder_additions.txt, the VOW, PLEDGE and PROMISE rows of session 38):
"vowed retaliation", "promised reprisals against", "pledged retaliation against" are threats (13x), where the
dictionary had VOW's REVENGE alone and PLEDGE's and PROMISE's 030 for the rest; support, aid, reforms and a
response promised (even a strong one: as often to a crisis) keep their codes. Sentences written for tests/fixtures/promised_harm_sweep38.tsv, labelled
before the coder was run."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows, labelled_hits


def test_harm_promised_is_a_threat_and_cooperation_promised_is_not(nlp, monkeypatch):
    rows = fixture_rows("promised_harm_sweep38.tsv")
    assert len(rows) >= 15
    on = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    assert all(hit for (_, label), hit in zip(rows, on) if label.startswith("!"))  # the controls
    assert sum(on) >= 13, [row[0] for row, hit in zip(rows, on) if not hit]  # 13 of 15: "a strong response" left
    communique_without(monkeypatch, "additions")
    off = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    assert sum(off) <= 7, sum(off)  # 6 of 15 before the rows
